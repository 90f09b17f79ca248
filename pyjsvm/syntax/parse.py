"""Parsing with esprima-fork into ESTree, with locations and ranges.

A syntax error becomes ``ParseError`` (a Python exception) carrying the message, file name,
line and column; the caller turns it into a JS SyntaxError in the right realm.
"""
from __future__ import annotations

import gc
import re
import threading
from contextlib import contextmanager
from typing import Any, Iterator

import esprima  # type: ignore[import-untyped]
import esprima.nodes  # type: ignore[import-untyped]
import esprima.parser  # type: ignore[import-untyped]
import esprima.validation  # type: ignore[import-untyped]

from pyjsvm.syntax.inferred_names import infer_function_name
from pyjsvm.syntax.polling import _POLL, PollAbort, poll, set_parse_poll  # noqa: F401 - re-exported
from pyjsvm.syntax import long_tokens  # noqa: F401 - long tokens scanned in chunks, polled (before line_terminators)
from pyjsvm.syntax import phase_imports  # noqa: F401 - extends esprima's parser (source phase imports)
from pyjsvm.syntax import using  # noqa: F401 - extends esprima's parser (using declarations)
from pyjsvm.syntax import line_terminators  # noqa: F401 - string literals that span lines
from pyjsvm.syntax import call_targets  # noqa: F401 - f() = 1 in non-strict code (Annex B)
from pyjsvm.syntax import class_accessors  # noqa: F401 - get<newline>x() {} in a class is a getter
from pyjsvm.syntax import parenthesized_private  # noqa: F401 - (#x) in o is a SyntaxError
from pyjsvm.syntax import parenthesized_patterns  # noqa: F401 - [(a = 1)] = [] is a SyntaxError
from pyjsvm.syntax import strict_directive  # noqa: F401 - "use strict"; package is a SyntaxError
from pyjsvm.syntax import lazy_loc  # noqa: F401 - ESTree loc made on first use
from pyjsvm.syntax import constant_literals  # noqa: F401 - literals of constants read in one pass
from pyjsvm.syntax import fast_tokens

# The class of every ESTree node esprima-fork makes (source structure, not JS data).
SyntaxNode: type = esprima.nodes.Node

# the budget check (syntax/polling.py), made at every token
_next_token = esprima.parser.Parser.nextToken


def _parser_poll() -> None:
    # inside the parser, the check's Exception leaves as PollAbort; the parse entry points
    # raise the original again
    for check in _POLL:
        try:
            check()
        except Exception as e:
            raise PollAbort(e) from None


def _polled_next_token(self: Any, allowEscaped: bool = False) -> Any:  # noqa: N803 - esprima's name
    _parser_poll()
    return _next_token(self, allowEscaped)


esprima.parser.Parser.nextToken = _polled_next_token

# ... and at every statement esprima's validator checks after the parse: it walks a nest of
# labels down from each of them (n nested labels: n**2 steps without reading a token)
_validate_statement = esprima.validation._Validator.statement


def _polled_validate_statement(self: Any, node: Any, context: Any, annex_b: bool = False,
                               labels_allowed: bool = False) -> Any:
    _parser_poll()
    return _validate_statement(self, node, context, annex_b, labels_allowed)


esprima.validation._Validator.statement = _polled_validate_statement
# NON-SPEC (speed): the step to the next token in one frame (fast_tokens.py), budget check
# included; ``_polled_next_token`` is the chain it replaces, which the tests compare it with. The
# per-parser nextToken of sources with line continuations wraps it too.
esprima.parser.Parser.nextToken = fast_tokens.next_token
line_terminators._original_next_token = fast_tokens.next_token


class ParseError(Exception):
    """An early error found while parsing: ``kind`` is the JS error name ('SyntaxError',
    or 'ReferenceError' for the few early ReferenceErrors)."""

    def __init__(self, message: str, filename: str = "", line: int = 0, column: int = 0,
                 kind: str = "SyntaxError", length: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.kind = kind
        self.length = length  # how many columns the offending token spans (node's ^^^ under it)

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}:{self.column}: {self.kind}: {self.message}"


def _clean_message(msg: str) -> str:
    if msg.startswith("Line ") and ": " in msg:
        return msg.split(": ", 1)[1]
    return msg


