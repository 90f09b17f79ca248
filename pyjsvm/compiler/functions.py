"""Compiling function definitions (sec-function-definitions), FunctionDeclarationInstantiation
(sec-functiondeclarationinstantiation), object-literal methods, references for compound
assignment, destructuring patterns (sec-destructuring-assignment,
sec-destructuring-binding-patterns) and direct eval (sec-performeval)."""
from __future__ import annotations

import weakref
from functools import partial
from types import SimpleNamespace
from typing import Any, Callable

from pyjsvm.runtime.agent import JSThrow, c_reentry, check_source, engine_limits, get_agent, throw_range_error, throw_reference_error, throw_syntax_error, throw_type_error
from pyjsvm.compiler.core import (
    RETURN, Closure, CompileContext, dynamic_this, get_dynamic_ref, lookup_dynamic, tracing,
)
from pyjsvm.compiler.expressions import (
    _SHORT, copy_data_properties, first_pattern_key, get_index, get_member_of_primitive, object_pattern_coercible,
    pattern_subjects, put_member,
)
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.compiler.statements import DISPOSE_SLOT, StatementCompiler, has_using
from pyjsvm.runtime.environments import FunctionEnv
from pyjsvm.runtime.stack import EvalFrame, capture_raw_frames
from pyjsvm.runtime.functions import (
    GLOBAL, LEXICAL, STRICT, ECMAFunction, FunctionCode, create_arguments_object, enable_tail_calls,
    prepare_tail_call,
)
from pyjsvm.runtime.objects import A, C, E, JSArray, JSObject, Prop, PropertyDescriptor
from pyjsvm.runtime.operations import (
    define_property_or_throw, to_boolean, to_property_key,
)
from pyjsvm.runtime.values import MISSING, NULL
from pyjsvm.syntax.parse import ParseError
from pyjsvm.syntax.scope import Scope, analyze_body, bound_names, is_strict_body
from pyjsvm.syntax.tail_calls import mark_tail_calls
from pyjsvm.runtime.functions import set_function_name
from pyjsvm.runtime.environments import GlobalEnv
from pyjsvm.runtime.agent import throw_error
from pyjsvm.syntax.parse import parse_eval_script
from pyjsvm.runtime.iteration import DONE, get_iterator, iterator_close, iterator_step_value, iterator_rest
from pyjsvm.syntax.tree import LazyBody
from pyjsvm.regexp.validate import validate_regexp_literal
from pyjsvm.compiler import emit


