"""``util.inspect`` for JS values: Node's algorithm (lib/internal/util/inspect.js) for the
common cases.

Values are formatted without running user code where Node does not either: properties are read
through their descriptors (accessors show as ``[Getter]``, ``[Setter]``, ``[Getter/Setter]``),
a Proxy is shown as its target. A ``[Symbol.for('nodejs.util.inspect.custom')]`` method is
called like Node does.
"""
from __future__ import annotations

import copy
import functools
import math
import re
import unicodedata
from pyjsvm.syntax.record import field, record
from typing import Any

from pyjsvm.runtime.agent import JSThrow, check_stop
from pyjsvm.runtime.objects import (
    C, E, W, BuiltinFunction, Prop, JSArray, JSObject, JSPrimitiveObject, JSStringObject, PropertyDescriptor,
    array_index,
)
from pyjsvm.runtime.values import MISSING, NULL, JSBigInt, JSSymbol
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.runtime.operations import call, length_of_array_like, to_number, to_string
from pyjsvm.runtime.stack import JSErrorObject
from pyjsvm.runtime.exotic.proxy import JSProxy
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.values import WELL_KNOWN_SYMBOLS
from pyjsvm.runtime.buffers import typed_array_length_or_none
from pyjsvm.intrinsics.symbol import registered_symbol
from pyjsvm.syntax.lazy import LazyModule

# (the Date, RegExp and Map/Set modules are imported where a value of theirs is shown: a program
# that prints nothing does not load them)
_date = LazyModule("pyjsvm.intrinsics.date")
_regexp = LazyModule("pyjsvm.intrinsics.regexp")
_map_set = LazyModule("pyjsvm.intrinsics.map_set")

__all__ = ["InspectOptions", "inspect", "format_number", "str_escape", "get_constructor_name", "is_error"]

_KEY_RE = re.compile(r"^[a-zA-Z_][a-zA-Z_0-9]*$")
K_OBJECT = 0
K_ARRAY = 1
K_ELEM = 2
_CUSTOM_DESC = "nodejs.util.inspect.custom"


@record
class InspectOptions:
    """The options of ``util.inspect`` that pyjsvm honours."""

    depth: float = 2
    show_hidden: bool = False
    break_length: float = 80
    compact: Any = 3
    max_array_length: float = 100
    max_string_length: float = 10000
    sorted: bool = False
    getters: Any = False           # True, 'get' or 'set'
    custom_inspect: bool = True
    colors: bool = False
    show_proxy: bool = False
    sorted_fn: Any = None          # a JS comparator given as ``sorted``
    numeric_separator: bool = False


@record
class _Ctx:
    opts: InspectOptions
    seen: list[Any] = field(default_factory=list)
    circular: dict[int, int] | None = None
    indentation_lvl: int = 0
    current_depth: int = 0
    depth: float = 2
    budget: dict[int, int] = field(default_factory=dict)


def _shown_count(ctx: _Ctx, n: int) -> int:
    """How many of ``n`` entries are shown: at most ``maxArrayLength`` (which may be Infinity)."""
    return int(min(max(0.0, ctx.opts.max_array_length), n))


def format_number(n: float) -> str:
    """A Number as inspect shows it (``-0`` for negative zero)."""
    if n == 0 and math.copysign(1.0, n) < 0:
        return "-0"
    return number_to_string(n)


def _add_separator(digits: str) -> str:
    """Node's addNumericSeparator: ``_`` between groups of three integer digits."""
    start = 1 if digits.startswith("-") else 0
    result = ""
    i = len(digits)
    while i >= start + 4:
        result = f"_{digits[i - 3:i]}{result}"
        i -= 3
    return digits if i == len(digits) else f"{digits[:i]}{result}"


def _add_separator_end(digits: str) -> str:
    """Node's addNumericSeparatorEnd: ``_`` after each group of three fraction digits."""
    result = ""
    i = 0
    while i < len(digits) - 3:
        result += f"{digits[i:i + 3]}_"
        i += 3
    return digits if i == 0 else f"{result}{digits[i:]}"


def _separated(n: float) -> str:
    """A Number as inspect shows it with ``numericSeparator`` (node 20's formatNumber, with its
    handling of -0 and of exponent forms)."""
    if n != n:
        return "NaN"
    if math.isinf(n) or n == math.trunc(n):
        text = number_to_string(0.0 if n == 0 else n)
        return text if math.isinf(n) or "e" in text else _add_separator(text)
    full = number_to_string(n)
    dot = full.find(".")
    return f"{_add_separator(full[:dot])}.{_add_separator_end(full[dot + 1:])}"


_META = {i: "\\x%02X" % i for i in range(32)}
_META.update({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 127: "\\x7F", 92: "\\\\"})


def str_escape(s: str) -> str:
    """A string quoted as inspect quotes it: single quotes unless the string holds one."""
    quote = "'"
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
    out = []
    for ch in s:
        c = ord(ch)
        if c < 32 or c == 127 or c == 92:
            out.append(_META[c])
        elif ch == quote:
            out.append("\\" + ch)
        elif 0xD800 <= c <= 0xDFFF:
            out.append(ch)  # pairs are joined on output; lone ones below
        else:
            out.append(ch)
    text = "".join(out)
    # lone surrogates as \uXXXX
    text = re.sub("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]",
                  lambda m: "\\u%04x" % ord(m.group()), text)
    return quote + text + quote


_UNINITIALIZED = object()   # a module namespace binding still in its TDZ: shown as <uninitialized>


def _own_desc(o: JSObject, key: Any) -> PropertyDescriptor | None:
    try:
        return o.get_own_property(key)
    except JSThrow:
        if o.class_name == "Module" and type(key) is str and o.has_property(key):
            return PropertyDescriptor(value=_UNINITIALIZED, writable=True, enumerable=True, configurable=False)
        return None


def _unproxy(v: Any) -> Any:
    seen = 0
    while isinstance(v, JSObject) and v.is_proxy and seen < 1000:
        t = getattr(v, "proxy_target", None)
        if t is None:
            return None
        v = t
        seen += 1
    return v


