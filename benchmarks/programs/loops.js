// loops: numeric loops. Nested for/while loops over local variables with
// arithmetic, modulo, bitwise operators and Math calls: measures the basic
// expression evaluator and variable access, with no calls or objects.
var N = 5000;

function run(n) {
    var sum = 0;
    var bits = 0;
    var acc = 0.0;
    for (var i = 0; i < n; i++) {
        for (var j = 0; j < 50; j++) {
            var k = i * 50 + j;
            sum = (sum + (k * k) % 1009) | 0;
            bits ^= (k << 3) ^ (k >>> 2);
            acc += k / 8;
        }
    }
    var w = n;
    var steps = 0;
    while (w > 1) {
        w = (w % 2 === 0) ? w / 2 : 3 * w + 1;
        steps++;
    }
    var m = 0;
    for (var x = 0; x < n; x++) {
        m += Math.floor(Math.sqrt(x)) + Math.max(x % 7, 3) - Math.abs(3 - x % 5);
    }
    return sum + bits + Math.floor(acc) + steps + m;
}

run(N);
