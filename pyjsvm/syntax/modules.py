"""The static semantics of a Module (sec-module-semantics): ModuleRequests, ImportEntries and
ExportEntries (sec-parsemodule), and the module early errors esprima does not report
(sec-module-semantics-static-semantics-early-errors): duplicate exported names, lone surrogates in
string export names, import bindings clashing with each other or with declarations, duplicate
import attribute keys, string literals exported without ``from``."""
from __future__ import annotations

from pyjsvm.syntax.record import field, record
from typing import Any

from pyjsvm.syntax.parse import ParseError
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.syntax.scope import bound_names

# ImportEntry.[[ImportName]] of ``import * as ns``, and ExportEntry.[[ImportName]] of
# ``export * from`` / ``export * as ns from`` (sec-importentry-record-fields, sec-exportentry-records)
NAMESPACE_OBJECT = "*namespace-object*"
SOURCE = "*source*"          # ImportEntry.[[ImportName]] of ``import source x from "m"``
ALL = "*all*"
ALL_BUT_DEFAULT = "*all-but-default*"
DEFAULT_BINDING = "*default*"


@record(frozen=True)
class ModuleRequest:
    """A ModuleRequest Record (sec-modulerequest-record): the specifier, the import attributes as
    sorted (key, value) pairs, and the phase ('evaluation' or 'source')."""

    specifier: str
    attributes: tuple[tuple[str, str], ...] = ()
    phase: str = "evaluation"

    def same_as(self, other: "ModuleRequest") -> bool:
        """ModuleRequestsEqual (sec-modulerequestsequal)."""
        return self.specifier == other.specifier and self.attributes == other.attributes


@record
class ImportEntry:
    """An ImportEntry Record (sec-importentry-record-fields)."""

    module_request: ModuleRequest
    import_name: str               # a name, NAMESPACE_OBJECT or SOURCE
    local_name: str


@record
class ExportEntry:
    """An ExportEntry Record (sec-exportentry-records); None fields are the spec's null."""

    export_name: str | None
    module_request: ModuleRequest | None
    import_name: str | None        # a name, ALL or ALL_BUT_DEFAULT
    local_name: str | None


@record
class ModuleSyntax:
    """What ParseModule learns from a Module's text (sec-parsemodule steps 4-10)."""

    source: str
    filename: str
    requested_modules: list[ModuleRequest] = field(default_factory=list)
    all_requests: list[ModuleRequest] = field(default_factory=list)   # NON-SPEC: every occurrence (Node's moduleRequests)
    import_entries: list[ImportEntry] = field(default_factory=list)
    local_export_entries: list[ExportEntry] = field(default_factory=list)
    indirect_export_entries: list[ExportEntry] = field(default_factory=list)
    star_export_entries: list[ExportEntry] = field(default_factory=list)


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
    phase = getattr(node, "phase", None) or "evaluation"   # "source" / "defer" (phase_imports.py)
    return ModuleRequest(python_string_to_js(node.source.value), tuple(sorted(attrs.items())), phase)


def module_entries(program: Any, code: ModuleSyntax) -> list[Any]:
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
                if req.phase == "source":
                    import_entries.append(ImportEntry(req, SOURCE, local))
                elif s.type == "ImportDefaultSpecifier":
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
            elif ie.import_name == SOURCE or ie.module_request.phase == "defer":
                # a module source object, or a deferred namespace: an ordinary binding
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


def module_early_errors(code: ModuleSyntax, info: Any) -> None:
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
