"""Random JS programs for differential tests against node (test_generated_programs.py).

``program(seed)`` writes a deterministic, terminating script whose completion value is a
string recording every value it computed. It aims at what the emitting compiler specialises:
loop counters used as indices (``a[i]``, ``a[i - 1]``, ``s.charCodeAt(i)``), compound
assignments to members and elements, method calls on prototypes whose methods, prototypes or
own properties change while call sites are warm, getters, frozen and non-extensible objects,
typed arrays, and operands of every type but BigInt (-0, NaN, Infinity, strings, null, objects).
``**`` is left out: V8's pow is not correctly rounded (``2 ** 3.5`` is 11.31370849898476 in node,
11.313708498984761 here), and ``??`` would need parentheses beside ``&&``/``||``.

Every statement runs inside ``try``: a throw records the error's name (messages differ
between engines), so one TypeError does not hide the rest. Loops are bounded by their
counters' literals; the body never assigns a counter. The functions are called several times,
with other argument types on later calls, so guards that assumed Numbers fall back.
"""
from __future__ import annotations

import random

NUMBERS = ["0", "1", "2", "3", "7", "(-1)", "(-0)", "0.5", "(-2.5)", "1e21", "2147483647", "(-2147483648)",
           "4294967295", "9007199254740993", "NaN", "Infinity", "(-Infinity)", "(1/3)"]
OTHERS = ["'7'", "''", "'ab'", "'x1'", "null", "undefined", "true", "false", "[2]", "[]", "{}",
          "({valueOf() { return 5 }})", "({toString() { return '9' }})"]
BINARY = ["+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>", ">>>", "==", "!=", "===", "!==",
          "<", "<=", ">", ">=", "&&", "||"]
COMPOUND = ["+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=", ">>>=", "&&=", "||=", "??="]
KEYS = ["x", "y", "m", "n", "k"]

