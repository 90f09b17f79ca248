"""``using`` and ``await using`` declarations (sec-let-const-using-and-await-using-declarations),
which esprima-fork does not parse, with their early errors.

NON-SPEC (parser extension): esprima's ``Parser`` gets a few methods wrapped when this module is
imported; every other input goes to esprima's own code. A declaration is esprima's
``VariableDeclaration`` with kind ``"const"`` (so esprima's validator, our scope analysis and the
compiler treat its bindings as const: lexical, TDZ, immutable, no ``let``, no redeclaration) and
an extra attribute ``using``: ``"using"`` or ``"await using"`` (absent on other declarations).

Grammar and early errors handled here:
- ``using [no LineTerminator here] BindingList[~Pattern] ;`` and
  ``await [no LineTerminator here] using [no LineTerminator here] BindingList[~Pattern] ;``
  (``await using`` only where ``await`` is a keyword: async functions and modules);
- bindings are identifiers only, each with an initializer (except in a for-of head);
- not at the top level of a Script (or eval code), not directly in a switch's case or default
  clause, and not bound to ``await`` directly in a class static block;
- in ``for`` heads: ``for (using x = ...; ;)``, ``for (using x of ...)`` (``using of`` is
  ``using`` the identifier: ``for (using of of xs)``), ``for ([await] using x of ...)``, never
  ``for (using x in ...)``.
``using`` stays an identifier elsewhere: ``using = 1``, ``using[x]``, ``using\\nx`` (ASI).
"""
from __future__ import annotations

from typing import Any

from esprima import nodes as _nodes  # type: ignore[import-untyped]
from esprima.messages import Messages  # type: ignore[import-untyped]
from esprima.parser import Parser  # type: ignore[import-untyped]
from esprima.token import Token  # type: ignore[import-untyped]

from pyjsvm.syntax.phase_imports import _peek

# Where a statement list item is being parsed (the innermost wins): using declarations are
# allowed in blocks, function bodies, class static blocks and modules.
_ALLOWED = ("block", "function", "static", "module")


def _word(tok: Any, value: str) -> bool:
    """``tok`` is the identifier ``value`` written without escapes."""
    return tok.type is Token.Identifier and tok.value == value and not getattr(tok, "escaped", False)


def _binding_start(tok: Any) -> bool:
    """``tok`` can start a BindingIdentifier (``let`` included: an early error later)."""
    return tok.type is Token.Identifier or (tok.type is Token.Keyword and tok.value in ("let", "yield"))


def _using_kind(parser: Any) -> str | None:
    """"using" / "await using" when the lookahead starts such a declaration, else None."""
    la = parser.lookahead
    if _word(la, "using"):
        nxt = _peek(parser, 2)
        if not nxt or nxt[0].lineNumber != la.lineNumber or not _binding_start(nxt[0]):
            return None
        return "using"
    if _word(la, "await") and parser.context.allowAwait:
        nxt = _peek(parser, 2)
        if len(nxt) == 2 and _word(nxt[0], "using") and nxt[0].lineNumber == la.lineNumber and \
                _binding_start(nxt[1]) and nxt[1].lineNumber == nxt[0].lineNumber:
            return "await using"
    return None


def _contexts(parser: Any) -> list[str]:
    stack = getattr(parser, "_using_contexts", None)
    if stack is None:
        stack = parser._using_contexts = []
    return stack  # type: ignore[no-any-return]


def _in_static_block(parser: Any) -> bool:
    """Directly in a class static block (not in a function nested in it)."""
    for c in reversed(_contexts(parser)):
        if c in ("function", "static"):
            return c == "static"
    return False


def _parse_using_binding(self: Any, kind: str, in_for: bool) -> Any:
    """A LexicalBinding[~Pattern] of a using declaration."""
    node = self.createNode()
    if self.match("[") or self.match("{"):
        self.throwError(f"'{kind}' declarations may not have binding patterns")
    token = self.lookahead
    ident = self.parseVariableIdentifier("const")
    if ident.name == "await" and _in_static_block(self):
        self.throwUnexpectedToken(token)
    if self.context.strict and self.scanner.isRestrictedWord(ident.name):
        self.tolerateError(Messages.StrictVarName)
    init = None
    if self.match("="):
        self.nextToken()
        init = self.isolateCoverGrammar(self.parseAssignmentExpression)
    elif not in_for:
        self.throwError(Messages.DeclarationMissingInitializer, kind)
    return self.finalize(node, _nodes.VariableDeclarator(ident, init))


def _parse_using_declaration(self: Any, kind: str, in_for: bool) -> Any:
    """``[await] using BindingList`` (without the ``;``) as a VariableDeclaration."""
    node = self.createNode()
    if kind == "await using":
        self.nextToken()
    self.nextToken()
    declarations = [_parse_using_binding(self, kind, in_for)]
    while self.match(","):
        self.nextToken()
        declarations.append(_parse_using_binding(self, kind, in_for))
    decl = self.finalize(node, _nodes.VariableDeclaration(declarations, "const"))
    decl.using = kind
    return decl


_original_statement_list_item = Parser.parseStatementListItem
_original_for_statement = Parser.parseForStatement


