// generators (ES2015): generator functions, for-of over generators,
// yield* delegation, spread of iterables and destructuring: measures
// generator suspension/resumption and the iteration protocol. Engines
// without ES2015 syntax skip it.
var N = 60000;

function* range(n) {
    for (let i = 0; i < n; i++) {
        yield i;
    }
}

function* mapGen(it, f) {
    for (const x of it) {
        yield f(x);
    }
}

function* takeWhileSmall(it, limit) {
    for (const x of it) {
        if (x >= limit) {
            return;
        }
        yield x;
    }
}

function* fibs() {
    let [a, b] = [0, 1];
    while (true) {
        yield a;
        [a, b] = [b, a + b];
    }
}

function* concat(a, b) {
    yield* a;
    yield* b;
}

function run(n) {
    let total = 0;
    for (const v of mapGen(range(n), (x) => x * 3)) {
        total += v % 11;
    }
    for (const f of takeWhileSmall(fibs(), 1e9)) {
        total += f % 1000;
    }
    const arr = [...concat(range(n / 10), range(n / 20))];
    total += arr.length + arr[arr.length - 1];
    const it = range(5);
    const [first, , third, ...rest] = it;
    total += first + third + rest.length;
    const gen = range(n / 2);
    let r = gen.next();
    while (!r.done) {
        total += r.value & 1;
        r = gen.next();
    }
    return total;
}

run(N);
