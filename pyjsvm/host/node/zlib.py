"""``node:zlib`` for the ``pyjsvm`` host, on Python's ``zlib``: the sync, callback and stream
forms of deflate / inflate / deflateRaw / inflateRaw / gzip / gunzip / unzip (``zlib.Deflate``
... are ``stream.Transform`` subclasses, as in Node), ``crc32``, ``constants``, ``codes`` and
the legacy top-level ``Z_*`` names.

The JS side (option checks, streams, the callback forms) is written in JS; the compression runs
in a small binding (``ZlibEngine``) that JS reaches only through an opaque handle object. Input
is fed to zlib and output taken from it in steps of 64 KiB, with the interrupt check
(``check_stop``: a ``--timeout`` ends a huge inflate) and the allocation check
(``check_allocation``: ``--max-memory`` refuses a decompression bomb) between steps; the
output of one call stops at ``maxOutputLength`` with Node's ERR_BUFFER_TOO_LARGE.

Errors are Node's: an ``Error`` with zlib's own message (``incorrect header check``,
``invalid stored block lengths``, ``unexpected end of file`` for truncated input with
``Z_FINISH``...), ``errno`` (-3) and ``code`` (``Z_DATA_ERROR``).

Brotli is not in Python's standard library: ``brotliCompress``, ``brotliDecompress`` (and their
``Sync`` forms, ``createBrotli*`` and the ``Brotli*`` classes) exist but throw an ``Error`` with
code ``ERR_FEATURE_UNAVAILABLE_ON_PLATFORM``. Not provided either: the ``info`` option, and
``params()`` once a deflate stream has compressed data (Python's zlib has no deflateParams;
before any data it starts the stream again with the new level and strategy).
"""
from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js, throw_node_error, view_bytes
from pyjsvm.runtime.agent import JSThrow, check_allocation, check_stop
from pyjsvm.runtime.buffers import JSArrayBuffer
from pyjsvm.runtime.objects import C, E, W, JSObject, Prop

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["make_zlib_module", "ZlibEngine", "ZlibFailure"]

# Node's mode numbers (zlib.constants.DEFLATE ...)
DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP = 1, 2, 3, 4, 5, 6, 7
Z_NO_FLUSH, Z_FINISH = 0, 4
STEP = 1 << 16  # bytes of input fed, or of output taken, between two interrupt checks
CODES = {1: "Z_STREAM_END", 2: "Z_NEED_DICT", -1: "Z_ERRNO", -2: "Z_STREAM_ERROR", -3: "Z_DATA_ERROR",
         -4: "Z_MEM_ERROR", -5: "Z_BUF_ERROR", -6: "Z_VERSION_ERROR"}
_PY_ERROR = re.compile(r"Error (-?\d+) while ([a-z ]+?)(?:: (.*))?$")


def _vernum() -> int:
    """ZLIB_VERNUM of the zlib Python runs on (``1.2.13`` -> 0x12d0)."""
    parts = [int(p) for p in re.findall(r"\d+", zlib.ZLIB_RUNTIME_VERSION)[:4]] + [0, 0, 0, 0]
    return (parts[0] << 12) | (parts[1] << 8) | (parts[2] << 4) | parts[3]


class ZlibFailure(Exception):
    """A zlib error as Node reports it: ``message``, ``errno`` (zlib's return code)."""

    def __init__(self, message: str, errno: int) -> None:
        super().__init__(message)
        self.errno = errno


class OutputTooLarge(Exception):
    """More output than ``maxOutputLength`` allows."""


def _failure(e: zlib.error, has_dictionary: bool) -> ZlibFailure:
    """Node's message and errno for a ``zlib.error`` (whose text is CPython's ``Error -3 while
    decompressing data: incorrect header check``)."""
    m = _PY_ERROR.match(str(e))
    if m is None:
        return ZlibFailure(str(e) or "Zlib error", -2)
    errno = int(m.group(1))
    if m.group(2) == "setting zdict":  # inflateSetDictionary refused it: the wrong dictionary
        return ZlibFailure("Bad dictionary", 2)
    if errno == 2:
        return ZlibFailure("Bad dictionary" if has_dictionary else "Missing dictionary", 2)
    return ZlibFailure(m.group(3) or "Zlib error", errno)


