"""What a method call on a prototype costs next to a call of a local function (issue 17's goal
"a method call ... costs about what a local read does"), in pyjsvm and in hand-written Python
that models the emitted code's lookup with the cheapest inline caches CPython allows.

    python3 benchmarks/method_call_floor.py

Prints ns per loop iteration and each one's ratio to the local call beside it:
- pyjsvm: ``c += lo.m(i)`` (``m`` on the prototype) and ``c += lf(i)`` (a local function), warm,
  in a context made by ``vm.create_context()``;
- Python: the same loop with a local call; with today's site hit (the receiver's class, no own
  ``m``, its prototype the cached one, the holder's Prop); with a hidden class (one shape test
  after the class test); with the shape test alone, inside ``try`` (no class test: a primitive
  receiver would raise AttributeError).
Each figure is the minimum of 5 runs of ROUNDS rounds; the rounds alternate the variants.
"""
from __future__ import annotations

import time
from typing import Any, Callable

import pyjsvm as vm

N = 100_000
ROUNDS = 3


class _Prop:
    __slots__ = ("value", "flags")

    def __init__(self, v: Any) -> None:
        self.value = v
        self.flags = 0


class _Obj:
    __slots__ = ("props", "proto", "shape")

    def __init__(self, proto: Any) -> None:
        self.props: dict[str, Any] = {}
        self.proto = proto
        self.shape: Any = None


class _Arr(_Obj):
    __slots__ = ()


class _Code:
    __slots__ = ("e1",)


class _Fn:
    __slots__ = ("code",)


class _Site:
    __slots__ = ("entry", "more")


def _body(self: Any, this: Any, ag: Any, given: Any, v1: Any = None) -> Any:
    return v1


_M = _Fn()
_M.code = _Code()
_M.code.e1 = _body
_P = _Obj(None)
_P.props["m"] = _Prop(_M)
_SHAPE = object()
_LO = _Obj(_P)
_LO.props["x"] = 1.0
_LO.shape = _SHAPE
_SITE = _Site()
_SITE.entry = (_P, _P.props["m"], True, True)
_SITE.more = {}
_SHAPE_SITE = _Site()
_SHAPE_SITE.entry = (_SHAPE, _P.props["m"])
_SHAPE_SITE.more = {}


def py_local(n: float, lf: Any = _M, _EF: type = _Fn) -> float:
    c = 0.0
    i = 0.0
    while i < n:
        t = lf
        c = c + (f(t, None, None, None, i) if type(t) is _EF and (f := t.code.e1) is not None else 0)
        i = i + 1.0
    return c


def py_site(n: float, lo: Any = _LO, k: str = "m", site: Any = _SITE, _O: type = _Obj, _A: type = _Arr,
            _CT: frozenset[type] = frozenset(), _EF: type = _Fn) -> float:
    c = 0.0
    i = 0.0
    while i < n:
        r = lo
        t = (e[1].value if ((tt := type(r)) is _O or tt is _A or tt in _CT) and k not in r.props
             and ((p := r.proto) is (e := site.entry)[0] or (e := site.more.get(p)) is not None)
             and (e[2] or k not in p.props and e[3]) else None)
        c = c + (f(t, r, None, None, i) if type(t) is _EF and (f := t.code.e1) is not None else 0)
        i = i + 1.0
    return c


def py_shape(n: float, lo: Any = _LO, site: Any = _SHAPE_SITE, _O: type = _Obj, _A: type = _Arr,
             _EF: type = _Fn) -> float:
    c = 0.0
    i = 0.0
    while i < n:
        r = lo
        t = e[1].value if ((tt := type(r)) is _O or tt is _A) and r.shape is (e := site.entry)[0] else None
        c = c + (f(t, r, None, None, i) if type(t) is _EF and (f := t.code.e1) is not None else 0)
        i = i + 1.0
    return c


def py_try_shape(n: float, lo: Any = _LO, site: Any = _SHAPE_SITE, _EF: type = _Fn) -> float:
    c = 0.0
    i = 0.0
    while i < n:
        r = lo
        try:
            t = e[1].value if r.shape is (e := site.entry)[0] else None
        except AttributeError:
            t = None
        c = c + (f(t, r, None, None, i) if type(t) is _EF and (f := t.code.e1) is not None else 0)
        i = i + 1.0
    return c


_JS = """function P() { this.x = 1 } P.prototype.m = function (a) { return a };
function method(n) { var lo = new P(); var c = 0; for (var i = 0; i < n; i++) { c += lo.m(i) } return c }
function local(n) { function lf(a) { return a } var c = 0; for (var i = 0; i < n; i++) { c += lf(i) } return c }"""


def main() -> None:
    ctx = vm.create_context()
    vm.run_in_context(_JS, ctx)

    def js(name: str) -> Callable[[], Any]:
        return lambda: vm.run_in_context(f"{name}({N})", ctx)

    variants: dict[str, Callable[[], Any]] = {
        "pyjsvm local call": js("local"), "pyjsvm method call": js("method"),
        "python local call": lambda: py_local(float(N)), "python today's site": lambda: py_site(float(N)),
        "python class + shape": lambda: py_shape(float(N)), "python shape in try": lambda: py_try_shape(float(N)),
    }
    for fn in variants.values():
        fn()
    best = {name: 1e9 for name in variants}
    for _ in range(ROUNDS):
        for name, fn in variants.items():
            for _ in range(5):
                a = time.perf_counter()
                fn()
                best[name] = min(best[name], time.perf_counter() - a)
    ns = {name: v / N * 1e9 for name, v in best.items()}
    for name, v in ns.items():
        base = ns["pyjsvm local call" if name.startswith("pyjsvm") else "python local call"]
        print(f"{name:22s} {v:7.1f} ns  {v / base:5.2f}x its local call")


if __name__ == "__main__":
    main()
