"""The Intl object (sec-intl-object, ECMA-402): Intl.NumberFormat, Intl.DateTimeFormat,
Intl.Collator and Intl.PluralRules, one module each, on CLDR data from Babel (see
``pyjsvm.intrinsics.intl.locale``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error
from pyjsvm.runtime.conversion import to_string
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import create_array_from_list
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, JSSymbol, argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.intl import (
    collator, date_time_format, display_names, duration_format, list_format, locale_object, number_format, plural_rules, relative_time_format,
    segmenter,
)
from pyjsvm.intrinsics.intl.locale import canonicalize_locale_list

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

intl_table = BuiltinTable()


@intl_table.method("getCanonicalLocales", 1)
def intl_get_canonical_locales(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.getCanonicalLocales ( locales ) (sec-intl.getcanonicallocales)."""
    return create_array_from_list(canonicalize_locale_list(argument(args, 0)))


@intl_table.method("supportedValuesOf", 1)
def intl_supported_values_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.supportedValuesOf ( key ) (sec-intl.supportedvaluesof)."""
    key = to_string(argument(args, 0))
    if key == "calendar":
        values = ["gregory"]
    elif key == "collation":
        values = ["default"] if False else []
    elif key == "currency":
        from babel.numbers import list_currencies
        values = sorted(list_currencies())
    elif key == "numberingSystem":
        values = ["latn"]
    elif key == "timeZone":
        values = date_time_format.available_time_zones()
    elif key == "unit":
        values = sorted(number_format.SANCTIONED_UNITS)
    else:
        throw_range_error(f"Invalid key : {key}")
    return create_array_from_list(list(values))


def setup(realm: "Realm") -> None:
    intl = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl%"] = intl
    intl.define_builtin(SYM_TO_STRING_TAG, "Intl", C)
    realm.intrinsics["%Intl.FallbackSymbol%"] = JSSymbol("IntlLegacyConstructedSymbol")
    intl_table.install(realm, intl)
    collator.setup(realm, intl)
    date_time_format.setup(realm, intl)
    number_format.setup(realm, intl)
    plural_rules.setup(realm, intl)
    locale_object.setup(realm, intl)
    list_format.setup(realm, intl)
    relative_time_format.setup(realm, intl)
    display_names.setup(realm, intl)
    segmenter.setup(realm, intl)
    duration_format.setup(realm, intl)
    realm.define_global("Intl", intl)
