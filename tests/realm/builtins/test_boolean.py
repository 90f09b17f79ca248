"""Tests of Boolean objects (sec-boolean-objects)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.interp.agent import AGENT, JSThrow
from pyjsvm.interp.objects import JSPrimitiveObject
from pyjsvm.realm.realm import Realm


@pytest.fixture
def realm() -> Any:
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


def _get(o: Any, key: str) -> Any:
    return o.get(key, o)


def test_boolean_call_and_construct(realm: Any) -> None:
    B = realm.intrinsics["%Boolean%"]
    assert B.call(None, []) is False
    assert B.call(None, [1.0]) is True
    assert B.call(None, [""]) is False
    o = B.construct([0.0], B)
    assert isinstance(o, JSPrimitiveObject) and o.primitive is False
    assert o.proto is realm.intrinsics["%Boolean.prototype%"]
    assert _get(B, "length") == 1.0 and _get(B, "name") == "Boolean"


def test_boolean_prototype_is_boolean_object(realm: Any) -> None:
    bp = realm.intrinsics["%Boolean.prototype%"]
    assert isinstance(bp, JSPrimitiveObject) and bp.primitive is False
    assert _get(bp, "valueOf").call(bp, []) is False
    assert _get(bp, "toString").call(True, []) == "true"
    assert _get(bp, "constructor") is realm.intrinsics["%Boolean%"]


def test_this_boolean_value_type_error(realm: Any) -> None:
    bp = realm.intrinsics["%Boolean.prototype%"]
    with pytest.raises(JSThrow):
        _get(bp, "valueOf").call(1.0, [])
    with pytest.raises(JSThrow):
        _get(bp, "toString").call(JSPrimitiveObject(bp, 1.0), [])
