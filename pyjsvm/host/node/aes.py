"""AES (FIPS 197) and the CBC, CTR and GCM modes (SP 800-38A, SP 800-38D) in pure Python, for
``crypto.createCipheriv`` / ``createDecipheriv`` (the standard library has no block cipher).
Not constant-time: fine for compatibility, not for secrets an attacker can time."""
from __future__ import annotations


def _xtime(a: int) -> int:
    a <<= 1
    return (a ^ 0x11B) if a & 0x100 else a


def _build_tables() -> tuple[list[int], list[int], list[list[int]], list[list[int]]]:
    # S-box from the multiplicative inverse in GF(2^8) and the affine map.
    sbox = [0] * 256
    p = q = 1
    while True:
        p = p ^ (p << 1) ^ (0x1B if p & 0x80 else 0)
        p &= 0xFF
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09
        x = q ^ ((q << 1) | (q >> 7)) ^ ((q << 2) | (q >> 6)) ^ ((q << 3) | (q >> 5)) ^ ((q << 4) | (q >> 4))
        sbox[p] = (x ^ 0x63) & 0xFF
        if p == 1:
            break
    sbox[0] = 0x63
    inv = [0] * 256
    for i, v in enumerate(sbox):
        inv[v] = i

    def mul(a: int, b: int) -> int:
        r = 0
        while b:
            if b & 1:
                r ^= a
            a = _xtime(a)
            b >>= 1
        return r

    te = [[0] * 256 for _ in range(4)]
    td = [[0] * 256 for _ in range(4)]
    for i in range(256):
        s = sbox[i]
        w = (mul(s, 2) << 24) | (s << 16) | (s << 8) | mul(s, 3)
        d = inv[i]
        v = (mul(d, 14) << 24) | (mul(d, 9) << 16) | (mul(d, 13) << 8) | mul(d, 11)
        for k in range(4):
            te[k][i] = ((w >> (8 * k)) | (w << (32 - 8 * k))) & 0xFFFFFFFF
            td[k][i] = ((v >> (8 * k)) | (v << (32 - 8 * k))) & 0xFFFFFFFF
    return sbox, inv, te, td


SBOX, INV_SBOX, _TE, _TD = _build_tables()


class AES:
    """One AES key: 16, 24 or 32 bytes."""

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("Invalid key length")
        nk = len(key) // 4
        self.rounds = nk + 6
        w = [int.from_bytes(key[4 * i:4 * i + 4], "big") for i in range(nk)]
        rcon = 1
        for i in range(nk, 4 * (self.rounds + 1)):
            t = w[i - 1]
            if i % nk == 0:
                t = ((t << 8) | (t >> 24)) & 0xFFFFFFFF
                t = (SBOX[t >> 24] << 24) | (SBOX[(t >> 16) & 255] << 16) | (SBOX[(t >> 8) & 255] << 8) | SBOX[t & 255]
                t ^= rcon << 24
                rcon = _xtime(rcon)
            elif nk > 6 and i % nk == 4:
                t = (SBOX[t >> 24] << 24) | (SBOX[(t >> 16) & 255] << 16) | (SBOX[(t >> 8) & 255] << 8) | SBOX[t & 255]
            w.append(w[i - nk] ^ t)
        self.ek = w
        # decryption keys: reversed rounds, InvMixColumns on the middle ones
        dk: list[int] = []
        for r in range(self.rounds, -1, -1):
            block = w[4 * r:4 * r + 4]
            if 0 < r < self.rounds:
                block = [_TD[0][SBOX[x >> 24]] ^ _TD[1][SBOX[(x >> 16) & 255]] ^ _TD[2][SBOX[(x >> 8) & 255]]
                         ^ _TD[3][SBOX[x & 255]] for x in block]
            dk.extend(block)
        self.dk = dk

    def encrypt_block(self, block: bytes) -> bytes:
        return _crypt(block, self.ek, self.rounds, _TE, SBOX, 1)

    def decrypt_block(self, block: bytes) -> bytes:
        return _crypt(block, self.dk, self.rounds, _TD, INV_SBOX, 3)


