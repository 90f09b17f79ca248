"""Deferred built-ins (pyjsvm.intrinsics.order.Deferred, realm.py): set up on first use, with
nothing observable changed. Each declaration is checked against what its setup does, and the
lazy slots are checked against eager properties from JS and through the contextified mapping."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm
from pyjsvm.api.common import _context_of
from pyjsvm.intrinsics.order import MODULES, Deferred
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.objects import L, JSObject, Prop

DEFERRED = [m for m in MODULES if isinstance(m, Deferred)]
IDS = [d.modules[0].rsplit(".", 1)[1] for d in DEFERRED]


def eager_realm() -> Realm:
    realm = Realm()
    realm.materialise_all()
    return realm


def is_lazy(stored: Any) -> bool:
    return type(stored) is Prop and bool(stored.flags & L)


def snapshot(realm: Realm) -> dict[str, list[Any]]:
    """Every made intrinsic object's own keys (and the global object's), in order."""
    out = {"global": list(realm.global_object.props)}
    for name, v in dict.items(realm.intrinsics):
        if isinstance(v, JSObject):
            out[name] = list(v.props)
    return out


def test_a_new_realm_makes_no_deferred_built_in() -> None:
    realm = Realm()
    assert DEFERRED
    for d in DEFERRED:
        for name in d.globals:
            assert is_lazy(realm.global_object.props[name])
        for root in d.roots:
            assert root in realm.intrinsics.pending
            assert not any(k.startswith(f"%{root}.") or k == f"%{root}%" for k in dict.keys(realm.intrinsics))


@pytest.mark.parametrize("entry", DEFERRED, ids=IDS)
def test_declaration_matches_the_setup(entry: Deferred) -> None:
    """Made alone, a deferred built-in adds exactly what it declares: its intrinsics under its
    roots, its globals (W|C data properties) in their eager places, and its slots elsewhere."""
    realm = Realm()
    before = snapshot(realm)
    realm.intrinsics.pending[entry.roots[0]]()
    after = snapshot(realm)
    # its own intrinsics, and those of the deferred built-ins it needed (made with theirs)
    made_roots = set(entry.roots) | {r for d in DEFERRED if d is not entry for r in d.roots
                                     if r not in realm.intrinsics.pending}
    new_keys = set(dict.keys(realm.intrinsics)) - set(before)
    assert any(k[1:-1].split(".", 1)[0] in entry.roots for k in new_keys)
    assert all(k[1:-1].split(".", 1)[0] in made_roots for k in new_keys)
    slots = {("global", g) for g in entry.globals} | set(entry.slots)
    for name, keys in before.items():
        assert after[name] == keys, name  # nothing added or moved: the slots were there already
        for key in keys:
            holder = realm.global_object if name == "global" else realm.intrinsics[name]
            if (name, key) in slots:
                stored = holder.props[key]
                assert type(stored) is Prop and stored.flags == 5 and not is_lazy(stored), (name, key)
    for name in entry.globals:
        assert not is_lazy(realm.global_object.props[name])


def test_eager_and_lazy_realms_agree() -> None:
    """Made in any order, the realm's objects are those an eager set-up makes."""
    eager = snapshot(eager_realm())
    realm = Realm()
    for d in reversed(DEFERRED):
        realm.intrinsics[f"%{d.roots[-1]}%"]
    # and what a module defers itself, outside the table (%CallSite.prototype%, error.py)
    for root in list(realm.intrinsics.pending):
        realm.intrinsics.pending[root]()
    assert snapshot(realm) == eager


def run(src: str, ctx: Any = None) -> Any:
    return vm.run_in_context(src, ctx if ctx is not None else vm.create_context())


GLOBALS = [name for d in DEFERRED for name in d.globals]


@pytest.mark.parametrize("name", GLOBALS)
def test_descriptor_and_order_as_eager(name: str) -> None:
    names = list(run("Object.getOwnPropertyNames(globalThis)"))
    assert name in names
    ctx = vm.create_context()
    vm.run_in_context(f"{name}", ctx)
    assert list(run("Object.getOwnPropertyNames(globalThis)", ctx)) == names
    assert names == list(run("Object.getOwnPropertyNames(globalThis)", vm.create_context(vm.constants.DONT_CONTEXTIFY)))
    assert names == list(JSObject.own_property_keys(eager_realm().global_object))
    d = run(f"var d = Object.getOwnPropertyDescriptor(globalThis, '{name}'); "
            f"[d.writable, d.enumerable, d.configurable, d.value === {name}, typeof d.value]")
    assert d[:4] == [True, False, True, True]
    assert d[4] in ("object", "function")
    assert run(f"Object.keys(globalThis).includes('{name}')") is False
    assert run(f"'{name}' in globalThis && globalThis.hasOwnProperty('{name}')") is True


@pytest.mark.parametrize("name", GLOBALS)
def test_delete_before_first_use(name: str) -> None:
    ctx = vm.create_context()
    assert run(f"delete globalThis.{name}", ctx) is True
    assert run(f"typeof {name} + ('{name}' in globalThis)", ctx) == "undefinedfalse"
    context = _context_of(ctx)
    assert context is not None
    context.realm.materialise_all()  # as when made through other built-ins
    assert run(f"typeof {name}", ctx) == "undefined"
    assert name not in run("Object.getOwnPropertyNames(globalThis)", ctx)


def test_delete_then_made_by_an_intrinsic() -> None:
    realm = Realm()
    g = realm.global_object
    assert g.delete("Temporal") is True
    assert g.delete("toString") is True
    date_proto = realm.intrinsics["%Date.prototype%"]
    assert date_proto.delete("toTemporalInstant") is True
    temporal = realm.intrinsics["%Temporal%"]  # made now
    assert isinstance(temporal, JSObject)
    assert "Temporal" not in g.props and "toTemporalInstant" not in date_proto.props


