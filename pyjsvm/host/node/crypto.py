"""``node:crypto``: hashes and HMACs (``hashlib``, ``hmac``), random values (``secrets``, ``uuid``),
``pbkdf2``/``scrypt``/``hkdf`` and ``timingSafeEqual``; ``webcrypto.getRandomValues`` and ``randomUUID``
(also the global ``crypto``); AES-128/192/256 in CBC, CTR, GCM and ECB modes for
``createCipheriv``/``createDecipheriv`` (pure Python, ``pyjsvm.host.node.aes``: the standard
library has no block cipher). Signatures and key objects are not provided. Binary data crosses to JS as ``latin1`` strings; results
Node returns as a Buffer use Buffer when it exists and throw ERR_BUFFER_NOT_AVAILABLE otherwise.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
import uuid
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js, new_array, node_error, throw_node_error
from pyjsvm.host.node.aes import CipherError, Mode, hkdf
from pyjsvm.host.node.encoding import decode, encode, normalize_encoding
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import C, E, W, Prop

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_crypto_module"]

# Node (OpenSSL) digest names -> hashlib names
DIGESTS = {
    "md5": "md5", "sha1": "sha1", "sha224": "sha224", "sha256": "sha256", "sha384": "sha384", "sha512": "sha512",
    "sha512-224": "sha512_224", "sha512-256": "sha512_256", "sha3-224": "sha3_224", "sha3-256": "sha3_256",
    "sha3-384": "sha3_384", "sha3-512": "sha3_512", "blake2b512": "blake2b", "blake2s256": "blake2s",
    "shake128": "shake_128", "shake256": "shake_256", "ripemd160": "ripemd160", "rmd160": "ripemd160",
    "md5-sha1": "", "rsa-md5": "md5", "rsa-sha1": "sha1", "rsa-sha256": "sha256", "rsa-sha512": "sha512",
    "sha256withrsaencryption": "sha256",
}
_SHAKE_LEN = {"shake_128": 16, "shake_256": 32}


def _hashlib_name(alg: Any) -> str | None:
    if type(alg) is not str:
        return None
    name = DIGESTS.get(alg.lower())
    if not name:
        return None
    try:
        hashlib.new(name)
    except ValueError:
        return None
    return name


def make_binding(host: "NodeHost") -> Any:
    realm = host.realm
    live: dict[int, Any] = {}
    ids = itertools.count(1)

    def data(a: list[Any], i: int) -> bytes:
        """Argument i: a string in the encoding of argument i+1 (default utf8)."""
        s = a[i] if len(a) > i and type(a[i]) is str else ""
        enc = normalize_encoding(a[i + 1]) if len(a) > i + 1 and a[i + 1] is not None else "utf8"
        return encode(s, enc or "utf8")

    def unsupported() -> None:
        raise JSThrow(realm.new_error("Error", "Digest method not supported"))

    def hash_new(a: list[Any]) -> Any:
        name = _hashlib_name(a[0])
        if name is None:
            unsupported()
        assert name is not None
        h = hashlib.new(name)
        hid = next(ids)
        live[hid] = (h, name)
        return float(hid)

    def hmac_new(a: list[Any]) -> Any:
        name = _hashlib_name(a[0])
        if name is None or name.startswith("shake"):
            throw_node_error(realm, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", f"Invalid digest: {a[0]}")
        assert name is not None
        h = hmac.new(data(a, 1), digestmod=name)
        hid = next(ids)
        live[hid] = (h, name)
        return float(hid)

    def entry(a: list[Any]) -> Any:
        e = live.get(int(a[0]) if type(a[0]) is float else -1)
        if e is None:
            throw_node_error(realm, "Error", "ERR_CRYPTO_HASH_FINALIZED", "Digest already called")
        return e

    def update(a: list[Any]) -> Any:
        entry(a)[0].update(data(a, 1))
        return None

    def digest(a: list[Any]) -> Any:
        """digest(id, encoding, outputLength) -> string (latin1 when encoding is 'latin1')."""
        h, name = entry(a)
        del live[int(a[0])]
        if name in _SHAKE_LEN:
            n = int(a[2]) if len(a) > 2 and type(a[2]) is float else _SHAKE_LEN[name]
            raw = h.digest(n)
        else:
            raw = h.digest()
        return decode(raw, normalize_encoding(a[1]) or "latin1")

    def copy(a: list[Any]) -> Any:
        h, name = entry(a)
        hid = next(ids)
        live[hid] = (h.copy(), name)
        return float(hid)

    def random_bytes(a: list[Any]) -> Any:
        n = int(a[0])
        return secrets.token_bytes(n).decode("latin1")

    def random_uuid(a: list[Any]) -> Any:
        return str(uuid.uuid4())

    def random_int(a: list[Any]) -> Any:
        lo, hi = int(a[0]), int(a[1])
        return float(lo + secrets.randbelow(hi - lo))

    def pbkdf2(a: list[Any]) -> Any:
        name = _hashlib_name(a[4])
        if name is None:
            throw_node_error(realm, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", f"Invalid digest: {a[4]}")
        assert name is not None
        raw = hashlib.pbkdf2_hmac(name, encode(a[0], "latin1"), encode(a[1], "latin1"), int(a[2]), int(a[3]))
        return raw.decode("latin1")

    def scrypt(a: list[Any]) -> Any:
        n = int(a[3]) if type(a[3]) is float else 16384
        r = int(a[4]) if type(a[4]) is float else 8
        p = int(a[5]) if type(a[5]) is float else 1
        try:
            raw = hashlib.scrypt(encode(a[0], "latin1"), salt=encode(a[1], "latin1"), n=n, r=r, p=p,
                                 dklen=int(a[2]), maxmem=64 * 1024 * 1024)
        except ValueError as e:
            throw_node_error(realm, "RangeError", "ERR_CRYPTO_INVALID_SCRYPT_PARAMS", f"Invalid scrypt params: {e}")
        return raw.decode("latin1")

    ciphers: dict[int, Mode] = {}

    def cipher_new(a: list[Any]) -> Any:
        """cipherNew(algorithm, key, iv, decrypt, authTagLength) -> id (strings are latin1)."""
        alg = str(a[0]).lower() if type(a[0]) is str else ""
        parts = alg.split("-")
        if len(parts) != 3 or parts[0] != "aes" or parts[1] not in ("128", "192", "256") \
                or parts[2] not in ("cbc", "ctr", "gcm", "ecb"):
            throw_node_error(realm, "Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher")
        key = encode(a[1], "latin1")
        if len(key) * 8 != int(parts[1]):
            throw_node_error(realm, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length")
        iv = encode(a[2], "latin1") if type(a[2]) is str else None
        mode = parts[2]
        if (mode == "ecb") != (iv is None or (mode == "ecb" and iv == b"")) or (mode in ("cbc", "ctr") and len(iv or b"") != 16):
            throw_node_error(realm, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector")
        tag_len = int(a[4]) if len(a) > 4 and type(a[4]) is float else 16
        if mode == "gcm" and tag_len not in (4, 8, 12, 13, 14, 15, 16):
            throw_node_error(realm, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", f"Invalid authentication tag length: {tag_len}")
        try:
            ctx = Mode(mode, key, iv or b"", a[3] is True, tag_len)
        except CipherError:
            throw_node_error(realm, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector")
        cid = next(ids)
        ciphers[cid] = ctx
        return float(cid)

    def cipher_ctx(a: list[Any]) -> Mode:
        ctx = ciphers.get(int(a[0]) if type(a[0]) is float else -1)
        if ctx is None:
            raise JSThrow(realm.new_error("Error", "Unsupported state"))
        return ctx

    _OSSL = {"bad decrypt": "1C800064", "wrong final block length": "1C80006B",
             "data not multiple of block length": "1C80006B"}

    def ossl_error(message: str) -> JSThrow:
        code = _OSSL.get(message)
        if code is None:
            return JSThrow(realm.new_error("Error", message))
        reason = "wrong final block length" if code == "1C80006B" else message
        err = node_error(realm, "Error", "ERR_OSSL_" + reason.upper().replace(" ", "_"),
                         f"error:{code}:Provider routines::{reason}")
        for k, v in (("library", "Provider routines"), ("reason", reason)):
            err.props[k] = Prop(v, W | E | C)
        return JSThrow(err)

    def cipher_update(a: list[Any]) -> Any:
        return cipher_ctx(a).update(encode(a[1], "latin1")).decode("latin1")

    def cipher_final(a: list[Any]) -> Any:
        ctx = cipher_ctx(a)
        try:
            return ctx.final().decode("latin1")
        except CipherError as e:
            raise ossl_error(str(e)) from None

    def cipher_set(a: list[Any]) -> Any:
        """cipherSet(id, what, value): 'padding' (bool), 'aad' / 'tag' (latin1); 'getTag' -> latin1."""
        ctx = cipher_ctx(a)
        what = a[1]
        if what == "padding":
            ctx.auto_padding = a[2] is True
        elif what == "aad":
            try:
                ctx.set_aad(encode(a[2], "latin1"))
            except CipherError as e:
                raise JSThrow(realm.new_error("Error", str(e))) from None
        elif what == "tag":
            tag = encode(a[2], "latin1")
            if ctx.mode != "gcm" or not ctx.decrypt or ctx.tag is not None:
                throw_node_error(realm, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAuthTag")
            if len(tag) not in (4, 8, 12, 13, 14, 15, 16):
                throw_node_error(realm, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG",
                                 f"Invalid authentication tag length: {len(tag)}")
            ctx.tag = tag
        elif what == "getTag":
            if ctx.mode != "gcm" or ctx.decrypt or getattr(ctx, "tag", None) is None:
                throw_node_error(realm, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation getAuthTag")
            return (ctx.tag or b"").decode("latin1")
        elif what == "free":
            ciphers.pop(int(a[0]), None)
        return None

    def hkdf_(a: list[Any]) -> Any:
        """hkdf(digest, ikm, salt, info, keylen) -> latin1."""
        name = _hashlib_name(a[0])
        if name is None:
            throw_node_error(realm, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", f"Invalid digest: {a[0]}")
        assert name is not None
        n = int(a[4])
        if n > 255 * hashlib.new(name).digest_size:
            throw_node_error(realm, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length")
        raw = hkdf(name, encode(a[1], "latin1"), encode(a[2], "latin1"), encode(a[3], "latin1"), n)
        return raw.decode("latin1")

    def safe_equal(a: list[Any]) -> Any:
        return hmac.compare_digest(encode(a[0], "latin1"), encode(a[1], "latin1"))

    def hashes(a: list[Any]) -> Any:
        names = sorted(k for k in DIGESTS if _hashlib_name(k) and not k.startswith("rsa-") and "with" not in k)
        return new_array(realm, names)

    return binding(realm, {
        "hashNew": hash_new, "hmacNew": hmac_new, "update": update, "digest": digest, "copy": copy,
        "randomBytes": random_bytes, "randomUUID": random_uuid, "randomInt": random_int, "pbkdf2": pbkdf2,
        "scrypt": scrypt, "timingSafeEqual": safe_equal, "getHashes": hashes,
        "cipherNew": cipher_new, "cipherUpdate": cipher_update, "cipherFinal": cipher_final, "cipherSet": cipher_set,
        "hkdf": hkdf_,
        "isEncoding": lambda a: normalize_encoding(a[0]) is not None,
    })


CRYPTO_SOURCE = r"""
(function () {
'use strict';
const getBuffer = __getBuffer;
const toBuffer = __toBuffer;
const isView = (v) => typeof ArrayBuffer === 'function' && ArrayBuffer.isView(v);
function viewToLatin1(v) {
  const u = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  let s = '';
  for (let i = 0; i < u.length; i += 4096) s += String.fromCharCode.apply(null, Array.prototype.slice.call(u, i, i + 4096));
  return s;
}
// [string, encoding] for binary-or-string input
function input(data, encoding, name) {
  if (typeof data === 'string') return [data, B.isEncoding(encoding) ? encoding : 'utf8'];
  if (isView(data)) return [viewToLatin1(data), 'latin1'];
  if (typeof ArrayBuffer === 'function' && data instanceof ArrayBuffer) return [viewToLatin1(new Uint8Array(data)), 'latin1'];
  throw __invalidArgType(name || 'data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}
function output(s, encoding) {
  return encoding !== undefined && encoding !== 'buffer' && B.isEncoding(encoding) ? __recode(s, 'latin1', encoding) : toBuffer(s);
}
const kId = Symbol('kId');
let TransformBase = null;
function transformBase() {
  if (TransformBase === null) TransformBase = __require('stream').Transform;
  return TransformBase;
}
// NON-SPEC: node's LazyTransform. Hash and Hmac are Transform streams (hash.end(data); hash.read(),
// or a pipe into them), but their stream state is only made when a stream method first needs it,
// so that createHash().update().digest() does not pay for one.
function LazyTransform(options) { this._options = options; }
Object.setPrototypeOf(LazyTransform.prototype, transformBase().prototype);
for (const name of ['_readableState', '_writableState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get() {
      transformBase().call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) { Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true }); },
    enumerable: true, configurable: true,
  });
}
// the stream side of Hash and Hmac: what is written is hashed, the digest is pushed at the end
LazyTransform.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
LazyTransform.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};
class Hash extends LazyTransform {
  constructor(algorithm, options, id) {
    if (typeof algorithm !== 'string' && id === undefined) throw __invalidArgType('algorithm', 'of type string', algorithm);
    super(options);
    this[kId] = id !== undefined ? id : B.hashNew(algorithm);
  }
  update(data, encoding) {
    const [s, enc] = input(data, encoding);
    B.update(this[kId], s, enc);
    return this;
  }
  digest(encoding) { return output(B.digest(this[kId], 'latin1', this._options && this._options.outputLength), encoding); }
  copy(options) { return new Hash(null, options, B.copy(this[kId])); }
}
// --- KeyObject: secret keys (createSecretKey); pyjsvm has no asymmetric keys ------------------
const kKeyType = Symbol('kKeyType');
const kConstruct = Symbol('kConstruct');
const secretBytes = new WeakMap();  // SecretKeyObject -> its bytes as a latin1 string
const toLatin1 = ([s, enc]) => (enc === 'latin1' ? s : __recode(s, enc, 'latin1'));
class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'type' is invalid. Received ${__inspect(type)}`);
    }
    if (handle !== kConstruct) throw __invalidArgType('handle', 'of type object', handle);
    this[kKeyType] = type;
  }
  get type() { return this[kKeyType]; }
  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw __invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && secretBytes.get(otherKeyObject) === secretBytes.get(this);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });
class SecretKeyObject extends KeyObject {
  constructor(bytes) {
    super('secret', kConstruct);
    secretBytes.set(this, bytes);
  }
  get symmetricKeySize() { return secretBytes.get(this).length; }
  export(options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) throw __invalidArgType('options', 'of type object', options);
    const bytes = secretBytes.get(this);
    if (options !== undefined && options.format === 'jwk') {
      return { kty: 'oct', k: __recode(bytes, 'latin1', 'base64url') };
    }
    return toBuffer(bytes);
  }
}
function createSecretKey(key, encoding) {
  if (typeof key === 'string') return new SecretKeyObject(toLatin1([key, B.isEncoding(encoding) ? encoding : 'utf8']));
  if (!isView(key) && !(typeof ArrayBuffer === 'function' && key instanceof ArrayBuffer)) {
    throw __invalidArgType('key', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  }
  return new SecretKeyObject(input(key)[0]);
}
function asymmetricKey(key) {
  const material = key !== null && typeof key === 'object' && !isView(key) && !(key instanceof KeyObject) ? key.key : key;
  if (typeof material !== 'string' && !isView(material) && !(typeof ArrayBuffer === 'function' && material instanceof ArrayBuffer)) {
    throw __invalidArgType(material === key ? 'key' : 'key.key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', material);
  }
  const text = typeof material === 'string' ? material : input(material)[0];
  if (!text.includes('-----BEGIN')) {  // (what OpenSSL's decoder says of anything but PEM or DER)
    throw __nodeError('Error', 'ERR_OSSL_UNSUPPORTED', 'error:1E08010C:DECODER routines::unsupported');
  }
  throw __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'pyjsvm has no asymmetric keys (RSA, EC, Ed25519) yet');
}
function hmacKey(key) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret') {
      throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${key.type}, expected secret.`);
    }
    return [secretBytes.get(key), 'latin1'];
  }
  return input(key, 'utf8', 'key');
}
class Hmac extends LazyTransform {
  constructor(algorithm, key, options) {
    if (typeof algorithm !== 'string') throw __invalidArgType('hmac', 'of type string', algorithm);
    const [k, enc] = hmacKey(key);
    super(options);
    this[kId] = B.hmacNew(algorithm, k, enc);
  }
  update(data, encoding) {
    const [s, enc] = input(data, encoding);
    B.update(this[kId], s, enc);
    return this;
  }
  digest(encoding) { return output(B.digest(this[kId], 'latin1'), encoding); }
}
function checkSize(n, name) {
  if (typeof n !== 'number') throw __invalidArgType(name, 'of type number', n);
  if (!(n >= 0 && n <= 2147483647) || Math.floor(n) !== n) {
    throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0 && <= 2147483647. Received ${n}`);
  }
}
function randomBytes(size, cb) {
  checkSize(size, 'size');
  const s = B.randomBytes(size);
  if (typeof cb === 'function') { let buf; try { buf = toBuffer(s); } catch (e) { process.nextTick(cb, e); return; } process.nextTick(cb, null, buf); return; }
  return toBuffer(s);
}
function randomFillSync(view, offset, size) {
  if (!isView(view)) throw __invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', view);
  offset = offset || 0;
  const u = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (size === undefined) size = u.length - offset;
  const s = B.randomBytes(size);
  for (let i = 0; i < size; i++) u[offset + i] = s.charCodeAt(i);
  return view;
}
function getRandomValues(view) {
  if (!isView(view) || view instanceof Float32Array || view instanceof Float64Array || view instanceof DataView) {
    const e = new TypeError("The data argument must be an integer-type TypedArray");
    e.name = 'TypeMismatchError';
    throw e;
  }
  if (view.byteLength > 65536) {
    const e = new RangeError(`The ArrayBufferView's byte length (${view.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`);
    e.name = 'QuotaExceededError';
    throw e;
  }
  return randomFillSync(view);
}
function randomInt(min, max, cb) {
  if (max === undefined || typeof max === 'function') { cb = max; max = min; min = 0; }
  if (!Number.isSafeInteger(min)) throw __invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw __invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  }
  const n = B.randomInt(min, max);
  if (typeof cb === 'function') { process.nextTick(cb, null, n); return; }
  return n;
}
function randomUUID() { return B.randomUUID(); }
function timingSafeEqual(a, b) {
  if (!isView(a) && !(typeof ArrayBuffer === 'function' && a instanceof ArrayBuffer)) throw __invalidArgType('buf1', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', a);
  if (!isView(b) && !(typeof ArrayBuffer === 'function' && b instanceof ArrayBuffer)) throw __invalidArgType('buf2', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', b);
  const x = input(a)[0], y = input(b)[0];
  if (x.length !== y.length) throw __nodeError('RangeError', 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  return B.timingSafeEqual(x, y);
}
function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const p = input(password, 'utf8', 'password'), s = input(salt, 'utf8', 'salt');
  return toBuffer(B.pbkdf2(__recode(p[0], p[1], 'latin1'), __recode(s[0], s[1], 'latin1'), iterations, keylen, digest));
}
function pbkdf2(password, salt, iterations, keylen, digest, cb) {
  let r;
  try { r = pbkdf2Sync(password, salt, iterations, keylen, digest); } catch (e) { process.nextTick(cb, e); return; }
  process.nextTick(cb, null, r);
}
function scryptSync(password, salt, keylen, options) {
  const o = options || {};
  const p = input(password, 'utf8', 'password'), s = input(salt, 'utf8', 'salt');
  return toBuffer(B.scrypt(__recode(p[0], p[1], 'latin1'), __recode(s[0], s[1], 'latin1'), keylen,
    o.N !== undefined ? o.N : o.cost, o.r !== undefined ? o.r : o.blockSize, o.p !== undefined ? o.p : o.parallelization));
}
function scrypt(password, salt, keylen, options, cb) {
  if (typeof options === 'function') { cb = options; options = {}; }
  let r;
  try { r = scryptSync(password, salt, keylen, options); } catch (e) { process.nextTick(cb, e); return; }
  process.nextTick(cb, null, r);
}
function hash(algorithm, data, outputEncoding) {
  return new Hash(algorithm).update(data).digest(outputEncoding === undefined ? 'hex' : outputEncoding);
}
// --- ciphers: AES-CBC/CTR/GCM/ECB over the binding, as Transform streams ------------------------
const CIPHERS = [];
for (const bits of ['128', '192', '256']) for (const mode of ['cbc', 'ctr', 'ecb', 'gcm']) CIPHERS.push(`aes-${bits}-${mode}`);
function binaryArg(v, name) {
  if (typeof v === 'string') return v === '' ? '' : __recode(v, 'utf8', 'latin1');
  if (v !== null && typeof v === 'object' && typeof v.export === 'function' && v.type === 'secret') return input(v.export())[0];
  return input(v, undefined, name)[0];
}
function makeCipherClass(name, decipher) {
  const C = class extends transformBase() {
    constructor(algorithm, key, iv, options) {
      super(options);
      if (typeof algorithm !== 'string') throw __invalidArgType('cipher', 'of type string', algorithm);
      const k = binaryArg(key, 'key');
      const v = iv === null ? null : binaryArg(iv, 'iv');
      const tagLength = options && options.authTagLength;
      this[kId] = B.cipherNew(algorithm, k, v, decipher, tagLength);
      this._finalized = false;
      this._decoder = null;
    }
    _out(s, outputEncoding) {
      if (outputEncoding === undefined || outputEncoding === 'buffer' || !B.isEncoding(outputEncoding)) return toBuffer(s);
      return __recode(s, 'latin1', outputEncoding);
    }
    update(data, inputEncoding, outputEncoding) {
      if (this._finalized) throw new Error('Trying to add data in unsupported state');
      const [s, enc] = input(data, inputEncoding);
      return this._out(B.cipherUpdate(this[kId], enc === 'latin1' ? s : __recode(s, enc, 'latin1')), outputEncoding);
    }
    final(outputEncoding) {
      if (this._finalized) throw new Error('Unsupported state');
      this._finalized = true;
      return this._out(B.cipherFinal(this[kId]), outputEncoding);
    }
    setAutoPadding(ap) { B.cipherSet(this[kId], 'padding', ap !== false); return this; }
    setAAD(buf, options) { B.cipherSet(this[kId], 'aad', input(buf, undefined, 'buffer')[0]); return this; }
    _transform(chunk, encoding, cb) {
      try { this.push(this.update(chunk, encoding)); } catch (e) { cb(e); return; }
      cb();
    }
    _flush(cb) {
      try { this.push(this.final()); } catch (e) { cb(e); return; }
      cb();
    }
  };
  Object.defineProperty(C, 'name', { value: name });
  return C;
}
const Cipheriv = makeCipherClass('Cipheriv', false);
Cipheriv.prototype.getAuthTag = function getAuthTag() {
  if (!this._finalized) throw __nodeError('Error', 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation getAuthTag');
  return toBuffer(B.cipherSet(this[kId], 'getTag'));
};
const Decipheriv = makeCipherClass('Decipheriv', true);
Decipheriv.prototype.setAuthTag = function setAuthTag(tag) {
  if (this._finalized) throw __nodeError('Error', 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAuthTag');
  B.cipherSet(this[kId], 'tag', input(tag, undefined, 'buffer')[0]);
  return this;
};
function toArrayBuffer(s) {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u.buffer;
}
function hkdfSync(digest, ikm, salt, info, keylen) {
  if (typeof digest !== 'string') throw __invalidArgType('digest', 'of type string', digest);
  checkSize(keylen, 'keylen');
  return toArrayBuffer(B.hkdf(digest, binaryArg(ikm, 'ikm'), binaryArg(salt, 'salt'), binaryArg(info, 'info'), keylen));
}
function hkdf(digest, ikm, salt, info, keylen, cb) {
  if (typeof cb !== 'function') throw __invalidArgType('callback', 'of type function', cb);
  let r;
  try { r = hkdfSync(digest, ikm, salt, info, keylen); } catch (e) { process.nextTick(cb, e); return; }
  setImmediate(cb, null, r);  // node completes it on its thread pool: after this turn's ticks and streams
}
const webcrypto = { getRandomValues, randomUUID, subtle: {} };
Object.defineProperty(webcrypto, Symbol.toStringTag, { value: 'Crypto', configurable: true });
return {
  createHash: (algorithm, options) => new Hash(algorithm, options),
  createHmac: (algorithm, key, options) => new Hmac(algorithm, key, options),
  Hash, Hmac, hash,
  randomBytes, randomFillSync, randomInt, randomUUID, getRandomValues, timingSafeEqual,
  pseudoRandomBytes: randomBytes,
  pbkdf2, pbkdf2Sync, scrypt, scryptSync,
  getHashes: () => B.getHashes(),
  getCiphers: () => CIPHERS.slice(),
  createCipheriv: (algorithm, key, iv, options) => new Cipheriv(algorithm, key, iv, options),
  createDecipheriv: (algorithm, key, iv, options) => new Decipheriv(algorithm, key, iv, options),
  Cipheriv, Decipheriv, hkdf, hkdfSync,
  KeyObject, createSecretKey,
  createPrivateKey: (key) => asymmetricKey(key),
  createPublicKey: (key) => asymmetricKey(key),
  webcrypto,
  constants: {},
};
})
"""


def make_crypto_module(host: "NodeHost") -> Any:
    """``require('crypto')``."""
    return load_js(host.realm, "node:crypto", CRYPTO_SOURCE, host.js_helpers({"B": make_binding(host)}))