# [\w$\u0080-\uffff]+ as a union: the same characters, and the range \u0080-\uffff inside one
# class made re.compile build a 64K-entry table (2-3 ms of every start-up)
_WORD = re.compile(r"#?(?:[\w$]|[^\x00-\x7f\U00010000-\U0010ffff])+")
_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'" + r'|"(?:[^"\\\n]|\\.)*"')


def _v8_message(e: Any, source: str, module: bool = False) -> tuple[str, int]:
    """NON-SPEC: esprima's message for a syntax error, worded as V8 (so as node) words it, and
    the length of the offending token: ``Unexpected token ';'``, ``Unexpected identifier 'bar'``,
    ``Invalid or unexpected token``, ``Unexpected strict mode reserved word``."""
    msg = _clean_message(str(getattr(e, "message", e)))
    index = getattr(e, "index", None)
    at = source[index:] if isinstance(index, int) and 0 <= index <= len(source) else ""
    if msg == "Unexpected token" and at[:1].isspace():
        at = at.lstrip()  # (esprima points before the whitespace ahead of a nested import/export)
    word = _WORD.match(at)
    if word and word.group() in ("import", "export") and msg in ("Unexpected token", "Unexpected token import",
                                                                 "Unexpected reserved word"):
        # module syntax in a script or a function body (a module's import is then an import
        # call or import.meta, and V8 stops at the token after it)
        if word.group() == "export":
            return "Unexpected token 'export'", 6
        rest = at[6:].lstrip()
        if module:
            after = _WORD.match(rest)
            if after:
                return f"Unexpected identifier '{after.group()}'", len(after.group())
            if rest[:1] in ("'", '"'):
                m = _STRING.match(rest)
                return "Unexpected string", len(m.group()) if m else 1
            if rest[:1] in ("{", "*"):
                return f"Unexpected token '{rest[0]}'", 1
        elif rest.startswith("."):
            return "Cannot use 'import.meta' outside a module", 6
        elif not rest.startswith("("):
            return "Cannot use import statement outside a module", 6
    v8 = _v8_wording(msg, source, index, at, word, module)
    if v8 is not None:
        return v8
    if msg == "Unexpected identifier" and word and word.group() == "await" and (
            module or isinstance(index, int) and _FOR_BEFORE.search(source, max(0, index - 64), index)):
        return "Unexpected reserved word", 5  # (a module's await outside async functions; for await)
    if msg == "Unexpected token ILLEGAL":
        # an unterminated string literal: V8 underlines the rest of its line
        return "Invalid or unexpected token", len(at.split("\n", 1)[0]) if at[:1] in ("'", '"') else 1
    if msg.startswith("Unexpected token ") and at.startswith(msg[17:]):
        token = msg[17:]
        return f"Unexpected token '{token}'", len(token)
    if msg == "Unexpected identifier" and word:
        return f"Unexpected identifier '{word.group()}'", len(word.group())
    if msg == "Use of future reserved word in strict mode":
        return "Unexpected strict mode reserved word", len(word.group()) if word else 1
    if msg == "Unexpected reserved word" and word:
        return msg, len(word.group())
    if msg == "Unexpected number":
        m = re.match(r"\.?[\w.]+", at)
        return msg, len(m.group()) if m else 1
    if msg == "Unexpected string":
        m = _STRING.match(at)
        return msg, len(m.group()) if m else 1
    return msg, 1


# NON-SPEC: esprima's wordings of early errors and V8's (each checked against node 20)
_SAME_ERROR = {
    "Illegal continue statement": "Illegal continue statement: no surrounding iteration statement",
    "Strict mode function may not have duplicate parameter names": "Duplicate parameter name not allowed in this context",
    "Assignment to eval or arguments is not allowed in strict mode": "Unexpected eval or arguments in strict mode",
    "Postfix increment/decrement may not have eval or arguments operand in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Prefix increment/decrement may not have eval or arguments operand in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Assigning to eval or arguments is forbidden in strict mode": "Invalid destructuring assignment target",
    "Module names cannot contain lone surrogates": "Invalid module export name: contains unpaired surrogate",
}
_CONTINUE_TARGET = re.compile(r"Illegal continue target '(.*)'")
_DUPLICATE_EXPORT = re.compile(r"Duplicate export '(.*)'")
_EXPORT_NOT_DEFINED = re.compile(r"Export '(.*)' is not defined")
_NEW_DOT = re.compile(r"(?<![\w$.])new\s*\.\s*$")
_EXPORT_DEFAULT = re.compile(r"(?<![\w$.])export\s+default(?![\w$])")


