"""The compiler's shared machinery: compile-time context, completion signals, and identifier
resolution (sec-resolvebinding) turned into closures for reading, writing, typeof and delete.

Every compile method takes an ESTree node and returns a closure. Expression closures are
``f(env) -> value``; statement closures are ``f(env) -> None | Signal`` where None is a normal
completion and a ``Signal`` is break/continue/return (sec-completion-record-specification-type).
"""
from __future__ import annotations

import re

from math import copysign
from typing import Any, Callable

from pyjsvm.runtime.agent import AGENT, JSThrow, throw_reference_error, throw_syntax_error, throw_type_error
from pyjsvm.runtime.environments import HostValue, WithEnv
from pyjsvm.runtime.objects import A, W, JSObject, Prop
from pyjsvm.runtime.operations import set_failure_message, to_boolean
from pyjsvm.runtime.values import MISSING, NULL, SYM_UNSCOPABLES
from pyjsvm.syntax.parse import ParseError
from pyjsvm.syntax.scope import Scope

Closure = Callable[[Any], Any]


def advance_position(src: str, start: int, end: int, line: int, col0: int) -> tuple[int, int]:
    """NON-SPEC: the line and 0-based column of the offset ``end`` in ``src``, given those of
    ``start`` (ECMAScript line terminators; CR LF is one)."""
    for i in range(start, min(end, len(src))):
        ch = src[i]
        if ch in "\n\u2028\u2029" or (ch == "\r" and src[i + 1:i + 2] != "\n"):
            line, col0 = line + 1, 0
        else:
            col0 += 1
    return line, col0


class Signal:
    """An abrupt completion other than throw: kind 'break', 'continue' or 'return'."""

    __slots__ = ("kind", "label")

    def __init__(self, kind: str, label: str | None) -> None:
        self.kind = kind
        self.label = label

    def __repr__(self) -> str:
        return f"Signal({self.kind}, {self.label})"


BREAK = Signal("break", None)
CONTINUE = Signal("continue", None)
RETURN = Signal("return", None)


def env_at(env: Any, depth: int) -> Any:
    for _ in range(depth):
        env = env.parent
    return env


class CompileContext:
    """Per-function compile state."""

    def __init__(self, scope: Scope, strict: bool, source: str, filename: str, tracking: bool) -> None:
        self.scope = scope
        self.strict = strict
        self.source = source
        self.filename = filename
        self.tracking = tracking          # keep completion values (script and eval code)
        self.tracking_scope: Scope | None = scope if tracking else None
        # NON-SPEC: the function whose body this is resolves the TailCalls it returns
        # (runtime/functions.enable_tail_calls): only then is a call the syntax marks as in tail
        # position (syntax/tail_calls.py) compiled as PrepareForTailCall + Call
        self.tail_calls = False


def tracing(realm: Any) -> bool:
    """NON-SPEC: whether code compiled for ``realm`` reports each statement it runs to the
    realm's ``on_step`` hook (``create_context(on_step=...)``): such code is compiled by the
    closure compiler with a hook call before every statement; other code has no hook at all."""
    return realm is not None and realm.host_defined.get("pyjsvm.on_step") is not None


