"""A compact binary encoding of an analysed program -- esprima-fork's ESTree plus the results of
our scope analysis that a lazily compiled function needs -- for the code cache (api/code_cache.py
wraps it in a checked envelope).

The tree is written as a flat array of unsigned 32-bit integers (node records in pre-order) plus
a string table and a table of doubles; ``encode_program`` returns the sections zlib-compressed,
so that decoding is mostly C work (zlib, ``array.frombytes``) and one pass of Python over the
nodes actually needed.

A node record is: type code, start offset (zig-zag, relative to the parent's), length, line
(zig-zag, relative to the parent's), column, end line (relative to the line), end column, then
the node's fields as its ``SCHEMA`` entry says. A function body is either inline (the function
ran before the cache was made: it is compiled eagerly on restore) or lazy: the facts of its scope
analysis (``scope.body_facts``) and the length of its records, which are skipped and decoded only
when the function is first called (``tree.LazyBody``).

Cached data is untrusted: decoding checks every value against ``SCHEMA`` -- node types and the
node types each field may hold, enumerations (operators, kinds), string and number indexes,
positions within the source, nesting depth -- and fails with ``CodecError``, never another
exception. It never builds anything but the node classes of ``tree.py``.
"""
from __future__ import annotations

import gc
import sys
import zlib
from array import array
from typing import Any

from pyjsvm.syntax.digits import decimal_to_int, int_to_decimal
from pyjsvm.syntax.inferred_names import infer_function_name
from pyjsvm.syntax.parse import making_program
from pyjsvm.syntax.scope import body_facts
from pyjsvm.syntax.tree import LazyBody, Node, RegExpValue, TemplateValue

__all__ = ["CodecError", "encode_program", "decode_program", "MAX_DEPTH"]


class CodecError(Exception):
    """Bytes that are not a valid encoding of a program for this source."""


MAX_DEPTH = 4000  # nesting depth of node records the decoder accepts

# --- the schema ---------------------------------------------------------------------------------
# field kinds
N = 0       # a node of one of the allowed types
NQ = 1      # a node or None
L = 2       # a list of nodes
LQ = 3      # a list of nodes or None (array holes)
S = 4       # a string
SQ = 5      # a string or None
B = 6       # a boolean
E = 7       # one of an enumeration of strings
V = 8       # a Literal's value
RX = 9      # a Literal's regex (None or pattern and flags)
TV = 10     # a TemplateElement's value (raw and cooked)
FB = 11     # a function's body (inline or lazy)

_STATEMENTS = frozenset({
    "ExpressionStatement", "BlockStatement", "EmptyStatement", "DebuggerStatement", "WithStatement",
    "ReturnStatement", "LabeledStatement", "BreakStatement", "ContinueStatement", "IfStatement",
    "SwitchStatement", "ThrowStatement", "TryStatement", "WhileStatement", "DoWhileStatement",
    "ForStatement", "ForInStatement", "ForOfStatement", "FunctionDeclaration", "VariableDeclaration",
    "ClassDeclaration",
})
_MODULE_ITEMS = frozenset({
    "ImportDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration", "ExportAllDeclaration",
})
_PATTERNS = frozenset({"Identifier", "MemberExpression", "ObjectPattern", "ArrayPattern", "AssignmentPattern",
                       "RestElement"})
_EXPRESSIONS = frozenset({
    "Identifier", "Literal", "ThisExpression", "ArrayExpression", "ObjectExpression", "FunctionExpression",
    "ArrowFunctionExpression", "ClassExpression", "TemplateLiteral", "TaggedTemplateExpression",
    "MemberExpression", "MetaProperty", "NewExpression", "CallExpression", "UpdateExpression",
    "AwaitExpression", "UnaryExpression", "BinaryExpression", "LogicalExpression", "ConditionalExpression",
    "YieldExpression", "AssignmentExpression", "SequenceExpression", "ChainExpression", "ImportExpression",
})
X = _EXPRESSIONS
XP = _EXPRESSIONS | _PATTERNS                      # assignment targets (early errors checked by the parser)
XS = _EXPRESSIONS | {"SpreadElement"}               # arguments and array elements
CALLEE = _EXPRESSIONS | {"Super"}
KEY = _EXPRESSIONS | {"PrivateIdentifier"}
ST = _STATEMENTS
ITEM = _STATEMENTS | _MODULE_ITEMS
ID = frozenset({"Identifier"})
BLOCK = frozenset({"BlockStatement"})
ARROW_BODY = BLOCK | _EXPRESSIONS
MODULE_NAME = frozenset({"Identifier", "Literal"})

