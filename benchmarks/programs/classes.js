// classes (ES2015): class declarations with constructors, methods, getters,
// static methods, `extends` and `super` calls: measures class construction
// and method dispatch through derived classes. Engines without ES2015
// syntax skip it.
var N = 40000;

class Point {
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
    get norm1() {
        return Math.abs(this.x) + Math.abs(this.y);
    }
    plus(o) {
        return new Point(this.x + o.x, this.y + o.y);
    }
    static origin() {
        return new Point(0, 0);
    }
}

class Animal {
    constructor(name, legs) {
        this.name = name;
        this.legs = legs;
    }
    speak() {
        return this.name.length;
    }
    weight() {
        return this.legs * 2;
    }
}

class Dog extends Animal {
    constructor(name) {
        super(name, 4);
        this.tricks = 0;
    }
    speak() {
        return super.speak() + 3;
    }
    learn() {
        this.tricks++;
        return this;
    }
}

class Bird extends Animal {
    constructor(name) {
        super(name, 2);
    }
    weight() {
        return super.weight() + 1;
    }
}

function run(n) {
    let p = Point.origin();
    const step = new Point(1, -2);
    let total = 0;
    for (let i = 0; i < n; i++) {
        p = p.plus(step);
        total += p.norm1 % 13;
    }
    const zoo = [];
    for (let j = 0; j < 20; j++) {
        zoo.push(j % 2 ? new Dog("dog" + j) : new Bird("b" + j));
    }
    for (let r = 0; r < n / 20; r++) {
        for (const a of zoo) {
            total += a.speak() + a.weight();
            if (a instanceof Dog) {
                a.learn();
            }
        }
    }
    return total + zoo[1].tricks + p.x - p.y;
}

run(N);
