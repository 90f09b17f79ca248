// accessors and type checks: what compiled TypeScript/Babel classes and utility libraries do
// at every step: class getters and setters read and written through instances (on the class
// and on a base class), `typeof x === '...'` checks, `Object.prototype.toString.call(x)` type
// tags of primitives and objects, named properties put on arrays (a match array's `index`, a
// library's tag), `Math` read from the global in a loop.
var N = 12000;

class Base {
    constructor(w) {
        this._w = w;
    }
    get weight() {
        return this._w;
    }
    set weight(v) {
        this._w = v;
    }
}

class Item extends Base {
    constructor(id, w) {
        super(w);
        this._id = id;
    }
    get id() {
        return this._id;
    }
    set id(v) {
        this._id = v | 0;
    }
}

var objectToString = Object.prototype.toString;

function kind(v) {
    if (typeof v === 'string') return 1;
    if (typeof v === 'number') return 2;
    if (typeof v === 'boolean') return 3;
    if (typeof v === 'function') return 4;
    if (typeof v === 'undefined') return 5;
    return typeof v === 'object' ? 6 : 7;
}

function tag(v) {
    var t = objectToString.call(v);
    return t === '[object String]' ? 1 : t === '[object Number]' ? 2 : t === '[object Array]' ? 3 : t.length;
}

function run(n) {
    var items = [], h = 0, values = ['a', 1, true, kind, undefined, null, [1], {}];
    for (var i = 0; i < 16; i++) items.push(new Item(i, i * 3));
    for (var i = 0; i < n; i++) {
        var it = items[i & 15];
        it.id = it.id + 1;
        it.weight = it.weight + (i & 7);
        var v = values[i & 7];
        h = (h * 31 + kind(v) + tag(v) + Math.abs(it.id - it.weight)) | 0;
        var arr = [i, i + 1];
        arr.index = i;
        arr.input = 'x';
        arr.tagged = true;
        h = (h + arr.index + arr.length) | 0;
    }
    return h;
}

run(N);