def _v8_wording(msg: str, source: str, index: Any, at: str, word: Any, module: bool) -> tuple[str, int] | None:
    """NON-SPEC: V8's message (and the length of what it underlines) for an early error that
    esprima words otherwise, or None."""
    same = _SAME_ERROR.get(msg)
    if same is not None:
        return same, 1
    m = _CONTINUE_TARGET.fullmatch(msg)
    if m:
        return f"Illegal continue statement: '{m.group(1)}' does not denote an iteration statement", 8
    m = _DUPLICATE_EXPORT.fullmatch(msg)
    if m:
        if m.group(1) == "default" and isinstance(index, int) and _EXPORT_DEFAULT.match(at) \
                and _EXPORT_DEFAULT.search(source, 0, index):
            return "Identifier '.default' has already been declared", 1  # (two export default declarations)
        return f"Duplicate export of '{m.group(1)}'", len(m.group(1))
    m = _EXPORT_NOT_DEFINED.fullmatch(msg)
    if m:
        return f"Export '{m.group(1)}' is not defined in module", len(m.group(1))
    if msg == "Unexpected identifier" and word and word.group() == "target" and isinstance(index, int) \
            and _NEW_DOT.search(source, max(0, index - 64), index):
        return "new.target expression is not allowed here", 6
    if msg == "Unexpected reserved word" and word and word.group() == "super":
        return "'super' keyword unexpected here", 5
    if module and isinstance(index, int) and (at.startswith("<!--") or source[max(0, index - 2):index + 1] == "-->"):
        return "HTML comments are not allowed in modules", 1
    if msg == "Octal literals are not allowed in strict mode." and at[:1] in ("'", '"'):
        m = _STRING.match(at)
        text = m.group() if m else at
        if re.search(r"(?<!\\)(?:\\\\)*\\[89]", text):
            return "\\8 and \\9 are not allowed in strict mode.", len(text)
        return "Octal escape sequences are not allowed in strict mode.", len(text)
    if module and msg == "let is disallowed as a lexically bound name":
        return "Unexpected strict mode reserved word", 3
    return None


# NON-SPEC: an error at the token right after the word ``await`` (``await x`` where await is no
# operator: outside async functions and modules), reported as V8 reports it, even after a ``.``
_AWAIT_BEFORE = re.compile(r"(?<![\w$\\])await[ \t]*$")
_FOR_BEFORE = re.compile(r"(?<![\w$.#\\])for[ \t]*$")
_LINE_BREAK = re.compile("\r\n?|[\n\u2028\u2029]")


def _error_from(e: Any, source: str, filename: str, line_offset: int = 0, column_offset: int = 0,
                module: bool = False) -> ParseError:
    line = getattr(e, "lineNumber", 0) or 0
    col = getattr(e, "column", 0) or 0
    index = getattr(e, "index", None)
    if isinstance(index, int) and 0 < index <= len(source) and not module:
        m = _AWAIT_BEFORE.search(source, max(0, index - 64), index)
        if m is not None:
            # as V8: the message names the await, and points at it
            at = m.start()
            breaks = list(_LINE_BREAK.finditer(source, 0, at))
            line = len(breaks) + 1
            col = at - (breaks[-1].end() if breaks else 0) + 1
            return ParseError("await is only valid in async functions and the top level bodies of modules",
                              filename, line + line_offset, col + (column_offset if line == 1 else 0), length=5)
    message, length = _v8_message(e, source, module)
    return ParseError(message, filename, line + line_offset, col + (column_offset if line == 1 else 0),
                      length=length)


# NON-SPEC: the regular expression literals each parse creates, kept on its Program node as
# ``regexp_literals``: the compiler validates them all before it defers compiling any function
# body to its first call (their early errors must come before the code runs). A tree restored
# from cached data has no such list: it was compiled once already.
_RECORDING = threading.local()
_regex_literal_init = esprima.nodes.RegexLiteral.__init__


def _recorded_regex_literal(self: Any, value: Any, raw: Any, pattern: Any, flags: Any) -> None:
    _regex_literal_init(self, value, raw, pattern, flags)
    found = getattr(_RECORDING, "found", None)
    if found is not None:
        found.append(self)


