// ClassDefinitionEvaluation: the heritage, then each computed key (with its ToPropertyKey) in
// order between the element definitions, static elements after, the inner binding last; a
// throw mid-way; heritage checks; names; super, this, arguments and private names in keys;
// yield inside heritage and keys (the corpus is also run inside generator and async bodies,
// its numeric literals then suspending: test_suspend_matrix.py).
var log = [];
function k(x) { log.push(String(x)); return x; }
function key(name) { return { toString: function () { log.push("toKey " + name); return name; } }; }

class Base { constructor() { this.fromBase = 1; } }
class A extends (k("heritage"), Base) {
    [k("m1")]() { return 10; }
    static [key("s1")]() { return 20; }
    get [k("g" + 1)]() { return 30; }
    set [k("g" + 1)](v) { log.push("set " + v); }
    [key("f1")] = k("f1 init");
    static [k("sf")] = k("sf init " + typeof A);
    static { k("block " + A.name); }
    #p() { return 40; }
    static [k(2)] = 50;
    p() { return this.#p(); }
}
var a = new A();
var order1 = log.join("|");
log = [];
var shape = [Object.getOwnPropertyNames(A.prototype).join("/"), Object.getOwnPropertyNames(A).join("/"),
             Object.keys(a).join("/"), a.m1(), A.s1(), a.g1, a.p(), A[2], a.fromBase].join(" ");
a.g1 = 5;

// a throw from the second computed key: the third is never evaluated, the inner binding stays
// in its TDZ (a closure made by the first key sees it so) and the declaration never binds
var getQ;
var thrown;
try {
    class Q {
        [(getQ = function () { return Q; }, k("q1"))]() {}
        [(function () { throw new Error("boom " + 1); })()]() {}
        [k("q3")]() {}
    }
} catch (e) { thrown = e.message; }
var afterThrow;
try { getQ(); afterThrow = "bound"; } catch (e) { afterThrow = e.constructor.name; }

// a ToPropertyKey that throws, between two keys
var badKey = { toString: function () { throw new TypeError("no key " + 3); } };
try { class R { [k("r1")]() {} [badKey]() {} [k("r3")]() {} } } catch (e) { thrown += " / " + e.message; }

// the heritage: not a constructor, a prototype that is not an object, null, read through a proxy
var heritageErrors = [];
[5, function () {}.bind(), (function () { var f = function () {}; f.prototype = 3; return f; })(), Symbol()].forEach(function (h) {
    try { class S extends h {} heritageErrors.push("ok"); } catch (e) { heritageErrors.push(e.constructor.name); }
});
// (V8 reads the heritage's "prototype" after the computed keys, against step 8: not here, see
// test_class_definitions.py)
class N extends null { static [k("n" + 1)]() { return Object.getPrototypeOf(N.prototype); } }
var nullExt = [N.n1(), Object.getPrototypeOf(N) === Function.prototype];
try { new N(); } catch (e) { nullExt.push(e.constructor.name); }
try { class T { [T]() {} } } catch (e) { heritageErrors.push("key " + e.constructor.name); }
try { class T2 extends T2 {} } catch (e) { heritageErrors.push("heritage " + e.constructor.name); }
try { class T3 { [typeof T3]() {} } } catch (e) { heritageErrors.push("typeof " + e.constructor.name); }
try { (class T4 { static [(T4 = 1)]() {} }); } catch (e) { heritageErrors.push("assign " + e.constructor.name); }

// names: NamedEvaluation, a computed key's value, `static name()` and a static name field
var Anon = class { static [k("who")]() { return this.name; } };
var o = { [k("lit" + 1)]: class {}, plain: class { static name() { return "own"; } } };
var NamedField = class { static name = "field" + 1; };
var names = [Anon.who(), o.lit1.name, typeof o.plain.name, o.plain.name(), NamedField.name,
             (class { [k("a" + 1)]() {} }).prototype.a1.name, Object.getOwnPropertyDescriptor(A.prototype, "g1").get.name];
// the name is the class's from its definition on: its static elements see it
var seen = { [k("seen" + 1)]: class { static n = this.name; static { this.b = this.name; } } };
class Fields { static f = class { static n = this.name; }; static #p = class { static n = this.name; };
               static p() { return Fields.#p.n; } i = class { static n = this.name; }; }
names.push(seen.seen1.n, seen.seen1.b, Fields.f.n, Fields.p(), new Fields().i.n);
class CFields { static [k("c" + 1)] = class { static n = this.name; };
                [k("c" + 2)] = class extends (k("ch"), Object) { static [this.name]() {} static n = this.name; }; }
names.push(CFields.c1.n, CFields.c1.name, new CFields().c2.n, typeof new CFields().c2.c2);

// private names, super, this and arguments in computed keys
class Priv { #x = 1; static [#x in {} ? "yes" : "no"]() { return 1; } static check(v) { return #x in v; } }
var sup = { __proto__: { tag: function () { return "T" + this.t; } }, t: 1,
            make: function () { return 0; },
            make2() { return class { [super.tag()]() { return this.constructor.name; } static [this.t + 1] = 2; }; } };
var made = sup.make2();
function withArgs() { return class { [arguments[0]]() { return arguments.length; } }; }
var WA = withArgs("fromArgs", 9);
var inKeys = [Priv.no(), Priv.check(new Priv()), Priv.check({}), new made().T1(), made[2], new WA().fromArgs(1, 2)];

// the heritage sees the class's inner binding but the outer Private Names; keys see the class's
var late;
class PrivOuter { #x = 1; static test() {
    class Inner extends (late = function () { return Inner.name; }, function () { PrivOuter.f = function (o) { return #x in o; }; return Object; })() { #x = 2; }
    var g; class Inner2 extends (g = (o) => #x in o, Object) { #x = 3; static [(o => #x in o)(this) ? "a" : "b"]() {} }
    return [PrivOuter.f(new PrivOuter()), PrivOuter.f(new Inner()), g(new PrivOuter()), g(new Inner2()), late(), typeof Inner2.b].join(); } }
var heritagePrivates = "unreached";
try { heritagePrivates = PrivOuter.test(); } catch (e) { heritagePrivates = e.constructor.name; }
inKeys.push(heritagePrivates);

// nested classes in keys and heritage
class Outer extends class Mid extends Base { [k("mid")]() { return "mid"; } } {
    [class { static toString() { return "nested"; } }]() { return "n"; }
}
var nested = [new Outer().nested(), new Outer().mid(), Object.getPrototypeOf(Outer).name];

// yield in the heritage and in computed keys: a generator drives the evaluation
function* gen() {
    var C = class extends (yield "heritage") {
        [yield "k1"]() { return 1; }
        static [k(yield "k2")] = "two value";
        [k("between")]() {}
        get [yield "k3"]() { return 3; }
    };
    return C;
}
var it = gen();
var steps = [it.next().value];
steps.push(it.next(Base).value);
steps.push(it.next("one").value);
steps.push(it.next("two").value);
var G = it.next("three").value;
var genResult = [steps.join(","), new G().one(), G.two, new G().three, new G().fromBase, G.name];
// return() and throw() while a key is suspended: the class is never made
var done = [];
function* gen2() { try { class Z { [k("z1")]() {} [yield 1]() {} [k("z3")]() {} } done.push("made"); } finally { done.push("finally"); } }
var it2 = gen2(); it2.next(); it2.return(7);
var it3 = gen2(); it3.next();
try { it3.throw(new Error("thrown in")); } catch (e) { done.push(e.message); }

[order1, shape, thrown, afterThrow, heritageErrors.join(","), nullExt.join(","), names.join(","),
 inKeys.join(","), nested.join(","), genResult.join(";"), done.join(","), log.join("|")].join("\n")
