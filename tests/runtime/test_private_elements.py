"""Private elements (runtime/functions.PrivateName): each object that has a field, method or
accessor is found by its id, through a weak reference that is checked on every lookup and whose
callback drops the entry when the object dies. An object made where a dead one was (the same
id) has none of its elements, and dead objects leave no entries behind."""
from __future__ import annotations

import gc

from pyjsvm.runtime.functions import PrivateName
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from tests.helpers import js_str

SRC = """
class A {
  #x = 1; #m() { return 'm' } get #g() { return 'g' }
  static has(o) { return #x in o && #m in o && #g in o }
  static read(o) { return o.#x + o.#m() + o.#g }
  static write(o, v) { o.#x = v; return o.#x }
}
var r = [];
for (var i = 0; i < 500; i++) {
  var a = new A();
  if (!A.has(a) || A.read(a) !== '1mg' || A.write(a, i) !== i) r.push('lost ' + i);
  a = null;
  var o = {};                                     // (often where the dead instance was)
  if (A.has(o)) r.push('aliased ' + i);
  try { A.read(o); r.push('read ' + i) } catch (e) { if (!(e instanceof TypeError)) r.push(String(e)) }
}
r.length === 0 ? 'ok' : r.slice(0, 5).join()
"""


def test_a_new_object_never_has_a_dead_ones_elements() -> None:
    assert js_str(SRC) == "ok"


def test_dead_objects_leave_no_entries() -> None:
    realm = Realm()  # (kept alive: its class keeps the PrivateName)
    eval_script(realm, "class B { #f = 0; static make() { return new B() } } for (var i = 0; i < 300; i++) B.make()")
    gc.collect()
    names = [o for o in gc.get_objects() if type(o) is PrivateName and o.description == "#f"]
    assert names and all(len(n.elements) < 5 for n in names)


def test_errors() -> None:
    src = """var r = [];
      class C { #x = 1; static get(o) { return o.#x } static set(o) { o.#x = 2 } #m() {}
                static setm(o) { o.#m = 1 } static init(o) { return new D(o) } }
      class Base { constructor(o) { return o } } class D extends Base { #y = 1 }
      for (const f of [() => C.get({}), () => C.set({}), () => C.get(1), () => C.setm(new C()), () => C.init(Object.preventExtensions({}))]) {
        try { f(); r.push('no error') } catch (e) { r.push(e.constructor.name + ': ' + e.message) } }
      var o = {}; C.init(o); try { C.init(o) } catch (e) { r.push(e.message) }
      r.join(' | ')"""
    assert js_str(src) == ("TypeError: Cannot read private member #x from an object whose class did not declare it | "
                           "TypeError: Cannot write private member #x to an object whose class did not declare it | "
                           "TypeError: Cannot read private member #x from an object whose class did not declare it | "
                           "TypeError: Private method #m is not writable | "
                           "TypeError: Cannot define private field #y on a non-extensible object | "
                           "Cannot initialize #y twice on the same object")
