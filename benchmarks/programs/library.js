// library: the idioms of ES5 library code (utility belts, template engines, validators):
// variadic functions reading arguments.length and arguments[i], a regular expression
// literal inside a function that runs per item, RegExp#test, instanceof type checks,
// getters on a prototype, hasOwnProperty in for-in, string slicing and searching,
// Math.floor/max/min, JSON.stringify of small records, push/pop and indexOf on arrays.
var N = 3000;

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var src = arguments[i];
        for (var key in src) {
            if (src.hasOwnProperty(key)) {
                target[key] = src[key];
            }
        }
    }
    return target;
}

function sum() {
    var total = 0;
    for (var i = 0; i < arguments.length; i++) {
        total += arguments[i];
    }
    return total;
}

function Shape(w, h) {
    this.w = w;
    this.h = h;
}
Object.defineProperty(Shape.prototype, "area", {
    get: function () { return this.w * this.h; }
});
function Square(s) {
    Shape.call(this, s, s);
}
Square.prototype = Object.create(Shape.prototype);
Square.prototype.constructor = Square;

function describe(x) {
    if (x instanceof Square) return "square";
    if (x instanceof Shape) return "shape";
    if (x instanceof Array) return "array";
    return typeof x;
}

function slug(title) {
    return title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

function isEmail(s) {
    return /^[a-z0-9._]+@[a-z0-9]+\.[a-z]{2,}$/.test(s);
}

function field(line, name) {
    var at = line.indexOf(name + "=");
    if (at < 0) return "";
    var end = line.indexOf(";", at);
    return line.substring(at + name.length + 1, end < 0 ? line.length : end);
}

var hash = 0;
var stack = [];
var seen = [];
for (var i = 0; i < N; i++) {
    var opts = extend({}, {id: i, kind: i % 3}, {name: "item" + i}, i % 2 ? {extra: true} : {});
    hash = (hash * 31 + sum(opts.id, opts.kind, i % 7, 1)) | 0;
    var shape = i % 4 === 0 ? new Square(i % 9) : new Shape(i % 5, i % 11);
    hash = (hash + shape.area + describe(shape).length + describe(stack).length) | 0;
    var line = "id=" + i + ";name=Item " + i + " of " + N + ";mail=user" + (i % 50) + "@example.org";
    var mail = field(line, "mail");
    hash = (hash + (isEmail(mail) ? 1 : 0) + slug(field(line, "name")).length) | 0;
    hash = (hash + Math.floor(i / 7) + Math.max(i % 13, 5) - Math.min(i % 3, 1)) | 0;
    hash = (hash + line.slice(-4).charCodeAt(1) + line.charAt(i % line.length).length) | 0;
    stack.push(i);
    if (stack.length > 20) {
        hash = (hash + stack.pop() + stack.indexOf(i - 3)) | 0;
        stack.length = 0;
    }
    if (i % 10 === 0) {
        var text = JSON.stringify({id: opts.id, name: opts.name, kind: opts.kind, tags: ["a", "b"]});
        hash = (hash * 7 + text.length) | 0;
        if (seen.indexOf(text.length) < 0) seen.push(text.length);
    }
}

hash + ":" + seen.length;
