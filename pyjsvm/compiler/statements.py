"""Compiling statements (sec-ecmascript-language-statements-and-declarations) into closures
``f(env) -> None | Signal``.

Completion values (needed only for script and eval code, sec-block-runtime-semantics-evaluation's
UpdateEmpty rules) are kept NON-SPEC in the ``cv`` field of the script's or eval's environment,
written by expression statements and reset to undefined by the statements whose value would
otherwise be empty.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from pyjsvm.runtime.agent import JSThrow, check_stop, check_stop_compiling, drop_at_full_collection, get_agent, throw_type_error
from pyjsvm.compiler.core import BREAK, CONTINUE, RETURN, Closure, Signal
from pyjsvm.compiler.expressions import ExpressionCompiler, describe_iterable
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.runtime.environments import Env, WithEnv
from pyjsvm.runtime.objects import E, PROTO_EPOCH, JSArray, JSObject, Prop, array_index
from pyjsvm.runtime.stack import PRIMITIVE_THROW, THROW_SITES, JSErrorObject
from pyjsvm.runtime.operations import is_strictly_equal, to_boolean, to_object
from pyjsvm.runtime.values import MISSING, NULL
from pyjsvm.syntax.parse import children
from pyjsvm.syntax.scope import Scope, bound_names, if_clause, labelled_item
from pyjsvm.runtime.agent import current_realm
from pyjsvm.runtime.iteration import DONE, get_iterator, iterator_close, iterator_step_value
from pyjsvm.runtime.disposal import ASYNC_DISPOSE, SYNC_DISPOSE, add_disposable_resource, dispose_resources

# NON-SPEC: the hidden slot of a scope whose statement list has using declarations; it holds the
# scope's DisposeCapability (sec-disposecapability-records: its list of DisposableResource
# Records), made when the first resource is added. Not an identifier, so no JS name can reach it.
DISPOSE_SLOT = "%dispose"


def has_using(stmts: list[Any]) -> bool:
    """Whether a statement list declares ``using`` / ``await using`` bindings."""
    return any(s.type == "VariableDeclaration" and getattr(s, "using", None) for s in stmts)


def dispose_stack(env: Any, slot: int) -> list[Any]:
    """The DisposeCapability's resource stack of ``env`` (made on first use)."""
    stack = env.vars[slot]
    if type(stack) is not list:
        stack = env.vars[slot] = []
    return stack


def enumerate_object_properties(o: JSObject) -> Iterator[str]:
    """EnumerateObjectProperties (sec-enumerate-object-properties): own enumerable string keys,
    then the prototype's not already seen; a key deleted before it is reached is skipped.
    NON-SPEC: an object whose own properties all live in ``props`` (``simple_props``) has
    each key's enumerability read from what it stores, without a Property Descriptor (as
    EnumerableOwnProperties reads it)."""
    if type(o) is JSArray and (dense := o.dense) is not None and len(dense) > _LONG_ARRAY:
        return _enumerate_long_array(o, dense)
    return _enumerate_chain(o, set())


# NON-SPEC: a dense array longer than this is enumerated by _enumerate_long_array
_LONG_ARRAY = 1 << 16


class _VisitedKeys(set):  # type: ignore[type-arg]
    """NON-SPEC: the keys EnumerateObjectProperties has visited: those added, and the indices
    below ``below`` but ``skipped`` (a long dense array's elements, not made keys one by one)."""

    __slots__ = ("below", "skipped")

    def __init__(self, below: int, skipped: set[int]) -> None:
        super().__init__()
        self.below = below
        self.skipped = skipped

    def __contains__(self, key: object) -> bool:
        if set.__contains__(self, key):
            return True
        i = array_index(key)
        return 0 <= i < self.below and i not in self.skipped


def _enumerate_long_array(o: JSArray, dense: list[Any]) -> Iterator[str]:
    """NON-SPEC: EnumerateObjectProperties of a long dense array, as _enumerate_chain does it
    (its own keys taken at the start, each visited if the array still has it when reached),
    without making all the keys of its elements first (2**24 of them took 2.2 s before the
    first was visited): which elements it has at the start copied, the keys made as they are
    reached, with the budget checked every 4096."""
    snapshot = dense[:]
    n = len(snapshot)
    rest = o.keys_after_dense()
    chain = _collect_chain(o.get_prototype_of())
    skipped: set[int] = set()  # (indices below n that were not visited)
    for i in range(n):
        if not i & 4095:
            check_stop()
        if snapshot[i] is MISSING:
            skipped.add(i)
            continue
        now = o.dense
        if now is not None:  # (its elements plain enumerable data properties)
            if i < len(now) and now[i] is not MISSING:
                yield str(i)
            else:
                skipped.add(i)
            continue
        desc = o.get_own_property(str(i))
        if desc is None:
            skipped.add(i)
        elif desc.enumerable is True:
            yield str(i)
    visited = _VisitedKeys(n, skipped)
    yield from _visit_own_keys(o, rest, visited)
    yield from _visit_chain(o, chain, visited)


def _visit_own_keys(obj: Any, keys: list[Any], visited: set[str]) -> Iterator[str]:
    """EnumerateObjectProperties' visit of ``obj``'s own ``keys`` (taken before): each String
    key not visited yet that ``obj`` still has ([[GetOwnProperty]]) is visited, and given when
    it is enumerable."""
    for k in keys:
        if type(k) is not str or k in visited:
            continue
        desc = obj.get_own_property(k)
        if desc is None:
            continue
        visited.add(k)
        if desc.enumerable is True:
            yield k


