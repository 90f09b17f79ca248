"""Module code: the static semantics of a Module (sec-module-semantics) and its compilation.

``compile_module`` parses in the module goal and returns a ``ModuleCode``: the parts of a Source
Text Module Record (sec-source-text-module-records) that do not depend on a realm -- the module
requests, the import and export entries, whether the body has a top-level ``await`` -- plus the
compiled body and the slot layout of the module environment. ``pyjsvm.modules`` turns it into a
record and runs it.

The body is compiled like a function body whose Scope is the module environment: imports are
indirect bindings (their slot holds the target environment's ``vars`` and index, see
``ScopeResolver.resolve``), exports are ordinary slots, ``export default <expression>`` initialises
the ``*default*`` slot. With a top-level ``await`` the body is compiled in suspendable mode
(``generators.py``) and run like an async function body.

``ModuleCompiler`` (a mixin of ``Compiler``) holds the node types only modules and ``import()``
have; ``Referrer`` is the [[ScriptOrModule]] a compiled text's ``import()`` and ``import.meta``
see (its ``record`` is set by the layer that owns the Script or Module Record).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from pyjsvm.compiler.core import Closure, CompileContext
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.values import MISSING
from pyjsvm.syntax.parse import ParseError, parse_module
from pyjsvm.syntax.scope import Scope, analyze_body, bound_names


class Referrer:
    """The [[ScriptOrModule]] of compiled code: ``record`` is the Script Record (for the host) or
    the Module Record whose code this is, set after compilation."""

    __slots__ = ("record",)

    def __init__(self, record: Any = None) -> None:
        self.record = record


# ImportEntry.[[ImportName]] of ``import * as ns``, and ExportEntry.[[ImportName]] of
# ``export * from`` / ``export * as ns from`` (sec-importentry-record-fields, sec-exportentry-records)
NAMESPACE_OBJECT = "*namespace-object*"
ALL = "*all*"
ALL_BUT_DEFAULT = "*all-but-default*"
DEFAULT_BINDING = "*default*"


@dataclass(frozen=True)
class ModuleRequest:
    """A ModuleRequest Record (sec-modulerequest-record): the specifier, the import attributes as
    sorted (key, value) pairs, and the phase ('evaluation' or 'source')."""

    specifier: str
    attributes: tuple[tuple[str, str], ...] = ()
    phase: str = "evaluation"

    def same_as(self, other: "ModuleRequest") -> bool:
        """ModuleRequestsEqual (sec-modulerequestsequal)."""
        return self.specifier == other.specifier and self.attributes == other.attributes


@dataclass
class ImportEntry:
    """An ImportEntry Record (sec-importentry-record-fields)."""

    module_request: ModuleRequest
    import_name: str               # a name or NAMESPACE_OBJECT
    local_name: str


@dataclass
class ExportEntry:
    """An ExportEntry Record (sec-exportentry-records); None fields are the spec's null."""

    export_name: str | None
    module_request: ModuleRequest | None
    import_name: str | None        # a name, ALL or ALL_BUT_DEFAULT
    local_name: str | None


@dataclass
class ModuleCode:
    """The realm-independent part of a Source Text Module Record."""

    source: str
    filename: str
    requested_modules: list[ModuleRequest] = field(default_factory=list)
    all_requests: list[ModuleRequest] = field(default_factory=list)   # NON-SPEC: every occurrence (Node's moduleRequests)
    import_entries: list[ImportEntry] = field(default_factory=list)
    local_export_entries: list[ExportEntry] = field(default_factory=list)
    indirect_export_entries: list[ExportEntry] = field(default_factory=list)
    star_export_entries: list[ExportEntry] = field(default_factory=list)
    has_top_level_await: bool = False
    slots: dict[str, int] = field(default_factory=dict)
    template: list[Any] = field(default_factory=list)
    func_decls: list[tuple[int, Closure]] = field(default_factory=list)
    body: Any = None               # f(env) (sync), or a generator function g(env) (top-level await)
    referrer: Referrer = field(default_factory=Referrer)


def _name_of(node: Any) -> str:
    """ModuleExportName: an IdentifierName or a string literal (its code units)."""
    if node.type == "Literal":
        return python_string_to_js(node.value)
    return python_string_to_js(node.name)


def _request(node: Any) -> ModuleRequest:
    """ModuleRequests of one declaration with its WithClause (sec-static-semantics-modulerequests)."""
    attrs: dict[str, str] = {}
    for a in getattr(node, "attributes", None) or []:
        key = _name_of(a.key)
        if key in attrs:
            raise ParseError(f"Import attribute has duplicate key '{js_string_to_python(key)}'", "", a.loc.start.line
                             if getattr(a, "loc", None) else 0, 0)
        attrs[key] = python_string_to_js(a.value.value)
    phase = "source" if getattr(node, "phase", None) == "source" else "evaluation"
    return ModuleRequest(python_string_to_js(node.source.value), tuple(sorted(attrs.items())), phase)


