"""``node:zlib`` under ``pyjsvm``: what JS compresses Python's ``gzip`` / ``zlib`` read and the
reverse, Brotli's clear error, and the engine's limits (a timeout interrupts a huge inflate, the
memory limit refuses a decompression bomb). The behaviours node shares are the node cases
``zlib_sync``, ``zlib_async`` and ``zlib_streams``."""
from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

from tests.host.conftest import run_pyjsvm

DATA = b"".join(b"line %d of the data, %d\n" % (i, i * 7919 % 1000) for i in range(5000)) + bytes(range(256))


def _run(tmp_path: Path, source: str, *flags: str) -> str:
    (tmp_path / "main.js").write_text(source, encoding="utf-8")
    r = run_pyjsvm(*flags, "main.js", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_js_compresses_python_decompresses(tmp_path: Path) -> None:
    (tmp_path / "data.bin").write_bytes(DATA)
    out = _run(tmp_path, """
const zlib = require('zlib');
const fs = require('fs');
const data = fs.readFileSync('data.bin');
fs.writeFileSync('sync.gz', zlib.gzipSync(data, { level: 9 }));
fs.writeFileSync('sync.zz', zlib.deflateSync(data, { windowBits: 10, memLevel: 2 }));
fs.writeFileSync('sync.raw', zlib.deflateRawSync(data, { strategy: zlib.constants.Z_FILTERED }));
fs.createReadStream('data.bin', { highWaterMark: 1000 }).pipe(zlib.createGzip()).pipe(fs.createWriteStream('stream.gz'))
  .on('finish', () => console.log('done'));
""")
    assert out == "done\n"
    assert gzip.decompress((tmp_path / "sync.gz").read_bytes()) == DATA
    assert gzip.decompress((tmp_path / "stream.gz").read_bytes()) == DATA
    assert zlib.decompress((tmp_path / "sync.zz").read_bytes()) == DATA
    assert zlib.decompress((tmp_path / "sync.raw").read_bytes(), -15) == DATA


def test_python_compresses_js_decompresses(tmp_path: Path) -> None:
    named = io.BytesIO()
    with gzip.GzipFile(filename="data.bin", mode="wb", fileobj=named, mtime=1234567890) as f:
        f.write(DATA)  # a gzip header with FNAME and MTIME
    (tmp_path / "named.gz").write_bytes(named.getvalue())
    (tmp_path / "two.gz").write_bytes(gzip.compress(DATA[:1000]) + gzip.compress(DATA[1000:]))
    (tmp_path / "data.zz").write_bytes(zlib.compress(DATA, 1))
    raw = zlib.compressobj(6, zlib.DEFLATED, -12)
    (tmp_path / "data.raw").write_bytes(raw.compress(DATA) + raw.flush())
    (tmp_path / "data.bin").write_bytes(DATA)
    out = _run(tmp_path, """
const zlib = require('zlib');
const fs = require('fs');
const data = fs.readFileSync('data.bin');
console.log(zlib.gunzipSync(fs.readFileSync('named.gz')).equals(data));
console.log(zlib.unzipSync(fs.readFileSync('named.gz')).equals(data));
console.log(zlib.gunzipSync(fs.readFileSync('two.gz')).equals(data));
console.log(zlib.inflateSync(fs.readFileSync('data.zz')).equals(data));
console.log(zlib.unzipSync(fs.readFileSync('data.zz')).equals(data));
console.log(zlib.inflateRawSync(fs.readFileSync('data.raw')).equals(data));
const chunks = [];
fs.createReadStream('two.gz', { highWaterMark: 100 }).pipe(zlib.createGunzip())
  .on('data', (c) => chunks.push(c)).on('end', () => console.log(Buffer.concat(chunks).equals(data)));
""")
    assert out == "true\n" * 7


def test_brotli_throws_a_clear_error(tmp_path: Path) -> None:
    out = _run(tmp_path, """
const zlib = require('zlib');
const calls = {
  brotliCompressSync: () => zlib.brotliCompressSync('x'),
  brotliDecompressSync: () => zlib.brotliDecompressSync(Buffer.alloc(1)),
  brotliCompress: () => zlib.brotliCompress('x', () => {}),
  brotliDecompress: () => zlib.brotliDecompress(Buffer.alloc(1), () => {}),
  createBrotliCompress: () => zlib.createBrotliCompress(),
  createBrotliDecompress: () => zlib.createBrotliDecompress(),
  BrotliCompress: () => new zlib.BrotliCompress(),
  BrotliDecompress: () => zlib.BrotliDecompress(),
};
for (const [name, f] of Object.entries(calls)) {
  try { f(); console.log(name, 'returned'); } catch (e) { console.log(name, e instanceof Error, e.code, e.message); }
}
require('util').promisify(zlib.brotliCompress)('x').catch((e) => console.log('promisified', e.code));
console.log(zlib.constants.BROTLI_MAX_QUALITY, zlib.constants.BROTLI_DECODE);
""")
    lines = out.splitlines()
    assert len(lines) == 10
    for line in lines[:8]:
        assert line.endswith(" true ERR_FEATURE_UNAVAILABLE_ON_PLATFORM Brotli is not available in pyjsvm: "
                             "Python's standard library has no Brotli codec"), line
    assert lines[8:] == ["11 8", "promisified ERR_FEATURE_UNAVAILABLE_ON_PLATFORM"]


def _bomb(tmp_path: Path, megabytes: int) -> None:
    (tmp_path / "bomb.bin").write_bytes(zlib.compress(bytes(megabytes << 20), 9))


def test_timeout_interrupts_a_huge_inflate(tmp_path: Path) -> None:
    """A 100 MB inflate takes far longer than 20 ms: the timeout stops it in the middle, not
    after it (Node's zlib runs to the end: the vm timeout cannot interrupt native code there)."""
    _bomb(tmp_path, 100)
    out = _run(tmp_path, """
const zlib = require('zlib');
const vm = require('vm');
const bomb = require('fs').readFileSync('bomb.bin');
const times = [];
for (const code of ['zlib.inflateSync(bomb).length', 'zlib.unzipSync(bomb).length']) {
  const t = Date.now();
  try {
    vm.runInNewContext(code, { zlib, bomb }, { timeout: 20 });
    console.log('finished');
  } catch (e) {
    console.log(e.code);
  }
  times.push(Date.now() - t);
}
const t = Date.now();
zlib.inflateSync(bomb);
const whole = Date.now() - t;
console.log(times.every((ms) => ms < whole / 2) || `${times} of ${whole}`);
""")
    assert out == "ERR_SCRIPT_EXECUTION_TIMEOUT\n" * 2 + "true\n"


def test_memory_limit_refuses_a_decompression_bomb(tmp_path: Path) -> None:
    _bomb(tmp_path, 200)
    out = _run(tmp_path, """
const zlib = require('zlib');
const bomb = require('fs').readFileSync('bomb.bin');
try { zlib.inflateSync(bomb); console.log('inflated'); } catch (e) { console.log(e.name, /^Memory limit of/.test(e.message)); }
zlib.gunzip(zlib.gzipSync('small'), (e, r) => console.log('still usable', r.toString()));
""", "--max-memory=64")
    assert out == "RangeError true\nstill usable small\n"