def _proto(o: JSObject) -> Any:
    if o.is_proxy:
        return None
    try:
        p = o.get_prototype_of()
    except JSThrow:
        return None
    return p if isinstance(p, JSObject) else None


def _fn_name(f: JSObject) -> str:
    d = _own_desc(f, "name")
    if d is not None and d.value is not MISSING and type(d.value) is str:
        return d.value
    return ""


def _is_instance(o: JSObject, ctor: JSObject) -> bool:
    """Node's isInstanceof(o, ctor) without running JS: ``ctor.prototype`` (an own data
    property) is on ``o``'s prototype chain (so a class's own prototype object is not an
    instance of the class: it prints as a plain object)."""
    p = _own_desc(ctor, "prototype")
    target = p.value if p is not None else None
    if not isinstance(target, JSObject):
        return ctor.is_proxy  # a Proxy or exotic constructor: keep its name
    obj = _proto(o)
    depth = 0
    while isinstance(obj, JSObject) and depth < 1000:
        if obj is target:
            return True
        obj = _proto(obj)
        depth += 1
    return False


def _find_constructor(o: JSObject) -> tuple[str, Any, Any] | None:
    """The first ``constructor`` along ``o``'s prototype chain that ``o`` is an instance of:
    (its name, the object holding it, ``o``'s prototype) -- node's getConstructorName walk."""
    obj: Any = o
    first_proto: Any = None
    depth = 0
    while isinstance(obj, JSObject) and depth < 1000:
        d = _own_desc(obj, "constructor")
        if d is not None and isinstance(d.value, JSObject) and d.value.is_callable:
            name = _fn_name(d.value)
            if name and _is_instance(o, d.value):
                return name, obj, first_proto
        obj = _proto(obj)
        depth += 1
        if first_proto is None:
            first_proto = obj
    return None


def named_constructor(o: JSObject) -> str | None:
    """The name of the first ``constructor`` along ``o``'s prototype chain that ``o`` is an
    instance of, or None."""
    found = _find_constructor(o)
    return found[0] if found is not None else None


def get_constructor_name(o: JSObject, ctx: _Ctx | None = None, recurse_times: int = 0) -> str | None:
    """The name of the first ``constructor`` found along the prototype chain (None for a null
    prototype chain end without one). Without one on a chain that does not end at once, node's
    getConstructorName gives the object's own class name followed by its prototype's name, or
    by the prototype inspected at depth -1 when that has none: ``C <[Object: null prototype] {}>``
    for ``new C()`` where ``C.prototype = Object.create(null)`` (the "null object" of cookie,
    content-type ...)."""
    found = _find_constructor(o)
    if found is not None:
        return found[0]
    first_proto = _proto(o)
    if first_proto is None:
        return None
    # NON-SPEC: V8 names the constructor that made the object; objects here do not remember it
    res = "Function" if o.is_callable else "Object"
    if ctx is not None and recurse_times > ctx.depth:
        return f"{res} <Complex prototype>"
    proto_name = get_constructor_name(first_proto, ctx, recurse_times + 1)
    if proto_name is None:
        opts = copy.copy(ctx.opts) if ctx is not None else InspectOptions()
        opts.custom_inspect = False
        opts.depth = -1
        return f"{res} <{inspect(first_proto, opts)}>"
    return f"{res} <{proto_name}>"


_BUILTIN_NAME = re.compile(r"[A-Z][a-zA-Z0-9]+\Z")


def _is_builtin_object_name(name: str) -> bool:
    """Node's builtInObjects: a global of the running realm whose name looks like a constructor
    and whose value is a built-in function (not one the program defined)."""
    if not _BUILTIN_NAME.match(name):
        return False
    realm = AGENT.realm
    if realm is None:
        return False
    d = _own_desc(realm.global_object, name)
    return d is not None and isinstance(d.value, BuiltinFunction)