class ScopeResolver:
    """Compile-time name resolution against the chain of ``Scope`` objects."""

    ctx: CompileContext
    line_offset: int
    column_offset: int
    # NON-SPEC: the line of the source that column_offset shifts: its first, or the second where
    # the source wraps the code it was given (vm.compileFunction's body follows the line
    # "(function (params) {", and Node's columnOffset places that body's first line)
    column_line: int = 1

    def error(self, node: Any, message: str, kind: str = "SyntaxError") -> ParseError:
        line, col = self.position(node)
        return ParseError(message, self.ctx.filename, line, col, kind)

    def position(self, node: Any) -> tuple[int, int]:
        loc = getattr(node, "loc", None)
        if loc is None:
            return 0, 0
        line = loc.start.line
        col = loc.start.column + 1
        if line == self.column_line:
            col += self.column_offset
        return line + self.line_offset, col

    def offset_position(self, anchor: Any, offset: int, after: Any = None) -> tuple[int, int]:
        """NON-SPEC: the line and column of the source offset ``offset``, at or after the start
        of ``anchor`` (counted from there, so the script's own offsets apply). With ``after``, a
        node that ends at or before ``offset`` (the callee before a call's ``(``), the count
        starts at its end instead: only the gap between the two is scanned, so positions inside
        nested calls and long member chains cost no rescan of what precedes them."""
        rng = getattr(after, "range", None)
        loc = getattr(after, "loc", None)
        if rng is not None and loc is not None and rng[1] <= offset:
            start, line, col0 = rng[1], loc.end.line, loc.end.column
        else:
            loc = getattr(anchor, "loc", None)
            rng = getattr(anchor, "range", None)
            if loc is None or rng is None:
                return self.position(anchor)
            start, line, col0 = rng[0], loc.start.line, loc.start.column
        line, col0 = advance_position(self.ctx.source, start, offset, line, col0)
        col = col0 + 1
        if line == self.column_line:
            col += self.column_offset
        return line + self.line_offset, col

    def token_position(self, anchor: Any, after: Any, token: str) -> tuple[int, int]:
        """NON-SPEC: where ``token`` first stands after the end of the node ``after`` (the whole
        source's end when it has no range), past white space, comments, closing parentheses and
        ``?.``; ``anchor``'s own position if it does not."""
        src = self.ctx.source
        r = getattr(after, "range", None)
        i, n = (r[1] if r is not None else len(src)), len(src)
        while i < n:
            if src.startswith(token, i):
                return self.offset_position(anchor, i, after)
            ch = src[i]
            if ch.isspace() or ch == ")":
                i += 1
            elif src.startswith("?.", i):
                i += 2
            elif src.startswith("//", i):
                while i < n and src[i] not in "\n\r\u2028\u2029":
                    i += 1
            elif src.startswith("/*", i):
                j = src.find("*/", i + 2)
                if j < 0:
                    break
                i = j + 2
            else:
                break
        return self.position(anchor)

    _ASSIGN_OP = re.compile(r"(>>>=|\*\*=|<<=|>>=|&&=|\|\|=|\?\?=|[-+*/%&|^]=|\+\+|--|=(?!=))")

    def assign_op_position(self, target: Any) -> tuple[int, int]:
        """NON-SPEC (V8): where an error of storing to the name ``target`` points: the assignment
        or postfix update operator after it (``c = 2`` at ``=``, ``c++`` at ``++``), else the
        name itself."""
        rng = getattr(target, "range", None)
        if rng is None:
            return self.position(target)
        src = self.ctx.source
        i, n = rng[1], len(src)
        while i < n and (src[i].isspace() or src[i] == ")"):
            i += 1
        if self._ASSIGN_OP.match(src, i):
            return self.offset_position(target, i, target)
        return self.position(target)

    def error_position(self, node: Any) -> tuple[int, int]:
        """NON-SPEC (V8's positions, which node prints in stack frames): where a run-time error
        of ``node`` points: a property access at the property name (``o.a.b`` at ``b``) or at
        its ``[``; a call through a property at the property name, another call (not of a plain
        name) at its ``(``; an assignment at its operator."""
        t = node.type
        rng = getattr(node, "range", None)
        if rng is None:
            return self.position(node)

        if t == "MemberExpression":
            if not node.computed and getattr(node.property, "loc", None) is not None:
                return self.position(node.property)
            return self.token_position(node, node.object, "[")
        if t == "CallExpression":
            callee = node.callee
            if callee.type in ("Identifier", "Super", "Import") or callee.type == "MemberExpression" and \
                    callee.object.type == "Super":
                return self.position(node)
            if callee.type == "MemberExpression" and not callee.computed and \
                    getattr(callee.property, "loc", None) is not None:
                return self.position(callee.property)
            return self.token_position(node, callee, "(")
        if t == "AssignmentExpression":
            return self.token_position(node, node.left, node.operator)
        return self.position(node)

    def depth_to(self, target: Scope) -> int:
        """How many environments lie between the current scope's and ``target``'s (an
        enclosing scope)."""
        return self.ctx.scope.level - target.level

    def resolve(self, name: str, at: int | None = None) -> tuple[str, Any]:
        """('slot', (depth, index, tdz, const)), ('global', None) or ('dynamic', steps).

        steps is a list, one entry per environment hop from the current one: ('with',),
        ('slot', index, tdz, const), ('extra',), ('global',). ``at``: the source offset of the
        reference, which lets a reference past a let/const declaration skip the TDZ check
        (``Scope.initialized_after``)."""
        s: Scope | None = self.ctx.scope
        depth = 0
        crossed = False  # a function (or eval code) boundary lies between the reference and s
        while s is not None:
            if s.kind == "with":
                return "dynamic", self._dynamic_steps(name)
            if name in s.names:
                if name in s.imports:
                    return "import", (depth, s.names[name])
                tdz = name in s.lexical
                if tdz and at is not None and not crossed:
                    done = s.initialized_after.get(name)
                    if done is not None and done[0] is self.ctx.source and at >= done[1]:
                        tdz = False
                return "slot", (depth, s.names[name], tdz, name in s.consts,
                                name == s.funcname_binding)
            if s.kind in ("function", "body", "eval"):
                crossed = True
            if s.dynamic_vars:
                return "dynamic", self._dynamic_steps(name)
            if s.is_global:
                return "global", None
            s = s.parent
            depth += 1
        return "global", None

    def resolves_before_value(self, name: str, value: Any, strict: bool,
                              local: Callable[[str], bool] | None = None) -> bool:
        """Whether a strict ``name = value`` to a global ``name`` must resolve the name before
        ``value`` is evaluated: ResolveBinding comes first (sec-assignment-operators-runtime-
        semantics-evaluation step 1.a), and a reference found unresolvable then stays so, and
        PutValue throws (sec-putvalue step 3.a), even when evaluating ``value`` made the binding.
        NON-SPEC: not when the script itself declares ``name`` (its binding cannot go), nor when
        evaluating ``value`` runs no code (then resolving at PutValue finds the same). ``local``:
        whether a name is bound in scopes the caller keeps itself (the emitter's Python locals),
        inside the current scope."""
        if not strict or (local is not None and local(name)) or self.resolve(name)[0] != "global" \
                or _runs_no_code(self, value, local):
            return False
        s = self.ctx.scope
        while s.parent is not None:
            s = s.parent
        info = s.info
        if not s.is_global or info is None or s.kind != "script":
            return True
        declared = s.global_declared
        if declared is None:
            declared = s.global_declared = {*info.var_names, *(n for n, _ in info.lex_decls)}
        return name not in declared

    def _dynamic_steps(self, name: str) -> list[tuple[Any, ...]]:
        steps: list[tuple[Any, ...]] = []
        s: Scope | None = self.ctx.scope
        while s is not None:
            if s.kind == "with":
                steps.append(("with",))
            elif name in s.names:
                steps.append(("slot", s.names[name], name in s.lexical, name in s.consts,
                              name == s.funcname_binding))
                return steps
            elif s.dynamic_vars:
                steps.append(("extra",))
            else:
                steps.append(("skip",))
            if s.is_global:
                break
            s = s.parent
        steps.append(("global",))
        return steps

    # --- identifier closures -------------------------------------------------------------------
    def mark_initialized(self, names: list[str], end: int) -> None:
        """NON-SPEC (speed): the let/const ``names`` of the current scope are initialized once
        control passes source offset ``end`` (see ``Scope.initialized_after``)."""
        scope = self.ctx.scope
        if scope.is_switch:
            return
        for n in names:
            if n in scope.lexical:
                scope.initialized_after[n] = (self.ctx.source, end)

    def compile_identifier_get(self, name: str, node: Any, for_typeof: bool = False) -> Closure:
        """GetValue of an identifier reference (sec-getidentifierreference + sec-getvalue)."""
        kind, data = self.resolve(name, _offset(node))
        strict = self.ctx.strict
        pos = self.position(node)
        if kind == "import":
            return import_binding_get(name, data[0], data[1], pos)
        if kind == "slot":
            depth, idx, tdz, _const, _fn = data
            if tdz:
                def get_tdz(env: Any) -> Any:
                    for _ in range(depth):
                        env = env.parent
                    v = env.vars[idx]
                    if v is MISSING:
                        tdz_error(name, pos)
                    return v
                return get_tdz
            if depth == 0:
                return lambda env: env.vars[idx]
            if depth == 1:
                return lambda env: env.parent.vars[idx]
            if depth == 2:
                return lambda env: env.parent.parent.vars[idx]
            if depth == 3:
                return lambda env: env.parent.parent.parent.vars[idx]

            def get_deep(env: Any) -> Any:
                for _ in range(depth):
                    env = env.parent
                return env.vars[idx]
            return get_deep
        if kind == "global":
            if not name.isascii():
                def get_global(env: Any) -> Any:
                    g = env.glob
                    if g.lex and name in g.lex:  # the declarative part first (let/const/class)
                        v = g.lex[name]
                        if v is MISSING:
                            tdz_error(name, pos)
                        return v
                    return global_get_slow(g, name, pos, for_typeof)
                return get_global

            def get_global(env: Any) -> Any:
                g = env.glob
                if g.lex:
                    v = g.lex.get(name, MISSING)
                    if v is not MISSING or name in g.lex:
                        if v is MISSING:
                            tdz_error(name, pos)
                        return v
                items = g.items
                if items is not None:
                    # NON-SPEC fast path: a contextified global over a plain dict (see GlobalEnv.items).
                    v = items.get(name, MISSING)
                    if g.js_values and v is not MISSING:  # a ContextObject's: a JS value
                        if type(v) is not HostValue:
                            return v
                        return global_get_slow(g, name, pos, for_typeof)
                    t = type(v)
                    if t is int:
                        if -9007199254740992 <= v <= 9007199254740992:  # exact: else convert.py's error
                            return float(v)
                    elif t is float or t is bool:
                        return v
                    elif t is str:
                        if v.isascii():
                            return v
                    elif v is MISSING:
                        # a built-in, unless something defined on the store (an accessor) hides it
                        v = g.obj.props.get(name, MISSING) if not g.store_props else MISSING
                        if v is not MISSING:
                            if type(v) is not Prop:
                                return v
                            if not v.flags & A:
                                return v.value
                    else:
                        c = g.obj.cache.get(name)
                        if c is not None and c[0] is v:
                            return c[1]
                    return global_get_slow(g, name, pos, for_typeof)
                obj = g.obj
                if obj.simple_props:
                    v = obj.props.get(name, MISSING)
                    if v is not MISSING:
                        if type(v) is not Prop:
                            return v
                        if not v.flags & A:
                            return v.value
                return global_get_slow(g, name, pos, for_typeof)
            return get_global
        steps = data

        def get_dynamic(env: Any) -> Any:
            return get_dynamic_ref(lookup_dynamic(env, steps, name), name, pos, for_typeof, strict)
        return get_dynamic

    def compile_identifier_set(self, name: str, node: Any, init: bool = False) -> Callable[[Any, Any], None]:
        """PutValue on an identifier reference (sec-putvalue), or InitializeReferencedBinding
        when ``init`` (let/const/class declarations)."""
        kind, data = self.resolve(name, None if init else _offset(node))
        strict = self.ctx.strict
        pos = self.position(node) if init else self.assign_op_position(node)
        if kind == "import":
            get_import = import_binding_get(name, data[0], data[1], pos)

            def set_import(env: Any, v: Any) -> None:
                get_import(env)  # an uninitialized binding is a ReferenceError first
                throw_type_error("Assignment to constant variable.")
            return set_import
        if kind == "slot":
            depth, idx, tdz, const, funcname = data
            if init:
                def init_slot(env: Any, v: Any) -> None:
                    for _ in range(depth):
                        env = env.parent
                    env.vars[idx] = v
                return init_slot
            if const or funcname:
                def set_const(env: Any, v: Any) -> None:
                    e = env
                    for _ in range(depth):
                        e = e.parent
                    if e.vars[idx] is MISSING:
                        tdz_error(name, pos)
                    if funcname:
                        if strict:
                            throw_type_error("Assignment to constant variable.")
                        return
                    throw_type_error("Assignment to constant variable.")
                return set_const
            if tdz:
                def set_tdz(env: Any, v: Any) -> None:
                    for _ in range(depth):
                        env = env.parent
                    if env.vars[idx] is MISSING:
                        tdz_error(name, pos)
                    env.vars[idx] = v
                return set_tdz
            if depth == 0:
                def set0(env: Any, v: Any) -> None:
                    env.vars[idx] = v
                return set0
            if depth == 1:
                def set1(env: Any, v: Any) -> None:
                    env.parent.vars[idx] = v
                return set1

            def set_deep(env: Any, v: Any) -> None:
                for _ in range(depth):
                    env = env.parent
                env.vars[idx] = v
            return set_deep
        if kind == "global":
            if init:
                def init_global(env: Any, v: Any) -> None:
                    env.glob.lex[name] = v
                return init_global

            ascii_set = name.isascii()

            def set_global(env: Any, v: Any) -> None:
                g = env.glob
                if g.lex and name in g.lex:
                    set_global_lex(g, name, v, pos)
                    return
                obj = g.obj
                items = g.items
                if items is not None:
                    if ascii_set and name in items:
                        # NON-SPEC fast path: an existing writable item of a contextified global
                        # over a plain dict, with MappingObject._store_py_key's conversions.
                        attrs = obj.attrs
                        if not attrs or attrs.get(name, W) & W:
                            if g.js_values:  # a ContextObject's: the JS value as it is
                                items[name] = v
                                if obj.cache:
                                    obj.cache.pop(name, None)  # the Python value of what it held
                                g.drop_cell(name)
                                return
                            t = type(v)
                            if t is float:
                                if (v.is_integer() and -9007199254740992.0 <= v <= 9007199254740992.0
                                        and (v or copysign(1.0, v) > 0.0)):
                                    items[name] = int(v)
                                else:
                                    items[name] = v
                            elif t is bool or (t is str and v.isascii()):
                                items[name] = v
                            elif v is NULL:
                                items[name] = None
                                obj.cache[name] = (None, NULL)  # the Python None reads back as null
                                return
                            else:
                                # undefined, an object ...: the store's conversion, straight
                                obj.mapping_store._store_py_key(name, v)
                                return
                            if obj.cache:
                                obj.cache.pop(name, None)  # it may hold an object this item held
                            return
                elif obj.simple_props:
                    props = obj.props
                    cur = props.get(name, MISSING)
                    if cur is not MISSING:
                        if type(cur) is not Prop:
                            props[name] = v
                            return
                        if cur.flags & (A | W) == W:
                            cur.value = v
                            return
                if strict and not obj.has_property(name):
                    not_defined(name, pos)
                if not obj.set(name, v, obj) and strict:
                    throw_type_error(f"Cannot assign to read only property '{name}' of object '#<Object>'")
            return set_global
        resolve, put = self.dynamic_identifier_reference(name, data, init, pos)

        def set_dynamic(env: Any, v: Any) -> None:
            put(env, resolve(env), v)
        return set_dynamic

    def dynamic_identifier_reference(self, name: str, steps: list[Any], init: bool, pos: Any) -> tuple[
            Callable[[Any], Any], Callable[[Any, Any, Any], None]]:
        """An identifier that a ``with`` or sloppy ``eval`` scope may shadow, as two steps:
        ResolveBinding (sec-resolvebinding; observable through a ``with`` object's ``has``) and
        PutValue on the reference it gave (InitializeReferencedBinding when ``init``)."""
        strict = self.ctx.strict

        def resolve(env: Any) -> Any:
            return lookup_dynamic(env, steps, name)

        def put(env: Any, ref: Any, v: Any) -> None:
            if init and ref[0] == "slot":
                ref[1].vars[ref[2]] = v
                return
            put_dynamic_ref(env, ref, name, v, steps, strict, pos)
        return resolve, put

    def identifier_target_reference(self, node: Any, init: bool) -> tuple[
            Callable[[Any], Any], Callable[[Any, Any, Any], None]] | None:
        """The two steps of ``dynamic_identifier_reference`` for a destructuring target whose
        binding is resolved at run time, so that a pattern resolves it before it reads the value
        (sec-runtime-semantics-keyedbindinginitialization step 2,
        sec-runtime-semantics-keyeddestructuringassignmentevaluation step 1); None for a binding
        the compiler resolved, where resolving is not observable."""
        kind, data = self.resolve(node.name, None if init else _offset(node))
        if kind != "dynamic":
            return None
        return self.dynamic_identifier_reference(node.name, data, init, self.position(node))