_ASSIGN_OPS = ("=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=",
               "??=")
_BINARY_OPS = ("==", "!=", "===", "!==", "<", "<=", ">", ">=", "<<", ">>", ">>>", "+", "-", "*", "/", "%", "**",
               "|", "^", "&", "in", "instanceof")

_FUNCTION = (("expression", B, None), ("isAsync", B, None), ("id", NQ, ID), ("params", L, XP),
             ("body", FB, BLOCK), ("generator", B, None))
_CLASS = (("id", NQ, ID), ("superClass", NQ, X), ("body", N, frozenset({"ClassBody"})))

SCHEMA: dict[str, tuple[tuple[str, int, Any], ...]] = {
    "Program": (("sourceType", E, ("script", "module")), ("body", L, ITEM), ("hashbang", SQ, None)),
    "ArrayExpression": (("elements", LQ, XS),),
    "ArrayPattern": (("elements", LQ, XP),),
    "ArrowFunctionExpression": (("generator", B, None), ("id", NQ, ID), ("isAsync", B, None), ("params", L, XP),
                                ("body", FB, ARROW_BODY), ("expression", B, None)),
    "AssignmentExpression": (("operator", E, _ASSIGN_OPS), ("left", N, XP), ("right", N, X)),
    "AssignmentPattern": (("left", N, XP), ("right", N, X)),
    "AwaitExpression": (("argument", N, X),),
    "BinaryExpression": (("operator", E, _BINARY_OPS), ("left", N, KEY), ("right", N, X)),
    "BlockStatement": (("body", L, ST),),
    "BreakStatement": (("label", NQ, ID),),
    "CallExpression": (("callee", N, CALLEE), ("arguments", L, XS), ("optional", B, None)),
    "CatchClause": (("param", NQ, XP), ("body", N, BLOCK)),
    "ChainExpression": (("expression", N, X),),
    "ClassBody": (("body", L, frozenset({"MethodDefinition", "PropertyDefinition", "StaticBlock"})),),
    "ClassDeclaration": _CLASS,
    "ClassExpression": _CLASS,
    "ConditionalExpression": (("test", N, X), ("consequent", N, X), ("alternate", N, X)),
    "ContinueStatement": (("label", NQ, ID),),
    "DebuggerStatement": (),
    "DoWhileStatement": (("body", N, ST), ("test", N, X)),
    "EmptyStatement": (),
    "ExportAllDeclaration": (("source", N, frozenset({"Literal"})), ("exported", NQ, MODULE_NAME),
                             ("attributes", L, frozenset({"ImportAttribute"}))),
    "ExportDefaultDeclaration": (("declaration", N, X | {"FunctionDeclaration", "ClassDeclaration"}),),
    "ExportNamedDeclaration": (("declaration", NQ, ST), ("specifiers", L, frozenset({"ExportSpecifier"})),
                               ("source", NQ, frozenset({"Literal"})),
                               ("attributes", L, frozenset({"ImportAttribute"}))),
    "ExportSpecifier": (("exported", N, MODULE_NAME), ("local", N, MODULE_NAME)),
    "ExpressionStatement": (("expression", N, X), ("directive", SQ, None)),
    "ForInStatement": (("each", B, None), ("left", N, XP | {"VariableDeclaration"}), ("right", N, X),
                       ("body", N, ST)),
    "ForOfStatement": (("left", N, XP | {"VariableDeclaration"}), ("right", N, X), ("body", N, ST),
                       ("allowAwait", B, None)),
    "ForStatement": (("init", NQ, X | {"VariableDeclaration"}), ("test", NQ, X), ("update", NQ, X),
                     ("body", N, ST)),
    "FunctionDeclaration": _FUNCTION,
    "FunctionExpression": _FUNCTION,
    "Identifier": (("name", S, None),),
    "IfStatement": (("test", N, X), ("consequent", N, ST), ("alternate", NQ, ST)),
    "ImportAttribute": (("key", N, MODULE_NAME), ("value", N, frozenset({"Literal"}))),
    "ImportDeclaration": (("specifiers", L, frozenset({"ImportSpecifier", "ImportDefaultSpecifier",
                                                        "ImportNamespaceSpecifier"})),
                          ("source", N, frozenset({"Literal"})), ("attributes", L, frozenset({"ImportAttribute"})),
                          ("phase", SQ, None)),
    "ImportDefaultSpecifier": (("local", N, ID),),
    "ImportExpression": (("source", N, X), ("options", NQ, X), ("phase", SQ, None)),
    "ImportNamespaceSpecifier": (("local", N, ID),),
    "ImportSpecifier": (("local", N, ID), ("imported", N, MODULE_NAME)),
    "LabeledStatement": (("label", N, ID), ("body", N, ST)),
    "Literal": (("value", V, None), ("raw", S, None), ("regex", RX, None), ("bigint", SQ, None)),
    "LogicalExpression": (("operator", E, ("||", "&&", "??")), ("left", N, X), ("right", N, X)),
    "MemberExpression": (("computed", B, None), ("object", N, CALLEE), ("property", N, KEY),
                         ("optional", B, None)),
    "MetaProperty": (("meta", N, ID), ("property", N, ID)),
    "MethodDefinition": (("key", N, KEY), ("computed", B, None), ("value", N, frozenset({"FunctionExpression"})),
                         ("kind", E, ("constructor", "method", "get", "set")), ("static", B, None)),
    "NewExpression": (("callee", N, X), ("arguments", L, XS)),
    "ObjectExpression": (("properties", L, frozenset({"Property", "SpreadElement"})),),
    "ObjectPattern": (("properties", L, frozenset({"Property", "RestElement"})),),
    "PrivateIdentifier": (("name", S, None),),
    "Property": (("key", N, KEY), ("computed", B, None), ("value", N, XP), ("kind", E, ("init", "get", "set")),
                 ("method", B, None), ("shorthand", B, None)),
    "PropertyDefinition": (("key", N, KEY), ("computed", B, None), ("value", NQ, X), ("static", B, None)),
    "RestElement": (("argument", N, XP),),
    "ReturnStatement": (("argument", NQ, X),),
    "SequenceExpression": (("expressions", L, X),),
    "SpreadElement": (("argument", N, X),),
    "StaticBlock": (("body", L, ST),),
    "Super": (),
    "SwitchCase": (("test", NQ, X), ("consequent", L, ST)),
    "SwitchStatement": (("discriminant", N, X), ("cases", L, frozenset({"SwitchCase"}))),
    "TaggedTemplateExpression": (("tag", N, CALLEE), ("quasi", N, frozenset({"TemplateLiteral"}))),
    "TemplateElement": (("value", TV, None), ("tail", B, None)),
    "TemplateLiteral": (("quasis", L, frozenset({"TemplateElement"})), ("expressions", L, X)),
    "ThisExpression": (),
    "ThrowStatement": (("argument", N, X),),
    "TryStatement": (("block", N, BLOCK), ("handler", NQ, frozenset({"CatchClause"})), ("finalizer", NQ, BLOCK)),
    "UnaryExpression": (("prefix", B, None), ("operator", E, ("-", "+", "!", "~", "typeof", "void", "delete")),
                        ("argument", N, X)),
    "UpdateExpression": (("operator", E, ("++", "--")), ("argument", N, XP), ("prefix", B, None)),
    "VariableDeclaration": (("declarations", L, frozenset({"VariableDeclarator"})),
                            ("kind", E, ("var", "let", "const")), ("using", SQ, None)),
    "VariableDeclarator": (("id", N, XP), ("init", NQ, X)),
    "WhileStatement": (("test", N, X), ("body", N, ST)),
    "WithStatement": (("object", N, X), ("body", N, ST)),
    "YieldExpression": (("argument", NQ, X), ("delegate", B, None)),
}
TYPE_NAMES: tuple[str, ...] = tuple(SCHEMA)
_TYPE_CODE = {t: i + 1 for i, t in enumerate(TYPE_NAMES)}
_FUNCTION_TYPES = frozenset({"FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"})
# Literal value tags
_V_NULL, _V_TRUE, _V_FALSE, _V_FLOAT, _V_INT, _V_BIGINT, _V_STR = range(7)
_INT_LIMIT = 1 << 31
_U32 = 1 << 32
_LITTLE = sys.byteorder == "little"


