"""Value and function properties of the global object (sec-global-object): NaN, Infinity,
undefined, isNaN, isFinite, the URI handling functions (sec-uri-handling-functions) and the
Annex B escape / unescape (sec-escape-string, sec-unescape-string).

parseInt / parseFloat are defined by number.py."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, NoReturn

from pyjsvm.runtime.agent import EVERY_4096, check_every, check_items, check_scan, throw_error
from pyjsvm.runtime.operations import to_number, to_string
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.runtime.operators import check_string_length, string_pieces
from pyjsvm.syntax.utf16 import python_string_to_js

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

INF = float("inf")
NAN = float("nan")

globals_table = BuiltinTable()

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_URI_MARK = "-_.!~*'()"
_URI_RESERVED = ";/?:@&=+$,"
_HEX = "0123456789ABCDEFabcdef"


def _throw_uri_error(message: str) -> NoReturn:
    throw_error("URIError", message)


@globals_table.method("isNaN", 1)
def global_is_nan(realm: "Realm", this: Any, args: list[Any], nt: Any) -> bool:
    """isNaN ( number ) (sec-isnan-number)."""
    x = args[0] if args else None
    n = x if type(x) is float else to_number(x)
    return n != n


@globals_table.method("isFinite", 1)
def global_is_finite(realm: "Realm", this: Any, args: list[Any], nt: Any) -> bool:
    """isFinite ( number ) (sec-isfinite-number)."""
    x = args[0] if args else None
    n = x if type(x) is float else to_number(x)
    return n == n and n != INF and n != -INF


# --- Encode (sec-encode) -----------------------------------------------------------------------

class _EscapeTable(dict[int, str]):
    """NON-SPEC: a table for str.translate, its entries made as the code units are met: a code
    unit of the set ``unescaped`` maps to itself, any other to ``escape(code unit)``."""

    def __init__(self, unescaped: str, escape: Callable[[int], str]) -> None:
        super().__init__()
        self.unescaped = frozenset(map(ord, unescaped))
        self.escape = escape

    def __missing__(self, cu: int) -> str:
        v = chr(cu) if cu in self.unescaped else self.escape(cu)
        self[cu] = v
        return v


def _utf8_escapes(cp: int) -> str:
    """Encode's steps 3.c.iii-v for one code point: its UTF-8 octets, each as %XX."""
    return "".join("%%%02X" % b for b in chr(cp).encode("utf-8"))


# Encode's unescaped sets: uriUnreserved plus extraUnescaped (uriReserved and "#" for encodeURI)
_SAFE_URI = _EscapeTable(_ALNUM + _URI_MARK + _URI_RESERVED + "#", _utf8_escapes)
_SAFE_COMPONENT = _EscapeTable(_ALNUM + _URI_MARK, _utf8_escapes)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_CODE_POINT = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def encode(string: str, table: _EscapeTable) -> str:
    """Encode ( string, extraUnescaped ) (sec-encode); ``table`` is the unescaped set's
    (uriUnreserved plus extraUnescaped). NON-SPEC: the string is translated a piece at a time
    (str.translate for the code units that are not surrogates, no piece ending between the
    halves of a pair), the budget and the result's length checked between pieces; a step budget
    is charged for the code units first (check_scan: a Python lookup each)."""
    check_scan(len(string))
    out: list[str] = []
    total = 0
    # 1-3. For each code point: kept when in the unescaped set, else its UTF-8 octets as %XX.
    for piece in string_pieces(string):
        if _SURROGATE.search(piece) is None:
            encoded = piece.translate(table)
        else:
            parts: list[str] = []
            pos = 0
            for m in _SURROGATE_CODE_POINT.finditer(piece):
                parts.append(piece[pos:m.start()].translate(table))
                pair = m.group()
                # 3.c.i-ii. CodePointAt: an unpaired surrogate is a URIError.
                if len(pair) == 1:
                    _throw_uri_error("URI malformed")
                parts.append(_utf8_escapes(0x10000 + ((ord(pair[0]) - 0xD800) << 10) + (ord(pair[1]) - 0xDC00)))
                pos = m.end()
            parts.append(piece[pos:].translate(table))
            encoded = "".join(parts)
        total += len(encoded)
        check_string_length(total)  # NON-SPEC: no string past the longest one
        out.append(encoded)
    return "".join(out)