def import_binding_get(name: str, depth: int, idx: int, pos: Any) -> Closure:
    """GetBindingValue of an indirect import binding (sec-module-environment-records-getbindingvalue-n-s):
    the slot holds the target environment's ``vars`` list and the target binding's index."""
    def get_import(env: Any) -> Any:
        for _ in range(depth):
            env = env.parent
        target_vars, target_idx = env.vars[idx]
        v = target_vars[target_idx]
        if v is MISSING:
            tdz_error(name, pos)
        return v
    return get_import


def get_dynamic_ref(ref: tuple[str, Any, Any], name: str, pos: Any, for_typeof: bool = False,
                    strict: bool = False) -> Any:
    """GetValue on a reference resolved by ``lookup_dynamic``."""
    found, holder, extra = ref
    if found == "slot":
        v = holder.vars[extra]
        if v is MISSING:
            tdz_error(name, pos)
        return v
    if found == "extra":
        return holder[name]
    if found == "object":
        # GetBindingValue of an object Environment Record (sec-object-environment-records-getbindingvalue-n-s)
        if not holder.has_property(name):
            if strict:
                not_defined(name, pos)
            return None
        return holder.get(name, holder)
    if found == "lex":
        if holder is MISSING:
            tdz_error(name, pos)
        return holder
    if for_typeof:
        return None
    not_defined(name, pos)


