"""The registry of contextified plain mappings forgets a context once the host dropped its
mapping (pyjsvm.api.common._sweep_registry), and never one the host still holds."""
from __future__ import annotations

import gc

import pyjsvm as vm
from pyjsvm.api import common


def test_dropped_mappings_leave_the_registry() -> None:
    before = len(common._REGISTRY)
    for i in range(200):
        vm.run_in_new_context("var a = [1, 2, 3]; x", {"x": i})
    gc.collect()
    # a sweep runs whenever the registry doubles: what is left is bounded, not 200 entries
    assert len(common._REGISTRY) - before < 40


def test_held_mappings_stay_contexts() -> None:
    held = [{"n": i} for i in range(50)]
    for d in held:
        vm.create_context(d)
        vm.run_in_context("var seen = n * 2", d)
    for i in range(100):  # enough registrations to trigger sweeps
        vm.run_in_new_context("1", {})
    assert all(vm.is_context(d) for d in held)
    assert [vm.run_in_context("seen", d) for d in held] == [2 * i for i in range(50)]


def test_a_mapping_held_elsewhere_only_through_a_container_stays() -> None:
    box = {"ctx": {"v": 1}}
    vm.create_context(box["ctx"])
    vm.run_in_context("var w = v + 1", box["ctx"])
    for _ in range(100):
        vm.run_in_new_context("1", {})
    assert vm.is_context(box["ctx"]) and vm.run_in_context("w", box["ctx"]) == 2


def test_a_mapping_referenced_by_another_context_stays() -> None:
    inner = {"v": 7}
    vm.create_context(inner)
    vm.run_in_context("var z = 1", inner)
    outer = vm.create_context({"inner": inner})
    assert vm.run_in_context("inner.v", outer) == 7
    del inner
    for _ in range(100):
        vm.run_in_new_context("1", {})
    # still reachable from the host through the outer context: still a context
    assert vm.is_context(outer["inner"])