# --- encoding -----------------------------------------------------------------------------------

class _Encoder:
    def __init__(self) -> None:
        self.ints = array("I")
        self.string_index: dict[str, int] = {}
        self.strings: list[str] = []
        self.floats = array("d")

    def string(self, s: Any) -> int:
        if type(s) is not str:
            raise CodecError(f"expected a string, got {type(s).__name__}")
        i = self.string_index.get(s)
        if i is None:
            i = self.string_index[s] = len(self.strings)
            self.strings.append(s)
        return i

    def u32(self, v: int) -> None:
        if not 0 <= v < _U32:
            raise CodecError("value out of range")
        self.ints.append(v)

    def node(self, n: Any, allowed: frozenset[str], pstart: int, pline: int) -> None:
        t = n.type
        if t not in allowed:
            raise CodecError(f"{t} cannot appear here")
        start, end = n.range
        pos = n.__dict__.get("_pos")
        if pos is not None and "loc" not in n.__dict__:
            # NON-SPEC (speed): the numbers ``loc`` is made from on first use (lazy_loc.py,
            # tree.Node), read without making it for every node of the program
            line, column, end_line, end_column = pos
        else:
            loc = n.loc
            line, column = loc.start.line, loc.start.column
            end_line, end_column = loc.end.line, loc.end.column
        if end < start or end_line < line:
            raise CodecError("bad position")
        ints = self.ints
        ints.append(_TYPE_CODE[t])
        d = start - pstart
        ints.append(d << 1 if d >= 0 else ((-d) << 1) - 1)
        ints.append(end - start)
        d = line - pline
        ints.append(d << 1 if d >= 0 else ((-d) << 1) - 1)
        ints.append(column)
        ints.append(end_line - line)
        ints.append(end_column)
        for name, kind, arg in SCHEMA[t]:
            v: Any = getattr(n, name, None)
            if kind == N:
                self.node(v, arg, start, line)
            elif kind == NQ:
                if v is None:
                    ints.append(0)
                else:
                    self.node(v, arg, start, line)
            elif kind == L or kind == LQ:
                if v is None:
                    v = []
                ints.append(len(v))
                for x in v:
                    if x is None and kind == LQ:
                        ints.append(0)
                    else:
                        self.node(x, arg, start, line)
            elif kind == S:
                ints.append(self.string(v))
            elif kind == SQ:
                ints.append(0 if v is None else self.string(v) + 1)
            elif kind == B:
                ints.append(1 if v else 0)
            elif kind == E:
                if v not in arg:
                    raise CodecError(f"unknown {name} {v!r}")
                ints.append(arg.index(v))
            elif kind == V:
                self.literal_value(v)
            elif kind == RX:
                if v is None:
                    ints.append(0)
                else:
                    ints.append(1)
                    ints.append(self.string(v.pattern))
                    ints.append(self.string(v.flags))
            elif kind == TV:
                ints.append(self.string(v.raw))
                ints.append(0 if v.cooked is None else self.string(v.cooked) + 1)
            else:  # FB
                self.function_body(n, v, arg, start, line)

    def literal_value(self, v: Any) -> None:
        ints = self.ints
        if v is None:
            ints.append(_V_NULL)
        elif v is True:
            ints.append(_V_TRUE)
        elif v is False:
            ints.append(_V_FALSE)
        elif type(v) is float:
            ints.append(_V_FLOAT)
            ints.append(len(self.floats))
            self.floats.append(v)
        elif type(v) is int:
            if 0 <= v < _INT_LIMIT:
                ints.append(_V_INT)
                ints.append(v)
            else:
                ints.append(_V_BIGINT)
                ints.append(self.string(int_to_decimal(v)))
        elif type(v) is str:
            ints.append(_V_STR)
            ints.append(self.string(v))
        else:  # a parser-made value we do not know (it would be rebuilt differently): refuse
            raise CodecError(f"literal value of type {type(v).__name__}")

    def function_body(self, fn: Any, body: Any, allowed: frozenset[str], pstart: int, pline: int) -> None:
        ints = self.ints
        if fn.__dict__.get("_ran") and type(body) is not LazyBody:
            # the function ran: its body is restored with the enclosing code and compiled eagerly
            ints.append(0)
            self.node(body, allowed, pstart, pline)
            return
        strict, uses_this, uses_arguments, has_eval = body_facts(fn)
        if type(body) is LazyBody:
            body = body.materialize()
        ints.append(1 | strict << 1 | uses_this << 2 | uses_arguments << 3 | has_eval << 4)
        slot = len(ints)
        ints.append(0)
        self.node(body, allowed, pstart, pline)
        ints[slot] = len(ints) - slot - 1


