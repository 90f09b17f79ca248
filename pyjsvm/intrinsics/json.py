"""The JSON object (sec-json-object): JSON.parse with reviver and source text access,
JSON.stringify, JSON.rawJSON and JSON.isRawJSON.

The parser is a hand-written, iterative (explicit stack, so any nesting depth works) scanner
over the string with index arithmetic; a regular expression matches a whole token (a string
without escapes, a number, a run of whitespace) at a time. The serializer appends to one list
of string pieces and rolls back the pieces of a property whose value serializes to undefined.
"""
from __future__ import annotations

import json
import re
import weakref
from typing import TYPE_CHECKING, Any, Callable, NoReturn

from pyjsvm.runtime.agent import EVERY_256, EVERY_4096, JSThrow, charge_rest, check_alloc, check_bulk, check_every, check_scan, check_stop, throw_range_error, throw_syntax_error, throw_type_error
from pyjsvm.runtime.objects import (
    A, C, E, W, JSArray, JSObject, JSPrimitiveObject, JSStringObject, Prop, ordered_keys, ordinary_props_type,
    same_value,
)
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.runtime.operations import (
    call, create_data_property, enumerable_own_properties, get_v, is_array, is_callable, length_of_array_like,
    receiver_display, set_integrity_level, to_integer_or_infinity, to_number, to_string,
)
from pyjsvm.runtime.thread_limit import call_bounded
from pyjsvm.runtime.values import MISSING, NULL, SYM_TO_STRING_TAG, JSBigInt
from pyjsvm.runtime.operators import MAX_STRING_LENGTH, STRING_PIECE, string_pieces
from pyjsvm.intrinsics.table import BuiltinTable

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

INF = float("inf")

statics = BuiltinTable()


class JSRawJSON(JSObject):
    """NON-SPEC representation of an object with an [[IsRawJSON]] internal slot."""

    __slots__ = ()


# =============================================================================================
# Parsing (sec-json.parse, ParseJSON)
# =============================================================================================

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_SIMPLE_STRING = re.compile(r'"([^"\\\x00-\x1f]*)"')
_STRING_CHUNK = re.compile(r'[^"\\\x00-\x1f]*')
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_HEX_DIGITS = re.compile(r"[0-9a-fA-F]*")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_WS_CHARS = " \t\n\r"
_KEY_COLON = re.compile(r'"([^"\\\x00-\x1f]*)"[ \t\n\r]*:[ \t\n\r]*')
_SEPARATOR = re.compile(r"[ \t\n\r]*([,\]}])[ \t\n\r]*")


class ParseRecord:
    """A JSON Parse Record (sec-json-parse-record): the value a parse node produced, the source
    text of a primitive, and the records of an array's elements / an object's entries."""

    __slots__ = ("value", "source", "elements", "entries")

    def __init__(self, value: Any, source: str | None) -> None:
        self.value = value
        self.source = source
        self.elements: list[ParseRecord] = []
        self.entries: dict[str, ParseRecord] = {}


def _token_desc(text: str, i: int) -> str:
    if text == "undefined":
        return '"undefined" is not valid JSON'  # (V8's message for the text of undefined)
    c = text[i]
    # (V8: a text longer than 20 characters is shown by the 10 characters either side of the
    # token, the dots outside the quotes)
    if len(text) <= 20:
        shown = f'"{text}"'
    elif i < 10:
        shown = f'"{text[:i + 10]}"...'
    elif i < len(text) - 10:
        shown = f'..."{text[i - 10:i + 10]}"...'
    else:
        shown = f'..."{text[i - 10:]}"'
    return f"Unexpected token '{c}', {shown} is not valid JSON"


def _fail(text: str, i: int, expected: str | None = None) -> NoReturn:
    """Throw the SyntaxError for bad input at index ``i`` (messages modelled on V8's): ``expected``
    says what should have been there; without it, the token at ``i`` was unexpected."""
    if expected is not None:
        _throw_at(text, i, f"{expected} in JSON at position {i}")
    if i >= len(text) or any(lit.startswith(text[i:]) for lit in ("true", "false", "null")):
        _throw_at(text, len(text), "Unexpected end of JSON input")
    _throw_at(text, i, _token_desc(text, i))


def _throw_at(text: str, i: int, message: str) -> NoReturn:
    """NON-SPEC (V8): throw a SyntaxError with ``message`` for the JSON ``text``, noting index
    ``i`` in JSON_PARSE_SITES."""
    try:
        throw_syntax_error(message)
    except JSThrow as t:
        if isinstance(t.value, JSObject):
            JSON_PARSE_SITES[t.value] = (text, i)
        raise


# NON-SPEC (V8): the text JSON.parse rejected and the index of the error in it, for the header
# the host prints for an uncaught one (node: "<anonymous_script>:line", that line of the text
# and a caret under the index; no caret line when it is the end of the text)
JSON_PARSE_SITES: "weakref.WeakKeyDictionary[JSObject, tuple[str, int]]" = weakref.WeakKeyDictionary()


