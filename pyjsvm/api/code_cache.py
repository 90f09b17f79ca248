"""pyjsvm's code cache, standing in for V8's: the ``cachedData`` of Script, compileFunction and
SourceTextModule, and the files of the command's compile cache.

Cached data is an envelope around ``syntax.tree_codec``'s encoding of the analysed program::

    magic "PJSVMCC\\0" | format version (u16) | goal (u8: script, function, module) | flags (u8, 0)
    | engine id (16 bytes: hash of the format, pyjsvm's and esprima-fork's versions and the syntax
      layer's code) | source hash (16 bytes: BLAKE2b of the goal and the source text)
    | decompressed payload size (u32) | payload size (u32)
    | checksum (16 bytes: BLAKE2b of the header before it and of the payload) | payload

Data made for another source text (for compileFunction the source includes the parameter
list), goal, format or engine, or truncated, corrupted or crafted, is rejected: the caller
compiles from source instead. Everything is validated before use; decoding is bounded in
memory (by the size of the source) and never unpickles, unmarshals or executes anything.
The cache holds no JS-observable state: only the tree, facts of its analysis, and which
functions had run (whose bodies are then restored for eager compilation, like V8's).
"""
from __future__ import annotations

import struct
import os
from typing import TYPE_CHECKING, Any

import esprima  # type: ignore[import-untyped,unused-ignore]

import pyjsvm.syntax as syntax_pkg
from pyjsvm.errors import invalid_arg_type
from pyjsvm.runtime.agent import engine_limits
from pyjsvm.syntax.lazy import LazyModule
from pyjsvm.compiler.engine import compile_function, compile_module_code, compile_script, function_source, parse_function

__all__ = ["FORMAT_VERSION", "serialize_program", "deserialize_program", "cached_data_bytes", "engine_id", "new_blake2b",
           "source_hash"]

MAGIC = b"PJSVMCC\x00"
FORMAT_VERSION = 1
GOALS = {"script": 1, "function": 2, "module": 3}
_codec = LazyModule("pyjsvm.syntax.tree_codec")  # imported when cached data is made or read
_HEADER = struct.Struct("<8sHBB16s16sII16s")
HEADER_SIZE = _HEADER.size
_CHECKSUM_AT = HEADER_SIZE - 16

_engine_id: bytes | None = None


if TYPE_CHECKING:
    from hashlib import blake2b


def new_blake2b(data: bytes = b"", digest_size: int = 16) -> "blake2b":
    """hashlib.blake2b; hashlib is imported on first use (it loads OpenSSL: a few ms of every
    start-up, and only cached data needs it)."""
    import hashlib
    return hashlib.blake2b(data, digest_size=digest_size)


def engine_id() -> bytes:
    """What the encoding depends on besides the source: the format, pyjsvm's and esprima-fork's
    versions and the source of the syntax layer (parsing and its extensions, scope analysis, the
    codec)."""
    global _engine_id
    if _engine_id is None:
        h = new_blake2b(digest_size=16)
        h.update(f"format {FORMAT_VERSION}; esprima {getattr(esprima, '__version__', '?')};".encode())
        try:
            from importlib.metadata import version  # imported where used: it costs start-up
            h.update(f"pyjsvm {version('pyjsvm')};".encode())
        except Exception:  # not installed: the source hash below still pins the code
            h.update(b"pyjsvm ?;")
        folder = os.path.dirname(syntax_pkg.__file__ or "")
        for name in sorted(n for n in os.listdir(folder) if n.endswith(".py")):
            h.update(name.encode())
            try:
                with open(os.path.join(folder, name), "rb") as f:
                    h.update(f.read())
            except OSError:
                pass
        _engine_id = h.digest()
    return _engine_id


def source_hash(source: str, goal: str) -> bytes:
    """BLAKE2b-128 of the goal and the source text (its code units, lone surrogates included)."""
    h = new_blake2b(digest_size=16)
    h.update(goal.encode() + b"\x00")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.digest()


def _max_raw(source: str) -> int:
    """The largest decompressed payload accepted for a source of this length: the tree of a
    source never needs more (a node takes at least one character of source)."""
    return 96 * len(source) + 4096


def serialize_program(program: Any, source: str, goal: str) -> bytes:
    """Cached data for ``program``, the analysed tree of ``source`` parsed with ``goal``
    ('script', 'function' -- the source being engine.function_source's -- or 'module').
    Raises tree_codec.CodecError if the tree cannot be encoded."""
    with engine_limits():  # deep trees recurse; long BigInt literals convert
        encoded: tuple[bytes, int] = _codec.encode_program(program)
    payload, raw_size = encoded
    head = _HEADER.pack(MAGIC, FORMAT_VERSION, GOALS[goal], 0, engine_id(), source_hash(source, goal), raw_size,
                        len(payload), b"")[:_CHECKSUM_AT]
    return head + _checksum(head, payload) + payload