class FunctionCompiler(StatementCompiler):
    """Mixin: functions, methods, references, patterns and eval."""

    line_offset: int
    column_offset: int

    # --- function objects ----------------------------------------------------------------------
    def e_FunctionExpression(self, node: Any) -> Closure:
        return self.compile_function_expression(node, None)

    def e_ArrowFunctionExpression(self, node: Any) -> Closure:
        return self.compile_function_expression(node, None)

    def compile_function_expression(self, node: Any, name: Any) -> Closure:
        if node.type == "ClassExpression":
            return self.compile_class(node, name)  # type: ignore[attr-defined]
        own_name = node.id.name if getattr(node, "id", None) is not None else None
        fname = python_string_to_js(own_name) if own_name is not None else (name if name is not None else "")
        code = self.compile_function_code(node, fname, self_binding=own_name)
        return self.function_maker(code, node)

    def compile_function_object(self, node: Any) -> Closure:
        """InstantiateFunctionObject for a declaration (sec-runtime-semantics-instantiatefunctionobject)."""
        code = self.compile_function_code(node, python_string_to_js(node.id.name) if node.id is not None else "default")
        return self.function_maker(code, node)

    def function_maker(self, code: FunctionCode, node: Any) -> Closure:
        kind = code.kind
        if kind == "normal":
            def make_function(env: Any) -> Any:
                realm = env.glob.realm
                return ECMAFunction(code, env, realm.function_prototype, realm)
            return make_function
        proto_name = {"generator": "%GeneratorFunction.prototype%", "async": "%AsyncFunction.prototype%",
                      "asyncGenerator": "%AsyncGeneratorFunction.prototype%"}[kind]

        def make_special(env: Any) -> Any:
            realm = env.glob.realm
            proto = realm.intrinsics.get(proto_name, realm.function_prototype)
            return ECMAFunction(code, env, proto, realm)
        return make_special

    # NON-SPEC: whether the bodies of functions compiled by this compiler may wait for their
    # first call (``deferred_compilation``); the entry points that parse set it
    defer = False
    # NON-SPEC: while a cold body compiles (``compile_function_body``), the codes of the
    # functions nested in it, for its tier-up to reuse (``NestedCodes``)
    nested_codes: "NestedCodes | None" = None
    # NON-SPEC: while a cold body compiles again with the emitter (``start_cold``), the codes
    # its first compilation made for the functions nested in it
    reuse_codes: "NestedCodes | None" = None

    def compile_function_code(self, node: Any, name: Any, self_binding: str | None = None,
                              method: bool = False, class_constructor: bool = False,
                              derived: bool = False, home: bool = False) -> FunctionCode:
        """Compile a function's body once: its Scope, parameter binding, declaration
        instantiation and statements. A body restored from cached data without being decoded
        (``LazyBody``), and with ``defer`` any body, is compiled on the function's first call
        instead (``lazy_function_code``). A cold body's tier-up reuses what its first
        compilation made for the same function (``NestedCodes``)."""
        how = (name, self_binding, method, class_constructor, derived, home)
        if self.reuse_codes is not None:
            kept = self.reuse_codes.find(node, how, self.ctx.scope)
            if kept is not None:
                return kept
        code = self._function_code(node, name, self_binding, method, class_constructor, derived, home)
        if self.nested_codes is not None:
            self.nested_codes.keep(node, how, self.ctx.scope, code)
        return code

    def _function_code(self, node: Any, name: Any, self_binding: str | None, method: bool,
                       class_constructor: bool, derived: bool, home: bool) -> FunctionCode:
        """compile_function_code's compilation."""
        body = node.body
        if type(body) is LazyBody:
            has_use_strict, uses_this, _, _ = body.facts
            return self.lazy_function_code(node, name, self_binding, method, class_constructor, derived, home,
                                           has_use_strict, uses_this, body)
        if self.defer and getattr(node, "field_initializer", None) is None:
            # the header needs only the body's "use strict"; whether it reads this is not known
            # yet: a sloppy function gets OrdinaryCallBindThis's coercion (unobservable)
            block = body.type == "BlockStatement"
            has_use_strict = block and is_strict_body(body.body)
            # a strict function with calls in tail position is one a tail call replaces its
            # caller's frame for (PrepareForTailCall) from its first call on: its header says so
            # (decided as the body's compilation decides it, see function_scope_setup)
            tail_calls = has_tail_calls(node, self.ctx.strict or has_use_strict or class_constructor)
            return self.lazy_function_code(node, name, self_binding, method, class_constructor, derived, home,
                                           has_use_strict, True, None, tail_calls)
        code = self.compile_function_body(node, name, self_binding, method, class_constructor, derived, home)
        _note_first_run(code, node)
        return code

    def lazy_function_code(self, node: Any, name: Any, self_binding: str | None, method: bool,
                           class_constructor: bool, derived: bool, home: bool, has_use_strict: bool,
                           uses_this: bool, cached: LazyBody | None, tail_calls: bool = False) -> FunctionCode:
        """NON-SPEC (V8's lazy functions): a function's code whose body is compiled on the
        function's first call, in the scope chain it has here; until then only its header --
        what creating the function object and OrdinaryCallBindThis need -- exists. ``cached``:
        the body restored from cached data, still encoded (decoded on that call too); else the
        body is in the tree, its early errors already checked (``deferred_compilation``).
        ``tail_calls``: the body has calls in tail position (a strict function): the header's
        ``tail_entry`` compiles the body when a tail call's trampoline calls it first."""
        strict = self.ctx.strict or class_constructor or has_use_strict
        code = FunctionCode()
        self.function_header(code, node, name, function_kind(node), strict, uses_this, method, class_constructor,
                             derived)
        code.nparams = 0
        code.filler = []
        make_compiler = self.compiler_factory()

        def compile_body() -> None:
            try:
                with engine_limits():
                    if cached is not None:
                        node.body = cached.materialize()
                    compiled = make_compiler().compile_function_body(node, name, self_binding, method,
                                                                     class_constructor, derived, home, target=code)
            except BaseException as e:
                if cached is not None:
                    node.body = cached  # a later call tries again
                if isinstance(e, ParseError):
                    throw_syntax_error(e.message)
                if isinstance(e, RecursionError):
                    throw_range_error("Maximum call stack size exceeded")
                if cached is None or not isinstance(e, Exception) or isinstance(e, JSThrow):
                    raise
                # NON-SPEC: only crafted cached data gets here (it passed the checksum)
                throw_syntax_error("Invalid cached data")
            node._ran = True
            # the header stays (callers may have adjusted it, e.g. a class's source text)
            install_body(code, compiled)

        def compile_on_first_call(env: Any, args: list[Any]) -> Any:
            compile_body()
            # the environment [[Call]] made had no slots yet: lay it out as the compiled code needs
            n = code.nparams
            env.vars = (args[:n] if len(args) >= n else args + [None] * (n - len(args))) + code.filler
            return code.run(env, args)

        def compile_on_first_tail_call(fn: Any, this: Any, args: list[Any], given: Any) -> Any:
            compile_body()
            assert code.tail_entry is not compile_on_first_tail_call
            return code.tail_entry(fn, this, args, given)  # type: ignore[misc]

        def compile_on_first_fast_call(fn: Any, this: Any, args: list[Any], given: Any) -> Any:
            # (a [[Call]] through ``fast``: its frame is not the activation, so the body's own
            # entry runs the TailCalls the body returns after that activation has returned)
            compile_body()
            assert code.fast is not compile_on_first_fast_call and code.fast is not None
            return code.fast(fn, this, args, given)
        code.run = compile_on_first_call
        if tail_calls:
            code.tail_entry = compile_on_first_tail_call
            code.fast = compile_on_first_fast_call
        return code

    def compiler_factory(self) -> Callable[[], Any]:
        """NON-SPEC: makes a compiler like this one at this point (its scope chain, source, file
        name, strictness, line and column offsets, referrer, tracing, deferral and names cache),
        for a function body compiled later: on its first call (``lazy_function_code``) or when it
        tiers up (``start_cold``)."""
        ctx = CompileContext(self.ctx.scope, self.ctx.strict, self.ctx.source, self.ctx.filename, False)
        compiler_class, line_offset, column_offset = type(self), self.line_offset, self.column_offset
        column_line = self.column_line
        referrer = getattr(self, "referrer", None)
        trace, defer, names_cache = getattr(self, "trace", False), self.defer, getattr(self, "names_cache", None)

        def make_compiler() -> Any:
            compiler: Any = compiler_class(ctx, line_offset, column_offset)  # type: ignore[call-arg]
            compiler.column_line = column_line
            compiler.referrer = referrer
            compiler.trace = trace
            compiler.defer = defer
            if names_cache is not None:
                compiler.names_cache = names_cache
            return compiler
        return make_compiler

    def start_cold(self, code: FunctionCode, target: FunctionCode, node: Any, name: Any, self_binding: str | None,
                   method: bool, class_constructor: bool, derived: bool, home: bool,
                   nested: "NestedCodes | None" = None) -> None:
        """NON-SPEC: the cold tier (emit.plain_tier): ``code``, compiled by the closure compiler,
        counts its calls; the TIER_UP_CALLS-th compiles the body again with the emitter and puts
        the emitted entries in ``target`` (the FunctionCode the function objects hold: ``code``
        itself, or the header of a body compiled on first call), then finishes on the closure
        tier. The counter is a wrapper of ``run`` (``expr_body`` off, so [[Call]] goes through
        it), gone with the swap; a body the emitter declines stays on the closure tier. Why:
        building closures costs a fraction of emitting and ``compile()``, and most bodies run
        once or a few times (CONTRIBUTING, "Which tier stays"); what is kept for the second
        compile is what the first one had (``compiler_factory``), until the swap drops it, and
        the codes it made for the functions nested in the body (``nested``): the emitted body
        makes its closures from those where its scopes are laid out alike (``NestedCodes``), so
        that they keep what they were compiled to (a module wrapper's functions do not start
        cold again, and their own nested functions with them, when the wrapper tiers up)."""
        make_compiler = self.compiler_factory()
        run, expr_body = code.run, code.expr_body
        code.expr_body = None
        left = emit.TIER_UP_CALLS  # (counts down to 0 once: below it, no second tier-up)

        def cold_run(env: Any, args: list[Any]) -> Any:
            nonlocal left
            left -= 1
            if left == 0:
                tier_up()
            if expr_body is not None:
                return expr_body(env)
            return run(env, args)

        def tier_up() -> None:
            try:
                with engine_limits():
                    hot_compiler = make_compiler()
                    hot_compiler.reuse_codes = nested
                    hot = hot_compiler.hot_function_code(node, name, self_binding, method, class_constructor,
                                                         derived)
                if hot is not None and nested is not None and not nested.laid_out_alike():
                    hot = None  # (a scope changed after a nested code was reused: stays cold)
            except (RecursionError, MemoryError):
                hot = None  # (too deep here to compile: the body stays cold)
            if hot is not None:
                install_body(target, hot)
            elif target.run is cold_run:
                # the emitter declined the body: the closure tier's entries, without the counter
                target.run, target.expr_body = run, expr_body
        code.run = cold_run

    def function_header(self, code: FunctionCode, node: Any, name: Any, kind: str, strict: bool, uses_this: bool,
                        method: bool, class_constructor: bool = False, derived: bool = False) -> None:
        """The parts of a function's code that creating its function object and
        OrdinaryCallBindThis (sec-ordinarycallbindthis) use, known before its body is compiled."""
        is_arrow = node.type == "ArrowFunctionExpression"
        code.kind = kind
        code.name = name
        code.inferred_name = getattr(node, "inferred_name", "")
        if getattr(node, "inferred_this", False):
            # NON-SPEC (V8): ``this.m = function () {}`` right in function K infers ``K.m``
            outer: Scope | None = self.ctx.scope
            while outer is not None and outer.func_node is None:
                outer = outer.parent  # (the nearest function, an arrow too: V8 names by its literal)
            fid = getattr(outer.func_node, "id", None) if outer is not None else None
            if fid is not None:
                code.inferred_name = fid.name + "." + code.inferred_name
        code.length = _expected_argument_count(node.params)
        code.strict = strict
        if is_arrow:
            code.this_mode = LEXICAL
        elif kind == "normal":
            # NON-SPEC: a sloppy function that never looks at `this` skips OrdinaryCallBindThis's
            # coercion (unobservable), as if it were strict.
            code.this_mode = STRICT if strict or not uses_this else GLOBAL
        else:
            code.this_mode = STRICT if strict else GLOBAL
        # a method's [[SourceText]] is its whole MethodDefinition (see mark_method_source)
        start = vars(node).get("_source_start")
        code.source_text = (self.ctx.source, node.range[0] if start is None else start, node.range[1])
        code.filename = self.ctx.filename
        # the function's [[ScriptOrModule]] (OrdinaryFunctionCreate step 17): GetActiveScriptOrModule
        # finds it while the function runs (``active_referrer``)
        code.referrer = getattr(self, "referrer", None)
        code.line, code.column = self.position(node)
        code.method = method
        if kind == "normal":
            code.is_class_constructor = class_constructor
            code.constructor_kind = "derived" if derived else "base"
            code.is_constructor = not is_arrow and not method or class_constructor
            code.has_prototype = code.is_constructor and not class_constructor
        else:
            code.is_constructor = False
            code.has_prototype = kind in ("generator", "asyncGenerator")

    def emitted_function_code(self, fs: Any, node: Any, name: Any, kind: str, method: bool,
                              class_constructor: bool = False, derived: bool = False) -> FunctionCode | None:
        """The function's code with a body from the emitting tier (emit.py), or None when the
        emitter declines it (the caller compiles it with closures). The caller chose the tier
        (emit.plain_tier)."""
        code = FunctionCode()
        self.function_header(code, node, name, kind, fs.strict, fs.info.uses_this, method, class_constructor,
                             derived)
        code.scope = fs.scope
        code.nparams = fs.nparams
        code.filler = slot_filler(fs.scope, fs.nparams)
        if emit.emit_function_code(self, fs, node, code, kind):
            return code
        return None

    def compile_suspendable_function(self, node: Any, name: Any, self_binding: Any, method: bool) -> FunctionCode:
        """A generator, async function, async arrow or async generator: its body is emitted
        (emit.py) as a Python generator function that the drivers of
        runtime/generator_objects.py run -- the emitter is the only compiler of suspendable
        code, whatever ``PYJSVM_EMIT`` says (a body it cannot compile is an error it raises)."""
        is_arrow = node.type == "ArrowFunctionExpression"
        generator = bool(getattr(node, "generator", False))
        is_async = bool(getattr(node, "isAsync", False) or getattr(node, "async", False))
        kind = "asyncGenerator" if generator and is_async else ("generator" if generator else "async")
        fs = self.function_scope_setup(node, is_arrow, self_binding)
        fs.scope.has_home = method
        fs.scope.fn_kind = kind
        emitted = self.emitted_function_code(fs, node, name, kind, method)
        assert emitted is not None  # (the emitter raises what it cannot compile of a suspendable body)
        return emitted

    def compile_function_body(self, node: Any, name: Any, self_binding: str | None = None,
                              method: bool = False, class_constructor: bool = False,
                              derived: bool = False, home: bool = False,
                              target: FunctionCode | None = None) -> FunctionCode:
        """``compile_function_code`` for a body that is there (an ESTree node), for the tier
        ``emit.plain_tier`` says; a cold body tiers up into ``target`` (default: the code made
        here, see ``start_cold``)."""
        generator = bool(getattr(node, "generator", False))
        is_async = bool(getattr(node, "isAsync", False) or getattr(node, "async", False))
        if generator or is_async:
            return self.compile_suspendable_function(node, name, self_binding, method)
        fs = self.plain_scope_setup(node, self_binding, method, class_constructor, derived, None)
        if fs.tier == "emit":
            emitted = self.emitted_function_code(fs, node, name, "normal", method, class_constructor, derived)
            if emitted is not None:
                return with_tail_calls(emitted, fs.tail_calls)
        if fs.tier != "cold":
            code = self.closure_function_code(fs, node, name, method, class_constructor, derived)
            return with_tail_calls(code, fs.tail_calls)
        saved = self.nested_codes
        nested = self.nested_codes = NestedCodes(self.ctx.scope)
        try:
            code = self.closure_function_code(fs, node, name, method, class_constructor, derived)
        finally:
            self.nested_codes = saved
        self.start_cold(code, code if target is None else target, node, name, self_binding, method,
                        class_constructor, derived, home, nested)
        return with_tail_calls(code, fs.tail_calls)

    def hot_function_code(self, node: Any, name: Any, self_binding: str | None, method: bool,
                          class_constructor: bool, derived: bool) -> FunctionCode | None:
        """NON-SPEC: a plain function's code with an emitted body, for a cold body tiering up
        (``start_cold``), or None when the emitter declines it."""
        fs = self.plain_scope_setup(node, self_binding, method, class_constructor, derived, "emit")
        emitted = self.emitted_function_code(fs, node, name, "normal", method, class_constructor, derived)
        return None if emitted is None else with_tail_calls(emitted, fs.tail_calls)

    def plain_scope_setup(self, node: Any, self_binding: str | None, method: bool, class_constructor: bool,
                          derived: bool, tier: str | None) -> Any:
        """``function_scope_setup`` for a plain function (``tier``: as emit.plain_tier says, or
        the one given)."""
        fs = self.function_scope_setup(node, node.type == "ArrowFunctionExpression", self_binding, class_constructor,
                                       tier)
        fs.scope.class_fields = "derived" if derived else None
        fs.scope.has_home = method
        return fs

    def closure_function_code(self, fs: Any, node: Any, name: Any, method: bool, class_constructor: bool,
                              derived: bool) -> FunctionCode:
        """A plain function's code compiled by the closure compiler (its calls in tail
        position not yet resolved: see ``with_tail_calls``)."""
        scope, var_target, body_scope, info = fs.scope, fs.var_target, fs.body_scope, fs.info
        strict, params, simple, param_names = fs.strict, fs.params, fs.simple, fs.param_names
        stmts, expression_body, body_node = fs.stmts, fs.expression_body, node.body
        nparams, args_slot, fn_slot = fs.nparams, fs.args_slot, fs.fn_slot
        ctx = CompileContext(scope, strict, self.ctx.source, self.ctx.filename, False)
        ctx.tail_calls = fs.tail_calls
        saved = self.ctx
        self.ctx = ctx
        try:
            param_init = None if nparams or not params else self.compile_parameters(params, scope)
            ctx.scope = var_target
            func_decls = [(var_target.names[f.id.name], self.compile_function_object(f)) for f in info.func_decls]
            annexb = fs.annexb
            if expression_body:
                body_expr: Closure | None = self.expr(body_node)
                body: Closure | None = None
            else:
                body_expr = None
                body_parts = self.statement_closures(stmts)
                body = self.combine_statements(body_parts)
                body_expr = None if self.trace else self.tail_expression(stmts)
                if fs.dispose_slot is not None:
                    body = self.with_disposal(fs.dispose_slot, body)
                    body_parts, body_expr = [body], None
        finally:
            self.ctx = saved

        code = FunctionCode()
        self.function_header(code, node, name, "normal", strict, info.uses_this, method, class_constructor, derived)
        code.scope = scope
        code.nparams = nparams
        code.filler = slot_filler(scope, nparams)
        mapped = None
        if args_slot is not None and not strict and simple:
            mapped = [(n, scope.names[n]) for n in param_names]

        if body_scope is not None:
            code.run = self.body_scope_runner(scope, body_scope, param_names, args_slot, fn_slot, mapped, param_init,
                                              func_decls, body_expr, body)
            return code
        raw_args_slot = scope.raw_args_slot
        simple_entry = (param_init is None and not func_decls and args_slot is None and fn_slot is None and not annexb
                        and raw_args_slot is None)
        if simple_entry and body_expr is not None:
            be = body_expr
            code.run = lambda env, args: be(env)
            code.expr_body = be
            return code
        if simple_entry:
            code.run = _body_runner(body_parts)
            return code

        def run(env: Any, args: list[Any]) -> Any:
            vars = env.vars
            if args_slot is not None:
                vars[args_slot] = create_arguments_object(env.func, env, args, mapped)
            if raw_args_slot is not None:
                vars[raw_args_slot] = args
            if fn_slot is not None:
                vars[fn_slot] = env.func
            if param_init is not None:
                param_init(env, args)
            for idx, mk in func_decls:
                vars[idx] = mk(env)
            if body_expr is not None:
                return body_expr(env)
            assert body is not None
            if body(env) is RETURN:
                return env.ret
            return None
        code.run = run
        return code

    def function_scope_setup(self, node: Any, is_arrow: bool, self_binding: str | None,
                             force_strict: bool = False, tier: str | None = None) -> Any:
        """The analysis and Scope building shared by every kind of function: the function
        Scope (parameters, ``arguments``, the own-name binding), a separate body Scope when
        there are parameter expressions, and the facts the caller needs."""
        body_node = node.body
        expression_body = body_node.type != "BlockStatement"
        stmts = [] if expression_body else body_node.body
        strict = self.ctx.strict or force_strict or (not expression_body and is_strict_body(stmts))
        info = analyze_body(stmts, strict, node.params, is_arrow)
        if function_kind(node) != "normal":  # suspendable: the emitter is its only compiler
            tier = "emit"
        elif tier is None:
            tier = emit.plain_tier(info.has_loop)
        if expression_body:
            # an arrow's expression body: scan it for eval/arguments/this too
            sub = analyze_body([_ExprStmt(body_node)], strict, None, True)
            info.uses_arguments = info.uses_arguments or sub.uses_arguments
            info.has_direct_eval = info.has_direct_eval or sub.has_direct_eval
            info.uses_this = info.uses_this or sub.uses_this
        params = node.params
        simple = all(p.type == "Identifier" for p in params)
        param_names = [n for p in params for n in bound_names(p)]
        has_dupes = len(set(param_names)) != len(param_names)

        scope = Scope("function", self.ctx.scope, strict)
        scope.info = info
        scope.func_node = node
        scope.is_arrow = is_arrow
        scope.field_initializer = bool(getattr(node, "field_initializer", False))
        for n in param_names:
            scope.add(n)
        nparams = len(param_names) if simple and not has_dupes else 0
        # argumentsObjectNeeded (sec-functiondeclarationinstantiation steps 15-18); a body
        # function or lexical declaration named "arguments" only cancels it without parameter
        # expressions (with them, the parameters' environment still has its own ``arguments``)
        shadowed = ("arguments" in param_names
                    or (simple and ("arguments" in {f.id.name for f in info.func_decls}
                                    or "arguments" in {n for n, _ in info.lex_decls})))
        # NON-SPEC: when `arguments` appears only in ``f.apply(x, arguments)`` calls of a plain
        # function, no arguments object is made: those calls pass the argument list through
        # (ExpressionCompiler.compile_apply_arguments), and make the object only if ``apply``
        # is not %Function.prototype.apply%.
        pass_through = (not is_arrow and info.apply_arguments and not info.uses_arguments and not info.has_direct_eval
                        and not info.has_with and not shadowed and nparams == len(param_names)
                        and "arguments" not in info.var_names
                        and all(f.id.name != "arguments" for f in info.annexb_funcs)
                        and tier != "emit")  # the emitting tier (every suspendable body) makes its own
        needs_arguments = (not is_arrow and (info.uses_arguments or info.has_direct_eval
                                             or (info.apply_arguments and not pass_through))
                           and not shadowed)
        args_slot = scope.add("arguments") if needs_arguments else None
        if pass_through:
            scope.raw_args_slot = scope.add("%args")  # not an identifier: JS cannot name it
            scope.raw_args_nparams = nparams
        # With parameter expressions the body's var declarations get their own environment
        # (sec-functiondeclarationinstantiation step 28), and parameters have a TDZ.
        body_scope: Scope | None = None
        var_target = scope
        if not simple:
            scope.has_param_env = True
            for n in param_names:
                scope.lexical.add(n)
            body_scope = Scope("body", scope, strict)
            body_scope.info = info
            var_target = body_scope
        for n in info.var_names:
            var_target.add(n)
        for n, is_const in info.lex_decls:
            var_target.add(n)
            var_target.lexical.add(n)
            if is_const:
                var_target.consts.add(n)
        # B.3.2.1: before the own name, which a block function's var binding shadows like a var
        annexb = self.annexb_hoisting(info, var_target, param_names, args_slot is not None)
        if self_binding is not None and self_binding not in scope.names and self_binding not in var_target.names:
            scope.funcname_binding = self_binding
            fn_slot: int | None = scope.add(self_binding)
        else:
            fn_slot = None
        if info.has_direct_eval and not strict:
            var_target.dynamic_vars = True
            # a direct eval in a parameter expression declares its vars in the function's own
            # environment, outside the parameters' one (sec-functiondeclarationinstantiation
            # step 20): our function Scope stands for both
            scope.dynamic_vars = True
        # the function body's DisposeCapability (sec-functiondeclarationinstantiation, step 30)
        dispose_slot = var_target.add(DISPOSE_SLOT) if has_using(stmts) else None
        tail_calls = has_tail_calls(node, strict)

        return SimpleNamespace(
            scope=scope, var_target=var_target, body_scope=body_scope, info=info, strict=strict, params=params,
            simple=simple, param_names=param_names, stmts=stmts, expression_body=expression_body,
            nparams=nparams, args_slot=args_slot, fn_slot=fn_slot, dispose_slot=dispose_slot, tail_calls=tail_calls,
            annexb=annexb, tier=tier)

    def tail_expression(self, stmts: list[Any]) -> Closure | None:
        """NON-SPEC: a body made only of ``if (t) return a;`` statements ending in ``return b;``
        compiles to one conditional expression (no completion signals on the way)."""
        if not stmts or stmts[-1].type != "ReturnStatement" or stmts[-1].argument is None:
            return None
        arms: list[tuple[Closure, Closure]] = []
        for st in stmts[:-1]:
            if st.type != "IfStatement" or st.alternate is not None:
                return None
            cons = st.consequent
            if cons.type == "BlockStatement" and len(cons.body) == 1:
                cons = cons.body[0]
            if cons.type != "ReturnStatement" or cons.argument is None:
                return None
            arms.append((self.expr(st.test), self.expr(cons.argument)))
        last = self.expr(stmts[-1].argument)
        if not arms:
            return last
        if len(arms) == 1:
            (t0, r0), = arms

            def if_return_else(env: Any) -> Any:
                v = t0(env)
                if v is True or (v is not False and to_boolean(v)):
                    return r0(env)
                return last(env)
            return if_return_else

        def return_chain(env: Any) -> Any:
            for t, r in arms:
                v = t(env)
                if v is True or (v is not False and to_boolean(v)):
                    return r(env)
            return last(env)
        return return_chain

    def body_scope_runner(self, scope: Scope, body_scope: Scope, param_names: list[str], args_slot: Any, fn_slot: Any,
                          mapped: Any, param_init: Any, func_decls: list[Any], body_expr: Any, body: Any) -> Any:
        """FunctionDeclarationInstantiation with a separate var environment for the body."""
        template = [MISSING if n in body_scope.lexical else None for n in body_scope.names]
        # step 28: a body var named like a parameter (or ``arguments``, when the parameters'
        # environment has it) starts with that binding's value
        copied = set(param_names) | ({"arguments"} if args_slot is not None else set())
        copies = [(body_scope.names[n], scope.names[n]) for n in body_scope.names
                  if n in scope.names and n in copied and n not in body_scope.lexical]

        def run_with_body_env(env: Any, args: list[Any]) -> Any:
            vars = env.vars
            if args_slot is not None:
                vars[args_slot] = create_arguments_object(env.func, env, args, mapped)
            if fn_slot is not None:
                vars[fn_slot] = env.func
            if param_init is not None:
                param_init(env, args)
            benv = FunctionEnv(template[:], env, env.this, env.func, env.new_target)
            bvars = benv.vars
            for bi, pi in copies:
                bvars[bi] = vars[pi]
            for idx, mk in func_decls:
                bvars[idx] = mk(benv)
            if body_expr is not None:
                return body_expr(benv)
            if body(benv) is RETURN:
                return env.ret
            return None
        return run_with_body_env

    def annexb_hoisting(self, info: Any, scope: Scope, param_names: list[str], arguments_object: bool) -> bool:
        """Annex B.3.2.1: a sloppy block-level function also gets a var binding in the function
        (unless that would conflict with a lexical declaration or parameter). With an arguments
        object, "arguments" is one of the parameterNames (sec-functiondeclarationinstantiation
        step 22.f): a block function named ``arguments`` stays block-scoped."""
        if info.strict or not info.annexb_funcs:
            return False
        added = False
        lex = {n for n, _ in info.lex_decls}
        for f in info.annexb_funcs:
            name = f.id.name
            if name in lex or name in param_names or (arguments_object and name == "arguments"):
                continue
            if name not in scope.names:
                scope.add(name)
                added = True
            f._annexb = True
        return added

    def annexb_function_statement(self, node: Any) -> Closure | None:
        """At a block-level function declaration's position: copy the block binding to the
        var-scoped binding (B.3.2.1 step b.ii)."""
        if not getattr(node, "_annexb", False):
            return None
        name = node.id.name
        get = self.compile_identifier_get(name, node.id)
        block_scope = self.ctx.scope
        saved = self.ctx.scope
        # resolve the var binding from outside the block
        s = block_scope
        while s.kind not in ("function", "script", "eval", "body"):
            assert s.parent is not None
            s = s.parent
        self.ctx.scope = s
        try:
            put = self.compile_identifier_set(name, node.id) if s.kind != "script" else None
        finally:
            self.ctx.scope = saved
        depth = self.depth_to(s)

        def annexb_copy(env: Any) -> Any:
            v = get(env)
            if put is not None:
                e = env
                for _ in range(depth):
                    e = e.parent
                put(e, v)
            else:
                g = env.glob.obj
                g.set(name, v, g)
            return None
        return annexb_copy

    def compile_parameters(self, params: list[Any], scope: Scope) -> Callable[[Any, list[Any]], None]:
        """IteratorBindingInitialization of formal parameters (sec-functiondeclarationinstantiation
        steps 24-26), for non-simple or duplicate parameter lists."""
        binders: list[tuple[str, Any]] = []
        for p in params:
            if p.type == "Identifier":
                idx = scope.names[p.name]
                binders.append(("simple", idx))
            elif p.type == "RestElement":
                binders.append(("rest", self.compile_binding_initialization(p.argument, None, True)))
            else:
                binders.append(("pattern", self.compile_binding_initialization(p, None, True)))

        def bind_params(env: Any, args: list[Any]) -> None:
            n = len(args)
            for i, (kind, data) in enumerate(binders):
                if kind == "simple":
                    env.vars[data] = args[i] if i < n else None
                elif kind == "rest":
                    data(env, JSArray(env.glob.realm.array_prototype, list(args[i:])))
                else:
                    data(env, args[i] if i < n else None)
        return bind_params

    def mark_method_source(self, element: Any) -> None:
        """The source text of a method, getter or setter is the MethodDefinition's (with ``get``,
        ``async``, ``*`` and the key, sec-runtime-semantics-methoddefinitionevaluation), not
        the parameters and body the function node covers; a class element's ``static`` is not
        part of it."""
        src = self.ctx.source
        start = element.range[0]
        if getattr(element, "static", False) and src.startswith("static", start):
            start = skip_trivia(src, start + len("static"))
        element.value._source_start = start

    # --- methods in object literals ------------------------------------------------------------
    def compile_method_definition(self, prop: Any, static_key: Any, key_f: Any, enumerable: bool) -> Callable[[Any, Any], None]:
        """MethodDefinitionEvaluation / PropertyDefinitionEvaluation for methods, getters and
        setters (sec-runtime-semantics-methoddefinitionevaluation)."""
        kind = prop.kind
        value = prop.value
        self.mark_method_source(prop)
        code = self.compile_function_code(value, static_key if static_key is not None else "", method=True)
        maker = self.function_maker(code, value)
        eflag = E if enumerable else 0

        def define_method(env: Any, obj: Any, given_key: Any = MISSING) -> None:
            # given_key: a computed key the emitting tier evaluated itself
            key = static_key if key_f is None else key_f(env) if given_key is MISSING else given_key
            f = maker(env)
            f.home_object = obj
            if kind in ("get", "set"):
                set_function_name(f, key, kind)
                if type(obj) is JSObject and obj.extensible and key not in obj.props:
                    # NON-SPEC fast path: a new accessor on the object literal being defined,
                    # which no other object or call site can know yet: the definition
                    # succeeds, and PROTO_EPOCH has nothing to guard
                    obj.props[key] = Prop(None, A | eflag | C, f, None) if kind == "get" else Prop(None, A | eflag | C, None, f)
                    return
                if kind == "get":
                    desc = PropertyDescriptor(get=f, enumerable=bool(eflag), configurable=True)
                else:
                    desc = PropertyDescriptor(set=f, enumerable=bool(eflag), configurable=True)
                define_property_or_throw(obj, key, desc)
            else:
                if key_f is not None:
                    set_function_name(f, key)
                define_property_or_throw(obj, key, PropertyDescriptor(value=f, writable=True, enumerable=bool(eflag),
                                                                      configurable=True))
        return define_method

    # --- references (for compound assignment, update, calls) -----------------------------------
    def compile_reference(self, node: Any, in_chain: bool) -> Any:
        """For a member expression: ``ref(env, want_value) -> (base, key, value)``."""
        if node.type == "ChainExpression":
            raise self.error(node, "Invalid left-hand side in assignment")
        if node.type != "MemberExpression":
            if node.type == "Identifier":
                get = self.compile_identifier_get(node.name, node)
                return lambda env, want=True: (None, None, get(env))
            if node.type == "CallExpression" and not self.ctx.strict:
                return self.compile_call_reference(node)
            raise self.error(node, "Invalid left-hand side in assignment", "SyntaxError")
        if node.object.type == "Super":
            return self.compile_super_reference(node)  # type: ignore[attr-defined]
        if node.property.type == "PrivateIdentifier":
            return self.compile_private_reference(node, in_chain)  # type: ignore[attr-defined]
        of = self.chain(node.object) if in_chain else self.expr(node.object)
        pos = self.position(node)
        kf = self.expr(node.property) if node.computed else None
        key0 = None if node.computed else python_string_to_js(node.property.name)

        def ref(env: Any, want: bool = True) -> Any:
            o = of(env)
            if o is _SHORT:
                return _SHORT
            if kf is not None:
                k = kf(env)
                if o is None or o is NULL:
                    get_index(o, k, pos)
                if not want:
                    # an assignment target: ToPropertyKey waits for PutValue, after the
                    # right-hand side (sec-evaluatepropertyaccesswithexpressionkey)
                    return o, k, None
                k = to_property_key(k)
            else:
                k = key0
            if not want:
                return o, k, None
            if isinstance(o, JSObject):
                return o, k, o.get(k, o)
            return o, k, get_member_of_primitive(o, k, pos)
        return ref

    def compile_call_reference(self, node: Any) -> Any:
        """A call as the target of ``=``, a compound assignment, ``++``/``--`` or for-in/of in
        non-strict code, AssignmentTargetType ~web-compat~ (B.3.9,
        sec-runtime-errors-for-function-call-assignment-targets; syntax/call_targets.py lets it
        parse): the call is evaluated, then a ReferenceError is thrown, before anything else of
        the assignment is evaluated."""
        cf = self.expr(node)

        def call_reference(env: Any, want: bool = True) -> Any:
            cf(env)
            throw_reference_error("Invalid left-hand side in assignment")
        return call_reference

    def compile_reference_put(self, node: Any) -> Callable[[Any, Any, Any, Any], None]:
        if node.type == "Identifier":
            put = self.compile_identifier_set(node.name, node)
            return lambda env, base, key, v: put(env, v)
        if node.type == "MemberExpression" and node.object.type == "Super":
            return self.compile_super_put(node)  # type: ignore[attr-defined]
        if node.type == "MemberExpression" and node.property.type == "PrivateIdentifier":
            return self.compile_private_put(node)  # type: ignore[attr-defined]
        strict = self.ctx.strict
        # PutValue (sec-putvalue): the key of the reference becomes a property key here
        return lambda env, base, key, v: put_member(base, key if type(key) is str else to_property_key(key), v, strict)

    # --- destructuring ---------------------------------------------------------------------------
    def compile_binding_initialization(self, pattern: Any, value_f: Closure | None, lexical: bool,
                                       value_node: Any = None) -> Any:
        """BindingInitialization of a pattern. Returns ``bind(env, value)``, or with ``value_f``
        a statement-like ``f(env)`` evaluating it first (``value_node``: its expression)."""
        def target(node: Any) -> Callable[[Any, Any], None]:
            if node.type == "Identifier":
                return self.compile_identifier_set(node.name, node, init=lexical)
            raise self.error(node, "Invalid destructuring target")

        def identifier_ref(node: Any) -> Any:
            return self.identifier_target_reference(node, lexical) if node.type == "Identifier" else None
        bind = self.compile_pattern(pattern, target, identifier_ref, value_node)
        if value_f is None:
            return bind

        def init(env: Any) -> None:
            bind(env, value_f(env))
        return init

    def compile_destructuring_assignment(self, pattern: Any, rf: Closure, right: Any = None) -> Closure:
        bind = self.compile_destructuring_assignment_target(pattern, right)

        def destructuring_assignment(env: Any) -> Any:
            v = rf(env)
            bind(env, v)
            return v
        return destructuring_assignment

    def compile_destructuring_assignment_target(self, pattern: Any, right: Any = None) -> Callable[[Any, Any], None]:
        def target(node: Any) -> Callable[[Any, Any], None]:
            if node.type == "Identifier":
                return self.compile_identifier_set(node.name, node)
            if node.type == "MemberExpression":
                pre, put = member_ref(node)
                return lambda env, v: put(env, pre(env), v)
            raise self.error(node, "Invalid destructuring assignment target")

        def member_ref(node: Any) -> tuple[Callable[[Any], Any], Callable[[Any, Any, Any], None]]:
            """A member target: (evaluate its reference, PutValue on it)."""
            ref = self.compile_reference(node, False)
            put = self.compile_reference_put(node)

            def evaluate_reference(env: Any) -> Any:
                base, key, _ = ref(env, False)
                return base, key

            def put_value(env: Any, r: Any, v: Any) -> None:
                put(env, r[0], r[1], v)
            return evaluate_reference, put_value

        def target_ref(node: Any) -> Any:
            """A member target, or an identifier resolved at run time, as (evaluate its
            reference, PutValue on it); None for other identifiers."""
            if node.type == "Identifier":
                return self.identifier_target_reference(node, False)
            return member_ref(node)
        return self.compile_pattern(pattern, target, target_ref, right, True)

    def pattern_element(self, node: Any, target: Callable[[Any], Callable[[Any, Any], None]],
                        member_ref: Any) -> tuple[Any, Any]:
        """An element of an array or object pattern as (prepare, assign). For a destructuring
        assignment to a member (``[a.b] = ...``, ``[a[k] = d] = ...``) ``prepare(env)`` evaluates
        the target's reference before the value is taken, as the spec orders it
        (sec-runtime-semantics-iteratordestructuringassignmentevaluation and
        sec-runtime-semantics-keyeddestructuringassignmentevaluation, step 1), and
        ``assign(env, ref, v)`` applies the default and puts the value; otherwise ``prepare`` is
        None and ``assign(env, v)``."""
        core = node.left if node.type == "AssignmentPattern" else node
        found = None
        if member_ref is not None and core.type in ("MemberExpression", "Identifier"):
            found = member_ref(core)
        if found is None:
            return None, self.compile_pattern(node, target, member_ref)
        pre, put = found
        if node.type != "AssignmentPattern":
            return pre, put
        if core.type == "Identifier":
            df = self.named_value(node.right, python_string_to_js(core.name))
        else:
            df = self.expr(node.right)

        def assign_with_default(env: Any, r: Any, v: Any) -> None:
            put(env, r, df(env) if v is None else v)
        return pre, assign_with_default

    def compile_pattern(self, node: Any, target: Callable[[Any], Callable[[Any, Any], None]],
                        member_ref: Any = None, init: Any = None, assign: bool = False) -> Callable[[Any, Any], None]:
        """``init``: the expression whose value the pattern takes, where there is one (a
        declaration's initializer, an assignment's right side, ``assign``): its text words the
        TypeErrors."""
        t = node.type
        subject, iterable_subject = pattern_subjects(init, self.ctx.source, assign)
        if t in ("Identifier", "MemberExpression"):
            return target(node)
        if t == "AssignmentPattern":
            inner = self.compile_pattern(node.left, target, member_ref)
            name = node.left.name if node.left.type == "Identifier" else None
            df = self.named_value(node.right, python_string_to_js(name)) if name is not None else self.expr(node.right)

            def with_default(env: Any, v: Any) -> None:
                if v is None:
                    v = df(env)
                inner(env, v)
            return with_default
        if t == "ObjectPattern":
            steps: list[Any] = []
            rest = None
            first_key = first_pattern_key(node, lambda q: self.property_key(q)[0])  # type: ignore[attr-defined]
            for p in node.properties:
                if p.type == "RestElement":
                    rest = self.pattern_element(p.argument, target, member_ref)
                    continue
                static_key, key_f = self.property_key(p)
                steps.append((static_key, key_f, self.pattern_element(p.value, target, member_ref)))

            def object_pattern(env: Any, v: Any) -> None:
                object_pattern_coercible(v, first_key, subject)
                used: list[Any] = []
                for static_key, key_f, (pre, sub) in steps:
                    k = static_key if key_f is None else key_f(env)
                    used.append(k)
                    r = pre(env) if pre is not None else None
                    if isinstance(v, JSObject):
                        pv = v.get(k, v)
                    else:
                        pv = get_member_of_primitive(v, k, None)
                    if pre is not None:
                        sub(env, r, pv)
                    else:
                        sub(env, pv)
                if rest is not None:
                    pre, sub = rest
                    r = pre(env) if pre is not None else None
                    o = JSObject(env.glob.realm.object_prototype)
                    copy_data_properties(o, v, set(used))
                    if pre is not None:
                        sub(env, r, o)
                    else:
                        sub(env, o)
            return object_pattern
        if t == "ArrayPattern":
            elems: list[Any] = []
            for e in node.elements:
                if e is None:
                    elems.append(("hole", (None, None)))
                elif e.type == "RestElement":
                    elems.append(("rest", self.pattern_element(e.argument, target, member_ref)))
                else:
                    elems.append(("elem", self.pattern_element(e, target, member_ref)))

            def array_pattern(env: Any, v: Any) -> None:
                rec = get_iterator(v, "sync", iterable_subject)
                try:
                    for kind, (pre, sub) in elems:
                        # an assignment target's reference comes before the iterator step
                        r = pre(env) if pre is not None else None
                        if kind == "rest":
                            items = iterator_rest(rec)
                            arr = JSArray(env.glob.realm.array_prototype, items)
                            if pre is not None:
                                sub(env, r, arr)
                            else:
                                sub(env, arr)
                            continue
                        x = None
                        if not rec.done:
                            x = iterator_step_value(rec)
                            if x is DONE:
                                x = None
                        if kind == "elem":
                            if pre is not None:
                                sub(env, r, x)
                            else:
                                sub(env, x)
                except JSThrow as exc:
                    if not rec.done:
                        iterator_close(rec, exc)
                    raise
                if not rec.done:
                    iterator_close(rec, None)
            return array_pattern
        raise self.error(node, f"Invalid destructuring target {t}")

    # --- eval ------------------------------------------------------------------------------------
    def compile_direct_eval(self, node: Any, argsf: Callable[[Any], list[Any]], tail: bool = False) -> Closure:
        """A call ``eval(...)``: a direct eval when ``eval`` is %eval% (sec-function-calls-runtime-semantics-evaluation),
        else an ordinary call (``tail``: in tail position, runtime/functions.prepare_tail_call)."""
        call = self.direct_eval_entry()
        kind, steps = self.resolve("eval")
        if kind == "dynamic":
            # a with object may bind the name: one ResolveBinding gives the function and the
            # this value of an ordinary call (sec-evaluatecall step 1.b, WithBaseObject)
            strict = self.ctx.strict
            pos = self.position(node.callee)

            def direct_eval_dynamic(env: Any) -> Any:
                ref = lookup_dynamic(env, steps, "eval")
                f = get_dynamic_ref(ref, "eval", pos, False, strict)
                return call(f, dynamic_this(ref, env), argsf(env), env, tail)
            return direct_eval_dynamic
        get = self.compile_identifier_get("eval", node.callee)

        def direct_eval(env: Any) -> Any:
            f = get(env)
            return call(f, None, argsf(env), env, tail)
        return direct_eval

    def direct_eval_entry(self) -> Callable[..., Any]:
        """``direct_eval_call`` for a call ``eval(...)`` in the current scope: called with the
        callee, the this value, the arguments, the environment and whether it is a tail call."""
        # (with a cache of its own: what this call site compiled, see prepare_eval)
        return partial(direct_eval_call, type(self), self.ctx.scope, self.ctx.strict, self.line_offset,
                       getattr(self, "referrer", None), {})