def encode_program(program: Any) -> tuple[bytes, int]:
    """The compressed encoding of ``program`` and its decompressed size (``program`` (an ESTree Program from esprima-fork or from
    ``decode_program``)). Functions marked as run (``_ran``) keep their bodies inline; the others'
    bodies are stored for lazy decoding. Raises CodecError for a tree outside the schema."""
    enc = _Encoder()
    try:
        enc.node(program, frozenset({"Program"}), 0, 1)
    except RecursionError:
        raise CodecError("program nested too deeply") from None
    except (AttributeError, TypeError, ValueError, OverflowError) as e:
        raise CodecError(f"unexpected tree: {e}") from None
    lengths = array("I", (len(s) for s in enc.strings))
    blob = "".join(enc.strings).encode("utf-8", "surrogatepass")
    floats = enc.floats
    ints = enc.ints
    if not _LITTLE:
        lengths.byteswap()
        floats.byteswap()
        ints.byteswap()
    head = array("I", [len(lengths), len(blob), len(floats), len(ints)])
    if not _LITTLE:
        head.byteswap()
    raw = head.tobytes() + lengths.tobytes() + blob + floats.tobytes() + ints.tobytes()
    return zlib.compress(raw, 6), len(raw)


# --- decoding -----------------------------------------------------------------------------------

