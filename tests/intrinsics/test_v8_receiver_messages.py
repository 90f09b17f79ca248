"""Messages of the TypeErrors for a wrong this value or a proxy trap that is not a function,
worded as node 20 (V8) words them; each expected text is node's (checked against node when it
is on PATH)."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, js_str, node_str

CASES: dict[str, tuple[str, str]] = {
    **{f"String.prototype.{m} on {r}": (f"String.prototype.{m}.call({r}, 'a')",
                                        f"THROW TypeError: String.prototype.{m} called on null or undefined")
       for m in ("match", "matchAll", "replace", "replaceAll", "search", "split", "at", "trim") for r in ("null", "undefined")},
    # (V8 names trimStart and trimEnd by their Annex B aliases)
    "trimStart": ("String.prototype.trimStart.call(null)", "THROW TypeError: String.prototype.trimLeft called on null or undefined"),
    "trimEnd": ("String.prototype.trimEnd.call(undefined)", "THROW TypeError: String.prototype.trimRight called on null or undefined"),
    "Object.prototype.toLocaleString": ("Object.prototype.toLocaleString.call(null)",
                                        "THROW TypeError: Object.prototype.toLocaleString called on null or undefined"),
    # a built-in function as the receiver shows its NativeFunction text after its initial name
    "built-in receiver": ("Map.prototype.get.call(Math.max)",
                          "THROW TypeError: Method Map.prototype.get called on incompatible receiver function max() { [native code] }"),
    "built-in getter receiver": ("Map.prototype.get.call(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get)",
                                 "THROW TypeError: Method Map.prototype.get called on incompatible receiver function get size() { [native code] }"),
    "symbol-named built-in receiver": ("Set.prototype.has.call(Symbol.prototype[Symbol.toPrimitive])",
                                       "THROW TypeError: Method Set.prototype.has called on incompatible receiver function [Symbol.toPrimitive]() { [native code] }"),
    "bound receiver": ("Map.prototype.get.call(Math.max.bind(null))",
                       "THROW TypeError: Method Map.prototype.get called on incompatible receiver function () { [native code] }"),
    "proxy receiver": ("Map.prototype.get.call(new Proxy(function f(){}, {}))",
                       "THROW TypeError: Method Map.prototype.get called on incompatible receiver function f(){}"),
    "revoked proxy receiver": ("var r = Proxy.revocable({}, {}); r.revoke(); Map.prototype.get.call(r.proxy)",
                               "THROW TypeError: Method Map.prototype.get called on incompatible receiver null"),
    "Error.prototype.toString": ("Error.prototype.toString.call(1)",
                                 "THROW TypeError: Method Error.prototype.toString called on incompatible receiver 1"),
    "RegExp exec": ("RegExp.prototype.exec.call([], 'a')",
                    "THROW TypeError: Method RegExp.prototype.exec called on incompatible receiver [object Array]"),
    "RegExp test": ("RegExp.prototype.test.call({}, 'a')",
                    "THROW TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>"),
    "RegExp @@match": ("RegExp.prototype[Symbol.match].call(null, 'a')",
                       "THROW TypeError: Method RegExp.prototype.@@match called on incompatible receiver null"),
    "RegExp flag getter": ("Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call(null)",
                           "THROW TypeError: RegExp.prototype.global getter called on non-RegExp object"),
    "RegExp flags getter": ("Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call('abc')",
                            "THROW TypeError: RegExp.prototype.flags getter called on non-object abc"),
    # a proxy trap that is not a function
    "get trap": ("new Proxy({}, {get: 1}).x", "THROW TypeError: '1' returned for property 'get' of object '#<Object>' is not a function"),
    "has trap": ("'x' in new Proxy({}, {has: 'abc'})",
                 "THROW TypeError: 'abc' returned for property 'has' of object '#<Object>' is not a function"),
    "ownKeys trap": ("Object.keys(new Proxy({}, {ownKeys: [1, 2]}))",
                     "THROW TypeError: '[object Array]' returned for property 'ownKeys' of object '#<Object>' is not a function"),
    "trap in a class instance": ("class H { constructor() { this.get = Symbol('q') } }; new Proxy({}, new H).x",
                                 "THROW TypeError: 'Symbol(q)' returned for property 'get' of object '#<H>' is not a function"),
    "trap in a function handler": ("new Proxy({}, Object.assign(function f(){}, {get: 10n})).x",
                                   "THROW TypeError: '10' returned for property 'get' of object 'function f(){}' is not a function"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_message(name: str) -> None:
    src, expected = CASES[name]
    assert js_str(src) == expected


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
def test_node_agrees() -> None:
    src = "[" + ", ".join(f"(() => {{ try {{ {s} }} catch (e) {{ return 'THROW ' + e.name + ': ' + e.message }} }})()"
                          for s, _ in CASES.values()) + "].join('\\n')"
    assert node_str(src).split("\n") == [e for _, e in CASES.values()]