# NON-SPEC (V8): where a SyntaxError of eval code or of Function()'s text was found: (that source
# text, line, column, length of the offending token), for the host's uncaught-error header
# (node prints "<anonymous_script>:line", the line and a caret under the token)
DYNAMIC_SYNTAX_SITES: "weakref.WeakKeyDictionary[JSObject, tuple[str, int, int, int]]" = weakref.WeakKeyDictionary()


def throw_dynamic_syntax_error(e: ParseError, source: str) -> None:
    """Throw the SyntaxError of ``e``, found parsing eval code or Function()'s ``source``,
    noting where (no caret at the end of the input, as V8)."""
    try:
        throw_syntax_error(e.message)
    except JSThrow as t:
        if isinstance(t.value, JSObject) and e.line >= 1:
            length = 0 if e.message == "Unexpected end of input" else max(1, getattr(e, "length", 1) or 1)
            DYNAMIC_SYNTAX_SITES[t.value] = (source, e.line, e.column, length)
        raise


def active_referrer() -> Any:
    """GetActiveScriptOrModule (sec-getactivescriptormodule): the referrer holder (see
    module_code.Referrer) of the innermost running code that has one -- a function, a script, a
    module's body or eval code -- or None (the realm's default loader) when no JS runs. What
    Function() and an indirect eval compile gets it (CreateDynamicFunction through
    OrdinaryFunctionCreate, PerformEval step 18), as V8 gives them the host-defined options of
    the code that called them."""
    for limit in (1, 64):
        for owner, _this, _construct, _pos in capture_raw_frames(limit=limit):
            # (eval code has its caller's, found in the next activation)
            ref = getattr(owner, "referrer", None)  # a ScriptCode
            if ref is None:
                holder = getattr(owner, "module", owner)  # (a module body after an await)
                ref = getattr(getattr(holder, "code", None), "referrer", None)  # a function, a module
            if ref is not None:
                return ref
    return None


