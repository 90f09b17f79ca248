"""The ``console`` global and ``util.format`` (printf-style ``%s %d %i %f %j %o %O %c %%``)."""
from __future__ import annotations

import math
import time
import weakref
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.host.inspect import InspectOptions, format_number, inspect
from pyjsvm.host.jsutil import arg, js_str, make_fn, method, new_object, node_error
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import C, W, WEC, JSObject
from pyjsvm.runtime.values import NULL, SYM_HAS_INSTANCE, SYM_TO_STRING_TAG, JSBigInt, JSSymbol
from pyjsvm.runtime.operations import call, safe_describe, to_boolean, to_number, to_string
from pyjsvm.runtime.stack import capture_frames, format_call_site
from pyjsvm.runtime.functions import ECMAFunction
from pyjsvm.host.inspect import _Ctx, _keys

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["format_args", "make_console", "inspect_options_from_js"]

Writer = Callable[[str], None]


def _has_builtin_to_string(v: JSObject) -> bool:
    """Whether ``v`` has no user-defined ``toString`` (Node's hasBuiltInToString)."""
    o: Any = v
    n = 0
    while isinstance(o, JSObject) and n < 1000:
        d = o.get_own_property("toString")
        if d is not None:
            return not isinstance(d.value, ECMAFunction)
        o = o.proto
        n += 1
    return True


def _str_of(v: Any) -> str:
    if type(v) is JSSymbol:
        return v.descriptive_string()
    return to_string(v)


DEFAULTS_KEY = "pyjsvm.inspect_defaults"  # realm.host_defined: util.inspect.defaultOptions, once read


def default_options(realm: "Realm | None" = None) -> InspectOptions:
    """The options util.inspect and console.log start from: ``util.inspect.defaultOptions``."""
    r = realm or AGENT.realm
    o = r.host_defined.get(DEFAULTS_KEY) if r is not None else None
    return InspectOptions() if o is None else inspect_options_from_js(o, InspectOptions())


def inspect_options_from_js(o: Any, base: InspectOptions | None = None) -> InspectOptions:
    """Read ``{depth, showHidden, breakLength, compact, maxArrayLength, sorted, getters}`` over
    ``base`` (default: ``util.inspect.defaultOptions``)."""
    opts = default_options() if base is None else InspectOptions(**vars(base))
    if not isinstance(o, JSObject):
        return opts
    d = o.get("depth", o)
    if type(d) is float:
        opts.depth = d
    elif d is NULL:
        opts.depth = math.inf
    for js, py in (("showHidden", "show_hidden"), ("sorted", "sorted"), ("getters", "getters"),
                   ("customInspect", "custom_inspect"), ("colors", "colors"), ("showProxy", "show_proxy"),
                   ("numericSeparator", "numeric_separator")):
        v = o.get(js, o)
        if type(v) is bool:
            setattr(opts, py, v)
    g = o.get("getters", o)
    if g in ("get", "set"):
        opts.getters = g
    srt = o.get("sorted", o)
    if isinstance(srt, JSObject) and srt.is_callable:
        opts.sorted_fn = srt
    for js, py in (("breakLength", "break_length"), ("maxArrayLength", "max_array_length"),
                   ("maxStringLength", "max_string_length")):
        v = o.get(js, o)
        if type(v) is float:
            setattr(opts, py, v)
        elif v is NULL:
            setattr(opts, py, math.inf)
    c = o.get("compact", o)
    if type(c) is bool:
        opts.compact = c
    elif type(c) is float:
        opts.compact = int(c)
    return opts


def _json(realm: "Realm", v: Any) -> str:
    j = realm.intrinsics.get("%JSON%") or realm.global_object.get("JSON", realm.global_object)
    try:
        s = call(j.get("stringify", j), j, [v])
    except JSThrow as e:
        if "circular" in safe_describe(e.value).lower():
            return "[Circular]"
        raise
    return "undefined" if s is None else s