PRELUDE = r"""
var out = [];
function show(v) {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'function') return 'fn';
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  if (ArrayBuffer.isView(v)) return v.constructor.name + '[' + Array.prototype.map.call(v, show).join(',') + ']';
  if (typeof v === 'object') {
    var ks = Object.keys(v);
    return '{' + ks.map(function (k) { var d = Object.getOwnPropertyDescriptor(v, k); return k + ':' + ('value' in d ? show(d.value) : 'acc'); }).join(',') + '}';
  }
  return typeof v + ':' + String(v);
}
function rec(tag, v) { out.push(tag + '=' + show(v)); }
function P(a) { this.x = a; this.y = 1; }
P.prototype.m = function (a) { return (this.x | 0) + a; };
P.prototype.n = function () { return this.y; };
function Q(a) { P.call(this, a); this.k = 'q'; }
Q.prototype = Object.create(P.prototype);
Q.prototype.n = function () { return 'Qn' + this.y; };
class C { constructor(a) { this.x = a; this.k = 0; } m(a) { return this.x * 2 + a; } get g() { return this.k + 1; } set g(v) { this.k = v; } }
class D extends C { m(a) { return super.m(a) - 1; } }
function alt1(a) { return 'alt' + a; }
function alt2(a) { return a * 3; }
"""


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.tag = 0
        self.counters: list[str] = []
        self.depth = 0

    def pick(self, xs: list[str]) -> str:
        return self.r.choice(xs)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # --- expressions ---------------------------------------------------------------------

    def literal(self) -> str:
        return self.pick(NUMBERS) if self.chance(0.7) else self.pick(OTHERS)

    def index(self) -> str:
        if self.counters and self.chance(0.8):
            i = self.pick(self.counters)
            return self.pick([i, i, f"{i} - 1", f"{i} + 1", f"{i} + 2", f"1 + {i}", f"{i} - 3"])
        return self.pick(["0", "1", "2", "-1", "5", "1.5", "'1'", "v"])

    def operand(self) -> str:
        if self.depth > 2:
            return self.pick(["v", "w", "s", self.literal()] + self.counters)
        self.depth += 1
        try:
            k = self.r.randrange(16)
            if k == 0:
                return self.literal()
            if k == 1:
                return self.pick(["v", "w"] + self.counters)
            if k == 2:
                return f"({self.operand()} {self.pick(BINARY)} {self.operand()})"
            if k == 3:
                return f"{self.pick(['o', 'p', 'q', 'c', 'd', 'fz', 'ta'])}.{self.pick(KEYS + ['g', 'length'])}"
            if k == 4:
                return f"a[{self.index()}]"
            if k == 5:
                return f"ta[{self.index()}]"
            if k == 6:
                return f"s.{self.pick(['charCodeAt', 'charAt', 'slice', 'indexOf'])}({self.index()})"
            if k == 7:
                return f"{self.pick(['p', 'q', 'c', 'd', 'o'])}.{self.pick(['m', 'n'])}({self.operand()})"
            if k == 8:
                return f"({self.pick(['-', '+', '~', '!', 'typeof '])}{self.operand()})"
            if k == 9:
                return f"({self.operand()} ? {self.operand()} : {self.operand()})"
            if k == 10:
                return f"o[{self.pick(['kk', repr(self.pick(KEYS)), 'v', 'i0'])}]"
            if k == 11:
                return f"{self.pick(['v', 'w'])}{self.pick(['++', '--'])}"
            if k == 12:
                return f"{self.pick(['p', 'c', 'o'])}.{self.pick(KEYS)}{self.pick(['++', '--'])}"
            if k == 13:
                return f"(v = {self.operand()})"
            if k == 14:
                return f"String({self.operand()}).length"
            return f"Math.{self.pick(['floor', 'abs', 'max', 'min', 'round'])}({self.operand()}, {self.operand()})"
        finally:
            self.depth -= 1

    # --- statements ----------------------------------------------------------------------

    def record(self, e: str) -> str:
        self.tag += 1
        return f"rec('{self.tag}', {e});"

    def guarded(self, body: str) -> str:
        self.tag += 1
        return f"try {{ {body} }} catch (e) {{ rec('{self.tag}!', e && e.name); }}"

    def target(self) -> str:
        k = self.r.randrange(6)
        if k == 0:
            return f"{self.pick(['o', 'p', 'q', 'c', 'fz', 'ne'])}.{self.pick(KEYS)}"
        if k == 1:
            return f"a[{self.index()}]"
        if k == 2:
            return f"ta[{self.index()}]"
        if k == 3:
            return f"o[{self.pick(['kk', repr(self.pick(KEYS))])}]"
        if k == 4:
            return "c.g"
        return self.pick(["v", "w"])

    def statement(self) -> str:
        if self.chance(0.35):
            return self.control()
        k = self.r.randrange(20)
        if k < 5:
            t = self.target()
            op = self.pick(COMPOUND + ["="])
            # (half the time a literal or a local: what the one-test member updates take)
            r = self.pick(["1", "2", "0.5", "3", "v", "w"] + self.counters) if self.chance(0.5) else self.operand()
            return self.guarded(self.record(f"{t} {op} {r}"))
        if k < 8:
            return self.guarded(self.record(self.operand()))
        if k == 8 and len(self.counters) < 2:
            return self.loop()
        if k == 9:
            return self.guarded(self.pick([
                "P.prototype.m = alt1;", "P.prototype.m = alt2;", "delete P.prototype.m;",
                "p.m = alt2;", "delete p.m;", "Object.setPrototypeOf(p, C.prototype);",
                "Object.setPrototypeOf(p, P.prototype);", "Object.defineProperty(P.prototype, 'n', {get() { return alt1; }, configurable: true});",
                "C.prototype.m = function (a) { return a - 1; };", "o.x = 'str';", "o.x = 1.5;",
                "a.length = 2;", "a.push(v);", "a[5] = 1;", "a.pop();", "Object.freeze(a);",
                "o = {x: 1, y: 2};", "o = new P(3);", "o = new D(2);", "o = [1, 2, 3];", "s = 'xyz' + v;",
                "Object.defineProperty(o, 'y', {value: 4, writable: false});", "kk = 'y';", "kk = 'm';",
                "Object.preventExtensions(o);", "v = {};", "w = 'w';", "v = 0;", "w = -0;",
                "ta = new Int8Array(4);", "ta = new Float64Array([1.5, -0, NaN]);", "ta = new Uint8ClampedArray(3);",
            ]))
        if k == 10:
            return self.guarded(self.record(f"{self.pick(['p', 'q', 'c', 'd', 'o'])}.{self.pick(['m', 'n'])}({self.operand()})"))
        if k == 11:
            return f"if ({self.operand()}) {{ {self.statement()} }} else {{ {self.statement()} }}"
        if k == 12:
            return self.guarded(self.record(f"s.charCodeAt({self.index()}) + s.charAt({self.index()})"))
        return self.guarded(self.record(f"{self.target()} {self.pick(['++', '--'])}" if self.chance(0.5)
                                        else f"{self.pick(['++', '--'])}{self.target()}"))

    def block(self) -> str:
        return " ".join(self.statement() for _ in range(self.r.randrange(1, 3)))

    def control(self) -> str:
        """Control flow, closures, generators, destructuring, dynamic scope."""
        k = self.r.randrange(22)
        e = self.operand
        if k == 0 and self.counters:
            i = self.pick(self.counters)
            return f"if ({i} % 3 === {self.pick(['0', '1', '2'])}) {self.pick(['continue', 'break'])};"
        if k == 1 and self.depth < 2 and len(self.counters) < 2:
            lab = f"L{self.tag}"
            self.tag += 1
            i = f"i{len(self.counters)}"
            self.counters.append(i)
            inner = self.block()
            self.counters.pop()
            return (f"{lab}: for (let {i} = 0; {i} < 4; {i}++) {{ for (let j = 0; j < 3; j++) {{ {inner} "
                    f"if (j === {i}) continue {lab}; if ({i} + j > {self.pick(['3', '4', '5'])}) break {lab}; }} }}")
        if k == 2:
            return self.guarded(f"switch ({e()}) {{ case 1: {self.record(e())} case '7': {self.record(e())} break; "
                                f"case {e()}: {self.record(e())} default: {self.record(e())} case NaN: {self.record(e())} }}")
        if k == 3:
            i = f"i{len(self.counters)}"
            return self.guarded(f"var fs = []; for (let {i} = 0; {i} < 3; {i}++) {{ fs.push(() => {i} + {e()}); }} "
                                f"{self.record('fs.map(function (g) { return g(); })')}")
        if k == 4:
            return self.guarded(f"try {{ {self.record(e())} if ({e()}) throw {e()}; }} catch (x) {{ {self.record('x')} }} "
                                f"finally {{ {self.record(e())} }}")
        if k == 5:
            return self.guarded(f"var gen = function* (a) {{ var t = (yield a) + (yield {e()}); yield t + {e()}; return t; }}; "
                                f"var it = gen({e()}); {self.record('[it.next(), it.next(1), it.next(2), it.next(3)].map(function (r) { return [r.value, r.done]; })')}")
        if k == 6:
            return self.guarded(f"var [d1, , d2 = {e()}, ...d3] = a; var {{x: d4, y: d5 = {e()}, ...d6}} = o; "
                                f"{self.record('[d1, d2, d3, d4, d5, d6]')}")
        if k == 7:
            return self.guarded(f"for (var key in o) {{ {self.record('key')} if ({e()}) delete o.y; o.z{self.tag} = 1; }}")
        if k == 8:
            return self.guarded(f"for (var el of a) {{ {self.record('el')} if (el === 4) a.push({e()}); if (a.length > 12) break; }}")
        if k == 9:
            return self.guarded(self.record(f"`t${{{e()}}}-${{{e()}}}`"))
        if k == 10:
            return self.guarded(self.record(f"[o?.{self.pick(KEYS)}, o?.q?.r, v ?? {e()}, (w || {e()}) && {e()}]"))
        if k == 11:
            return self.guarded(self.record(f"(function (a1, a2 = {e()}, ...rest) {{ arguments[0] = {e()}; "
                                            f"return [a1, a2, rest.length, arguments.length, typeof arguments]; }})({e()}, undefined, {e()}, {e()})"))
        if k == 12:
            return self.guarded(self.record(f"Math.max(...a, {e()}) + [...s].length"))
        if k == 13:
            return self.guarded(f"var acc = ''; for (var j = 0; j < 5; j++) acc += j + {e()}; {self.record('acc')}")
        if k == 14:
            return self.guarded(self.record(f"[{e()} instanceof P, 'x' in o, typeof undeclaredThing, typeof {e()}, ({e()}, {e()})]"))
        if k == 15:
            return self.guarded(f"var ob = {{ get gg() {{ return {e()}; }}, set gg(z) {{ this.h = z; }}, h: 0 }}; "
                                f"ob.gg = {e()}; ob.gg += 1; {self.record('[ob.gg, ob.h]')}")
        if k == 16:
            return self.guarded(f"class K{self.tag} extends C {{ static s = {e()}; f = {e()}; #p = 1; m(a) {{ return this.#p + super.m(a); }} }} "
                                f"var kk2 = new K{self.tag}({e()}); {self.record(f'[kk2.f, kk2.m(1), K{self.tag}.s, kk2.g]')}")
        if k == 17:
            return self.guarded(f"eval('v = ' + JSON.stringify(String({e()})) + '.length; var ev{self.tag} = 3'); {self.record('v')}")
        if k == 18:
            return self.guarded(f"with ({{x: {e()}, v: 1}}) {{ {self.record('x + v')} v = {e()}; }} {self.record('v')}")
        if k == 19:
            return self.guarded(f"var cnt = 0; do {{ cnt++; {self.record(e())} }} while (cnt < 3 && {e()});")
        if k == 20:
            return self.guarded(f"var lbl = 0; blk: {{ lbl = 1; if ({e()}) break blk; lbl = 2; }} {self.record('lbl')}")
        return self.guarded(self.record(f"[{e()}].concat([{e()}], {e()}).reverse().join('|')"))

    def loop(self) -> str:
        i = f"i{len(self.counters)}"
        start, test, step = self.pick([
            ("0", f"{i} < 6", f"{i}++"), ("1", f"{i} <= 5", f"{i} += 2"), ("5", f"{i} >= 0", f"{i}--"),
            ("4", f"{i} > -2", f"{i} -= 1"), ("0.5", f"{i} < 4", f"{i}++"), ("-0", f"{i} < 3", f"{i} += 1"),
            ("n", f"{i} < n + 4", f"{i}++"), ("a.length - 1", f"{i} >= 0", f"{i}--"), ("0", f"{i} < a.length && {i} < 9", f"{i}++"),
        ])
        decl = self.pick(["var", "let"])
        self.counters.append(i)
        body = " ".join(self.statement() for _ in range(self.r.randrange(1, 5)))
        self.counters.pop()
        return f"for ({decl} {i} = {start}; {test}; {step}) {{ {body} }}"

    def function(self, name: str) -> str:
        body = " ".join(self.statement() if self.chance(0.7) else self.loop() for _ in range(self.r.randrange(6, 14)))
        return (f"function {name}(n, v, w, s) {{ var a = [1, 2.5, 'x', , 4, -0, null]; var ta = new Int32Array([3, -1, 7, 2]);"
                f" var o = {{x: 1, y: 'y', m: alt1}}; var p = new P(2), q = new Q(3), c = new C(4), d = new D(5);"
                f" var fz = Object.freeze({{x: 1, y: 2}}); var ne = Object.preventExtensions({{x: 1}}); var kk = 'x';"
                f" {body} rec('end', [v, w, s, a, ta, o, p.x, c.x, c.k]); }}")


def program(seed: int) -> str:
    """A random program (see the module docstring); its completion value is its record."""
    g = _Gen(seed)
    fns = [g.function(f"f{j}") for j in range(2)]
    calls = []
    for j in range(2):
        for args in ("0, 1, 2, 'abc'", "1, 2.5, -0, 'hello'", "2, 'v', null, ''", "3, 7, 8, 'zz'"):
            calls.append(f"try {{ f{j}({args}); }} catch (e) {{ rec('call!', e && e.name); }}")
    return PRELUDE + "\n".join(fns) + "\n" + "\n".join(calls) + "\nout.join('\\n');\n"
