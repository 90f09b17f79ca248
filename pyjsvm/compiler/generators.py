"""Suspendable functions: generators (sec-generator-function-definitions), async functions and
async arrow functions (sec-async-function-definitions), async generators
(sec-async-generator-function-definitions), ``yield``, ``yield*``, ``await`` and ``for await``.

Only the nodes of a suspendable body that contain a ``yield``/``await`` (not counting nested
functions) are compiled in "suspendable mode": such a node compiles to a Python generator
function ``g(env)`` whose parent runs it with ``v = yield from g(env)``; the protocol between the
compiled body and its driver is described in ``pyjsvm.runtime.generator_objects``. Every other
node reuses the ordinary closures, so code that cannot suspend pays nothing.

Naming: ``gx(node)`` / ``gs(node)`` compile an expression / statement to a generator function
(wrapping the ordinary closure when the node cannot suspend); ``sx_<Type>`` / ``ss_<Type>`` are
the suspendable variants of each node type.
"""
from __future__ import annotations

from typing import Any, Callable, Generator

from pyjsvm.runtime.agent import JSThrow, get_agent, throw_reference_error, throw_type_error
from pyjsvm.runtime.stack import PRIMITIVE_THROW, THROW_SITES
from pyjsvm.compiler.statements import continues_loop, exit_loop
from pyjsvm.compiler.core import RETURN, Closure, CompileContext, Signal
from pyjsvm.compiler.expressions import _SHORT, copy_data_properties, get_index, get_member_of_primitive, not_callable, put_member, describe_callee
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.runtime.environments import Env, FunctionEnv, WithEnv
from pyjsvm.runtime.functions import FunctionCode, create_arguments_object
from pyjsvm.runtime.generator_objects import (
    Y_AWAIT, Y_VALUE, GeneratorReturn, async_generator_yield, async_iterator_close, start_suspendable, yield_star,
)
from pyjsvm.runtime.objects import JSArray, JSObject
from pyjsvm.runtime.operations import (
    call, create_data_property, is_constructor, is_strictly_equal, require_object_coercible, to_boolean, to_numeric, to_object, to_property_key, to_string,
    typeof,
)
from pyjsvm.runtime.operators import (
    BINARY_OPERATORS,
    bitwise_not, increment, unary_minus,
)
from pyjsvm.runtime.values import MISSING, NULL, JSSymbol
from pyjsvm.syntax.scope import Scope, bound_names, contains_suspend, if_clause
from pyjsvm.runtime.operations import get_template_object
from pyjsvm.runtime.functions import set_function_name
from pyjsvm.runtime.iteration import DONE, get_iterator, iterate_to_list, iterator_close, iterator_complete, iterator_step_value, iterator_value, iterator_rest
from pyjsvm.runtime.operations import to_number
from pyjsvm.runtime.promise import new_promise
from pyjsvm.compiler.statements import _NOOP, DISPOSE_SLOT, dispose_stack, enumerate_object_properties, report_step
from pyjsvm.runtime.disposal import add_disposable_resource, dispose_resources_steps
from pyjsvm.compiler.functions import slot_filler

GenFn = Callable[..., Generator[Any, Any, Any]]


def _wrap(f: Closure) -> GenFn:
    """An ordinary closure as a generator function that never suspends."""
    def never_suspends(env: Any) -> Any:
        return f(env)
        yield  # pragma: no cover
    return never_suspends


def _truthy(v: Any) -> bool:
    return v is True or (v is not False and to_boolean(v))


# NON-SPEC: values computed by suspendable code and handed to an ordinary closure that reads
# them synchronously (it is called right after they are pushed).
_STASH: list[Any] = []


def _pop_stash(env: Any) -> Any:
    return _STASH.pop()


def _await(value: Any) -> Any:
    """Await(value) (sec-await) as a sub-generator."""
    return (yield (Y_AWAIT, value))


class _Decl:
    """NON-SPEC: a one-declarator VariableDeclaration for reusing the ordinary compiler."""

    type = "VariableDeclaration"

    def __init__(self, kind: str, declarations: list[Any], using: str | None = None) -> None:
        self.kind = kind
        self.declarations = declarations
        self.using = using
        # where its bindings are initialised (compiler.mark_initialized): after its declarator
        self.range = declarations[-1].range