def _checksum(head: bytes, payload: bytes) -> bytes:
    """BLAKE2b-128 of the header before the checksum and the payload: a payload spliced under
    another header does not match."""
    h = new_blake2b(head, digest_size=16)
    h.update(payload)
    return h.digest()


def deserialize_program(data: bytes, source: str, goal: str) -> Any | None:
    """The analysed tree in ``data`` if it was made for ``source`` and ``goal`` by this engine and
    is intact and valid; None (rejected) otherwise. Function bodies decode when first needed."""
    if len(data) < HEADER_SIZE:
        return None
    magic, version, goal_code, flags, eid, shash, raw_size, size, checksum = _HEADER.unpack_from(data)
    if magic != MAGIC or version != FORMAT_VERSION or goal_code != GOALS[goal] or flags != 0:
        return None
    if eid != engine_id() or size != len(data) - HEADER_SIZE or raw_size > _max_raw(source):
        return None
    payload = data[HEADER_SIZE:]
    if _checksum(data[:_CHECKSUM_AT], payload) != checksum:
        return None
    if shash != source_hash(source, goal):
        return None
    try:
        with engine_limits():
            program = _codec.decode_program(payload, 2 * len(source) + 2, raw_size)
    except _codec.CodecError:
        return None
    if program.sourceType != ("module" if goal == "module" else "script"):
        return None
    return program


def cached_data_bytes(value: Any, name: str = "options.cached_data") -> bytes:
    """``cached_data`` as bytes: a bytes, bytearray or memoryview (any format) is accepted."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray):
        return bytes(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    raise invalid_arg_type(name, "an instance of bytes, bytearray or memoryview", value)


# --- compiling with cached data (shared by the Python API and the node:vm module) ----------------

def compile_script_cached(code: str, filename: str, line_offset: int, column_offset: int,
                          data: bytes | None) -> tuple[Any, bool | None]:
    """A ScriptCode for ``code``, from ``data`` when it is accepted; and whether ``data`` was
    rejected (None without data). Raises ParseError like compile_script."""
    if data is not None:
        program = deserialize_program(data, code, "script")
        if program is not None:
            try:
                return compile_script(code, filename, line_offset, column_offset, program), False
            except Exception:  # NON-SPEC: only crafted cached data gets here; compile from source
                pass
    return compile_script(code, filename, line_offset, column_offset), None if data is None else True


def compile_function_cached(realm: Any, body: str, params: list[str], filename: str, line_offset: int,
                            column_offset: int, extensions: list[Any], data: bytes | None,
                            produce: bool) -> tuple[Any, bool | None, bytes | None, Any]:
    """vm.compileFunction with a code cache: the function, whether ``data`` was rejected (None
    without data), with ``produce`` the cached data made when ``data`` was missing or rejected
    (None on failure), and the program (for making cached data later).
    Raises ParseError like engine.compile_function."""
    source = function_source(body, params)
    if data is not None:
        program = deserialize_program(data, source, "function")
        if program is not None:
            try:
                fn = compile_function(realm, body, params, filename, line_offset, column_offset, extensions, program)
                return fn, False, None, program
            except Exception:  # NON-SPEC: only crafted cached data gets here; compile from source
                pass
    program = parse_function(body, params, filename, line_offset, column_offset)
    fn = compile_function(realm, body, params, filename, line_offset, column_offset, extensions, program)
    produced = None
    if produce:
        try:
            produced = serialize_program(program, source, "function")
        except _codec.CodecError:
            produced = None
    return fn, None if data is None else True, produced, program


def compile_module_cached(code: str, filename: str, data: bytes | None, line_offset: int = 0,
                          column_offset: int = 0) -> tuple[Any, bool | None]:
    """A ModuleCode for ``code`` (positions shifted by the offsets), from ``data`` when it is
    accepted; and whether ``data`` was rejected (None without data). Raises ParseError like
    compile_module_code."""
    if data is not None:
        program = deserialize_program(data, code, "module")
        if program is not None:
            try:
                return compile_module_code(code, filename, program, line_offset, column_offset), False
            except Exception:  # NON-SPEC: only crafted cached data gets here; compile from source
                pass
    return compile_module_code(code, filename, None, line_offset, column_offset), None if data is None else True


def create_cached_data(program: Any, source: str, goal: str) -> bytes:
    """``createCachedData()``: the cached data of a compiled program, or empty bytes if its tree
    cannot be encoded (V8 may also produce none)."""
    try:
        return serialize_program(program, source, goal)
    except _codec.CodecError:
        return b""
