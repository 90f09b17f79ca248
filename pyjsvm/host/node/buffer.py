"""``node:buffer`` for the ``pyjsvm`` host: ``Buffer`` (a Uint8Array subclass over an
ArrayBuffer, as in Node), ``TextEncoder`` (UTF-8) / ``TextDecoder`` (the WHATWG Encoding
Standard's UTF-8, UTF-16 and legacy encodings through Python's codecs, with ``fatal``,
``ignoreBOM`` and ``stream``), ``atob`` / ``btoa`` (also globals: see ``install_globals``). The JS side is written in JS; bytes move through a small binding that reads
and writes the typed arrays' buffers directly (``pyjsvm.runtime.buffers``)."""
from __future__ import annotations

import codecs
from typing import TYPE_CHECKING, Any

from pyjsvm.api.convert import python_string_to_js
from pyjsvm.host.jsutil import binding, load_js
from pyjsvm.host.node.encoding import byte_length, decode, encode, normalize_encoding
from pyjsvm.runtime.buffers import typed_array_length_or_none
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.operations import create_array_from_list
from pyjsvm.runtime.values import NULL

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_buffer_module"]


def _view_bytes(ta: Any) -> tuple[bytearray, int, int]:
    """The bytearray, start and length of a typed array's elements (TypeError-free: a detached
    view has no bytes)."""
    if not isinstance(ta, JSTypedArray):
        raise TypeError("not a typed array")
    n = typed_array_length_or_none(ta)
    d = ta.buffer.data
    if n is None or d is None:
        return bytearray(), 0, 0
    return d, ta.byte_offset, n * ta.etype.size


def _int(v: Any, default: int) -> int:
    return default if v is None or type(v) is not float or v != v else int(v)


def _write(a: list[Any]) -> float:
    """write(view, string, encoding, offset, maxLength) -> bytes written."""
    d, start, n = _view_bytes(a[0])
    enc = normalize_encoding(a[2]) or "utf8"
    off = max(0, min(_int(a[3], 0), n))
    limit = max(0, min(_int(a[4], n - off), n - off))
    data = encode(a[1], enc)
    if len(data) > limit:
        data = data[:limit]
        if enc == "utf8":  # never write a partial character
            lead = len(data) - 1
            while lead > 0 and (data[lead] & 0xC0) == 0x80:
                lead -= 1
            first = data[lead]
            size = 1 if first < 0x80 else 2 if first < 0xE0 else 3 if first < 0xF0 else 4
            if lead + size > len(data):
                data = data[:lead]
        elif enc == "utf16le" and len(data) % 2:
            data = data[:-1]
    d[start + off:start + off + len(data)] = data
    return float(len(data))


def _to_string(a: list[Any]) -> str:
    """toString(view, encoding, start, end)."""
    d, start, n = _view_bytes(a[0])
    enc = normalize_encoding(a[1]) or "utf8"
    s = max(0, min(_int(a[2], 0), n))
    e = max(s, min(_int(a[3], n), n))
    return decode(bytes(d[start + s:start + e]), enc)


def _byte_length(a: list[Any]) -> float:
    return float(byte_length(a[0], normalize_encoding(a[1]) or "utf8"))


# The WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels) of
# the encodings TextDecoder decodes, by encoding name, and the Python codec for each (the single
# byte windows-1252 and the CJK ones as browsers decode them: cp1252 with its five unassigned
# bytes mapped to the same code points, cp932, cp949, big5hkscs)
_WHATWG_ENCODINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "utf-8": ("utf-8", ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8")),
    "utf-16le": ("utf-16-le", ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16",
                               "utf-16le")),
    "utf-16be": ("utf-16-be", ("unicodefffe", "utf-16be")),
    "windows-1252": ("windows-1252", ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
                                      "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
                                      "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252")),
    "iso-8859-2": ("iso8859_2", ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
                                 "iso_8859-2:1987", "l2", "latin2")),
    "iso-8859-5": ("iso8859_5", ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5",
                                 "iso88595", "iso_8859-5", "iso_8859-5:1988")),
    "iso-8859-7": ("iso8859_7", ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
                                 "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek")),
    "iso-8859-15": ("iso8859_15", ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9")),
    "windows-1250": ("cp1250", ("cp1250", "windows-1250", "x-cp1250")),
    "windows-1251": ("cp1251", ("cp1251", "windows-1251", "x-cp1251")),
    "windows-1253": ("cp1253", ("cp1253", "windows-1253", "x-cp1253")),
    "windows-1254": ("cp1254", ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
                                "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254")),
    "windows-1256": ("cp1256", ("cp1256", "windows-1256", "x-cp1256")),
    "koi8-r": ("koi8_r", ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r")),
    "koi8-u": ("koi8_u", ("koi8-ru", "koi8-u")),
    "macintosh": ("mac_roman", ("csmacintosh", "mac", "macintosh", "x-mac-roman")),
    "ibm866": ("cp866", ("866", "cp866", "csibm866", "ibm866")),
    "gbk": ("gbk", ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
                    "iso-ir-58", "x-gbk")),
    "gb18030": ("gb18030", ("gb18030",)),
    "big5": ("big5hkscs", ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5")),
    "euc-jp": ("euc_jp", ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp")),
    "iso-2022-jp": ("iso2022_jp", ("csiso2022jp", "iso-2022-jp")),
    "shift_jis": ("cp932", ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
                            "x-sjis")),
    "euc-kr": ("cp949", ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                         "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949")),
}
_LABELS = {label: name for name, (_codec, labels) in _WHATWG_ENCODINGS.items() for label in labels}
# (windows-1252 as the Encoding Standard's index: cp1252, and the five bytes it leaves
# unassigned as the C1 controls of the same value)
_WINDOWS_1252 = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))


