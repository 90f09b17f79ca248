// async (ES2017): async functions awaiting values and promises, promise chains and
// Promise.all: measures await suspension/resumption and the microtask queue. The checksum is
// computed by microtasks, so the runner reads it from a global after the jobs have run:
// checksum: asyncChecksum
var N = 6000;
var asyncChecksum = 0;

async function square(x) {
    await null;
    return x * x;
}

async function sumSquares(n) {
    var total = 0;
    for (var i = 0; i < n; i++) {
        total += await square(i % 100);
    }
    return total;
}

async function fanOut(n) {
    var ps = [];
    for (var i = 0; i < n; i++) {
        ps.push(Promise.resolve(i).then(function (v) { return v * 3; }));
    }
    var values = await Promise.all(ps);
    return values.reduce(function (a, b) { return a + b; }, 0);
}

(async function main() {
    var a = await sumSquares(N);
    var b = await fanOut(N);
    asyncChecksum = (a + b) % 1000003;
})();