def format_args(realm: "Realm", args: list[Any], opts: InspectOptions | None = None) -> str:
    """Node's formatWithOptions: the result of ``util.format(...args)``."""
    opts = opts or default_options(realm)
    if not args:
        return ""
    first = args[0]
    a = 0
    out = ""
    join = ""
    if type(first) is str:
        if len(args) == 1:
            return first
        last = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                i += 1
                c = first[i]
                if a + 1 != len(args):
                    if c == "s":
                        a += 1
                        v = args[a]
                        if type(v) is float:
                            tmp = format_number(v)
                        elif type(v) is JSBigInt:
                            tmp = f"{v.decimal()}n"
                        elif not isinstance(v, JSObject) or v.is_callable or not _has_builtin_to_string(v):
                            tmp = _str_of(v)  # a function is not an object to %s: String(fn), its source
                        else:
                            o2 = InspectOptions(**vars(opts))
                            o2.depth = 0
                            tmp = inspect(v, o2)
                    elif c == "j":
                        a += 1
                        tmp = _json(realm, args[a])
                    elif c == "d":
                        a += 1
                        v = args[a]
                        if type(v) is JSBigInt:
                            tmp = f"{v.decimal()}n"
                        elif type(v) is JSSymbol:
                            tmp = "NaN"
                        elif isinstance(v, JSObject) and v.is_callable:
                            tmp = "NaN"
                        else:
                            tmp = format_number(to_number(v))
                    elif c == "O":
                        a += 1
                        tmp = inspect(args[a], opts)
                    elif c == "o":
                        a += 1
                        o2 = InspectOptions(**vars(opts))
                        o2.show_hidden = True
                        o2.depth = 4
                        tmp = inspect(args[a], o2)
                    elif c == "i":
                        a += 1
                        v = args[a]
                        if type(v) is JSBigInt:
                            tmp = f"{v.decimal()}n"
                        elif type(v) is JSSymbol:
                            tmp = "NaN"
                        else:
                            tmp = format_number(_parse_int(to_string(v)))
                    elif c == "f":
                        a += 1
                        v = args[a]
                        tmp = "NaN" if type(v) is JSSymbol else format_number(_parse_float(to_string(v)))
                    elif c == "c":
                        a += 1
                        tmp = ""
                    elif c == "%":
                        out += first[last:i]
                        last = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last != i - 1:
                        out += first[last:i - 1]
                    out += tmp
                    last = i + 1
                elif c == "%":
                    out += first[last:i]
                    last = i + 1
            i += 1
        if last != 0:
            a += 1
            join = " "
            if last < len(first):
                out += first[last:]
    while a < len(args):
        v = args[a]
        out += join
        out += v if type(v) is str else inspect(v, opts)
        join = " "
        a += 1
    return out


def _parse_int(s: str) -> float:
    import re
    m = re.match(r"\s*([+-]?)(0[xX][0-9a-fA-F]+|\d+)", s)
    if not m:
        return math.nan
    sign = -1.0 if m.group(1) == "-" else 1.0
    body = m.group(2)
    return sign * float(int(body, 16) if body[:2].lower() == "0x" else int(body))


def _parse_float(s: str) -> float:
    import re
    m = re.match(r"\s*([+-]?(Infinity|\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?))", s, re.I)
    if not m:
        return math.nan
    t = m.group(1)
    if "Infinity" in t:
        return -math.inf if t.startswith("-") else math.inf
    try:
        return float(t)
    except ValueError:
        return math.nan


_CONSOLES: "weakref.WeakSet[JSObject]" = weakref.WeakSet()

# node's console methods, in the order of its own properties
_METHOD_ORDER = ["log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear", "count",
                 "countReset", "group", "groupEnd", "table", "debug", "info", "dirxml", "error", "groupCollapsed"]