esprima.nodes.RegexLiteral.__init__ = _recorded_regex_literal
_assignment_init = esprima.nodes.AssignmentExpression.__init__


def _named_assignment(self: Any, operator: Any, left: Any, right: Any) -> None:
    _assignment_init(self, operator, left, right)
    infer_function_name(self)


esprima.nodes.AssignmentExpression.__init__ = _named_assignment  # (V8's inferred names)


class _RecordRegexpLiterals:
    """``with`` around one parse: its regular expression literals go to ``found``."""

    def __enter__(self) -> list[Any]:
        self.saved = getattr(_RECORDING, "found", None)
        found: list[Any] = []
        _RECORDING.found = found
        return found

    def __exit__(self, *exc: Any) -> None:
        _RECORDING.found = self.saved


def parse_script(source: str, filename: str = "", line_offset: int = 0, column_offset: int = 0) -> Any:
    """Parse a Script (sec-parse-script); returns the ESTree Program node."""
    try:
        with _RecordRegexpLiterals() as found:
            with making_program(len(source)):
                program = esprima.parseScript(source, {"range": True, "loc": True})
        program.regexp_literals = found
        return program
    except esprima.Error as e:
        raise _error_from(e, source, filename, line_offset, column_offset) from None
    except PollAbort as e:
        raise e.error from None
    except RecursionError:
        raise ParseError("Maximum nesting depth exceeded while parsing", filename, 0, 0) from None
    except Exception as e:  # NON-SPEC: the parser's own bugs must not escape as Python errors
        raise ParseError(f"Unexpected parser failure: {type(e).__name__}", filename, 0, 0) from None


# The validator messages of the rules that PerformEval relaxes for a direct eval, by the
# context that allows each (sec-performeval step 11).
_NEW_TARGET = "new.target is only valid in functions or class initialization"
_SUPER_PROPERTY = "super property access is not valid in this context"
_SUPER_CALL = "super() is only valid in a derived class constructor"


# NON-SPEC (speed): the parser of eval code is esprima's Parser with no delegate, as the one
# esprima.parseScript makes and marks as its own (``_ownedByFacade``); so marked, positions in a
# source without astral characters are taken as they are (not converted to UTF-16 a node at a
# time, and ``loc`` made lazily: lazy_loc.py), and the tree is checked by the validator's pass
# for the parser's own trees (``_validate_parsed_program``, what parseScript runs) rather than
# the structural pass for trees from anywhere. Unmarked, the eval of a library with one
# non-ASCII character parsed 1.6 times slower than the same text as a script. (False: as
# before, for the tests that compare the two.)
EVAL_AS_FACADE = [True]


def parse_eval_script(source: str, strict: bool, in_function: bool, in_method: bool,
                      in_derived_constructor: bool, private_names: frozenset[str] = frozenset()) -> Any:
    """ParseText(source, Script) for PerformEval (sec-performeval), with the early errors that
    depend on where a direct eval runs: ``new.target`` only in a (non-arrow) function, a
    SuperProperty only in a method, a SuperCall only in a derived constructor, and the code
    strict from its first token when the caller is strict, and references to the private names
    (``private_names``, without ``#``) of the classes around the call (AllPrivateIdentifiersValid
    against the running PrivateEnvironment). An indirect eval passes False for all four and no
    private names. ``return`` stays an error at the eval code's top level."""
    try:
        parser = esprima.parser.Parser(source, {"range": True, "loc": True, "sourceType": "script"})
        parser._ownedByFacade = EVAL_AS_FACADE[0]
        parser.context.strict = strict
        # NON-SPEC: esprima checks new.target and super against this flag while parsing; the
        # validator below then reports them, and we keep what the eval's context forbids
        parser.context.inFunctionBody = True
        with _RecordRegexpLiterals() as regexps:
            program = parser.parseScript()
        program.regexp_literals = regexps
        found: list[tuple[str, Any]] = []
        report = lambda message, node: found.append((message, node))  # noqa: E731
        if EVAL_AS_FACADE[0]:
            esprima.validation._validate_parsed_program(program, report, parser.config.ecmaVersion, source)
        else:
            esprima.validation.validate_program(program, report, parser.config.ecmaVersion)
    except esprima.Error as e:
        raise _error_from(e, source, "eval") from None
    except PollAbort as e:
        raise e.error from None
    except RecursionError:
        raise ParseError("Maximum nesting depth exceeded while parsing", "eval", 0, 0) from None
    except Exception as e:  # NON-SPEC: the parser's own bugs must not escape as Python errors
        raise ParseError(f"Unexpected parser failure: {type(e).__name__}", "eval", 0, 0) from None
    allowed = {_NEW_TARGET: in_function, _SUPER_PROPERTY: in_method, _SUPER_CALL: in_derived_constructor}
    outside = _outside_functions(program) if found else set()
    for message, node in found:
        # the eval's context counts only outside the functions (and classes) the eval code makes
        if getattr(node, "type", None) == "PrivateIdentifier" and node.name in private_names:
            continue
        if not (allowed.get(message, False) and id(node) in outside):
            line = getattr(node, "_line", None) or getattr(getattr(node, "loc", None), "start", None)
            raise ParseError(message, "eval", getattr(line, "line", line) or 0, 0)
    return program