def _parse_string_slow(text: str, i: int) -> tuple[str, int]:
    """A string token starting at ``text[i] == '"'`` that has escapes; returns (value, end)."""
    n = len(text)
    parts: list[str] = []
    k = i + 1
    chunk = _STRING_CHUNK.match
    steps = 0
    while True:
        steps += 1
        if not steps & EVERY_4096:
            check_every(steps, EVERY_4096)  # NON-SPEC: the budget check (a string of 2**26 escapes took 36 s)
        m = chunk(text, k)
        assert m is not None
        e = m.end()
        if e > k:
            parts.append(m.group())
        k = e
        if k >= n:
            _fail(text, k, "Unterminated string")
        c = text[k]
        if c == '"':
            return "".join(parts), k + 1
        if c == "\\":
            if k + 1 >= n:
                _fail(text, k + 1, "Unterminated string")
            esc = text[k + 1]
            if esc == "u":
                h = _HEX4.match(text, k + 2)
                if h is None:  # (V8 points at the first character that is not a hex digit)
                    bad = k + 2 + len(_HEX_DIGITS.match(text, k + 2, k + 6).group())  # type: ignore[union-attr]
                    _fail(text, bad, "Bad Unicode escape")
                parts.append(chr(int(h.group(), 16)))
                k += 6
                continue
            r = _ESCAPES.get(esc)
            if r is None:
                _fail(text, k + 1, "Bad escaped character")
            parts.append(r)
            k += 2
            continue
        _fail(text, k, "Bad control character in string literal")


def _number_error(text: str, i: int) -> NoReturn:
    """Explain why no number token starts at ``i`` (``text[i]`` is '-' or a digit)."""
    n = len(text)
    k = i
    if text[k] == "-":
        k += 1
        if k >= n or not "0" <= text[k] <= "9":
            _fail(text, k, "No number after minus sign")
    _fail(text, k)


def _read_key(text: str, i: int, expected: str) -> tuple[str, int]:
    """A property name, the ':' and the whitespace around it, starting at ``i``; returns
    (key, index of the value)."""
    n = len(text)
    if i >= n or text[i] != '"':
        _fail(text, i, expected)
    m = _SIMPLE_STRING.match(text, i)
    if m is not None:
        key = m.group(1)
        i = m.end()
    else:
        key, i = _parse_string_slow(text, i)
    if i < n and text[i] in _WS_CHARS:
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
    if i >= n or text[i] != ":":
        _fail(text, i, "Expected ':' after property name")
    i += 1
    if i < n and text[i] in _WS_CHARS:
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
    return key, i


