"""SourceTextModule.link (Python face) whose linker gives no module (None, a non-module), or a
module of another context or an errored one: link() fails at once with ERR_VM_MODULE_NOT_MODULE
(not at evaluate), and the module is then 'errored' with that VMError as ``error``, as node 20's
(tests/host/node_cases/vm_module_link_errored.js is the JS face, compared with node)."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm

SRC = 'import x from "a"; export default x;'


@pytest.mark.parametrize("given", [None, 42, {}, "a"])
def test_a_linker_giving_no_module_fails_the_link(given: Any) -> None:
    m = vm.SourceTextModule(SRC)
    with pytest.raises(vm.VMError) as info:
        m.link(lambda *a: given).result()
    assert info.value.code == "ERR_VM_MODULE_NOT_MODULE"
    assert m.status == "errored"
    assert m.error is info.value
    with pytest.raises(vm.VMError) as again:
        m.link(lambda *a: given).result()
    assert again.value.code == "ERR_VM_MODULE_STATUS"
    with pytest.raises(vm.VMError, match="must be one of linked, evaluated, or errored"):
        m.evaluate().result()
    with pytest.raises(vm.VMError, match="must not be unlinked or linking"):
        m.namespace


def test_errored_spreads_up_a_nested_link_and_blocks_its_importers() -> None:
    inner = vm.SourceTextModule('import y from "b"; export default y;')
    outer = vm.SourceTextModule(SRC)
    with pytest.raises(vm.VMError):
        outer.link(lambda s, *a: inner if s == "a" else None).result()
    assert (outer.status, inner.status) == ("errored", "errored")
    importer = vm.SourceTextModule(SRC)
    with pytest.raises(vm.VMError) as info:
        importer.link(lambda *a: outer).result()
    assert info.value.code == "ERR_VM_MODULE_LINK_FAILURE"


def test_an_instantiation_error_leaves_the_module_unlinked() -> None:
    m = vm.SourceTextModule('import { nope } from "a";')
    t = vm.SourceTextModule("export default 1;")
    with pytest.raises(vm.JSError):
        m.link(lambda *a: t).result()
    assert m.status == "unlinked"
