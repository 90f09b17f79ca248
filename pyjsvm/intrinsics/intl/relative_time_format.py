"""Intl.RelativeTimeFormat (sec-relativetimeformat-objects, ECMA-402): CLDR's relative time
patterns ("in {0} days", "yesterday") from Babel, the number formatted by Intl.NumberFormat's
code and the pattern chosen by the locale's plural rules."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_number, to_string
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.locale import (
    babel_locale, canonicalize_locale_list, coerce_options_to_object, get_option, locale_options, options_object,
    parts_array, resolve_locale, supported_locales,
)
from pyjsvm.intrinsics.intl.number_format import (
    JSNumberFormat, format_numeric_to_string, initialize_number_format, mv_from_number, partition_number_pattern,
    plural_category,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()

_TYPE_RE = re.compile(r"[A-Za-z0-9]{3,8}(-[A-Za-z0-9]{3,8})*\Z")
_UNITS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")


class JSRelativeTimeFormat(JSObject):
    """An Intl.RelativeTimeFormat instance (sec-properties-of-intl-relativetimeformat-instances)."""

    class_name = "Intl.RelativeTimeFormat"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.locale = ""
        self.data_locale = ""
        self.style = "long"
        self.numeric = "always"
        self.numbering_system = "latn"
        self.number_format: JSNumberFormat | None = None


def relative_time_format_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.RelativeTimeFormat ( [ locales [ , options ] ] ) (sec-Intl.RelativeTimeFormat)."""
    if new_target is None:
        throw_type_error("Constructor Intl.RelativeTimeFormat requires 'new'")
    rtf = JSRelativeTimeFormat(get_prototype_from_constructor(new_target, "%Intl.RelativeTimeFormat.prototype%"))
    requested = canonicalize_locale_list(argument(args, 0))
    options = coerce_options_to_object(argument(args, 1))
    locale_options(options)
    ns = get_option(options, "numberingSystem", "string", None, None)
    if ns is not None and not _TYPE_RE.match(ns):
        throw_range_error(f"Invalid numberingSystem : {ns}")
    r = resolve_locale(requested, {"nu": ns}, ["nu"], {"nu": ["latn"]})
    rtf.locale, rtf.data_locale, rtf.numbering_system = r["locale"], r["dataLocale"], r["nu"]
    rtf.style = get_option(options, "style", "string", ["long", "short", "narrow"], "long")
    rtf.numeric = get_option(options, "numeric", "string", ["always", "auto"], "always")
    nf = JSNumberFormat(realm.intrinsics["%Intl.NumberFormat.prototype%"])
    rtf.number_format = initialize_number_format(nf, rtf.locale, None)
    return rtf


def singular_relative_time_unit(unit: str) -> str:
    """SingularRelativeTimeUnit ( unit ) (sec-singularrelativetimeunit)."""
    if unit.endswith("s") and unit[:-1] in _UNITS:
        unit = unit[:-1]
    if unit not in _UNITS:
        throw_range_error(f"Invalid unit argument for format() '{unit}'")
    return unit


def partition_relative_time_pattern(rtf: JSRelativeTimeFormat, value: float, unit: str) -> list[tuple[str, str, str | None]]:
    """PartitionRelativeTimePattern ( relativeTimeFormat, value, unit )
    (sec-PartitionRelativeTimePattern): (type, value, unit) parts."""
    if value != value or value in (float("inf"), float("-inf")):
        throw_range_error("Invalid time value")
    unit = singular_relative_time_unit(unit)
    fields = babel_locale(rtf.data_locale)._data["date_fields"]
    key = unit if rtf.style == "long" else f"{unit}-{rtf.style}"
    data = fields[key] if key in fields else fields[unit]
    if rtf.numeric == "auto" and -2.1 < value < 2.1:
        # NON-SPEC: ICU takes the value rounded to hundredths (0.001 days is "today")
        hundredths = int(value * 100 - 0.5) if value < 0 else int(value * 100 + 0.5)
        relative = data.get("relative") or {}
        literal = relative.get(hundredths // 100) if hundredths % 100 == 0 else None
        if literal is not None:
            return [("literal", literal, None)]
    mv = mv_from_number(value)
    tl = "past" if mv.negative else "future"
    nf = rtf.number_format
    assert nf is not None
    mv.negative = False
    fv = partition_number_pattern(nf, mv)
    _, digits = format_numeric_to_string(nf, mv.value, False)
    category = plural_category(rtf.data_locale, digits)
    patterns = data[tl]
    pattern = patterns.get(category) or patterns.get("other") or "{0}"
    if "{0}" not in pattern:  # "in one second" spelled out (ar)
        return [("literal", pattern, None)]
    out: list[tuple[str, str, str | None]] = []
    before, _, after = pattern.partition("{0}")
    if before:
        out.append(("literal", before, None))
    out.extend((t, v, unit) for t, v in fv)
    if after:
        out.append(("literal", after, None))
    return out


def _this(this: Any, method: str) -> JSRelativeTimeFormat:
    if not isinstance(this, JSRelativeTimeFormat):
        throw_type_error(f"Method Intl.RelativeTimeFormat.prototype.{method} called on incompatible receiver")
    return this


@proto.method("resolvedOptions", 0)
def rtf_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.RelativeTimeFormat.prototype.resolvedOptions ( ) (sec-intl.relativetimeformat.prototype.resolvedoptions)."""
    rtf = _this(this, "resolvedOptions")
    return options_object(realm, [("locale", rtf.locale), ("style", rtf.style), ("numeric", rtf.numeric),
                                  ("numberingSystem", rtf.numbering_system)])


@proto.method("format", 2)
def rtf_format(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.RelativeTimeFormat.prototype.format ( value, unit ) (sec-Intl.RelativeTimeFormat.prototype.format)."""
    rtf = _this(this, "format")
    value = to_number(argument(args, 0))
    unit = to_string(argument(args, 1))
    return "".join(v for _, v, _u in partition_relative_time_pattern(rtf, value, unit))


@proto.method("formatToParts", 2)
def rtf_format_to_parts(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.RelativeTimeFormat.prototype.formatToParts ( value, unit )
    (sec-Intl.RelativeTimeFormat.prototype.formatToParts)."""
    rtf = _this(this, "formatToParts")
    value = to_number(argument(args, 0))
    unit = to_string(argument(args, 1))
    parts = partition_relative_time_pattern(rtf, value, unit)
    return parts_array(realm, [[("type", t), ("value", v), ("unit", u)] for t, v, u in parts])


@ctor_table.method("supportedLocalesOf", 1)
def rtf_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.RelativeTimeFormat.supportedLocalesOf ( locales [ , options ] )
    (sec-Intl.RelativeTimeFormat.supportedLocalesOf)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.RelativeTimeFormat.prototype%"] = p
    ctor = make_constructor(realm, relative_time_format_constructor, "RelativeTimeFormat", 0, p)
    realm.intrinsics["%Intl.RelativeTimeFormat%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.RelativeTimeFormat", C)
    intl.define_builtin("RelativeTimeFormat", ctor)
