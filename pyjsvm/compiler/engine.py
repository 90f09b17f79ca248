"""Entry points into the engine: compiling scripts (ParseScript + our analysis + closure
compilation), running them in a realm (ScriptEvaluation, sec-runtime-semantics-scriptevaluation),
direct and indirect eval, the Function constructor (CreateDynamicFunction) and vm's
compileFunction."""
from __future__ import annotations

import re
from typing import Any

from pyjsvm.runtime.agent import AGENT, check_source, engine_limits, get_agent, JSThrow, throw_syntax_error, throw_type_error
from pyjsvm.compiler import CompileContext, Compiler
from pyjsvm.syntax.utf16 import js_string_to_python
from pyjsvm.compiler.functions import active_referrer, deferred_compilation, host_ensure_can_compile_strings, throw_dynamic_syntax_error, perform_eval, prepare_eval, realm_global_env
from pyjsvm.compiler.module_code import ModuleCode, Referrer, compile_module
from pyjsvm.runtime.environments import FunctionEnv, WithEnv
from pyjsvm.runtime.functions import ECMAFunction, tail_call_entry
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import get_prototype_from_constructor, to_string
from pyjsvm.runtime.values import MISSING
from pyjsvm.syntax.parse import ParseError, parse_script
from pyjsvm.syntax.scope import Scope, analyze_body
from pyjsvm.runtime import stack
from pyjsvm.syntax.parse import children
from pyjsvm.compiler import classes, core, emit, expressions, functions, statements

__all__ = ["ParseError", "ScriptCode", "compile_script", "compile_module_code", "eval_script", "compile_function", "create_dynamic_function"]


class ScriptCode:
    """A compiled Script Record (sec-script-records) not yet bound to a realm: it can run in
    any number of realms."""

    def __init__(self, source: str, filename: str, program: Any, line_offset: int, column_offset: int,
                 trace: bool = False) -> None:
        self.source = source
        self.trace = trace
        self.filename = filename
        self.program = program  # kept for create_cached_data
        body = program.body
        info = analyze_body(body, False)
        self.strict = info.strict
        self.info = info
        scope = Scope("script", None, info.strict)
        scope.is_global = True
        scope.info = info
        self.scope = scope
        compiler = Compiler(CompileContext(scope, info.strict, source, filename, True), line_offset, column_offset)
        compiler.trace = trace
        deferred_compilation(compiler, program)
        # the Script Record import() sees (sec-script-records [[HostDefined]]): set by the caller
        self.referrer = compiler.referrer = Referrer()
        self.func_decls = [(f.id.name, compiler.compile_function_object(f)) for f in info.func_decls]
        self.annexb_names = []
        if not info.strict:
            lex = {n for n, _ in info.lex_decls}
            for f in info.annexb_funcs:
                if f.id.name not in lex:
                    f._annexb = True
                    self.annexb_names.append(f.id.name)
        # script code runs once: on the closure tier unless it has a loop (emit.plain_tier)
        emitted = emit.emit_script_body(compiler, scope, body) if emit.plain_tier(info.has_loop) == "emit" else None
        self.body = emitted if emitted is not None else compiler.statement_list(body)

    def frame_info(self) -> tuple[str, str, int, int]:
        return "", self.filename, 1, 1

    def run(self, realm: Any) -> Any:
        """ScriptEvaluation (sec-runtime-semantics-scriptevaluation) in ``realm``; returns the
        completion value."""
        genv = realm_global_env(realm)
        saved = get_agent().realm
        AGENT.realm = realm
        try:
            self.global_declaration_instantiation(genv)
            env = FunctionEnv([], genv, realm.global_this, None, None)
            env.cv = None
            self.body(env)
            return env.cv
        except RecursionError:
            raise JSThrow(realm.new_error("RangeError", "Maximum call stack size exceeded")) from None
        finally:
            AGENT.realm = saved

    def global_declaration_instantiation(self, genv: Any) -> None:
        """GlobalDeclarationInstantiation (sec-globaldeclarationinstantiation)."""
        info = self.info
        obj = genv.obj
        lex = genv.lex
        var_names = info.var_names
        declared = genv.realm.global_var_names
        for name, _ in info.lex_decls:
            if name in lex or name in declared:
                throw_syntax_error(f"Identifier '{name}' has already been declared")
            d = obj.get_own_property(name)
            if d is not None and d.configurable is False:
                throw_syntax_error(f"Identifier '{name}' has already been declared")
        for name in var_names:
            if name in lex:
                throw_syntax_error(f"Identifier '{name}' has already been declared")
        func_names = [n for n, _ in self.func_decls]
        for name in func_names:
            if not genv.can_declare_global_function(name):
                throw_type_error(f"Cannot redefine global function {name}")
        for name in var_names:
            if name not in func_names and not genv.can_declare_global_var(name):
                throw_type_error(f"Cannot declare global variable {name}")
        for name, is_const in info.lex_decls:
            lex[name] = MISSING
            genv.drop_cell(name)  # (the binding now shadows the item a cell may hold)
            if is_const:
                genv.consts.add(name)
        env = FunctionEnv([], genv, genv.realm.global_this, None, None)
        for name, mk in self.func_decls:
            genv.create_global_function_binding(name, mk(env), False)
        for name in list(var_names) + self.annexb_names:
            if name not in func_names:
                genv.create_global_var_binding(name, False)