_GLOBAL_EXTRA = ["Console", "profile", "profileEnd", "timeStamp", "context", "createTask"]
# the methods of console.context(): without the inspector, node's context consoles print nothing
_CONTEXT_METHODS = ["dir", "dirXml", "table", "groupEnd", "clear", "count", "countReset", "profile", "profileEnd",
                    "timeLog", "debug", "error", "info", "log", "warn", "trace", "group", "groupCollapsed", "assert",
                    "time", "timeEnd", "timeStamp"]


def make_console(realm: "Realm", out: Writer, err: Writer, opts: InspectOptions | None = None,
                 group_indentation: int = 2, is_global: bool = True) -> JSObject:
    """The ``console`` object of ``realm`` writing through ``out`` and ``err`` (``is_global``:
    the global console, with ``Console``, ``context`` and ``createTask``; otherwise a
    ``new console.Console(...)``, whose ``opts`` are its ``inspectOptions``)."""
    console = new_object(realm)
    _CONSOLES.add(console)
    state: dict[str, Any] = {"indent": "", "counts": {}, "timers": {}}
    step = " " * group_indentation

    def emit(w: Writer, text: str) -> None:
        ind = state["indent"]
        if ind:
            text = ind + text.replace("\n", "\n" + ind)
        w(js_str(text) + "\n")

    def logger(w: Writer) -> Callable[..., Any]:
        def impl(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            emit(w, format_args(r, args, opts))
            return None
        return impl

    for name in ("log", "info", "debug"):
        method(console, realm, name, 0)(logger(out))
    for name in ("error", "warn"):
        method(console, realm, name, 0)(logger(err))

    @method(console, realm, "dir", 0)
    def dir_(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        opts = inspect_options_from_js(arg(args, 1), InspectOptions(custom_inspect=False))
        emit(out, inspect(arg(args, 0), opts))
        return None

    @method(console, realm, "trace", 0)
    def trace(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        msg = format_args(r, args)
        lines = ["Trace" + (": " + msg if msg else "")]
        lines.extend("    at " + format_call_site(frame) for frame in capture_frames())
        emit(err, "\n".join(lines))
        return None

    @method(console, realm, "assert", 0)
    def assert_(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if not to_boolean(arg(args, 0)):
            rest = list(args[1:])
            if rest and type(rest[0]) is str:
                rest[0] = "Assertion failed: " + rest[0]
            else:
                rest.insert(0, "Assertion failed")
            emit(err, format_args(r, rest))
        return None

    def label_of(args: list[Any]) -> str:
        v = arg(args, 0)
        return "default" if v is None else to_string(v)

    @method(console, realm, "count", 0)
    def count(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        label = label_of(args)
        state["counts"][label] = state["counts"].get(label, 0) + 1
        emit(out, f"{label}: {state['counts'][label]}")
        return None

    @method(console, realm, "countReset", 0)
    def count_reset(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        state["counts"][label_of(args)] = 0
        return None

    @method(console, realm, "group", 0)
    def group(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if args:
            emit(out, format_args(r, args, opts))
        state["indent"] += step
        return None
    method(console, realm, "groupCollapsed", 0)(group)

    @method(console, realm, "groupEnd", 0)
    def group_end(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        state["indent"] = state["indent"][:-len(step)] if step else ""
        return None

    def fmt_ms(ms: float) -> str:
        if ms >= 1000:
            return f"{ms / 1000:.3f}s"
        return f"{ms:.3f}ms"

    @method(console, realm, "time", 0)
    def time_(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        label = label_of(args)
        if label in state["timers"]:
            emit(err, f"(node:{_pid()}) Warning: Label '{label}' already exists for console.time()")
            return None
        state["timers"][label] = time.perf_counter()
        return None

    def elapsed(label: str) -> str | None:
        t0 = state["timers"].get(label)
        if t0 is None:
            return None
        return fmt_ms((time.perf_counter() - t0) * 1000)

    @method(console, realm, "timeEnd", 0)
    def time_end(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        label = label_of(args)
        e = elapsed(label)
        if e is None:
            emit(err, f"(node:{_pid()}) Warning: No such label '{label}' for console.timeEnd()")
            return None
        del state["timers"][label]
        emit(out, f"{label}: {e}")
        return None

    @method(console, realm, "timeLog", 0)
    def time_log(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        label = label_of(args)
        e = elapsed(label)
        if e is None:
            emit(err, f"(node:{_pid()}) Warning: No such label '{label}' for console.timeLog()")
            return None
        extra = format_args(r, list(args[1:]))
        emit(out, f"{label}: {e}" + (" " + extra if extra else ""))
        return None

    @method(console, realm, "table", 1)
    def table(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        data = arg(args, 0)
        if not isinstance(data, JSObject):
            emit(out, format_args(r, args))
            return None
        emit(out, _table(data))
        return None

    method(console, realm, "dirxml", 0)(logger(out))  # node: an alias of log

    @method(console, realm, "clear", 0)
    def clear(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """node: clears a terminal; on anything else it does nothing."""
        return None

    def inspector_only(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """node: only does something with the inspector attached."""
        return None
    for name in ("profile", "profileEnd", "timeStamp"):
        method(console, realm, name, 0)(inspector_only)

    if is_global:
        @method(console, realm, "context", 1)
        def context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            """node: a console that reports to the inspector only (so, here, nowhere)."""
            ctx = new_object(r)
            for name in _CONTEXT_METHODS:
                ctx.define_builtin(name, make_fn(r, name, 0, inspector_only), WEC)
            return ctx

        @method(console, realm, "createTask", 1)
        def create_task(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            """node: a task whose run(fn) calls fn (async stack tagging is an inspector feature)."""
            name = arg(args, 0)
            if type(name) is not str or name == "":
                raise JSThrow(r.new_error("Error", "First argument must be a non-empty string."))
            task = new_object(r)

            def run(r2: "Realm", this2: Any, args2: list[Any], nt2: Any) -> Any:
                f = arg(args2, 0)
                if not (isinstance(f, JSObject) and f.is_callable):
                    raise JSThrow(r2.new_error("Error", "First argument must be a function."))
                return call(f, None, [])
            task.define_builtin("run", make_fn(r, "run", 0, run), WEC)
            return task

        console.define_builtin("Console", make_console_constructor(realm, console), W | C)

    # node's console: its methods are own enumerable properties in this order, and it is
    # tagged 'console' (so util.inspect shows ``Object [console] {...}``)
    props = console.props
    order = _METHOD_ORDER + (_GLOBAL_EXTRA if is_global else [])
    fns = {name: console.get(name, console) for name in list(props)}
    props.clear()
    for name in order:
        if name in fns:
            console.define_builtin(name, fns[name], WEC)
    if is_global:
        console.define_builtin(SYM_TO_STRING_TAG, "console", C)
    return console


def make_console_constructor(realm: "Realm", global_console: JSObject) -> JSObject:
    """``console.Console``: ``new Console(stdout[, stderr[, ignoreErrors]])`` or
    ``new Console({ stdout, stderr, ignoreErrors, inspectOptions, groupIndentation })``, a
    console writing to the given streams (anything with a ``write`` method)."""
    proto = new_object(realm)

    def writer(stream: JSObject, ignore_errors: bool) -> Writer:
        def write(text: str) -> None:
            try:
                call(stream.get("write", stream), stream, [text])
            except JSThrow:
                if not ignore_errors:
                    raise
        return write

    def stream_arg(r: "Realm", v: Any, name: str) -> JSObject:
        if not (isinstance(v, JSObject) and isinstance(v.get("write", v), JSObject) and v.get("write", v).is_callable):
            raise JSThrow(node_error(r, "TypeError", "ERR_CONSOLE_WRITABLE_STREAM",
                                     f"Console expects a writable stream instance for {name}"))
        return v

    def ctor(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """Console ( options ) (NON-SPEC: node's console.Console)."""
        first = arg(args, 0)
        options: JSObject | None = None
        if isinstance(first, JSObject) and not (isinstance(first.get("write", first), JSObject)):
            options = first
            stdout, stderr = first.get("stdout", first), first.get("stderr", first)
            ignore = first.get("ignoreErrors", first)
        else:
            stdout, stderr, ignore = first, arg(args, 1), arg(args, 2)
        out_stream = stream_arg(r, stdout, "stdout")
        err_stream = out_stream if stderr is None else stream_arg(r, stderr, "stderr")
        ignore_errors = True if ignore is None else to_boolean(ignore)
        opts = None
        indent = 2
        if options is not None:
            io = options.get("inspectOptions", options)
            if isinstance(io, JSObject):
                opts = inspect_options_from_js(io)
            gi = options.get("groupIndentation", options)
            if gi is not None:
                indent = max(0, min(1000, int(to_number(gi))))
        c = make_console(r, writer(out_stream, ignore_errors), writer(err_stream, ignore_errors), opts, indent,
                         is_global=False)
        target = nt if nt is not None else console_ctor
        p = target.get("prototype", target)
        c.proto = p if isinstance(p, JSObject) else proto
        return c

    console_ctor = make_fn(realm, "Console", 1, ctor, ctor=True)
    console_ctor.define_builtin("prototype", proto, W)
    proto.define_builtin("constructor", console_ctor, W | C)
    for name in _METHOD_ORDER:
        proto.define_builtin(name, global_console.get(name, global_console), WEC)

    def has_instance(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """Console [ @@hasInstance ] (NON-SPEC: node's, true for every console object)."""
        return arg(args, 0) in _CONSOLES
    console_ctor.define_builtin(SYM_HAS_INSTANCE, make_fn(realm, "[Symbol.hasInstance]", 1, has_instance), C)
    return console_ctor


def _pid() -> int:
    import os
    return os.getpid()


def _table(data: JSObject) -> str:
    """console.table of an array or object (Node's layout, values centered)."""
    ctx = _Ctx(InspectOptions())
    opts = InspectOptions(break_length=math.inf, max_array_length=3, depth=1)

    def cell(v: Any) -> str:
        return inspect(v, opts)
    index_keys = [k for k in _keys(ctx, data) if type(k) is str]
    columns: list[str] = []
    rows: list[tuple[str, dict[str, str], str | None]] = []
    has_values = False
    for k in index_keys:
        d = data.get_own_property(k)
        v = d.value if d is not None else None
        if isinstance(v, JSObject) and not v.is_callable:
            cells: dict[str, str] = {}
            for ck in _keys(ctx, v):
                if type(ck) is not str:
                    continue
                if ck not in columns:
                    columns.append(ck)
                cd = v.get_own_property(ck)
                cells[ck] = cell(cd.value if cd is not None else None)
            rows.append((k, cells, None))
        else:
            has_values = True
            rows.append((k, {}, cell(v)))
    header = ["(index)"] + columns + (["Values"] if has_values else [])
    table_rows = []
    for k, cells, val in rows:
        row = [k] + [cells.get(c, "") for c in columns]
        if has_values:
            row.append(val if val is not None else "")
        table_rows.append(row)
    widths = [len(h) + 2 for h in header]
    for row in table_rows:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c) + 2)

    def render(row: list[str]) -> str:
        parts = []
        for i, c in enumerate(row):
            parts.append(" " + c + " " * (widths[i] - len(c) - 1))
        return "│" + "│".join(parts) + "│"
    lines = ["┌" + "┬".join("─" * w for w in widths) + "┐", render(header),
             "├" + "┼".join("─" * w for w in widths) + "┤"]
    lines += [render(r) for r in table_rows]
    lines.append("└" + "┴".join("─" * w for w in widths) + "┘")
    return "\n".join(lines)