def put_dynamic_ref(env: Any, ref: tuple[str, Any, Any], name: str, v: Any, steps: list[Any], strict: bool,
                    pos: Any) -> None:
    """PutValue on a reference resolved by ``lookup_dynamic`` (sec-putvalue)."""
    found, holder, extra = ref
    if found == "slot":
        if holder.vars[extra] is MISSING:
            tdz_error(name, pos)
        for st in steps:
            if st[0] == "slot" and st[1] == extra:
                if st[3]:
                    throw_type_error("Assignment to constant variable.")
                if st[4]:
                    if strict:
                        throw_type_error("Assignment to constant variable.")
                    return
        holder.vars[extra] = v
    elif found == "extra":
        holder[name] = v
    elif found == "object":
        # SetMutableBinding of an object Environment Record (sec-object-environment-records-setmutablebinding-n-v-s)
        if not holder.has_property(name) and strict:
            not_defined(name, pos)
        ok = holder.set(name, v, holder)
        if not ok and strict:
            throw_type_error(set_failure_message(holder, name))
    elif found == "lex":
        set_global_lex(env.glob, name, v, pos)
    else:
        if strict:
            not_defined(name, pos)
        g = env.glob.obj
        g.set(name, v, g)


def extra_const(steps: list[Any], holder: Any, idx: int) -> bool:
    for st in steps:
        if st[0] == "slot" and st[1] == idx:
            return bool(st[3])
    return False