def host_ensure_can_compile_strings(realm: Any) -> None:
    """HostEnsureCanCompileStrings (sec-hostensurecancompilestrings): an EvalError where the
    realm's context forbids code generation from strings (node:vm's ``codeGeneration {strings:
    false}``)."""
    if not realm.code_generation_strings:
        throw_error("EvalError", "Code generation from strings disallowed for this context")


def direct_eval_call(compiler_class: Any, scope: Scope, strict: bool, line_offset: int, referrer: Any,
                     site_cache: dict[Any, Any], f: Any, this: Any, args: list[Any], env: Any, tail: bool = False) -> Any:
    """EvaluateCall of ``eval(...)`` once the callee ``f`` and the arguments are evaluated
    (sec-function-calls-runtime-semantics-evaluation step 6): when ``f`` is %eval% of the
    running code's realm, PerformEval (sec-performeval) of the first argument with the caller's
    environment ``env`` (its Scope ``scope``) and strictness, else an ordinary call with
    ``this`` (``tail``: in tail position, runtime/functions.prepare_tail_call). Both tiers call
    it (``compiler_class`` compiles the eval code; ``site_cache`` is the call site's, see
    prepare_eval)."""
    realm = env.glob.realm
    if f is realm.intrinsics.get("%eval%"):
        # NON-SPEC (node:vm codeGeneration {strings: false}): "any calls to eval ... will throw
        # an EvalError", a non-string argument too, as in node (the spec returns it first)
        host_ensure_can_compile_strings(realm)
        if not args:
            return None
        x = args[0]
        if type(x) is not str:
            return x
        return perform_eval(compiler_class, x, realm, strict, env, scope, line_offset, referrer, site_cache)
    if isinstance(f, JSObject) and f.is_callable:
        return prepare_tail_call(f, this, args) if tail else f.call(this, args)
    throw_type_error("eval is not a function")