def _u32_array(data: bytes) -> array:
    a = array("I")
    a.frombytes(data)
    if not _LITTLE:
        a.byteswap()
    return a


def decode_program(data: bytes, source_length: int, max_raw: int) -> Any:
    """Decode what ``encode_program`` made into a Program node whose lazy function bodies decode
    on demand. ``max_raw`` bounds the decompressed size. Raises CodecError for anything invalid."""
    try:
        d = zlib.decompressobj()
        raw = d.decompress(data, max_raw + 1)
        if len(raw) > max_raw or not d.eof or d.unused_data:
            raise CodecError("bad compressed payload")
    except zlib.error:
        raise CodecError("bad compressed payload") from None
    if len(raw) < 16:
        raise CodecError("payload too short")
    n_strings, blob_len, n_floats, n_ints = _u32_array(raw[:16])
    pos = 16
    if 16 + 4 * n_strings + blob_len + 8 * n_floats + 4 * n_ints != len(raw):
        raise CodecError("payload sections do not add up")
    lengths = _u32_array(raw[pos:pos + 4 * n_strings])
    pos += 4 * n_strings
    try:
        text = raw[pos:pos + blob_len].decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise CodecError("bad string table") from None
    pos += blob_len
    if sum(lengths) != len(text):
        raise CodecError("bad string table")
    strings: list[str] = []
    k = 0
    for n in lengths:
        strings.append(text[k:k + n])
        k += n
    floats = array("d")
    floats.frombytes(raw[pos:pos + 8 * n_floats])
    if not _LITTLE:
        floats.byteswap()
    pos += 8 * n_floats
    ints = _u32_array(raw[pos:])
    reader = _Reader(ints, strings, floats, source_length)
    with making_program(source_length):
        program = reader.decode(0, frozenset({"Program"}), 0, 1, 0, len(ints))
    return program