def _enumerate_chain(o: Any, visited: set[str]) -> Iterator[str]:
    """The steps of EnumerateObjectProperties from ``o`` along its prototype chain, ``visited``
    the keys visited before it. NON-SPEC (V8): the keys of every object of the chain are
    taken when the enumeration starts (_collect_chain), so that a key added to a prototype
    during the loop is not visited (the spec allows either; node does not visit it)."""
    yield from _visit_chain(o, _collect_chain(o), visited)


def _collect_chain(o: Any) -> list[tuple[Any, list[Any], bool, bool]]:
    """NON-SPEC: the objects of ``o``'s prototype chain that EnumerateObjectProperties visits,
    each with its own keys ([[OwnPropertyKeys]], in chain order), whether its own properties
    are all in ``props`` (``simple``), and whether it is the last with anything to visit."""
    chain: list[tuple[Any, list[Any], bool, bool]] = []
    obj: Any = o
    while obj is not None and obj is not NULL:
        simple = obj.simple_props
        if simple and _last_without_enumerable(obj):
            # NON-SPEC (speed): the chain's last object (%Object.prototype% most often) has no
            # enumerable property: nothing more to visit
            break
        keys = obj.own_property_keys()
        # NON-SPEC (speed): nothing is visited after this object (its prototype is such a
        # last object, or there is none): no key of its need be remembered
        last = simple and type(obj).get_prototype_of is JSObject.get_prototype_of and _last_without_enumerable(obj.proto)
        chain.append((obj, keys, simple, last))
        if last:
            break
        obj = obj.get_prototype_of()
    return chain


def _still_on_chain(receiver: Any, obj: Any) -> bool:
    """NON-SPEC: whether ``obj`` is on ``receiver``'s prototype chain, read without running JS
    (True at an object whose [[GetPrototypeOf]] is not ordinary: a proxy's trap is not run)."""
    p = receiver
    while p is not None and p is not NULL:
        if p is obj:
            return True
        if p.is_proxy or type(p).get_prototype_of is not JSObject.get_prototype_of:
            return True
        p = p.proto
    return False


def _visit_chain(receiver: Any, chain: list[tuple[Any, list[Any], bool, bool]], visited: set[str]) -> Iterator[str]:
    """NON-SPEC: the visits of EnumerateObjectProperties to the objects of ``chain``
    (_collect_chain): each key not visited yet that its object still has when it is reached;
    a prototype no longer on ``receiver``'s chain by then (Object.setPrototypeOf during the
    loop) has nothing visited (V8 visits only the keys the receiver still has)."""
    for obj, keys, simple, last in chain:
        if obj is not receiver and not _still_on_chain(receiver, obj):
            continue
        props = obj.props
        if last:
            for k in keys:
                if type(k) is str and k not in visited:
                    stored = props.get(k, MISSING)
                    if stored is not MISSING and (type(stored) is not Prop or stored.flags & E):
                        yield k
            return
        if not simple:
            yield from _visit_own_keys(obj, keys, visited)
            continue
        for k in keys:
            if type(k) is not str or k in visited:
                continue
            stored = props.get(k, MISSING)
            if stored is MISSING:
                continue
            visited.add(k)
            if type(stored) is not Prop or stored.flags & E:
                yield k


# NON-SPEC (speed): id(props) -> (props, its length, PROTO_EPOCH) of an object at the end of a
# prototype chain found to have no enumerable property (see _last_without_enumerable)
_NO_ENUMERABLE: dict[int, tuple[Any, int, int]] = {}
drop_at_full_collection(_NO_ENUMERABLE.clear)  # (it holds objects' props: their realms)


def _last_without_enumerable(obj: Any) -> bool:
    """NON-SPEC: whether ``obj`` is None, or a ``simple_props`` object with an ordinary
    [[GetPrototypeOf]], a null prototype and no enumerable own property (nothing for
    EnumerateObjectProperties to visit there). The answer is kept while the object has as many
    properties and PROTO_EPOCH has not counted up: a new key changes the count, and a key
    that goes or changes attributes (a Prop replaced, deleted or redefined, a plain value
    made a Prop) counts PROTO_EPOCH up, so the count stays the same with an enumerable key
    added only where the epoch moved."""
    if obj is None:
        return True
    if not obj.simple_props or obj.proto is not None or type(obj).get_prototype_of is not JSObject.get_prototype_of:
        return False
    props = obj.props
    hit = _NO_ENUMERABLE.get(id(props))
    if hit is not None and hit[0] is props and hit[1] == len(props) and hit[2] == PROTO_EPOCH[0]:
        return True
    if any(type(v) is not Prop or v.flags & E for v in props.values()):
        return False
    if len(_NO_ENUMERABLE) >= 64:
        _NO_ENUMERABLE.clear()
    _NO_ENUMERABLE[id(props)] = (props, len(props), PROTO_EPOCH[0])
    return True


def lexically_scoped_declarations(stmts: list[Any]) -> list[tuple[str, str, Any]]:
    """LexicallyScopedDeclarations of a statement list: (name, kind, node) for let, const,
    class and (in blocks) function declarations."""
    out: list[tuple[str, str, Any]] = []
    for s in stmts:
        if s.type == "VariableDeclaration" and s.kind in ("let", "const"):
            for d in s.declarations:
                for n in bound_names(d.id):
                    out.append((n, s.kind, s))
        elif s.type == "ClassDeclaration":
            out.append((s.id.name, "class", s))
        elif labelled_item(s).type == "FunctionDeclaration":
            out.append((labelled_item(s).id.name, "function", labelled_item(s)))
    return out


def report_step(line: int, column: int) -> None:
    """NON-SPEC: call the running realm's ``on_step`` hook (if any) with a statement's position,
    before the statement runs (code compiled while ``core.tracing``; either tier)."""
    hook = get_agent().realm.host_defined.get("pyjsvm.on_step")  # type: ignore[union-attr]
    if hook is not None:
        hook(line, column)