def test_redefined_before_first_use_keeps_the_new_value() -> None:
    realm = Realm()
    g = realm.global_object
    g.delete("Intl")
    g.props["Intl"] = 42.0  # an assignment after the delete
    realm.intrinsics["%Intl.Collator%"]
    assert g.props["Intl"] == 42.0
    assert list(g.props).index("Intl") == len(g.props) - 1


def test_assignment_and_define_property_materialise() -> None:
    assert run("Temporal = 5; [typeof Temporal, Object.getOwnPropertyDescriptor(globalThis, 'Temporal').value]",
               vm.create_context(vm.constants.DONT_CONTEXTIFY)) == ["number", 5]
    assert run("Object.defineProperty(globalThis, 'Intl', {enumerable: true}); "
               "var d = Object.getOwnPropertyDescriptor(globalThis, 'Intl'); [d.enumerable, typeof d.value]",
               vm.create_context(vm.constants.DONT_CONTEXTIFY)) == [True, "object"]
    assert run("Reflect.set({}, 'Intl', 3, globalThis) && Intl") == 3
    assert run("var o = Object.create(globalThis); typeof o.Temporal.Now.instant") == "function"


def test_contextified_mapping() -> None:
    """The built-ins are not the mapping's items; writes shadow them there, as for eager ones."""
    ctx = vm.create_context({"a": 1})
    assert run("typeof Intl + typeof Temporal", ctx) == "objectobject"
    assert dict(ctx) == {"a": 1}
    run("Temporal = 7", ctx)
    assert dict(ctx) == {"a": 1, "Temporal": 7}
    ctx2 = vm.create_context({})
    run("delete Intl", ctx2)
    assert dict(ctx2) == {} and run("typeof Intl", ctx2) == "undefined"


def test_realms_do_not_share_lazily_made_objects() -> None:
    a, b = vm.create_context(), vm.create_context()
    run("Temporal.PlainDate.prototype.marked = 1", a)
    assert run("Temporal.PlainDate.prototype.marked === undefined", b) is True
    assert run("Temporal.PlainDate.prototype.marked", a) == 1
    r1, r2 = Realm(), Realm()
    assert r1.intrinsics["%Intl.NumberFormat%"] is not r2.intrinsics["%Intl.NumberFormat%"]


def test_intrinsic_identity_is_stable() -> None:
    realm = Realm()
    ctor = realm.intrinsics["%Temporal.PlainDate%"]
    assert realm.intrinsics.get("%Temporal.PlainDate%") is ctor
    assert "%Temporal.PlainDate.prototype%" in realm.intrinsics
    temporal = realm.global_object.get("Temporal", realm.global_object)
    assert temporal is realm.intrinsics["%Temporal%"]
    assert temporal.get("PlainDate", temporal) is ctor
    assert realm.intrinsics.get("%Temporal.NoSuchThing%") is None
    assert "%Temporal.NoSuchThing%" not in realm.intrinsics
    with pytest.raises(KeyError):
        realm.intrinsics["%NoSuchRoot%"]


def test_made_in_its_own_realm() -> None:
    """A built-in of another realm, made while that realm is not the current one, belongs to it."""
    a, b = Realm(), Realm()
    saved = AGENT.realm
    AGENT.realm = b
    try:
        temporal = a.global_object.get("Temporal", a.global_object)
    finally:
        AGENT.realm = saved
    ctor = temporal.get("PlainDate", temporal)
    assert ctor is a.intrinsics["%Temporal.PlainDate%"] and ctor.realm is a
    assert ctor.proto is a.function_prototype
    assert "%Temporal%" not in dict.keys(b.intrinsics)


@pytest.mark.parametrize("contextify", [True, False])
def test_an_engine_error_before_any_use_of_its_constructor(contextify: bool) -> None:
    """The NativeErrors are deferred: an error the engine throws first (a TypeError of ``null.x``,
    a SyntaxError of eval, the RangeError of unbounded recursion, deep in the stack) makes them,
    in the context's own realm, and is an instance of the global constructor made then; one
    deleted before stays deleted while the engine's errors still get their prototype."""
    def fresh() -> Any:
        return vm.create_context() if contextify else vm.create_context(vm.constants.DONT_CONTEXTIFY)
    cases = {
        "try { null.x } catch (e) { [e instanceof TypeError, e.constructor === TypeError, String(e)] }":
            [True, True, "TypeError: Cannot read properties of null (reading 'x')"],
        "try { eval('(') } catch (e) { [e instanceof SyntaxError, e.constructor === SyntaxError, e.name] }":
            [True, True, "SyntaxError"],
        "function f() { return f() + 1 } try { f() } catch (e) { [e instanceof RangeError, Object.getPrototypeOf(RangeError) === Error, e.message] }":
            [True, True, "Maximum call stack size exceeded"],
        "delete globalThis.TypeError; try { null.x } catch (e) { [typeof TypeError, e.name, e instanceof Error] }":
            ["undefined", "TypeError", True],
    }
    for src, expected in cases.items():
        ctx = fresh()
        realm = _context_of(ctx).realm
        assert "TypeError" in realm.intrinsics.pending  # not made by the context's creation
        assert vm.to_python(vm.run_in_context(src, ctx)) == expected
        assert "TypeError" not in realm.intrinsics.pending
        other = fresh()  # another realm: its own, made by its own first error
        assert vm.run_in_context("try { null.x } catch (e) { Object.getPrototypeOf(e) === TypeError.prototype }", other) is True
        assert realm.intrinsics["%TypeError%"] is not _context_of(other).realm.intrinsics["%TypeError%"]