def _parse_statement_list_item(self: Any) -> Any:
    """StatementListItem, with UsingDeclaration / AwaitUsingDeclaration."""
    kind = _using_kind(self)
    if kind is None:
        return _original_statement_list_item(self)
    contexts = _contexts(self)
    where = contexts[-1] if contexts else "block"
    if where not in _ALLOWED:
        self.throwError(f"'{kind}' declarations are not allowed here" if where != "script" else
                        f"'{kind}' declarations are not allowed at the top level of a script")
    self.context.isAssignmentTarget = True
    self.context.isBindingElement = True
    decl = _parse_using_declaration(self, kind, in_for=False)
    self.consumeSemicolon()
    return decl


def _for_head_kind(self: Any) -> str | None:
    """The using kind of a for statement's head (lookahead ``for``), without consuming."""
    toks = _peek(self, 6)   # tokens after `for`
    i = 0
    if toks and _word(toks[0], "await"):
        i = 1
    if len(toks) < i + 3 or toks[i].value != "(" or toks[i].type is not Token.Punctuator:
        return None
    first, rest = toks[i + 1], toks[i + 2:]
    if _word(first, "using") and rest[0].lineNumber == first.lineNumber and _binding_start(rest[0]):
        if _word(rest[0], "of") and not (len(rest) > 1 and rest[1].value == "="):
            return None
        return "using"
    if _word(first, "await") and self.context.allowAwait and len(rest) >= 2 and _word(rest[0], "using") and \
            rest[0].lineNumber == first.lineNumber and _binding_start(rest[1]) and rest[1].lineNumber == rest[0].lineNumber:
        return "await using"
    return None


def _parse_for_statement(self: Any) -> Any:
    """ForStatement / ForInOfStatement whose head declares ``using`` / ``await using`` bindings
    (else esprima's)."""
    kind = _for_head_kind(self)
    if kind is None:
        return _original_for_statement(self)
    node = self.createNode()
    self.expectKeyword("for")
    is_await = self.matchContextualKeyword("await")
    if is_await:
        if not self.context.allowAwait:
            self.throwUnexpectedToken(self.lookahead)
        self.nextToken()
    self.expect("(")
    previous_allow_in = self.context.allowIn
    self.context.allowIn = False
    decl = _parse_using_declaration(self, kind, in_for=True)
    self.context.allowIn = previous_allow_in
    declarations = decl.declarations
    test = update = right = None
    if len(declarations) == 1 and declarations[0].init is None and self.matchContextualKeyword("of"):
        self.nextToken()
        right = self.isolateCoverGrammar(self.parseAssignmentExpression)
    else:
        if self.matchKeyword("in"):
            self.throwError(f"'{kind}' declarations are not allowed in for-in loops")
        if self.matchContextualKeyword("of"):
            self.throwError(Messages.ForInOfLoopInitializer, "for-of")
        for d in declarations:
            if d.init is None:
                self.throwError(Messages.DeclarationMissingInitializer, kind)
        if is_await:
            self.throwError("for await requires an of loop")
        self.expect(";")
        if not self.match(";"):
            test = self.parseExpression()
        self.expect(";")
        if not self.match(")"):
            update = self.parseExpression()
    self.expect(")")
    previous_in_iteration = self.context.inIteration
    self.context.inIteration = True
    body = self.isolateCoverGrammar(self.parseStatement)
    self.context.inIteration = previous_in_iteration
    if right is None:
        return self.finalize(node, _nodes.ForStatement(decl, test, update, body))
    return self.finalize(node, _nodes.ForOfStatement(decl, right, body, is_await))


def _within(context: str, original: Any) -> Any:
    """Wrap a parser method so that statement list items parsed by it are in ``context``."""
    # NON-SPEC: a plain call of ``original`` (every wrapped method takes only self): on CPython
    # 3.11 a call with ``*args`` re-enters the interpreter on the C stack, so 25,000 nested
    # blocks overflowed it (a segfault) before the recursion limit was reached
    def wrapped(self: Any) -> Any:
        contexts = _contexts(self)
        contexts.append(context)
        try:
            return original(self)
        finally:
            contexts.pop()
    wrapped.__name__ = original.__name__
    wrapped.__doc__ = f"esprima's {original.__name__}, its statement list items in a {context!r} context."
    return wrapped


def _class_element_context(original: Any) -> Any:
    def parse_class_element(self: Any, has_constructor: Any) -> Any:
        """esprima's parseClassElement; a static block's items are in a 'static' context."""
        contexts = _contexts(self)
        contexts.append("static")
        try:
            return original(self, has_constructor)
        finally:
            contexts.pop()
    return parse_class_element


Parser.parseStatementListItem = _parse_statement_list_item
Parser.parseForStatement = _parse_for_statement
Parser.parseScript = _within("script", Parser.parseScript)
Parser.parseModule = _within("module", Parser.parseModule)
Parser.parseBlock = _within("block", Parser.parseBlock)
Parser.parseFunctionSourceElements = _within("function", Parser.parseFunctionSourceElements)
Parser.parseSwitchCase = _within("case", Parser.parseSwitchCase)
Parser.parseExportDeclaration = _within("export", Parser.parseExportDeclaration)
Parser.parseClassElement = _class_element_context(Parser.parseClassElement)
