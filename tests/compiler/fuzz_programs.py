"""Hypothesis strategies for the differential fuzz of the emitter's fast paths
(test_fuzz_node.py): small JS programs whose every case records what it computed, run in one
vm context in pyjsvm and in node and compared case by case.

A program is a list of cases. An *expression case* is an operator tree over three variables
(``x``, ``y``, ``z``) and constants of every type that matters (int32 bounds, 2**32, 2**53,
-0, NaN, the Infinities, numeric and other strings, booleans, null, undefined, BigInts, objects
with logging valueOf / toString, arrays, a Symbol), with every unary, binary, logical,
update and (compound) assignment operator, nested so that int32 operator trees form, placed in
one of the bodies the emitter treats differently (``PLACES``: uncaptured locals, int32 locals,
captured locals, loop bodies, global variables read from a function or from top-level code,
``with`` and sloppy ``eval`` scopes, object properties and array elements as the variables,
generator and async bodies with a ``yield`` / ``await`` in the middle of the expression). Its
function is called five times with small ints (so its body is emitted and its guards warm)
and then with the case's arguments, of other types.

A *member case* reads or writes ``R[K]`` for receivers of every kind (plain objects, dense and
holey arrays, typed arrays of each element type, strings, frozen objects, getters on the
prototype) and keys of every kind (0, -0, 1.5, '1', 2**32-1, -1, NaN, 1e21, a loop counter, a
constant key written in the source), warmed with in-range int keys, then with others.

Each call records ``show(value)`` or ``throws <error name>``; objects with valueOf / toString
log their calls to the case's log, shown at the end, so that an operand converted twice (or
not at all) by a fast path shows.
"""
from __future__ import annotations

import os
from typing import Any, Union

from hypothesis import strategies as st

# the operands of expression cases (JS source; mkV / mkS objects log to the case's log L)
VALUES = ["0", "(-0)", "1", "(-1)", "2", "3", "31", "32", "2147483647", "2147483648", "(-2147483648)",
          "(-2147483649)", "4294967295", "4294967296", "9007199254740992", "9007199254740994", "1.5", "(-2.5)",
          "0.1", "1e21", "NaN", "Infinity", "(-Infinity)", "''", "'1'", "'0x10'", "' 12 '", "'abc'",
          "'-0'", "true", "false", "null", "undefined", "1n", "(-5n)", "mkV(L)", "mkS(L)", "[]", "[2]",
          "({})", "SYM", "W", "W"]
# the values but those that make most operators throw (BigInts, the Symbol)
COMMON = [v for v in VALUES if v not in ("1n", "(-5n)", "SYM")]
# values of arguments (fresh objects per call)
ARGS = VALUES + ["mkV(L)", "mkS(L)", "mkN(L)"]
WARM = ["1, 2, 3", "4, 5, 6", "7, -3, 2", "0, 1, 30", "100, 7, 9"]

BINARY = ["+", "-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>", "==", "!=", "===", "!==",
          "<", "<=", ">", ">=", "&&", "||", "??", ","]
INT_BINARY = ["|", "&", "^", "<<", ">>", ">>>", "+", "-", "*"]
UNARY = ["-", "+", "~", "!", "typeof ", "void "]
COMPOUND = ["=", "+=", "-=", "*=", "/=", "%=", "**=", "|=", "&=", "^=", "<<=", ">>=", ">>>=", "&&=", "||=", "??="]
UPDATE = ["++x", "--x", "x++", "x--"]
VARS = ["x", "y", "z"]

INT_LITERALS = ["0", "1", "2", "3", "5", "16", "31", "32", "33", "255", "0xffff", "0x7fffffff", "0x80000000", "(-0x80000000)",
                "0xffffffff", "0x100000000", "(-1)", "(-0)", "1.5", "0x1fffffffffffff"]
# ('var', name) | ('lit', text) | ('un', op, e) | ('bin', op, l, r) | ('cond', c, t, f)
# | ('asg', op, name, e) | ('upd', form, name)
Expr = Union[tuple[str, str], tuple[Any, ...]]