def perform_eval(compiler_class: Any, x: str, realm: Any, strict_caller: bool, env: Any, scope: Scope | None,
                 line_offset: int = 0, referrer: Any = None, site_cache: dict[Any, Any] | None = None) -> Any:
    """PerformEval (sec-performeval). ``env``/``scope`` are the caller's for a direct eval, None
    for an indirect one. ``compiler_class`` compiles the eval code (the caller's own Compiler:
    passed in because this mixin module comes before the class that combines the mixins)."""
    evaluate = prepare_eval(compiler_class, x, realm, strict_caller, env, scope, line_offset, referrer, site_cache)
    # NON-SPEC: the evaluation re-enters the interpreter from C (a partial, EvalFrame.run's
    # ``fn(*args)``), so a recursion through eval piles up C frames that the JS call depth does not
    # bound (function f() { return eval('f()') } overflowed the C stack, a segfault): it is charged
    # to the thread's C-stack budget, as a generator's resume is (agent.c_reentry)
    return c_reentry(get_agent(), _call, evaluate)


def _call(fn: Callable[[], Any]) -> Any:
    return fn()


def prepare_eval(compiler_class: Any, x: str, realm: Any, strict_caller: bool, env: Any, scope: Scope | None,
                 line_offset: int = 0, referrer: Any = None, site_cache: dict[Any, Any] | None = None) -> Callable[[], Any]:
    """The steps of PerformEval (sec-performeval) up to the parse and the early errors (their
    SyntaxError is the running realm's); returns the rest, EvalDeclarationInstantiation and the
    evaluation of the body, to call in the realm the code runs in (a ShadowRealm's evaluate runs
    it in another realm than the one that reports its syntax errors, sec-performshadowrealmeval)."""
    host_ensure_can_compile_strings(realm)
    trace = tracing(realm)
    # NON-SPEC (speed): a direct eval call site keeps the code it compiled for the last few
    # source texts in its ``site_cache`` (an eval in a loop parses and compiles its text once):
    # everything up to EvalDeclarationInstantiation depends only on the text, the caller's
    # strictness and scope, and the call site (the eval origin of stack traces: a cache per
    # scope gave a second eval of the same text in the scope the first one's origin)
    key = (x, strict_caller, trace)
    hit = site_cache.get(key) if site_cache is not None else None
    if hit is not None:
        return partial(hit[0].run, hit[1], env)
    # NON-SPEC: a step budget is charged a step per code unit of the eval code before it is
    # parsed and compiled, and the memory limit checked (see check_source)
    check_source(len(x))
    # NON-SPEC (V8): how the eval code and what it declares show in stack traces
    frame = EvalFrame()
    source = js_string_to_python(x)
    this_scope = eval_this_scope(scope)
    in_function = this_scope is not None
    in_method = this_scope is not None and this_scope.has_home
    in_derived = this_scope is not None and this_scope.class_fields == "derived"
    try:
        program = parse_eval_script(source, strict_caller, in_function, in_method, in_derived,
                                    visible_private_names(scope))
    except ParseError as e:
        throw_dynamic_syntax_error(e, source)
    body = program.body
    strict = strict_caller or is_strict_body(body)
    if scope is None:
        # indirect eval: runs like a script in the global environment (but vars are deletable)
        genv = realm_global_env(realm)
        base = Scope("script", None, False)
        base.is_global = True
        env = FunctionEnv([], genv, realm.global_this, None, None)
        scope = base
    info = analyze_body(body, strict)
    if this_scope is not None and this_scope.field_initializer and (info.uses_arguments or info.apply_arguments):
        # PerformEval step 11: ContainsArguments in a class field initializer
        throw_syntax_error("'arguments' is not allowed in class field initializer or static initialization block")
    escope = Scope("eval", scope, strict)
    escope.info = info
    var_scope = scope
    while var_scope.kind not in ("function", "script", "eval", "body"):
        assert var_scope.parent is not None
        var_scope = var_scope.parent
    if not strict:
        eval_var_conflicts(info, scope, var_scope)
    for n, is_const in info.lex_decls:
        escope.add(n)
        escope.lexical.add(n)
        if is_const:
            escope.consts.add(n)
    global_vars: list[str] = []
    global_annexb: list[str] = []
    extra_vars: list[str] = []
    if strict:
        for n in info.var_names:
            escope.add(n)
    else:
        for n in info.var_names:
            if var_scope.is_global:
                global_vars.append(n)
            elif n not in var_scope.names:
                extra_vars.append(n)
        for f in info.annexb_funcs:
            name = f.id.name
            if name not in {n for n, _ in info.lex_decls}:
                if var_scope.is_global:
                    # B.3.2.3: only where a var of that name could be declared
                    genv = env.glob
                    if name in genv.lex or not genv.can_declare_global_var(name):
                        continue
                    if name not in global_vars and name not in global_annexb:
                        global_annexb.append(name)
                elif name not in var_scope.names and name not in extra_vars:
                    extra_vars.append(name)
                f._annexb = True
    compiler = compiler_class(CompileContext(escope, strict, source, frame.filename, True), 0, 0)
    compiler.trace = trace
    compiler.referrer = referrer  # GetActiveScriptOrModule: the caller's, for a direct eval
    deferred_compilation(compiler, program)
    try:
        func_decls = [(f.id.name, compiler.compile_function_object(f)) for f in info.func_decls]
        # eval code runs once (its compilation may be cached): emitted when it has a loop (emit.plain_tier)
        emitted = emit.emit_eval_body(compiler, escope, body) if emit.plain_tier(info.has_loop) == "emit" else None
        body_f = emitted if emitted is not None else compiler.statement_list(body)
    except ParseError as e:
        throw_syntax_error(e.message)
    if site_cache is not None and not (var_scope.is_global and info.annexb_funcs and not strict) and "`" not in x:
        # (not when B.3.2.3 asked the global object which block functions get a var binding,
        # nor for a text that may hold a tagged template: each eval parses new Parse Nodes,
        # so GetTemplateObject gives it new template objects, sec-gettemplateobject)
        if len(site_cache) >= 16:
            site_cache.clear()
        site_cache[key] = (frame, partial(_instantiate_and_evaluate_eval, info, scope, escope, var_scope, strict,
                                     func_decls, body_f, global_vars, global_annexb, extra_vars))
    return lambda: frame.run(_instantiate_and_evaluate_eval, info, scope, escope, var_scope, strict, func_decls, body_f,
                             global_vars, global_annexb, extra_vars, env)


