"""%AbstractModuleSource% (source phase imports proposal, sec-abstractmodulesource-objects): the
abstract constructor of module source objects. It is not a global; hosts reach it as an
intrinsic (test262's ``$262.AbstractModuleSource``). pyjsvm's own modules have no source object
(GetModuleSource throws), so nothing has a [[ModuleSourceClassName]] slot yet."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import SYM_TO_STRING_TAG
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()  # %AbstractModuleSource.prototype%


def abstract_module_source_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%AbstractModuleSource% ( ) (source phase imports proposal, sec-abstractmodulesource):
    it is abstract, so calling or constructing it throws a TypeError."""
    throw_type_error("Abstract class AbstractModuleSource not directly constructable")


@proto.getter(SYM_TO_STRING_TAG)
def abstract_module_source_to_string_tag(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get %AbstractModuleSource%.prototype [ %Symbol.toStringTag% ] (source phase imports
    proposal, sec-get-%abstractmodulesource%.prototype.@@tostringtag): undefined for any value
    without a [[ModuleSourceClassName]] slot, which is every value here."""
    return None


def setup(realm: "Realm") -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%AbstractModuleSource.prototype%"] = p
    ctor = make_constructor(realm, abstract_module_source_constructor, "AbstractModuleSource", 0, p)
    realm.intrinsics["%AbstractModuleSource%"] = ctor
    proto.install(realm, p)


__all__ = ["setup"]
