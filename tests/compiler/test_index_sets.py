"""Writes of an array index that an array lacks (a hole filled, an element appended) create the
element on the array straight away while its prototype chain holds no accessor or read-only
index and no exotic object (runtime/objects.index_sets_stay_own, an answer kept per prototype
until PROTO_EPOCH moves). index_sets_protos.js changes the chain between writes in every way
that matters; both tiers and node agree, with every body emitted at once."""
from __future__ import annotations

from pathlib import Path

import pytest

from pyjsvm.runtime.objects import JSArray, JSObject, index_sets_stay_own
from tests.helpers import assert_tiers_and_node_agree

pytestmark = pytest.mark.usefixtures("eager_compilation")

SRC = (Path(__file__).parent / "index_sets_protos.js").read_text()


def test_tiers_and_node_agree() -> None:
    out = assert_tiers_and_node_agree(SRC)
    assert "Object.prototype setter v2" in out and "mid setter v0" in out


def test_the_answer_follows_the_chain() -> None:
    from pyjsvm.runtime.objects import Prop, bump_proto_epoch
    top = JSObject(None)
    mid = JSArray(top)
    a = JSArray(mid)
    assert index_sets_stay_own(a)
    top.props["0"] = 1.0  # (a plain data property: the set still reaches the array)
    assert index_sets_stay_own(a)
    top.props["1"] = Prop(None, 8)  # an accessor, as [[DefineOwnProperty]] puts one: it counts the epoch
    bump_proto_epoch()
    assert not index_sets_stay_own(a)
    del top.props["1"]
    bump_proto_epoch()
    assert index_sets_stay_own(a)
