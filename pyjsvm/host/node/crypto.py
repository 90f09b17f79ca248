"""``node:crypto``: hashes and HMACs (``hashlib``, ``hmac``), random values (``secrets``, ``uuid``),
``pbkdf2``/``scrypt``/``hkdf`` and ``timingSafeEqual``; ``webcrypto.getRandomValues`` and ``randomUUID``
(also the global ``crypto``); AES-128/192/256 in CBC, CTR, GCM and ECB modes for
``createCipheriv``/``createDecipheriv`` (pure Python, ``pyjsvm.host.node.aes``: the standard
library has no block cipher); key objects: secret keys, x25519 and ed25519 keys (``generateKeyPair``,
``createPublicKey``/``createPrivateKey`` from PEM, DER or JWK, ``export``) with ``diffieHellman`` over
them and Ed25519 ``sign``/``verify`` (pure Python, ``x25519``, ``ed25519``), RSA keys read from PEM, DER and JWK with
RSASSA-PKCS1-v1_5 and RSASSA-PSS ``sign``/``verify``/``createSign``/``createVerify`` (``pyjsvm.host.node.rsa``);
Web Crypto's ``subtle.digest`` and HMAC keys. Other asymmetric keys (EC, Ed448, X448, DSA), RSA key generation,
and RSA encryption throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM. Binary data crosses to JS as ``latin1`` strings; results
Node returns as a Buffer use Buffer when it exists and throw ERR_BUFFER_NOT_AVAILABLE otherwise.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
import uuid
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, js_str, load_js, new_array, node_error, throw_node_error
from pyjsvm.host.node.aes import CipherError, Mode, hkdf
from pyjsvm.host.node.encoding import decode, encode, normalize_encoding
from pyjsvm.host.node.ed25519 import ed25519_public, ed25519_sign, ed25519_verify
from pyjsvm.host.node.rsa import RSAKey, parse_rsa_der, pss_sign, pss_verify, rsa_sign, rsa_verify
from pyjsvm.host.node.x25519 import x25519, x25519_public
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import C, E, W, Prop
from pyjsvm.runtime.values import NULL

PSS_PADDING = 6  # (node's crypto.constants.RSA_PKCS1_PSS_PADDING)

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

    def x25519_(a: list[Any]) -> Any:
        """x25519(k, u) -> latin1 (u undefined: the public key of k)."""
        k = encode(a[0], "latin1")
        if len(a) < 2 or a[1] is None:
            return x25519_public(k).decode("latin1")
        return x25519(k, encode(a[1], "latin1")).decode("latin1")

    def rsa_key(v: Any) -> RSAKey:
        n, e, d, p, q, dp, dq, qi = (int(js_str(v.get(str(i), v)) or "0", 16) for i in range(8))
        return RSAKey(n, e, d or None, p or None, q or None, dp or None, dq or None, qi or None)

    def rsa_parse(a: list[Any]) -> Any:
        """rsaParse(der, label) -> the hex strings of n, e, d, p, q, dp, dq, qi, or null."""
        try:
            key = parse_rsa_der(encode(a[0], "latin1"), js_str(a[1]))
        except (ValueError, IndexError):
            return NULL
        values = (key.n, key.e, key.d, key.p, key.q, key.dp, key.dq, key.qi)
        return new_array(realm, ["" if v is None else format(v, "x") for v in values])

    def rsa_sign_(a: list[Any]) -> Any:
        """rsaSign(key, digest, data, padding, saltLength) -> the signature, latin1 (padding 6:
        PSS, else PKCS #1 v1.5)."""
        key, digest, data = rsa_key(a[0]), js_str(a[1]), encode(a[2], "latin1")
        if a[3] == PSS_PADDING:
            try:
                return pss_sign(key, digest, data, int(a[4])).decode("latin1")
            except ValueError:
                throw_node_error(realm, "Error", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE",
                                 "error:0200006E:rsa routines::data too large for key size")
        try:
            return rsa_sign(key, digest, data).decode("latin1")
        except ValueError:
            throw_node_error(realm, "Error", "ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY",
                             "error:02000070:rsa routines::digest too big for rsa key")

    def rsa_verify_(a: list[Any]) -> Any:
        """rsaVerify(key, digest, data, signature, padding, saltLength) -> whether it holds."""
        key, digest, data, signature = rsa_key(a[0]), js_str(a[1]), encode(a[2], "latin1"), encode(a[3], "latin1")
        if a[4] == PSS_PADDING:
            return pss_verify(key, digest, data, signature, int(a[5]))
        return rsa_verify(key, digest, data, signature)

    def ed25519_(a: list[Any]) -> Any:
        """ed25519Public(priv) -> latin1."""
        return ed25519_public(encode(a[0], "latin1")).decode("latin1")

    def ed25519_sign_(a: list[Any]) -> Any:
        """ed25519Sign(priv, data) -> the signature, latin1."""
        return ed25519_sign(encode(a[0], "latin1"), encode(a[1], "latin1")).decode("latin1")

    def ed25519_verify_(a: list[Any]) -> Any:
        """ed25519Verify(pub, data, signature) -> whether it holds."""
        return ed25519_verify(encode(a[0], "latin1"), encode(a[1], "latin1"), encode(a[2], "latin1"))

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
        "hkdf": hkdf_, "x25519": x25519_, "rsaParse": rsa_parse, "rsaSign": rsa_sign_, "rsaVerify": rsa_verify_,
        "ed25519Public": ed25519_, "ed25519Sign": ed25519_sign_, "ed25519Verify": ed25519_verify_,
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
// --- KeyObject: secret keys (createSecretKey) and x25519 keys ---------------------------------
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
// --- asymmetric keys: x25519 (x25519.py), ed25519 (ed25519.py), rsa (rsa.py), in pure Python ----
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
// Public/PrivateKeyObject -> its material: { type: 'x25519' | 'ed25519', pub, priv } (latin1; priv null
// for a public key) or { type: 'rsa', rsa } (the hex strings of n, e, d, p, q, dp, dq, qi; '' from d
// on for a public key)
const asymKeys = new WeakMap();
const RSA_JWK = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
// (DER prefixes of an X25519 key's SubjectPublicKeyInfo and PKCS #8 PrivateKeyInfo: RFC 8410)
const X25519_SPKI = '\x30\x2a\x30\x05\x06\x03\x2b\x65\x6e\x03\x21\x00';
const X25519_PKCS8 = '\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x6e\x04\x22\x04\x20';
// the OKP key types (RFC 8037, 8410): their JWK curve, DER prefixes and public key of a private one
const OKP = {
  x25519: { crv: 'X25519', spki: X25519_SPKI, pkcs8: X25519_PKCS8, publicOf: (priv) => B.x25519(priv) },
  ed25519: { crv: 'Ed25519', spki: '\x30\x2a\x30\x05\x06\x03\x2b\x65\x70\x03\x21\x00',
    pkcs8: '\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20', publicOf: (priv) => B.ed25519Public(priv) },
};
// (node's crypto.constants for RSA padding and PSS salt lengths)
const RSA_CONSTANTS = {
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
};
const ASYMMETRIC_TYPES = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
function noAsymmetric(what) {
  return __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', `pyjsvm has no ${what} yet (only x25519 keys with Diffie-Hellman, ed25519 keys, and RSA keys read from PEM, DER or JWK with PKCS #1 v1.5 and PSS signatures)`);
}
class AsymmetricKeyObject extends KeyObject {
  constructor(type, material) {
    super(type, kConstruct);
    asymKeys.set(this, material);
  }
  // (node caches it on the object when first read: inspecting shows it from then on)
  get asymmetricKeyType() { return this[kAsymmetricKeyType] || (this[kAsymmetricKeyType] = asymKeys.get(this).type); }
  get asymmetricKeyDetails() {
    const m = asymKeys.get(this);
    if (m.type !== 'rsa') return {};
    const n = m.rsa[0].replace(/^0+/, '');  // (the modulus's bit length from its hex digits)
    return { modulusLength: (n.length - 1) * 4 + (32 - Math.clz32(parseInt(n[0], 16))), publicExponent: BigInt('0x' + m.rsa[1]) };
  }
  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw __invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    const a = asymKeys.get(this), b = asymKeys.get(otherKeyObject);
    if (otherKeyObject.type !== this.type || b === undefined || a.type !== b.type) return false;
    return a.type === 'rsa' ? a.rsa.join() === b.rsa.join() : a.pub === b.pub && a.priv === b.priv;
  }
  export(options) {
    if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
    const m = asymKeys.get(this);
    const isPrivate = this.type === 'private';
    if (m.type === 'rsa') {
      if (options.format !== 'jwk') throw noAsymmetric('export of RSA keys but as JWK');
      const jwk = { kty: 'RSA' };
      RSA_JWK.slice(0, isPrivate ? 8 : 2).forEach((name, i) => { jwk[name] = __recode(evenHex(m.rsa[i]), 'hex', 'base64url'); });
      return jwk;
    }
    if (options.format === 'jwk') {
      const jwk = { crv: OKP[m.type].crv };
      if (isPrivate) jwk.d = __recode(m.priv, 'latin1', 'base64url');
      jwk.x = __recode(m.pub, 'latin1', 'base64url');
      jwk.kty = 'OKP';
      return jwk;
    }
    const wanted = isPrivate ? 'pkcs8' : 'spki';
    if (options.type !== wanted) {
      throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The property 'options.type' is invalid. Received ${__inspect(options.type)}`);
    }
    const der = isPrivate ? OKP[m.type].pkcs8 + m.priv : OKP[m.type].spki + m.pub;
    if (options.format === 'der') return toBuffer(der);
    if (options.format !== 'pem') {
      throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The property 'options.format' is invalid. Received ${__inspect(options.format)}`);
    }
    const label = isPrivate ? 'PRIVATE KEY' : 'PUBLIC KEY';
    const b64 = __recode(der, 'latin1', 'base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
    return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
  }
}
class PublicKeyObject extends AsymmetricKeyObject {
  constructor(material) { super('public', material); }
}
class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(material) { super('private', material); }
}
const okpPrivate = (type, priv) => new PrivateKeyObject({ type, priv, pub: OKP[type].publicOf(priv) });
const evenHex = (h) => (h.length % 2 ? '0' + h : h);
// the material of an RSA key as rsa.py reads it from DER (label: its PEM label)
function rsaMaterial(der, label) {
  const rsa = B.rsaParse(der, label);
  if (rsa === null) throw noAsymmetric('EC, Ed25519 or DSA keys');
  return { type: 'rsa', rsa };
}
const DER_LABELS = { spki: 'PUBLIC KEY', pkcs8: 'PRIVATE KEY' };
// the key material of a createPublicKey/createPrivateKey argument (see asymKeys)
function keyMaterial(key, wantPrivate) {
  const object = key !== null && typeof key === 'object' && !isView(key) && !(typeof ArrayBuffer === 'function' && key instanceof ArrayBuffer);
  const material = object ? key.key : key;
  if (object && key.format === 'jwk') {
    if (material === null || typeof material !== 'object') throw __invalidArgType('key.key', 'of type object', material);
    const decode = (v) => (typeof v === 'string' ? __recode(v, 'base64url', 'latin1') : '');
    if (material.kty === 'RSA') {
      // (hex without leading zeros, as rsaParse gives: equals compares the strings)
      const rsa = RSA_JWK.map((name) => __recode(decode(material[name]), 'latin1', 'hex').replace(/^0+(?=.)/, ''));
      if (rsa[0] === '' || rsa[1] === '' || (wantPrivate && rsa.slice(2).some((v) => v === ''))) {
        throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK RSA key');
      }
      return { type: 'rsa', rsa: wantPrivate ? rsa : [rsa[0], rsa[1], '', '', '', '', '', ''] };
    }
    if (material.kty !== 'OKP') throw noAsymmetric(`keys of JWK type ${material.kty}`);
    const type = Object.keys(OKP).find((t) => OKP[t].crv === material.crv);
    if (type === undefined) throw noAsymmetric(`keys of curve ${material.crv}`);
    const pub = decode(material.x);
    if (pub.length !== 32 || (wantPrivate && decode(material.d).length !== 32)) {
      throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
    }
    return { type, priv: wantPrivate ? decode(material.d) : null, pub };
  }
  if (typeof material !== 'string' && !isView(material) && !(typeof ArrayBuffer === 'function' && material instanceof ArrayBuffer)) {
    throw __invalidArgType(material === key ? 'key' : 'key.key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', material);
  }
  let der, label;
  if (object && key.format === 'der') {
    der = input(material)[0];
    label = key.type === 'pkcs1' ? (wantPrivate ? 'RSA PRIVATE KEY' : 'RSA PUBLIC KEY') : DER_LABELS[key.type] || (wantPrivate ? 'PRIVATE KEY' : 'PUBLIC KEY');
  } else {
    const text = typeof material === 'string' ? material : input(material)[0];
    const pem = /-----BEGIN ((?:RSA )?(?:PUBLIC|PRIVATE) KEY|CERTIFICATE)-----([\s\S]*?)-----END \1-----/.exec(text);
    if (pem === null) {
      if (!text.includes('-----BEGIN')) {  // (what OpenSSL's decoder says of anything but PEM or DER)
        throw __nodeError('Error', 'ERR_OSSL_UNSUPPORTED', 'error:1E08010C:DECODER routines::unsupported');
      }
      throw noAsymmetric('RSA, EC or Ed25519 keys');
    }
    der = __recode(pem[2].replace(/\s+/g, ''), 'base64', 'latin1');
    label = pem[1];
  }
  for (const type of Object.keys(OKP)) {
    if (der.length === 44 && der.startsWith(OKP[type].spki) && !wantPrivate) return { type, priv: null, pub: der.slice(12) };
    if (der.length === 48 && der.startsWith(OKP[type].pkcs8)) {
      const priv = der.slice(16);
      return { type, priv, pub: OKP[type].publicOf(priv) };
    }
  }
  return rsaMaterial(der, label);
}
// the public material of a key's
function publicPart(m) {
  return m.type === 'rsa' ? { type: 'rsa', rsa: [m.rsa[0], m.rsa[1], '', '', '', '', '', ''] } : { type: m.type, priv: null, pub: m.pub };
}
const isPrivateMaterial = (m) => (m.type === 'rsa' ? m.rsa[2] !== '' : m.priv !== null);
function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type !== 'private') {
      throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${key.type}, expected private.`);
    }
    return new PublicKeyObject(publicPart(asymKeys.get(key)));
  }
  return new PublicKeyObject(publicPart(keyMaterial(key, false)));
}
function createPrivateKey(key) {
  if (key instanceof KeyObject) throw __invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  const m = keyMaterial(key, true);
  if (!isPrivateMaterial(m)) throw __nodeError('Error', 'ERR_OSSL_UNSUPPORTED', 'error:1E08010C:DECODER routines::unsupported');
  return new PrivateKeyObject(m);
}
function generateKeyPairSync(type, options) {
  if (typeof type !== 'string') throw __invalidArgType('type', 'of type string', type);
  if (!ASYMMETRIC_TYPES.includes(type)) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'type' must be a supported key type. Received ${__inspect(type)}`);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) throw __invalidArgType('options', 'of type object', options);
  if (!Object.hasOwn(OKP, type)) throw noAsymmetric(`generation of ${type} keys`);
  let privateKey = okpPrivate(type, B.randomBytes(32));
  let publicKey = createPublicKey(privateKey);
  if (options !== undefined && options.publicKeyEncoding !== undefined) publicKey = publicKey.export(options.publicKeyEncoding);
  if (options !== undefined && options.privateKeyEncoding !== undefined) privateKey = privateKey.export(options.privateKeyEncoding);
  return { publicKey, privateKey };
}
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  if (typeof callback !== 'function') throw __invalidArgType('callback', 'of type function', callback);
  const pair = generateKeyPairSync(type, options);
  setImmediate(callback, null, pair.publicKey, pair.privateKey);  // (node makes it on its thread pool)
}
// NON-SPEC (node): util.promisify(generateKeyPair) resolves to { publicKey, privateKey }
Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom'), {
  value: (type, options) => new Promise((resolve, reject) => {
    generateKeyPair(type, options, (err, publicKey, privateKey) => (err ? reject(err) : resolve({ publicKey, privateKey })));
  }),
});
function diffieHellman(options) {
  if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The property 'options.privateKey' is invalid. Received ${__inspect(privateKey)}`);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The property 'options.publicKey' is invalid. Received ${__inspect(publicKey)}`);
  }
  if (privateKey.type !== 'private') {
    throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${privateKey.type}, expected private.`);
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${publicKey.type}, expected private or public.`);
  }
  const a = asymKeys.get(privateKey), b = asymKeys.get(publicKey);
  if (a.type !== b.type || a.type !== 'x25519') {
    throw __nodeError('Error', 'ERR_CRYPTO_INCOMPATIBLE_KEY', `Incompatible key types for Diffie-Hellman: ${a.type} and ${b.type}`);
  }
  return toBuffer(B.x25519(a.priv, b.pub));
}
// --- signatures: RSASSA-PKCS1-v1_5 over rsa keys, Ed25519 ----------------------------------------------------
const SIGN_DIGESTS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
function signDigest(algorithm) {
  if (algorithm === null || algorithm === undefined) return 'sha256';
  if (typeof algorithm !== 'string') throw __invalidArgType('algorithm', 'of type string', algorithm);
  const name = algorithm.toLowerCase().replace(/^rsa-/, '').replace(/^sha-(\d)/, 'sha$1');
  if (!SIGN_DIGESTS.includes(name)) throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
  return name;
}
// node's padding and saltLength options of a key argument of sign/verify: [padding, salt length],
// PKCS #1 v1.5 (RSA_PKCS1_PADDING) or PSS (RSA_PKCS1_PSS_PADDING) whose salt is the longest that
// fits by default (RSA_PSS_SALTLEN_MAX_SIGN; verifying, RSA_PSS_SALTLEN_AUTO: any length)
function rsaPadding(key) {
  if (key === null || typeof key !== 'object' || key instanceof KeyObject) return [RSA_CONSTANTS.RSA_PKCS1_PADDING, -2];
  const padding = key.padding === undefined ? RSA_CONSTANTS.RSA_PKCS1_PADDING : key.padding;
  if (padding !== RSA_CONSTANTS.RSA_PKCS1_PADDING && padding !== RSA_CONSTANTS.RSA_PKCS1_PSS_PADDING) {
    throw __nodeError('Error', 'ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE', 'error:1C8000A5:Provider routines::illegal or unsupported padding mode');
  }
  const salt = key.saltLength === undefined ? -2 : key.saltLength;
  if (!Number.isInteger(salt) || salt < -0x80000000 || salt > 0x7fffffff) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The property 'options.saltLength' is invalid. Received ${__inspect(salt)}`);
  }
  return [padding, salt === -3 ? -2 : salt];  // (OpenSSL's RSA_PSS_SALTLEN_MAX, -3: the longest too)
}
// a key argument of sign/verify: a KeyObject, or what createPrivateKey/createPublicKey take
function signingKey(key, wantPrivate) {
  const k = key !== null && typeof key === 'object' && !(key instanceof KeyObject) && key.key instanceof KeyObject ? key.key : key;
  let m;
  if (k instanceof KeyObject) {
    if (wantPrivate && k.type !== 'private') {
      throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${k.type}, expected private.`);
    }
    if (k.type === 'secret') {
      throw __nodeError('TypeError', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type secret, expected private or public.');
    }
    m = asymKeys.get(k);
  } else {
    m = wantPrivate ? asymKeys.get(createPrivateKey(k)) : asymKeys.get(createPublicKey(isPrivateInput(k) ? createPrivateKey(k) : k));
  }
  if (m.type !== 'rsa' && m.type !== 'ed25519') {
    throw __nodeError('Error', 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE', 'error:03000096:digital envelope routines::operation not supported for this keytype');
  }
  return m;
}
// (an Ed25519 signature hashes by itself: a digest named for it is OpenSSL's error)
function noDigestFor(m, algorithm) {
  if (m.type === 'ed25519' && algorithm !== null && algorithm !== undefined) {
    throw __nodeError('Error', 'ERR_OSSL_INVALID_DIGEST', 'error:1C80007A:Provider routines::invalid digest');
  }
}
// (Sign and Verify objects work with RSA keys only, as node's)
function rsaOnly(m) {
  if (m.type !== 'rsa') throw __nodeError('Error', 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  return m.rsa;
}
function isPrivateInput(k) {
  const text = typeof k === 'string' ? k : k !== null && typeof k === 'object' && typeof k.key === 'string' ? k.key : '';
  return /-----BEGIN (RSA )?PRIVATE KEY-----/.test(text);
}
function sign(algorithm, data, key, callback) {
  const digest = signDigest(algorithm);
  const bytes = input(data, undefined, 'data')[0];
  const m = signingKey(key, true);
  noDigestFor(m, algorithm);
  const result = toBuffer(m.type === 'rsa' ? B.rsaSign(m.rsa, digest, bytes, ...rsaPadding(key)) : B.ed25519Sign(m.priv, bytes));
  if (typeof callback === 'function') { process.nextTick(callback, null, result); return; }
  return result;
}
function verify(algorithm, data, key, signature, callback) {
  const digest = signDigest(algorithm);
  const bytes = input(data, undefined, 'data')[0];
  const sig = input(signature, undefined, 'signature')[0];
  const m = signingKey(key, false);
  noDigestFor(m, algorithm);
  const result = m.type === 'rsa' ? B.rsaVerify(m.rsa, digest, bytes, sig, ...rsaPadding(key)) : B.ed25519Verify(m.pub, bytes, sig);
  if (typeof callback === 'function') { process.nextTick(callback, null, result); return; }
  return result;
}
// NON-SPEC (node): Sign and Verify are Writable streams in node; here objects with update, write
// and end (what packages such as jwa call) gathering the data
class Sign {
  constructor(algorithm) { this._digest = signDigest(algorithm); this._data = ''; }
  update(data, encoding) { this._data += toLatin1(input(data, encoding)); return this; }
  write(data, encoding) { this.update(data, encoding); return true; }
  end(data, encoding) { if (data !== undefined) this.update(data, encoding); return this; }
  sign(privateKey, outputEncoding) {
    if (privateKey === undefined || privateKey === null) throw __nodeError('Error', 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
    return output(B.rsaSign(rsaOnly(signingKey(privateKey, true)), this._digest, this._data, ...rsaPadding(privateKey)), outputEncoding);
  }
}
class Verify {
  constructor(algorithm) { this._digest = signDigest(algorithm); this._data = ''; }
  update(data, encoding) { this._data += toLatin1(input(data, encoding)); return this; }
  write(data, encoding) { this.update(data, encoding); return true; }
  end(data, encoding) { if (data !== undefined) this.update(data, encoding); return this; }
  verify(object, signature, signatureEncoding) {
    const sig = toLatin1(input(signature, signatureEncoding, 'signature'));
    return B.rsaVerify(rsaOnly(signingKey(object, false)), this._digest, this._data, sig, ...rsaPadding(object));
  }
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
// --- Web Crypto (https://w3c.github.io/webcrypto/): digest, and HMAC keys (importKey raw/jwk,
// generateKey, exportKey, sign, verify); the other algorithms reject with NotSupportedError ----
const kIllegal = Symbol('kIllegal');
const DOMExceptionClass = globalThis.DOMException;
const domError = (message, name) => new DOMExceptionClass(message, name);
const illegalConstructor = () => __nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
const WEB_DIGESTS = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const HMAC_BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const cryptoKeys = new WeakMap();  // CryptoKey -> { type, extractable, algorithm, usages, secret (latin1) }
class CryptoKey {
  constructor(key) { if (key !== kIllegal) throw illegalConstructor(); }
  get type() { return keyOf(this).type; }
  get extractable() { return keyOf(this).extractable; }
  get algorithm() { return keyOf(this).algorithm; }
  get usages() { return keyOf(this).usages; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const k = keyOf(this);
    if (depth < 0) return '[CryptoKey]';
    const inner = { ...options, depth: options.depth === null || options.depth === undefined ? options.depth : options.depth - 1 };
    return `CryptoKey ${__inspect({ type: k.type, extractable: k.extractable, algorithm: k.algorithm, usages: k.usages }, inner)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
function keyOf(k) {
  const s = typeof k === 'object' && k !== null ? cryptoKeys.get(k) : undefined;
  if (s === undefined) throw __nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type CryptoKey');
  return s;
}
// normalize an algorithm (sec: concept-normalize-an-algorithm), for the names pyjsvm knows
function algorithmName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined;
  if (name === undefined) throw __nodeError('TypeError', 'ERR_MISSING_OPTION', 'Algorithm name is missing');
  return `${name}`.toUpperCase();
}
function digestName(algorithm) {
  const name = algorithmName(algorithm);
  if (!Object.hasOwn(WEB_DIGESTS, name)) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return name;
}
const KNOWN_ALGORITHMS = ['RSASSA-PKCS1-V1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'ED25519', 'ED448', 'X25519', 'X448',
  'AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW', 'HMAC', 'HKDF', 'PBKDF2'];
function hmacOnly(algorithm) {
  const name = algorithmName(algorithm);
  if (name === 'HMAC') return name;
  if (KNOWN_ALGORITHMS.includes(name)) throw domError(`pyjsvm's Web Crypto has no ${name} yet (only digest and HMAC)`, 'NotSupportedError');
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}
function bufferSourceLatin1(v, method, position) {
  if (!isView(v) && !(v instanceof ArrayBuffer)) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  }
  return input(v)[0];
}
function requireArgs(method, n, found) {
  if (found < n) {
    throw __nodeError('TypeError', 'ERR_MISSING_ARGS', `Failed to execute '${method}' on 'SubtleCrypto': ${n} arguments required, but only ${found} present.`);
  }
}
function newHmacCryptoKey(secret, hashName, length, extractable, usages) {
  for (const u of usages) if (u !== 'sign' && u !== 'verify') throw domError('Unsupported key usage for an HMAC key', 'SyntaxError');
  const key = new CryptoKey(kIllegal);
  cryptoKeys.set(key, { type: 'secret', extractable: !!extractable, algorithm: { name: 'HMAC', hash: { name: hashName }, length },
    usages: [...usages], secret });
  return key;
}
function hmacHash(algorithm) {
  if (algorithm.hash === undefined) {
    throw __nodeError('TypeError', 'ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can not be converted to 'HmacImportParams' because 'hash' is required in 'HmacImportParams'.");
  }
  return digestName(algorithm.hash);
}
function hmacSign(k, data) {
  const id = B.hmacNew(WEB_DIGESTS[k.algorithm.hash.name], k.secret, 'latin1');
  B.update(id, data, 'latin1');
  return B.digest(id, 'latin1');
}
// each method a promise: what it throws is its rejection
const promised = (fn) => function (...args) {
  try { return Promise.resolve(fn.apply(this, args)); } catch (e) { return Promise.reject(e); }
};
class SubtleCrypto {
  constructor(key) { if (key !== kIllegal) throw illegalConstructor(); }
}
const subtleMethods = {
  encrypt: (algorithm) => { throw domError(`pyjsvm's Web Crypto has no ${algorithmName(algorithm)} yet (only digest and HMAC)`, 'NotSupportedError'); },
  decrypt: (algorithm) => { throw domError(`pyjsvm's Web Crypto has no ${algorithmName(algorithm)} yet (only digest and HMAC)`, 'NotSupportedError'); },
  sign(algorithm, key, data) {
    requireArgs('sign', 3, arguments.length);
    hmacOnly(algorithm);
    const k = keyOf(key);
    const bytes = bufferSourceLatin1(data, 'sign', '3rd');
    if (k.algorithm.name !== 'HMAC' || !k.usages.includes('sign')) throw domError('Unable to use this key to sign', 'InvalidAccessError');
    return toArrayBuffer(hmacSign(k, bytes));
  },
  verify(algorithm, key, signature, data) {
    requireArgs('verify', 4, arguments.length);
    hmacOnly(algorithm);
    const k = keyOf(key);
    const sig = bufferSourceLatin1(signature, 'verify', '3rd');
    const bytes = bufferSourceLatin1(data, 'verify', '4th');
    if (k.algorithm.name !== 'HMAC' || !k.usages.includes('verify')) throw domError('Unable to use this key to verify', 'InvalidAccessError');
    const mac = hmacSign(k, bytes);
    return mac.length === sig.length && B.timingSafeEqual(mac, sig);
  },
  digest(algorithm, data) {
    requireArgs('digest', 2, arguments.length);
    const name = digestName(algorithm);
    const bytes = bufferSourceLatin1(data, 'digest', '2nd');
    const id = B.hashNew(WEB_DIGESTS[name]);
    B.update(id, bytes, 'latin1');
    return toArrayBuffer(B.digest(id, 'latin1'));
  },
  generateKey(algorithm, extractable, keyUsages) {
    requireArgs('generateKey', 3, arguments.length);
    hmacOnly(algorithm);
    const hashName = hmacHash(algorithm);
    const length = algorithm.length === undefined ? HMAC_BLOCK_BITS[hashName] : Number(algorithm.length);
    if (!(length > 0) || length % 8 !== 0) throw domError('Invalid key length', 'OperationError');
    const key = newHmacCryptoKey(B.randomBytes(length / 8), hashName, length, extractable, [...keyUsages]);
    cryptoKeys.get(key).algorithm = { name: 'HMAC', length, hash: { name: hashName } };
    return key;
  },
  deriveKey: (algorithm) => { throw domError(`pyjsvm's Web Crypto has no ${algorithmName(algorithm)} yet (only digest and HMAC)`, 'NotSupportedError'); },
  deriveBits: (algorithm) => { throw domError(`pyjsvm's Web Crypto has no ${algorithmName(algorithm)} yet (only digest and HMAC)`, 'NotSupportedError'); },
  importKey(format, keyData, algorithm, extractable, keyUsages) {
    requireArgs('importKey', 5, arguments.length);
    hmacOnly(algorithm);
    const hashName = hmacHash(algorithm);
    let secret;
    if (format === 'raw') {
      secret = bufferSourceLatin1(keyData, 'importKey', '2nd');
    } else if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object' || keyData.kty !== 'oct' || typeof keyData.k !== 'string') {
        throw domError('Invalid keyData', 'DataError');
      }
      secret = __recode(keyData.k, 'base64url', 'latin1');
    } else {
      throw domError('Unable to import HMAC key with format ' + format, 'NotSupportedError');
    }
    if (secret.length === 0) throw domError('Zero-length key is not supported', 'DataError');
    let length = secret.length * 8;
    if (algorithm.length !== undefined) {
      if (Number(algorithm.length) !== length) throw domError('Invalid key length', 'DataError');
    }
    return newHmacCryptoKey(secret, hashName, length, extractable, [...keyUsages]);
  },
  exportKey(format, key) {
    requireArgs('exportKey', 2, arguments.length);
    const k = keyOf(key);
    if (!k.extractable) throw domError('key is not extractable', 'InvalidAccessException');
    if (format === 'raw') return toArrayBuffer(k.secret);
    if (format === 'jwk') {
      const hashBits = k.algorithm.hash.name.slice(4);
      return { key_ops: k.usages.slice(), ext: true, kty: 'oct', k: __recode(k.secret, 'latin1', 'base64url'),
        alg: `HS${hashBits === '1' ? '1' : hashBits}` };
    }
    throw domError(`Unable to export HMAC key with format ${format}`, 'NotSupportedError');
  },
  wrapKey: () => { throw domError("pyjsvm's Web Crypto has no key wrapping yet (only digest and HMAC)", 'NotSupportedError'); },
  unwrapKey: () => { throw domError("pyjsvm's Web Crypto has no key wrapping yet (only digest and HMAC)", 'NotSupportedError'); },
};
for (const [name, fn] of Object.entries(subtleMethods)) {
  const method = promised(fn);
  Object.defineProperty(method, 'name', { value: name });
  Object.defineProperty(method, 'length', { value: fn.length });
  Object.defineProperty(SubtleCrypto.prototype, name, { value: method, writable: true, enumerable: true, configurable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });
const subtle = new SubtleCrypto(kIllegal);
class Crypto {
  constructor(key) { if (key !== kIllegal) throw illegalConstructor(); }
  get subtle() { return subtle; }
  getRandomValues(array) { return getRandomValues(array); }
  randomUUID() { return randomUUID(); }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
const webcrypto = new Crypto(kIllegal);
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
  createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync, diffieHellman, sign, verify,
  Sign, Verify, createSign: (algorithm) => new Sign(algorithm), createVerify: (algorithm) => new Verify(algorithm),
  // (taken off the exports by make_crypto_module: util.types.isKeyObject's test)
  __isKeyObject: (v) => asymKeys.has(v) || secretBytes.has(v),
  __isCryptoKey: (v) => cryptoKeys.has(v),
  __webClasses: { Crypto, CryptoKey, SubtleCrypto },
  webcrypto,
  // (node: an enumerable getter of webcrypto's subtle)
  get subtle() { return subtle; },
  constants: { ...RSA_CONSTANTS },
};
})
"""


def make_crypto_module(host: "NodeHost") -> Any:
    """``require('crypto')``."""
    exports = load_js(host.realm, "node:crypto", CRYPTO_SOURCE, host.js_helpers({"B": make_binding(host)}))
    for key in ("__isKeyObject", "__isCryptoKey", "__webClasses"):
        host.realm.host_defined["pyjsvm.crypto." + key] = exports.get(key, exports)
        exports.delete(key)
    return exports
