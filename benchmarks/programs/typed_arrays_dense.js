// typed_arrays_dense: the typed_arrays program on plain dense arrays (for the ratio between
// typed-array and dense-array element access on the same loops).
var N = 20000;

function sieve(n) {
    var composite = new Array(n + 1).fill(0);
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
    var a = new Array(n).fill(0);
    for (var i = 0; i < n; i++) a[i] = i * 7 + 3;
    for (var r = 0; r < 4; r++) {
        for (var k = 0; k < a.length; k++) a[k] = a[k] * 2 | 0;
    }
    var bytes = []; for (var z = 0; z < a.length; z++) { var w = a[z]; bytes.push(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, (w >>> 24) & 255); }
    var sum = 0;
    for (var m = 0; m < bytes.length; m++) sum = (sum + bytes[m] * (m % 13 + 1)) % 1000000007;
    return sum;
}

function matmul(n) {
    var a = new Array(n * n).fill(0), b = new Array(n * n).fill(0), c = new Array(n * n).fill(0);
    for (var i = 0; i < n * n; i++) { a[i] = (i % 17) / 4; b[i] = (i % 13) / 8; }
    for (var r = 0; r < n; r++) {
        for (var col = 0; col < n; col++) {
            var s = 0;
            for (var k = 0; k < n; k++) s += a[r * n + k] * b[k * n + col];
            c[r * n + col] = s;
        }
    }

    var t = 0;
    for (var q = 0; q < n * n; q += 7) t += c[q];
    return Math.floor(t);
}

sieve(N * 5) + doubling(N) + matmul(Math.floor(Math.sqrt(N) / 4));