class _Reader:
    """Decodes node records from the integer array; one per cached program, kept alive by the
    lazy bodies that still need it."""

    def __init__(self, ints: array, strings: list[str], floats: array, source_length: int) -> None:
        self.ints = ints
        self.strings = strings
        self.floats = floats
        self.limit = source_length
        self.i = 0

    def decode(self, offset: int, allowed: frozenset[str], pstart: int, pline: int, depth: int, end: int) -> Any:
        """The node whose records span ints[offset:end] exactly."""
        saved = self.i
        self.i = offset
        # NON-SPEC: the new nodes hold no cycles; the cyclic collector would only rescan the
        # (possibly large) heap many times while they are made
        collecting = gc.isenabled()
        gc.disable()
        try:
            node = self.node(allowed, pstart, pline, depth)
            if self.i != end:
                raise CodecError("trailing data")
            return node
        except (IndexError, KeyError, TypeError, ValueError, OverflowError):
            raise CodecError("malformed node records") from None
        except RecursionError:
            raise CodecError("nested too deeply") from None
        finally:
            self.i = saved
            if collecting:
                gc.enable()

    def string(self, k: int) -> str:
        if k >= len(self.strings):
            raise CodecError("bad string index")
        return self.strings[k]

    def node(self, allowed: frozenset[str], pstart: int, pline: int, depth: int) -> Any:
        ints = self.ints
        i = self.i
        code = ints[i]
        if not 0 < code <= len(TYPE_NAMES):
            raise CodecError("bad node type")
        t = TYPE_NAMES[code - 1]
        if t not in allowed:
            raise CodecError(f"{t} cannot appear here")
        if depth > MAX_DEPTH:
            raise CodecError("nested too deeply")
        z = ints[i + 1]
        start = pstart + (-((z + 1) >> 1) if z & 1 else z >> 1)
        end = start + ints[i + 2]
        z = ints[i + 3]
        line = pline + (-((z + 1) >> 1) if z & 1 else z >> 1)
        column = ints[i + 4]
        end_line = line + ints[i + 5]
        end_column = ints[i + 6]
        limit = self.limit
        if start < 0 or end > limit or line < 1 or end_line > limit + 1 or column > limit or end_column > limit:
            raise CodecError("position outside the source")
        i += 7
        depth += 1
        d: dict[str, Any] = {"type": t}
        for name, kind, arg in SCHEMA[t]:
            if kind == N or kind == NQ:
                if kind == NQ and ints[i] == 0:
                    self.i = i + 1
                    d[name] = None
                else:
                    self.i = i
                    d[name] = self.node(arg, start, line, depth)
                i = self.i
            elif kind == L or kind == LQ:
                count = ints[i]
                i += 1
                if count > len(ints) - i:
                    raise CodecError("bad list length")
                items: list[Any] = []
                for _ in range(count):
                    if kind == LQ and ints[i] == 0:
                        items.append(None)
                        i += 1
                    else:
                        self.i = i
                        items.append(self.node(arg, start, line, depth))
                        i = self.i
                d[name] = items
            elif kind == S:
                d[name] = self.string(ints[i])
                i += 1
            elif kind == SQ:
                k = ints[i]
                d[name] = None if k == 0 else self.string(k - 1)
                i += 1
            elif kind == B:
                b = ints[i]
                if b > 1:
                    raise CodecError("bad boolean")
                d[name] = b == 1
                i += 1
            elif kind == E:
                k = ints[i]
                if k >= len(arg):
                    raise CodecError("bad enumeration value")
                d[name] = arg[k]
                i += 1
            elif kind == V:
                tag = ints[i]
                if tag == _V_NULL:
                    d[name] = None
                    i += 1
                elif tag == _V_TRUE or tag == _V_FALSE:
                    d[name] = tag == _V_TRUE
                    i += 1
                elif tag == _V_FLOAT:
                    k = ints[i + 1]
                    if k >= len(self.floats):
                        raise CodecError("bad number index")
                    d[name] = self.floats[k]
                    i += 2
                elif tag == _V_INT:
                    d[name] = ints[i + 1]
                    i += 2
                elif tag == _V_BIGINT:
                    digits = self.string(ints[i + 1])
                    if not (0 < len(digits) <= limit + 32 and digits.isdigit() and digits.isascii()):
                        raise CodecError("bad integer literal")
                    d[name] = decimal_to_int(digits)
                    i += 2
                elif tag == _V_STR:
                    d[name] = self.string(ints[i + 1])
                    i += 2
                else:
                    raise CodecError("bad literal value")
            elif kind == RX:
                if ints[i] == 0:
                    d[name] = None
                    i += 1
                elif ints[i] == 1:
                    d[name] = RegExpValue(self.string(ints[i + 1]), self.string(ints[i + 2]))
                    i += 3
                else:
                    raise CodecError("bad regex")
            elif kind == TV:
                k = ints[i + 1]
                d[name] = TemplateValue(self.string(ints[i]), None if k == 0 else self.string(k - 1))
                i += 2
            else:  # FB
                flags = ints[i]
                if flags == 0:
                    self.i = i + 1
                    d[name] = self.node(arg, start, line, depth)
                    i = self.i
                elif flags & 1 and flags < 32:
                    size = ints[i + 1]
                    body_start = i + 2
                    body_end = body_start + size
                    if size < 7 or body_end > len(ints):
                        raise CodecError("bad function body length")
                    facts = (bool(flags & 2), bool(flags & 4), bool(flags & 8), bool(flags & 16))
                    d[name] = LazyBody(facts, _BodyDecoder(self, body_start, arg, start, line, depth, body_end))
                    i = body_end
                else:
                    raise CodecError("bad function body flags")
        self.i = i
        _check_node(t, d)
        d["range"] = [start, end]
        d["_pos"] = (line, column, end_line, end_column)
        n = Node()
        n.__dict__ = d
        if t == "AssignmentExpression":
            infer_function_name(n)  # (as the parser does)
        return n