def global_get_slow(g: Any, name: str, pos: Any, for_typeof: bool) -> Any:
    """GetValue of a global identifier reference past the declarative part: the global object's
    HasProperty + Get in one step (MISSING -> ReferenceError, or undefined for typeof)."""
    v = g.obj.lookup_binding(name)
    if v is not MISSING:
        return v
    if for_typeof:
        return None
    not_defined(name, pos)


def set_global_lex(g: Any, name: str, v: Any, pos: Any) -> None:
    cur = g.lex[name]
    if cur is MISSING:
        tdz_error(name, pos)
    if name in g.consts:
        throw_type_error("Assignment to constant variable.")
    g.lex[name] = v
    g.drop_cell(name)  # (a cell that held the old value: see GlobalCell)


def has_binding_in_object(obj: JSObject, name: str, is_with: bool) -> bool:
    """HasBinding of an Object Environment Record (sec-object-environment-records-hasbinding-n)."""
    if not obj.has_property(name):
        return False
    if not is_with:
        return True
    unscopables = obj.get(SYM_UNSCOPABLES, obj)
    if isinstance(unscopables, JSObject):
        if to_boolean(unscopables.get(name, unscopables)):
            return False
    return True


def dynamic_this(ref: tuple[str, Any, Any], env: Any) -> Any:
    """The this value of a call through a reference ``lookup_dynamic`` resolved
    (sec-evaluatecall step 1.b): a with object's binding is called with the object
    (WithBaseObject), any other binding with undefined."""
    return ref[1] if ref[0] == "object" and ref[1] is not env.glob.obj else None