def _outside_functions(program: Any) -> set[int]:
    """The ids of the nodes of ``program`` that no non-arrow function or class encloses."""
    out: set[int] = set()
    stack = [program]
    while stack:
        node = stack.pop()
        out.add(id(node))
        for child in children(node):
            if child.type in ("FunctionExpression", "FunctionDeclaration", "ClassDeclaration", "ClassExpression"):
                continue
            stack.append(child)
    return out


def parse_module(source: str, filename: str = "", line_offset: int = 0, column_offset: int = 0) -> Any:
    """Parse a Module (sec-parsemodule); a syntax error's position counts the offsets (vm's
    ``lineOffset``/``columnOffset``)."""
    try:
        with _RecordRegexpLiterals() as found:
            with making_program(len(source)):
                program = esprima.parseModule(source, {"range": True, "loc": True})
        program.regexp_literals = found
        return program
    except esprima.Error as e:
        raise _error_from(e, source, filename, line_offset, column_offset, module=True) from None
    except PollAbort as e:
        raise e.error from None
    except RecursionError:
        raise ParseError("Maximum nesting depth exceeded while parsing", filename, 0, 0) from None


# NON-SPEC (speed): set by a host that owns its process (the pyjsvm command run as one,
# host/cli.main). The tree of a large program, parsed here or decoded
# from cached data (tree_codec.py), is hundreds of thousands of objects that live as long as the
# program; made while the cyclic collector runs, each young collection during the parse scanned
# the ones made since the last (50,000 a time) and each middle one all of them again (a
# typescript transpileModule run: 9.4 s of collections in 28.5 s of CPU time cold, 2.0 s in 8.8 s
# warm, 0.77 s of it the one young collection after the decoding). With this set, the collector is off while the tree is made and
# every object it tracks is then moved to its oldest generation (gc.freeze then gc.unfreeze:
# list splices, no scan); cyclic garbage among them waits for the next full collection.
PROMOTE_PROGRAMS: list[bool] = [False]
PROMOTE_MIN_SOURCE = 65536   # (characters: smaller programs are left to the young collections)


@contextmanager
def making_program(source_length: int) -> Iterator[None]:
    """NON-SPEC (speed): the parse or decoding of a program of ``source_length`` characters,
    its objects made old (see PROMOTE_PROGRAMS)."""
    if not PROMOTE_PROGRAMS[0] or source_length < PROMOTE_MIN_SOURCE or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()


_NOT_CHILDREN = frozenset(("range", "loc", "type"))
_SCALARS = frozenset((str, int, float, bool))


def children(node: Any) -> list[Any]:
    """The child nodes of an ESTree node, in source order."""
    # NON-SPEC (speed): every walk of the tree (scope analysis, the compilers' scans) calls this
    # once a node: lists are scanned in a plain loop and scalars are passed by their exact type
    out: list[Any] = []
    for k, v in node.__dict__.items():
        if k[0] == "_" or k in _NOT_CHILDREN:
            continue
        tv = type(v)
        if tv is list:
            for x in v:
                if x is not None and isinstance(getattr(x, "type", None), str):
                    out.append(x)
        elif v is not None and tv not in _SCALARS and isinstance(getattr(v, "type", None), str):
            out.append(v)
    return out
