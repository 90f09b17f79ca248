// builtins: the everyday calls of library code on objects other than plain ones:
// Map and Set methods, a constructor's static methods and Object.keys, bind, for-of over
// arrays, for-in over small records, class instances with private fields, Number methods.
var N = 6000;

class Counter {
    #count = 0;
    #step;
    constructor(step) {
        this.#step = step;
    }
    bump() {
        this.#count += this.#step;
        return this.#count;
    }
    get value() {
        return this.#count;
    }
    static combine(a, b) {
        return a.value + b.value;
    }
}

function Point(x, y) {
    this.x = x;
    this.y = y;
}
Point.distance = function (a, b) {
    var dx = a.x - b.x, dy = a.y - b.y;
    return Math.floor(Math.sqrt(dx * dx + dy * dy));
};

var seen = new Map(), tags = new Set(), hash = 0;
var counters = [new Counter(1), new Counter(3)];
var row = [1, 2, 3, 4, 5, 6, 7, 8];

function add(a, b) {
    return a + b;
}

for (var i = 0; i < N; i++) {
    var key = "k" + (i % 97);
    var hits = seen.get(key) || 0;
    seen.set(key, hits + 1);
    if (!tags.has(i % 13)) tags.add(i % 13);
    var p = new Point(i % 17, i % 23), q = new Point(i % 5, i % 7);
    hash = (hash * 31 + Point.distance(p, q)) | 0;
    var record = {id: i, name: key, size: hits};
    for (var field in record) hash = (hash + field.length) | 0;
    hash = (hash + Object.keys(record).length) | 0;
    var sum = 0;
    for (var v of row) sum += v;
    var inc = add.bind(null, sum);
    hash = (hash * 7 + inc(i)) | 0;
    var c = counters[i & 1];
    c.bump();
    hash = (hash + (i % 11).toString().length + c.value) | 0;
}

hash + ":" + seen.size + ":" + tags.size + ":" + Counter.combine(counters[0], counters[1]);