class SuspendableCompiler:
    """Mixin (first among the Compiler's bases): suspendable function bodies."""

    # provided by the other mixins
    ctx: Any
    gen_kind: str | None = None       # kind of the suspendable function being compiled

    def __getattr__(self, name: str) -> Any:  # NON-SPEC: lets mypy accept the other mixins' methods
        raise AttributeError(name)

    def compile_function_code(self, *args: Any, **kwargs: Any) -> FunctionCode:
        # a nested function is compiled outside suspendable mode (its own kind decides)
        saved = self.gen_kind
        self.gen_kind = None
        try:
            return super().compile_function_code(*args, **kwargs)  # type: ignore[misc,no-any-return]
        finally:
            self.gen_kind = saved

    # --- dispatch ----------------------------------------------------------------------------------
    def susp(self, node: Any) -> bool:
        if self.gen_kind is None:
            return False
        return contains_suspend(node, self.gen_kind == "asyncGenerator")

    def gx(self, node: Any) -> GenFn:
        """Compile an expression to a generator function."""
        if self.susp(node):
            m = getattr(self, "sx_" + node.type, None)
            if m is None:
                raise self.error(node, f"yield/await inside {node.type} is not supported yet")
            return m(node)  # type: ignore[no-any-return]
        return _wrap(self.expr(node))

    def gs(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        """Compile a statement to a generator function."""
        if self.susp(node):
            m = getattr(self, "ss_" + node.type, None)
            if m is None:
                raise self.error(node, f"yield/await inside {node.type} is not supported yet")
            if node.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                             "DoWhileStatement", "LabeledStatement", "SwitchStatement"):
                g: GenFn = m(node, labels)
            else:
                g = m(node)
            if self.trace and node.type != "BlockStatement":
                g = self.gtraced(node, g)
            return g
        return _wrap(self.stmt(node, labels))

    def gtraced(self, node: Any, g: GenFn) -> GenFn:
        """``traced`` (statements.py) for a statement that suspends."""
        line, column = self.position(node)

        def step(env: Any) -> Any:
            report_step(line, column)
            return (yield from g(env))
        return step

    def gnamed(self, node: Any, name: Any) -> GenFn:
        if not self.susp(node):
            return _wrap(self.named_value(node, name))
        if node.type == "ClassExpression" and node.id is None:
            return self.suspendable_class(node, name)
        return self.gx(node)

    def stmt(self, node: Any, labels: tuple[str, ...] = ()) -> Closure:
        if self.gen_kind is not None and self.susp(node):
            raise self.error(node, "internal error: a suspending statement compiled as ordinary code")
        return super().stmt(node, labels)  # type: ignore[misc,no-any-return]

    # --- the function ------------------------------------------------------------------------------
    def compile_suspendable_function(self, node: Any, name: Any, self_binding: Any, method: bool) -> FunctionCode:
        """Compile a generator, async function, async arrow or async generator once: like
        ``compile_function_code`` but the body is a Python generator run by a driver."""
        is_arrow = node.type == "ArrowFunctionExpression"
        generator = bool(getattr(node, "generator", False))
        is_async = bool(getattr(node, "isAsync", False) or getattr(node, "async", False))
        kind = "asyncGenerator" if generator and is_async else ("generator" if generator else "async")
        fs = self.function_scope_setup(node, is_arrow, self_binding)  # type: ignore[attr-defined]
        fs.scope.has_home = method
        scope, var_target, body_scope, info = fs.scope, fs.var_target, fs.body_scope, fs.info
        strict, params, simple, param_names = fs.strict, fs.params, fs.simple, fs.param_names
        stmts, expression_body, body_node = fs.stmts, fs.expression_body, node.body
        nparams, args_slot, fn_slot = fs.nparams, fs.args_slot, fs.fn_slot
        scope.fn_kind = kind
        emitted = self.emitted_function_code(fs, node, name, kind, method)
        if emitted is not None:
            return emitted

        ctx = CompileContext(scope, strict, self.ctx.source, self.ctx.filename, False)
        saved = self.ctx
        saved_kind = self.gen_kind
        self.ctx = ctx
        try:
            self.gen_kind = None   # parameters cannot contain yield/await
            param_init = None if nparams or not params else self.compile_parameters(params, scope)
            ctx.scope = var_target
            func_decls = [(var_target.names[f.id.name], self.compile_function_object(f)) for f in info.func_decls]
            self.gen_kind = kind
            if expression_body:
                body_expr = self.gx(body_node)

                def body_gen(benv: Any, env: Any) -> Any:
                    return (yield from body_expr(benv))
            else:
                body = self.gstatement_list(stmts)
                if fs.dispose_slot is not None:
                    body = self.g_with_disposal(fs.dispose_slot, body)

                def body_gen(benv: Any, env: Any) -> Any:
                    if (yield from body(benv)) is RETURN:
                        return env.ret
                    return None
        finally:
            self.ctx = saved
            self.gen_kind = saved_kind

        code = FunctionCode()
        self.function_header(code, node, name, kind, strict, info.uses_this, method)
        code.scope = scope
        code.nparams = nparams
        code.filler = slot_filler(scope, nparams)
        mapped = None
        if args_slot is not None and not strict and simple:
            mapped = [(n, scope.names[n]) for n in param_names]

        template = copies = None
        if body_scope is not None:
            param_set = set(param_names)
            template = [MISSING if n in body_scope.lexical else None for n in body_scope.names]
            copies = [(body_scope.names[n], scope.names[n]) for n in body_scope.names
                      if n in scope.names and n in param_set]

        def prologue(env: Any, args: list[Any]) -> Any:
            """FunctionDeclarationInstantiation (sec-functiondeclarationinstantiation): returns
            the environment of the body."""
            vars = env.vars
            if args_slot is not None:
                vars[args_slot] = create_arguments_object(env.func, env, args, mapped)
            if fn_slot is not None:
                vars[fn_slot] = env.func
            if param_init is not None:
                param_init(env, args)
            benv = env
            if template is not None:
                assert copies is not None
                benv = FunctionEnv(template[:], env, env.this, env.func, env.new_target)
                bvars = benv.vars
                for bi, pi in copies:
                    bvars[bi] = vars[pi]
            for idx, mk in func_decls:
                benv.vars[idx] = mk(benv)
            return benv

        if kind != "async":
            def run_generator(env: Any, args: list[Any]) -> Any:
                """EvaluateGeneratorBody (sec-runtime-semantics-evaluategeneratorbody) and
                EvaluateAsyncGeneratorBody (sec-runtime-semantics-evaluateasyncgeneratorbody)."""
                benv = prologue(env, args)
                return start_suspendable(kind, env.func, body_gen(benv, env))
            code.run = run_generator
        else:
            def run_async(env: Any, args: list[Any]) -> Any:
                """EvaluateAsyncFunctionBody / EvaluateAsyncConciseBody: a promise for the body."""
                try:
                    benv = prologue(env, args)
                except JSThrow as e:
                    realm: Any = env.func.realm if env.func is not None else get_agent().realm
                    promise, _, reject = new_promise(realm)
                    reject.call(None, [e.value])
                    return promise
                return start_suspendable(kind, env.func, body_gen(benv, env))
            code.run = run_async
        return code

    # --- yield and await ---------------------------------------------------------------------------
    def e_YieldExpression(self, node: Any) -> Closure:
        raise self.error(node, "internal error: yield compiled as ordinary code")

    def e_AwaitExpression(self, node: Any) -> Closure:
        raise self.error(node, "internal error: await compiled as ordinary code")

    def sx_AwaitExpression(self, node: Any) -> GenFn:
        af = self.gx(node.argument)

        def await_(env: Any) -> Any:
            v = yield from af(env)
            return (yield (Y_AWAIT, v))
        return await_

    def sx_YieldExpression(self, node: Any) -> GenFn:
        is_async = self.gen_kind == "asyncGenerator"
        if node.delegate:
            return self.yield_star(node, is_async)
        af = self.gx(node.argument) if node.argument is not None else None
        if is_async:
            def yield_async(env: Any) -> Any:
                v = (yield from af(env)) if af is not None else None
                v = yield (Y_AWAIT, v)
                return (yield from async_generator_yield(v))
            return yield_async

        def yield_(env: Any) -> Any:
            v = (yield from af(env)) if af is not None else None
            return (yield (Y_VALUE, v))
        return yield_

    def yield_star(self, node: Any, is_async: bool) -> GenFn:
        """``yield*`` (sec-generator-function-definitions-runtime-semantics-evaluation)."""
        af = self.gx(node.argument)

        def yield_star_(env: Any) -> Any:
            value = yield from af(env)
            return (yield from yield_star(value, is_async))
        return yield_star_

    # --- expressions --------------------------------------------------------------------------------
    def sx_SequenceExpression(self, node: Any) -> GenFn:
        fs = [self.gx(e) for e in node.expressions]

        def sequence(env: Any) -> Any:
            v = None
            for f in fs:
                v = yield from f(env)
            return v
        return sequence

    def sx_BinaryExpression(self, node: Any) -> GenFn:
        if node.left.type == "PrivateIdentifier":
            pn = self.private_slot_getter("#" + node.left.name, node.left)
            rf0 = self.gx(node.right)

            def private_in(env: Any) -> Any:
                o = yield from rf0(env)
                if not isinstance(o, JSObject):
                    throw_type_error("Cannot use 'in' operator to search for a private field in a non-object")
                return pn(env).has(o)
            return private_in
        lf = self.gx(node.left)
        rf = self.gx(node.right)
        fn = BINARY_OPERATORS[node.operator]

        def binary(env: Any) -> Any:
            a = yield from lf(env)
            b = yield from rf(env)
            return fn(a, b)
        return binary

    def sx_LogicalExpression(self, node: Any) -> GenFn:
        lf = self.gx(node.left)
        rf = self.gx(node.right)
        op = node.operator

        def logical(env: Any) -> Any:
            v = yield from lf(env)
            if op == "&&":
                if not _truthy(v):
                    return v
            elif op == "||":
                if _truthy(v):
                    return v
            elif v is not None and v is not NULL:
                return v
            return (yield from rf(env))
        return logical

    def sx_ConditionalExpression(self, node: Any) -> GenFn:
        tf = self.gx(node.test)
        cf = self.gx(node.consequent)
        af = self.gx(node.alternate)

        def conditional(env: Any) -> Any:
            if _truthy((yield from tf(env))):
                return (yield from cf(env))
            return (yield from af(env))
        return conditional

    def sx_UnaryExpression(self, node: Any) -> GenFn:
        op = node.operator
        arg = node.argument
        if op == "delete":
            if arg.type == "MemberExpression" and arg.object.type != "Super":
                of = self.gx(arg.object)
                kf = self.gx(arg.property) if arg.computed else None
                key = None if arg.computed else python_string_to_js(arg.property.name)
                strict = self.ctx.strict

                def delete_member(env: Any) -> Any:
                    o = yield from of(env)
                    k = (yield from kf(env)) if kf is not None else key
                    obj = to_object(o)
                    k = to_property_key(k)
                    ok = obj.delete(k)
                    if not ok and strict:
                        throw_type_error(f"Cannot delete property '{to_string(k) if type(k) is str else 'symbol'}' of object")
                    return ok
                return delete_member
            if arg.type == "MemberExpression":  # delete super[k]: as in compile_delete
                base0 = self.super_base_getter()
                kf0 = self.gx(arg.property) if arg.computed else None

                def delete_super(env: Any) -> Any:
                    base0(env)
                    if kf0 is not None:
                        yield from kf0(env)
                    throw_reference_error("Unsupported reference to 'super'")
                return delete_super
            f0 = self.gx(arg)

            def delete_value(env: Any) -> Any:
                yield from f0(env)
                return True
            return delete_value
        f = self.gx(arg)
        ops: dict[str, Callable[[Any], Any]] = {
            "typeof": typeof, "!": lambda v: not to_boolean(v), "-": unary_minus, "~": bitwise_not,
            "void": lambda v: None,
        }
        if op == "+":
            ops["+"] = to_number
        fn = ops[op]

        def unary(env: Any) -> Any:
            return fn((yield from f(env)))
        return unary

    def sx_UpdateExpression(self, node: Any) -> GenFn:
        delta = 1 if node.operator == "++" else -1
        prefix = node.prefix
        ref, put = self.gref(node.argument)

        def update(env: Any) -> Any:
            base, key, old = yield from ref(env, True)
            o = to_numeric(old)
            n = increment(o, delta)
            put(env, base, key, n)
            return n if prefix else o
        return update

    def gref(self, node: Any) -> tuple[GenFn, Callable[[Any, Any, Any, Any], None]]:
        """A reference whose evaluation may suspend: ``(ref(env, want) -> (base, key, value),
        put(env, base, key, value))``."""
        if not self.susp(node):
            r = self.compile_reference(node, False)

            def plain_ref(env: Any, want: bool = True) -> Any:
                return r(env, want)
                yield  # pragma: no cover
            return plain_ref, self.compile_reference_put(node)
        if node.type == "CallExpression" and not self.ctx.strict:
            # B.3.9 (see compile_call_reference): the call, then a ReferenceError
            cf = self.gx(node)

            def call_ref(env: Any, want: bool = True) -> Any:
                yield from cf(env)
                throw_reference_error("Invalid left-hand side in assignment")
            return call_ref, self.compile_reference_put(node)
        if node.type != "MemberExpression" or node.object.type == "Super":
            raise self.error(node, "yield/await inside this reference is not supported yet")
        of = self.gx(node.object)
        if node.property.type == "PrivateIdentifier":
            pn = self.private_slot_getter("#" + node.property.name, node.property)

            def private_ref(env: Any, want: bool = True) -> Any:
                o = yield from of(env)
                name = pn(env)
                return o, name, name.get(o) if want else None
            return private_ref, self.compile_private_put(node)
        kf = self.gx(node.property) if node.computed else None
        key0 = None if node.computed else python_string_to_js(node.property.name)

        def member_ref(env: Any, want: bool = True) -> Any:
            o = yield from of(env)
            if kf is not None:
                k = yield from kf(env)
                if o is None or o is NULL:
                    get_index(o, k)
                k = to_property_key(k)
            else:
                k = key0
            if not want:
                return o, k, None
            if isinstance(o, JSObject):
                return o, k, o.get(k, o)
            return o, k, get_member_of_primitive(o, k, None)
        strict = self.ctx.strict
        return member_ref, lambda env, base, key, v: put_member(base, key, v, strict)

    def sx_AssignmentExpression(self, node: Any) -> GenFn:
        op = node.operator
        left = node.left
        if op == "=":
            if left.type in ("ObjectPattern", "ArrayPattern"):
                rf = self.gx(node.right)
                bind = self.gpattern(left, self.assignment_target)

                def destructuring(env: Any) -> Any:
                    v = yield from rf(env)
                    yield from bind(env, v)
                    return v
                return destructuring
            if left.type == "Identifier":
                rf = self.gnamed(node.right, python_string_to_js(left.name))
                put = self.compile_identifier_set(left.name, left)

                def assign_var(env: Any) -> Any:
                    v = yield from rf(env)
                    put(env, v)
                    return v
                return assign_var
            ref, putref = self.gref(left)
            rf = self.gx(node.right)

            def assign_ref(env: Any) -> Any:
                base, key, _ = yield from ref(env, False)
                v = yield from rf(env)
                putref(env, base, key, v)
                return v
            return assign_ref
        bop = op[:-1]
        logical = bop in ("&&", "||", "??")
        if left.type == "Identifier":
            get = self.compile_identifier_get(left.name, left)
            put = self.compile_identifier_set(left.name, left)
            rf = self.gnamed(node.right, python_string_to_js(left.name)) if logical else self.gx(node.right)

            def ref_var(env: Any, want: bool = True) -> Any:
                return None, None, get(env)
                yield  # pragma: no cover
            ref2: GenFn = ref_var
            putref2: Callable[[Any, Any, Any, Any], None] = lambda env, base, key, v: put(env, v)  # noqa: E731
        else:
            ref2, putref2 = self.gref(left)
            rf = self.gx(node.right)
        fn = BINARY_OPERATORS[bop] if not logical else None

        def compound(env: Any) -> Any:
            base, key, a = yield from ref2(env, True)
            if fn is None:
                if (bop == "&&" and not to_boolean(a)) or (bop == "||" and to_boolean(a)) or \
                        (bop == "??" and a is not None and a is not NULL):
                    return a
                r = yield from rf(env)
            else:
                b = yield from rf(env)
                r = fn(a, b)
            putref2(env, base, key, r)
            return r
        return compound

    def sx_MemberExpression(self, node: Any) -> GenFn:
        if node.object.type == "Super":
            raise self.error(node, "yield/await inside super[...] is not supported yet")
        of = self.gx(node.object)
        if node.property.type == "PrivateIdentifier":
            reader = self.private_reader(node)

            def private_get(env: Any) -> Any:
                o = yield from of(env)
                return reader(env, o)
            return private_get
        if not node.computed:
            key = python_string_to_js(node.property.name)

            def get_member(env: Any) -> Any:
                o = yield from of(env)
                if isinstance(o, JSObject):
                    return o.get(key, o)
                return get_member_of_primitive(o, key, None)
            return get_member
        kf = self.gx(node.property)

        def get_computed(env: Any) -> Any:
            o = yield from of(env)
            k = yield from kf(env)
            return get_index(o, k)
        return get_computed

    def sx_ChainExpression(self, node: Any) -> GenFn:
        inner = self.gchain(node.expression)

        def chain(env: Any) -> Any:
            r = yield from inner(env)
            return None if r is _SHORT else r
        return chain

    def gchain(self, node: Any) -> GenFn:
        """Inside an optional chain: the result is _SHORT when short-circuited."""
        if not self.susp(node):
            return _wrap(self.chain(node))
        t = node.type
        if t == "MemberExpression" and node.object.type != "Super":
            of = self.gchain(node.object)
            optional = node.optional
            if node.property.type == "PrivateIdentifier":
                reader = self.private_reader(node)

                def chain_private(env: Any) -> Any:
                    o = yield from of(env)
                    if o is _SHORT or (optional and (o is None or o is NULL)):
                        return _SHORT
                    return reader(env, o)
                return chain_private
            kf = self.gx(node.property) if node.computed else None
            key = None if node.computed else python_string_to_js(node.property.name)

            def chain_member(env: Any) -> Any:
                o = yield from of(env)
                if o is _SHORT or (optional and (o is None or o is NULL)):
                    return _SHORT
                if kf is not None:
                    return get_index(o, (yield from kf(env)))
                if isinstance(o, JSObject):
                    return o.get(key, o)
                return get_member_of_primitive(o, key, None)
            return chain_member
        if t == "CallExpression":
            return self.gcall(node, True)
        return self.gx(node)

    def gargs(self, args: list[Any]) -> GenFn:
        parts = [(a.type == "SpreadElement", self.gx(a.argument if a.type == "SpreadElement" else a)) for a in args]

        def arguments(env: Any) -> Any:
            out: list[Any] = []
            for is_spread, f in parts:
                v = yield from f(env)
                if is_spread:
                    out.extend(iterate_to_list(v))
                else:
                    out.append(v)
            return out
        return arguments

    def sx_CallExpression(self, node: Any) -> GenFn:
        return self.gcall(node, False)

    def gcall(self, node: Any, in_chain: bool) -> GenFn:
        callee = node.callee
        argsf = self.gargs(node.arguments)
        optional = getattr(node, "optional", False)
        desc = describe_callee(self.source_of(callee))
        if callee.type == "Super" or (callee.type == "Identifier" and callee.name == "eval" and not optional):
            # super(...) and a possible direct eval: the arguments go through the stash
            plain = self.compile_super_call(node, _pop_stash) if callee.type == "Super" else \
                self.compile_direct_eval(node, _pop_stash)

            def stashed_call(env: Any) -> Any:
                args = yield from argsf(env)
                _STASH.append(args)
                return plain(env)
            return stashed_call
        if callee.type == "MemberExpression":
            if self.susp(callee) and callee.object.type != "Super":
                if callee.property.type == "PrivateIdentifier":
                    ref, _ = self.gref(callee)
                    is_super = False
                else:
                    of = self.gchain(callee.object) if in_chain else self.gx(callee.object)
                    kf = self.gx(callee.property) if callee.computed else None
                    key = None if callee.computed else python_string_to_js(callee.property.name)
                    obj_optional = callee.optional

                    def member_ref(env: Any, want: bool = True) -> Any:
                        o = yield from of(env)
                        if in_chain and (o is _SHORT or (obj_optional and (o is None or o is NULL))):
                            return _SHORT
                        if kf is not None:
                            f = get_index(o, (yield from kf(env)))
                        elif isinstance(o, JSObject):
                            f = o.get(key, o)
                        else:
                            f = get_member_of_primitive(o, key, None)
                        return o, key, f
                    ref = member_ref
                    is_super = False
            else:
                r0 = self.compile_reference(callee, in_chain)
                is_super = callee.object.type == "Super"

                def plain_ref(env: Any, want: bool = True) -> Any:
                    return r0(env, want)
                    yield  # pragma: no cover
                ref = plain_ref

            def call_method(env: Any) -> Any:
                r = yield from ref(env, True)
                if r is _SHORT:
                    return _SHORT
                base, _, f = r
                this = base[0] if is_super else base
                if optional and (f is None or f is NULL):
                    return _SHORT
                args = yield from argsf(env)
                if isinstance(f, JSObject) and f.is_callable:
                    return f.call(this, args)
                not_callable(desc, None)
            return call_method
        ff = self.gchain(callee) if in_chain else self.gx(callee)
        with_base = None
        if callee.type == "Identifier" and self.resolve(callee.name)[0] == "dynamic":
            with_base = self.compile_with_base_lookup(callee.name)

        def call_function(env: Any) -> Any:
            f = yield from ff(env)
            if f is _SHORT:
                return _SHORT
            if optional and (f is None or f is NULL):
                return _SHORT
            this = None if with_base is None else with_base(env)
            args = yield from argsf(env)
            if isinstance(f, JSObject) and f.is_callable:
                return f.call(this, args)
            not_callable(desc, None)
        return call_function

    def sx_NewExpression(self, node: Any) -> GenFn:
        cf = self.gx(node.callee)
        argsf = self.gargs(node.arguments)
        desc = describe_callee(self.source_of(node.callee))

        def new(env: Any) -> Any:
            c = yield from cf(env)
            args = yield from argsf(env)
            if not is_constructor(c):
                throw_type_error(f"{desc} is not a constructor")
            return c.construct(args, c)
        return new

    def sx_ArrayExpression(self, node: Any) -> GenFn:
        items: list[tuple[int, Any]] = []
        for el in node.elements:
            if el is None:
                items.append((1, None))
            elif el.type == "SpreadElement":
                items.append((2, self.gx(el.argument)))
            else:
                items.append((0, self.gx(el)))

        def array_literal(env: Any) -> Any:
            values: list[Any] = []
            for kind, f in items:
                if kind == 1:
                    values.append(MISSING)
                    continue
                v = yield from f(env)
                if kind == 0:
                    values.append(v)
                else:
                    values.extend(iterate_to_list(v))
            return JSArray(env.glob.realm.array_prototype, values)
        return array_literal

    def sx_TemplateLiteral(self, node: Any) -> GenFn:
        parts: list[Any] = []
        for i, q in enumerate(node.quasis):
            parts.append(python_string_to_js(q.value.cooked))
            if i < len(node.expressions):
                parts.append(self.gx(node.expressions[i]))

        def template(env: Any) -> Any:
            out = []
            for p in parts:
                if type(p) is str:
                    out.append(p)
                else:
                    v = yield from p(env)
                    if type(v) is JSSymbol:
                        throw_type_error("Cannot convert a Symbol value to a string")
                    out.append(v if type(v) is str else to_string(v))
            return "".join(out)
        return template

    def sx_TaggedTemplateExpression(self, node: Any) -> GenFn:
        quasi = node.quasi
        cooked = [python_string_to_js(q.value.cooked) if q.value.cooked is not None else None for q in quasi.quasis]
        raw = [python_string_to_js(q.value.raw) for q in quasi.quasis]
        site = object()
        subs = [self.gx(e) for e in quasi.expressions]
        tag = node.tag
        desc = self.source_of(tag)
        if tag.type == "MemberExpression":
            ref, _ = self.gref(tag)
            is_super = tag.object.type == "Super"
        else:
            tf = self.gx(tag)

            def tag_value(env: Any, want: bool = True) -> Any:
                return None, None, (yield from tf(env))
            ref = tag_value
            is_super = False

        def tagged(env: Any) -> Any:
            base, _, f = yield from ref(env, True)
            this = base[0] if is_super else base
            template = get_template_object(env.glob.realm, site, cooked, raw)
            args = [template]
            for s in subs:
                args.append((yield from s(env)))
            if not (isinstance(f, JSObject) and f.is_callable):
                throw_type_error(f"{desc} is not a function")
            return f.call(this, args)
        return tagged

    def sx_ObjectExpression(self, node: Any) -> GenFn:
        ops: list[GenFn] = []
        for prop in node.properties:
            if prop.type == "SpreadElement":
                af = self.gx(prop.argument)

                def spread(env: Any, obj: Any, af: GenFn = af) -> Any:
                    copy_data_properties(obj, (yield from af(env)), ())
                ops.append(spread)
                continue
            computed_f = self.gx(prop.key) if prop.computed else None
            static_key = None
            if not prop.computed:
                static_key, _ = self.property_key(prop)
            kind = prop.kind
            if not prop.computed and not prop.shorthand and not getattr(prop, "method", False) and \
                    kind == "init" and static_key == "__proto__":
                vf = self.gx(prop.value)

                def set_proto(env: Any, obj: Any, vf: GenFn = vf) -> Any:
                    v = yield from vf(env)
                    if isinstance(v, JSObject) or v is NULL:
                        obj.set_prototype_of(v)
                ops.append(set_proto)
                continue
            if kind == "init" and not getattr(prop, "method", False):
                # an anonymous class named by a computed key gets the name when it is made
                named_class = static_key is None and prop.value.type == "ClassExpression" and prop.value.id is None
                vf = self.gnamed(prop.value, static_key) if static_key is not None else \
                    self.suspendable_class(prop.value, None) if named_class else self.gx(prop.value)
                needs_name = static_key is None and self.is_anonymous_function(prop.value) and not named_class

                def put(env: Any, obj: Any, kf: Any = computed_f, k0: Any = static_key, vf: Any = vf,
                        nn: bool = needs_name, nc: bool = named_class) -> Any:
                    k = to_property_key((yield from kf(env))) if kf is not None else k0
                    v = yield from (vf(env, k) if nc else vf(env))
                    if nn:
                        set_function_name(v, k)
                    create_data_property(obj, k, v)
                ops.append(put)
                continue
            define = self.compile_method_definition(prop, static_key, _pop_stash if computed_f is not None else None,
                                                    enumerable=True)

            def method(env: Any, obj: Any, kf: Any = computed_f, define: Any = define) -> Any:
                if kf is not None:
                    _STASH.append(to_property_key((yield from kf(env))))
                define(env, obj)
            ops.append(method)

        def object_literal(env: Any) -> Any:
            o = JSObject(env.glob.realm.object_prototype)
            for op in ops:
                yield from op(env, o)
            return o
        return object_literal

    def sx_ClassExpression(self, node: Any) -> GenFn:
        return self.suspendable_class(node, None)

    def suspendable_class(self, node: Any, name: Any) -> GenFn:
        """A class whose heritage or computed keys contain yield/await: ClassDefinitionEvaluation
        with the shared steps of its ClassTemplate (compiler/classes.py), the heritage and the
        computed keys evaluated as generator functions in the class environment, in order."""
        template = self.class_template(node, name)
        heritage, key_gs = self.class_parts(template, node, self.gx)
        elements = template.elements

        def class_definition(env: Any, name: Any = MISSING) -> Any:
            cenv = template.class_env(env)
            record = template.begin(cenv, MISSING if heritage is None else (yield from heritage(cenv)), name)
            for element, kg in zip(elements, key_gs):
                element(cenv, record, None if kg is None else to_property_key((yield from kg(cenv))))
            return template.finish(cenv, record)
        return class_definition

    # --- patterns ----------------------------------------------------------------------------------
    def assignment_target(self, node: Any) -> GenFn:
        """A destructuring assignment target: ``put(env, value)`` as a generator function."""
        if node.type == "Identifier":
            put = self.compile_identifier_set(node.name, node)

            def put_var(env: Any, v: Any) -> Any:
                put(env, v)
                return None
                yield  # pragma: no cover
            return put_var
        if node.type == "MemberExpression":
            ref, putref = self.gref(node)

            def put_member_target(env: Any, v: Any) -> Any:
                base, key, _ = yield from ref(env, False)
                putref(env, base, key, v)
            return put_member_target
        raise self.error(node, "Invalid destructuring assignment target")

    def binding_target(self, lexical: bool) -> Callable[[Any], GenFn]:
        def target(node: Any) -> GenFn:
            if node.type != "Identifier":
                raise self.error(node, "Invalid destructuring target")
            put = self.compile_identifier_set(node.name, node, init=lexical)

            def bind(env: Any, v: Any) -> Any:
                put(env, v)
                return None
                yield  # pragma: no cover
            return bind
        return target

    def gelement(self, node: Any, target: Callable[[Any], GenFn]) -> tuple[GenFn | None, GenFn]:
        """A pattern element: (pre(env) -> token or None, bind(env, token, value)). In an
        assignment pattern a target that is a property reference is evaluated before the value
        is taken from the iterator or object (sec-runtime-semantics-iteratordestructuringassignmentevaluation,
        sec-runtime-semantics-keyeddestructuringassignmentevaluation)."""
        lnode = node.left if node.type == "AssignmentPattern" else node
        if target == self.assignment_target and lnode.type == "MemberExpression":
            ref, putref = self.gref(lnode)
            df = self.gx(node.right) if node.type == "AssignmentPattern" else None

            def pre(env: Any) -> Any:
                base, key, _ = yield from ref(env, False)
                return base, key

            def put_ref(env: Any, tok: Any, v: Any) -> Any:
                if v is None and df is not None:
                    v = yield from df(env)
                putref(env, tok[0], tok[1], v)
            return pre, put_ref
        bind = self.gpattern(node, target)

        def bind_value(env: Any, tok: Any, v: Any) -> Any:
            return (yield from bind(env, v))
        return None, bind_value

    def gpattern(self, node: Any, target: Callable[[Any], GenFn]) -> GenFn:
        """A destructuring pattern whose evaluation may suspend: ``bind(env, value)``
        (sec-runtime-semantics-bindinginitialization, sec-destructuring-assignment)."""
        t = node.type
        if t in ("Identifier", "MemberExpression"):
            return target(node)
        if t == "AssignmentPattern":
            inner = self.gpattern(node.left, target)
            name = node.left.name if node.left.type == "Identifier" else None
            df = self.gnamed(node.right, python_string_to_js(name)) if name is not None else self.gx(node.right)

            def with_default(env: Any, v: Any) -> Any:
                if v is None:
                    v = yield from df(env)
                yield from inner(env, v)
            return with_default
        if t == "ObjectPattern":
            steps: list[Any] = []
            rest = None
            for p in node.properties:
                if p.type == "RestElement":
                    rest = self.gelement(p.argument, target)
                    continue
                kf = self.gx(p.key) if p.computed else None
                static_key = None if p.computed else self.property_key(p)[0]
                steps.append((static_key, kf, self.gelement(p.value, target)))

            def object_pattern(env: Any, v: Any) -> Any:
                require_object_coercible(v)
                used: list[Any] = []
                for static_key, kf, sub in steps:
                    k = static_key if kf is None else to_property_key((yield from kf(env)))
                    used.append(k)
                    pre, sub = sub
                    tok = (yield from pre(env)) if pre is not None else None
                    pv = v.get(k, v) if isinstance(v, JSObject) else get_member_of_primitive(v, k, None)
                    yield from sub(env, tok, pv)
                if rest is not None:
                    pre, sub = rest
                    tok = (yield from pre(env)) if pre is not None else None
                    o = JSObject(env.glob.realm.object_prototype)
                    copy_data_properties(o, v, set(used))
                    yield from sub(env, tok, o)
            return object_pattern
        if t == "ArrayPattern":
            elems: list[Any] = []
            for e in node.elements:
                if e is None:
                    elems.append(("hole", None))
                elif e.type == "RestElement":
                    elems.append(("rest", self.gelement(e.argument, target)))
                else:
                    elems.append(("elem", self.gelement(e, target)))

            def array_pattern(env: Any, v: Any) -> Any:
                rec = get_iterator(v)
                try:
                    for kind, elem in elems:
                        if kind != "hole":
                            pre, sub = elem
                            tok = (yield from pre(env)) if pre is not None else None
                        if kind == "rest":
                            items = iterator_rest(rec)
                            yield from sub(env, tok, JSArray(env.glob.realm.array_prototype, items))
                            continue
                        x = None
                        if not rec.done:
                            x = iterator_step_value(rec)
                            if x is DONE:
                                x = None
                        if kind == "elem":
                            yield from sub(env, tok, x)
                except JSThrow as exc:
                    if not rec.done:
                        iterator_close(rec, exc)
                    raise
                except GeneratorReturn:
                    if not rec.done:
                        iterator_close(rec, None)
                    raise
                if not rec.done:
                    iterator_close(rec, None)
            return array_pattern
        raise self.error(node, f"Invalid destructuring target {t}")

    # --- statements ---------------------------------------------------------------------------------
    def gstatement_list(self, stmts: list[Any]) -> GenFn:
        items: list[tuple[bool, Any]] = []
        for s in stmts:
            if s.type == "FunctionDeclaration":
                continue
            if self.susp(s):
                items.append((True, self.gs(s)))
            else:
                f = self.stmt(s)
                if f is not _noop_closure():
                    items.append((False, f))
        return _run_list(items)

    def gblock_statements(self, stmts: list[Any]) -> GenFn:
        items: list[tuple[bool, Any]] = []
        for s in stmts:
            if s.type == "FunctionDeclaration":
                if self.ctx.scope.kind == "block" and s.id.name in self.ctx.scope.names:
                    f = self.annexb_function_statement(s)
                    if f is not None:
                        items.append((False, f))
                continue
            if self.susp(s):
                items.append((True, self.gs(s)))
            else:
                items.append((False, self.stmt(s)))
        return _run_list(items)

    def ss_BlockStatement(self, node: Any) -> GenFn:
        return self.with_block_scope(node.body, lambda: self.gblock_statements(node.body),  # type: ignore[no-any-return]
                                     self.g_with_disposal)

    def g_with_disposal(self, slot: int, body: GenFn) -> GenFn:
        """``with_disposal`` for suspendable code: DisposeResources (sec-disposeresources) may
        await (``await using``), and a return completion resumed into the body (``return()``
        of a generator) disposes too."""
        def disposing(env: Any) -> Any:
            try:
                r = yield from body(env)
            except JSThrow as e:
                stack = env.vars[slot]
                if type(stack) is list:
                    env.vars[slot] = None
                    err = yield from dispose_resources_steps(stack, e)
                    if err is not e:
                        assert err is not None
                        raise err from None
                raise
            except GeneratorReturn:
                stack = env.vars[slot]
                if type(stack) is list:
                    env.vars[slot] = None
                    err = yield from dispose_resources_steps(stack, None)
                    if err is not None:
                        raise err from None
                raise
            stack = env.vars[slot]
            if type(stack) is list:
                env.vars[slot] = None
                err = yield from dispose_resources_steps(stack, None)
                if err is not None:
                    raise err
            return r
        return disposing

    def ss_ExpressionStatement(self, node: Any) -> GenFn:
        f = self.gx(node.expression)

        def expression_statement(env: Any) -> Any:
            yield from f(env)
            return None
        return expression_statement

    def ss_VariableDeclaration(self, node: Any) -> GenFn:
        kind = node.kind
        using = getattr(node, "using", None)
        fs: list[tuple[bool, Any]] = []
        for d in node.declarations:
            if not self.susp(d):
                fs.append((False, self.s_VariableDeclaration(_Decl(kind, [d], using))))
                continue
            if using:
                depth, slot, hint, put = self.using_declarator(d.id, using)
                vf = self.gnamed(d.init, python_string_to_js(d.id.name))

                def using_binding(env: Any, vf: GenFn = vf, put: Any = put, depth: int = depth, slot: int = slot,
                                  hint: str = hint) -> Any:
                    """A using declaration's binding (see ``s_UsingDeclaration``)."""
                    v = yield from vf(env)
                    e = env
                    for _ in range(depth):
                        e = e.parent
                    add_disposable_resource(dispose_stack(e, slot), v, hint)
                    put(env, v)
                fs.append((True, using_binding))
            elif d.id.type == "Identifier":
                vf = self.gnamed(d.init, python_string_to_js(d.id.name))
                put = self.compile_identifier_set(d.id.name, d.id, init=(kind != "var"))

                def declare(env: Any, put: Any = put, vf: GenFn = vf) -> Any:
                    put(env, (yield from vf(env)))
                fs.append((True, declare))
            else:
                bind = self.gpattern(d.id, self.binding_target(kind != "var"))
                vf = self.gx(d.init)

                def declare_pattern(env: Any, bind: GenFn = bind, vf: GenFn = vf) -> Any:
                    yield from bind(env, (yield from vf(env)))
                fs.append((True, declare_pattern))

        def declarations(env: Any) -> Any:
            for is_gen, f in fs:
                if is_gen:
                    yield from f(env)
                else:
                    f(env)
            return None
        return declarations

    def ss_ClassDeclaration(self, node: Any) -> GenFn:
        cf = self.suspendable_class(node, None)
        put = self.compile_identifier_set(node.id.name, node.id, init=True)

        def class_declaration(env: Any) -> Any:
            put(env, (yield from cf(env)))
            return None
        return class_declaration

    def ss_IfStatement(self, node: Any) -> GenFn:
        tf = self.gx(node.test)
        cf = self.gs(if_clause(node.consequent))
        af = self.gs(if_clause(node.alternate)) if node.alternate is not None else None

        def if_(env: Any) -> Any:
            if _truthy((yield from tf(env))):
                return (yield from cf(env))
            if af is not None:
                return (yield from af(env))
            return None
        return if_

    def ss_ReturnStatement(self, node: Any) -> GenFn:
        f = self.gx(node.argument) if node.argument is not None else None
        depth = self.depth_to(self.function_scope())
        is_async_gen = self.gen_kind == "asyncGenerator"

        def return_(env: Any) -> Any:
            v = (yield from f(env)) if f is not None else None
            if is_async_gen:
                v = yield (Y_AWAIT, v)
            e = env
            for _ in range(depth):
                e = e.parent
            e.ret = v
            return RETURN
        return return_

    def ss_ThrowStatement(self, node: Any) -> GenFn:
        f = self.gx(node.argument)
        site = (self.ctx.filename, *self.position(node))

        def throw(env: Any) -> Any:
            v = yield from f(env)
            if isinstance(v, JSObject):
                THROW_SITES[v] = site
            else:
                PRIMITIVE_THROW[:] = (v, site)
            raise JSThrow(v)
        return throw

    def ss_LabeledStatement(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        label = node.label.name
        body = node.body
        labels = labels + (label,)
        if body.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                         "DoWhileStatement", "LabeledStatement", "SwitchStatement"):
            inner = self.gs(body, labels)
        else:
            inner = self.gs(body)

        def labelled(env: Any) -> Any:
            r = yield from inner(env)
            if r is not None and r.kind == "break" and r.label == label:
                return None
            return r
        return labelled

    def ss_WhileStatement(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        tf = self.gx(node.test)
        bf = self.gs(node.body)
        lbl = set(labels)

        def while_loop(env: Any) -> Any:
            agent = get_agent()  # the JS thread's agent (a helper thread with a larger stack shares it)
            while True:
                if not _truthy((yield from tf(env))):
                    return None
                r = yield from bf(env)
                if agent.stop:
                    agent.interrupt()
                if r is not None:
                    k = _loop_exit(r, lbl)
                    if k is not _CONTINUE:
                        return k
        return while_loop

    def ss_DoWhileStatement(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        tf = self.gx(node.test)
        bf = self.gs(node.body)
        lbl = set(labels)

        def do_while(env: Any) -> Any:
            agent = get_agent()  # the JS thread's agent (a helper thread with a larger stack shares it)
            while True:
                r = yield from bf(env)
                if agent.stop:
                    agent.interrupt()
                if r is not None:
                    k = _loop_exit(r, lbl)
                    if k is not _CONTINUE:
                        return k
                if not _truthy((yield from tf(env))):
                    return None
        return do_while

    def ss_ForStatement(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        init = node.init
        lexical = init is not None and init.type == "VariableDeclaration" and init.kind in ("let", "const")
        scope = None
        if lexical:
            scope = Scope("block", self.ctx.scope, self.ctx.strict)
            for d in init.declarations:
                for n in bound_names(d.id):
                    scope.add(n)
                    scope.lexical.add(n)
                    if init.kind == "const":
                        scope.consts.add(n)
            if getattr(init, "using", None):
                scope.add(DISPOSE_SLOT)
        saved = self.ctx.scope
        if scope is not None:
            self.ctx.scope = scope
        try:
            initf = None
            if init is not None:
                if init.type != "VariableDeclaration":
                    initf = self.gx(init)
                else:  # (part of the for statement: no on_step of its own)
                    initf = self.ss_VariableDeclaration(init) if self.susp(init) else _wrap(self.s_VariableDeclaration(init))
            tf = self.gx(node.test) if node.test is not None else None
            uf = self.gx(node.update) if node.update is not None else None
            bf = self.gs(node.body)
        finally:
            self.ctx.scope = saved
        size = scope.size if scope is not None else 0
        per_iteration = lexical and init.kind == "let"
        lbl = set(labels)

        def loop(env: Any, lenv: Any) -> Any:
            agent = get_agent()  # the JS thread's agent (a helper thread with a larger stack shares it)
            if initf is not None:
                yield from initf(lenv)
            if per_iteration:
                lenv = Env(lenv.vars[:], env)
            while True:
                if tf is not None and not _truthy((yield from tf(lenv))):
                    return None
                r = yield from bf(lenv)
                if agent.stop:
                    agent.interrupt()
                if r is not None:
                    k = _loop_exit(r, lbl)
                    if k is not _CONTINUE:
                        return k
                if per_iteration:
                    lenv = Env(lenv.vars[:], env)
                if uf is not None:
                    yield from uf(lenv)
        if scope is not None and DISPOSE_SLOT in scope.names:
            # `for ([await] using x = ...; ;)`: disposed when the loop completes (sec-forloopevaluation)
            disposing = self.g_with_disposal(scope.names[DISPOSE_SLOT], lambda lenv: loop(lenv.parent, lenv))

            def for_using_loop(env: Any) -> Any:
                return (yield from disposing(Env([MISSING] * size, env)))
            return for_using_loop

        def for_loop(env: Any) -> Any:
            return (yield from loop(env, Env([MISSING] * size, env) if lexical else env))
        return for_loop

    def gfor_head(self, node: Any) -> tuple[Scope | None, GenFn]:
        """The left side of for-in/of: (scope of a lexical declaration or None,
        bind(env, value) -> env for the body)."""
        left = node.left
        if not self.susp(left) or getattr(left, "using", None):
            scope, bind, _ = self.for_in_of_head(node)

            def plain_bind(env: Any, v: Any) -> Any:
                return bind(env, v)
                yield  # pragma: no cover
            return scope, plain_bind
        if left.type == "VariableDeclaration":
            d = left.declarations[0]
            if left.kind == "var":
                gb = self.gpattern(d.id, self.binding_target(False))

                def bind_var(env: Any, v: Any) -> Any:
                    yield from gb(env, v)
                    return env
                return None, bind_var
            scope = Scope("block", self.ctx.scope, self.ctx.strict)
            for n in bound_names(d.id):
                scope.add(n)
                scope.lexical.add(n)
                if left.kind == "const":
                    scope.consts.add(n)
            saved = self.ctx.scope
            self.ctx.scope = scope
            try:
                gb = self.gpattern(d.id, self.binding_target(True))
            finally:
                self.ctx.scope = saved
            size = scope.size

            def bind_lexical(env: Any, v: Any) -> Any:
                benv = Env([MISSING] * size, env)
                yield from gb(benv, v)
                return benv
            return scope, bind_lexical
        gb = self.gpattern(left, self.assignment_target)

        def bind_target(env: Any, v: Any) -> Any:
            yield from gb(env, v)
            return env
        return None, bind_target

    def _for_body(self, node: Any, scope: Scope | None) -> GenFn:
        if scope is None:
            return self.gs(node.body)
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            body = self.gs(node.body)
        finally:
            self.ctx.scope = saved
        if DISPOSE_SLOT in scope.names:
            # each iteration's resources are disposed after its body
            body = self.g_with_disposal(scope.names[DISPOSE_SLOT], body)
        return body

    def ss_ForInStatement(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        left = node.left
        pre = None
        if left.type == "VariableDeclaration" and left.kind == "var" and left.declarations[0].init is not None:
            d = left.declarations[0]
            pre = self.compile_identifier_set(d.id.name, d.id)
            pre_v = self.gnamed(d.init, d.id.name)
        rf = self.compile_in_scope(self.tdz_scope_for_head(node), lambda: self.gx(node.right))
        scope, bind = self.gfor_head(node)
        bf = self._for_body(node, scope)
        lbl = set(labels)

        def for_in(env: Any) -> Any:
            agent = get_agent()  # the JS thread's agent (a helper thread with a larger stack shares it)
            if pre is not None:
                pre(env, (yield from pre_v(env)))
            o = yield from rf(env)
            if o is None or o is NULL:
                return None
            for key in enumerate_object_properties(to_object(o)):
                benv = yield from bind(env, key)
                r = yield from bf(benv)
                if agent.stop:
                    agent.interrupt()
                if r is not None:
                    k = _loop_exit(r, lbl)
                    if k is not _CONTINUE:
                        return k
            return None
        return for_in

    def ss_ForOfStatement(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        is_await = bool(getattr(node, "allowAwait", False))
        rf = self.compile_in_scope(self.tdz_scope_for_head(node), lambda: self.gx(node.right))
        scope, bind = self.gfor_head(node)
        bf = self._for_body(node, scope)
        lbl = set(labels)

        def for_of(env: Any) -> Any:
            agent = get_agent()  # the JS thread's agent (a helper thread with a larger stack shares it)
            iterable = yield from rf(env)
            rec = get_iterator(iterable, "async" if is_await else "sync")
            while True:
                if is_await:
                    # ForIn/OfBodyEvaluation step 6.a-e with iteratorKind async
                    result = call(rec.next_method, rec.iterator, [])
                    result = yield (Y_AWAIT, result)
                    if not isinstance(result, JSObject):
                        throw_type_error(f"Iterator result {to_string(result) if not isinstance(result, JSSymbol) else 'Symbol()'} is not an object")
                    if iterator_complete(result):
                        return None
                    v = iterator_value(result)
                else:
                    v = iterator_step_value(rec)
                    if v is DONE:
                        return None
                try:
                    benv = yield from bind(env, v)
                    r = yield from bf(benv)
                except JSThrow as e:
                    if is_await:
                        yield from async_iterator_close(rec, e)
                    else:
                        iterator_close(rec, e)
                    raise
                except GeneratorReturn:
                    if is_await:
                        yield from async_iterator_close(rec, None)
                    else:
                        iterator_close(rec, None)
                    raise
                if agent.stop:
                    agent.interrupt()
                if r is not None:
                    if continues_loop(r, lbl):
                        continue
                    if is_await:
                        yield from async_iterator_close(rec, None)
                    else:
                        iterator_close(rec, None)
                    return exit_loop(r, lbl)
        return for_of

    def compile_for_await(self, node: Any, labels: Any) -> Closure:
        raise self.error(node, "internal error: for await compiled as ordinary code")

    def ss_SwitchStatement(self, node: Any, labels: tuple[str, ...] = ()) -> GenFn:
        df = self.gx(node.discriminant)
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
            cases = [(self.gx(c.test) if c.test is not None else None, self.gblock_statements(c.consequent))
                     for c in node.cases]
        finally:
            self.ctx.scope = saved
        default_index = next((i for i, c in enumerate(node.cases) if c.test is None), -1)
        lbl = set(labels)

        def switch(env: Any) -> Any:
            v = yield from df(env)
            if make is not None:
                env = make(env)
            start = -1
            for i, (tf, _) in enumerate(cases):
                if tf is not None and is_strictly_equal(v, (yield from tf(env))):
                    start = i
                    break
            if start < 0:
                start = default_index
                if start < 0:
                    return None
            for i in range(start, len(cases)):
                r = yield from cases[i][1](env)
                if r is not None:
                    if r.kind == "break" and (r.label is None or r.label in lbl):
                        return None
                    return r
            return None
        return switch

    def ss_TryStatement(self, node: Any) -> GenFn:
        block = self.gs(node.block)
        handler = self.gcatch(node.handler) if node.handler is not None else None
        fin = self.gs(node.finalizer) if node.finalizer is not None else None
        fdepth = self.depth_to(self.function_scope())

        def run_block(env: Any) -> Any:
            if handler is None:
                return (yield from block(env))
            try:
                return (yield from block(env))
            except JSThrow as e:
                value = e.value
            except RecursionError:
                value = env.glob.realm.new_error("RangeError", "Maximum call stack size exceeded")
            return (yield from handler(env, value))

        if fin is None:
            return run_block

        def try_finally(env: Any) -> Any:
            try:
                r = yield from run_block(env)
            except (JSThrow, GeneratorReturn) as exc:
                f = yield from fin(env)
                if f is not None:
                    return f
                raise exc
            fenv = env
            for _ in range(fdepth):
                fenv = fenv.parent
            ret = fenv.ret if r is RETURN else None
            f = yield from fin(env)
            if f is not None:
                return f
            if r is RETURN:
                fenv.ret = ret
            return r
        return try_finally

    def gcatch(self, clause: Any) -> Callable[[Any, Any], Any]:
        param = clause.param
        if param is None:
            body = self.gs(clause.body)
            return lambda env, v: body(env)
        scope = Scope("catch", self.ctx.scope, self.ctx.strict)
        names = bound_names(param)
        for n in names:
            scope.add(n)
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            init = None
            if param.type != "Identifier":
                for n in names:
                    scope.lexical.add(n)
                init = self.gpattern(param, self.binding_target(True))
            body = self.gs(clause.body)
        finally:
            self.ctx.scope = saved
        size = scope.size
        if init is None:
            return lambda env, v: body(Env([v], env))

        def catch_pattern(env: Any, v: Any) -> Any:
            cenv = Env([MISSING] * size, env)
            yield from init(cenv, v)
            return (yield from body(cenv))
        return catch_pattern

    def ss_WithStatement(self, node: Any) -> GenFn:
        of = self.gx(node.object)
        scope = Scope("with", self.ctx.scope, self.ctx.strict)
        saved = self.ctx.scope
        self.ctx.scope = scope
        try:
            bf = self.gs(node.body)
        finally:
            self.ctx.scope = saved

        def with_statement(env: Any) -> Any:
            o = yield from of(env)
            if o is None or o is NULL:
                throw_type_error("Cannot convert undefined or null to object")
            return (yield from bf(WithEnv(to_object(o), env)))
        return with_statement


_CONTINUE: Any = object()


def _loop_exit(r: Signal, lbl: set[str]) -> Any:
    """LoopContinues (sec-loopcontinues): _CONTINUE to go on, None to leave the loop normally,
    or the signal to propagate (the rules of statements.continues_loop / exit_loop)."""
    return _CONTINUE if continues_loop(r, lbl) else exit_loop(r, lbl)


def _noop_closure() -> Any:
    return _NOOP


def _run_list(items: list[tuple[bool, Any]]) -> GenFn:
    def run_list(env: Any) -> Any:
        for is_gen, f in items:
            r = (yield from f(env)) if is_gen else f(env)
            if r is not None:
                return r
        return None
    return run_list