# --- Decode (sec-decode) -----------------------------------------------------------------------

def _parse_hex_octet(string: str, i: int) -> int:
    """ParseHexOctet (sec-parsehexoctet); -1 when the two code units are not hex digits."""
    a = string[i]
    b = string[i + 1]
    if a in _HEX and b in _HEX:
        return int(a + b, 16)
    return -1


# NON-SPEC (speed): a run of escapes, a ``%`` that begins none, and the longest string decoded
# at once (in C, between two budget checks)
_ESCAPE_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_DECODE_AT_ONCE = 1 << 16
_KEPT_ESCAPES: dict[str, re.Pattern[str]] = {}


def _decode_run(m: re.Match[str]) -> str:
    return bytes.fromhex(m.group().replace("%", "")).decode("utf-8")


def _decode_runs(string: str, preserve_escape_set: str) -> str | None:
    """NON-SPEC fast path of Decode: each run of escapes decoded as UTF-8 at once. None when
    Decode must go step by step: a ``%`` outside an escape, octets that are not UTF-8 (both
    throw), an escape it keeps, or a string too long to decode without a budget check."""
    if len(string) > _DECODE_AT_ONCE or _BAD_PERCENT.search(string) is not None:
        return None
    if preserve_escape_set:
        kept = _KEPT_ESCAPES.get(preserve_escape_set)
        if kept is None:
            kept = _KEPT_ESCAPES[preserve_escape_set] = re.compile(
                "%(?:" + "|".join("%02X" % ord(c) for c in preserve_escape_set) + ")", re.IGNORECASE)
        if kept.search(string) is not None:
            return None
    try:
        return python_string_to_js(_ESCAPE_RUN.sub(_decode_run, string))
    except UnicodeDecodeError:
        return None


def decode(string: str, preserve_escape_set: str) -> str:
    """Decode (sec-decode). NON-SPEC: a step budget is charged for the code units and a step
    per escape first (Python steps for each: 1,400 code units of 200 escapes took the time of
    about 1,000 steps, and charged one)."""
    if "%" not in string:
        return string
    check_scan(len(string))
    check_items(string.count("%"))
    fast = _decode_runs(string, preserve_escape_set)
    if fast is not None:
        return fast
    length = len(string)
    out: list[str] = []
    chunks: list[str] = []  # NON-SPEC: ``out`` joined every 4096 steps (see below)
    k = 0
    steps = 0
    while k < length:
        steps += 1
        if not steps & EVERY_4096:
            check_every(steps, EVERY_4096)  # NON-SPEC: the budget check
            # NON-SPEC: a list of one small string a character took ~70 bytes a character
            # (3.6 GB for a result of 64M code units): the pieces so far become one string
            chunks.append("".join(out))
            out = []
        pct = string.find("%", k)
        if pct < 0:
            out.append(string[k:])
            break
        if pct > k:
            out.append(string[k:pct])
        k = pct
        if k + 3 > length:
            _throw_uri_error("URI malformed")
        escape = string[k:k + 3]
        first = _parse_hex_octet(string, k + 1)
        if first < 0:
            _throw_uri_error("URI malformed")
        k += 2
        if first < 0x80:
            ascii_char = chr(first)
            out.append(escape if ascii_char in preserve_escape_set else ascii_char)
        else:
            n = _leading_ones(first)
            if n == 1 or n > 4:
                _throw_uri_error("URI malformed")
            octets = [first]
            for _ in range(1, n):
                k += 1
                if k + 3 > length:
                    _throw_uri_error("URI malformed")
                if string[k] != "%":
                    _throw_uri_error("URI malformed")
                cont = _parse_hex_octet(string, k + 1)
                if cont < 0:
                    _throw_uri_error("URI malformed")
                octets.append(cont)
                k += 2
            try:
                decoded = bytes(octets).decode("utf-8")
            except UnicodeDecodeError:
                _throw_uri_error("URI malformed")
            if len(decoded) != 1:  # pragma: no cover - n octets always give one code point
                _throw_uri_error("URI malformed")
            cp = ord(decoded)
            if cp >= 0x10000:
                cp -= 0x10000
                out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
            else:
                out.append(decoded)
        k += 1
    chunks.append("".join(out))
    return "".join(chunks)