def module_entries(program: Any, code: ModuleCode) -> list[Any]:
    """ImportEntries, ExportEntries and ModuleRequests (sec-parsemodule steps 4-10) of a Module;
    returns the body as the statements left to compile (declarations unwrapped)."""
    body: list[Any] = []
    requests: list[ModuleRequest] = []

    def add_request(req: ModuleRequest) -> ModuleRequest:
        code.all_requests.append(req)
        for r in requests:
            if r == req:
                return r
        requests.append(req)
        return req

    import_entries: list[ImportEntry] = []
    export_entries: list[ExportEntry] = []
    for node in program.body:
        t = node.type
        if t == "ImportDeclaration":
            req = add_request(_request(node))
            for s in node.specifiers:
                local = python_string_to_js(s.local.name)
                if s.type == "ImportDefaultSpecifier":
                    import_entries.append(ImportEntry(req, "default", local))
                elif s.type == "ImportNamespaceSpecifier":
                    import_entries.append(ImportEntry(req, NAMESPACE_OBJECT, local))
                else:
                    import_entries.append(ImportEntry(req, _name_of(s.imported), local))
        elif t == "ExportAllDeclaration":
            req = add_request(_request(node))
            if node.exported is None:
                export_entries.append(ExportEntry(None, req, ALL_BUT_DEFAULT, None))
            else:
                export_entries.append(ExportEntry(_name_of(node.exported), req, ALL, None))
        elif t == "ExportNamedDeclaration":
            if node.declaration is not None:
                d = node.declaration
                names = ([n for decl in d.declarations for n in bound_names(decl.id)]
                         if d.type == "VariableDeclaration" else [d.id.name])
                for n in names:
                    export_entries.append(ExportEntry(python_string_to_js(n), None, None, python_string_to_js(n)))
                body.append(d)
            elif node.source is not None:
                req = add_request(_request(node))
                for s in node.specifiers:
                    export_entries.append(ExportEntry(_name_of(s.exported), req, _name_of(s.local), None))
            else:
                for s in node.specifiers:
                    if s.local.type == "Literal":
                        raise ParseError("A string literal cannot be used as an exported binding without `from`",
                                         code.filename, s.local.loc.start.line if getattr(s.local, "loc", None) else 0, 0)
                    export_entries.append(ExportEntry(_name_of(s.exported), None, None, _name_of(s.local)))
        elif t == "ExportDefaultDeclaration":
            d = node.declaration
            if d.type in ("FunctionDeclaration", "ClassDeclaration") and getattr(d, "id", None) is not None:
                export_entries.append(ExportEntry("default", None, None, python_string_to_js(d.id.name)))
                body.append(d)
            else:
                export_entries.append(ExportEntry("default", None, None, DEFAULT_BINDING))
                body.append(node)
        else:
            body.append(node)
    code.requested_modules = requests
    code.import_entries = import_entries
    # sec-parsemodule step 10: sort the export entries into local, indirect and star exports
    imported = {ie.local_name: ie for ie in import_entries}
    for ee in export_entries:
        if ee.module_request is None:
            ie = imported.get(ee.local_name or "")
            if ie is None:
                code.local_export_entries.append(ee)
            elif ie.import_name == NAMESPACE_OBJECT:
                # a re-export of an imported module namespace object
                code.indirect_export_entries.append(ExportEntry(ee.export_name, ie.module_request, ALL, None))
            else:
                code.indirect_export_entries.append(ExportEntry(ee.export_name, ie.module_request, ie.import_name, None))
        elif ee.import_name == ALL_BUT_DEFAULT:
            code.star_export_entries.append(ee)
        else:
            code.indirect_export_entries.append(ee)
    return body


def _early_errors(code: ModuleCode, info: Any, body: list[Any]) -> None:
    """The module early errors esprima leaves to us (sec-module-semantics-static-semantics-early-errors)."""
    names: list[str] = [ee.export_name for ee in code.local_export_entries + code.indirect_export_entries
                        + code.star_export_entries if ee.export_name is not None]
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise ParseError(f"Duplicate export of '{js_string_to_python(n)}'", code.filename, 0, 0)
        seen.add(n)
    for n in names:
        _check_well_formed(n, code.filename)
    lexical = [n for n, _ in info.lex_decls] + [f.id.name for f in info.func_decls]
    locals_ = [python_string_to_js(ie.local_name) for ie in code.import_entries]
    declared: set[str] = set()
    for n in locals_:
        if n in declared:
            raise ParseError(f"Identifier '{js_string_to_python(n)}' has already been declared", code.filename, 0, 0)
        declared.add(n)
    var_names = set(info.var_names) - {f.id.name for f in info.func_decls}
    for n in lexical:
        if n in declared or n in var_names:
            raise ParseError(f"Identifier '{n}' has already been declared", code.filename, 0, 0)
        declared.add(n)
    for n in var_names:
        if n in locals_:
            raise ParseError(f"Identifier '{n}' has already been declared", code.filename, 0, 0)