def _prototype_properties(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    """With showHidden: the non-function properties of the prototypes between ``value`` and the
    first non-built-in constructor's prototype, as node's getConstructorName collects them
    (addPrototypeProperties: at most three layers, stopping at a built-in constructor's)."""
    found = _find_constructor(value)
    if found is None:
        return []
    name, holder, first_proto = found
    if first_proto is not holder or not _is_builtin_object_name(name):
        return _add_prototype_properties(ctx, value, first_proto or value, recurse_times)
    return []


def _add_prototype_properties(ctx: _Ctx, main: JSObject, obj: Any, recurse_times: int) -> list[str]:
    """Node's addPrototypeProperties."""
    out: list[str] = []
    seen_keys: set[Any] = set()
    keys: list[Any] = []
    for depth in range(3):
        if depth != 0 or main is obj:
            obj = _proto(obj)
            if obj is None:
                return out
            d = _own_desc(obj, "constructor")
            if d is not None and isinstance(d.value, JSObject) and d.value.is_callable and \
                    _is_builtin_object_name(_fn_name(d.value)):
                return out
        if depth != 0:
            seen_keys.update(keys)
        try:
            keys = list(obj.own_property_keys())
        except JSThrow:
            return out
        ctx.seen.append(main)
        for key in keys:
            if key == "constructor" or _own_desc(main, key) is not None or (depth != 0 and key in seen_keys):
                continue
            desc = _own_desc(obj, key)
            if desc is None or (isinstance(desc.value, JSObject) and desc.value.is_callable):
                continue
            prop = _format_property(ctx, obj, recurse_times, key, K_OBJECT, desc)
            out.append(f"\x1b[2m{prop}\x1b[22m" if ctx.opts.colors else prop)
        ctx.seen.pop()
    return out


def _to_string_tag(o: JSObject, show_hidden: bool = False) -> str:
    """``value[Symbol.toStringTag]`` when it is a string and not an own enumerable (with
    ``showHidden``: not an own) property, which would be printed anyway; else ''."""
    sym = WELL_KNOWN_SYMBOLS.get("toStringTag")
    if sym is None:
        return ""
    try:
        tag = o.get(sym, o)
    except JSThrow:
        return ""
    if type(tag) is not str:
        return ""
    if tag != "":
        d = _own_desc(o, sym)
        if d is not None and (show_hidden or d.enumerable):
            return ""
    return tag


def _get_prefix(constructor: str | None, tag: str, fallback: str, size: str = "") -> str:
    if constructor is None:
        if tag != "" and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag != "" and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "


def is_error(o: Any) -> bool:
    """Node's isError: ``o`` has [[ErrorData]] or is an ``instanceof Error`` (of the running
    realm: an object made with Error.prototype as its prototype, such as the copies of errors in
    assert's messages, shows as an error)."""
    if isinstance(o, JSErrorObject):
        return True
    realm = AGENT.realm
    error_proto = realm.intrinsics["%Error.prototype%"] if realm is not None else None
    p = o
    for _ in range(10_000):  # (a prototype chain is finite, but a Proxy's trap is not asked)
        if not isinstance(p, JSObject) or isinstance(p, JSProxy):
            return False
        p = p.proto
        if p is error_proto and p is not None:
            return True
    return False


def _class_of(o: JSObject) -> str:
    return type(o).__name__


def _keys(ctx: _Ctx, o: JSObject, skip_indices: bool = False) -> list[Any]:
    try:
        keys = o.own_property_keys()
    except JSThrow:
        return []
    out = []
    for k in keys:
        if skip_indices and type(k) is str and array_index(k) >= 0:
            continue
        d = _own_desc(o, k)
        if d is None:
            continue
        if d.enumerable is True or ctx.opts.show_hidden:
            out.append(k)
    return out


def inspect(value: Any, opts: InspectOptions | None = None) -> str:
    """``util.inspect(value, opts)``."""
    o = opts or InspectOptions()
    ctx = _Ctx(o, depth=o.depth)
    return _format_value(ctx, value, 0, True)


def _format_value(ctx: _Ctx, value: Any, recurse_times: int, typed_array: bool = False) -> str:
    if not isinstance(value, JSObject):
        return _format_primitive(ctx, value)
    check_stop()  # a run's timeout (and step budget) holds while a large value is shown
    if value.is_proxy:
        if ctx.opts.show_proxy:
            return _format_proxy(ctx, value, recurse_times)
        t = _unproxy(value)
        if t is None:
            return _stylize(ctx, "<Revoked Proxy>", "special")
        value = t
    if ctx.opts.custom_inspect:
        r = _custom(ctx, value, recurse_times)
        if r is not None:
            return r
    for s in ctx.seen:
        if s is value:
            idx = 1
            if ctx.circular is None:
                ctx.circular = {id(value): 1}
            else:
                got = ctx.circular.get(id(value))
                if got is None:
                    idx = len(ctx.circular) + 1
                    ctx.circular[id(value)] = idx
                else:
                    idx = got
            return f"[Circular *{idx}]"
    return _format_raw(ctx, value, recurse_times)


def _custom(ctx: _Ctx, value: JSObject, recurse_times: int) -> str | None:
    sym = _custom_symbol()
    try:
        fn = value.get(sym, value)
    except JSThrow:
        return None
    if not (isinstance(fn, JSObject) and fn.is_callable):
        return None
    realm = AGENT.realm
    if realm is None:
        return None
    opts = JSObject(realm.object_prototype)
    depth = ctx.depth - recurse_times
    o = ctx.opts
    # node's getUserOptions: every option (depth: the one asked for, not the depth left, which is
    # the first argument), the stylize function
    for k, v in (("stylize", _stylize_function(ctx, realm)), ("showHidden", o.show_hidden), ("depth", float(ctx.depth)),
                 ("colors", o.colors), ("customInspect", o.custom_inspect), ("showProxy", o.show_proxy),
                 ("maxArrayLength", float(o.max_array_length)), ("maxStringLength", float(o.max_string_length)),
                 ("breakLength", float(o.break_length)),
                 ("compact", o.compact if type(o.compact) is bool else float(o.compact)),
                 ("sorted", o.sorted_fn if o.sorted_fn is not None else o.sorted),
                 ("getters", o.getters), ("numericSeparator", o.numeric_separator)):
        opts.props[k] = Prop(v, W | E | C)
    inspect_fn = realm.host_defined.get("pyjsvm.inspect_fn")
    ret = call(fn, value, [float(depth), opts, inspect_fn])
    if ret is value:
        return None
    if type(ret) is str:
        return ret.replace("\n", "\n" + " " * ctx.indentation_lvl)
    return _format_value(ctx, ret, recurse_times)


def _sign(x: float) -> int:
    return -1 if x < 0 else (1 if x > 0 else 0)


def _stylize_function(ctx: _Ctx, realm: Any) -> JSObject:
    """The ``options.stylize(text, styleType)`` a custom inspect function receives."""
    def stylize(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
        text = to_string(args[0]) if args else "undefined"
        style = args[1] if len(args) > 1 and type(args[1]) is str else ""
        return _stylize(ctx, text, style)
    return BuiltinFunction(realm, stylize, "stylize", 2)


def _custom_symbol() -> JSSymbol:
    """``Symbol.for('nodejs.util.inspect.custom')``."""
    return registered_symbol(_CUSTOM_DESC)


def _format_primitive(ctx: _Ctx, v: Any) -> str:
    t = type(v)
    if t is str:
        trailer = ""
        if len(v) > ctx.opts.max_string_length:
            remaining = len(v) - int(ctx.opts.max_string_length)
            v = v[:int(ctx.opts.max_string_length)]
            trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
        if ctx.opts.compact is not True and len(v) > 16 and len(v) > ctx.opts.break_length - ctx.indentation_lvl - 4:
            parts = re.split(r"(?<=\n)", v)
            parts = [p for p in parts if p != ""] or [""]
            return (" +\n" + " " * (ctx.indentation_lvl + 2)).join(_stylize(ctx, str_escape(p), "string")
                                                                   for p in parts) + trailer
        return _stylize(ctx, str_escape(v), "string") + trailer
    if t is float:
        return _stylize(ctx, _separated(v) if ctx.opts.numeric_separator else format_number(v), "number")
    if t is bool:
        return _stylize(ctx, "true" if v else "false", "boolean")
    if v is None:
        return _stylize(ctx, "undefined", "undefined")
    if v is NULL:
        return _stylize(ctx, "null", "null")
    if t is JSBigInt:
        return _stylize(ctx, f"{_add_separator(v.decimal()) if ctx.opts.numeric_separator else v.decimal()}n", "bigint")
    if t is JSSymbol:
        return _stylize(ctx, _symbol_str(v), "symbol")
    return str(v)


def _symbol_str(s: JSSymbol) -> str:
    d = s.description
    if d is None:
        return "Symbol()"
    return f"Symbol({d})"


def _func_base(value: JSObject, constructor: str | None, tag: str) -> str:
    code = getattr(value, "code", None)
    if code is not None and getattr(code, "is_class_constructor", False):
        d = _own_desc(value, "name")
        name = d.value if d is not None and type(d.value) is str and d.value else "(anonymous)"
        base = f"class {name}"
        if constructor != "Function" and constructor is not None:
            base += f" [{constructor}]"
        if tag != "" and constructor != tag:
            base += f" [{tag}]"
        if constructor is not None:
            sup = _proto(value)
            if sup is not None:
                sn = _fn_name(sup)
                if sn:
                    base += f" extends {sn}"
        else:
            base += " extends [null prototype]"
        return f"[{base}]"
    typ = "Function"
    kind = getattr(code, "kind", "normal") if code is not None else "normal"
    if kind == "generator":
        typ = "GeneratorFunction"
    elif kind == "async":
        typ = "AsyncFunction"
    elif kind == "asyncGenerator":
        typ = "AsyncGeneratorFunction"
    base = f"[{typ}"
    if constructor is None:
        base += " (null prototype)"
    name = _fn_name(value)
    if name == "":
        base += " (anonymous)"
    else:
        base += f": {name}"
    base += "]"
    if constructor != typ and constructor is not None:
        base += f" {constructor}"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    return base


def _get_str_prop(o: JSObject, key: str) -> Any:
    try:
        return o.get(key, o)
    except JSThrow:
        return None


def _format_error(ctx: _Ctx, err: JSObject, constructor: str | None, tag: str, keys: list[Any]) -> str:
    name_v = _get_str_prop(err, "name")
    msg_v = _get_str_prop(err, "message")
    stack_v = _get_str_prop(err, "stack")
    name = name_v if type(name_v) is str else "Error"
    if type(stack_v) is str and stack_v:
        stack = stack_v
    else:
        msg = msg_v if type(msg_v) is str else ""
        stack = f"{name}: {msg}" if msg else name
    # removeDuplicateErrorKeys
    for k in ("name", "message", "stack"):
        if k in keys:
            v = _get_str_prop(err, k)
            if type(v) is str and v in stack:
                keys.remove(k)
    try:
        if err.has_property("cause") and "cause" not in keys:
            d = _own_desc(err, "cause")
            if d is not None:
                keys.append("cause")
    except JSThrow:
        pass
    errors = _get_str_prop(err, "errors")
    if isinstance(errors, JSArray) and "errors" not in keys:
        keys.append("errors")
    # improveStack: make sure the name of the constructor shows
    ln = len(name)
    if constructor is None or (name.endswith("Error") and stack.startswith(name) and
                               (len(stack) == ln or stack[ln] in ":\n")):
        fallback = "Error"
        if constructor is None:
            m = re.match(r"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)", stack) or re.match(r"^([a-z_A-Z0-9-]*Error)$", stack)
            fallback = (m.group(1) if m else "") or ""
            ln = len(fallback)
            fallback = fallback or "Error"
        prefix = _get_prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                stack = f"{prefix}: {stack}" if ln == 0 else f"{prefix}{stack[ln:]}"
            else:
                stack = f"{prefix} [{name}]{stack[ln:]}"
    msg_s = msg_v if type(msg_v) is str else ""
    pos = stack.find(msg_s) if msg_s else -1
    if pos != -1:
        pos += len(msg_s)
    stack_start = stack.find("\n    at", pos if pos != -1 else 0)
    if stack_start == -1:
        stack = f"[{stack}]"
    else:
        frames = _frames_without_cause(ctx, err, stack[stack_start + 1:].split("\n"))
        stack = stack[:stack_start] + "\n" + "\n".join(frames)
    if ctx.indentation_lvl != 0:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation_lvl)
    _ = to_string
    return stack


def _frames_without_cause(ctx: _Ctx, err: JSObject, frames: list[str]) -> list[str]:
    """Node's getStackFrames: frames the error shares with its ``cause`` (a run of more than
    three) collapse to ``... N lines matching cause stack trace ...``."""
    cause = _get_str_prop(err, "cause")
    if not (isinstance(cause, JSObject) and is_error(cause)):
        return frames
    cstack = _get_str_prop(cause, "stack")
    if type(cstack) is not str:
        return frames
    start = cstack.find("\n    at")
    if start == -1:
        return frames
    cframes = cstack[start + 1:].split("\n")
    for i in range(len(frames) - 3):
        try:
            p = cframes.index(frames[i])
        except ValueError:
            continue
        rest = len(cframes) - p
        if rest > 3:
            n = 1
            max_len = min(len(frames) - i, rest)
            while max_len > n and frames[i + n] == cframes[p + n]:
                n += 1
            if n > 3:
                skipped = n - 2
                msg = _stylize(ctx, f"    ... {skipped} lines matching cause stack trace ...", "undefined")
                return frames[:i + 1] + [msg] + frames[i + 1 + skipped:]
    return frames


# NON-SPEC: how many objects deep inspect shows a value before it stops as node does where its
# stack overflows (about 1,600 arrays deep at node's default stack size): without a bound, a nest
# 100,000 deep shown with depth Infinity took cubic time (each level's text holds the indented
# lines of all the levels below it) and ran on for minutes unchecked
_NESTING_LIMIT = 1000


def _format_raw(ctx: _Ctx, value: JSObject, recurse_times: int) -> str:
    constructor = get_constructor_name(value, ctx, recurse_times)
    proto_props = (_prototype_properties(ctx, value, recurse_times)
                   if ctx.opts.show_hidden and recurse_times <= ctx.depth else [])
    tag = _to_string_tag(value, ctx.opts.show_hidden)
    if tag != "" and constructor is not None and tag == constructor:
        tag = ""
    # (a null-prototype object's name: its own tag where that is printed among its properties,
    # "[T: null prototype]" as node prints it, else Object)
    null_name = "Object"
    if constructor is None and tag == "":
        sym = WELL_KNOWN_SYMBOLS.get("toStringTag")
        d = _own_desc(value, sym) if sym is not None else None
        if d is not None and type(d.value) is str and d.value != "":
            null_name = d.value
    base = ""
    formatter: Any = None
    braces = ["{", "}"]
    extras = K_OBJECT
    keys: list[Any]
    no_iterator = True
    cname = _class_of(value)
    if isinstance(value, JSArray) or (cname in ("PyListArray",)):
        no_iterator = False
        length = _array_length(value)
        prefix = _get_prefix(constructor, tag, "Array", f"({length})") if (constructor != "Array" or tag != "") else ""
        keys = _keys(ctx, value, skip_indices=True)
        if ctx.opts.show_hidden:
            keys = [k for k in keys if k != "length"]
            if "length" not in keys:
                keys.insert(0, "length")
        braces = [f"{prefix}[", "]"]
        if length == 0 and not keys:
            return f"{braces[0]}]"
        extras = K_ARRAY
        formatter = _format_array
    elif cname == "JSSet":
        no_iterator = False
        size = value.set_data.size  # type: ignore[attr-defined]
        prefix = _get_prefix(constructor, tag, "Set", f"({size})")
        keys = _keys(ctx, value)
        formatter = _format_set
        if size == 0 and not keys:
            return f"{prefix}{{}}"
        braces = [f"{prefix}{{", "}"]
    elif cname == "JSMap":
        no_iterator = False
        size = value.map_data.size  # type: ignore[attr-defined]
        prefix = _get_prefix(constructor, tag, "Map", f"({size})")
        keys = _keys(ctx, value)
        formatter = _format_map
        if size == 0 and not keys:
            return f"{prefix}{{}}"
        braces = [f"{prefix}{{", "}"]
    elif cname == "JSTypedArray":
        no_iterator = False
        length = _typed_length(value)
        fallback = getattr(value, "name", "TypedArray")
        prefix = _get_prefix(constructor, tag, fallback, f"({length})")
        keys = [k for k in _keys(ctx, value) if not (type(k) is str and array_index(k) >= 0)]
        braces = [f"{prefix}[", "]"]
        if length == 0 and not keys and not ctx.opts.show_hidden:
            return f"{braces[0]}]"
        extras = K_ARRAY
        formatter = _format_typed_array
    elif cname in ("MapIterator", "SetIterator"):
        no_iterator = False
        kind = "Map" if cname == "MapIterator" else "Set"
        keys = _keys(ctx, value)
        braces = [f"[{tag or kind + ' Iterator'}] {{", "}"]
        if getattr(value, "kind", 0) == 2:  # entries: [key, value] pairs
            braces[0] = braces[0].replace(" Iterator] {", " Entries] {")
        formatter = _format_collection_iterator
    if no_iterator:
        keys = _keys(ctx, value)
        braces = ["{", "}"]
        if value.is_callable:
            base = _func_base(value, constructor, tag)
            # node shows a function's own length, name and prototype as [length]... under showHidden
            if not keys and not proto_props:
                return _stylize(ctx, base, "special")
        elif constructor == "Object" and cname not in ("JSErrorObject", "JSRegExpObject", "JSPromise", "JSPrimitiveObject",
                                                       "JSStringObject", "JSWeakMap", "JSWeakSet"):
            if cname == "JSArguments":
                # Node 20 shows arguments objects with their index keys: [Arguments] { '0': 1 }
                braces = ["[Arguments] {", "}"]
                if not keys:
                    return "[Arguments] {}"
            elif tag != "":
                braces[0] = f"{_get_prefix(constructor, tag, 'Object')}{{"
            if not keys and not proto_props and formatter is None:
                return f"{braces[0]}}}"
        elif cname == "JSRegExpObject":
            src = getattr(value, "original_source", "")
            flags = getattr(value, "original_flags", "")
            base = _stylize(ctx, f"/{_regexp.escape_regexp_pattern(src) if src else '(?:)'}/{flags}", "regexp")
            prefix = _get_prefix(constructor, tag, "RegExp")
            if prefix != "RegExp ":
                base = prefix + base
            keys = [k for k in keys if k != "lastIndex"]
            if not keys or recurse_times > ctx.depth:
                return base
        elif cname == "JSDateObject":
            t = getattr(value, "date_value", math.nan)
            base = _date_iso(t)
            prefix = _get_prefix(constructor, tag, "Date")
            if prefix != "Date ":
                base = prefix + base
            base = _stylize(ctx, base, "date")
            if not keys:
                return base
        elif cname == "JSArrayBuffer":
            data = getattr(value, "data", None)
            prefix = _get_prefix(constructor, tag, "SharedArrayBuffer" if getattr(value, "shared", False)
                                 else "ArrayBuffer")
            braces[0] = f"{prefix}{{"
            if data is None:
                formatter = lambda c, v, r: ["(detached)"]  # noqa: E731
            else:
                formatter = _format_array_buffer
        elif cname == "JSDataView":
            braces[0] = f"{_get_prefix(constructor, tag, 'DataView')}{{"
            formatter = _format_data_view
        elif is_error(value):
            base = _format_error(ctx, value, constructor, tag, keys)
            if not keys:
                return base
        elif cname == "JSPromise":
            braces[0] = f"{_get_prefix(constructor, tag, 'Promise')}{{"
            formatter = _format_promise
        elif cname in ("JSWeakSet", "JSWeakMap"):
            kind = "WeakSet" if cname == "JSWeakSet" else "WeakMap"
            braces[0] = f"{_get_prefix(constructor, tag, kind)}{{"
            formatter = lambda c, v, r: ["<items unknown>"]  # noqa: E731
        elif isinstance(value, (JSPrimitiveObject, JSStringObject)):
            if isinstance(value, JSStringObject):
                prim: Any = value.primitive
                typ = "String"
                keys = [k for k in keys if not (type(k) is str and array_index(k) >= 0) and k != "length"]
            else:
                prim = value.primitive
                typ = {float: "Number", bool: "Boolean", JSSymbol: "Symbol", JSBigInt: "BigInt"}.get(type(prim), "Object")
            saved_indent = ctx.indentation_lvl
            base = f"[{typ}"
            if typ != constructor:
                base += " (null prototype)" if constructor is None else f" ({constructor})"
            base += f": {_format_primitive(_Ctx(InspectOptions(compact=True)), prim)}]"
            ctx.indentation_lvl = saved_indent
            if tag != "" and tag != constructor:
                base += f" [{tag}]"
            if not keys:
                return base
        else:
            fallback = "Module" if cname == "ModuleNamespace" else null_name  # [Module: null prototype]
            if not keys and not proto_props and not (recurse_times > ctx.depth
                                                     and getattr(value, "inspect_hidden_keys", False)):
                # (node formats a namespace as an object of entries: none gives "{  }")
                empty = "{  }" if cname == "ModuleNamespace" else "{}"
                return f"{_get_prefix(constructor, tag, fallback)}{empty}"
            braces[0] = f"{_get_prefix(constructor, tag, fallback)}{{"
    if recurse_times > ctx.depth:
        name = (constructor or tag or "Object")
        if constructor is None:
            # (already bracketed: "[Object: null prototype]", as node prints it)
            return _stylize(ctx, _get_prefix(constructor, tag, null_name)[:-1], "special")
        if tag and constructor != tag:
            name = f"{constructor} [{tag}]"
        return _stylize(ctx, f"[{name}]", "special")
    if recurse_times >= _NESTING_LIMIT:
        # node catches its stack overflow here (handleMaxCallStackSize) and shows the value so
        return _stylize(ctx, f"[{_get_prefix(constructor, tag, 'Object')[:-1]}: Inspection interrupted "
                             "prematurely. Maximum call stack size exceeded.]", "special")
    recurse_times += 1
    ctx.seen.append(value)
    ctx.current_depth = recurse_times
    output: list[str] = formatter(ctx, value, recurse_times) if formatter is not None else []
    for k in keys:
        output.append(_format_property(ctx, value, recurse_times, k, extras))
    output.extend(proto_props)
    if ctx.circular is not None:
        idx = ctx.circular.get(id(value))
        if idx is not None:
            ref = f"<ref *{idx}>"
            if ctx.opts.compact is not True:
                base = ref if base == "" else f"{ref} {base}"
            else:
                braces[0] = f"{ref} {braces[0]}"
    ctx.seen.pop()
    if ctx.opts.sorted or ctx.opts.sorted_fn is not None:
        key = None
        if ctx.opts.sorted_fn is not None:
            fn = ctx.opts.sorted_fn
            key = functools.cmp_to_key(lambda a, b: _sign(to_number(call(fn, None, [a, b]))))
        if extras == K_OBJECT:
            output.sort(key=key)
        elif len(keys) > 1:
            n = len(output) - len(keys)
            output[n:] = sorted(output[n:], key=key)
    res = _reduce_to_single_string(ctx, output, base, braces, extras, recurse_times, value)
    budget = ctx.budget.get(ctx.indentation_lvl, 0) + len(res)
    ctx.budget[ctx.indentation_lvl] = budget
    if budget > 2 ** 27:
        ctx.depth = -1
    return res


def _array_length(o: JSObject) -> int:
    if isinstance(o, JSArray):
        return o.length  # type: ignore[return-value]
    try:
        return length_of_array_like(o)
    except JSThrow:
        return 0


def _format_property(ctx: _Ctx, value: JSObject, recurse_times: int, key: Any, typ: int,
                     desc: PropertyDescriptor | None = None) -> str:
    if desc is None:
        desc = _own_desc(value, key)
    extra = " "
    if desc is None:
        s = "undefined"
        enumerable = True
    else:
        enumerable = desc.enumerable is True
        if desc.value is _UNINITIALIZED:
            s = "<uninitialized>"
        elif desc.value is not MISSING and not desc.is_accessor():
            diff = 2 if (ctx.opts.compact is not True or typ != K_OBJECT) else 3
            ctx.indentation_lvl += diff
            s = _format_value(ctx, desc.value, recurse_times)
            if diff == 3 and ctx.opts.break_length < len(s):
                extra = "\n" + " " * ctx.indentation_lvl
            ctx.indentation_lvl -= diff
        elif desc.get not in (MISSING, None):
            label = "Getter/Setter" if desc.set not in (MISSING, None) else "Getter"
            s = f"[{label}]"
            g = ctx.opts.getters
            if g is True or (g == "get" and desc.set in (MISSING, None)) or (g == "set" and desc.set not in (MISSING, None)):
                try:
                    tmp = call(desc.get, value, [])
                    ctx.indentation_lvl += 2
                    s = f"[{label}: {_format_value(ctx, tmp, recurse_times)}]"
                    ctx.indentation_lvl -= 2
                except JSThrow:
                    s = f"[{label}: <Inspection threw>]"
        elif desc.set not in (MISSING, None):
            s = "[Setter]"
        else:
            s = "undefined"
    if typ == K_ELEM:
        return s
    if isinstance(key, JSSymbol):
        name = f"[{_symbol_str(key)}]"
    elif key == "__proto__":
        name = "['__proto__']"
    elif not enumerable:
        name = f"[{key}]"
    elif _KEY_RE.fullmatch(key):
        name = key
    else:
        name = str_escape(key)
    return f"{name}:{extra}{s}"


def _format_array(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    val_len = _array_length(value)
    ln = _shown_count(ctx, val_len)
    remaining = val_len - ln
    output: list[str] = []
    i = 0
    dense = getattr(value, "dense", None) if isinstance(value, JSArray) else None
    while i < ln:
        if dense is not None and i < len(dense):
            present = dense[i] is not MISSING
        else:
            present = _own_desc(value, str(i)) is not None
        if not present:
            # formatSpecialArray: count the run of holes
            j = i
            while j < val_len and (_own_desc(value, str(j)) is None):
                j += 1
                if len(output) >= ln:
                    break
            n = j - i
            output.append(f"<{n} empty item{'s' if n > 1 else ''}>")
            i = j
            if len(output) >= ln:
                break
            continue
        output.append(_format_property(ctx, value, recurse_times, str(i), K_ELEM))
        i += 1
        if len(output) >= ln:
            break
    remaining = val_len - i
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    return output


def _format_proxy(ctx: _Ctx, proxy: JSObject, recurse_times: int) -> str:
    """``showProxy``: ``Proxy [ target, handler ]``."""
    if recurse_times > ctx.depth:
        return _stylize(ctx, "Proxy [Array]", "special")
    target = getattr(proxy, "proxy_target", None)
    handler = getattr(proxy, "proxy_handler", None)
    if target is None:
        return _stylize(ctx, "<Revoked Proxy>", "special")
    recurse_times += 1
    ctx.indentation_lvl += 2
    res = [_format_value(ctx, target, recurse_times), _format_value(ctx, handler if handler is not None else NULL,
                                                                    recurse_times)]
    ctx.indentation_lvl -= 2
    return _reduce_to_single_string(ctx, res, "", ["Proxy [", "]"], K_ARRAY, recurse_times, None)


def _typed_length(value: Any) -> int:
    try:
        n = typed_array_length_or_none(value)
    except Exception:  # NON-SPEC: a detached or broken view shows as empty
        return 0
    return n or 0


def _format_typed_array(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    length = _typed_length(value)
    ln = _shown_count(ctx, length)
    out: list[str] = []
    for i in range(ln):
        try:
            v = value.get(str(i), value)
        except JSThrow:
            v = None
        out.append(_format_primitive(ctx, v))
    if length > ln:
        r = length - ln
        out.append(f"... {r} more item{'s' if r > 1 else ''}")
    if ctx.opts.show_hidden:
        ctx.indentation_lvl += 2
        for k in ("BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"):
            try:
                v = value.get(k, value)
            except JSThrow:
                v = None
            out.append(f"[{k}]: {_format_value(ctx, v, recurse_times, True)}")
        ctx.indentation_lvl -= 2
    return out


def _format_array_buffer(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    data = bytes(getattr(value, "data", b"") or b"")
    shown = data[:_shown_count(ctx, len(data))]
    contents = " ".join(f"{b:02x}" for b in shown)
    if len(data) > len(shown):
        r = len(data) - len(shown)
        contents += f" ... {r} more byte{'s' if r > 1 else ''}"
    return [f"[Uint8Contents]: <{contents}>", f"byteLength: {_format_primitive(ctx, float(len(data)))}"]


def _format_data_view(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    out = []
    for k in ("byteLength", "byteOffset", "buffer"):
        try:
            v = value.get(k, value)
        except JSThrow:
            v = None
        out.append(f"{k}: {_format_value(ctx, v, recurse_times)}")
    return out


def _format_collection_iterator(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    """The entries a Map or Set iterator has still to produce (without consuming them)."""
    table = getattr(value, "table", None)
    cursor = getattr(value, "cursor", None)
    kind = getattr(value, "kind", 0)
    is_set = type(value).__name__ == "SetIterator"
    items: list[tuple[Any, Any]] = []
    if table is not None and cursor is not None:
        empty = _map_set.EMPTY
        for i in range(cursor.index, len(table.keys)):
            k = table.keys[i]
            if k is not empty:
                items.append((k, k if is_set else table.values[i]))
    max_len = _shown_count(ctx, len(items))
    out = []
    ctx.indentation_lvl += 2
    for k, v in items[:max_len]:
        if kind == 2:
            pair = [_format_value(ctx, k, recurse_times), _format_value(ctx, v, recurse_times)]
            out.append(_reduce_to_single_string(ctx, pair, "", ["[", "]"], K_ARRAY, recurse_times, None))
        else:
            out.append(_format_value(ctx, v if kind == 1 else k, recurse_times))
    ctx.indentation_lvl -= 2
    if len(items) > max_len:
        r = len(items) - max_len
        out.append(f"... {r} more item{'s' if r > 1 else ''}")
    return out


def _date_iso(t: float) -> str:
    """Date.prototype.toISOString, or 'Invalid Date'."""
    if t != t or abs(t) > 8.64e15:
        return "Invalid Date"
    return _date.iso_string(t)


# Node's default inspect styles: (open, close) SGR codes
_STYLES = {"special": (36, 39), "number": (33, 39), "bigint": (33, 39), "boolean": (33, 39), "undefined": (90, 39),
           "null": (1, 22), "string": (32, 39), "symbol": (32, 39), "date": (35, 39), "regexp": (31, 39),
           "module": (4, 24)}


def _stylize(ctx: _Ctx, text: str, style: str) -> str:
    if not ctx.opts.colors:
        return text
    codes = _STYLES.get(style)
    if codes is None:
        return text
    return f"\x1b[{codes[0]}m{text}\x1b[{codes[1]}m"


def _table_items(table: Any) -> list[tuple[Any, Any]]:
    empty = _map_set.EMPTY
    return [(k, table.values[i]) for i, k in enumerate(table.keys) if k is not empty]


def _format_set(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    items = _table_items(value.set_data)  # type: ignore[attr-defined]
    max_len = _shown_count(ctx, len(items))
    out = []
    ctx.indentation_lvl += 2
    for k, _v in items[:max_len]:
        out.append(_format_value(ctx, k, recurse_times))
    ctx.indentation_lvl -= 2
    if len(items) > max_len:
        r = len(items) - max_len
        out.append(f"... {r} more item{'s' if r > 1 else ''}")
    return out


def _format_map(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    items = _table_items(value.map_data)  # type: ignore[attr-defined]
    max_len = _shown_count(ctx, len(items))
    out = []
    ctx.indentation_lvl += 2
    for k, v in items[:max_len]:
        out.append(f"{_format_value(ctx, k, recurse_times)} => {_format_value(ctx, v, recurse_times)}")
    ctx.indentation_lvl -= 2
    if len(items) > max_len:
        r = len(items) - max_len
        out.append(f"... {r} more item{'s' if r > 1 else ''}")
    return out


def _format_promise(ctx: _Ctx, value: JSObject, recurse_times: int) -> list[str]:
    state = getattr(value, "state", "pending")
    if state == "pending" or str(state).lower() == "pending":
        return ["<pending>"]
    ctx.indentation_lvl += 2
    s = _format_value(ctx, getattr(value, "result", None), recurse_times)
    ctx.indentation_lvl -= 2
    return [f"<rejected> {s}" if str(state).lower() == "rejected" else s]


_ANSI = re.compile("\x1b\\[\\d\\d?m")


def _remove_colors(s: str) -> str:
    return _ANSI.sub("", s) if "\x1b" in s else s


def _string_width(s: str, colors: bool) -> int:
    """Node's getStringWidth: columns on a terminal (colour codes and zero-width characters
    take none, East Asian wide and fullwidth characters two)."""
    if colors:
        s = _remove_colors(s)
    if s.isascii():
        return len(s)
    width = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        cp = ord(c)
        if 0xD800 <= cp < 0xDC00 and i + 1 < n and 0xDC00 <= ord(s[i + 1]) < 0xE000:
            cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)
            i += 1
        i += 1
        ch = chr(cp) if not 0xD800 <= cp < 0xE000 else ""
        if not ch or unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc") or cp == 0x200B:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _floor(x: float) -> float:
    """Math.floor: an infinite value stays infinite (math.floor raises OverflowError)."""
    return math.floor(x) if math.isfinite(x) else x


def _is_below_break_length(ctx: _Ctx, output: list[str], start: int, base: str) -> bool:
    total = len(output) + start
    if total + len(output) > ctx.opts.break_length:
        return False
    colors = ctx.opts.colors
    for o in output:
        total += len(_remove_colors(o)) if colors else len(o)
        if total > ctx.opts.break_length:
            return False
    return base == "" or "\n" not in base


def _group_array_elements(ctx: _Ctx, output: list[str], value: JSObject | None) -> list[str]:
    total_length = 0
    max_length = 0
    output_length = len(output)
    if ctx.opts.max_array_length < len(output):
        output_length -= 1
    sep = 2
    data_len = []
    for i in range(output_length):
        ln = _string_width(output[i], ctx.opts.colors)
        data_len.append(ln)
        total_length += ln + sep
        if max_length < ln:
            max_length = ln
    actual_max = max_length + sep
    if actual_max * 3 + ctx.indentation_lvl < ctx.opts.break_length and \
            (total_length / actual_max > 5 or max_length <= 6):
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(2.5 * biased_max * output_length) / biased_max),
            _floor((ctx.opts.break_length - ctx.indentation_lvl) / actual_max),  # (breakLength may be Infinity)
            ctx.opts.compact * 4,
            15,
        )
        if columns <= 1:
            return output
        tmp = []
        max_line_length = []
        for i in range(columns):
            line_length = 0
            for j in range(i, len(output), columns):
                if j < output_length and data_len[j] > line_length:
                    line_length = data_len[j]
            max_line_length.append(line_length + sep)
        pad_start = True
        if value is not None:
            for i in range(len(output)):
                d = _own_desc(value, str(i))
                v = d.value if d is not None else None
                if type(v) is not float and type(v) is not JSBigInt:
                    pad_start = False
                    break
        for i in range(0, output_length, columns):
            mx = min(i + columns, output_length)
            s = ""
            j = i
            while j < mx - 1:
                # the padding counts columns, not the colour codes or wide characters' code units
                padding = max_line_length[j - i] + len(output[j]) - data_len[j]
                cell = f"{output[j]}, "
                s += cell.rjust(padding) if pad_start else cell.ljust(padding)
                j += 1
            if pad_start:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j] - sep
                s += output[j].rjust(padding)
            else:
                s += output[j]
            tmp.append(s)
        if ctx.opts.max_array_length < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


def _js_round(x: float) -> int:
    return math.floor(x + 0.5)


def _reduce_to_single_string(ctx: _Ctx, output: list[str], base: str, braces: list[str], extras: int,
                             recurse_times: int, value: JSObject | None) -> str:
    if ctx.opts.compact is not True:
        if isinstance(ctx.opts.compact, (int, float)) and not isinstance(ctx.opts.compact, bool) and ctx.opts.compact >= 1:
            entries = len(output)
            if extras == K_ARRAY and entries > 6:
                output = _group_array_elements(ctx, output, value)
            if ctx.current_depth - recurse_times < ctx.opts.compact and entries == len(output):
                start = len(output) + ctx.indentation_lvl + len(braces[0]) + len(base) + 10
                if _is_below_break_length(ctx, output, start, base):
                    joined = ", ".join(output)
                    if "\n" not in joined:
                        return (f"{base} " if base else "") + f"{braces[0]} {joined} {braces[1]}"
        ind = "\n" + " " * ctx.indentation_lvl
        # (one f-string: the text is copied once, not once a concatenation; a nest n deep is
        # n texts of up to n**2 characters)
        return f"{base + ' ' if base else ''}{braces[0]}{ind}  {f',{ind}  '.join(output)}{ind}{braces[1]}"
    if _is_below_break_length(ctx, output, 0, base):
        return f"{braces[0]}{' ' + base if base else ''} " + ", ".join(output) + f" {braces[1]}"
    ind = "\n" + " " * ctx.indentation_lvl
    ln = f"{base}{ind}  " if base else ""
    return f"{braces[0]}{ind}  {ln}{f',{ind}  '.join(output)}{ind}{braces[1]}"