class ZlibEngine:
    """One zlib stream of a mode (Node's ZlibContext), fed by ``write``."""

    def __init__(self, mode: int, level: int, window_bits: int, mem_level: int, strategy: int,
                 dictionary: bytes | None) -> None:
        self.mode = mode
        self.level = level
        self.window_bits = window_bits
        self.mem_level = mem_level
        self.strategy = strategy
        self.dictionary = dictionary
        self.written = 0  # input bytes taken since the last reset
        self.reset()

    def reset(self) -> None:
        self.obj: Any = None
        self.done = False      # the (last) member's end was reached
        self.pending = b""     # unzip: the first bytes, until gzip or zlib can be told apart
        self.decided = self.mode if self.mode != UNZIP else 0
        self.written = 0
        if self.mode in (DEFLATE, GZIP, DEFLATERAW):
            self.obj = self._compressor()
        elif self.decided:
            self.obj = self._decompressor(self.decided)

    def _compressor(self) -> Any:
        wb = self.window_bits
        if self.mode == GZIP:
            wbits, zdict = 16 + wb, None  # (zlib has no dictionary for gzip: Node ignores it)
        elif self.mode == DEFLATERAW:
            wbits, zdict = -max(wb, 9), self.dictionary  # raw windowBits 8 is 9, as in Node
        else:
            wbits, zdict = wb, self.dictionary
        try:
            if zdict is not None:
                return zlib.compressobj(self.level, zlib.DEFLATED, wbits, self.mem_level, self.strategy, zdict)
            return zlib.compressobj(self.level, zlib.DEFLATED, wbits, self.mem_level, self.strategy)
        except (ValueError, zlib.error):
            raise ZlibFailure("Initialization failed", -2) from None

    def _decompressor(self, mode: int) -> Any:
        wb = self.window_bits
        wbits = {INFLATE: wb, GUNZIP: 16 + wb, INFLATERAW: -max(wb, 8)}[mode]
        zdict = self.dictionary if mode != GUNZIP else None
        try:
            if zdict is not None:
                return zlib.decompressobj(wbits, zdict)
            return zlib.decompressobj(wbits)
        except (ValueError, zlib.error):
            raise ZlibFailure("Initialization failed", -2) from None

    def params(self, level: int, strategy: int) -> bool:
        """Change the level and strategy: possible only before any input (False otherwise)."""
        if self.written:
            return False
        self.level, self.strategy = level, strategy
        self.reset()
        return True

    def write(self, data: bytes, flush: int, max_output: int) -> bytearray:
        """Feed ``data`` with the flush mode ``flush``; the output it gives (at most
        ``max_output`` bytes, else OutputTooLarge). Raises ZlibFailure on bad data."""
        out = bytearray()
        self.written += len(data)

        def take(chunk: bytes) -> None:
            if not chunk:
                return
            if len(out) + len(chunk) > max_output:
                raise OutputTooLarge
            check_allocation(len(out) + len(chunk))
            out.extend(chunk)
            check_stop()

        if self.mode in (DEFLATE, GZIP, DEFLATERAW):
            try:
                for i in range(0, len(data), STEP):
                    take(self.obj.compress(data[i:i + STEP]))
                if flush != Z_NO_FLUSH:
                    take(self.obj.flush(flush))
            except zlib.error as e:
                raise _failure(e, False) from None
            if flush == Z_FINISH:  # the stream is complete: what follows starts a new one
                self.obj = self._compressor()
            return out
        if not self.decided:
            self.pending += data
            if not self.pending and flush == Z_FINISH:
                raise ZlibFailure("unexpected end of file", -5)
            if not self.pending or (self.pending[:1] == b"\x1f" and len(self.pending) < 2 and flush != Z_FINISH):
                return out
            self.decided = GUNZIP if self.pending[:2] == b"\x1f\x8b" else INFLATE
            self.obj = self._decompressor(self.decided)
            data, self.pending = self.pending, b""
        try:
            self._inflate(data, take)
        except zlib.error as e:
            raise _failure(e, self.dictionary is not None) from None
        if flush == Z_FINISH and not self.done:
            raise ZlibFailure("unexpected end of file", -5)
        return out

    def _inflate(self, data: bytes, take: Any) -> None:
        while True:
            if self.done:
                # Node: after a gzip member's end, bytes other than zero padding start another
                # member; after a zlib or raw stream's end, the rest is ignored
                if self.decided != GUNZIP or not data or data[0] == 0:
                    return
                self.obj = self._decompressor(GUNZIP)
                self.done = False
            d = self.obj
            buf = data
            while True:
                chunk = d.decompress(buf, STEP)
                take(chunk)
                if d.eof:
                    break
                buf = d.unconsumed_tail
                if not buf and len(chunk) < STEP:
                    return
            self.done = True
            data = d.unused_data


