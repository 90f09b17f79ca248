"""%AbstractModuleSource% (source phase imports): an intrinsic, not a global, that throws when
called or constructed."""
from __future__ import annotations

from pyjsvm.api.convert import to_python
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import JSThrow, engine_limits
from pyjsvm.runtime.objects import JSObject

import pytest


def test_intrinsic_shape_and_abstractness() -> None:
    with engine_limits():
        realm = Realm()
        ams = realm.intrinsics["%AbstractModuleSource%"]
        assert isinstance(ams, JSObject) and "AbstractModuleSource" not in realm.global_object.props
        proto = ams.get("prototype", ams)
        assert proto is realm.intrinsics["%AbstractModuleSource.prototype%"]
        assert proto.proto is realm.object_prototype and ams.proto is realm.function_prototype
        assert ams.get("name", ams) == "AbstractModuleSource" and ams.get("length", ams) == 0.0
        for attempt in (lambda: ams.call(None, []), lambda: ams.construct([], ams)):
            with pytest.raises(JSThrow) as info:
                attempt()
            assert to_python(info.value.value.get("name", info.value.value)) == "TypeError"