def _encoding_name(a: list[Any]) -> Any:
    """encodingName(label) -> the encoding's name for a label (get an encoding,
    https://encoding.spec.whatwg.org/#concept-encoding-get: ASCII whitespace trimmed, ASCII
    case-insensitive), or null for none this decoder has."""
    label = a[0].strip("\t\n\f\r ").lower() if type(a[0]) is str else ""
    return _LABELS.get(label, NULL)


def _text_decode(a: list[Any]) -> Any:
    """decode(view, encoding name, fatal, BOM to strip, stream) -> [string, bytes held back], or
    null when fatal and invalid. With ``stream``, an incomplete sequence at the end is not
    decoded: its byte count is returned, and the caller gives those bytes again, first, next
    time. ``BOM to strip``: a leading U+FEFF of the output is dropped (the stream's start, not
    ignoreBOM)."""
    d, start, n = _view_bytes(a[0])
    data = bytes(d[start:start + n])
    name = a[1]
    errors = "strict" if a[2] else "replace"
    held = 0
    try:
        if name == "windows-1252":
            text = data.decode("latin-1").translate(_WINDOWS_1252_TABLE)
        else:
            dec = codecs.getincrementaldecoder(_WHATWG_ENCODINGS[name][0])(errors)
            text = dec.decode(data, final=not a[4])
            if a[4]:
                held = len(dec.getstate()[0])
    except UnicodeDecodeError:
        return NULL
    if a[3] and text.startswith("\ufeff"):
        text = text[1:]
    return create_array_from_list([python_string_to_js(text), float(held)])


_WINDOWS_1252_TABLE = {i: c for i, c in enumerate(_WINDOWS_1252)}


def _encode_into(a: list[Any]) -> Any:
    """encodeInto(string, view) -> [read code units, written bytes]."""
    d, start, n = _view_bytes(a[1])
    s = a[0]
    read = written = 0
    i = 0
    while i < len(s):
        c = s[i]
        units = 2 if "\ud800" <= c <= "\udbff" and i + 1 < len(s) and "\udc00" <= s[i + 1] <= "\udfff" else 1
        chunk = encode(s[i:i + units], "utf8")
        if written + len(chunk) > n:
            break
        d[start + written:start + written + len(chunk)] = chunk
        written += len(chunk)
        read += units
        i += units
    return f"{read},{written}"


def _latin1_ok(a: list[Any]) -> bool:
    return all(ord(c) < 256 for c in a[0])


def _is_ascii(a: list[Any]) -> bool:
    d, start, n = _view_bytes(a[0])
    return bytes(d[start:start + n]).isascii()


def _is_utf8(a: list[Any]) -> bool:
    d, start, n = _view_bytes(a[0])
    try:
        bytes(d[start:start + n]).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


