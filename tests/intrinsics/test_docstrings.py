"""Every built-in function cites where its behaviour is specified: a spec anchor (``sec-...``),
a proposal, or ``NON-SPEC`` for host-defined behaviour (engine262 enforces the same)."""
from __future__ import annotations

import re
from typing import Any, Callable

from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import engine_limits
from pyjsvm.runtime.objects import BuiltinFunction, JSObject, Prop

CITATION = re.compile(r"sec-[%a-z0-9]|NON-SPEC|proposal", re.I)


def builtin_impls(realm: Realm) -> dict[Callable[..., Any], BuiltinFunction]:
    """Every built-in function reachable from the realm's global object and intrinsics, by its
    Python implementation."""
    seen: set[int] = set()
    found: dict[Callable[..., Any], BuiltinFunction] = {}
    stack: list[JSObject] = [realm.global_object, *(v for v in realm.intrinsics.values() if isinstance(v, JSObject))]
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        if isinstance(o, BuiltinFunction):
            found.setdefault(o.impl, o)
        for v in list(o.props.values()):
            for x in ((v.value, v.getter, v.setter) if isinstance(v, Prop) else (v,)):
                if isinstance(x, JSObject):
                    stack.append(x)
        if o.proto is not None:
            stack.append(o.proto)
    return found


def test_every_builtin_function_cites_its_specification() -> None:
    with engine_limits():
        realm = Realm()
        realm.materialise_all()  # the deferred built-ins too
        impls = builtin_impls(realm)
    assert len(impls) > 400  # the walk reaches the whole standard library
    missing = sorted(f"{getattr(f, '__module__', '?')}.{getattr(f, '__qualname__', f)}"
                     for f in impls if not CITATION.search(f.__doc__ or ""))
    assert missing == []


def test_the_check_sees_an_uncited_function() -> None:
    realm = Realm()

    def uncited(realm: Realm, this: Any, args: list[Any], nt: Any) -> Any:
        return None
    realm.global_object.define_builtin("probe", BuiltinFunction(realm, uncited, "probe", 0))
    with engine_limits():
        impls = builtin_impls(realm)
    assert uncited in impls and not CITATION.search(uncited.__doc__ or "")