@engine_limits()
def compile_script(source: str, filename: str = "evalmachine.<anonymous>", line_offset: int = 0,
                   column_offset: int = 0, program: Any = None, trace: bool = False) -> ScriptCode:
    """Parse and compile a Script; raises ParseError. ``program``: the analysed tree of
    ``source`` restored from cached data (parsing is skipped). ``trace``: with a hook call before
    each statement (see ``core.tracing``)."""
    if program is None:
        program = parse_script(source, filename, line_offset, column_offset)
    try:
        return ScriptCode(source, filename, program, line_offset, column_offset, trace)
    except RecursionError:
        raise ParseError("Maximum nesting depth exceeded while compiling", filename, 0, 0) from None


@engine_limits()
def compile_module_code(source: str, filename: str = "", program: Any = None, line_offset: int = 0,
                        column_offset: int = 0) -> ModuleCode:
    """ParseModule (sec-parsemodule) and compile the module body; raises ParseError.
    ``program``: the analysed tree restored from cached data (parsing is skipped); the offsets
    shift the positions it reports (vm's ``lineOffset``/``columnOffset``)."""
    return compile_module(Compiler, source, filename, program, line_offset, column_offset)


@engine_limits()
def eval_script(realm: Any, source: str, filename: str = "<test>") -> Any:
    """Compile and run a script in ``realm`` (ParseError becomes a thrown SyntaxError)."""
    try:
        code = compile_script(source, filename)
    except ParseError as e:
        raise JSThrow(realm.new_error(e.kind, e.message)) from None
    return code.run(realm)


def indirect_eval(realm: Any, x: Any) -> Any:
    """%eval% called indirectly (sec-eval-x)."""
    host_ensure_can_compile_strings(realm)  # NON-SPEC: first, as a direct eval (functions.direct_eval_call)
    if type(x) is not str:
        return x
    return perform_eval(Compiler, x, realm, False, None, None, 0, active_referrer())


def prepare_shadow_realm_eval(eval_realm: Any, source_text: str) -> Any:
    """PerformShadowRealmEval steps 1-2 (sec-performshadowrealmeval): HostEnsureCanCompileStrings,
    the parse as a Script and the early errors, reported in the running (the caller's) realm.
    Returns the rest (GetShadowRealmContext, EvalDeclarationInstantiation and the evaluation:
    the steps of an indirect eval in ``eval_realm``), to call with ``eval_realm`` running."""
    return prepare_eval(Compiler, source_text, eval_realm, False, None, None)


_DYNAMIC_KINDS = {
    # kind: (prefix, fallback prototype)
    "normal": ("function", "%Function.prototype%"),
    "generator": ("function*", "%GeneratorFunction.prototype%"),
    "async": ("async function", "%AsyncFunction.prototype%"),
    "asyncGenerator": ("async function*", "%AsyncGeneratorFunction.prototype%"),
}


def create_dynamic_function(realm: Any, constructor: Any, new_target: Any, kind: str, args: list[Any]) -> Any:
    """CreateDynamicFunction (sec-createdynamicfunction) for kind 'normal', 'generator', 'async'
    or 'asyncGenerator'."""
    host_ensure_can_compile_strings(realm)
    if new_target is None:
        new_target = constructor
    prefix_kw, fallback_proto = _DYNAMIC_KINDS[kind]
    params = [to_string(a) for a in args[:-1]]
    body = to_string(args[-1]) if args else ""
    p = js_string_to_python(",".join(params))
    b = js_string_to_python(body)
    prefix = prefix_kw + " anonymous("
    source = prefix + p + "\n) {\n" + b + "\n}"
    wrapped = "(" + source + ")"
    check_source(len(source))  # NON-SPEC: a step per code unit compiled, the memory limit (see prepare_eval)
    try:
        program = parse_script(wrapped, "anonymous")
    except ParseError as e:
        throw_dynamic_syntax_error(e, wrapped)  # (V8 shows the parenthesized text too)
    # The parameters and the body must each parse on their own (no injection across them, as
    # in Function('/*', '*/){')). One parse of the whole text shows it: the text is a single
    # function expression whose body's "{" is the one placed after the parameters' text, and
    # whose end is the closing "}". Then the parameters' tokens are exactly those of P and the
    # body's those of the body text, lexed in the same context as parsed alone, and any early
    # error of either alone is one of the whole (the whole adds only errors that involve both,
    # which the spec's parse of the whole reports too).
    body_nodes = program.body
    fnode = body_nodes[0].expression if len(body_nodes) == 1 and body_nodes[0].type == "ExpressionStatement" else None
    # (ranges count UTF-16 code units: the lengths of the JS strings, not of their Python forms)
    params_end = 1 + len(prefix) + sum(map(len, params)) + max(len(params) - 1, 0)
    if fnode is None or fnode.type != "FunctionExpression" or \
            fnode.range[1] != params_end + len("\n) {\n") + len(body) + len("\n}") or \
            fnode.body.range[0] != params_end + len("\n) "):
        throw_syntax_error("Invalid function body")
    # positions are relative to `source`, not `wrapped`
    _shift_ranges(fnode, -1)
    scope = Scope("script", None, False)
    scope.is_global = True
    compiler = Compiler(CompileContext(scope, False, source, stack.EvalFrame().filename, False))  # (V8: eval at ...)
    compiler.trace = core.tracing(realm)
    compiler.referrer = active_referrer()  # (OrdinaryFunctionCreate: GetActiveScriptOrModule)
    deferred_compilation(compiler, program)
    try:
        code = compiler.compile_function_code(fnode, "anonymous")
    except ParseError as e:
        throw_syntax_error(e.message)
    code.dynamic = True
    genv = realm_global_env(realm)
    env = FunctionEnv([], genv, realm.global_this, None, None)
    proto = get_prototype_from_constructor(new_target, fallback_proto)
    return ECMAFunction(code, env, proto, realm)