class _BodyDecoder:
    """Decodes one lazy function body (once) when the function is first called."""

    __slots__ = ("reader", "offset", "allowed", "pstart", "pline", "depth", "end")

    def __init__(self, reader: _Reader, offset: int, allowed: frozenset[str], pstart: int, pline: int, depth: int,
                 end: int) -> None:
        self.reader = reader
        self.offset = offset
        self.allowed = allowed
        self.pstart = pstart
        self.pline = pline
        self.depth = depth
        self.end = end

    def __call__(self) -> Any:
        return self.reader.decode(self.offset, self.allowed, self.pstart, self.pline, self.depth, self.end)


_NAME_KEYS = frozenset({"Identifier", "Literal", "PrivateIdentifier"})


def _check_node(t: str, d: dict[str, Any]) -> None:
    """The constraints between a node's fields that the parser guarantees and the compiler relies on."""
    if t == "MemberExpression":
        if not d["computed"] and d["property"].type not in ("Identifier", "PrivateIdentifier"):
            raise CodecError("bad member expression")
    elif t in ("Property", "MethodDefinition", "PropertyDefinition"):
        key = d["key"]
        if key is None or (not d["computed"] and key.type not in _NAME_KEYS):
            raise CodecError("bad property key")
    elif t == "TemplateLiteral":
        if len(d["quasis"]) != len(d["expressions"]) + 1:
            raise CodecError("bad template literal")
    elif t == "ArrowFunctionExpression":
        body = d["body"]
        if d["id"] is not None or d["generator"]:
            raise CodecError("bad arrow function")
        if type(body) is LazyBody:  # the body, when decoded, must be of the kind the flag says
            decoder = body.decode
            assert isinstance(decoder, _BodyDecoder)
            decoder.allowed = X if d["expression"] else BLOCK
        elif d["expression"] != (body.type != "BlockStatement"):
            raise CodecError("bad arrow function")
    elif t == "Literal":
        if (d["regex"] is not None or d["bigint"] is not None) and d["value"] is not None:
            raise CodecError("bad literal")
        big = d["bigint"]
        if big is not None and not (big.isdigit() and big.isascii()):
            raise CodecError("bad bigint literal")
    elif t == "Identifier" or t == "PrivateIdentifier":
        if not d["name"]:
            raise CodecError("empty identifier")
    elif t == "UnaryExpression":
        if not d["prefix"]:
            raise CodecError("bad unary expression")
    elif t == "VariableDeclaration":
        if d["using"] not in (None, "using", "await using") or (d["using"] is not None and d["kind"] != "const"):
            raise CodecError("bad using declaration")  # syntax/using.py's declarations
    elif t == "ImportDeclaration" or t == "ImportExpression":
        if d["phase"] not in (None, "source"):  # syntax/phase_imports.py's source phase
            raise CodecError("bad import phase")
    elif t == "MetaProperty":
        if (d["meta"].name, d["property"].name) not in (("new", "target"), ("import", "meta")):
            raise CodecError("bad meta property")