def parse_json(text: str, realm: "Realm", records: bool = False) -> tuple[Any, ParseRecord | None]:
    """ParseJSON (sec-ParseJSON): parse ``text`` as a JSON text (ECMA-404) into JS values.
    With ``records`` also build the JSON Parse Records used by the reviver."""
    n = len(text)
    obj_proto = realm.object_prototype
    arr_proto = realm.array_prototype
    ws = _WS.match
    number = _NUMBER.match
    simple_string = _SIMPLE_STRING.match
    key_colon = _KEY_COLON.match
    separator = _SEPARATOR.match
    # Stack entries: [container, key, record] where container is a dict (an object's props)
    # or a list (an array's elements).
    stack: list[list[Any]] = []
    i = 0
    if i < n and text[i] in _WS_CHARS:
        i = ws(text, i).end()  # type: ignore[union-attr]
    value: Any
    rec: ParseRecord | None = None
    count = 0  # the values parsed: the budget is checked every 1024
    # NON-SPEC: and the text, a step per 1,024 code units first (check_bulk): a string token is
    # one value however long (a text of a 50 MB string was one step)
    check_bulk(n)
    while True:
        # ---- parse one value starting at i (no whitespace before it) ----
        count += 1
        if not count & EVERY_4096:
            check_every(count, EVERY_4096)
        if i >= n:
            _fail(text, i)
        c = text[i]
        start = i
        if c == '"':
            m = simple_string(text, i)
            if m is not None:
                value = m.group(1)
                i = m.end()
            else:
                value, i = _parse_string_slow(text, i)
        elif c == "{" or c == "[":
            i += 1
            if i < n and text[i] in _WS_CHARS:
                i = ws(text, i).end()  # type: ignore[union-attr]
            if c == "[":
                if i < n and text[i] == "]":
                    i += 1
                    value = JSArray(arr_proto, [])
                    if records:
                        rec = ParseRecord(value, None)
                else:
                    stack.append([[], None, ParseRecord(None, None) if records else None])
                    continue
            else:
                if i < n and text[i] == "}":
                    i += 1
                    value = JSObject(obj_proto)
                    if records:
                        rec = ParseRecord(value, None)
                else:
                    m = key_colon(text, i)
                    if m is not None:
                        key = m.group(1)
                        i = m.end()
                    else:
                        key, i = _read_key(text, i, "Expected property name or '}'")
                    stack.append([{}, key, ParseRecord(None, None) if records else None])
                    continue
        elif c == "t" and text.startswith("true", i):
            value = True
            i += 4
        elif c == "f" and text.startswith("false", i):
            value = False
            i += 5
        elif c == "n" and text.startswith("null", i):
            value = NULL
            i += 4
        elif c == "-" or "0" <= c <= "9":
            m = number(text, i)
            if m is None:
                _number_error(text, i)
            e = m.end()
            if e < n:
                d = text[e]
                lexeme = m.group()
                exponent = "e" in lexeme or "E" in lexeme
                # (V8's messages: a "." or an exponent that takes no digit; a digit after a
                # leading zero)
                if d == "." and "." not in lexeme and not exponent:
                    _fail(text, e + 1, "Unterminated fractional number")
                if (d == "e" or d == "E") and not exponent:
                    _fail(text, e + 1, "Exponent part is missing a number")
                if "0" <= d <= "9" and lexeme.lstrip("-") == "0":
                    _fail(text, e, "Unexpected number")
            value = float(m.group())
            i = e
        else:
            _fail(text, i)
        if records and c != "{" and c != "[":
            rec = ParseRecord(value, text[start:i])
        # ---- attach the value to its container, closing containers as they end ----
        while True:
            if not stack:
                if i < n and text[i] in _WS_CHARS:
                    i = ws(text, i).end()  # type: ignore[union-attr]
                if i < n:
                    _throw_at(text, i, f"Unexpected non-whitespace character after JSON at position {i}")
                charge_rest(count + 1, EVERY_4096)  # (the values parsed since the last check)
                return value, rec
            top = stack[-1]
            container = top[0]
            # One match: whitespace, the separator or closing bracket, whitespace.
            m = separator(text, i)
            if type(container) is list:
                container.append(value)
                if records:
                    top[2].elements.append(rec)
                if m is not None:
                    c = m.group(1)
                    if c == ",":
                        i = m.end()
                        break
                    if c == "]":
                        i = m.end()
                        stack.pop()
                        value = JSArray(arr_proto, container)
                        if records:
                            rec = top[2]
                            rec.value = value
                        continue
                    i = m.start(1)
                else:
                    i = ws(text, i).end()  # type: ignore[union-attr]
                _fail(text, i, "Expected ',' or ']' after array element")
            else:
                key = top[1]
                container[key] = value
                if records:
                    top[2].entries[key] = rec
                if m is not None:
                    c = m.group(1)
                    if c == ",":
                        i = m.end()
                        km = key_colon(text, i)
                        if km is not None:
                            top[1] = km.group(1)
                            i = km.end()
                        else:
                            top[1], i = _read_key(text, i, "Expected double-quoted property name")
                        break
                    if c == "}":
                        i = m.end()
                        stack.pop()
                        value = JSObject(obj_proto)
                        # A fresh ordinary object: every property is a plain data property, and a
                        # later duplicate key keeps the first one's position (as CreateDataProperty).
                        value.props = container
                        if records:
                            rec = top[2]
                            rec.value = value
                        continue
                    i = m.start(1)
                else:
                    i = ws(text, i).end()  # type: ignore[union-attr]
                _fail(text, i, "Expected ',' or '}' after property value")


def internalize_json_property(realm: "Realm", holder: JSObject, name: str, reviver: Any,
                              parse_record: ParseRecord | None) -> Any:
    """InternalizeJSONProperty (sec-internalizejsonproperty)."""
    # 1. Let value be ? Get(holder, name).
    value = holder.get(name, holder)
    # 2. Let context be OrdinaryObjectCreate(%Object.prototype%).
    context = JSObject(realm.object_prototype)
    element_records: list[ParseRecord] = []
    entry_records: dict[str, ParseRecord] = {}
    # 3. If parseRecord matches the current value, expose the source text of a primitive.
    if parse_record is not None and same_value(parse_record.value, value):
        if not isinstance(value, JSObject):
            context.props["source"] = parse_record.source
        element_records = parse_record.elements
        entry_records = parse_record.entries
    # 5. Walk into objects.
    if isinstance(value, JSObject):
        if is_array(value):
            n_records = len(element_records)
            length = length_of_array_like(value)
            index = 0
            while index < length:
                if not index & EVERY_256:
                    check_every(index, EVERY_256)
                key = str(index)
                er = element_records[index] if index < n_records else None
                new_element = internalize_json_property(realm, value, key, reviver, er)
                if new_element is None:
                    value.delete(key)
                else:
                    create_data_property(value, key, new_element)
                index += 1
            charge_rest(index, EVERY_256)
        else:
            keys = enumerable_own_properties(value, "key")
            for n, key in enumerate(keys):
                if not n & EVERY_256:
                    check_every(n, EVERY_256)
                new_element = internalize_json_property(realm, value, key, reviver, entry_records.get(key))
                if new_element is None:
                    value.delete(key)
                else:
                    create_data_property(value, key, new_element)
            charge_rest(len(keys), EVERY_256)
    # 6. Return ? Call(reviver, holder, « name, value, context »).
    return call(reviver, holder, [name, value, context])


class _NotPlain(Exception):
    """The text holds NaN/Infinity (not JSON) or a \\u escape of a surrogate pair."""


def _reject_constant(name: str) -> Any:
    raise _NotPlain(name)


# NON-SPEC: the longest text _parse_json_c parses (json.loads cannot be interrupted: the run's
# timeout then waits for it, about 10 ms per MB)
MAX_C_PARSE = 1 << 22


# NON-SPEC: the recursion json.loads may use (see _parse_json_c)
JSON_C_DEPTH = 1000