def make_binding(host: "NodeHost") -> JSObject:
    realm = host.realm

    def engine(a: list[Any]) -> ZlibEngine:
        h = a[0] if a else None
        if not isinstance(h, ZlibHandle) or h.engine is None:
            raise JSThrow(realm.new_error("Error", "zlib binding closed"))
        return h.engine

    def create(a: list[Any]) -> Any:
        """create(mode, level, windowBits, memLevel, strategy, dictionary|undefined) -> handle."""
        mode, level, wb, mem, strategy = (int(v) for v in a[:5])
        dictionary = view_bytes(realm, a[5], "options.dictionary") if a[5] is not None else None
        try:
            eng = ZlibEngine(mode, level, wb, mem, strategy, dictionary)
        except ZlibFailure as e:
            throw_node_error(realm, "Error", "ERR_ZLIB_INITIALIZATION_FAILED", str(e))
        return ZlibHandle(eng)

    def write(a: list[Any]) -> Any:
        """write(handle, view, flush, maxOutputLength) -> ArrayBuffer of the output."""
        eng = engine(a)
        data = view_bytes(realm, a[1], "chunk")
        max_output = int(a[3])
        try:
            out = eng.write(data, int(a[2]), max_output)
        except ZlibFailure as e:
            raise JSThrow(zlib_error(realm, str(e), e.errno)) from None
        except OutputTooLarge:
            throw_node_error(realm, "RangeError", "ERR_BUFFER_TOO_LARGE",
                             f"Cannot create a Buffer larger than {max_output} bytes")
        return JSArrayBuffer(realm.intrinsics["%ArrayBuffer.prototype%"], out)

    def reset(a: list[Any]) -> Any:
        engine(a).reset()
        return None

    def params(a: list[Any]) -> Any:
        return engine(a).params(int(a[1]), int(a[2]))

    def close(a: list[Any]) -> Any:
        h = a[0] if a else None
        if isinstance(h, ZlibHandle):
            h.engine = None
        return None

    def crc32(a: list[Any]) -> Any:
        """crc32(view, value) -> number."""
        return float(zlib.crc32(view_bytes(realm, a[0], "data"), int(a[1])))

    return binding(realm, {"create": create, "write": write, "reset": reset, "params": params, "close": close,
                           "crc32": crc32, "vernum": lambda a: float(_vernum())})


class ZlibHandle(JSObject):
    """The opaque handle of a ZlibEngine that JS holds (``stream._handle``): an empty object
    with no prototype; only the binding reads its engine."""

    __slots__ = ("engine",)

    def __init__(self, engine: ZlibEngine) -> None:
        JSObject.__init__(self, None)
        self.engine: ZlibEngine | None = engine


def zlib_error(realm: "Realm", message: str, errno: int) -> JSObject:
    """Node's error for a failed zlib call: ``Error`` with own ``errno`` and ``code``."""
    err = realm.new_error("Error", message)
    err.props["errno"] = Prop(float(errno), W | E | C)
    err.props["code"] = Prop(CODES.get(errno, "Z_UNKNOWN_ERROR"), W | E | C)
    return err