def _check_well_formed(name: str, filename: str) -> None:
    """IsStringWellFormedUnicode for a ModuleExportName string literal."""
    i = 0
    while i < len(name):
        c = ord(name[i])
        if 0xD800 <= c <= 0xDBFF and i + 1 < len(name) and 0xDC00 <= ord(name[i + 1]) <= 0xDFFF:
            i += 2
            continue
        if 0xD800 <= c <= 0xDFFF:
            raise ParseError("An export name cannot include a lone surrogate", filename, 0, 0)
        i += 1


def compile_module(compiler_cls: Callable[..., Any], source: str, filename: str) -> ModuleCode:
    """ParseModule (sec-parsemodule) and compile its body; raises ParseError."""
    program = parse_module(source, filename)
    code = ModuleCode(source, filename)
    body = module_entries(program, code)
    from pyjsvm.compiler.generators import contains_suspend
    info = analyze_body(body, True)
    _early_errors(code, info, body)
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
        if ie.import_name != NAMESPACE_OBJECT:
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
    compiler = compiler_cls(CompileContext(scope, True, source, filename, False))
    compiler.referrer = code.referrer
    try:
        code.func_decls = [(scope.names[f.id.name], compiler.compile_function_object(f)) for f in info.func_decls]
        if default_fn is not None:
            fcode = compiler.compile_function_code(default_fn, "default")
            code.func_decls.append((scope.names[DEFAULT_BINDING], compiler.function_maker(fcode, default_fn)))
        stmts = [s for s in body if not (s.type == "ExportDefaultDeclaration" and s.declaration is default_fn)]
        if code.has_top_level_await:
            compiler.gen_kind = "async"
            code.body = compiler.gstatement_list(stmts)
        else:
            code.body = compiler.statement_list(stmts)
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

    def ss_ExportDefaultDeclaration(self, node: Any) -> Any:
        d = node.declaration
        if d.type == "ClassDeclaration":
            vf = self.suspendable_class(d, "default")  # type: ignore[attr-defined]
        else:
            vf = self.gnamed(d, "default")  # type: ignore[attr-defined]
        put = self.compile_identifier_set(DEFAULT_BINDING, node, init=True)  # type: ignore[attr-defined]

        def export_default(env: Any) -> Any:
            put(env, (yield from vf(env)))
        return export_default

    def e_ImportExpression(self, node: Any) -> Closure:
        """``import(specifier [, options])`` (sec-import-call-runtime-semantics-evaluation)."""
        sf = self.expr(node.source)  # type: ignore[attr-defined]
        of = self.expr(node.options) if getattr(node, "options", None) is not None else None  # type: ignore[attr-defined]
        referrer = self.referrer
        phase = "source" if getattr(node, "phase", None) == "source" else "evaluation"

        def import_call(env: Any) -> Any:
            specifier = sf(env)
            options = of(env) if of is not None else None
            return evaluate_import_call(referrer, specifier, options, phase)
        return import_call

    def sx_ImportExpression(self, node: Any) -> Any:
        sf = self.gx(node.source)  # type: ignore[attr-defined]
        of = self.gx(node.options) if getattr(node, "options", None) is not None else None  # type: ignore[attr-defined]
        referrer = self.referrer

        def import_call(env: Any) -> Any:
            specifier = yield from sf(env)
            options = (yield from of(env)) if of is not None else None
            return evaluate_import_call(referrer, specifier, options, "evaluation")
        return import_call

    def import_meta(self, node: Any) -> Closure:
        """``import.meta`` (sec-meta-properties-runtime-semantics-evaluation): the module's
        [[ImportMeta]] object, made on first use."""
        referrer = self.referrer

        def get_import_meta(env: Any) -> Any:
            record = referrer.record if referrer is not None else None
            if record is None or not hasattr(record, "get_import_meta"):
                from pyjsvm.runtime.agent import throw_syntax_error
                throw_syntax_error("Cannot use 'import.meta' outside a module")
            return record.get_import_meta()
        return get_import_meta


def evaluate_import_call(referrer: Referrer | None, specifier: Any, options: Any, phase: str) -> Any:
    """EvaluateImportCall through the hook the modules layer installs on the agent."""
    hook = AGENT.import_dynamically
    if hook is None:
        from pyjsvm.runtime.agent import throw_type_error
        throw_type_error("import() is not supported by this host")  # NON-SPEC: no modules layer loaded
    return hook(referrer.record if referrer is not None else None, specifier, options, phase)
