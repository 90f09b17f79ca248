"""Node's string encodings between JS strings (UTF-16 code units) and bytes."""
from __future__ import annotations

import base64

from pyjsvm.api.convert import js_string_to_python, python_string_to_js

__all__ = ["ENCODINGS", "normalize_encoding", "encode", "decode", "base64_decode", "byte_length"]

ENCODINGS = {"utf8": "utf8", "utf-8": "utf8", "latin1": "latin1", "binary": "latin1", "ascii": "ascii",
             "hex": "hex", "base64": "base64", "base64url": "base64url", "ucs2": "utf16le",
             "ucs-2": "utf16le", "utf16le": "utf16le", "utf-16le": "utf16le"}


def normalize_encoding(enc: object) -> str | None:
    """The canonical name of a Node encoding, or None when unknown."""
    if not isinstance(enc, str):
        return None
    return ENCODINGS.get(enc.lower())


def encode(s: str, enc: str) -> bytes:
    """A JS string as bytes in encoding ``enc`` (canonical name)."""
    if enc == "utf8":
        text = js_string_to_python(s)
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates become U+FFFD, as in Node
            return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text).encode("utf-8")
    if enc in ("latin1", "ascii"):
        return bytes(ord(c) & 0xFF for c in s)
    if enc == "utf16le":
        return b"".join(ord(c).to_bytes(2, "little") for c in s)
    if enc == "hex":
        # (as node's: a character counts by its low byte, 'İ' (U+0130) as '0')
        s = "".join(chr(ord(c) & 0xFF) for c in s) if any(ord(c) > 0xFF for c in s) else s
        n = 0
        while n + 1 < len(s) and all(ch in "0123456789abcdefABCDEF" for ch in s[n:n + 2]):
            n += 2
        return bytes.fromhex(s[:n])
    if enc in ("base64", "base64url"):
        return base64_decode(s)
    raise ValueError(enc)


# (the values of the base64 and base64url alphabets together, as node's unbase64 table)
_UNBASE64 = {c: i for i, c in enumerate(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}
_UNBASE64[ord("-")], _UNBASE64[ord("_")] = 62, 63


def base64_decode(s: str) -> bytes:
    """NON-SPEC: node's base64_decode (src/base64-inl.h), for Buffer's base64 and base64url
    alike: a character counts by its low byte (a UTF-16 code unit cast to uint8), characters
    outside both alphabets are skipped, decoding stops at the first '=', and trailing bits that
    make no whole byte are dropped; a string of one character decodes to nothing."""
    if len(s) < 2:
        return b""
    out = bytearray()
    acc = bits = 0
    for ch in s:
        c = ord(ch) & 0xFF
        value = _UNBASE64.get(c)
        if value is None:
            if c == 0x3D:  # '='
                break
            continue
        acc = (acc << 6 | value) & 0xFFF
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append(acc >> bits & 0xFF)
    return bytes(out)


def byte_length(s: str, enc: str) -> int:
    """NON-SPEC: node's Buffer.byteLength(string, enc) (lib/buffer.js encodingOps): the size
    Buffer.from allocates before it writes, an estimate for hex (half the length) and base64
    (base64ByteLength: three quarters of the length without up to two trailing '='), exact for
    the others."""
    if enc == "hex":
        return len(s) >> 1
    if enc in ("base64", "base64url"):
        n = len(s)
        if n and s[n - 1] == "=":
            n -= 1
        if n > 1 and s[n - 1] == "=":
            n -= 1
        return n * 3 >> 2
    if enc in ("latin1", "ascii"):
        return len(s)
    if enc == "utf16le":
        return len(s) * 2
    return len(encode(s, enc))


def decode(b: bytes, enc: str) -> str:
    """Bytes as a JS string, decoding with ``enc`` (canonical name)."""
    if enc == "utf8":
        return python_string_to_js(b.decode("utf-8", "replace"))
    if enc == "latin1":
        return b.decode("latin1")
    if enc == "ascii":
        return bytes(x & 0x7F for x in b).decode("ascii")
    if enc == "utf16le":
        return "".join(chr(int.from_bytes(b[i:i + 2], "little")) for i in range(0, len(b) - 1, 2))
    if enc == "hex":
        return b.hex()
    if enc == "base64":
        return base64.b64encode(b).decode("ascii")
    if enc == "base64url":
        return base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")
    raise ValueError(enc)
