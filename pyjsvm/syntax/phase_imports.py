"""Import phases esprima-fork does not parse: source phase imports (``import source x from "m"``,
``import.source(specifier)``) and deferred imports (``import defer * as ns from "m"``,
``import.defer(specifier)``).

NON-SPEC (parser extension): esprima's ``Parser`` gets two methods wrapped when this module is
imported; every other input goes to esprima's own code. The nodes are esprima's
``ImportDeclaration`` (one ``ImportDefaultSpecifier`` / ``ImportNamespaceSpecifier``) and
``ImportExpression`` with an extra ``phase`` attribute ("source" or "defer").
"""
from __future__ import annotations

from typing import Any

from esprima import nodes as _nodes  # type: ignore[import-untyped]
from esprima.parser import Parser  # type: ignore[import-untyped]
from esprima.error_handler import Error as EsprimaError  # type: ignore[import-untyped]
from esprima.token import Token  # type: ignore[import-untyped]


def _peek(parser: Any, n: int) -> list[Any]:
    """The next ``n`` tokens after the lookahead (fewer where one cannot be read), without
    consuming them. The scanner reads them without the parser's context, so a ``/`` is always
    a punctuator: what follows it in a regular expression literal (``await /\\s/.exec(x)``,
    ``for (var re = /\\d/; ...)``) may be no token at all, and the tokens before it are all the
    callers look at (the parser itself then reads the literal)."""
    scanner = parser.scanner
    state = scanner.saveState()
    curly = scanner.curlyStack[:]
    out = []
    try:
        for _ in range(n):
            scanner.scanComments()
            out.append(scanner.lex())
    except EsprimaError:
        pass
    finally:
        scanner.restoreState(state)
        scanner.curlyStack = curly
    return out


def _is_name(tok: Any, value: str | None = None) -> bool:
    return tok.type in (Token.Identifier, Token.Keyword, Token.BooleanLiteral, Token.NullLiteral) and \
        (value is None or (tok.value == value and not getattr(tok, "escaped", False)))


_original_import_declaration = Parser.parseImportDeclaration
_original_import_call = Parser.parseImportCall
_original_match_import_call = Parser.matchImportCall
_original_match_import_meta = Parser.matchImportMeta


def _phase_call(parser: Any) -> str | None:
    """"source" or "defer" when the lookahead ``import`` starts ``import . source (`` / ``import . defer (``."""
    if not parser.matchKeyword("import"):
        return None
    after = _peek(parser, 3)
    if len(after) == 3 and after[0].value == "." and after[2].value == "(":
        for phase in ("source", "defer"):
            if _is_name(after[1], phase):
                return phase
    return None


def _is_phase_call(parser: Any) -> bool:
    return _phase_call(parser) is not None


def _match_import_call(self: Any) -> bool:
    return bool(_original_match_import_call(self)) or _is_phase_call(self)


def _match_import_meta(self: Any) -> bool:
    # ``new import.source(...)`` must not parse: esprima lets `new import` through only for import.meta
    return bool(_original_match_import_meta(self)) and not _is_phase_call(self)


def _parse_import_declaration(self: Any) -> Any:
    """``import source ImportedBinding FromClause ;``, ``import defer NameSpaceImport FromClause ;``
    (else esprima's ImportDeclaration)."""
    after = _peek(self, 3)   # tokens after `import`
    if len(after) >= 2 and _is_name(after[0], "defer") and after[1].value == "*":
        if self.context.inFunctionBody:
            self.throwError("Unexpected token")
        node = self.createNode()
        self.expectKeyword("import")
        self.nextToken()                       # defer
        specifier = self.parseImportNamespaceSpecifier()
        if not self.matchContextualKeyword("from"):
            self.throwUnexpectedToken(self.lookahead)
        self.nextToken()
        src = self.parseModuleSpecifier()
        attributes = self.parseImportAttributes()
        self.consumeSemicolon()
        decl = self.finalize(node, _nodes.ImportDeclaration([specifier], src, attributes))
        decl.phase = "defer"
        return decl
    if len(after) == 3 and _is_name(after[0], "source") and after[1].type is Token.Identifier and \
            not (after[1].value == "from" and not getattr(after[1], "escaped", False) and after[2].type is Token.StringLiteral):
        if self.context.inFunctionBody:
            self.throwError("Unexpected token")
        node = self.createNode()
        self.expectKeyword("import")
        self.nextToken()                       # source
        specifier = self.parseImportDefaultSpecifier()
        if not self.matchContextualKeyword("from"):
            self.throwUnexpectedToken(self.lookahead)
        self.nextToken()
        src = self.parseModuleSpecifier()
        attributes = self.parseImportAttributes()
        self.consumeSemicolon()
        decl = self.finalize(node, _nodes.ImportDeclaration([specifier], src, attributes))
        decl.phase = "source"
        return decl
    return _original_import_declaration(self)


def _parse_import_call(self: Any) -> Any:
    """``import . source ( AssignmentExpression ,opt )``, ``import . defer ( ... )`` (else esprima's ImportCall)."""
    phase = _phase_call(self)
    if phase is not None:
        node = self.createNode()
        self.expectKeyword("import")
        self.expect(".")
        self.nextToken()                       # source / defer
        self.expect("(")
        if self.match(")") or self.match("..."):
            self.throwUnexpectedToken(self.lookahead)
        source = self.isolateCoverGrammar(self.parseAssignmentExpression)
        if self.match(","):
            self.nextToken()
        self.expect(")")
        self.context.isAssignmentTarget = False
        self.context.isBindingElement = False
        expr = self.finalize(node, _nodes.ImportExpression(source, None))
        expr.phase = phase
        return expr
    return _original_import_call(self)


Parser.parseImportDeclaration = _parse_import_declaration
Parser.parseImportCall = _parse_import_call
Parser.matchImportCall = _match_import_call
Parser.matchImportMeta = _match_import_meta