def lookup_dynamic(env: Any, steps: list[Any], name: str) -> tuple[str, Any, Any]:
    """Walk environments following the compile-time ``steps``: returns ('slot', env, index),
    ('extra', dict, None), ('object', obj, None), ('lex', value, None) or ('none', None, None)."""
    e = env
    for st in steps:
        k = st[0]
        if k == "with":
            if type(e) is WithEnv and has_binding_in_object(e.obj, name, e.is_with):
                return "object", e.obj, None
        elif k == "slot":
            return "slot", e, st[1]
        elif k == "extra":
            ex = getattr(e, "extra", None)
            if ex is not None and name in ex:
                return "extra", ex, None
        elif k == "global":
            return e.glob.resolve_binding(name)  # type: ignore[no-any-return]
        e = e.parent
    return "none", None, None


def import_meta_object(referrer: Any) -> Any:
    """``import.meta`` (sec-meta-properties-runtime-semantics-evaluation): the [[ImportMeta]]
    object of the module ``referrer`` names, made on first use."""
    record = referrer.record if referrer is not None else None
    if record is None or not hasattr(record, "get_import_meta"):
        throw_syntax_error("Cannot use 'import.meta' outside a module")
    return record.get_import_meta()


def evaluate_import_call(referrer: Any, specifier: Any, options: Any, phase: str) -> Any:
    """EvaluateImportCall through the hook the modules layer installs on the agent."""
    hook = AGENT.import_dynamically
    if hook is None:
        throw_type_error("import() is not supported by this host")  # NON-SPEC: no modules layer loaded
    return hook(referrer.record if referrer is not None else None, specifier, options, phase)


