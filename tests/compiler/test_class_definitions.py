"""Class definitions (ClassDefinitionEvaluation, compiler/classes.py's ClassTemplate): the
emitting tier evaluates the heritage and the computed keys in the emitted body, so a ``yield`` or
``await`` in them suspends the emitted Python generator, and no class definition reaches the
closure compiler's ClassDefinitionEvaluation.
The differential programs are in corpus/class_evaluation_order.js (run on both tiers, inside
generator and async bodies and against node); here: what node does differently from the spec,
and what runs where."""
from __future__ import annotations

from typing import Any, Iterator

import pytest

from pyjsvm.compiler import Compiler
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.operations import to_string
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.compiler.test_emit_modules import run_graph
from tests.helpers import both_tiers, js_str

pytestmark = pytest.mark.usefixtures("eager_compilation")

# Step 8: Get(superclass, "prototype") comes before the prototype is made and before any
# computed key (V8 reads it after the keys)
PROTOTYPE_READ = """var log = [];
var proxied = new Proxy(function () {}, { get: function (t, p) { log.push("get " + String(p)); return t[p]; } });
function k(x) { log.push(x); return x; }
class PX extends (k("heritage"), proxied) { [k("key")]() {} static [k("static")] = 1; }
log.join()"""

PROTOTYPE_ORDER = "heritage,get prototype,key,static"


def test_heritage_prototype_read_before_keys() -> None:
    assert both_tiers(js_str, PROTOTYPE_READ) == (PROTOTYPE_ORDER, PROTOTYPE_ORDER)


def _in_generator(body: str) -> str:
    return ("var __it = (function* () {\n" + body + "\n}).call(this);\n"
            "var __r = __it.next(); while (!__r.done) __r = __it.next(__r.value); __r.value")


def _in_async(body: str) -> str:
    realm = Realm()
    eval_script(realm, "var __out; (async function () {\n" + body + "\n})().then("
                       "function (v) { __out = v }, function (e) { __out = 'THROW ' + e })")
    run_jobs()
    out = realm.global_object.get("__out", realm.global_object)
    return js_string_to_python(to_string(out))


def test_heritage_prototype_read_before_keys_when_suspending() -> None:
    gen = PROTOTYPE_READ.replace('k("key")', 'k(yield "key")').replace('(k("heritage"), ', '(yield k("heritage"), ')
    body = gen.replace("\nlog.join()", "\nreturn log.join()")
    assert both_tiers(js_str, _in_generator(body)) == (PROTOTYPE_ORDER, PROTOTYPE_ORDER)
    assert both_tiers(_in_async, body.replace("yield", "await")) == (PROTOTYPE_ORDER, PROTOTYPE_ORDER)


SUSPENDING = """
var log = [];
function k(x) { log.push(String(x)); return x; }
k.toString = function () { return "k"; };
class Base { constructor() { this.b = 1; } }
class A extends (%S k(k), Base) {
    [k("m1")]() { return 1; }
    static [%S k("s")] = k("s init");
    #x = 2;
    [%S k("m2")]() { return this.#x; }
    static [k("s2")]() { return #x in new A(); }
}
var B = class extends (%S A) { static [k("b")]() { return 3; } };
try { class C { [k("c1")]() {} [%S k(null).boom]() {} [k("c3")]() {} } } catch (e) { log.push(e.constructor.name); }
var a = new A();
return [a.m1(), a.m2(), A.s, A.s2(), a.b, B.name, B.b(), log.join("|")].join(" ");
"""

# (the same as node's)
SUSPENDING_RESULT = "1 2 s init true 1 B 3 k|m1|s|m2|s2|s init|b|c1|null|TypeError"


@pytest.fixture
def no_closure_class_definition(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records each class definition compiled by the closure compiler's ClassDefinitionEvaluation
    (``compile_class``)."""
    seen: list[str] = []
    for name in ("compile_class",):
        orig = getattr(Compiler, name)

        def hooked(self: Any, node: Any, *a: Any, __orig: Any = orig, __name: str = name, **kw: Any) -> Any:
            seen.append(__name)
            return __orig(self, node, *a, **kw)
        monkeypatch.setattr(Compiler, name, hooked)
    yield seen


@pytest.mark.usefixtures("emitter_on")
def test_suspending_classes_are_emitted(no_closure_class_definition: list[str]) -> None:
    assert js_str(_in_generator(SUSPENDING.replace("%S", "yield"))) == SUSPENDING_RESULT
    assert _in_async(SUSPENDING.replace("%S", "await")) == SUSPENDING_RESULT
    assert js_str("(function () {" + SUSPENDING.replace("%S", "") + "})()") == SUSPENDING_RESULT
    assert no_closure_class_definition == []


@pytest.mark.usefixtures("emitter_off")
def test_closure_tier_agrees(no_closure_class_definition: list[str]) -> None:
    assert js_str(_in_generator(SUSPENDING.replace("%S", "yield"))) == SUSPENDING_RESULT
    assert _in_async(SUSPENDING.replace("%S", "await")) == SUSPENDING_RESULT
    assert js_str("(function () {" + SUSPENDING.replace("%S", "") + "})()") == SUSPENDING_RESULT
    # suspendable bodies are emitted with the tier off too (emit.emits): only the plain
    # function's classes are the closure compiler's (and the hook sees them)
    assert no_closure_class_definition and set(no_closure_class_definition) == {"compile_class"}


MODULE = ("import D from 'main';\n"
          "export class C extends (await 0, Object) { [await 'm']() { return 1; } }\n"
          "export default class extends (await C) { static [await 's'] = 2; static n = this.name; }\n"
          "export var result = [new C().m(), D.s, D.name, D.n, Object.getPrototypeOf(D) === C].join();")


@pytest.mark.usefixtures("emitter_on")
def test_module_classes_with_top_level_await_are_emitted(no_closure_class_definition: list[str]) -> None:
    """``export class`` and ``export default class`` awaiting in the heritage and keys."""
    assert run_graph({"main": MODULE}) == "1,2,default,default,true"
    assert no_closure_class_definition == []
