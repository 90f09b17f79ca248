// methods: method calls. Constructor functions with prototype methods,
// prototype-chain inheritance and polymorphic calls via `this`:
// measures `new`, method lookup along the prototype chain and calls.
var N = 40000;

function Vec(x, y) {
    this.x = x;
    this.y = y;
}
Vec.prototype.add = function (o) {
    return new Vec(this.x + o.x, this.y + o.y);
};
Vec.prototype.scale = function (k) {
    return new Vec(this.x * k, this.y * k);
};
Vec.prototype.dot = function (o) {
    return this.x * o.x + this.y * o.y;
};

function Shape(name) {
    this.name = name;
}
Shape.prototype.area = function () {
    return 0;
};
Shape.prototype.describe = function () {
    return this.name.length + this.area();
};

function Rect(w, h) {
    Shape.call(this, "rect");
    this.w = w;
    this.h = h;
}
Rect.prototype = Object.create(Shape.prototype);
Rect.prototype.constructor = Rect;
Rect.prototype.area = function () {
    return this.w * this.h;
};

function Square(s) {
    Rect.call(this, s, s);
    this.name = "square";
}
Square.prototype = Object.create(Rect.prototype);
Square.prototype.constructor = Square;

function Tri(b, h) {
    Shape.call(this, "tri");
    this.b = b;
    this.h = h;
}
Tri.prototype = Object.create(Shape.prototype);
Tri.prototype.constructor = Tri;
Tri.prototype.area = function () {
    return (this.b * this.h) >> 1;
};

function Counter() {
    this.n = 0;
}
Counter.prototype.inc = function () {
    this.n++;
    return this;
};

function run(n) {
    var v = new Vec(0, 0);
    var d = new Vec(1, 2);
    var dots = 0;
    for (var i = 0; i < n; i++) {
        v = v.add(d).scale(1);
        dots += v.dot(d) % 97;
    }
    var shapes = [];
    for (var j = 0; j < 30; j++) {
        shapes.push(j % 3 === 0 ? new Rect(j, 2) : j % 3 === 1 ? new Square(j % 5) : new Tri(j, 4));
    }
    var areas = 0;
    for (var r = 0; r < n / 30; r++) {
        for (var s = 0; s < shapes.length; s++) {
            areas += shapes[s].describe();
        }
    }
    var c = new Counter();
    for (var q = 0; q < n; q++) {
        c.inc().inc();
    }
    var kinds = (shapes[1] instanceof Rect ? 1 : 0) + (shapes[2] instanceof Rect ? 2 : 0);
    return v.x + v.y + dots + areas + c.n + kinds;
}

run(N);