def _offset(node: Any) -> int | None:
    """The source offset where ``node`` starts (None for a synthetic node)."""
    r = vars(node).get("range") if hasattr(node, "__dict__") else None
    return r[0] if r else None


def _runs_no_code(compiler: ScopeResolver, node: Any, local: Callable[[str], bool] | None = None) -> bool:
    """NON-SPEC: whether evaluating the expression ``node`` runs no code that could be observed
    (a literal, a function or arrow made, ``this``, a name bound in a function or block: one the
    compiler resolves to a slot, or one ``local`` says the caller binds)."""
    t = node.type
    if t in ("Literal", "FunctionExpression", "ArrowFunctionExpression", "ThisExpression"):
        return True
    if t == "TemplateLiteral":
        return not node.expressions
    if t == "Identifier":
        return (local is not None and local(node.name)) or compiler.resolve(node.name)[0] == "slot"
    return False


def tdz_error(name: str, pos: Any) -> None:
    throw_reference_error(f"Cannot access '{name}' before initialization")


def not_defined(name: str, pos: Any) -> None:
    throw_reference_error(f"{name} is not defined")


__all__ = ["evaluate_import_call", "import_meta_object", "Signal", "BREAK", "CONTINUE", "RETURN", "ScopeResolver", "CompileContext", "env_at", "JSThrow",
           "NULL", "A", "W"]
