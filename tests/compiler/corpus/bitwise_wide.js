// Bitwise operators on Numbers inside and outside the int32 range (the emitted slow case); a string hash.
var vals = [0, -0, 1, -1, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 4294967297,
            1e10, -1e10, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e20, -1e20, 1.5, -1.5, 3.999, -3.999, NaN, Infinity, -Infinity,
            1e300, 5e-324, 123456789012, -987654321098];
var out = [];
for (var i = 0; i < vals.length; i++) for (var j = 0; j < vals.length; j++) {
    var a = vals[i], b = vals[j];
    out.push(a | b, a & b, a ^ b, a << (b % 40), a >> (b % 40), a >>> (b % 40), a | 0, ~a);
}
var h = 0, s = "The quick brown fox jumps over the lazy dog";
for (var k = 0; k < 2000; k++) h = (h * 31 + s.charCodeAt(k % s.length)) | 0;
out.push(h, (h * 65599) ^ 12345, (h * 1e6) & 0xffff);
JSON.stringify(out).length + ":" + out.reduce(function (x, y) { return (x * 7 + y) % 1000000007; }, 0);
