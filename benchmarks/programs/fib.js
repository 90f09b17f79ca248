// fib: recursion. Plain recursive calls with small integer arguments:
// measures function call/return overhead, argument binding and comparison.
var N = 25;

function fib(n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

// Also a mutually recursive pair, to avoid a single self-call fast path.
function isEven(n) {
    return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
    return n === 0 ? false : isEven(n - 1);
}

var checksum = fib(N);
var parity = 0;
for (var i = 0; i < 40; i++) {
    if (isEven((i * 7) % 41)) {
        parity += i;
    }
}
checksum * 1000 + parity;