def _decoder(realm: "Realm") -> tuple[json.JSONDecoder, Callable[[list[Any]], JSArray]]:
    """NON-SPEC: the realm's json decoder for _parse_json_c, made once (a decoder's scanner costs
    more to make than a short text to parse), and its function making a JS array from a list."""
    made = realm.host_defined.get("json_decoder")
    if made is None:
        obj_proto, arr_proto = realm.object_prototype, realm.array_prototype

        # (json's null is Python's None: JS null is NULL; nothing in JSON is undefined)
        def array(items: list[Any]) -> JSArray:
            return JSArray(arr_proto, [NULL if v is None else array(v) if type(v) is list else v for v in items])

        def object_pairs(pairs: list[tuple[str, Any]]) -> JSObject:
            o = JSObject(obj_proto)
            o.props = {k: NULL if v is None else array(v) if type(v) is list else v for k, v in pairs}
            return o

        decoder = json.JSONDecoder(object_pairs_hook=object_pairs, parse_float=float, parse_int=float,
                                   parse_constant=_reject_constant)
        made = realm.host_defined["json_decoder"] = (decoder, array)
    return made  # type: ignore[no-any-return]


def _parse_json_c(text: str, realm: "Realm") -> Any:
    """NON-SPEC fast path of ParseJSON without a reviver: CPython's json scanner (ECMA-404's
    grammar, whitespace and number syntax alike; duplicate names keep their first position and
    their last value, as CreateDataProperty does), with JS objects and arrays made as it goes.
    MISSING when the text is not one it parses exactly as ParseJSON does: a syntax error (the
    hand-written parser then reports it), NaN/Infinity, an escaped surrogate pair (json would
    join the pair into one code point: a JS string keeps the two code units), nesting deeper
    than the Python stack allows, or a text longer than MAX_C_PARSE."""
    if len(text) > MAX_C_PARSE or "\\u" in text and _ESCAPED_SURROGATE.search(text):
        return MISSING
    check_scan(len(text))  # (a step budget: the scanner makes JS objects as it goes)
    decoder, array = _decoder(realm)
    try:
        # json's C scanner recurses on the C stack: bounded to JSON_C_DEPTH levels (deeper
        # text goes to the hand-written parser, which keeps its own stack)
        value = call_bounded(JSON_C_DEPTH, decoder.decode, text)
    except (ValueError, _NotPlain, RecursionError):
        return MISSING
    if value is None:
        return NULL
    return array(value) if type(value) is list else value


_ESCAPED_SURROGATE = re.compile(r"\\[uU][dD][89abAB]")


