"""The module records of ``pyjsvm.modules`` driven directly: the status state machine, export
resolution, namespace objects and async evaluation order (sec-cyclic-module-records)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.compiler.engine import compile_module_code
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.modules import SourceTextModuleRecord, Status, SyntheticModuleRecord, get_module_namespace
from pyjsvm.modules.records import AMBIGUOUS, NAMESPACE, ResolvedBinding
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.objects import PropertyDescriptor
from pyjsvm.runtime.values import NULL, SYM_TO_STRING_TAG


@pytest.fixture()
def realm() -> Any:
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


def graph(realm: Any, sources: dict[str, str]) -> dict[str, SourceTextModuleRecord]:
    mods = {k: SourceTextModuleRecord(realm, compile_module_code(v, k)) for k, v in sources.items()}
    for m in mods.values():
        for r in m.requested_modules:
            m.add_loaded_module(r, mods[r.specifier])
    return mods


def test_status_transitions_are_checked(realm: Any) -> None:
    m = graph(realm, {"a": "export const x = 1;"})["a"]
    assert m.status == Status.NEW
    with pytest.raises(AssertionError, match="cannot go from new to linked"):
        m.set_status(Status.LINKED)
    state = m.load_requested_modules()
    assert state.settled and state.error is None and m.status == Status.UNLINKED
    m.link()
    assert m.status == Status.LINKED
    m.evaluate()
    assert m.status == Status.EVALUATED
    with pytest.raises(AssertionError):
        m.set_status(Status.EVALUATING)


def test_resolve_export_star_ambiguity_and_cycles(realm: Any) -> None:
    mods = graph(realm, {
        "root": 'export * from "a"; export * from "b"; export * from "c"; export * as ns from "a";',
        "a": 'export const x = 1; export const only = 2; export * from "root";',
        "b": "export const x = 3;",
        "c": 'export {only} from "a";',
    })
    root = mods["root"]
    root.load_requested_modules()
    assert root.resolve_export("x") == AMBIGUOUS
    only = root.resolve_export("only")
    assert isinstance(only, ResolvedBinding) and only.module is mods["a"] and only.binding_name == "only"
    ns = root.resolve_export("ns")
    assert isinstance(ns, ResolvedBinding) and ns.binding_name == NAMESPACE
    assert root.resolve_export("missing") is None
    assert sorted(root.get_exported_names()) == ["ns", "only", "x"]


def test_namespace_exotic_object(realm: Any) -> None:
    mods = graph(realm, {"m": "export let b = 1; export const a = 2; export let later; later = 3;"})
    m = mods["m"]
    m.load_requested_modules()
    m.link()
    ns = get_module_namespace(m)
    assert ns is get_module_namespace(m)
    with pytest.raises(JSThrow):
        ns.get("a", ns)   # still in its TDZ
    m.evaluate()
    assert ns.own_property_keys() == ["a", "b", "later", SYM_TO_STRING_TAG]
    assert ns.get_prototype_of() is NULL and not ns.is_extensible() and ns.prevent_extensions()
    assert ns.set_prototype_of(NULL) and not ns.set_prototype_of(realm.object_prototype)
    d = ns.get_own_property("b")
    assert d is not None and d.value == 1.0 and d.writable and d.enumerable and not d.configurable
    assert not ns.set("b", 5.0, ns) and not ns.delete("b") and ns.delete("nope")
    assert ns.define_own_property("b", PropertyDescriptor(value=1.0))
    assert not ns.define_own_property("b", PropertyDescriptor(value=2.0))
    assert not ns.define_own_property("b", PropertyDescriptor(configurable=True))
    assert ns.get(SYM_TO_STRING_TAG, ns) == "Module"
    assert ns.has_property("later") and not ns.has_property("x")


def test_async_siblings_run_in_order(realm: Any) -> None:
    log: list[str] = []
    realm.global_object.props["log"] = realm.intrinsics["%Array%"].construct([], realm.intrinsics["%Array%"])
    mods = graph(realm, {
        "root": 'import "a"; import "b"; log.push("root");',
        "a": 'log.push("a1"); await 1; log.push("a2");',
        "b": 'log.push("b1"); await 1; log.push("b2");',
    })
    root = mods["root"]
    root.load_requested_modules()
    root.link()
    p = root.evaluate()
    assert root.status == Status.EVALUATING_ASYNC and p.state == "pending"
    run_jobs()
    arr = realm.global_object.props["log"]
    log = [arr.get(str(i), arr) for i in range(int(arr.get("length", arr)))]
    assert log == ["a1", "b1", "a2", "b2", "root"]
    assert root.status == Status.EVALUATED and p.state == "fulfilled"


def test_link_error_resets_the_stack(realm: Any) -> None:
    mods = graph(realm, {"a": 'import "b"; import {nope} from "c";', "b": "export const y = 1;",
                         "c": "export const x = 1;"})
    a = mods["a"]
    a.load_requested_modules()
    with pytest.raises(JSThrow):
        a.link()
    assert a.status == Status.UNLINKED and mods["b"].status == Status.LINKED


def test_synthetic_record(realm: Any) -> None:
    s = SyntheticModuleRecord(realm, ["x", "y"], lambda m: m.set_synthetic_export("x", 7.0))
    user = SourceTextModuleRecord(realm, compile_module_code('import {x, y} from "s"; export const z = [x, y];', "u"))
    user.add_loaded_module(user.requested_modules[0], s)
    user.load_requested_modules()
    user.link()
    user.evaluate()
    z = get_module_namespace(user).get("z", None)
    assert z.get("0", z) == 7.0 and z.get("1", z) is None


def run_logged(realm: Any, sources: dict[str, str]) -> tuple[dict[str, Any], list[Any]]:
    """Load, link and evaluate the graph's "root" with a global array ``log``; the modules and
    what was pushed on ``log``."""
    realm.global_object.props["log"] = realm.intrinsics["%Array%"].construct([], realm.intrinsics["%Array%"])
    mods = graph(realm, sources)
    root = mods["root"]
    root.load_requested_modules()
    root.link()
    root.evaluate()
    arr = realm.global_object.props["log"]
    return mods, [arr.get(str(i), arr) for i in range(int(arr.get("length", arr)))]


def test_import_defer_evaluates_on_first_use(realm: Any) -> None:
    mods, log = run_logged(realm, {
        "root": 'import defer * as ns from "d"; log.push("root"); export const tag = ns[Symbol.toStringTag];'
                'log.push(typeof ns.then); export const v = ns.v; export {ns};',
        "d": 'log.push("d"); export const v = 1;',
    })
    root = mods["root"]
    assert log == ["root", "undefined", "d"]
    ns = get_module_namespace(root)
    assert ns.get("tag", ns) == "Deferred Module" and ns.get("v", ns) == 1.0
    deferred = ns.get("ns", ns)
    assert deferred is get_module_namespace(mods["d"], True) and deferred is not get_module_namespace(mods["d"])


def test_a_failed_set_on_a_deferred_namespace_does_not_evaluate(realm: Any) -> None:
    # [[Set]] returns false; the strict TypeError's message must not look at the namespace's own
    # properties (its [[GetOwnProperty]] would evaluate the module)
    _, log = run_logged(realm, {
        "root": 'import defer * as ns from "d"; try { ns.v = 2; } catch (e) { log.push(e.constructor.name); }'
                'try { ns.w = 2; } catch (e) { log.push(e.constructor.name); } log.push("root");',
        "d": 'log.push("d"); export const v = 1;',
    })
    assert log == ["TypeError", "TypeError", "root"]
