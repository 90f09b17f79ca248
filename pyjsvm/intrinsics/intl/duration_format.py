"""Intl.DurationFormat (sec-durationformat-objects, ECMA-402): a duration as a list of unit
amounts ("1 hr, 5 min") or digits ("1:05:00"), each number made by Intl.NumberFormat's code (unit
style, CLDR unit patterns from Babel) and the list by Intl.ListFormat's (type "unit")."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import create_data_property_or_throw, get_options_object, get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.temporal.objects import to_temporal_duration
from pyjsvm.intrinsics.intl.list_format import JSListFormat, create_parts_from_list
from pyjsvm.intrinsics.intl.locale import (
    babel_locale, canonicalize_locale_list, get_number_option, get_option, locale_options, options_object,
    parts_array, resolve_locale, supported_locales,
)
from pyjsvm.intrinsics.intl.number_format import IntlMV, JSNumberFormat, initialize_number_format, partition_number_pattern

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()

_TYPE_RE = re.compile(r"[A-Za-z0-9]{3,8}(-[A-Za-z0-9]{3,8})*\Z")
# (unit, styles, digital base) in the order of the spec's table of DurationFormat units
_UNITS = [
    ("years", ["long", "short", "narrow"], "short"),
    ("months", ["long", "short", "narrow"], "short"),
    ("weeks", ["long", "short", "narrow"], "short"),
    ("days", ["long", "short", "narrow"], "short"),
    ("hours", ["long", "short", "narrow", "numeric", "2-digit"], "numeric"),
    ("minutes", ["long", "short", "narrow", "numeric", "2-digit"], "numeric"),
    ("seconds", ["long", "short", "narrow", "numeric", "2-digit"], "numeric"),
    ("milliseconds", ["long", "short", "narrow", "numeric"], "numeric"),
    ("microseconds", ["long", "short", "narrow", "numeric"], "numeric"),
    ("nanoseconds", ["long", "short", "narrow", "numeric"], "numeric"),
]
_UNIT_NAMES = [u for u, _, _ in _UNITS]


class JSDurationFormat(JSObject):
    """An Intl.DurationFormat instance (sec-properties-of-intl-durationformat-instances)."""

    class_name = "Intl.DurationFormat"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.locale = ""
        self.data_locale = ""
        self.numbering_system = "latn"
        self.style = "short"
        self.units: dict[str, tuple[str, str]] = {}  # unit -> (style, display)
        self.fractional_digits: int | None = None


def get_duration_unit_options(unit: str, options: JSObject, base_style: str, styles: list[str], digital_base: str,
                              prev_style: str) -> tuple[str, str]:
    """GetDurationUnitOptions ( unit, options, baseStyle, stylesList, digitalBase, prevStyle,
    twoDigitHours ) (sec-getdurationunitoptions)."""
    style = get_option(options, unit, "string", styles, None)
    display_default = "always"
    if style is None:
        if base_style == "digital":
            style = digital_base
            if unit not in ("hours", "minutes", "seconds"):
                display_default = "auto"
        elif prev_style in ("fractional", "numeric", "2-digit"):
            style = "numeric"
            if unit not in ("minutes", "seconds"):
                display_default = "auto"
        else:
            style = base_style
            display_default = "auto"
    if style == "numeric" and unit in ("milliseconds", "microseconds", "nanoseconds"):
        style = "fractional"
        display_default = "auto"
    display = get_option(options, unit + "Display", "string", ["auto", "always"], display_default)
    if display == "always" and style == "fractional":
        throw_range_error(f"{unit}Display 'always' conflicts with a fractional {unit} style")
    if prev_style == "fractional" and style != "fractional":
        throw_range_error(f"{unit} style '{style}' conflicts with the fractional style before it")
    if prev_style in ("numeric", "2-digit"):
        if style not in ("fractional", "numeric", "2-digit"):
            throw_range_error(f"{unit} style '{style}' conflicts with the numeric style before it")
        if unit in ("minutes", "seconds"):
            style = "2-digit"
    return style, display


def duration_format_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DurationFormat ( [ locales [ , options ] ] ) (sec-Intl.DurationFormat)."""
    if new_target is None:
        throw_type_error("Constructor Intl.DurationFormat requires 'new'")
    df = JSDurationFormat(get_prototype_from_constructor(new_target, "%Intl.DurationFormat.prototype%"))
    requested = canonicalize_locale_list(argument(args, 0))
    options = get_options_object(argument(args, 1))
    locale_options(options)
    ns = get_option(options, "numberingSystem", "string", None, None)
    if ns is not None and not _TYPE_RE.match(ns):
        throw_range_error(f"Invalid numberingSystem : {ns}")
    r = resolve_locale(requested, {"nu": ns}, ["nu"], {"nu": ["latn"]})
    df.locale, df.data_locale, df.numbering_system = r["locale"], r["dataLocale"], r["nu"]
    df.style = get_option(options, "style", "string", ["long", "short", "narrow", "digital"], "short")
    prev = ""
    for unit, styles, digital_base in _UNITS:
        style, display = get_duration_unit_options(unit, options, df.style, styles, digital_base, prev)
        df.units[unit] = (style, display)
        if unit in ("hours", "minutes", "seconds", "milliseconds", "microseconds"):
            prev = style
    df.fractional_digits = get_number_option(options, "fractionalDigits", 0, 9, None)
    return df