def _crypt(block: bytes, k: list[int], rounds: int, tables: list[list[int]], box: list[int], d: int) -> bytes:
    """The AES rounds with 32-bit tables (d = 1: ShiftRows for encryption, 3: InvShiftRows)."""
    t0, t1, t2, t3 = tables
    s = [int.from_bytes(block[4 * c:4 * c + 4], "big") ^ k[c] for c in range(4)]
    i = 4
    for _ in range(rounds - 1):
        s = [t0[s[c] >> 24] ^ t1[(s[(c + d) & 3] >> 16) & 255] ^ t2[(s[(c + 2 * d) & 3] >> 8) & 255]
             ^ t3[s[(c + 3 * d) & 3] & 255] ^ k[i + c] for c in range(4)]
        i += 4
    out = [((box[s[c] >> 24] << 24) | (box[(s[(c + d) & 3] >> 16) & 255] << 16)
            | (box[(s[(c + 2 * d) & 3] >> 8) & 255] << 8) | box[s[(c + 3 * d) & 3] & 255]) ^ k[i + c] for c in range(4)]
    return b"".join(x.to_bytes(4, "big") for x in out)


def _xor(a: bytes, b: bytes) -> bytes:
    n = min(len(a), len(b))
    return (int.from_bytes(a[:n], "big") ^ int.from_bytes(b[:n], "big")).to_bytes(n, "big")


class CipherError(Exception):
    """A failure node reports as an error (bad padding, wrong tag, bad lengths)."""


