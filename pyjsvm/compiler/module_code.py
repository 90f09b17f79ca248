"""Module code: the static semantics of a Module (sec-module-semantics) and its compilation.

``compile_module`` parses in the module goal and returns a ``ModuleCode``: the parts of a Source
Text Module Record (sec-source-text-module-records) that do not depend on a realm -- the module
requests, the import and export entries, whether the body has a top-level ``await`` -- plus the
compiled body and the slot layout of the module environment. ``pyjsvm.modules`` turns it into a
record and runs it.

The body is compiled like a function body whose Scope is the module environment: imports are
indirect bindings (their slot holds the target environment's ``vars`` and index, see
``ScopeResolver.resolve``), exports are ordinary slots, ``export default <expression>`` initialises
the ``*default*`` slot. The body is emitted (``emit.emit_module``; on the closure tier with
``PYJSVM_EMIT=0``); with a top-level ``await`` it is always emitted, as a Python generator run like
an async function body.

``ModuleCompiler`` (a mixin of ``Compiler``) holds the node types only modules and ``import()``
have; ``Referrer`` is the [[ScriptOrModule]] a compiled text's ``import()`` and ``import.meta``
see (its ``record`` is set by the layer that owns the Script or Module Record).
"""
from __future__ import annotations

from pyjsvm.syntax.record import field, record
from typing import Any, Callable

from pyjsvm.compiler import emit
from pyjsvm.compiler.functions import deferred_compilation
from pyjsvm.compiler.core import Closure, CompileContext, evaluate_import_call, import_meta_object
from pyjsvm.runtime.values import MISSING
from pyjsvm.syntax.modules import (
    ALL, ALL_BUT_DEFAULT, DEFAULT_BINDING, NAMESPACE_OBJECT, SOURCE, ExportEntry, ImportEntry, ModuleRequest, ModuleSyntax,
    module_early_errors, module_entries,
)
from pyjsvm.syntax.parse import ParseError, parse_module
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.syntax.scope import Scope, analyze_body
from pyjsvm.syntax.scope import contains_suspend
from pyjsvm.compiler.statements import DISPOSE_SLOT, has_using


class Referrer:
    """The [[ScriptOrModule]] of compiled code: ``record`` is the Script Record (for the host) or
    the Module Record whose code this is, set after compilation."""

    __slots__ = ("record",)

    def __init__(self, record: Any = None) -> None:
        self.record = record


@record
class ModuleCode(ModuleSyntax):
    """The realm-independent part of a Source Text Module Record: its static semantics and the
    compiled body with the layout of its environment."""

    has_top_level_await: bool = False
    slots: dict[str, int] = field(default_factory=dict)
    template: list[Any] = field(default_factory=list)
    func_decls: list[tuple[int, Closure]] = field(default_factory=list)
    body: Any = None               # f(env) (sync), or a generator function g(env) (top-level await)
    referrer: Referrer = field(default_factory=Referrer)
    program: Any = None            # the analysed tree (ESTree), for the code cache