def _leading_ones(octet: int) -> int:
    n = 0
    mask = 0x80
    while mask and octet & mask:
        n += 1
        mask >>= 1
    return n


@globals_table.method("decodeURI", 1)
def global_decode_uri(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """decodeURI ( encodedURI ) (sec-decodeuri-encodeduri)."""
    return decode(to_string(args[0] if args else None), _URI_RESERVED + "#")


@globals_table.method("decodeURIComponent", 1)
def global_decode_uri_component(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """decodeURIComponent ( encodedURIComponent ) (sec-decodeuricomponent-encodeduricomponent)."""
    return decode(to_string(args[0] if args else None), "")


@globals_table.method("encodeURI", 1)
def global_encode_uri(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """encodeURI ( uri ) (sec-encodeuri-uri)."""
    return encode(to_string(args[0] if args else None), _SAFE_URI)


@globals_table.method("encodeURIComponent", 1)
def global_encode_uri_component(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """encodeURIComponent ( uriComponent ) (sec-encodeuricomponent-uricomponent)."""
    return encode(to_string(args[0] if args else None), _SAFE_COMPONENT)


# --- Annex B (sec-additional-properties-of-the-global-object) ----------------------------------

# escape's unescaped code units (step 3), the others as %XX or %uXXXX (steps 5.b-c)
_ESCAPE_TABLE = _EscapeTable(_ALNUM + "@*_+-./", lambda n: "%%%02X" % n if n < 256 else "%%u%04X" % n)


@globals_table.method("escape", 1)
def global_escape(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """escape ( string ) (sec-escape-string). NON-SPEC: the string is translated a piece at a
    time, the budget and the result's length checked between pieces; a step budget is charged for
    the code units first (check_scan: a Python lookup each)."""
    string = to_string(args[0] if args else None)
    check_scan(len(string))
    out: list[str] = []
    total = 0
    for piece in string_pieces(string):
        encoded = piece.translate(_ESCAPE_TABLE)
        total += len(encoded)
        check_string_length(total)  # NON-SPEC: no string past the longest one
        out.append(encoded)
    return "".join(out)


@globals_table.method("unescape", 1)
def global_unescape(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """unescape ( string ) (sec-unescape-string). NON-SPEC: a step budget is charged for the
    code units and a step per escape first (as Decode)."""
    string = to_string(args[0] if args else None)
    if "%" not in string:
        return string
    check_scan(len(string))
    check_items(string.count("%"))
    length = len(string)
    out: list[str] = []
    chunks: list[str] = []  # NON-SPEC: ``out`` joined every 4096 steps (see below)
    k = 0
    steps = 0
    while k < length:
        steps += 1
        if not steps & EVERY_4096:
            check_every(steps, EVERY_4096)  # NON-SPEC: the budget check
            # NON-SPEC: a list of one small string a character took ~70 bytes a character
            # (3.6 GB for a result of 64M code units): the pieces so far become one string
            chunks.append("".join(out))
            out = []
        pct = string.find("%", k)
        if pct < 0:
            out.append(string[k:])
            break
        if pct > k:
            out.append(string[k:pct])
        k = pct
        if k + 6 <= length and string[k + 1] == "u" and all(c in _HEX for c in string[k + 2:k + 6]):
            out.append(chr(int(string[k + 2:k + 6], 16)))
            k += 6
        elif k + 3 <= length and string[k + 1] in _HEX and string[k + 2] in _HEX:
            out.append(chr(int(string[k + 1:k + 3], 16)))
            k += 3
        else:
            out.append("%")
            k += 1
    chunks.append("".join(out))
    return "".join(chunks)


def setup(realm: "Realm") -> None:
    """Value properties (sec-value-properties-of-the-global-object) and function properties
    (sec-function-properties-of-the-global-object) of the global object."""
    g = realm.global_object
    # NaN, Infinity, undefined: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
    g.define_builtin("Infinity", INF, 0)
    g.define_builtin("NaN", NAN, 0)
    g.define_builtin("undefined", None, 0)
    globals_table.install(realm, g)
    for name in ("isNaN", "isFinite", "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent"):
        realm.intrinsics["%" + name + "%"] = g.props[name].value