def _instantiate_and_evaluate_eval(info: Any, scope: Scope, escope: Scope, var_scope: Scope, strict: bool,
                                   func_decls: list[Any], body_f: Any, global_vars: list[str],
                                   global_annexb: list[str], extra_vars: list[str], env: Any) -> Any:
    """PerformEval steps 29-31 (sec-performeval): EvalDeclarationInstantiation, then the body."""
    # depth from the eval scope's parent (the call site) to the var scope
    depth = 0
    s: Scope | None = scope
    while s is not var_scope:
        assert s is not None
        s = s.parent
        depth += 1
    venv = env
    for _ in range(depth):
        venv = venv.parent
    eenv = FunctionEnv([MISSING if n in escope.lexical else None for n in escope.names], env, None, None, None)
    # EvalDeclarationInstantiation (sec-evaldeclarationinstantiation)
    genv = venv.glob
    global_code = not strict and var_scope.is_global
    if global_code:
        # 3.a: no var over a global lexical declaration
        for n in global_vars:
            if n in genv.lex:
                throw_syntax_error(f"Identifier '{n}' has already been declared")
        # 8-10: every function, then every var, must be definable before anything is created
        declared_funcs: list[str] = []
        for name, _ in reversed(func_decls):
            if name not in declared_funcs:
                if not genv.can_declare_global_function(name):
                    throw_type_error(f"Cannot declare global function {name}")
                declared_funcs.append(name)
        for n in global_vars:
            if n not in declared_funcs and not genv.can_declare_global_var(n):
                throw_type_error(f"Cannot declare global variable {n}")
        # 12 (B.3.2.3): the var bindings of block-level functions
        for n in global_annexb:
            if n not in declared_funcs and n not in global_vars:
                genv.create_global_var_binding(n, True)
    for n in extra_vars:
        if getattr(venv, "extra", None) is None:
            venv.extra = {}
        if n not in venv.extra:
            venv.extra[n] = None
    # 16: the functions, then the vars
    for name, mk in func_decls:
        f = mk(eenv)
        if strict:
            eenv.vars[escope.names[name]] = f
        elif global_code:
            genv.create_global_function_binding(name, f, True)
        elif name in var_scope.names:
            venv.vars[var_scope.names[name]] = f
        else:
            assert venv.extra is not None
            venv.extra[name] = f
    if global_code:
        func_names = {name for name, _ in func_decls}
        for n in global_vars:
            if n not in func_names:
                genv.create_global_var_binding(n, True)
    eenv.cv = None
    r = body_f(eenv)
    _ = r
    return eenv.cv