def _record(value: Any) -> list[int]:
    """ToDurationRecord ( input ) (sec-todurationrecord), by Temporal's ToTemporalDuration (a
    Temporal.Duration, an ISO 8601 duration string or a duration-like object)."""
    return to_temporal_duration(value).fields()


def _sign(d: list[int]) -> int:
    """DurationSign ( duration ) (sec-durationsign)."""
    for v in d:
        if v < 0:
            return -1
        if v > 0:
            return 1
    return 0


def _number_format(df: JSDurationFormat, realm: "Realm", opts: dict[str, Any]) -> JSNumberFormat:
    o = JSObject(realm.object_prototype)
    create_data_property_or_throw(o, "numberingSystem", df.numbering_system)
    for k, v in opts.items():
        create_data_property_or_throw(o, k, float(v) if isinstance(v, int) and not isinstance(v, bool) else v)
    nf = JSNumberFormat(realm.intrinsics["%Intl.NumberFormat.prototype%"])
    return initialize_number_format(nf, df.locale, o)


def _mv(value: Decimal, negative_zero: bool = False) -> IntlMV:
    return IntlMV("finite", abs(value), value < 0 or negative_zero)


def _numeric_part(df: JSDurationFormat, realm: "Realm", value: Decimal, unit: str, sign_displayed: bool,
                  negative_zero: bool, fraction: bool) -> list[tuple[str, str, str | None]]:
    style = df.units[unit + "s"][0]
    opts: dict[str, Any] = {"useGrouping": False}
    if style == "2-digit":
        opts["minimumIntegerDigits"] = 2
    if not sign_displayed:
        opts["signDisplay"] = "never"
    if fraction:
        fd = df.fractional_digits
        opts["maximumFractionDigits"] = 9 if fd is None else fd
        opts["minimumFractionDigits"] = 0 if fd is None else fd
        opts["roundingMode"] = "trunc"
    nf = _number_format(df, realm, opts)
    return [(t, v, unit) for t, v in partition_number_pattern(nf, _mv(value, negative_zero))]


def _separator(df: JSDurationFormat) -> str:
    syms = babel_locale(df.data_locale).number_symbols
    try:
        latn = syms["latn"]
        return str(latn.get("timeSeparator", ":"))
    except (KeyError, TypeError, AttributeError):
        return ":"


def format_numeric_units(df: JSDurationFormat, realm: "Realm", d: list[int], first: str,
                         sign_displayed: bool) -> list[tuple[str, str, str | None]]:
    """FormatNumericUnits ( durationFormat, duration, firstNumericUnit, signDisplayed )
    (sec-formatnumericunits)."""
    hours, minutes, seconds = Decimal(d[4]), Decimal(d[5]), Decimal(d[6])
    hours_display, minutes_display = df.units["hours"][1], df.units["minutes"][1]
    seconds_display = df.units["seconds"][1]
    if d[7] or d[8] or d[9]:
        seconds += compute_fractional_digits(df, d, 7)
    hours_formatted = first == "hours" and (hours != 0 or hours_display == "always")
    seconds_formatted = seconds != 0 or seconds_display == "always"
    minutes_formatted = False
    if first in ("hours", "minutes"):
        if hours_formatted and seconds_formatted:
            minutes_formatted = True
        elif minutes != 0 or minutes_display == "always":
            minutes_formatted = True
    negative = _sign(d) == -1
    out: list[tuple[str, str, str | None]] = []
    previous = False  # whether the unit before was formatted (a separator goes before this one)
    for formatted, value, unit in ((hours_formatted, hours, "hour"), (minutes_formatted, minutes, "minute"),
                                   (seconds_formatted, seconds, "second")):
        if not formatted:
            previous = False
            continue
        if previous:
            out.append(("literal", _separator(df), None))
        out += _numeric_part(df, realm, value, unit, sign_displayed, sign_displayed and value == 0 and negative,
                             unit == "second")
        sign_displayed = False
        previous = True
    return out