def compile_module(compiler_cls: Callable[..., Any], source: str, filename: str, program: Any = None,
                   line_offset: int = 0, column_offset: int = 0) -> ModuleCode:
    """ParseModule (sec-parsemodule) and compile its body; raises ParseError. ``program``: the
    analysed tree restored from cached data (parsing is skipped). ``line_offset`` and
    ``column_offset`` (vm's SourceTextModule options) shift the positions errors and stack
    traces show, as a script's do."""
    if program is None:
        program = parse_module(source, filename, line_offset, column_offset)
    code = ModuleCode(source, filename)
    code.program = program  # kept for create_cached_data
    body = module_entries(program, code)
    info = analyze_body(body, True)
    module_early_errors(code, info)
    code.has_top_level_await = any(contains_suspend(s, False) for s in body)
    global_scope = Scope("script", None, True)
    global_scope.is_global = True
    scope = Scope("function", global_scope, True)
    scope.info = info
    scope.fn_kind = "async" if code.has_top_level_await else "normal"
    for ie in code.import_entries:
        name = js_string_to_python(ie.local_name)
        scope.add(name)
        scope.lexical.add(name)
        scope.consts.add(name)
        if ie.import_name not in (NAMESPACE_OBJECT, SOURCE):
            scope.imports.add(name)  # ``import * as ns`` is an ordinary immutable binding
    for n in info.var_names:
        scope.add(n)
    for n, is_const in info.lex_decls:
        scope.add(n)
        scope.lexical.add(n)
        if is_const:
            scope.consts.add(n)
    default_fn = None
    for s in body:
        if s.type == "ExportDefaultDeclaration":
            scope.add(DEFAULT_BINDING)
            scope.lexical.add(DEFAULT_BINDING)
            if s.declaration.type == "FunctionDeclaration":
                default_fn = s.declaration
    compiler = compiler_cls(CompileContext(scope, True, source, filename, False), line_offset, column_offset)
    compiler.referrer = code.referrer
    deferred_compilation(compiler, program)
    try:
        code.func_decls = [(scope.names[f.id.name], compiler.compile_function_object(f)) for f in info.func_decls]
        if default_fn is not None:
            fcode = compiler.compile_function_code(default_fn, "default")
            code.func_decls.append((scope.names[DEFAULT_BINDING], compiler.function_maker(fcode, default_fn)))
        stmts = [s for s in body if not (s.type == "ExportDefaultDeclaration" and s.declaration is default_fn)]
        # the module's DisposeCapability (sec-source-text-module-record-execute-module, via
        # sec-module-semantics-runtime-semantics-evaluation)
        dispose_slot = scope.add(DISPOSE_SLOT) if has_using(stmts) else None
        # (with a top-level await the emitter is the only compiler: it raises what it cannot compile)
        # module code runs once: emitted when it has a loop (emit.plain_tier) or a top-level await
        emitted = (emit.emit_module_body(compiler, scope, stmts, code.has_top_level_await)
                   if code.has_top_level_await or emit.plain_tier(info.has_loop) == "emit" else None)
        if emitted is not None:
            code.body = emitted
        else:
            code.body = compiler.statement_list(stmts)
            if dispose_slot is not None:
                code.body = compiler.with_disposal(dispose_slot, code.body)
    except RecursionError:
        raise ParseError("Maximum nesting depth exceeded while compiling", filename, 0, 0) from None
    code.slots = {python_string_to_js(n): i for n, i in scope.names.items()}
    code.template = [MISSING if n in scope.lexical else None for n in scope.names]
    return code


class ModuleCompiler:
    """Mixin: ``export default``, ``import()`` and ``import.meta``."""

    ctx: CompileContext
    referrer: Referrer | None = None

    def s_ExportDefaultDeclaration(self, node: Any) -> Closure:
        """``export default AssignmentExpression;`` and ``export default class {}``
        (sec-exports-runtime-semantics-evaluation): the value, named "default" when anonymous,
        initialises ``*default*``."""
        d = node.declaration
        if d.type == "ClassDeclaration":
            vf = self.compile_class(d, "default")  # type: ignore[attr-defined]
        else:
            vf = self.named_value(d, "default")  # type: ignore[attr-defined]
        put = self.compile_identifier_set(DEFAULT_BINDING, node, init=True)  # type: ignore[attr-defined]

        def export_default(env: Any) -> None:
            put(env, vf(env))
        return export_default

    def e_ImportExpression(self, node: Any) -> Closure:
        """``import(specifier [, options])`` (sec-import-call-runtime-semantics-evaluation)."""
        sf = self.expr(node.source)  # type: ignore[attr-defined]
        of = self.expr(node.options) if getattr(node, "options", None) is not None else None  # type: ignore[attr-defined]
        referrer = self.referrer
        phase = getattr(node, "phase", None) or "evaluation"

        def import_call(env: Any) -> Any:
            specifier = sf(env)
            options = of(env) if of is not None else None
            return evaluate_import_call(referrer, specifier, options, phase)
        return import_call

    def import_meta(self, node: Any) -> Closure:
        """``import.meta`` (sec-meta-properties-runtime-semantics-evaluation): the module's
        [[ImportMeta]] object, made on first use."""
        referrer = self.referrer
        return lambda env: import_meta_object(referrer)


__all__ = ["ModuleCode", "ModuleCompiler", "Referrer", "compile_module", "evaluate_import_call", "import_meta_object", "ModuleRequest",
           "ImportEntry", "ExportEntry", "ALL", "ALL_BUT_DEFAULT", "NAMESPACE_OBJECT", "SOURCE",
           "DEFAULT_BINDING"]
