"""pyjsvm.syntax.record: the part of dataclasses the package uses, without importing dataclasses
(start-up). Each record is compared with the same class made by ``dataclasses.dataclass``."""
from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from pyjsvm.syntax import record as rec


def pair(frozen: bool = False, eq: bool = True) -> tuple[type, type]:
    """The same class body as a dataclass and as a record."""
    made = []
    for deco, field in ((dataclasses.dataclass(frozen=frozen, eq=eq), dataclasses.field),
                        (rec.record(frozen=frozen, eq=eq), rec.field)):
        class Base:
            a: int
            b: str = "x"
            c: list[Any] = field(default_factory=list)
        Base = deco(Base)  # type: ignore[misc]

        class Sub(Base):  # type: ignore[valid-type,misc]
            d: float = 1.5
            b: str = "y"   # a redefined field keeps its place

            def __post_init__(self) -> None:
                object.__setattr__(self, "seen", True)
        made.append(deco(Sub))
    return made[0], made[1]


def hashed(x: Any, y: Any) -> str:
    try:
        return "equal" if hash(x) == hash(y) else "different"
    except TypeError:
        return "unhashable"


@pytest.mark.parametrize("frozen,eq", [(False, True), (True, True), (False, False)])
def test_records_behave_as_dataclasses(frozen: bool, eq: bool) -> None:
    dc, rc = pair(frozen, eq)
    for args, kw in [((1,), {}), ((1, "q"), {"d": 2.0}), ((), {"a": 3, "c": [1]}), ((1, "b", [2], 3.0), {})]:
        x, y = dc(*args, **kw), rc(*args, **kw)
        assert repr(x).split("(", 1)[1] == repr(y).split("(", 1)[1]
        assert y.seen is True
        assert (x == dc(*args, **kw)) == (y == rc(*args, **kw))
        assert (x == dc(9)) == (y == rc(9))
        if frozen:
            assert hashed(x, dc(*args, **kw)) == hashed(y, rc(*args, **kw))
            assert hashed(dc(1, c=(2,)), dc(1, c=(2,))) == hashed(rc(1, c=(2,)), rc(1, c=(2,))) == "equal"
            with pytest.raises(AttributeError):
                y.a = 5
            with pytest.raises(AttributeError):
                del y.a
        elif eq:
            assert type(y).__hash__ is None and type(x).__hash__ is None
    for bad_args, bad_kw in [((), {}), ((1,), {"e": 1}), ((1, 2, 3, 4, 5), {})]:
        with pytest.raises(TypeError):
            dc(*bad_args, **bad_kw)
        with pytest.raises(TypeError):
            rc(*bad_args, **bad_kw)
    assert rc(1).c is not rc(1).c  # a factory per instance
    assert rc(1).c == [] and rc(1).b == "y" and rc(1).d == 1.5