def skip_trivia(src: str, i: int) -> int:
    """NON-SPEC: the index of the next token at or after ``i``: past white space, line
    terminators and comments (sec-white-space, sec-line-terminators, sec-comments)."""
    n = len(src)
    while i < n:
        c = src[i]
        if c in " \t\n\r\v\f\u00a0\ufeff\u2028\u2029" or (c > "\x7f" and c.isspace()):
            i += 1
        elif src.startswith("//", i):
            j = i + 2
            while j < n and src[j] not in "\n\r\u2028\u2029":
                j += 1
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            break
    return i


def visible_private_names(scope: Scope | None) -> frozenset[str]:
    """The private names (without ``#``) of the classes around ``scope``: a class keeps each in
    a binding named ``#x`` of its scope."""
    names: set[str] = set()
    s = scope
    while s is not None:
        names.update(n[1:] for n in s.names if n.startswith("#"))
        s = s.parent
    return frozenset(names)


def eval_this_scope(scope: Scope | None) -> Scope | None:
    """For a direct eval called from ``scope``: the Scope of the non-arrow function whose
    Function Environment is GetThisEnvironment() (sec-getthisenvironment), or None at the top
    level of a script or module (and for an indirect eval)."""
    s = scope
    while s is not None:
        if s.kind == "function" and not s.is_arrow:
            return s
        s = s.parent
    return None


def eval_var_conflicts(info: Any, scope: Scope, var_scope: Scope) -> None:
    """EvalDeclarationInstantiation (sec-evaldeclarationinstantiation) step 3 for a sloppy direct
    eval: a var (or function) the eval code declares may not hoist over a like-named binding of
    an environment between the call site and the variable environment (a block's let/const/class,
    a function body's lexical declarations, or, for an eval in a parameter expression, a
    parameter or ``arguments``). Catch clauses are exempt (B.3.4), ``with`` objects are not
    checked. The global case (HasLexicalDeclaration) is checked when the vars are created."""
    names = list(info.var_names) + [f.id.name for f in info.func_decls]
    if not names:
        return
    s: Scope | None = scope
    while s is not None and s is not var_scope:
        if s.kind not in ("catch", "with"):
            for n in names:
                if n in s.names:
                    throw_syntax_error(f"Identifier '{n}' has already been declared")
        s = s.parent
    if var_scope.is_global:
        return
    if var_scope.kind == "function" and var_scope.has_param_env:
        # the eval runs in a parameter expression: the parameter environment lies in between
        for n in names:
            if n in var_scope.names and n != var_scope.funcname_binding:
                throw_syntax_error(f"Identifier '{n}' has already been declared")
        return
    for n in names:
        if n in var_scope.lexical:
            throw_syntax_error(f"Identifier '{n}' has already been declared")