def _exprs() -> st.SearchStrategy[Any]:
    leaf = st.one_of(
        st.sampled_from(VARS).map(lambda v: ("var", v)),
        st.sampled_from(VARS).map(lambda v: ("var", v)),
        st.sampled_from(COMMON).map(lambda v: ("lit", v)),
        st.sampled_from(INT_LITERALS).map(lambda v: ("lit", v)),
        st.sampled_from(VALUES).map(lambda v: ("lit", v)),
        st.sampled_from(UPDATE).flatmap(lambda u: st.sampled_from(VARS).map(lambda v: ("upd", u, v))),
    )

    def extend(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(
            st.tuples(st.just("bin"), st.sampled_from(BINARY), inner, inner),
            st.tuples(st.just("bin"), st.sampled_from(INT_BINARY), inner, inner),
            st.tuples(st.just("bin"), st.sampled_from(INT_BINARY), inner, inner),
            st.tuples(st.just("un"), st.sampled_from(UNARY), inner),
            st.tuples(st.just("asg"), st.sampled_from(COMPOUND), st.sampled_from(VARS), inner),
            st.tuples(st.just("cond"), inner, inner, inner),
        )
    return st.recursive(leaf, extend, max_leaves=9)


INT_LITERALS_W = INT_LITERALS + ["W"]
INT_OPS = INT_BINARY + ["/", "%", "**", "<", ">=", "==", "===", "!=", ","]


def _int_exprs() -> st.SearchStrategy[Any]:
    """Operator trees that keep to integral Numbers as far as their operands do (the int forms
    of E.irange / E.mixed), over the variables and int constants, with no assignments (so that
    the int32 locals of the places that make them stay int32)."""
    leaf = st.one_of(st.sampled_from(VARS).map(lambda v: ("var", v)), st.sampled_from(VARS).map(lambda v: ("var", v)),
                     st.sampled_from(INT_LITERALS_W).map(lambda v: ("lit", v)))

    def extend(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(
            st.tuples(st.just("bin"), st.sampled_from(INT_BINARY), inner, inner),
            st.tuples(st.just("bin"), st.sampled_from(INT_BINARY), inner, inner),
            st.tuples(st.just("bin"), st.sampled_from(INT_OPS), inner, inner),
            st.tuples(st.just("un"), st.sampled_from(["-", "~", "+"]), inner),
            st.tuples(st.just("cond"), inner, inner, inner),
        )
    return st.recursive(leaf, extend, max_leaves=10)


def render(e: Any, names: dict[str, str], suspend: str | None = None, at: list[int] | None = None) -> str:
    """JS text of tree ``e``, variables renamed by ``names``; with ``suspend`` ('yield' or
    'await'), the variable read numbered ``at[0]`` (in source order) is wrapped in it."""
    kind = e[0]
    if kind == "var":
        text = names[e[1]]
        if suspend is not None and at is not None:
            at[0] -= 1
            if at[0] == -1:
                return f"({suspend} {text})"
        return text
    if kind == "lit":
        return e[1]
    if kind == "un":
        return f"({e[1]}{render(e[2], names, suspend, at)})"
    if kind == "bin":
        return f"({render(e[2], names, suspend, at)} {e[1]} {render(e[3], names, suspend, at)})"
    if kind == "cond":
        return (f"({render(e[1], names, suspend, at)} ? {render(e[2], names, suspend, at)} : "
                f"{render(e[3], names, suspend, at)})")
    if kind == "asg":
        return f"({names[e[2]]} {e[1]} {render(e[3], names, suspend, at)})"
    form, name = e[1], names[e[2]]
    return f"({form.replace('x', name)})"


def reads(e: Any) -> int:
    """The number of variable reads in ``e`` (the places a ``yield`` / ``await`` can go)."""
    if e[0] == "var":
        return 1
    if e[0] in ("lit", "upd"):
        return 0
    return sum(reads(c) for c in e[1:] if isinstance(c, tuple))


LOCALS = {"x": "x", "y": "y", "z": "z"}
# place -> (function text around {E} with its name {F}, names of x y z, suspension or None);
# every function takes (a, b, c) and returns [E, x, y, z] (or a list of such in a loop)
PLACES: dict[str, tuple[str, dict[str, str], str | None]] = {
    "plain": ("function {F}(a, b, c) {{ var x = a, y = b, z = c; return [{E}, x, y, z]; }}", LOCALS, None),
    "strict": ("function {F}(a, b, c) {{ 'use strict'; let x = a, y = b, z = c; return [{E}, x, y, z]; }}",
               LOCALS, None),
    "int32": ("function {F}(a, b, c) {{ var x = a | 0, y = b >>> 0, z = c | 0; var r = []; "
              "for (var i = 0; i < 2; i++) {{ r.push([{E}, x, y, z]); x = (x + i) | 0; }} return r; }}", LOCALS, None),
    "flow": ("function {F}(a, b, c) {{ var x = 1, y = 2, z = 3, r = []; for (var i = 0; i < 5; i++) {{ {S} "
             "r.push(x, y, z); if (i === 1) x = a; if (i === 2) {{ y = b; z = c; }} if (i === 3) x = y; }} return r; }}",
             LOCALS, None),
    "int32pure": ("function {F}(a, b, c) {{ var x = a | 0, y = b >>> 0, z = c & 0xffff; var r = []; "
                  "for (var i = 0; i < 3; i++) {{ r.push({E}, ({E}) * x, z * ({E}) - 0); x = ({E}) | 0; y = (y + ({E})) >>> 0; z = (z ^ i) & 0xff; }} "
                  "return [r, x, y, z]; }}", LOCALS, None),
    "int32elements": ("function {F}(a, b, c) {{ var o = [a, b, c], r = []; "
                      "for (var i = 0; i < 3; i++) {{ r.push({E}); o[i % 3] = ({E}) ^ i; }} return [r, o]; }}",
                      {"x": "o[0]", "y": "o[1]", "z": "o[2]"}, None),
    "int32generator": ("function* {F}(a, b, c) {{ var x = a | 0, y = b >>> 0, z = c | 0; var r = []; "
                       "for (var i = 0; i < 2; i++) {{ r.push({E}); x = ({E}) | 0; }} return [r, x, y, z]; }}",
                       LOCALS, "yield"),
    "number": ("function {F}(a, b, c) {{ var x = +a, y = b * 1, z = -c; return [{E}, x, y, z]; }}", LOCALS, None),
    "closure": ("function {F}(a, b, c) {{ var x = a, y = b, z = c; var g = () => {E}; return [g(), x, y, z]; }}",
                LOCALS, None),
    "inner": ("function {F}(a, b, c) {{ let x = a, y = b, z = c; function g() {{ return [{E}, x, y, z]; }} "
              "var r = g(); x = 0; return r; }}", LOCALS, None),
    "loop": ("function {F}(a, b, c) {{ var r = []; for (var i = 0; i < 4; i++) {{ var x = i < 2 ? i : a, "
             "y = i < 3 ? i + 1 : b, z = c; r.push([{E}, x, y, z]); }} return r; }}", LOCALS, None),
    "letloop": ("function {F}(a, b, c) {{ var r = []; for (let i = 0; i < 3; i++) {{ let x = i < 1 ? i : a, "
                "y = b, z = c; r.push(() => [{E}, x, y, z]); }} return r.map(f => f()); }}", LOCALS, None),
    "globals": ("function {F}(a, b, c) {{ gx = a; gy = b; gz = c; return [{E}, gx, gy, gz]; }}",
                {"x": "gx", "y": "gy", "z": "gz"}, None),
    "with": ("function {F}(a, b, c) {{ var x = a, y = b, z = c; with ({{ y: b }}) {{ return [{E}, x, y, z]; }} }}",
             LOCALS, None),
    "eval": ("function {F}(a, b, c) {{ var x = a, y = b, z = c; eval('var w = 1'); return [{E}, x, y, z]; }}",
             LOCALS, None),
    "props": ("function {F}(a, b, c) {{ var o = {{ x: a, y: b, z: c }}; return [{E}, o.x, o.y, o.z]; }}",
              {"x": "o.x", "y": "o.y", "z": "o.z"}, None),
    "elements": ("function {F}(a, b, c) {{ var o = [a, b, c]; return [{E}, o[0], o[1], o[2]]; }}",
                 {"x": "o[0]", "y": "o[1]", "z": "o[2]"}, None),
    "keyed": ("function {F}(a, b, c) {{ var o = {{ p: a, q: b }}, k = 'p', j = 'q', t = [c]; "
              "return [{E}, o.p, o.q, t[0]]; }}", {"x": "o[k]", "y": "o[j]", "z": "t[0]"}, None),
    "sidefx": ("function {F}(a, b, c) {{ var x = a, y = b, z = c, n = 0; var W = {{ valueOf() {{ n++; "
               "x = n === 1 ? 'm' : 2147483648; y = -0; z = n; return n; }} }}; return [{E}, x, y, z]; }}", LOCALS, None),
    "sidefxint": ("function {F}(a, b, c) {{ var x = a | 0, y = b >>> 0, z = c | 0, n = 0; var W = {{ valueOf() {{ n++; "
                  "x = 0x7fffffff + n; y = -1; z = 0.5; return n; }} }}; var r = []; "
                  "for (var i = 0; i < 2; i++) r.push({E}); return [r, x, y, z]; }}", LOCALS, None),
    "params": ("function {F}(x, y, z) {{ return [{E}, x, y, z]; }}", LOCALS, None),
    "arguments": ("function {F}(a, b, c) {{ return [{E}, a, b, c]; }}", {"x": "arguments[0]", "y": "b", "z": "arguments[2]"},
                  None),
    "lexglobals": ("let $x, $y, $z; function {F}(a, b, c) {{ $x = a; $y = b; $z = c; return [{E}, $x, $y, $z]; }}",
                   {"x": "$x", "y": "$y", "z": "$z"}, None),
    "method": ("class {F}K {{ #z; constructor(a, b, c) {{ this.x = a; this.y = b; this.#z = c; }} "
               "m() {{ return [{E}, this.x, this.y, this.#z]; }} }} function {F}(a, b, c) {{ return new {F}K(a, b, c).m(); }}",
               {"x": "this.x", "y": "this.y", "z": "this.#z"}, None),
    "generator": ("function* {F}(a, b, c) {{ var x = a, y = b, z = c; yield 0; return [{E}, x, y, z]; }}",
                  LOCALS, "yield"),
    "async": ("async function {F}(a, b, c) {{ var x = a, y = b, z = c; return [{E}, x, y, z]; }}", LOCALS, "await"),
}

# (for a local search: PYJSVM_FUZZ_PLACES=sidefx,int32pure draws expression cases there alone)
ONLY_PLACES = [p for p in os.environ.get("PYJSVM_FUZZ_PLACES", "").split(",") if p in PLACES]

# --- member cases ---------------------------------------------------------------------------

RECEIVERS = ["obj", "arr", "holey", "i8", "u8", "u8c", "i16", "u32", "i32", "f32", "f64", "big64", "str",
             "frozen", "frozenarr", "getter", "proto", "sealed", "args"]
KEYS = ["0", "(-0)", "1", "2", "1.5", "'1'", "'01'", "'-0'", "4294967295", "4294967294", "(-1)", "NaN",
        "1e21", "9007199254740992", "'x'", "'length'", "true", "null", "undefined", "mkS(L)", "SYM", "5"]
WRITE_VALUES = ["1", "(-1)", "300", "1.5", "(-0)", "NaN", "'7'", "undefined", "2n", "mkV(L)", "null", "Infinity"]
# access form -> body of a function M(R, K, v) (K is the key, ``{K}`` where the key is written)
ACCESS = {
    "read": "return [R[{K}], R];",
    "write": "return [R[{K}] = v, R];",
    "compound": "return [R[{K}] += v, R];",
    "bitcompound": "return [R[{K}] |= v, R];",
    "inc": "return [R[{K}]++, R];",
    "preinc": "return [++R[{K}], R];",
    "in": "return [{K} in R, R];",
    "delete": "return [delete R[{K}], R];",
    "loopread": "var r = []; for (var i = -1; i < 4; i++) r.push(R[{K}]); return [r, R];",
    "loopwrite": "for (var i = -1; i < 4; i++) R[{K}] = i; return [R];",
}


def _argument_lists() -> st.SearchStrategy[list[str]]:
    return st.lists(st.tuples(st.sampled_from(ARGS), st.sampled_from(ARGS), st.sampled_from(ARGS)).map(", ".join),
                    min_size=1, max_size=4)


def _statements() -> st.SearchStrategy[str]:
    """Statements over x, y, z for the "flow" place, whose loop changes the variables' types
    between iterations (what compiler/number_types.py proves of them at each read)."""
    e = st.one_of(_exprs(), _int_exprs())
    stmt = st.one_of(
        st.tuples(st.sampled_from(VARS), st.sampled_from(COMPOUND), e).map(lambda t: f"{t[0]} {t[1]} {render(t[2], LOCALS)};"),
        e.map(lambda x: f"r.push({render(x, LOCALS)});"),
        st.tuples(e, st.sampled_from(VARS), e, st.sampled_from(VARS), e).map(
            lambda t: f"if ({render(t[0], LOCALS)}) {t[1]} = {render(t[2], LOCALS)}; else {t[3]} = {render(t[4], LOCALS)};"),
        st.tuples(st.sampled_from(VARS), e).map(lambda t: f"{t[0]} = ({render(t[1], LOCALS)}) | 0;"),
        st.sampled_from(UPDATE).flatmap(lambda u: st.sampled_from(VARS).map(lambda v: u.replace("x", v) + ";")),
    )
    return st.lists(stmt, min_size=1, max_size=4).map(" ".join)


@st.composite
def expression_case(draw: Any) -> tuple[str, str, list[str]]:
    """(place, the function's text with ``{F}`` for its name, its argument lists)."""
    # (the places of int32 locals, whose int forms are the newest fast paths, drawn three times as often)
    place = draw(st.sampled_from(ONLY_PLACES or sorted(PLACES) + 2 * [p for p in sorted(PLACES) if p.startswith("int32")]))
    template, names, suspend = PLACES[place]
    if place == "flow":
        body = template.replace("{S}", draw(_statements()).replace("{", "{{").replace("}", "}}")).format(F="{F}")
        return place, body, WARM + draw(_argument_lists())
    e = draw(_int_exprs() if place.startswith("int32") or place == "sidefxint" else _exprs())
    n = reads(e)
    if suspend is not None and n:
        text = render(e, names, suspend, [draw(st.integers(0, n - 1))])
    else:
        text = render(e, names)
    body = template.replace("{E}", text.replace("{", "{{").replace("}", "}}")).format(F="{F}")
    calls = WARM + draw(_argument_lists())
    return place, body, calls


@st.composite
def member_case(draw: Any) -> tuple[str, str, list[str]]:
    access = draw(st.sampled_from(sorted(ACCESS)))
    strict = draw(st.booleans())
    keys = KEYS
    if access in ("compound", "bitcompound", "inc", "preinc"):
        # (V8 converts the key of ``R[k] += v`` / ``R[k]++`` twice, for the read and for the
        # write; GetValue (sec-getvalue) keeps the key it made for PutValue: once)
        keys = [k for k in KEYS if k != "mkS(L)"]
    key = draw(st.sampled_from(["K", "K", "i", "i - 1", "i + 0.5", "i + K"] + keys)
               if access.startswith("loop") else st.sampled_from(["K", "K", "K"] + keys))
    body = ACCESS[access].replace("{K}", key)
    text = "function {F}(R, K, v) { " + ("'use strict'; " if strict else "") + body + " }"
    warm_r = draw(st.sampled_from(RECEIVERS))
    warm = [f"mkR('{warm_r}', L), {k}, {v}" for k, v in [("0", "1"), ("1", "2"), ("2", "3"), ("0", "4"), ("1", "5")]]
    rest = draw(st.lists(st.tuples(st.sampled_from(RECEIVERS), st.sampled_from(keys), st.sampled_from(WRITE_VALUES))
                         .map(lambda t: f"mkR('{t[0]}', L), {t[1]}, {t[2]}"), min_size=1, max_size=4))
    return f"member-{access}", text, warm + rest


PRELUDE = r"""
var SYM = Symbol('s'), gx, gy, gz, LOGS = [], RES = [];
var W = { valueOf: function () { return 3; } };   // (in the "sidefx" places, a local that assigns x, y and z)
function show(v) {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'symbol') return 'sym';
  if (typeof v === 'function') return 'fn';
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v) && v.length > 20) return 'Array(' + v.length + ')' + show(Object.assign({}, v));
  if (Array.isArray(v)) { var s = []; for (var i = 0; i < v.length; i++) s.push(i in v ? show(v[i]) : 'hole'); return '[' + s + ']'; }
  if (ArrayBuffer.isView(v)) return v.constructor.name + '[' + Array.prototype.map.call(v, show).join(',') + ']';
  if (typeof v === 'object') {
    if (Object.prototype.toString.call(v) === '[object Arguments]') return 'args' + show(Array.prototype.slice.call(v));
    if (Object.prototype.toString.call(v) === '[object String]') return 'String(' + show(String(v)) + ')';
    return '{' + Object.keys(v).map(function (k) {
      var d = Object.getOwnPropertyDescriptor(v, k);
      return k + ':' + ('value' in d ? show(d.value) : 'acc');
    }).join(',') + '}';
  }
  return typeof v + ':' + String(v);
}
function mkV(L) { return { valueOf: function () { L.push('v'); return 7; } }; }
function mkS(L) { return { toString: function () { L.push('s'); return '1'; } }; }
function mkN(L) { return { valueOf: function () { L.push('n'); return -0x80000000; }, toString: function () { L.push('t'); return 'x'; } }; }
var GETTERS = { get 0() { return 'g0'; }, get 1() { return 'g1'; }, set 2(v) { }, get x() { return 'gx'; } };
function mkR(kind, L) {
  switch (kind) {
    case 'obj': return { 0: 'a', 1: 'b', x: 1, '-0': 'm' };
    case 'arr': return [10, 20, 30];
    case 'holey': return [1, , 3, , 5];
    case 'i8': return new Int8Array([1, -2, 3]);
    case 'u8': return new Uint8Array([1, 2, 255]);
    case 'u8c': return new Uint8ClampedArray([1, 2, 255]);
    case 'i16': return new Int16Array([1, -300, 3]);
    case 'u32': return new Uint32Array([1, 4294967295, 3]);
    case 'i32': return new Int32Array([1, -2147483648, 3]);
    case 'f32': return new Float32Array([1.5, -0, 0.1]);
    case 'f64': return new Float64Array([1.5, -0, NaN]);
    case 'big64': return new BigInt64Array([1n, -2n, 3n]);
    case 'str': return 'abc';
    case 'frozen': return Object.freeze({ 0: 'f', x: 2 });
    case 'frozenarr': return Object.freeze([1, 2, 3]);
    case 'sealed': return Object.seal([1, 2, 3]);
    case 'getter': return Object.create(GETTERS);
    case 'proto': { var a = [1, , 3]; Object.setPrototypeOf(a, { 1: 'p1', 3: 'p3' }); return a; }
    case 'args': return (function () { return arguments; })(1, 2, 3);
  }
}
function rec(id, L, f) {
  var s;
  try { s = show(f()); } catch (e) { s = 'throws ' + (e && e.name); }
  RES[id] = (RES[id] || '') + s + '; ';
}
function recGen(id, L, f) {
  rec(id, L, function () { var it = f(), r = it.next(); while (!r.done) r = it.next(r.value); return r.value; });
}
function recAsync(id, L, f) {
  var p;
  try { p = f(); } catch (e) { RES[id] = (RES[id] || '') + 'sync throws ' + e.name + '; '; return; }
  p.then(function (v) { RES[id] = (RES[id] || '') + show(v) + '; '; },
         function (e) { RES[id] = (RES[id] || '') + 'throws ' + (e && e.name) + '; '; });
}
"""

REPORT = "RES.map(function (r, i) { return i + ': ' + r + ' log:' + LOGS[i].join(''); }).join('\\n')"


@st.composite
def top_level_case(draw: Any) -> tuple[str, str, list[str]]:
    """An expression over the global variables gx, gy, gz in top-level code, in a loop over the
    argument lists (the warm ones first)."""
    e = draw(_exprs())
    text = render(e, {"x": "gx", "y": "gy", "z": "gz"})
    calls = WARM + draw(_argument_lists())
    return "top-level", text, calls


def case_text(i: int, case: tuple[str, str, list[str]]) -> str:
    """The JS of case ``i``: its log, its function F<i>, and its calls (in order; an async
    function's results land as its promises settle)."""
    place, fn, calls = case
    if place == "top-level":
        return "\n".join([
            f"// case {i}: top-level", f"var L = LOGS[{i}] = []; RES[{i}] = '';",
            "var TA = [" + ", ".join(f"[{args}]" for args in calls) + "];",
            "for (var TI = 0; TI < TA.length; TI++) { gx = TA[TI][0]; gy = TA[TI][1]; gz = TA[TI][2];",
            f"  try {{ RES[{i}] += show([{fn}, gx, gy, gz]) + '; '; }} catch (e) {{ RES[{i}] += 'throws ' + e.name + '; '; }}",
            "}"])
    name = f"F{i}"
    recorder = {"generator": "recGen", "async": "recAsync"}.get(place, "rec")
    fn = fn.replace("{F}", name).replace("$x", f"$x{i}").replace("$y", f"$y{i}").replace("$z", f"$z{i}")
    lines = [f"// case {i}: {place}", f"var L = LOGS[{i}] = [];", fn]
    lines += [f"{recorder}({i}, L, function () {{ return {name}({args}); }});" for args in calls]
    return "\n".join(lines)


def program_text(cases: list[tuple[str, str, list[str]]]) -> str:
    return PRELUDE + "\n".join(case_text(i, c) for i, c in enumerate(cases)) + "\n"


cases = st.lists(st.one_of(expression_case(), expression_case(), expression_case(), member_case(), member_case(),
                           top_level_case()), min_size=1, max_size=12)
