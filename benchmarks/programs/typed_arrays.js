// typed_arrays: binary data. A sieve over a Uint8Array, an in-place
// `a[i] = a[i] * 2 | 0` pass and a checksum over Int32Array/Uint8Array, and a matrix multiply on
// Float64Array: indexed element reads and writes of typed arrays from compiled code, plus
// DataView reads. (typed_arrays_dense.js is the same program on plain arrays.)
var N = 20000;

function sieve(n) {
    var composite = new Uint8Array(n + 1);
    var count = 0;
    for (var i = 2; i <= n; i++) {
        if (composite[i] === 0) {
            count++;
            for (var j = i * i; j <= n; j += i) composite[j] = 1;
        }
    }
    return count;
}

function doubling(n) {
    var a = new Int32Array(n);
    for (var i = 0; i < n; i++) a[i] = i * 7 + 3;
    for (var r = 0; r < 4; r++) {
        for (var k = 0; k < a.length; k++) a[k] = a[k] * 2 | 0;
    }
    var bytes = new Uint8Array(a.buffer);
    var sum = 0;
    for (var m = 0; m < bytes.length; m++) sum = (sum + bytes[m] * (m % 13 + 1)) % 1000000007;
    return sum;
}

function matmul(n) {
    var a = new Float64Array(n * n), b = new Float64Array(n * n), c = new Float64Array(n * n);
    for (var i = 0; i < n * n; i++) { a[i] = (i % 17) / 4; b[i] = (i % 13) / 8; }
    for (var r = 0; r < n; r++) {
        for (var col = 0; col < n; col++) {
            var s = 0;
            for (var k = 0; k < n; k++) s += a[r * n + k] * b[k * n + col];
            c[r * n + col] = s;
        }
    }
    var dv = new DataView(c.buffer);
    var t = 0;
    for (var q = 0; q < n * n; q += 7) t += dv.getFloat64(q * 8, true);
    return Math.floor(t);
}

sieve(N * 5) + doubling(N) + matmul(Math.floor(Math.sqrt(N) / 4));