def partition_duration_format_pattern(df: JSDurationFormat, realm: "Realm",
                                      d: list[int]) -> list[tuple[str, str, str | None]]:
    """PartitionDurationFormatPattern ( durationFormat, duration ) (sec-partitiondurationformatpattern)."""
    groups: list[list[tuple[str, str, str | None]]] = []
    sign_displayed = True
    numeric_found = False
    for i, unit in enumerate(_UNIT_NAMES):
        if numeric_found:
            break
        value = Decimal(d[i])
        style, display = df.units[unit]
        if style in ("numeric", "2-digit"):
            groups.append(format_numeric_units(df, realm, d, unit, sign_displayed))
            numeric_found = True
            continue
        opts: dict[str, Any] = {}
        if unit in ("seconds", "milliseconds", "microseconds") and df.units[_UNIT_NAMES[i + 1]][0] == "fractional":
            value += compute_fractional_digits(df, d, i + 1)
            fd = df.fractional_digits
            opts["maximumFractionDigits"] = 9 if fd is None else fd
            opts["minimumFractionDigits"] = 0 if fd is None else fd
            opts["roundingMode"] = "trunc"
            numeric_found = True
        if value != 0 or display == "always":
            negative_zero = False
            if sign_displayed:
                sign_displayed = False
                negative_zero = value == 0 and _sign(d) == -1
            else:
                opts["signDisplay"] = "never"
            opts["style"] = "unit"
            opts["unit"] = unit[:-1]
            opts["unitDisplay"] = style
            nf = _number_format(df, realm, opts)
            groups.append([(t, v, unit[:-1]) for t, v in partition_number_pattern(nf, _mv(value, negative_zero))])
    return list_format_parts(df, groups)


def compute_fractional_digits(df: JSDurationFormat, d: list[int], start: int) -> Decimal:
    """ComputeFractionalDigits ( durationFormat, duration ) (sec-computefractionaldigits): the
    fractional-style units from ``start`` on as an exact fraction of the unit before them (from
    milliseconds: of a second; PartitionDurationFormatPattern also starts after ms or µs)."""
    result = Decimal(0)
    exponent = 3
    for i in range(start, 10):
        if df.units[_UNIT_NAMES[i]][0] != "fractional":
            break
        result += Decimal(d[i]).scaleb(-exponent)
        exponent += 3
    return result


def list_format_parts(df: JSDurationFormat, groups: list[list[tuple[str, str, str | None]]]
                      ) -> list[tuple[str, str, str | None]]:
    """ListFormatParts ( durationFormat, partitionedPartsList ) (sec-listformatparts)."""
    lf = JSListFormat(None)
    lf.locale, lf.data_locale = df.locale, df.data_locale
    lf.type = "unit"
    lf.style = "short" if df.style == "digital" else df.style
    strings = ["".join(v for _, v, _ in g) for g in groups]
    out: list[tuple[str, str, str | None]] = []
    k = 0
    for t, v in create_parts_from_list(lf, strings):
        if t == "element":
            out.extend(groups[k])
            k += 1
        else:
            out.append(("literal", v, None))
    return out


def _this(this: Any, method: str) -> JSDurationFormat:
    if not isinstance(this, JSDurationFormat):
        throw_type_error(f"Method Intl.DurationFormat.prototype.{method} called on incompatible receiver")
    return this


@proto.method("resolvedOptions", 0)
def df_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DurationFormat.prototype.resolvedOptions ( ) (sec-Intl.DurationFormat.prototype.resolvedOptions)."""
    df = _this(this, "resolvedOptions")
    fields: list[tuple[str, Any]] = [("locale", df.locale), ("numberingSystem", df.numbering_system),
                                     ("style", df.style)]
    for unit in _UNIT_NAMES:
        style, display = df.units[unit]
        fields.append((unit, "numeric" if style == "fractional" else style))
        fields.append((unit + "Display", display))
    fields.append(("fractionalDigits", df.fractional_digits))
    return options_object(realm, fields)


@proto.method("format", 1)
def df_format(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DurationFormat.prototype.format ( duration ) (sec-Intl.DurationFormat.prototype.format)."""
    df = _this(this, "format")
    d = _record(argument(args, 0))
    return "".join(v for _, v, _u in partition_duration_format_pattern(df, realm, d))


@proto.method("formatToParts", 1)
def df_format_to_parts(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DurationFormat.prototype.formatToParts ( duration ) (sec-Intl.DurationFormat.prototype.formatToParts)."""
    df = _this(this, "formatToParts")
    d = _record(argument(args, 0))
    parts = partition_duration_format_pattern(df, realm, d)
    return parts_array(realm, [[("type", t), ("value", v), ("unit", u)] for t, v, u in parts])


@ctor_table.method("supportedLocalesOf", 1)
def df_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DurationFormat.supportedLocalesOf ( locales [ , options ] ) (sec-Intl.DurationFormat.supportedLocalesOf)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.DurationFormat.prototype%"] = p
    ctor = make_constructor(realm, duration_format_constructor, "DurationFormat", 0, p)
    realm.intrinsics["%Intl.DurationFormat%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.DurationFormat", C)
    intl.define_builtin("DurationFormat", ctor)