def realm_global_env(realm: Any) -> Any:
    genv = realm.host_defined.get("global_env")
    if genv is None:
        genv = GlobalEnv(realm)
        realm.host_defined["global_env"] = genv
    return genv


def function_kind(node: Any) -> str:
    """'normal', 'generator', 'async' or 'asyncGenerator'."""
    generator = bool(getattr(node, "generator", False))
    if getattr(node, "isAsync", False) or getattr(node, "async", False):
        return "asyncGenerator" if generator else "async"
    return "generator" if generator else "normal"


def has_tail_calls(node: Any, strict: bool) -> bool:
    """IsInTailPosition (sec-isintailposition) for the calls of a function (``node``; ``strict``:
    its code is strict): whether its body has calls in tail position -- a strict FunctionBody
    or ConciseBody, not a generator or async body nor a class field initializer -- marking
    them (syntax/tail_calls.py). The one decision for a function: the header of a body
    compiled on first call (``lazy_function_code``) and the body's compilation (its entry
    points made to resolve TailCalls, ``with_tail_calls``, and ``CompileContext.tail_calls``)
    both take it from here, so that a call compiled as a tail call always returns its TailCall
    to a trampoline."""
    if not strict or function_kind(node) != "normal" or getattr(node, "field_initializer", False):
        return False
    body = node.body
    if body.type == "BlockStatement":
        return mark_tail_calls(body.body)
    return mark_tail_calls(None, body)


def slot_filler(scope: Scope, nparams: int) -> list[Any]:
    """The initial values of a function environment's slots after its parameters: undefined,
    or MISSING for bindings in their temporal dead zone."""
    filler: list[Any] = [None] * (scope.size - nparams)
    for n in scope.lexical:
        filler[scope.names[n] - nparams] = MISSING
    return filler


class NestedCodes:
    """NON-SPEC (speed): the FunctionCodes that compiling a cold body (``start_cold``) made for
    the functions nested in it, for its tier-up to make its closures from instead of compiling
    them anew -- which would throw away the bodies they had compiled, and tiered up, since.
    A code is reused for the same node, compiled the same way (name, own binding, method...),
    where the scopes between it and the body's enclosing scope (``base``, the scope both
    compilations start from) are laid out alike: the same kinds, slots, TDZ and const facts
    (``_layout``), which is all a compiled reference depends on (Compiler.resolve: a reference
    out of a nested function has crossed its boundary, so the enclosing scopes'
    ``initialized_after``, which each compilation fills as it goes, is not part of it);
    anything else is compiled anew. The layouts are compared where the nested function is compiled and
    again once both compilations are done (``laid_out_alike``)."""

    __slots__ = ("base", "codes", "used")

    def __init__(self, base: Scope) -> None:
        self.base = base
        self.codes: dict[int, tuple[Any, tuple[Any, ...], Scope, tuple[Any, ...], FunctionCode]] = {}
        self.used: list[tuple[Scope, Scope]] = []

    def keep(self, node: Any, how: tuple[Any, ...], scope: Scope, code: FunctionCode) -> None:
        layout = self._layout(scope)
        if layout is not None:
            self.codes[id(node)] = (node, how, scope, layout, code)

    def find(self, node: Any, how: tuple[Any, ...], scope: Scope) -> FunctionCode | None:
        kept = self.codes.get(id(node))
        if kept is None or kept[0] is not node or kept[1] != how or kept[3] != self._layout(scope):
            return None
        self.used.append((kept[2], scope))
        return kept[4]

    def laid_out_alike(self) -> bool:
        """Whether every code reused is still where the scopes are laid out alike, now that
        the second compilation is done."""
        return all(self._layout(first) == self._layout(second) for first, second in self.used)

    def _layout(self, scope: Scope | None) -> tuple[Any, ...] | None:
        """What the references of a function compiled in ``scope`` depend on, from ``scope`` up
        to ``base``; None where ``base`` is not on the way (nothing is kept then)."""
        out: list[Any] = []
        s = scope
        while s is not self.base:
            if s is None:
                return None
            out.append((s.kind, tuple(s.names.items()), frozenset(s.lexical), frozenset(s.consts), s.dynamic_vars,
                        s.is_global, frozenset(s.imports), s.funcname_binding, s.has_param_env, s.is_switch,
                        s.is_arrow, s.fn_kind, s.has_home, s.field_initializer, s.class_fields, s.raw_args_slot,
                        s.raw_args_nparams, s.level))
            s = s.parent
        return tuple(out)


def install_body(code: FunctionCode, compiled: FunctionCode) -> None:
    """NON-SPEC: give ``code`` (the FunctionCode function objects hold, its header kept) the
    body and entries of ``compiled``: a body compiled on first call, or emitted when a cold body
    tiers up. Calls already running keep the entries they started with."""
    code.scope, code.nparams, code.filler = compiled.scope, compiled.nparams, compiled.filler
    code.run, code.expr_body, code.fast = compiled.run, compiled.expr_body, compiled.fast
    code.tail_entry, code.tail_run = compiled.tail_entry, compiled.tail_run
    code.fast_construct, code.emitted = compiled.fast_construct, compiled.emitted
    code.set_direct(compiled.direct, compiled.direct_n)


def with_tail_calls(code: FunctionCode, tail_calls: bool) -> FunctionCode:
    """The compiled code of a plain function, its entry points resolving tail calls when its
    body has calls in tail position (runtime/functions.enable_tail_calls)."""
    if tail_calls:
        enable_tail_calls(code)
    return code


# NON-SPEC: function bodies are compiled on their first call (``FunctionCompiler.defer``);
# ``set_deferred_compilation(False)`` compiles every body with its enclosing code
_DEFER = True


def set_deferred_compilation(on: bool) -> bool:
    """Turn compiling function bodies on first call on or off; returns the old setting."""
    global _DEFER
    old = _DEFER
    _DEFER = on
    return old


def deferred_compilation(compiler: Any, program: Any) -> None:
    """Let ``compiler`` defer the function bodies of ``program`` to their first calls when
    every regular expression literal the parse made is valid (the one early error found while
    compiling; with an invalid one everything is compiled now and the compiler reports it). A
    tree restored from cached data was compiled before: its literals are valid."""
    regexps = getattr(program, "regexp_literals", None)
    compiler.defer = _DEFER and (not regexps or all(
        validate_regexp_literal(python_string_to_js(r.regex.pattern), r.regex.flags) is None for r in regexps))


def _note_first_run(code: FunctionCode, node: Any) -> None:
    """NON-SPEC: marks the function's node ``_ran`` on its first call, so that cached data made
    afterwards keeps its body ready for eager compilation (like V8's code cache)."""
    run = code.run
    expr_body = code.expr_body
    fast = code.fast
    direct, direct_n = code.direct, code.direct_n
    code.expr_body = None  # [[Call]] must go through ``run`` once
    code.fast = None
    code.set_direct(None, -1)

    def first_run(env: Any, args: list[Any]) -> Any:
        code.run = run
        code.expr_body = expr_body
        code.fast = fast
        code.set_direct(direct, direct_n)
        node._ran = True
        return run(env, args)
    code.run = first_run
    if fast is not None and code.tail_entry is not None:
        # a function with tail calls keeps a ``fast`` entry: run from ECMAFunction.call's frame,
        # its trampoline would leave that frame (an activation) in stack traces
        def first_fast(self: Any, this: Any, args: list[Any], given: Any) -> Any:
            code.run = run
            code.fast = fast
            code.set_direct(direct, direct_n)
            node._ran = True
            return fast(self, this, args, given)  # type: ignore[misc]
        code.fast = first_fast


class _ExprStmt:
    """NON-SPEC: wraps an arrow's expression body so the analysis pass can scan it."""

    type = "ExpressionStatement"

    def __init__(self, expression: Any) -> None:
        self.expression = expression
        self.directive = None


def _body_runner(parts: list[Closure]) -> Callable[[Any, list[Any]], Any]:
    """A function body's statements run directly by code.run, a return's value handed back."""
    if not parts:
        return lambda env, args: None
    if len(parts) == 1:
        f0 = parts[0]

        def run1(env: Any, args: list[Any]) -> Any:
            if f0(env) is RETURN:
                return env.ret
            return None
        return run1
    if len(parts) == 2:
        g0, g1 = parts

        def run2(env: Any, args: list[Any]) -> Any:
            r = g0(env)
            if r is None:
                r = g1(env)
            if r is RETURN:
                return env.ret
            return None
        return run2

    def run_n(env: Any, args: list[Any]) -> Any:
        for f in parts:
            r = f(env)
            if r is not None:
                return env.ret if r is RETURN else None
        return None
    return run_n


def _expected_argument_count(params: list[Any]) -> int:
    """ExpectedArgumentCount (sec-static-semantics-expectedargumentcount)."""
    n = 0
    for p in params:
        if p.type in ("AssignmentPattern", "RestElement"):
            break
        n += 1
    return n


