"""Value and function properties of the global object (sec-global-object): NaN, Infinity,
undefined, isNaN, isFinite, the URI handling functions (sec-uri-handling-functions) and the
Annex B escape / unescape (sec-escape-string, sec-unescape-string).

parseInt / parseFloat are defined by number.py."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NoReturn

from pyjsvm.runtime.agent import check_stop, throw_error
from pyjsvm.runtime.operations import to_number, to_string
from pyjsvm.intrinsics.table import BuiltinTable

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

def _make_safe_run_re(extra: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(_ALNUM + _URI_MARK + extra) + "]+")


_SAFE_URI = _make_safe_run_re(_URI_RESERVED + "#")
_SAFE_COMPONENT = _make_safe_run_re("")


def encode(string: str, safe_runs: re.Pattern[str]) -> str:
    """Encode (sec-encode); ``safe_runs`` matches runs of the unescaped set (uriUnreserved plus
    extraUnescaped)."""
    length = len(string)
    out: list[str] = []
    k = 0
    match = safe_runs.match
    steps = 0
    while k < length:
        steps += 1
        if not steps & 4095:
            check_stop()  # NON-SPEC: the budget check
        m = match(string, k)
        if m is not None:
            out.append(m.group())
            k = m.end()
            continue
        cu = ord(string[k])
        # CodePointAt (sec-codepointat): an unpaired surrogate is an error.
        if 0xDC00 <= cu <= 0xDFFF:
            _throw_uri_error("URI malformed")
        if 0xD800 <= cu <= 0xDBFF:
            if k + 1 >= length:
                _throw_uri_error("URI malformed")
            low = ord(string[k + 1])
            if not 0xDC00 <= low <= 0xDFFF:
                _throw_uri_error("URI malformed")
            cp = 0x10000 + ((cu - 0xD800) << 10) + (low - 0xDC00)
            k += 2
        else:
            cp = cu
            k += 1
        out.append("".join("%%%02X" % b for b in chr(cp).encode("utf-8")))
    return "".join(out)


# --- Decode (sec-decode) -----------------------------------------------------------------------

def _parse_hex_octet(string: str, i: int) -> int:
    """ParseHexOctet (sec-parsehexoctet); -1 when the two code units are not hex digits."""
    a = string[i]
    b = string[i + 1]
    if a in _HEX and b in _HEX:
        return int(a + b, 16)
    return -1


def decode(string: str, preserve_escape_set: str) -> str:
    """Decode (sec-decode)."""
    if "%" not in string:
        return string
    length = len(string)
    out: list[str] = []
    k = 0
    steps = 0
    while k < length:
        steps += 1
        if not steps & 4095:
            check_stop()  # NON-SPEC: the budget check
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
    return "".join(out)


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

_ESCAPE_SAFE = re.compile("[" + re.escape(_ALNUM + "@*_+-./") + "]+")


@globals_table.method("escape", 1)
def global_escape(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """escape ( string ) (sec-escape-string)."""
    string = to_string(args[0] if args else None)
    out: list[str] = []
    k = 0
    length = len(string)
    match = _ESCAPE_SAFE.match
    steps = 0
    while k < length:
        steps += 1
        if not steps & 4095:
            check_stop()  # NON-SPEC: the budget check
        m = match(string, k)
        if m is not None:
            out.append(m.group())
            k = m.end()
            continue
        n = ord(string[k])
        out.append("%%%02X" % n if n < 256 else "%%u%04X" % n)
        k += 1
    return "".join(out)


@globals_table.method("unescape", 1)
def global_unescape(realm: "Realm", this: Any, args: list[Any], nt: Any) -> str:
    """unescape ( string ) (sec-unescape-string)."""
    string = to_string(args[0] if args else None)
    if "%" not in string:
        return string
    length = len(string)
    out: list[str] = []
    k = 0
    steps = 0
    while k < length:
        steps += 1
        if not steps & 4095:
            check_stop()  # NON-SPEC: the budget check
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
    return "".join(out)


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