@statics.method("parse", 2)
def json_parse(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """JSON.parse ( text [ , reviver ] ) (sec-json.parse)."""
    text = args[0] if args else None
    reviver = args[1] if len(args) > 1 else None
    json_string = text if type(text) is str else to_string(text)
    revive = is_callable(reviver)
    if not revive:
        value = _parse_json_c(json_string, realm)
        if value is not MISSING:
            return value
    try:
        unfiltered, record = parse_json(json_string, realm, records=revive)
        if not revive:
            return unfiltered
        root = JSObject(realm.object_prototype)
        root.props[""] = unfiltered
        return internalize_json_property(realm, root, "", reviver, record)
    except RecursionError:
        throw_range_error("Maximum call stack size exceeded")


# =============================================================================================
# Serialization (sec-json.stringify)
# =============================================================================================

_NEEDS_ESCAPE = re.compile('[\\x00-\\x1f"\\\\\ud800-\udfff]')
_ESCAPE_TOKEN = re.compile('[\ud800-\udbff][\udc00-\udfff]|[\\x00-\\x1f"\\\\\ud800-\udfff]')
_QUOTE_TABLE = {chr(i): "\\u%04x" % i for i in range(0x20)}
_QUOTE_TABLE.update({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"})


def _escape_token(m: "re.Match[str]") -> str:
    s = m.group()
    if len(s) == 2:  # a well-formed surrogate pair
        return s
    r = _QUOTE_TABLE.get(s)
    if r is not None:
        return r
    return "\\u%04x" % ord(s)  # a lone surrogate


# NON-SPEC (speed): the escapes of QuoteJSONString's code units below 0x20, '"' and '\\', the
# backslash's first (the others' escapes hold backslashes that must stay single)
_ASCII_ESCAPES = sorted(_QUOTE_TABLE.items(), key=lambda item: item[0] != "\\")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_piece(piece: str) -> str:
    """NON-SPEC (speed): QuoteJSONString's escaping of a long value's piece, without its quotes:
    a piece without surrogates by one ``str.replace`` per escaped code unit it holds (a callback
    per escaped code unit costs ~100 times as much: 2**28 quotes took 48 s to reach the
    RangeError); one with surrogates token by token (a lone one is escaped, a pair kept)."""
    if _SURROGATE.search(piece) is not None:
        return _ESCAPE_TOKEN.sub(_escape_token, piece)
    for unit, escaped in _ASCII_ESCAPES:
        if unit in piece:
            piece = piece.replace(unit, escaped)
    return piece


# the code units QuoteJSONString escapes, of an ASCII string
_ESCAPED_ASCII = bytes(range(0x20)) + b'"\\'


def _piece_needs_escape(piece: str) -> bool:
    """NON-SPEC: whether QuoteJSONString changes any code unit of ``piece``: for ASCII text,
    bytes.translate finds them several times faster than the search."""
    if piece.isascii():
        b = piece.encode("ascii")
        return len(b.translate(None, _ESCAPED_ASCII)) != len(b)
    return _NEEDS_ESCAPE.search(piece) is not None


def quote_json_string(value: str) -> str:
    """QuoteJSONString (sec-quotejsonstring)."""
    if len(value) <= STRING_PIECE:
        if _NEEDS_ESCAPE.search(value) is None:
            return '"' + value + '"'
        return '"' + _ESCAPE_TOKEN.sub(_escape_token, value) + '"'
    # NON-SPEC: a long value searched in pieces with the budget checked between them (one
    # search of 2**27 code units took half a second to two seconds)
    if not any(_piece_needs_escape(piece) for piece in string_pieces(value)):
        return '"' + value + '"'
    # NON-SPEC: a long value escaped in pieces (none splitting a surrogate pair) with the budget
    # checked between them, its length checked as it grows (each code unit may take six)
    out = ['"']
    total = 2
    for piece in string_pieces(value):
        q = _escape_piece(piece)
        total += len(q)
        if total > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")
        out.append(q)
    out.append('"')
    return "".join(out)


# NON-SPEC: property keys already quoted (QuoteJSONString), for objects' members: the same keys
# come back member after member; emptied when it passes _QUOTED_KEYS_MAX
_QUOTED_KEYS: dict[str, str] = {}
_QUOTED_KEYS_MAX = 4096


def _quoted_key(key: str) -> str:
    q = _QUOTED_KEYS.get(key)
    if q is None:
        q = quote_json_string(key)
        if len(_QUOTED_KEYS) >= _QUOTED_KEYS_MAX:
            _QUOTED_KEYS.clear()
        _QUOTED_KEYS[key] = q
    return q


def _without_to_json(o: JSObject) -> bool:
    """NON-SPEC: whether GetV(o, "toJSON") is certainly undefined without running anything: ``o``
    and each object on its prototype chain one whose [[Get]] of a key that is no index reads its
    ``props`` and then its prototype's (an Array, or objects.ordinary_props_type's), without an
    own ``toJSON``."""
    p: Any = o
    while p is not None:
        t = type(p)
        # (JSArray's [[Get]] differs from the ordinary one only for indices)
        if t is not JSObject and t is not JSArray and not ordinary_props_type(t):
            return False
        if "toJSON" in p.props:
            return False
        p = p.proto
    return True


# NON-SPEC: a quoted string or key longer than this is measured against the longest string
# before it joins the output (shorter ones are counted at the next budget check)
_LONG_PIECE = 1 << 12
# NON-SPEC: how many pieces _plain_value lets join the output between two counts of its length
# (at most that many short pieces: a count at every object cost a sixth of JSON.stringify)
_SYNC_PIECES = 1 << 10


class _Output(list):  # type: ignore[type-arg]
    """NON-SPEC: JSON.stringify's output pieces, their length counted as they grow: at each budget
    check (``sync``: the pieces appended since the last one) and before a long quoted string is
    added (``room``), a RangeError once past the longest string. The whole text was measured
    only after it was joined: each quoted string is a copy, and an array holding one string of
    2**27 code units eight times held 2 GiB before the RangeError (a hundred times, tens of GiB).
    The memory limit is checked as the output doubles (its pieces and code units made again, as
    much) and before the text is joined (``text``)."""

    __slots__ = ("size", "counted", "checked")

    def __init__(self) -> None:
        super().__init__()
        self.size = 0
        self.counted = 0
        self.checked = 1 << 15  # (the size at the last memory check)

    def sync(self) -> None:
        n = len(self)
        if n > self.counted:
            self.size += sum(map(len, self[self.counted:n]))
            self.counted = n
        if self.size > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")
        if self.size >= self.checked << 1:
            self.checked = self.size
            check_alloc(items=n, units=self.size)

    def text(self) -> str:
        """The output joined (its length checked, and the memory limit, first)."""
        self.sync()
        if len(self) == 1:
            return self[0]  # type: ignore[no-any-return]
        check_alloc(units=self.size)
        return "".join(self)

    def room(self, n: int) -> None:
        self.sync()
        if self.size + n > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")

    def truncate(self, mark: int) -> None:
        if self.counted > mark:
            self.size -= sum(map(len, self[mark:self.counted]))
            self.counted = mark
        del self[mark:]


def _quote_into(buf: _Output, value: str) -> str:
    """NON-SPEC: QuoteJSONString (sec-quotejsonstring) of a string about to join ``buf``, its
    length measured first when it is long."""
    q = quote_json_string(value)
    if len(q) > _LONG_PIECE:
        buf.room(len(q))
    return q


def _key_into(buf: _Output, key: str) -> str:
    """NON-SPEC: ``_quoted_key`` of a key about to join ``buf``, measured as ``_quote_into``."""
    q = _quoted_key(key)
    if len(q) > _LONG_PIECE:
        buf.room(len(q))
    return q


class _Serializer:
    """The JSON Serialization Record (sec-json-serialization-record) plus the output buffer."""

    __slots__ = ("realm", "replacer", "stack", "indent", "gap", "property_list", "buf")

    def __init__(self, realm: "Realm", replacer: Any, gap: str, property_list: list[str] | None) -> None:
        self.realm = realm
        self.replacer = replacer
        # (the objects being serialized, outermost first: ``stack`` in the spec's steps)
        self.stack: dict[int, JSObject] = {}
        self.indent = ""
        self.gap = gap
        self.property_list = property_list
        self.buf = _Output()

    def property(self, key: str, holder: JSObject, value: Any) -> bool:
        """SerializeJSONProperty (sec-serializejsonproperty), given value = Get(holder, key).
        Appends the text to ``buf`` and returns True, or returns False for undefined."""
        t = type(value)
        # NON-SPEC fast path: primitives without a replacer function.
        if self.replacer is None:
            if t is str:
                self.buf.append(_quote_into(self.buf, value))
                return True
            if t is float:
                self.buf.append(number_to_string(value) if value - value == 0 else "null")
                return True
            if t is bool:
                self.buf.append("true" if value else "false")
                return True
            if value is NULL:
                self.buf.append("null")
                return True
            if value is None:
                return False
        # 2. toJSON of objects and BigInts.
        if (isinstance(value, JSObject) and not _without_to_json(value)) or (t is JSBigInt and "%BigInt.prototype%" in self.realm.intrinsics):
            to_json = get_v(value, "toJSON")
            if is_callable(to_json):
                value = call(to_json, value, [key])
        # 3. The replacer function.
        if self.replacer is not None:
            value = call(self.replacer, holder, [key, value])
        # 4. Unwrap primitive wrapper objects.
        if isinstance(value, JSObject):
            if type(value) is JSRawJSON:
                self.buf.append(value.get("rawJSON", value))
                return True
            if type(value) is JSPrimitiveObject:
                p = value.primitive
                tp = type(p)
                if tp is float:
                    value = to_number(value)
                elif tp is bool or tp is JSBigInt:
                    value = p
            elif type(value) is JSStringObject:
                value = to_string(value)
        t = type(value)
        # 5-10. Primitives.
        if value is NULL:
            self.buf.append("null")
            return True
        if t is bool:
            self.buf.append("true" if value else "false")
            return True
        if t is str:
            self.buf.append(_quote_into(self.buf, value))
            return True
        if t is float:
            self.buf.append(number_to_string(value) if value - value == 0 else "null")
            return True
        if t is JSBigInt:
            throw_type_error("Do not know how to serialize a BigInt")
        # 11. Objects that are not callable.
        if isinstance(value, JSObject) and not value.is_callable:
            if is_array(value):
                self.array(value)
            else:
                self.object(value)
            return True
        return False

    def _enter(self, value: JSObject) -> None:
        if id(value) in self.stack:
            throw_type_error("Converting circular structure to JSON" + self._circle(value))
        self.stack[id(value)] = value

    def _circle(self, value: JSObject) -> str:
        """NON-SPEC (V8): the lines a circular structure's TypeError adds, from the object that
        starts the circle through the keys that lead back to it (past three steps between, the
        first two and the last, with ``...`` between). A key is found among the holder's own data properties (no JS runs)."""
        objects = list(self.stack.values())
        chain = objects[objects.index(value):] + [value]

        def ctor(o: JSObject) -> str:
            shown = receiver_display(o)
            name = shown[2:-1] if shown.startswith("#<") else "Array" if is_array(o) else "Object"
            return f"object with constructor '{name}'"

        def key(holder: JSObject, child: JSObject) -> str:
            if type(holder) is JSArray and holder.dense is not None:
                for i, v in enumerate(holder.dense):
                    if v is child:
                        return f"index {i}"
            for k, v in list(holder.props.items()):
                if (v.value if type(v) is Prop and not v.flags & A else v) is child:
                    if type(k) is str:
                        return f"index {k}" if is_array(holder) and k.isdigit() else f"property '{k}'"
            return "property '?'"
        steps = [key(chain[i], chain[i + 1]) for i in range(len(chain) - 1)]
        lines = [f"\n    --> starting at {ctor(chain[0])}"]
        middle = [f"\n    |     {steps[i]} -> {ctor(chain[i + 1])}" for i in range(len(steps) - 1)]
        if len(middle) > 3:
            middle = middle[:2] + ["\n    |     ..."] + middle[-1:]
        lines += middle
        lines.append(f"\n    --- {steps[-1]} closes the circle")
        return "".join(lines)

    def object(self, value: JSObject) -> None:
        """SerializeJSONObject (sec-serializejsonobject)."""
        self._enter(value)
        step_back = self.indent
        gap = self.gap
        indent = step_back + gap
        self.indent = indent
        if self.property_list is not None:
            keys = self.property_list
        elif value.simple_props and not value.is_proxy:
            # NON-SPEC fast path: EnumerableOwnProperties(value, key) read from ``props``.
            props = value.props
            keys = [k for k in ordered_keys(props) if type(k) is str
                    and (type(props[k]) is not Prop or props[k].flags & E)]
        else:
            keys = enumerable_own_properties(value, "key")
        buf = self.buf
        buf.append("{")
        if gap:
            first_sep = "\n" + indent
            sep = ",\n" + indent
            colon = ": "
        else:
            first_sep = ""
            sep = ","
            colon = ":"
        any_member = False
        props = value.props
        fast = value.simple_props and type(value) is JSObject
        plain = self.replacer is None  # (SerializeJSONProperty of a primitive then in line)
        for n, key in enumerate(keys):
            if not n & EVERY_256:
                check_every(n, EVERY_256)
                buf.sync()
            # 1. Let value be ? Get(holder, key) -- read ``props`` directly for plain data.
            v = props.get(key, MISSING) if fast else MISSING
            if v is MISSING or type(v) is Prop:
                v = value.get(key, value)
            if plain:
                t = type(v)
                text = _quote_into(buf, v) if t is str else number_to_string(v) if t is float and v - v == 0 else None
                if text is not None:
                    buf.append(sep if any_member else first_sep)
                    buf.append(_key_into(buf, key))
                    buf.append(colon)
                    buf.append(text)
                    any_member = True
                    continue
                if v is None:
                    continue  # (undefined: no member)
            mark = len(buf)
            buf.append(sep if any_member else first_sep)
            buf.append(_key_into(buf, key))
            buf.append(colon)
            if self.property(key, value, v):
                any_member = True
            else:
                buf.truncate(mark)
        charge_rest(len(keys), EVERY_256)
        if any_member and gap:
            buf.append("\n" + step_back + "}")
        else:
            buf.append("}")
        self.stack.pop(id(value), None)
        self.indent = step_back

    def array(self, value: JSObject) -> None:
        """SerializeJSONArray (sec-serializejsonarray)."""
        self._enter(value)
        step_back = self.indent
        gap = self.gap
        indent = step_back + gap
        self.indent = indent
        length = length_of_array_like(value)
        # NON-SPEC: each element takes a code unit at least, and each separator one: a length
        # whose result could only be past the longest string is a RangeError at once (node's
        # too), not a loop of up to 2**53 Gets ending in it
        if 2 * length + 1 > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")
        buf = self.buf
        buf.append("[")
        if gap:
            first_sep = "\n" + indent
            sep = ",\n" + indent
        else:
            first_sep = ""
            sep = ","
        is_js_array = type(value) is JSArray
        plain = self.replacer is None  # (SerializeJSONProperty of a primitive then in line)
        for index in range(length):
            if not index & EVERY_256:
                check_every(index, EVERY_256)
                buf.sync()
            buf.append(sep if index else first_sep)
            if is_js_array:
                v = value.get_index(index)  # type: ignore[attr-defined]
            else:
                v = value.get(str(index), value)
            if plain:
                t = type(v)
                if t is str:
                    buf.append(_quote_into(buf, v))
                    continue
                if t is float:
                    buf.append(number_to_string(v) if v - v == 0 else "null")
                    continue
            if not self.property(str(index), value, v):
                buf.append("null")
        charge_rest(length, EVERY_256)
        if length and gap:
            buf.append("\n" + step_back + "]")
        else:
            buf.append("]")
        self.stack.pop(id(value), None)
        self.indent = step_back


class _NotPlainData(Exception):
    """NON-SPEC: _plain_text met a value it does not serialize."""


def _plain_text(value: JSObject) -> str | None:
    """NON-SPEC: JSON.stringify(value) without a replacer or a gap when every value reached is
    plain data, whose serialization runs nothing observable: ordinary objects whose own
    properties are all plain stored values (enumerable writable data) and dense arrays without
    holes, none with a ``toJSON`` on its chain (_without_to_json) or met twice on the path from
    the top (a cycle: the steps throw), and strings, Numbers, booleans, null, undefined (no
    member of an object). Anything else (an accessor, a function, a symbol, a BigInt, a
    wrapper, a proxy, a hole ...) gives None before anything is seen, and the steps run. (A
    cycle would also end in RecursionError, and the steps: the test stops it at once.)"""
    buf = _Output()
    try:
        _plain_value(value, buf, set())
    except _NotPlainData:
        return None
    except MemoryError:
        throw_range_error("Invalid string length")
    return buf.text()


def _plain_value(v: Any, buf: _Output, stack: set[int]) -> None:
    """NON-SPEC: _plain_text's SerializeJSONProperty of a value that is not undefined."""
    t = type(v)
    if t is str:
        buf.append(_quote_into(buf, v))
    elif t is float:
        buf.append(number_to_string(v) if v - v == 0 else "null")
    elif t is bool:
        buf.append("true" if v else "false")
    elif v is NULL:
        buf.append("null")
    elif t is JSObject:
        # SerializeJSONObject of an object whose own properties are plain stored values
        if id(v) in stack or not _without_to_json(v):
            raise _NotPlainData
        check_stop()
        if len(buf) - buf.counted > _SYNC_PIECES:
            buf.sync()
        stack.add(id(v))
        props = v.props
        buf.append("{")
        mark = len(buf)
        for key in ordered_keys(props) if props else ():
            x = props[key]
            if type(x) is Prop:
                raise _NotPlainData
            if x is None or type(key) is not str:
                continue  # (undefined: no member; a symbol key is no member either)
            buf.append("," if len(buf) > mark else "")
            buf.append(_key_into(buf, key))
            buf.append(":")
            _plain_value(x, buf, stack)
        buf.append("}")
        stack.discard(id(v))
    elif t is JSArray:
        # SerializeJSONArray of a dense array (a hole, MISSING, is no plain value)
        d = v.dense
        if d is None or id(v) in stack or not _without_to_json(v):
            raise _NotPlainData
        check_stop()
        if len(buf) - buf.counted > _SYNC_PIECES:
            buf.sync()
        stack.add(id(v))
        buf.append("[")
        for i, x in enumerate(d):
            if i:
                buf.append(",")
                if not i & EVERY_256:
                    check_every(i, EVERY_256)
                    buf.sync()
            if x is None:
                buf.append("null")
            else:
                _plain_value(x, buf, stack)
        charge_rest(len(d) + 1, EVERY_256)  # (its checks are at i = 256, 512 ...: the rest)
        buf.append("]")
        stack.discard(id(v))
    else:
        raise _NotPlainData


@statics.method("stringify", 3)
def json_stringify(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """JSON.stringify ( value [ , replacer [ , space ] ] ) (sec-json.stringify)."""
    value = args[0] if args else None
    replacer = args[1] if len(args) > 1 else None
    space = args[2] if len(args) > 2 else None
    property_list: list[str] | None = None
    replacer_func = None
    # 5. A replacer function or an array property list.
    if isinstance(replacer, JSObject):
        if replacer.is_callable:
            replacer_func = replacer
        elif is_array(replacer):
            property_list = []
            seen: set[str] = set()
            length = length_of_array_like(replacer)
            for k in range(length):
                if not k & EVERY_256:
                    check_every(k, EVERY_256)
                pv = replacer.get(str(k), replacer)
                item: str | None = None
                if type(pv) is str:
                    item = pv
                elif type(pv) is float:
                    item = number_to_string(pv)
                elif type(pv) is JSStringObject or (type(pv) is JSPrimitiveObject and type(pv.primitive) is float):
                    item = to_string(pv)
                if item is not None and item not in seen:
                    seen.add(item)
                    property_list.append(item)
    # 6. Unwrap a Number or String object space.
    if type(space) is JSPrimitiveObject and type(space.primitive) is float:
        space = to_number(space)
    elif type(space) is JSStringObject:
        space = to_string(space)
    # 7-9. The gap.
    if type(space) is float:
        space_mv = min(10.0, to_integer_or_infinity(space))
        gap = "" if space_mv < 1 else " " * int(space_mv)
    elif type(space) is str:
        gap = space[:10]
    else:
        gap = ""
    if replacer is None and not gap and (type(value) is JSObject or type(value) is JSArray):
        # NON-SPEC fast path: plain data serialized without the steps' bookkeeping (nothing in
        # it is observable); anything else starts over below
        try:
            text = _plain_text(value)
        except RecursionError:
            text = None
        if text is not None:
            return text
    # 10-11. The wrapper object.
    wrapper = JSObject(realm.object_prototype)
    wrapper.props[""] = value
    state = _Serializer(realm, replacer_func, gap, property_list)
    try:
        if not state.property("", wrapper, value):
            return None
    except RecursionError:
        throw_range_error("Maximum call stack size exceeded")
    except MemoryError:
        throw_range_error("Invalid string length")
    return state.buf.text()


# =============================================================================================
# JSON.rawJSON / JSON.isRawJSON
# =============================================================================================

_RAW_FIRST = set("abcdefghijklmnopqrstuvwxyz0123456789\"-")
_RAW_LAST = set("abcdefghijklmnopqrstuvwxyz0123456789\"")


@statics.method("rawJSON", 1)
def json_raw_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """JSON.rawJSON ( text ) (sec-json.rawjson)."""
    json_string = to_string(args[0] if args else None)
    if not json_string:
        throw_syntax_error("Invalid value for JSON.rawJSON")
    if json_string[0] not in _RAW_FIRST or json_string[-1] not in _RAW_LAST:
        throw_syntax_error("Invalid value for JSON.rawJSON")
    parse_json(json_string, realm)
    obj = JSRawJSON(None)
    obj.props["rawJSON"] = json_string
    set_integrity_level(obj, "frozen")
    return obj


@statics.method("isRawJSON", 1)
def json_is_raw_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """JSON.isRawJSON ( O ) (sec-json.israwjson)."""
    return type(args[0] if args else None) is JSRawJSON


def setup(realm: "Realm") -> None:
    """Create %JSON% (sec-json-object) and the global ``JSON`` property."""
    j = JSObject(realm.object_prototype)
    statics.install(realm, j)
    j.define_builtin(SYM_TO_STRING_TAG, "JSON", C)
    realm.intrinsics["%JSON%"] = j
    realm.intrinsics["%JSON.parse%"] = j.props["parse"].value
    realm.intrinsics["%JSON.stringify%"] = j.props["stringify"].value
    realm.define_global("JSON", j, W | C)