class Mode:
    """A streaming cipher context: update() returns what it can, final() the rest."""

    def __init__(self, mode: str, key: bytes, iv: bytes, decrypt: bool, tag_length: int = 16) -> None:
        self.aes = AES(key)
        self.mode = mode
        self.decrypt = decrypt
        self.auto_padding = True
        self.buf = b""
        if mode == "cbc":
            if len(iv) != 16:
                raise CipherError("Invalid initialization vector")
            self.prev = iv
        elif mode == "ctr":
            if len(iv) != 16:
                raise CipherError("Invalid initialization vector")
            self.counter = int.from_bytes(iv, "big")
            self.stream = b""
        elif mode == "ecb":
            pass
        elif mode == "gcm":
            if len(iv) == 0:
                raise CipherError("Invalid initialization vector")
            self.h = int.from_bytes(self.aes.encrypt_block(bytes(16)), "big")
            if len(iv) == 12:
                j0 = iv + b"\x00\x00\x00\x01"
            else:
                j0 = self._ghash_all(iv + bytes((16 - len(iv) % 16) % 16) + bytes(8) + (8 * len(iv)).to_bytes(8, "big"))
            self.j0 = j0
            self.counter = (int.from_bytes(j0, "big") & ~0xFFFFFFFF) | ((int.from_bytes(j0[12:], "big") + 1) & 0xFFFFFFFF)
            self.stream = b""
            self.aad = b""
            self.ct_len = 0
            self.aad_len = 0
            self.ghash = 0
            self.ghash_buf = b""
            self.started = False
            self.tag_length = tag_length
            self.tag: bytes | None = None
        else:
            raise CipherError("Unknown cipher")

    # --- GCM helpers (SP 800-38D) -------------------------------------------------------------
    def _gmul(self, x: int) -> int:
        """x * H in GF(2^128) (the spec's bit order: bit 0 is the most significant)."""
        z = 0
        v = self.h
        for i in range(127, -1, -1):
            if (x >> i) & 1:
                z ^= v
            v = (v >> 1) ^ (0xE1 << 120) if v & 1 else v >> 1
        return z

    def _ghash_all(self, data: bytes) -> bytes:
        y = 0
        for i in range(0, len(data), 16):
            y = self._gmul(y ^ int.from_bytes(data[i:i + 16], "big"))
        return y.to_bytes(16, "big")

    def _ghash_feed(self, data: bytes) -> None:
        data = self.ghash_buf + data
        n = len(data) - len(data) % 16
        y = self.ghash
        for i in range(0, n, 16):
            y = self._gmul(y ^ int.from_bytes(data[i:i + 16], "big"))
        self.ghash = y
        self.ghash_buf = data[n:]

    def _ghash_pad(self) -> None:
        if self.ghash_buf:
            self._ghash_feed(bytes(16 - len(self.ghash_buf)))

    def set_aad(self, aad: bytes) -> None:
        if self.mode != "gcm" or self.started:
            raise CipherError("Invalid state for operation setAAD")
        self._ghash_feed(aad)
        self.aad_len += len(aad)

    def _keystream(self, n: int, gcm: bool) -> bytes:
        while len(self.stream) < n:
            if gcm:
                ctr = self.counter.to_bytes(16, "big")
                self.counter = (self.counter & ~0xFFFFFFFF) | ((self.counter + 1) & 0xFFFFFFFF)
            else:
                ctr = self.counter.to_bytes(16, "big")
                self.counter = (self.counter + 1) % (1 << 128)
            self.stream += self.aes.encrypt_block(ctr)
        out, self.stream = self.stream[:n], self.stream[n:]
        return out

    # --- streaming ---------------------------------------------------------------------------
    def update(self, data: bytes) -> bytes:
        if self.mode == "ctr":
            return _xor(data, self._keystream(len(data), False))
        if self.mode == "gcm":
            if not self.started:
                self._ghash_pad()
                self.started = True
            out = _xor(data, self._keystream(len(data), True))
            self._ghash_feed(data if self.decrypt else out)
            self.ct_len += len(data)
            return out
        data = self.buf + data
        # keep the last block back when decrypting with padding (it holds the padding)
        keep = 16 if (self.decrypt and self.auto_padding) else 0
        n = len(data) - len(data) % 16
        if keep and n == len(data):
            n -= 16
        n = max(n, 0)
        self.buf = data[n:]
        blocks: list[bytes] = []
        for i in range(0, n, 16):
            blocks.append(self._block(data[i:i + 16]))
        return b"".join(blocks)

    def _block(self, block: bytes) -> bytes:
        if self.mode == "ecb":
            return self.aes.decrypt_block(block) if self.decrypt else self.aes.encrypt_block(block)
        if self.decrypt:
            plain = _xor(self.aes.decrypt_block(block), self.prev)
            self.prev = block
            return plain
        ct = self.aes.encrypt_block(_xor(block, self.prev))
        self.prev = ct
        return ct

    def final(self) -> bytes:
        if self.mode == "ctr":
            return b""
        if self.mode == "gcm":
            if not self.started:
                self._ghash_pad()
                self.started = True
            self._ghash_pad()
            self._ghash_feed((8 * self.aad_len).to_bytes(8, "big") + (8 * self.ct_len).to_bytes(8, "big"))
            s = self.ghash.to_bytes(16, "big")
            tag = _xor(self.aes.encrypt_block(self.j0), s)
            if self.decrypt:
                if self.tag is None or self.tag != tag[:len(self.tag)]:
                    raise CipherError("Unsupported state or unable to authenticate data")
            else:
                self.tag = tag[:self.tag_length]
            return b""
        if self.decrypt:
            if not self.auto_padding:
                if self.buf:
                    raise CipherError("wrong final block length")
                return b""
            if len(self.buf) != 16:
                raise CipherError("wrong final block length")
            plain = self._block(self.buf)
            pad = plain[-1]
            if not 1 <= pad <= 16 or plain[-pad:] != bytes([pad]) * pad:
                raise CipherError("bad decrypt")
            return plain[:-pad]
        if not self.auto_padding:
            if self.buf:
                raise CipherError("data not multiple of block length")
            return b""
        pad = 16 - len(self.buf)
        return self._block(self.buf + bytes([pad]) * pad)


def hkdf(digest: str, ikm: bytes, salt: bytes, info: bytes, length: int) -> bytes:
    """HKDF (RFC 5869): extract then expand."""
    import hashlib
    import hmac
    size = hashlib.new(digest).digest_size
    prk = hmac.new(salt or bytes(size), ikm, digest).digest()
    out = b""
    t = b""
    i = 1
    while len(out) < length:
        t = hmac.new(prk, t + info + bytes([i]), digest).digest()
        out += t
        i += 1
    return out[:length]