ZLIB_SOURCE = r"""
(function () {
'use strict';
const { Buffer, kMaxLength } = __require('buffer');
const stream = __require('stream');
const { Transform } = stream;
const { isAnyArrayBuffer } = __require('util').types;
const constants = Object.create(null);
const flushes = ['Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK'];
flushes.forEach((k, i) => { constants[k] = i; });
const codeList = [['Z_OK', 0], ['Z_STREAM_END', 1], ['Z_NEED_DICT', 2], ['Z_ERRNO', -1], ['Z_STREAM_ERROR', -2],
  ['Z_DATA_ERROR', -3], ['Z_MEM_ERROR', -4], ['Z_BUF_ERROR', -5], ['Z_VERSION_ERROR', -6]];
for (const [k, v] of codeList) constants[k] = v;
Object.assign(constants, {
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: B.vernum(),
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
});
const brotliErrors = ['EXUBERANT_NIBBLE', 'RESERVED', 'EXUBERANT_META_NIBBLE', 'SIMPLE_HUFFMAN_ALPHABET',
  'SIMPLE_HUFFMAN_SAME', 'CL_SPACE', 'HUFFMAN_SPACE', 'CONTEXT_MAP_REPEAT', 'BLOCK_LENGTH_1', 'BLOCK_LENGTH_2',
  'TRANSFORM', 'DICTIONARY', 'WINDOW_BITS', 'PADDING_1', 'PADDING_2', 'DISTANCE'];
brotliErrors.forEach((k, i) => { constants['BROTLI_DECODER_ERROR_FORMAT_' + k] = -1 - i; });
Object.assign(constants, {
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
});
const codes = {};
for (const [k, v] of codeList) codes[k] = v;
for (const [k, v] of codeList) codes[v] = k;
Object.freeze(codes);
const { Z_NO_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW,
  UNZIP } = constants;

// --- options (Node's checks and messages) ------------------------------------------------------
function outOfRange(name, range, value) {
  return __nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${__inspect(value)}`);
}
function checkFiniteNumber(value, name) {
  if (value === undefined) return false;
  if (Number.isFinite(value)) return true;
  if (Number.isNaN(value)) return false;
  if (typeof value !== 'number') throw __invalidArgType(name, 'of type number', value);
  throw outOfRange(name, 'a finite number', value);
}
function rangeOrDefault(value, name, lower, upper, def) {
  if (!checkFiniteNumber(value, name)) return def;
  if (value < lower || value > upper) throw outOfRange(name, `>= ${lower} and <= ${upper}`, value);
  return value;
}
// The settings of a zlib engine from the options of `mode`
function settings(opts, mode) {
  const s = { chunkSize: 16384, flush: Z_NO_FLUSH, finishFlush: Z_FINISH, maxOutputLength: kMaxLength,
    level: -1, windowBits: 15, memLevel: 8, strategy: 0, dictionary: undefined };
  if (!opts) return s;
  const chunkSize = opts.chunkSize;
  if (checkFiniteNumber(chunkSize, 'options.chunkSize')) {
    if (chunkSize < 64) throw outOfRange('options.chunkSize', '>= 64', chunkSize);
    s.chunkSize = chunkSize;
  }
  s.flush = rangeOrDefault(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, Z_NO_FLUSH);
  s.finishFlush = rangeOrDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK, Z_FINISH);
  s.maxOutputLength = rangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  if ((opts.windowBits === undefined || opts.windowBits === null || opts.windowBits === 0) &&
      (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
    s.windowBits = 0;  // the window size of the stream's header
  } else {
    s.windowBits = rangeOrDefault(opts.windowBits, 'options.windowBits', mode === GZIP ? 9 : 8, 15, 15);
  }
  s.level = rangeOrDefault(opts.level, 'options.level', -1, 9, -1);
  s.memLevel = rangeOrDefault(opts.memLevel, 'options.memLevel', 1, 9, 8);
  s.strategy = rangeOrDefault(opts.strategy, 'options.strategy', 0, 4, 0);
  let dictionary = opts.dictionary;
  if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
    if (!isAnyArrayBuffer(dictionary)) {
      throw __invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dictionary);
    }
    dictionary = new Uint8Array(dictionary);
  }
  s.dictionary = dictionary;
  return s;
}
function newHandle(s, mode) {
  return B.create(mode, s.level, s.windowBits, s.memLevel, s.strategy, s.dictionary);
}
function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  throw __invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
}
function runSync(mode, buffer, opts) {
  const s = settings(opts, mode);
  const input = inputBuffer(buffer);
  const handle = newHandle(s, mode);
  try {
    return Buffer.from(B.write(handle, input, s.finishFlush, s.maxOutputLength));
  } finally {
    B.close(handle);
  }
}

// --- streams ----------------------------------------------------------------------------------
const kRaw = Symbol('kRaw');
const kPending = Symbol('kPending');
const kFinished = Symbol('kFinished');
// NON-SPEC: a stream's _handle, with the part of node's zlib handle that code outside node drives
// directly (pngjs's synchronous inflate): writeSync, which fills `out` and says in the stream's
// _writeState how much room it left ([availOutAfter, availInAfter]), and close. Our engine takes
// all the input at once; output that does not fit waits for the next writeSync.
class StreamHandle {
  constructor(raw, writeState) {
    this[kRaw] = raw;
    this[kPending] = null;
    this[kFinished] = false;
    this._writeState = writeState;
  }
  writeSync(flushFlag, input, inOff, inLen, out, outOff, outLen) {
    if (inLen > 0 || (this[kPending] === null && !this[kFinished])) {
      const got = Buffer.from(B.write(this[kRaw], input.subarray(inOff, inOff + inLen), flushFlag, kMaxLength));
      this[kPending] = this[kPending] === null || this[kPending].length === 0 ? got : Buffer.concat([this[kPending], got]);
      this[kFinished] = flushFlag === Z_FINISH;
    }
    const pending = this[kPending] || Buffer.alloc(0);
    const n = Math.min(outLen, pending.length);
    pending.copy(out, outOff, 0, n);
    this[kPending] = n < pending.length ? pending.subarray(n) : null;
    this._writeState[0] = outLen - n;
    this._writeState[1] = 0;
  }
  reset() {
    B.reset(this[kRaw]);
    this[kPending] = null;
    this[kFinished] = false;
  }
  close() { B.close(this[kRaw]); }
}
const kFlushFlag = Symbol('kFlushFlag');
const kSettings = Symbol('kSettings');
function ZlibBase(opts, mode) {
  const s = settings(opts, mode);
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kSettings] = s;
  this.bytesWritten = 0;
  this._writeState = new Uint32Array(2);
  this._handle = new StreamHandle(newHandle(s, mode), this._writeState);
  this._outBuffer = Buffer.allocUnsafe(s.chunkSize);
  this._outOffset = 0;
  this._chunkSize = s.chunkSize;
  this._defaultFlushFlag = s.flush;
  this._finishFlushFlag = s.finishFlush;
  this._defaultFullFlushFlag = Z_FULL_FLUSH;
  this._info = opts && opts.info;
  this._maxOutputLength = s.maxOutputLength;
  this._level = s.level;
  this._strategy = s.strategy;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  get() { return this.bytesWritten; }, set(v) { this.bytesWritten = v; }, configurable: true, enumerable: true,
});
ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  this._handle.reset();
};
ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};
ZlibBase.prototype.close = function close(callback) {
  if (callback) stream.finished(this, callback);
  this.destroy();
};
ZlibBase.prototype._destroy = function _destroy(err, callback) {
  if (this._handle) { this._handle.close(); this._handle = null; }
  callback(err);
};
// The output of `chunk`, or an error
ZlibBase.prototype._run = function _run(chunk, flushFlag) {
  const out = B.write(this._handle[kRaw], chunk, flushFlag, kMaxLength);
  this.bytesWritten += chunk.byteLength;
  return out;
};
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') { this._process(chunk, flushFlag, cb); return undefined; }
  if (!this._handle) throw new Error('zlib binding closed');
  return Buffer.from(this._run(chunk, flushFlag));
};
ZlibBase.prototype._process = function _process(chunk, flushFlag, cb) {
  if (!this._handle) { process.nextTick(cb); return; }
  let out;
  try {
    out = this._run(chunk, flushFlag);
  } catch (e) {
    cb(e);
    return;
  }
  // the output in chunks of chunkSize bytes, as Node's 'data' events give it
  const size = this._chunkSize;
  for (let i = 0; i < out.byteLength; i += size) {
    this.push(Buffer.from(out, i, Math.min(size, out.byteLength - i)));
  }
  cb();
};
ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  const flag = typeof chunk[kFlushFlag] === 'number' ? chunk[kFlushFlag] : this._defaultFlushFlag;
  this._process(chunk, flag, cb);
};
ZlibBase.prototype._flush = function _flush(cb) {
  this._process(Buffer.alloc(0), this._finishFlushFlag, cb);
};

function Zlib(opts, mode) {
  ZlibBase.call(this, opts, mode);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);
Zlib.prototype.params = function params(level, strategy, callback) {
  level = rangeOrDefault(level, 'level', -1, 9);
  strategy = rangeOrDefault(strategy, 'strategy', 0, 4);
  if (this._level !== level || this._strategy !== strategy) {
    if (!this._handle || !B.params(this._handle[kRaw], level, strategy)) {
      throw __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        'pyjsvm cannot change the level or strategy of a zlib stream after data was written ' +
        "(Python's zlib has no deflateParams)");
    }
    this._level = level;
    this._strategy = strategy;
  }
  if (typeof callback === 'function') process.nextTick(callback);
};

const MODES = [['Deflate', DEFLATE, 'deflate'], ['Inflate', INFLATE, 'inflate'], ['Gzip', GZIP, 'gzip'],
  ['Gunzip', GUNZIP, 'gunzip'], ['DeflateRaw', DEFLATERAW, 'deflateRaw'], ['InflateRaw', INFLATERAW, 'inflateRaw'],
  ['Unzip', UNZIP, 'unzip']];
const exportsObj = {};
function defineClass(name, mode) {
  const ctor = {
    [name]: function (opts) {
      // (an instanceof test, as node's: a subclass made with util.inherits calls ctor.call(this))
      if (!(this instanceof ctor)) return new ctor(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}
// (named as Node's are)
function asyncForm(mode) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    if (typeof callback !== 'function') throw __invalidArgType('callback', 'of type function', callback);
    const s = settings(opts, mode);
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer) && !isAnyArrayBuffer(buffer)) {
      throw __invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    const input = inputBuffer(buffer);
    // Node does the work on its thread pool: the callback comes after this turn's ticks
    setImmediate(() => {
      let result;
      const handle = newHandle(s, mode);
      try {
        result = Buffer.from(B.write(handle, input, s.finishFlush, s.maxOutputLength));
      } catch (e) {
        callback(e);
        return;
      } finally {
        B.close(handle);
      }
      callback(null, result);
    });
  };
}
function syncForm(mode) {
  return function syncBufferWrapper(buffer, opts) { return runSync(mode, buffer, opts); };
}
const createForm = (make) => ({ value(options) { return make(options); } }).value;
for (const [name, mode, fname] of MODES) {
  const ctor = defineClass(name, mode);
  exportsObj[name] = ctor;
  exportsObj['create' + name] = createForm((options) => new ctor(options));
  exportsObj[fname] = asyncForm(mode);
  exportsObj[fname + 'Sync'] = syncForm(mode);
}

// --- Brotli: not in Python's standard library --------------------------------------------------
function noBrotli() {
  return __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    "Brotli is not available in pyjsvm: Python's standard library has no Brotli codec");
}
for (const name of ['BrotliCompress', 'BrotliDecompress']) {
  const lower = 'b' + name.slice(1);
  exportsObj[name] = { [name]: function (opts) { throw noBrotli(); } }[name];
  exportsObj['create' + name] = createForm(() => { throw noBrotli(); });
  exportsObj[lower] = function asyncBufferWrapper(buffer, opts, callback) { throw noBrotli(); };
  exportsObj[lower + 'Sync'] = function syncBufferWrapper(buffer, opts) { throw noBrotli(); };
}

function crc32(data, value = 0) {
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!ArrayBuffer.isView(data)) {
    throw __invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  if (typeof value !== 'number') throw __invalidArgType('value', 'of type number', value);
  if (!Number.isInteger(value) || value < 0 || value > 4294967295) {
    throw outOfRange('value', '>= 0 && <= 4294967295', value);
  }
  return B.crc32(data, value);
}

const ORDER = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress',
  'BrotliDecompress', 'deflate', 'deflateSync', 'gzip', 'gzipSync', 'deflateRaw', 'deflateRawSync', 'unzip',
  'unzipSync', 'inflate', 'inflateSync', 'gunzip', 'gunzipSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress',
  'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync', 'createDeflate', 'createInflate',
  'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip', 'createBrotliCompress',
  'createBrotliDecompress'];
const zlib = { crc32 };  // the order of Node's keys
for (const k of ORDER) zlib[k] = exportsObj[k];
Object.defineProperty(zlib, 'constants', { value: constants, writable: false, enumerable: true, configurable: false });
Object.defineProperty(zlib, 'codes', { value: codes, writable: false, enumerable: true, configurable: false });
// the legacy names, as Node keeps them: not enumerable, read-only
for (const k of Object.keys(constants)) {
  if (k.startsWith('BROTLI')) continue;
  Object.defineProperty(zlib, k, { value: constants[k], writable: false, enumerable: false, configurable: false });
}
return zlib;
})
"""


def make_zlib_module(host: "NodeHost") -> Any:
    """``require('zlib')``."""
    return load_js(host.realm, "node:zlib", ZLIB_SOURCE, host.js_helpers({"B": make_binding(host)}))
