"""SourceTextModule's cached data."""
from __future__ import annotations

import pytest

from pyjsvm import SourceTextModule
from pyjsvm.api.modules import VMError

CODE = "export const a = 1; export function twice(x) { return 2 * x; } export default twice(a + 20);"


def test_module_cached_data_roundtrip() -> None:
    m = SourceTextModule(CODE)
    data = m.create_cached_data()
    assert isinstance(data, bytes) and data
    m2 = SourceTextModule(CODE, cached_data=memoryview(data))
    m2.link(lambda *a: None)
    m2.evaluate()
    assert m2.namespace["default"] == 42 and m2.namespace["a"] == 1
    with pytest.raises(VMError) as e:
        m2.create_cached_data()
    assert e.value.code == "ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA"


def test_module_cached_data_rejected_for_other_code_or_goal() -> None:
    from pyjsvm import Script
    data = SourceTextModule(CODE).create_cached_data()
    for bad in (data, data[:-1], b"junk"):
        code = CODE + " " if bad is data else CODE
        with pytest.raises(VMError) as e:
            SourceTextModule(code, cached_data=bad)
        assert e.value.code == "ERR_VM_MODULE_CACHED_DATA_REJECTED"
    assert Script(CODE.replace("export ", "").replace("default ", "var d = "), cached_data=data).cached_data_rejected


def test_source_phase_imports_keep_their_phase() -> None:
    from pyjsvm.api.code_cache import deserialize_program, serialize_program
    from pyjsvm.syntax.parse import parse_module
    code = "import source s from './x.js'; export const p = import.source('./y.js');"
    tree = parse_module(code)
    back = deserialize_program(serialize_program(tree, code, "module"), code, "module")
    assert back is not None
    assert back.body[0].phase == "source"
    assert back.body[1].declaration.declarations[0].init.phase == "source"
