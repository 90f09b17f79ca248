"""JS strings are Python ``str`` of UTF-16 code units (an astral character is a surrogate pair).
These are the one home of the conversions between them and Python text, used where source text
becomes JS strings (the compiler) and at the Python API boundary (``pyjsvm.api.convert``)."""
from __future__ import annotations

import re
import sys

__all__ = ["utf16_encode_code_point", "python_string_to_js", "js_string_to_python"]

_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_encode_code_point(cp: int) -> str:
    """UTF16EncodeCodePoint (sec-utf16encodecodepoint)."""
    if cp <= 0xFFFF:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _join_pair(m: "re.Match[str]") -> str:
    s = m.group()
    return chr(0x10000 + ((ord(s[0]) - 0xD800) << 10) + (ord(s[1]) - 0xDC00))


def _split_astral(m: "re.Match[str]") -> str:
    return utf16_encode_code_point(ord(m.group()))


def js_string_to_python(s: str) -> str:
    """NON-SPEC: a JS string (UTF-16 code units) as Python text: surrogate pairs become one
    character; lone surrogates are kept."""
    if s.isascii():
        return s
    return _PAIR.sub(_join_pair, s)


_UTF16_NATIVE = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"


# NON-SPEC: the last few long texts converted, so that reading the same long non-ASCII text
# again (a contextified global read in a loop) does not convert it again: keyed by the text
# itself, whose hash Python keeps once computed
_RECENT: dict[str, str] = {}
_LONG = 256


def python_string_to_js(s: str) -> str:
    """NON-SPEC: Python text as a JS string: astral characters become surrogate pairs."""
    if s.isascii():
        return s
    if len(s) < _LONG:
        return s if _ASTRAL.search(s) is None else _ASTRAL.sub(_split_astral, s)
    js = _RECENT.get(s)
    if js is None:
        if _ASTRAL.search(s) is None:
            js = s
        else:
            # its UTF-16 code units, each as one character (lone surrogates kept)
            js = "".join(map(chr, memoryview(s.encode(_UTF16_NATIVE, "surrogatepass")).cast("H")))
        if len(_RECENT) >= 32:
            _RECENT.clear()
        _RECENT[s] = js
    return js
