"""Uint8Array's base64 and hex methods (sec-uint8array-objects, ES2026): Uint8Array.fromBase64,
Uint8Array.fromHex, Uint8Array.prototype.toBase64 / toHex / setFromBase64 / setFromHex, with the
FromBase64 and FromHex decoders (sec-frombase64, sec-fromhex)."""
from __future__ import annotations

import base64
import re
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import EVERY_4096, check_every, check_stop, throw_syntax_error, throw_type_error
from pyjsvm.runtime.buffers import typed_array_length_or_none
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import create_data_property_or_throw, get_options_object, to_boolean, to_display
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.typed_array import allocate_typed_array
from pyjsvm.runtime.values import argument
from pyjsvm.runtime.operators import check_string_length

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()

MAX_LENGTH = 2**53 - 1
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_ASCII_WHITESPACE = "\t\n\f\r "
_HEX = "0123456789abcdefABCDEF"
# NON-SPEC: the decoders take runs of plain input (no whitespace, no padding) in pieces of this
# many characters, each decoded by one C call (base64 / bytes.fromhex), with the run's budget
# checked between pieces: a Python loop a character ran on for minutes over 2**27 of them
_PIECE = 1 << 16
_HEX_RUN = re.compile("[0-9a-fA-F]*")
_B64_RUN = {"base64": re.compile("[A-Za-z0-9+/]*"), "base64url": re.compile("[A-Za-z0-9_-]*")}
_WHITESPACE_RUN = re.compile("[\t\n\f\r ]*")



class DecodeResult:
    """The Record FromBase64 and FromHex return: [[Read]], [[Bytes]], [[Error]] (a message or None)."""

    __slots__ = ("read", "bytes", "error")

    def __init__(self, read: int, data: bytearray, error: str | None = None) -> None:
        self.read = read
        self.bytes = data
        self.error = error


def _alphabet(opts: JSObject) -> str:
    alphabet = opts.get("alphabet", opts)
    if alphabet is None:
        return "base64"
    if type(alphabet) is not str or alphabet not in ("base64", "base64url"):
        throw_type_error("alphabet must be 'base64' or 'base64url'")
    return alphabet  # type: ignore[no-any-return]


def _last_chunk_handling(opts: JSObject) -> str:
    v = opts.get("lastChunkHandling", opts)
    if v is None:
        return "loose"
    if type(v) is not str or v not in ("loose", "strict", "stop-before-partial"):
        throw_type_error("lastChunkHandling must be 'loose', 'strict' or 'stop-before-partial'")
    return v  # type: ignore[no-any-return]


def validate_uint8_array(ta: Any, write: bool = False) -> JSTypedArray:
    """ValidateUint8Array (sec-validateuint8array)."""
    if not isinstance(ta, JSTypedArray) or ta.name != "Uint8Array":
        throw_type_error(f"{to_display(ta)} is not a Uint8Array")
    if write and ta.buffer.immutable:
        throw_type_error("Cannot write into a Uint8Array backed by an immutable ArrayBuffer")
    return ta


def get_uint8_array_bytes(ta: JSTypedArray) -> bytes:
    """GetUint8ArrayBytes (sec-getuint8arraybytes)."""
    n = typed_array_length_or_none(ta)
    if n is None:
        throw_type_error("Cannot read a detached or out-of-bounds Uint8Array")
    d = ta.buffer.data
    assert d is not None
    return bytes(d[ta.byte_offset:ta.byte_offset + n])


def set_uint8_array_bytes(ta: JSTypedArray, data: bytes | bytearray) -> None:
    """SetUint8ArrayBytes (sec-setuint8arraybytes)."""
    d = ta.buffer.data
    assert d is not None
    d[ta.byte_offset:ta.byte_offset + len(data)] = data


def _skip_ascii_whitespace(s: str, i: int) -> int:
    """SkipAsciiWhitespace (sec-skipasciiwhitespace)."""
    n = len(s)
    if i < n and s[i] in _ASCII_WHITESPACE:
        while True:  # NON-SPEC: runs matched in pieces, the budget checked between them
            end = _WHITESPACE_RUN.match(s, i, i + _PIECE).end()  # type: ignore[union-attr]
            if end < i + _PIECE or end >= n:
                return end
            i = end
            check_stop()
    return i


