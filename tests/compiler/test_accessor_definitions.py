"""Getters and setters defined by object literals (and class bodies beside them) (MethodDefinitionEvaluation,
sec-runtime-semantics-methoddefinitionevaluation): a new key is stored at once (the object is
being defined: no other object or call site can know it), a key already there goes through
DefinePropertyOrThrow, which merges a getter with a setter and replaces a data property. Both
tiers and node agree on the descriptors, the functions' names, the key order and the calls."""
from __future__ import annotations

from tests.helpers import assert_tiers_and_node_agree

PROGRAM = """(function () {
  function describe(o) {
    return Reflect.ownKeys(o).map(function (k) {
      var d = Object.getOwnPropertyDescriptor(o, k);
      return String(k) + ':' + ['get', 'set', 'value', 'writable', 'enumerable', 'configurable'].map(function (f) {
        var v = d[f];
        return f in d ? f + '=' + (typeof v === 'function' ? 'fn ' + v.name : String(v)) : '';
      }).join(',');
    }).join(' | ');
  }
  var log = [];
  var k = 'computed';
  var s = Symbol('sym');
  var objects = [
    {get a() { return 1 }, set a(v) { log.push('set a ' + v) }},
    {set b(v) { log.push('set b ' + v) }, get b() { return 2 }},
    {c: 1, get c() { return 3 }},
    {get d() { return 4 }, d: 5},
    {get e() { return 6 }, get e() { return 7 }},
    {get [k]() { return 8 }, set [s](v) { log.push('set sym') }, get 1() { return 'one' }, 0: 'zero'},
    {...{f: 1}, get f() { return 9 }},
    {__proto__: {get g() { return 'inherited' }}, get h() { return this.g }},
  ];
  class C {
    get x() { return 10 }
    set x(v) { log.push('set x ' + v) }
    static get y() { return 11 }
    get [k]() { return 12 }
    static get name() { return 'renamed' }
  }
  class D extends C { get x() { return super.x + 1 } }
  var out = objects.map(describe);
  out.push(describe(C.prototype), describe(C), describe(D.prototype));
  objects[0].a = 'v'; objects[1].b = 'w'; objects[5][s] = 1; new C().x = 'z';
  out.push([objects[0].a, objects[1].b, objects[2].c, objects[3].d, objects[4].e, objects[5].computed,
            objects[5][1], objects[6].f, objects[7].h, new C().x, C.y, new C().computed, C.name,
            new D().x].join(','));
  out.push(log.join(';'));
  return out.join('\\n');
})()"""


def test_accessor_definitions_agree_with_node_on_both_tiers() -> None:
    out = assert_tiers_and_node_agree(PROGRAM)
    assert "a:get=fn get a,set=fn set a,,,enumerable=true,configurable=true" in out
    assert "x:get=fn get x,set=fn set x,,,enumerable=false,configurable=true" in out