class StatementCompiler(ExpressionCompiler):
    """Mixin: ``stmt(node)`` compiles a statement."""

    trace = False  # NON-SPEC: compile a hook call before each statement (see core.tracing)

    def stmt(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        check_stop_compiling()  # a run's timeout holds while its eval / Function code compiles
        m = getattr(self, "s_" + node.type, None)
        if m is None:
            raise self.error(node, f"Unsupported syntax: {node.type}")
        if node.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                         "DoWhileStatement", "LabeledStatement", "SwitchStatement"):
            f = m(node, labels)
        else:
            f = m(node)
        if self.trace and f is not _NOOP and node.type not in ("BlockStatement", "EmptyStatement"):
            return self.traced(node, f)
        return f

    def traced(self, node: Any, f: Closure) -> Closure:
        """NON-SPEC: ``f`` preceded by a call of the running realm's ``on_step(line, column)``
        (1-based, as in stack traces). What the hook raises goes to the host as it is."""
        line, column = self.position(node)

        def step(env: Any) -> Any:
            report_step(line, column)
            return f(env)
        return step

    def cv_setter(self) -> Callable[[Any, Any], None] | None:
        """A closure storing a statement's completion value, or None outside script/eval code."""
        ts = self.ctx.tracking_scope
        if ts is None:
            return None
        depth = self.depth_to(ts)

        def set_cv(env: Any, v: Any) -> None:
            for _ in range(depth):
                env = env.parent
            env.cv = v
        if depth <= 64:
            return set_cv

        # NON-SPEC: a walk past statements nested this deep (40,000 with statements: one walk
        # of each per statement) polls the timeout first
        def set_cv_deep(env: Any, v: Any) -> None:
            check_stop()
            set_cv(env, v)
        return set_cv_deep

    def reset_cv(self) -> Callable[[Any], None] | None:
        setter = self.cv_setter()
        if setter is None:
            return None
        return lambda env: setter(env, None)

    # --- statement lists and blocks -------------------------------------------------------------
    def statement_closures(self, stmts: list[Any]) -> list[Closure]:
        """The closures of a statement list's statements (hoisted declarations and empty
        statements left out)."""
        fs = [self.stmt(s) for s in stmts if s.type != "FunctionDeclaration"]
        return [f for f in fs if f is not _NOOP]

    def statement_list(self, stmts: list[Any]) -> Closure:
        return self.combine_statements(self.statement_closures(stmts))

    def combine_statements(self, fs: list[Closure]) -> Closure:
        if not fs:
            return _NOOP
        if len(fs) == 1:
            return fs[0]
        if len(fs) == 2:
            f0, f1 = fs

            def run2(env: Any) -> Any:
                r = f0(env)
                if r is not None:
                    return r
                return f1(env)
            return run2

        def run_list(env: Any) -> Any:
            for f in fs:
                r = f(env)
                if r is not None:
                    return r
            return None
        return run_list

    def new_block_scope(self, stmts: list[Any]) -> tuple[Scope, list[Any]] | None:
        """A block Scope for ``stmts`` if they declare lexical names, else None."""
        decls = lexically_scoped_declarations(stmts)
        if not decls:
            return None
        scope = Scope("block", self.ctx.scope, self.ctx.strict)
        for name, kind, _ in decls:
            scope.add(name)
            if kind != "function":
                scope.lexical.add(name)
            if kind == "const":
                scope.consts.add(name)
        if has_using(stmts):
            scope.add(DISPOSE_SLOT)
        return scope, decls

    def block_instantiation(self, scope: Scope, decls: list[Any]) -> Callable[[Any], Any]:
        """BlockDeclarationInstantiation (sec-blockdeclarationinstantiation): returns
        ``make(env) -> block env``. Must be called with ``scope`` current."""
        funcs = []
        seen: set[str] = set()
        for name, kind, node in reversed(decls):
            if kind == "function" and name not in seen:
                seen.add(name)
                funcs.append((scope.names[name], self.compile_function_object(node)))  # type: ignore[attr-defined]
        funcs.reverse()
        template = [MISSING] * scope.size
        for name, kind, _ in decls:
            if kind == "function":
                template[scope.names[name]] = None

        def make(env: Any) -> Any:
            benv = Env(template[:], env)
            for idx, mk in funcs:
                benv.vars[idx] = mk(benv)
            return benv
        return make

    def with_block_scope(self, stmts: list[Any], compile_body: Callable[[], Closure],
                         disposal: Callable[[int, Any], Any] | None = None) -> Closure:
        """Compile ``compile_body`` inside a new block Scope when ``stmts`` declare lexical names;
        with using declarations, the body disposes its resources (``disposal``, default
        ``with_disposal``, wraps it)."""
        found = self.new_block_scope(stmts)
        if found is None:
            return compile_body()
        scope, decls = found
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            make = self.block_instantiation(scope, decls)
            body = compile_body()
        finally:
            self.ctx.scope = saved
        if DISPOSE_SLOT in scope.names:
            body = (disposal or self.with_disposal)(scope.names[DISPOSE_SLOT], body)

        def block(env: Any) -> Any:
            return body(make(env))
        return block

    def s_BlockStatement(self, node: Any) -> Closure:
        return self.with_block_scope(node.body, lambda: self.block_statements(node.body))

    def block_statements(self, stmts: list[Any]) -> Closure:
        fs = []
        for s in stmts:
            if s.type == "FunctionDeclaration":
                if self.ctx.scope.kind == "block" and s.id.name in self.ctx.scope.names:
                    f = self.annexb_function_statement(s)  # type: ignore[attr-defined]
                    if f is not None:
                        fs.append(f)
                continue
            f = self.stmt(s)
            if f is not _NOOP:
                fs.append(f)
        if not fs:
            return _NOOP
        if len(fs) == 1:
            return fs[0]

        def run_block(env: Any) -> Any:
            for f in fs:
                r = f(env)
                if r is not None:
                    return r
            return None
        return run_block

    def with_disposal(self, slot: int, body: Closure) -> Closure:
        """Evaluation of a statement list with using declarations (sec-block-runtime-semantics-
        evaluation, sec-runtime-semantics-evaluatefunctionbody ...): ``body(env)``, then
        DisposeResources (sec-disposeresources) of the DisposeCapability in ``env``'s slot
        ``slot``, whatever the completion. A throw from a disposal replaces a normal, break,
        continue or return completion and is chained into a SuppressedError with a throw.
        NON-SPEC: an interrupt (timeout) or a Python RecursionError (a RangeError further up)
        passes through without disposing."""
        def disposing(env: Any) -> Any:
            try:
                r = body(env)
            except JSThrow as e:
                stack = env.vars[slot]
                if type(stack) is list:
                    env.vars[slot] = None
                    err = dispose_resources(stack, e)
                    if err is not e:
                        assert err is not None
                        raise err from None
                raise
            stack = env.vars[slot]
            if type(stack) is list:
                env.vars[slot] = None
                err = dispose_resources(stack, None)
                if err is not None:
                    raise err
            return r
        return disposing

    def using_declarator(self, ident: Any, kind: str) -> tuple[int, int, str, Any]:
        """What the binding ``ident`` of a using declaration needs: (depth to the scope holding
        the DisposeCapability, its slot, the hint, the binding's initializer ``put(env, v)``)."""
        if ident.type != "Identifier":
            raise self.error(ident, f"Invalid {kind} declaration")
        s = self.ctx.scope
        while DISPOSE_SLOT not in s.names:
            assert s.parent is not None
            s = s.parent
        put = self.compile_identifier_set(ident.name, ident, init=True)
        return self.depth_to(s), s.names[DISPOSE_SLOT], ASYNC_DISPOSE if kind == "await using" else SYNC_DISPOSE, put

    def s_UsingDeclaration(self, node: Any) -> Closure:
        """UsingDeclaration / AwaitUsingDeclaration evaluation (sec-let-const-using-and-await-using-
        declarations-runtime-semantics-evaluation): each initializer's value is added to the
        DisposeCapability (AddDisposableResource, sec-adddisposableresource), then bound."""
        kind = node.using
        fs = []
        for d in node.declarations:
            if d.init is None:
                raise self.error(d, f"Missing initializer in {kind} declaration")
            depth, slot, hint, put = self.using_declarator(d.id, kind)
            vf = self.named_value(d.init, python_string_to_js(d.id.name))

            def using_binding(env: Any, vf: Any = vf, put: Any = put, depth: int = depth, slot: int = slot,
                              hint: str = hint) -> None:
                v = vf(env)
                e = env
                for _ in range(depth):
                    e = e.parent
                add_disposable_resource(dispose_stack(e, slot), v, hint)
                put(env, v)
            fs.append(using_binding)

        def using_declaration(env: Any) -> Any:
            for f in fs:
                f(env)
        return using_declaration

    def s_EmptyStatement(self, node: Any) -> Closure:
        return _NOOP

    def s_DebuggerStatement(self, node: Any) -> Closure:
        return _NOOP

    def s_FunctionDeclaration(self, node: Any) -> Closure:
        return _NOOP  # hoisted: instantiated by FunctionDeclarationInstantiation

    def s_ExpressionStatement(self, node: Any) -> Closure:
        f = self.expr(node.expression)
        cv = self.cv_setter()
        if cv is None:
            def expression_statement(env: Any) -> Any:
                f(env)
            return expression_statement

        def expression_statement_cv(env: Any) -> Any:
            cv(env, f(env))
        return expression_statement_cv

    # --- declarations -----------------------------------------------------------------------------
    def s_VariableDeclaration(self, node: Any) -> Closure:
        if getattr(node, "using", None):
            return self.s_UsingDeclaration(node)
        kind = node.kind
        fs = []
        for d in node.declarations:
            if d.id.type == "Identifier":
                name = d.id.name
                if d.init is None:
                    if kind == "var":
                        continue
                    put = self.compile_identifier_set(name, d.id, init=True)
                    fs.append(lambda env, put=put: put(env, None))
                    continue
                vf = self.named_value(d.init, python_string_to_js(name))
                if kind == "var":
                    k, data = self.resolve(name)
                    if k == "slot" and data[0] == 0 and not data[2] and not data[4]:
                        idx = data[1]

                        def var_local(env: Any, idx: int = idx, vf: Closure = vf) -> None:
                            env.vars[idx] = vf(env)
                        fs.append(var_local)
                        continue
                    if k == "dynamic":
                        assign = self.compile_dynamic_assign(d.id, vf)
                        fs.append(lambda env, assign=assign: assign(env))
                        continue
                put = self.compile_identifier_set(name, d.id, init=(kind != "var"))

                def declare(env: Any, put: Any = put, vf: Closure = vf) -> None:
                    put(env, vf(env))
                fs.append(declare)
            else:
                if d.init is None:
                    raise self.error(d, "Missing initializer in destructuring declaration")
                fs.append(self.compile_binding_initialization(d.id, self.expr(d.init), kind != "var", d.init))  # type: ignore[attr-defined]
        if kind != "var":
            self.mark_initialized([n for d in node.declarations for n in bound_names(d.id)], node.range[1])
        if not fs:
            return _NOOP
        if len(fs) == 1:
            f0 = fs[0]

            def one_declaration(env: Any) -> Any:
                f0(env)
            return one_declaration

        def declarations(env: Any) -> Any:
            for f in fs:
                f(env)
        return declarations

    def s_ClassDeclaration(self, node: Any) -> Closure:
        cf = self.compile_class(node)  # type: ignore[attr-defined]
        put = self.compile_identifier_set(node.id.name, node.id, init=True)

        def class_declaration(env: Any) -> Any:
            put(env, cf(env))
        return class_declaration

    # --- control flow -----------------------------------------------------------------------------
    def s_IfStatement(self, node: Any) -> Closure:
        tf = self.expr(node.test)
        cf = self.stmt(if_clause(node.consequent))
        af = self.stmt(if_clause(node.alternate)) if node.alternate is not None else None
        reset = self.reset_cv()
        if reset is not None:
            def if_cv(env: Any) -> Any:
                reset(env)
                v = tf(env)
                if v is True or (v is not False and to_boolean(v)):
                    return cf(env)
                if af is not None:
                    return af(env)
                return None
            return if_cv
        cons = node.consequent
        if cons.type == "BlockStatement" and len(cons.body) == 1 and not self.new_block_scope(cons.body):
            cons = cons.body[0]
        if af is None and cons.type == "ReturnStatement" and cons.argument is not None \
                and self.depth_to(self.function_scope()) == 0 and not self.trace:
            # NON-SPEC: `if (test) return value;` in one closure
            rv = self.expr(cons.argument)

            def if_return(env: Any) -> Any:
                v = tf(env)
                if v is True or (v is not False and to_boolean(v)):
                    env.ret = rv(env)
                    return RETURN
                return None
            return if_return
        if af is None:
            def if_then(env: Any) -> Any:
                v = tf(env)
                if v is True or (v is not False and to_boolean(v)):
                    return cf(env)
                return None
            return if_then

        def if_else(env: Any) -> Any:
            v = tf(env)
            if v is True or (v is not False and to_boolean(v)):
                return cf(env)
            return af(env)
        return if_else

    def s_ReturnStatement(self, node: Any) -> Closure:
        if node.argument is None:
            depth0 = self.depth_to(self.function_scope())
            if depth0 == 0:
                def ret_none0(env: Any) -> Any:
                    env.ret = None
                    return RETURN
                return ret_none0

            def return_undefined(env: Any) -> Any:
                for _ in range(depth0):
                    env = env.parent
                env.ret = None
                return RETURN
            return return_undefined
        f = self.expr(node.argument)
        depth = self.depth_to(self.function_scope())
        if depth == 0:
            def return0(env: Any) -> Any:
                env.ret = f(env)
                return RETURN
            return return0

        def return_n(env: Any) -> Any:
            v = f(env)
            for _ in range(depth):
                env = env.parent
            env.ret = v
            return RETURN
        return return_n

    def function_scope(self) -> Scope:
        s = self.ctx.scope
        while s.kind not in ("function", "script", "eval"):
            assert s.parent is not None
            s = s.parent
        return s

    def s_ThrowStatement(self, node: Any) -> Closure:
        f = self.expr(node.argument)
        pos = self.position(node)
        site = (self.ctx.filename, *pos)

        def throw(env: Any) -> Any:
            v = f(env)
            if isinstance(v, JSErrorObject):
                v.throw_site = site
            elif isinstance(v, JSObject):
                THROW_SITES[v] = site
            else:
                PRIMITIVE_THROW[:] = (v, site)
            raise JSThrow(v)
        return throw

    def s_BreakStatement(self, node: Any) -> Closure:
        sig = BREAK if node.label is None else Signal("break", node.label.name)
        return lambda env: sig

    def s_ContinueStatement(self, node: Any) -> Closure:
        sig = CONTINUE if node.label is None else Signal("continue", node.label.name)
        return lambda env: sig

    def s_LabeledStatement(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        label = node.label.name
        body = node.body
        labels = labels + (label,)
        if body.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                         "DoWhileStatement", "LabeledStatement", "SwitchStatement"):
            inner = self.stmt(body, labels)
        elif body.type == "FunctionDeclaration":
            # B.3.2.1 step b.ii for a labelled block-level function (as V8 does)
            inner = self.annexb_function_statement(body) or _NOOP  # type: ignore[attr-defined]
        else:
            inner = self.stmt(body)

        def labelled(env: Any) -> Any:
            r = inner(env)
            if r is not None and r.kind == "break" and r.label == label:
                return None
            return r
        return labelled

    def loop_control(self, labels: tuple[str, ...]) -> tuple[set[Any], set[Any]]:
        breaks = {BREAK} | {Signal("break", lb) for lb in labels}
        conts = {CONTINUE} | {Signal("continue", lb) for lb in labels}
        return breaks, conts

    def s_WhileStatement(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        tf = self.expr(node.test)
        bf = self.stmt(node.body)
        reset = self.reset_cv()
        lbl = set(labels)

        def while_loop(env: Any) -> Any:
            agent = get_agent()
            if reset is not None:
                reset(env)
            while True:
                v = tf(env)
                if not (v is True or (v is not False and to_boolean(v))):
                    return None
                r = bf(env)
                if agent.stop:
                    agent.interrupt()
                if r is not None and not continues_loop(r, lbl):
                    return exit_loop(r, lbl)
        return while_loop

    def s_DoWhileStatement(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        tf = self.expr(node.test)
        bf = self.stmt(node.body)
        reset = self.reset_cv()
        lbl = set(labels)

        def do_while(env: Any) -> Any:
            agent = get_agent()
            if reset is not None:
                reset(env)
            while True:
                r = bf(env)
                if agent.stop:
                    agent.interrupt()
                if r is not None and not continues_loop(r, lbl):
                    return exit_loop(r, lbl)
                v = tf(env)
                if not (v is True or (v is not False and to_boolean(v))):
                    return None
        return do_while

    def s_ForStatement(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        init = node.init
        if init is not None and init.type == "VariableDeclaration" and init.kind in ("let", "const"):
            return self.for_with_lexical(node, labels)
        initf = None
        if init is not None:
            initf = self.s_VariableDeclaration(init) if init.type == "VariableDeclaration" else self.expr(init)
        tf = self.expr(node.test) if node.test is not None else None
        uf = self.expr(node.update) if node.update is not None else None
        bf = self.stmt(node.body)
        reset = self.reset_cv()
        lbl = set(labels)

        def for_loop(env: Any) -> Any:
            agent = get_agent()
            if initf is not None:
                initf(env)
            if reset is not None:
                reset(env)
            while True:
                if tf is not None:
                    v = tf(env)
                    if not (v is True or (v is not False and to_boolean(v))):
                        return None
                r = bf(env)
                if agent.stop:
                    agent.interrupt()
                if r is not None and not continues_loop(r, lbl):
                    return exit_loop(r, lbl)
                if uf is not None:
                    uf(env)
        return for_loop

    def for_with_lexical(self, node: Any, labels: tuple[str, ...]) -> Closure:
        """ForLoopEvaluation with let/const: a new environment per iteration
        (sec-createperiterationenvironment)."""
        init = node.init
        scope = Scope("block", self.ctx.scope, self.ctx.strict)
        names = []
        for d in init.declarations:
            for n in bound_names(d.id):
                scope.add(n)
                scope.lexical.add(n)
                names.append(n)
                if init.kind == "const":
                    scope.consts.add(n)
        if getattr(init, "using", None):
            scope.add(DISPOSE_SLOT)
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            initf = self.s_VariableDeclaration(init)  # (a loop head's declaration is not traced)
            tf = self.expr(node.test) if node.test is not None else None
            uf = self.expr(node.update) if node.update is not None else None
            bf = self.stmt(node.body)
        finally:
            self.ctx.scope = saved
        size = scope.size
        # NON-SPEC (speed): a fresh environment per iteration is observable only through a
        # closure (or a direct eval) made in the loop; without one the copy is skipped
        per_iteration = init.kind == "let" and may_capture(node)
        reset = self.reset_cv()
        lbl = set(labels)

        def loop(lenv: Any) -> Any:
            agent = get_agent()
            env = lenv.parent
            initf(lenv)
            if reset is not None:
                reset(env)
            if per_iteration:
                lenv = Env(lenv.vars[:], env)
            while True:
                if tf is not None:
                    v = tf(lenv)
                    if not (v is True or (v is not False and to_boolean(v))):
                        return None
                r = bf(lenv)
                if agent.stop:
                    agent.interrupt()
                if r is not None and not continues_loop(r, lbl):
                    return exit_loop(r, lbl)
                if per_iteration:
                    lenv = Env(lenv.vars[:], env)
                if uf is not None:
                    uf(lenv)
        run: Closure = loop
        if DISPOSE_SLOT in scope.names:
            # `for (using x = ...; ;)`: the loop environment's resources are disposed when the
            # loop completes (sec-forloopevaluation)
            run = self.with_disposal(scope.names[DISPOSE_SLOT], loop)

        def for_lexical(env: Any) -> Any:
            return run(Env([MISSING] * size, env))
        return for_lexical

    def for_in_of_head(self, node: Any) -> tuple[Scope | None, Callable[[Any, Any], Any], bool]:
        """Compile the left side of for-in/of: returns (scope for a lexical declaration or None,
        bind(env, value) -> env_for_body, is_lexical)."""
        left = node.left
        if left.type == "VariableDeclaration":
            d = left.declarations[0]
            if left.kind == "var":
                if d.id.type == "Identifier":
                    put = self.compile_identifier_set(d.id.name, d.id)

                    def bind_var(env: Any, v: Any) -> Any:
                        put(env, v)
                        return env
                    return None, bind_var, False
                init = self.compile_binding_initialization(d.id, None, False)  # type: ignore[attr-defined]

                def bind_var_pattern(env: Any, v: Any) -> Any:
                    init(env, v)
                    return env
                return None, bind_var_pattern, False
            scope = Scope("block", self.ctx.scope, self.ctx.strict)
            for n in bound_names(d.id):
                scope.add(n)
                scope.lexical.add(n)
                if left.kind == "const":
                    scope.consts.add(n)
            using = getattr(left, "using", None)
            if using:
                scope.add(DISPOSE_SLOT)
            saved = self.ctx.scope
            self.ctx.scope = scope
            try:
                if using:
                    _, slot, hint, put = self.using_declarator(d.id, using)
                elif d.id.type == "Identifier":
                    put = self.compile_identifier_set(d.id.name, d.id, init=True)
                    init2 = lambda env, v: put(env, v)  # noqa: E731
                else:
                    init2 = self.compile_binding_initialization(d.id, None, True)  # type: ignore[attr-defined]
            finally:
                self.ctx.scope = saved
            size = scope.size
            if using:
                def bind_using(env: Any, v: Any) -> Any:
                    """ForDeclarationBindingInitialization of a using declaration: the value
                    joins the iteration environment's DisposeCapability, then is bound."""
                    benv = Env([MISSING] * size, env)
                    add_disposable_resource(dispose_stack(benv, slot), v, hint)
                    put(benv, v)
                    return benv
                return scope, bind_using, True

            # NON-SPEC (speed): the body runs only after the binding is initialized (the head's
            # expression is compiled in a TDZ scope of its own), see Scope.initialized_after
            for n in bound_names(d.id):
                scope.initialized_after[n] = (self.ctx.source, left.range[1])

            def bind_lexical(env: Any, v: Any) -> Any:
                benv = Env([MISSING] * size, env)
                init2(benv, v)
                return benv
            return scope, bind_lexical, True
        if left.type in ("ObjectPattern", "ArrayPattern"):
            assign = self.compile_destructuring_assignment_target(left)  # type: ignore[attr-defined]

            def bind_pattern(env: Any, v: Any) -> Any:
                assign(env, v)
                return env
            return None, bind_pattern, False
        if left.type == "Identifier":
            put = self.compile_identifier_set(left.name, left)

            def bind_ident(env: Any, v: Any) -> Any:
                put(env, v)
                return env
            return None, bind_ident, False
        ref = self.compile_reference(left, False)  # type: ignore[attr-defined]
        putref = self.compile_reference_put(left)  # type: ignore[attr-defined]

        def bind_ref(env: Any, v: Any) -> Any:
            base, key, _ = ref(env, False)
            putref(env, base, key, v)
            return env
        return None, bind_ref, False

    def tdz_scope_for_head(self, node: Any) -> Scope | None:
        left = node.left
        if left.type == "VariableDeclaration" and left.kind in ("let", "const"):
            scope = Scope("block", self.ctx.scope, self.ctx.strict)
            for n in bound_names(left.declarations[0].id):
                scope.add(n)
                scope.lexical.add(n)
            return scope
        return None

    def compile_in_scope(self, scope: Scope | None, fn: Callable[[], Closure]) -> Closure:
        if scope is None:
            return fn()
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            inner = fn()
        finally:
            self.ctx.scope = saved
        n = scope.size
        return lambda env: inner(Env([MISSING] * n, env))

    def s_ForInStatement(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        left = node.left
        pre = None
        if left.type == "VariableDeclaration" and left.kind == "var" and left.declarations[0].init is not None:
            # Annex B: for (var x = init in obj)
            d = left.declarations[0]
            pre = self.compile_identifier_set(d.id.name, d.id)
            pre_v = self.named_value(d.init, d.id.name)
        rf = self.compile_in_scope(self.tdz_scope_for_head(node), lambda: self.expr(node.right))
        scope, bind, lexical = self.for_in_of_head(node)
        if scope is not None:
            saved = self.ctx.scope
            self.ctx.scope = scope
            try:
                bf = self.stmt(node.body)
            finally:
                self.ctx.scope = saved
        else:
            bf = self.stmt(node.body)
        reset = self.reset_cv()
        lbl = set(labels)

        def for_in(env: Any) -> Any:
            agent = get_agent()
            if pre is not None:
                pre(env, pre_v(env))
            o = rf(env)
            if reset is not None:
                reset(env)
            if o is None or o is NULL:
                return None
            obj = to_object(o)
            for key in enumerate_object_properties(obj):
                benv = bind(env, key)
                r = bf(benv)
                if agent.stop:
                    agent.interrupt()
                if r is not None and not continues_loop(r, lbl):
                    return exit_loop(r, lbl)
            return None
        return for_in

    def s_ForOfStatement(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        if getattr(node, "isAwait", False) or getattr(node, "await", False):
            return self.compile_for_await(node, labels)  # type: ignore[attr-defined]
        rf = self.compile_in_scope(self.tdz_scope_for_head(node), lambda: self.expr(node.right))
        scope, bind, lexical = self.for_in_of_head(node)
        if scope is not None:
            saved = self.ctx.scope
            self.ctx.scope = scope
            try:
                bf = self.stmt(node.body)
            finally:
                self.ctx.scope = saved
            if DISPOSE_SLOT in scope.names:
                # each iteration's resources are disposed after its body (sec-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset)
                bf = self.with_disposal(scope.names[DISPOSE_SLOT], bf)
        else:
            bf = self.stmt(node.body)
        reset = self.reset_cv()
        lbl = set(labels)
        subject = describe_iterable(node.right, self.ctx.source)

        def for_of(env: Any) -> Any:
            agent = get_agent()
            iterable = rf(env)
            if reset is not None:
                reset(env)
            rec = get_iterator(iterable, "sync", subject)
            while True:
                v = iterator_step_value(rec)
                if v is DONE:
                    return None
                try:
                    benv = bind(env, v)
                    r = bf(benv)
                except JSThrow as e:
                    iterator_close(rec, e)
                    raise
                except BaseException:
                    raise
                if agent.stop:
                    agent.interrupt()
                if r is not None:
                    if continues_loop(r, lbl):
                        continue
                    iterator_close(rec, None)
                    return exit_loop(r, lbl)
        return for_of

    def s_SwitchStatement(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        df = self.expr(node.discriminant)
        stmts = [s for c in node.cases for s in c.consequent]
        found = self.new_block_scope(stmts)
        make = None
        saved = self.ctx.scope
        if found is not None:
            found[0].is_switch = True
            self.ctx.scope = found[0]
        try:
            if found is not None:
                make = self.block_instantiation(*found)
            cases = [(self.expr(c.test) if c.test is not None else None, self.block_statements(c.consequent))
                     for c in node.cases]
        finally:
            self.ctx.scope = saved
        default_index = next((i for i, c in enumerate(node.cases) if c.test is None), -1)
        reset = self.reset_cv()
        lbl = set(labels)

        def switch(env: Any) -> Any:
            v = df(env)
            if reset is not None:
                reset(env)
            if make is not None:
                env = make(env)
            start = -1
            for i, (tf, _) in enumerate(cases):
                if tf is not None and is_strictly_equal(v, tf(env)):
                    start = i
                    break
            if start < 0:
                start = default_index
                if start < 0:
                    return None
            for i in range(start, len(cases)):
                r = cases[i][1](env)
                if r is not None:
                    if r.kind == "break" and (r.label is None or r.label in lbl):
                        return None
                    return r
            return None
        return switch

    def s_TryStatement(self, node: Any) -> Closure:
        block = self.stmt(node.block)
        handler = None
        if node.handler is not None:
            handler = self.compile_catch(node.handler)
        fin = self.stmt(node.finalizer) if node.finalizer is not None else None
        cv = self.cv_setter()
        reset = self.reset_cv()
        if fin is None:
            assert handler is not None

            def try_catch(env: Any) -> Any:
                if reset is not None:
                    reset(env)
                try:
                    return block(env)
                except JSThrow as e:
                    if reset is not None:
                        reset(env)
                    return handler(env, e.value)
                except RecursionError:
                    if reset is not None:
                        reset(env)
                    return handler(env, current_realm().new_error("RangeError", "Maximum call stack size exceeded"))
            return try_catch

        tracking = self.ctx.tracking_scope
        ts_depth = self.depth_to(tracking) if tracking is not None else 0

        def get_cv(env: Any) -> Any:
            for _ in range(ts_depth):
                env = env.parent
            return env.cv

        def try_finally(env: Any) -> Any:
            if reset is not None:
                reset(env)
            try:
                if handler is not None:
                    try:
                        r = block(env)
                    except JSThrow as e:
                        if reset is not None:
                            reset(env)
                        r = handler(env, e.value)
                else:
                    r = block(env)
            except JSThrow:
                saved = get_cv(env) if cv is not None else None
                if reset is not None:  # the finally block's completion value starts empty
                    reset(env)
                f = fin(env)
                if f is not None:
                    return f
                if cv is not None:
                    cv(env, saved)
                raise
            saved = get_cv(env) if cv is not None else None
            ret = env_ret(env) if r is RETURN else None
            if reset is not None:  # an abrupt F carries its own value or undefined: UpdateEmpty(F, undefined)
                reset(env)
            f = fin(env)
            if f is not None:
                return f
            if cv is not None:
                cv(env, saved)
            if r is RETURN:
                env_set_ret(env, ret)
            return r
        fs = self.function_scope()
        fdepth = self.depth_to(fs)

        def env_ret(env: Any) -> Any:
            for _ in range(fdepth):
                env = env.parent
            return env.ret

        def env_set_ret(env: Any, v: Any) -> None:
            for _ in range(fdepth):
                env = env.parent
            env.ret = v
        return try_finally

    def compile_catch(self, clause: Any) -> Callable[[Any, Any], Any]:
        param = clause.param
        if param is None:
            body = self.stmt(clause.body)
            return lambda env, v: body(env)
        scope = Scope("catch", self.ctx.scope, self.ctx.strict)
        names = bound_names(param)
        for n in names:
            scope.add(n)
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            if param.type == "Identifier":
                init = None
            else:
                for n in names:
                    scope.lexical.add(n)
                init = self.compile_binding_initialization(param, None, True)  # type: ignore[attr-defined]
            # the catch block's own lexical declarations get their own scope
            body = self.stmt(clause.body)
        finally:
            self.ctx.scope = saved
        size = scope.size

        if init is None:
            def catch_simple(env: Any, v: Any) -> Any:
                return body(Env([v], env))
            return catch_simple

        def catch_pattern(env: Any, v: Any) -> Any:
            cenv = Env([MISSING] * size, env)
            init(cenv, v)
            return body(cenv)
        return catch_pattern

    def s_WithStatement(self, node: Any) -> Closure:
        of = self.expr(node.object)
        scope = Scope("with", self.ctx.scope, self.ctx.strict)
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            bf = self.stmt(node.body)
        finally:
            self.ctx.scope = saved
        reset = self.reset_cv()

        def with_statement(env: Any) -> Any:
            o = of(env)
            if o is None or o is NULL:
                throw_type_error("Cannot convert undefined or null to object")
            obj = to_object(o)
            if reset is not None:
                reset(env)
            return bf(WithEnv(obj, env))
        return with_statement


def continues_loop(r: Signal, labels: set[str]) -> bool:
    """Whether a loop body's abrupt completion ``r`` continues this loop (LoopContinues,
    sec-loopcontinues)."""
    return r.kind == "continue" and (r.label is None or r.label in labels)


def exit_loop(r: Signal, labels: set[str]) -> Any:
    """The loop's own completion for a body completion ``r`` that does not continue it: a break
    aimed at this loop ends it normally; anything else propagates."""
    if r.kind == "break" and (r.label is None or r.label in labels):
        return None
    return r


def _noop(env: Any) -> Any:
    return None


_NOOP: Closure = _noop


_CAPTURING = frozenset(("FunctionExpression", "FunctionDeclaration", "ArrowFunctionExpression", "ClassExpression",
                        "ClassDeclaration"))


def may_capture(node: Any) -> bool:
    """NON-SPEC: whether code under ``node`` can keep a reference to the environment it runs in
    (a function, class or arrow is made there, or a direct eval runs there)."""
    stack = [node]
    while stack:
        n = stack.pop()
        t = n.type
        if t in _CAPTURING:
            return True
        if t == "CallExpression" and n.callee.type == "Identifier" and n.callee.name == "eval":
            return True
        stack.extend(children(n))
    return False