def _shift_ranges(node: Any, delta: int) -> None:
    r = getattr(node, "range", None)
    if r is not None:
        node.range = [r[0] + delta, r[1] + delta]
    for c in children(node):
        _shift_ranges(c, delta)


def function_source(body: str, params: list[str] | tuple[str, ...]) -> str:
    """The source text vm.compileFunction parses: a function expression with ``params`` and ``body``."""
    return "(function (" + ", ".join(params) + ") {\n" + body + "\n})"


@engine_limits()
def parse_function(body: str, params: list[str] | tuple[str, ...], filename: str = "", line_offset: int = 0,
                   column_offset: int = 0) -> Any:
    """Parse vm.compileFunction's source (``function_source``); raises ParseError."""
    source = function_source(body, params)
    program = parse_script(source, filename, line_offset - 1, column_offset)
    if len(program.body) != 1 or program.body[0].expression.range[1] != len(source) - 1:
        raise ParseError("Unexpected token '}'", filename, line_offset, column_offset)
    # The body alone must parse too (a parameter string could open what the body closes). NON-SPEC
    # (speed): when every parameter is a plain identifier nothing can span the two, and the first
    # parse has checked the body already; every CommonJS module comes this way, and parsing a
    # large one twice took half of its load (typescript.js: ~20 s of ~43 s).
    if not all(_PLAIN_PARAM.fullmatch(p) for p in params):
        parse_script("(function () {\n" + body + "\n})", filename, line_offset - 1, column_offset)
    return program


_PLAIN_PARAM = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


@engine_limits()
def compile_function(realm: Any, body: str, params: list[str] | tuple[str, ...] = (), filename: str = "",
                     line_offset: int = 0, column_offset: int = 0, extensions: list[JSObject] | None = None,
                     program: Any = None) -> Any:
    """vm.compileFunction: ``body`` as the body of a function with ``params``, compiled in
    ``realm`` with each extension object's properties in scope (like nested ``with``).
    ``program``: ``parse_function``'s tree, perhaps restored from cached data."""
    source = function_source(body, params)
    if program is None:
        program = parse_function(body, params, filename, line_offset, column_offset)
    fnode = program.body[0].expression
    if fnode.type != "FunctionExpression":
        raise ParseError("Invalid function", filename, line_offset, column_offset)
    scope = Scope("script", None, False)
    scope.is_global = True
    exts = list(extensions or [])
    s = scope
    for _ in exts:
        s = Scope("with", s, False)
    compiler = Compiler(CompileContext(s, False, source, filename, False), line_offset - 1, column_offset)
    compiler.column_line = 2  # the body's first line, after "(function (params) {"
    compiler.trace = core.tracing(realm)
    compiler.referrer = Referrer()
    deferred_compilation(compiler, program)
    code = compiler.compile_function_code(fnode, "")
    code.referrer = compiler.referrer
    genv = realm_global_env(realm)
    env: Any = FunctionEnv([], genv, realm.global_this, None, None)
    for e in exts:
        env = WithEnv(e, env, is_with=False)
    return ECMAFunction(code, env, realm.function_prototype, realm)


def _register_stack_codes() -> None:
    stack.register_activation(ECMAFunction.call, ScriptCode.run, tail_call_entry, stack.EvalFrame.run)
    stack.register_activation(ECMAFunction.construct, ECMAFunction.construct_direct, construct=True)
    stack.DELEGATING[ECMAFunction.call.__code__] = "fast"
    stack.register_call_sites(core, expressions, statements, functions, classes)


_register_stack_codes()