BUFFER_SOURCE = r"""
(function () {
'use strict';
const kMaxLength = 2 ** 32;  // (node 20 on 64-bit hosts)
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const ENCODINGS = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];
function normEnc(enc) {
  if (enc === undefined || enc === null) return 'utf8';
  const e = String(enc).toLowerCase();
  if (!ENCODINGS.includes(e)) {
    const err = __nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
    throw err;
  }
  return e;
}
class FastBuffer extends Uint8Array {}
// (node's DEP0005, once, for a call of Buffer() from code outside node_modules)
let bufferWarned = false, nodeModulesChecks = 0;
function isInsideNodeModules() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder);
  const sites = holder.stack;
  Error.prepareStackTrace = prep;
  if (Array.isArray(sites)) {
    for (const site of sites) {
      const file = site.getFileName();
      if (typeof file !== 'string' || !/^\/|\\/.test(file)) continue;
      return /(?:^|\/|\\)node_modules(?:\/|\\)/.test(file);
    }
  }
  return false;
}
function showFlaggedDeprecation() {
  if (bufferWarned || ++nodeModulesChecks > 10000 || isInsideNodeModules()) return;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  bufferWarned = true;
}
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw __invalidArgType('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
function checkSize(size) {
  if (typeof size !== 'number') throw __invalidArgType('size', 'of type number', size);
  if (!(size >= 0 && size <= kMaxLength)) {
    const e = __nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received ${size}`);
    throw e;
  }
}
Buffer.poolSize = 8192;
Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  const b = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) b.fill(fill, encoding);
  return b;
};
Buffer.allocUnsafe = function allocUnsafe(size) { checkSize(size); return new FastBuffer(size); };
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
function fromString(s, enc) {
  enc = normEnc(enc);
  const n = __bin.byteLength(s, enc);
  const b = new FastBuffer(n);
  const written = __bin.write(b, s, enc, 0, n);
  // (as node's fromStringFast: byteLength is an estimate for hex and base64)
  return written === n ? b : new FastBuffer(b.buffer, 0, written);
}
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
      const off = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
      const max = value.byteLength - off;
      if (max < 0) {
        const e = __nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
        throw e;
      }
      const len = length === undefined ? max : +length || 0;
      if (len > max) {
        const e = __nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
        throw e;
      }
      return new FastBuffer(value, off, len);
    }
    if (ArrayBuffer.isView(value)) {
      if (value instanceof DataView) throw __invalidArgType('first argument', 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
      const b = new FastBuffer(value.length);
      for (let i = 0; i < value.length; i++) b[i] = Number(value[i]) & 255;
      return b;
    }
    const prim = value.valueOf && value.valueOf();
    if (prim != null && prim !== value && (typeof prim === 'string' || typeof prim === 'object')) return Buffer.from(prim, encodingOrOffset, length);
    if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
    if (typeof value.length === 'number' || Array.isArray(value)) {
      const n = value.length >>> 0;
      const b = new FastBuffer(n);
      for (let i = 0; i < n; i++) b[i] = value[i] & 255;
      return b;
    }
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const p = value[Symbol.toPrimitive]('string');
      if (typeof p === 'string') return fromString(p, encodingOrOffset);
    }
  }
  throw __invalidArgType('first argument', 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
};
Buffer.of = function of(...items) { return Buffer.from(items); };
Buffer.isBuffer = function isBuffer(b) { return b instanceof FastBuffer; };
Buffer.isEncoding = function isEncoding(e) { return typeof e === 'string' && e.length > 0 && ENCODINGS.includes(e.toLowerCase()); };
Buffer.byteLength = function byteLength(s, enc) {
  if (typeof s !== 'string') {
    if (ArrayBuffer.isView(s) || s instanceof ArrayBuffer) return s.byteLength;
    throw __invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', s);
  }
  return __bin.byteLength(s, normEnc(enc));
};
function isU8(v) { return v instanceof Uint8Array; }
Buffer.compare = function compare(a, b) {
  if (!isU8(a)) throw __invalidArgType('buf1', 'an instance of Buffer or Uint8Array', a);
  if (!isU8(b)) throw __invalidArgType('buf2', 'an instance of Buffer or Uint8Array', b);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
};
Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw __invalidArgType('list', 'an instance of Array', list);
  // (as node: a length that is not a number counts 0, and every element is checked below)
  if (totalLength === undefined) { totalLength = 0; for (let i = 0; i < list.length; i++) if (list[i].length) totalLength += list[i].length; }
  const out = Buffer.alloc(totalLength);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (!isU8(b)) throw __invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', b);
    if (pos >= totalLength) continue;
    const n = Math.min(b.length, totalLength - pos);
    if (n <= 0) continue;  // an empty buffer in the list
    out.set(n === b.length ? b : b.subarray(0, n), pos);
    pos += n;
  }
  return out;
};
const P = FastBuffer.prototype;
function method(name, fn) { Object.defineProperty(P, name, { value: fn, writable: true, configurable: true }); }
method('toString', function toString(encoding, start, end) {
  if (arguments.length === 0) return __bin.toString(this, 'utf8', 0, this.length);
  return __bin.toString(this, normEnc(encoding), start === undefined ? 0 : +start || 0, end === undefined ? this.length : +end || 0);
});
method('toLocaleString', P.toString);
method('equals', function equals(other) {
  if (!isU8(other)) throw __invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', other);
  return Buffer.compare(this, other) === 0;
});
method('compare', function compare(target, tStart = 0, tEnd = target.length, sStart = 0, sEnd = this.length) {
  return Buffer.compare(this.subarray(sStart, sEnd), target.subarray(tStart, tEnd));
});
method('slice', function slice(start, end) { return this.subarray(start, end); });
method('subarray', function subarray(start, end) {
  const len = this.length;
  start = start === undefined ? 0 : Math.trunc(+start) || 0;
  end = end === undefined ? len : Math.trunc(+end) || 0;
  if (start < 0) start = Math.max(len + start, 0); else if (start > len) start = len;
  if (end < 0) end = Math.max(len + end, 0); else if (end > len) end = len;
  if (end < start) end = start;
  return new FastBuffer(this.buffer, this.byteOffset + start, end - start);
});
// (node's validateOffset)
function validateOffset(value, name, min, max) {
  if (typeof value !== 'number') throw __invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}
method('write', function write(string, offset, length, encoding) {
  // (as node's: write(string), write(string, encoding), write(string, offset[, length][, encoding]))
  if (offset === undefined) {
    offset = 0;
    length = this.length;
  } else if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (typeof string !== 'string') {
    // (thrown by node's C++ binding: a code, but no code in the message or String(err))
    const e = new TypeError('argument must be a string');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return __bin.write(this, string, normEnc(encoding), offset, length);
});
// (node's per-encoding methods asciiSlice ... utf8Write: its C++ StringSlice and StringWrite,
// which toString and write reach through them; packages call them directly, busboy latin1Slice.
// Plain enumerable properties, as node assigns them; the receiver is any ArrayBufferView.)
function bindingError(Ctor, code, message) { const e = new Ctor(message); e.code = code; return e; }
function bufferReceiver(view) {
  if (!ArrayBuffer.isView(view)) throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
}
// (node's ParseArrayIndex: undefined gives the default, a negative index is out of range)
function arrayIndex(value, dflt) {
  if (value === undefined) return dflt;
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw bindingError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}
for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  // (declared without parameters: node's have length 0)
  P[enc + 'Slice'] = { [enc + 'Slice']() {
    let start = arguments[0], end = arguments[1];
    bufferReceiver(this);
    const length = this.byteLength;
    start = arrayIndex(start, 0);
    end = arrayIndex(end, length);
    if (end < start) end = start;
    if (end > length) throw bindingError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return __bin.toString(this, enc, start, end);
  } }[enc + 'Slice'];
  P[enc + 'Write'] = { [enc + 'Write']() {
    const string = arguments[0];
    let offset = arguments[1], length = arguments[2];
    bufferReceiver(this);
    if (typeof string !== 'string') throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    const size = this.byteLength;
    offset = arrayIndex(offset, 0);
    if (offset > size) throw bindingError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    length = Math.min(size - offset, arrayIndex(length, size - offset));
    return length === 0 ? 0 : __bin.write(this, string, enc, offset, length);
  } }[enc + 'Write'];
}
method('fill', function fill(value, offset, end, encoding) {
  // (node's _fill)
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = this.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = this.length;
    }
    if (encoding !== undefined && typeof encoding !== 'string') throw __invalidArgType('encoding', 'of type string', encoding);
    encoding = normEnc(encoding);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((encoding === 'utf8' || encoding === 'utf-8') && code < 128) value = code;
      else if (encoding === 'latin1' || encoding === 'binary') value = code;
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = this.length;
  } else {
    validateOffset(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = this.length;
    else validateOffset(end, 'end', 0, this.length);
    if (offset >= end) return this;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > this.byteLength) throw __nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
    Uint8Array.prototype.fill.call(this, value, offset, end);
    return this;
  }
  let bytes;
  if (typeof value === 'string') bytes = Buffer.from(value, encoding);
  else if (ArrayBuffer.isView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else { Uint8Array.prototype.fill.call(this, (value >>> 0) & 255, offset, Math.min(end, this.length)); return this; }
  if (bytes.length === 0) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'value' is invalid. Received ${__inspect(value)}`);
  }
  if (offset > this.length || end > this.length) throw __nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
  // (node's C++ Fill: the pattern copied once, then the filled part doubled)
  let n = Math.min(bytes.length, end - offset);
  Uint8Array.prototype.set.call(this, bytes.length === n ? bytes : bytes.subarray(0, n), offset);
  while (n < end - offset) {
    const k = Math.min(n, end - offset - n);
    Uint8Array.prototype.copyWithin.call(this, offset + n, offset, offset + k);
    n += k;
  }
  return this;
});
// (node's bidirectionalIndexOf and its C++ IndexOfOffset, IndexOfString, IndexOfBuffer and
// IndexOfNumber: a UCS-2 search goes by aligned 2-byte units)
function indexOfOffset(length, offset, needleLength, isForward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return isForward ? -1 : length - 1;
}
function search(buf, value, byteOffset, encoding, last) {
  const forward = !last;
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buf.length;
  byteOffset = Math.trunc(byteOffset);
  const len = buf.length;
  if (typeof value === 'number') {
    const needle = (value >>> 0) & 255;
    const off = indexOfOffset(len, byteOffset, 1, forward);
    if (off <= -1 || len === 0) return -1;
    if (forward) { for (let i = off; i < len; i++) if (buf[i] === needle) return i; }
    else { for (let i = Math.min(off, len - 1); i >= 0; i--) if (buf[i] === needle) return i; }
    return -1;
  }
  let needle, enc;
  if (typeof value === 'string') {
    enc = normEnc(encoding);
    needle = Buffer.from(value, enc);
  } else if (isU8(value)) {
    needle = value;
    enc = encoding === undefined || !ENCODINGS.includes(String(encoding).toLowerCase()) ? 'utf8' : String(encoding).toLowerCase();
  } else {
    throw __invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
  }
  const nlen = needle.length;
  const off = indexOfOffset(len, byteOffset, nlen, forward);
  if (nlen === 0) return off;
  if (len === 0 || off <= -1) return -1;
  if ((forward && nlen + off > len) || nlen > len) return -1;
  const unit = enc === 'ucs2' || enc === 'ucs-2' || enc === 'utf16le' || enc === 'utf-16le' ? 2 : 1;
  if (unit === 2 && (len < 2 || nlen < 2)) return -1;
  const hay = Math.floor(len / unit), n = Math.floor(nlen / unit) * unit, units = n / unit, start = Math.floor(off / unit);
  const at = (i) => {
    for (let j = 0; j < n; j++) if (buf[i * unit + j] !== needle[j]) return false;
    return true;
  };
  if (forward) { for (let i = start; i + units <= hay; i++) if (at(i)) return i * unit; }
  else { for (let i = Math.min(start, hay - units); i >= 0; i--) if (at(i)) return i * unit; }
  return -1;
}
method('indexOf', function indexOf(value, byteOffset, encoding) { return search(this, value, byteOffset, encoding, false); });
method('lastIndexOf', function lastIndexOf(value, byteOffset, encoding) { return search(this, value, byteOffset, encoding, true); });
method('includes', function includes(value, byteOffset, encoding) { return search(this, value, byteOffset, encoding, false) !== -1; });
method('toJSON', function toJSON() { return { type: 'Buffer', data: Array.from(this) }; });
method('copy', function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  const n = Math.max(0, Math.min(sourceEnd - sourceStart, target.length - targetStart));
  if (n > 0) target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
  return n;
});
function swapper(bits) {
  const size = bits / 8;
  return function () {
    const len = this.length;
    if (len % size !== 0) throw __nodeError('RangeError', 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${bits}-bits`);
    for (let i = 0; i < len; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) { const t = this[a]; this[a] = this[b]; this[b] = t; }
    }
    return this;
  };
}
method('swap16', Object.defineProperty(swapper(16), 'name', { value: 'swap16' }));
method('swap32', Object.defineProperty(swapper(32), 'name', { value: 'swap32' }));
method('swap64', Object.defineProperty(swapper(64), 'name', { value: 'swap64' }));
// (node's deprecated aliases of buffer and byteOffset: enumerable getters, undefined on a
// non-Buffer receiver)
Object.defineProperty(P, 'parent', { enumerable: true, configurable: false,
  get: function get() { return this instanceof Buffer ? this.buffer : undefined; } });
Object.defineProperty(P, 'offset', { enumerable: true, configurable: false,
  get: function get() { return this instanceof Buffer ? this.byteOffset : undefined; } });
method('reverse', function reverse() { Uint8Array.prototype.reverse.call(this); return this; });
// (node's addNumericalSeparator and ERR_OUT_OF_RANGE: a large integer shown with separators, a
// BigInt with its n, anything else inspected)
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}
function outOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    received = addNumericalSeparator(String(value));
  } else if (typeof value === 'bigint') {
    received = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = __inspect(value);
  }
  return __nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}
// (node's checkInt: the range of a byteLength + 1 byte integer, in node's words)
function checkInt(value, min, max, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      else range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw outOfRange('value', range, value);
  }
}
function dv(buf) { return new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw __invalidArgType('offset', 'of type number', offset);
  if (!Number.isInteger(offset) || offset < 0 || offset + size > buf.length) {
    if (buf.length - size < 0) {
      const e = __nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
      throw e;
    }
    throw outOfRange('offset', Number.isInteger(offset) ? `>= 0 and <= ${buf.length - size}` : 'an integer', offset);
  }
  return offset;
}
const ACCESSORS = [
  ['Int8', 1, 'Int8'], ['UInt8', 1, 'Uint8'], ['Int16LE', 2, 'Int16', true], ['Int16BE', 2, 'Int16', false],
  ['UInt16LE', 2, 'Uint16', true], ['UInt16BE', 2, 'Uint16', false], ['Int32LE', 4, 'Int32', true],
  ['Int32BE', 4, 'Int32', false], ['UInt32LE', 4, 'Uint32', true], ['UInt32BE', 4, 'Uint32', false],
  ['FloatLE', 4, 'Float32', true], ['FloatBE', 4, 'Float32', false], ['DoubleLE', 8, 'Float64', true],
  ['DoubleBE', 8, 'Float64', false], ['BigInt64LE', 8, 'BigInt64', true], ['BigInt64BE', 8, 'BigInt64', false],
  ['BigUInt64LE', 8, 'BigUint64', true], ['BigUInt64BE', 8, 'BigUint64', false],
];
const RANGES = { Int8: [-128, 127], Uint8: [0, 255], Int16: [-32768, 32767], Uint16: [0, 65535],
  Int32: [-2147483648, 2147483647], Uint32: [0, 4294967295],
  BigInt64: [-(2n ** 63n), 2n ** 63n - 1n], BigUint64: [0n, 2n ** 64n - 1n] };
for (const [suffix, size, type, le] of ACCESSORS) {
  const getName = 'get' + type, setName = 'set' + type;
  const read = function (offset) { offset = checkOffset(this, offset, size); return dv(this)[getName](offset, le); };
  const big = type.startsWith('Big');
  const write = function (value, offset) {
    // (as node's: the value's range first, then the offset; a BigInt write mixes the value
    // with BigInts, which throws for a Number)
    if (!big) value = +value;
    const r = RANGES[type];
    if (r) checkInt(value, r[0], r[1], size - 1);
    offset = checkOffset(this, offset, size);
    if (big) value & 0xffffffffn;  // eslint-disable-line no-unused-expressions
    dv(this)[setName](offset, value, le);
    return offset + size;
  };
  Object.defineProperty(read, 'name', { value: 'read' + suffix });
  Object.defineProperty(write, 'name', { value: 'write' + suffix });
  method('read' + suffix, read);
  method('write' + suffix, write);
  if (suffix.includes('UInt')) {
    method('read' + suffix.replace('UInt', 'Uint'), read);
    method('write' + suffix.replace('UInt', 'Uint'), write);
  }
}
function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw __invalidArgType('byteLength', 'of type number', byteLength);
  if (!Number.isInteger(byteLength) || byteLength < 1 || byteLength > 6) throw outOfRange('byteLength', '>= 1 and <= 6', byteLength);
}
function readVar(buf, offset, byteLength, le, signed) {
  checkByteLength(byteLength);
  offset = checkOffset(buf, offset, byteLength);
  let v = 0;
  for (let i = 0; i < byteLength; i++) v = v * 256 + buf[offset + (le ? byteLength - 1 - i : i)];
  if (signed && v >= 2 ** (8 * byteLength - 1)) v -= 2 ** (8 * byteLength);
  return v;
}
function writeVar(buf, value, offset, byteLength, le, signed) {
  checkByteLength(byteLength);
  offset = checkOffset(buf, offset, byteLength);
  const lo = signed ? -(2 ** (8 * byteLength - 1)) : 0, hi = signed ? 2 ** (8 * byteLength - 1) - 1 : 2 ** (8 * byteLength) - 1;
  value = +value;
  checkInt(value, lo, hi, byteLength - 1);
  let v = value < 0 ? value + 2 ** (8 * byteLength) : value;
  for (let i = 0; i < byteLength; i++) {
    buf[offset + (le ? i : byteLength - 1 - i)] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + byteLength;
}
for (const [name, le, signed] of [['UIntLE', true, false], ['UIntBE', false, false], ['IntLE', true, true], ['IntBE', false, true]]) {
  method('read' + name, function (offset, byteLength) { return readVar(this, offset, byteLength, le, signed); });
  method('write' + name, function (value, offset, byteLength) { return writeVar(this, value, offset, byteLength, le, signed); });
  if (name.startsWith('UInt')) {
    method('read' + name.replace('UInt', 'Uint'), P['read' + name]);
    method('write' + name.replace('UInt', 'Uint'), P['write' + name]);
  }
}
method(kInspect, function inspect(depth, options) {
  const max = 50;
  let s = '';
  for (let i = 0; i < Math.min(this.length, max); i++) s += (i ? ' ' : '') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
  if (this.length > max) s += ` ... ${this.length - max} more byte${this.length - max > 1 ? 's' : ''}`;
  return `<${this.constructor === Buffer ? 'Buffer' : this.constructor.name} ${s}>`;  // (an empty one is `<Buffer >`, as in node)
});
class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') { const b = fromString(String(input), 'utf8'); return new Uint8Array(b.buffer, b.byteOffset, b.length); }
  encodeInto(src, dest) {
    const [read, written] = __bin.encodeInto(String(src), dest).split(',').map(Number);
    return { read, written };
  }
}
class TextDecoder {
  // (#held: the bytes of an incomplete sequence a streaming decode left; #started: the stream's
  // start, whose BOM is stripped, is behind)
  #fatal; #ignoreBOM; #encoding; #held = null; #started = false;
  constructor(encoding = 'utf-8', options = {}) {
    const name = __bin.encodingName(`${encoding}`);
    if (name === null) {
      const err = __nodeError('RangeError', 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
      throw err;
    }
    this.#encoding = name;
    this.#fatal = !!(options && options.fatal);
    this.#ignoreBOM = !!(options && options.ignoreBOM);
  }
  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input = new Uint8Array(0), options) {
    let view = input;
    if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) view = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) view = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw __invalidArgType('input', 'an instance of ArrayBuffer or ArrayBufferView', input);
    const stream = !!(options && options.stream);
    if (this.#held !== null) {
      const joined = new Uint8Array(this.#held.length + view.length);
      joined.set(this.#held, 0);
      joined.set(view, this.#held.length);
      view = joined;
      this.#held = null;
    }
    const bom = !this.#ignoreBOM && !this.#started && (this.#encoding === 'utf-8' || this.#encoding.startsWith('utf-16'));
    const r = __bin.decode(view, this.#encoding, this.#fatal, bom, stream);
    if (r === null) {
      this.#started = false;
      const err = __nodeError('TypeError', 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${this.#encoding}`);
      throw err;
    }
    if (stream) {
      if (r[1] > 0) this.#held = view.slice(view.length - r[1]);
      if (view.length > r[1]) this.#started = true;
    } else {
      this.#started = false;
    }
    return r[0];
  }
}
function btoa(input) {
  if (arguments.length === 0) throw __invalidArgType('input', 'a string', undefined);
  input = `${input}`;
  if (!__bin.latin1(input)) {
    throw new (globalThis.DOMException || Error)('Invalid character', 'InvalidCharacterError');
  }
  return fromString(input, 'latin1').toString('base64');
}
function atob(input) {
  if (arguments.length === 0) throw __invalidArgType('input', 'a string', undefined);
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/={1,2}$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw new (globalThis.DOMException || Error)('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return fromString(input, 'base64').toString('latin1');
}
function bytesOf(input, name) {
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw __invalidArgType(name, 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}
function isAscii(input) { return __bin.isAscii(bytesOf(input, 'input')); }
function isUtf8(input) { return __bin.isUtf8(bytesOf(input, 'input')); }
const TRANSCODE = ['ascii', 'latin1', 'binary', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'utf8', 'utf-8'];
function transcode(source, fromEnc, toEnc) {
  if (!(source instanceof Uint8Array)) throw __invalidArgType('source', 'an instance of Buffer or Uint8Array', source);
  const from = String(fromEnc).toLowerCase(), to = String(toEnc).toLowerCase();
  if (!TRANSCODE.includes(from) || !TRANSCODE.includes(to)) {
    const e = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    e.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    throw e;
  }
  const text = Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString(from);
  // (a character the target cannot hold becomes '?', as ICU's converters write it)
  return Buffer.from(to === 'ascii' || to === 'latin1' || to === 'binary' ? text.replace(to === 'ascii' ? /[^\x00-\x7f]/g : /[^\x00-\xff]/g, '?') : text, to);
}
// Blob and File (the File API, as node's buffer module has them): the bytes of the parts, copied
class Blob {
  #bytes; #type;
  #ends = [];  // where each part ends (a Blob part's own parts kept): stream() gives a chunk per part
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw __invalidArgType('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) throw __invalidArgType('options', 'of type object', options);
    const parts = [];
    let size = 0;
    const ends = [];
    for (const src of sources) {
      let b;
      if (src instanceof Blob) {
        b = src.#bytes;
        for (const end of src.#ends) ends.push(size + end);
      } else {
        b = src instanceof ArrayBuffer || ArrayBuffer.isView(src) ? new Uint8Array(bytesOf(src, 'sources')) : fromString(`${src}`, 'utf8');
        if (b.length > 0) ends.push(size + b.length);
      }
      parts.push(b);
      size += b.length;
    }
    this.#ends = ends;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const b of parts) { bytes.set(b, at); at += b.length; }
    this.#bytes = bytes;
    const type = options && options.type !== undefined ? `${options.type}` : '';
    this.#type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
  }
  get type() { return this.#type; }
  get size() { return this.#bytes.length; }
  slice(start = 0, end = this.#bytes.length, contentType = '') {
    const n = this.#bytes.length;
    const rel = (v) => { v = Math.trunc(Number(v)) || 0; return v < 0 ? Math.max(n + v, 0) : Math.min(v, n); };
    const from = rel(start), to = Math.max(from, rel(end));
    const b = new Blob([this.#bytes.subarray(from, to)], { type: `${contentType}` });
    b.#ends = this.#ends.filter((e) => e > from && e < to).map((e) => e - from);
    if (to > from) b.#ends.push(to - from);
    return b;
  }
  // NON-SPEC (node): a byte stream giving a Uint8Array per part
  stream() {
    const bytes = this.#bytes, ends = this.#ends.slice();
    let at = 0, next = 0;
    const { ReadableStream } = __require('stream/web');
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (next < ends.length) {
          const end = ends[next++];
          controller.enqueue(bytes.slice(at, end));
          at = end;
        }
        if (next >= ends.length) {
          controller.close();
          // (a BYOB read still waiting is answered with an empty view)
          if (controller.byobRequest) controller.byobRequest.respond(0);
        }
      },
    }, { highWaterMark: 0 });
  }
  arrayBuffer() {
    try { return Promise.resolve(this.#bytes.slice().buffer); } catch (e) { return Promise.reject(e); }
  }
  bytes() {
    try { return Promise.resolve(this.#bytes.slice()); } catch (e) { return Promise.reject(e); }
  }
  text() {
    try { return Promise.resolve(new TextDecoder().decode(this.#bytes)); } catch (e) { return Promise.reject(e); }
  }
  [kInspect](depth, options) { return `${this[Symbol.toStringTag]} { size: ${this.size}, type: '${this.type}' }`; }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
class File extends Blob {
  #name; #lastModified;
  constructor(bits, name, options = {}) {
    if (arguments.length < 2) throw __invalidArgType('name', 'of type string', undefined);
    super(bits, options);
    this.#name = `${name}`;
    const lm = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
    this.#lastModified = Number.isNaN(lm) ? 0 : Math.trunc(lm);
  }
  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 };
return { Buffer, SlowBuffer: Buffer, TextEncoder, TextDecoder, atob, btoa, constants, kMaxLength,
  kStringMaxLength: constants.MAX_STRING_LENGTH, INSPECT_MAX_BYTES: 50, isAscii, isUtf8, transcode, Blob, File };
})
"""


def make_buffer_module(host: "NodeHost") -> Any:
    """``require('buffer')``."""
    b = binding(host.realm, {"write": _write, "toString": _to_string, "byteLength": _byte_length,
                             "decode": _text_decode, "encodingName": _encoding_name, "encodeInto": _encode_into,
                             "latin1": _latin1_ok, "isAscii": _is_ascii, "isUtf8": _is_utf8})
    return load_js(host.realm, "node:buffer", BUFFER_SOURCE, host.js_helpers({"__bin": b}))

