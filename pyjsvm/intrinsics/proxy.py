"""Proxy objects (sec-proxy-objects): the Proxy constructor and Proxy.revocable."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.exotic.proxy import JSProxy, proxy_create
from pyjsvm.runtime.objects import BuiltinFunction, JSObject
from pyjsvm.runtime.operations import create_data_property_or_throw
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

statics = BuiltinTable()



def proxy_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Proxy ( target, handler ) (sec-proxy-target-handler)."""
    # 1. If NewTarget is undefined, throw a TypeError exception.
    if new_target is None:
        throw_type_error("Constructor Proxy requires 'new'")
    # 2. Return ? ProxyCreate(target, handler).
    return proxy_create(argument(args, 0), argument(args, 1))


class _Revoker:
    """The [[RevocableProxy]] slot of a revoker function (sec-proxy-revocation-functions)."""

    __slots__ = ("proxy",)

    def __init__(self, proxy: JSProxy) -> None:
        self.proxy: JSProxy | None = proxy

    def __call__(self, realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """A Proxy revocation function (sec-proxy-revocation-functions)."""
        p = self.proxy
        if p is None:
            return None
        self.proxy = None
        p.proxy_target = None
        p.proxy_handler = None
        return None


@statics.method("revocable", 2)
def proxy_revocable(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Proxy.revocable ( target, handler ) (sec-proxy.revocable)."""
    # 1. Let proxy be ? ProxyCreate(target, handler).
    p = proxy_create(argument(args, 0), argument(args, 1))
    # 2-4. A new built-in revoker function with [[RevocableProxy]], length 0, name "".
    revoker = BuiltinFunction(realm, _Revoker(p), "", 0)
    # 5-8. The result object { proxy, revoke }.
    result = JSObject(realm.object_prototype)
    create_data_property_or_throw(result, "proxy", p)
    create_data_property_or_throw(result, "revoke", revoker)
    return result


def setup(realm: "Realm") -> None:
    # The Proxy constructor has no "prototype" property (sec-properties-of-the-proxy-constructor).
    ctor = make_constructor(realm, proxy_constructor, "Proxy", 2, None)
    realm.intrinsics["%Proxy%"] = ctor
    statics.install(realm, ctor)
    realm.define_global("Proxy", ctor)


__all__ = ["setup", "proxy_constructor", "proxy_revocable"]