def _decode_base64_run(s: str, index: int, alphabet: str, room: int) -> bytes:
    """NON-SPEC: the bytes of the whole chunks of base64 characters (no whitespace, no padding)
    starting at ``index``, at most ``room`` bytes and _PIECE characters of them: what the steps
    of FromBase64 decode chunk by chunk when they start with an empty chunk and at least 3
    bytes of room before each."""
    m = _B64_RUN[alphabet].match(s, index, index + min(_PIECE, room // 3 * 4))
    assert m is not None
    count = (m.end() - index) // 4 * 4
    if not count:
        return b""
    run = s[index:index + count].encode("ascii")
    return base64.urlsafe_b64decode(run) if alphabet == "base64url" else base64.b64decode(run)


def decode_base64_chunk(chunk: str, throw_on_extra_bits: bool = False) -> bytes | None:
    """DecodeBase64Chunk (sec-decodebase64chunk): None for the SyntaxError of extra bits."""
    n = len(chunk)
    padded = chunk + "A" * (4 - n)
    v = 0
    for c in padded:
        v = (v << 6) | _B64_VALUE[c]
    seq = v.to_bytes(3, "big")
    if n == 2:
        if throw_on_extra_bits and seq[1] != 0:
            return None
        return seq[:1]
    if n == 3:
        if throw_on_extra_bits and seq[2] != 0:
            return None
        return seq[:2]
    return seq


def from_base64(s: str, alphabet: str, last_chunk_handling: str, max_length: int = MAX_LENGTH) -> DecodeResult:
    """FromBase64 (sec-frombase64)."""
    if max_length == 0:
        return DecodeResult(0, bytearray())
    read = 0
    out = bytearray()
    chunk = ""
    index = 0
    length = len(s)
    steps = 0
    while True:
        if not chunk and length - index >= 64:
            # NON-SPEC fast path: a run of whole chunks decoded at once (the same bytes, [[Read]]
            # and stopping point as the steps below, which take what follows the run; a short
            # text is faster without it)
            decoded_run = _decode_base64_run(s, index, alphabet, max_length - len(out))
            if decoded_run:
                out += decoded_run
                index += len(decoded_run) // 3 * 4
                read = index
                if len(out) == max_length:
                    return DecodeResult(read, out)
                check_stop()
                continue
        index = _skip_ascii_whitespace(s, index)
        if index == length:
            if chunk:
                if last_chunk_handling == "stop-before-partial":
                    return DecodeResult(read, out)
                if last_chunk_handling == "loose":
                    if len(chunk) == 1:
                        return DecodeResult(read, out, "Invalid base64 string: a lone character at the end")
                    out += decode_base64_chunk(chunk, False)  # type: ignore[operator, arg-type]
                else:
                    return DecodeResult(read, out, "Invalid base64 string: missing padding")
            return DecodeResult(length, out)
        char = s[index]
        index += 1
        if char == "=":
            if len(chunk) < 2:
                return DecodeResult(read, out, "Invalid base64 string: unexpected padding")
            index = _skip_ascii_whitespace(s, index)
            if len(chunk) == 2:
                if index == length:
                    if last_chunk_handling == "stop-before-partial":
                        return DecodeResult(read, out)
                    return DecodeResult(read, out, "Invalid base64 string: incomplete padding")
                char = s[index]
                if char == "=":
                    index = _skip_ascii_whitespace(s, index + 1)
            if index < length:
                return DecodeResult(read, out, "Invalid base64 string: data after padding")
            decoded = decode_base64_chunk(chunk, last_chunk_handling == "strict")
            if decoded is None:
                return DecodeResult(read, out, "Invalid base64 string: non-zero padding bits")
            out += decoded
            return DecodeResult(length, out)
        if alphabet == "base64url":
            if char == "+" or char == "/":
                return DecodeResult(read, out, f"Invalid base64url character {char!r}")
            if char == "-":
                char = "+"
            elif char == "_":
                char = "/"
        if char not in _B64_VALUE:
            return DecodeResult(read, out, "Invalid base64 character")
        remaining = max_length - len(out)
        if (remaining == 1 and len(chunk) == 2) or (remaining == 2 and len(chunk) == 3):
            return DecodeResult(read, out)
        chunk += char
        if len(chunk) == 4:
            out += decode_base64_chunk(chunk)  # type: ignore[operator, arg-type]
            chunk = ""
            read = index
            if len(out) == max_length:
                return DecodeResult(read, out)
            steps += 1
            if not steps & EVERY_4096:
                check_every(steps, EVERY_4096)  # NON-SPEC: the budget check (every fourth character at least)


def from_hex(s: str, max_length: int = MAX_LENGTH) -> DecodeResult:
    """FromHex (sec-fromhex)."""
    length = len(s)
    out = bytearray()
    read = 0
    if length % 2:
        return DecodeResult(0, out, "Invalid hex string: odd length")
    while read < length and len(out) < max_length:
        # NON-SPEC: pairs of hexits decoded a piece at a time by bytes.fromhex (what the steps
        # do pair by pair), the budget checked between pieces
        if read:
            check_stop()
        end = min(length, read + 2 * min(_PIECE, max_length - len(out)))
        m = _HEX_RUN.match(s, read, end)
        assert m is not None
        stop = read + (m.end() - read) // 2 * 2
        if stop > read:
            out += bytes.fromhex(s[read:stop])
            read = stop
        if stop < end:  # (a pair with a character that is not a hexit)
            return DecodeResult(read, out, "Invalid hex string")
    return DecodeResult(read, out)


def _new_uint8_array(realm: "Realm", data: bytearray) -> JSTypedArray:
    ta = allocate_typed_array("Uint8Array", realm.intrinsics["%Uint8Array%"], len(data))
    set_uint8_array_bytes(ta, data)
    return ta


def _require_string(v: Any) -> str:
    if type(v) is not str:
        throw_type_error(f"{to_display(v)} is not a string")
    return v  # type: ignore[no-any-return]


@statics.method("fromBase64", 1)
def uint8_array_from_base64(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Uint8Array.fromBase64 ( string [ , options ] ) (sec-uint8array.frombase64)."""
    s = _require_string(argument(args, 0))
    opts = get_options_object(argument(args, 1))
    alphabet = _alphabet(opts)
    handling = _last_chunk_handling(opts)
    result = from_base64(s, alphabet, handling)
    if result.error is not None:
        throw_syntax_error(result.error)
    return _new_uint8_array(realm, result.bytes)


@statics.method("fromHex", 1)
def uint8_array_from_hex(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Uint8Array.fromHex ( string ) (sec-uint8array.fromhex)."""
    s = _require_string(argument(args, 0))
    result = from_hex(s)
    if result.error is not None:
        throw_syntax_error(result.error)
    return _new_uint8_array(realm, result.bytes)


def _read_written(realm: "Realm", result: DecodeResult) -> JSObject:
    o = JSObject(realm.object_prototype)
    create_data_property_or_throw(o, "read", float(result.read))
    create_data_property_or_throw(o, "written", float(len(result.bytes)))
    return o


@proto.method("setFromBase64", 1)
def uint8_array_set_from_base64(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Uint8Array.prototype.setFromBase64 ( string [ , options ] ) (sec-uint8array.prototype.setfrombase64)."""
    into = validate_uint8_array(this, True)
    s = _require_string(argument(args, 0))
    opts = get_options_object(argument(args, 1))
    alphabet = _alphabet(opts)
    handling = _last_chunk_handling(opts)
    n = typed_array_length_or_none(into)
    if n is None:
        throw_type_error("Cannot write into a detached or out-of-bounds Uint8Array")
    result = from_base64(s, alphabet, handling, n)
    set_uint8_array_bytes(into, result.bytes)
    if result.error is not None:
        throw_syntax_error(result.error)
    return _read_written(realm, result)


@proto.method("setFromHex", 1)
def uint8_array_set_from_hex(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Uint8Array.prototype.setFromHex ( string ) (sec-uint8array.prototype.setfromhex)."""
    into = validate_uint8_array(this, True)
    s = _require_string(argument(args, 0))
    n = typed_array_length_or_none(into)
    if n is None:
        throw_type_error("Cannot write into a detached or out-of-bounds Uint8Array")
    result = from_hex(s, n)
    set_uint8_array_bytes(into, result.bytes)
    if result.error is not None:
        throw_syntax_error(result.error)
    return _read_written(realm, result)


@proto.method("toBase64", 0)
def uint8_array_to_base64(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Uint8Array.prototype.toBase64 ( [ options ] ) (sec-uint8array.prototype.tobase64)."""
    o = validate_uint8_array(this)
    opts = get_options_object(argument(args, 0))
    alphabet = _alphabet(opts)
    omit_padding = to_boolean(opts.get("omitPadding", opts))
    n = typed_array_length_or_none(o)
    if n is not None:  # NON-SPEC: a result past the longest string is a RangeError
        check_string_length(n // 3 * 4 + (0 if not n % 3 else 4 if not omit_padding else n % 3 + 1))
    data = get_uint8_array_bytes(o)
    encode = base64.urlsafe_b64encode if alphabet == "base64url" else base64.b64encode
    s = "".join(encode(piece).decode("ascii") for piece in _byte_pieces(data))
    return s.rstrip("=") if omit_padding else s


# NON-SPEC: the bytes encoded between two budget checks (a multiple of 3: whole base64 groups)
_ENCODE_PIECE = 3 << 18


def _byte_pieces(data: bytes) -> Any:
    """NON-SPEC: ``data`` in pieces of _ENCODE_PIECE bytes with the budget checked before each
    but the first (toBase64 of 2**28 bytes encoded for seconds past the timeout in one step)."""
    for start in range(0, len(data), _ENCODE_PIECE):
        if start:
            check_stop()
        yield data[start:start + _ENCODE_PIECE]


@proto.method("toHex", 0)
def uint8_array_to_hex(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Uint8Array.prototype.toHex ( ) (sec-uint8array.prototype.tohex)."""
    o = validate_uint8_array(this)
    n = typed_array_length_or_none(o)
    if n is not None:  # NON-SPEC: a result past the longest string is a RangeError
        check_string_length(2 * n)
    return "".join(piece.hex() for piece in _byte_pieces(get_uint8_array_bytes(o)))


def setup(realm: "Realm") -> None:
    proto.install(realm, realm.intrinsics["%Uint8Array.prototype%"])
    statics.install(realm, realm.intrinsics["%Uint8Array%"])


__all__ = ["setup", "from_base64", "from_hex", "decode_base64_chunk", "get_options_object", "DecodeResult"]
