// typed_arrays_es5: the typed-array loops of typed_arrays.js that js2py can run (no DataView, no
// second view over one buffer, no element stores that must wrap): a sieve over a Uint8Array, an
// Int32Array prefix-sum pass with `| 0`, and a Float64Array matrix multiply.
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

function prefix(n) {
    var a = new Int32Array(n);
    for (var i = 0; i < n; i++) a[i] = (i * 7 + 3) % 1000;
    for (var r = 0; r < 4; r++) {
        for (var k = 1; k < a.length; k++) a[k] = (a[k - 1] + a[k]) % 1000003 | 0;
    }
    var sum = 0;
    for (var m = 0; m < a.length; m++) sum = (sum + a[m] * (m % 13 + 1)) % 1000000007;
    return sum;
}

function matmul(size) {
    var a = new Float64Array(size * size), b = new Float64Array(size * size), c = new Float64Array(size * size);
    for (var i = 0; i < size * size; i++) { a[i] = (i % 7) * 0.5; b[i] = (i % 5) - 1.25; }
    for (var r = 0; r < size; r++) {
        for (var k = 0; k < size; k++) {
            var x = a[r * size + k];
            for (var col = 0; col < size; col++) c[r * size + col] += x * b[k * size + col];
        }
    }
    var t = 0;
    for (var q = 0; q < c.length; q++) t += c[q] * ((q % 3) + 1);
    return Math.round(t);
}

sieve(N * 5) + ':' + prefix(N) + ':' + matmul(28)
