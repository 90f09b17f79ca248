"""Temporal.Duration (sec-temporal-duration-objects)."""
from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import install_class
from pyjsvm.intrinsics.temporal.common import (
    MAX_INCREMENT, MIDNIGHT, add_24_hour_days_to_time_duration, add_time, add_time_duration, format_fractional_seconds,
    is_calendar_unit, larger_of_two_temporal_units, round_number_to_increment, round_time_duration, sign_of,
    temporal_unit_category, time_duration_from_components, total_time_duration, validate_temporal_rounding_increment,
)
from pyjsvm.intrinsics.temporal.objects import (
    InternalDuration, JSTemporalDuration, adjust_date_duration_record, calendar_date_add, create_date_duration_record,
    create_negated_temporal_duration, create_temporal_duration, date_duration_days, default_temporal_largest_unit,
    duration_sign, get_temporal_relative_to_option, require, temporal_duration_from_internal,
    to_internal_duration_record, to_internal_duration_record_with_24_hour_days, to_temporal_duration,
    to_temporal_partial_duration_record,
)
from pyjsvm.intrinsics.temporal.ops import (
    add_zoned_date_time, difference_plain_date_time_with_rounding, difference_plain_date_time_with_total,
    difference_zoned_date_time_with_rounding, difference_zoned_date_time_with_total,
)
from pyjsvm.intrinsics.temporal.options import (
    REQUIRED, get_options_object, get_rounding_increment_option, get_rounding_mode_option,
    get_temporal_fractional_second_digits_option, get_temporal_unit_valued_option, options_from, to_integer_if_integral,
    to_seconds_string_precision_record, validate_temporal_unit_value,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()

FIELDS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds",
          "nanoseconds")


def duration_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.Duration ( [ years [ , months [ , ... ] ] ] ) (sec-temporal.duration)."""
    if new_target is None:
        throw_type_error("Temporal.Duration must be called with new")
    vals = []
    for i in range(10):
        v = argument(args, i)
        vals.append(0 if v is None else to_integer_if_integral(v))
    return create_temporal_duration(vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], vals[6], vals[7], vals[8],
                                    vals[9], new_target)


@statics.method("from", 1)
def duration_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.from ( item ) (sec-temporal.duration.from)."""
    return to_temporal_duration(argument(args, 0))


@statics.method("compare", 2)
def duration_compare(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.compare ( one, two [ , options ] ) (sec-temporal.duration.compare)."""
    one = to_temporal_duration(argument(args, 0))
    two = to_temporal_duration(argument(args, 1))
    ro = get_options_object(argument(args, 2))
    plain, zoned = get_temporal_relative_to_option(ro)
    if one.fields() == two.fields():
        return 0.0
    lu1 = default_temporal_largest_unit(one)
    lu2 = default_temporal_largest_unit(two)
    d1 = to_internal_duration_record(one)
    d2 = to_internal_duration_record(two)
    if zoned is not None and (temporal_unit_category(lu1) == "date" or temporal_unit_category(lu2) == "date"):
        a1 = add_zoned_date_time(zoned.epoch_ns, zoned.time_zone, zoned.calendar, d1, "constrain")
        a2 = add_zoned_date_time(zoned.epoch_ns, zoned.time_zone, zoned.calendar, d2, "constrain")
        return float(sign_of(a1 - a2))
    if is_calendar_unit(lu1) or is_calendar_unit(lu2):
        if plain is None:
            throw_range_error("relativeTo is required to compare durations with calendar units")
        days1 = date_duration_days(d1.date, plain)
        days2 = date_duration_days(d2.date, plain)
    else:
        days1 = one.days
        days2 = two.days
    t1 = add_24_hour_days_to_time_duration(d1.time, days1)
    t2 = add_24_hour_days_to_time_duration(d2.time, days2)
    return float(sign_of(t1 - t2))


def _this(this: Any, name: str) -> JSTemporalDuration:
    return require(this, JSTemporalDuration, f"Temporal.Duration.prototype.{name}")


def _field_getter(index: int, name: str) -> None:
    def getter(realm: Any, this: Any, args: list[Any], nt: Any) -> Any:
        return float(_this(this, name).fields()[index])
    getter.__doc__ = f"get Temporal.Duration.prototype.{name} (sec-get-temporal.duration.prototype.{name})."
    getter.__name__ = f"duration_{name}"
    proto.getter(name)(getter)


for _i, _n in enumerate(FIELDS):
    _field_getter(_i, _n)


@proto.getter("sign")
def duration_sign_getter(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.Duration.prototype.sign (sec-get-temporal.duration.prototype.sign)."""
    return float(duration_sign(_this(this, "sign")))


@proto.getter("blank")
def duration_blank(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.Duration.prototype.blank (sec-get-temporal.duration.prototype.blank)."""
    return duration_sign(_this(this, "blank")) == 0


@proto.method("with", 1)
def duration_with(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.with ( temporalDurationLike ) (sec-temporal.duration.prototype.with)."""
    d = _this(this, "with")
    partial = to_temporal_partial_duration_record(argument(args, 0))
    vals = [partial.get(k, v) for k, v in zip(FIELDS, d.fields())]
    return create_temporal_duration(*vals)


@proto.method("negated", 0)
def duration_negated(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.negated ( ) (sec-temporal.duration.prototype.negated)."""
    return create_negated_temporal_duration(_this(this, "negated"))


@proto.method("abs", 0)
def duration_abs(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.abs ( ) (sec-temporal.duration.prototype.abs)."""
    return create_temporal_duration(*[abs(v) for v in _this(this, "abs").fields()])


def add_durations(operation: str, d: JSTemporalDuration, other: Any) -> Any:
    """AddDurations (sec-temporal-adddurations)."""
    other = to_temporal_duration(other)
    if operation == "subtract":
        other = create_negated_temporal_duration(other)
    largest = larger_of_two_temporal_units(default_temporal_largest_unit(d), default_temporal_largest_unit(other))
    if is_calendar_unit(largest):
        throw_range_error("cannot add durations with calendar units without relativeTo")
    d1 = to_internal_duration_record_with_24_hour_days(d)
    d2 = to_internal_duration_record_with_24_hour_days(other)
    t = add_time_duration(d1.time, d2.time)
    return temporal_duration_from_internal(InternalDuration((0, 0, 0, 0), t), largest)


@proto.method("add", 1)
def duration_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.add ( other ) (sec-temporal.duration.prototype.add)."""
    return add_durations("add", _this(this, "add"), argument(args, 0))


@proto.method("subtract", 1)
def duration_subtract(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.subtract ( other ) (sec-temporal.duration.prototype.subtract)."""
    return add_durations("subtract", _this(this, "subtract"), argument(args, 0))


def _plain_relative_target(d: JSTemporalDuration, plain: Any) -> tuple:
    internal = to_internal_duration_record_with_24_hour_days(d)
    days, target_time = add_time(MIDNIGHT, internal.time)
    dd = adjust_date_duration_record(internal.date, days)
    target_date = calendar_date_add(plain.calendar, plain.iso_date, dd, "constrain")
    return ((plain.iso_date, MIDNIGHT), (target_date, target_time))


@proto.method("round", 1)
def duration_round(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.round ( roundTo ) (sec-temporal.duration.prototype.round)."""
    d = _this(this, "round")
    round_to = options_from(argument(args, 0), "smallestUnit")
    smallest_present = largest_present = True
    largest = get_temporal_unit_valued_option(round_to, "largestUnit", "unset")
    plain, zoned = get_temporal_relative_to_option(round_to)
    increment = get_rounding_increment_option(round_to)
    mode = get_rounding_mode_option(round_to, "halfExpand")
    smallest = get_temporal_unit_valued_option(round_to, "smallestUnit", "unset")
    validate_temporal_unit_value(smallest, "datetime")
    if smallest == "unset":
        smallest_present = False
        smallest = "nanosecond"
    existing = default_temporal_largest_unit(d)
    default_largest = larger_of_two_temporal_units(existing, smallest)
    if largest == "unset":
        largest_present = False
        largest = default_largest
    elif largest == "auto":
        largest = default_largest
    if not smallest_present and not largest_present:
        throw_range_error("at least one of smallestUnit or largestUnit is required")
    if larger_of_two_temporal_units(largest, smallest) != largest:
        throw_range_error("largestUnit must be at least as large as smallestUnit")
    maximum = MAX_INCREMENT.get(smallest)
    if maximum is not None:
        validate_temporal_rounding_increment(increment, maximum, False)
    if increment > 1 and largest != smallest and temporal_unit_category(smallest) == "date":
        throw_range_error("roundingIncrement > 1 needs largestUnit == smallestUnit for date units")
    if zoned is not None:
        internal = to_internal_duration_record(d)
        target = add_zoned_date_time(zoned.epoch_ns, zoned.time_zone, zoned.calendar, internal, "constrain")
        internal = difference_zoned_date_time_with_rounding(zoned.epoch_ns, target, zoned.time_zone, zoned.calendar,
                                                            largest, increment, smallest, mode)
        if temporal_unit_category(largest) == "date":
            largest = "hour"
        return temporal_duration_from_internal(internal, largest)
    if plain is not None:
        start, target = _plain_relative_target(d, plain)
        internal = difference_plain_date_time_with_rounding(start, target, plain.calendar, largest, increment,
                                                            smallest, mode)
        return temporal_duration_from_internal(internal, largest)
    if is_calendar_unit(existing) or is_calendar_unit(largest):
        throw_range_error("relativeTo is required for rounding durations with calendar units")
    internal = to_internal_duration_record_with_24_hour_days(d)
    if smallest == "day":
        fractional = total_time_duration(internal.time, "day")
        days = round_number_to_increment(fractional, increment, mode)
        internal = InternalDuration(create_date_duration_record(0, 0, 0, days), 0)
    else:
        td = round_time_duration(internal.time, increment, smallest, mode)
        internal = InternalDuration((0, 0, 0, 0), td)
    return temporal_duration_from_internal(internal, largest)


@proto.method("total", 1)
def duration_total(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.total ( totalOf ) (sec-temporal.duration.prototype.total)."""
    d = _this(this, "total")
    total_of = options_from(argument(args, 0), "unit")
    plain, zoned = get_temporal_relative_to_option(total_of)
    unit = get_temporal_unit_valued_option(total_of, "unit", REQUIRED)
    validate_temporal_unit_value(unit, "datetime")
    total: Fraction
    if zoned is not None:
        internal = to_internal_duration_record(d)
        target = add_zoned_date_time(zoned.epoch_ns, zoned.time_zone, zoned.calendar, internal, "constrain")
        total = difference_zoned_date_time_with_total(zoned.epoch_ns, target, zoned.time_zone, zoned.calendar, unit)
    elif plain is not None:
        start, target = _plain_relative_target(d, plain)
        total = difference_plain_date_time_with_total(start, target, plain.calendar, unit)
    else:
        largest = default_temporal_largest_unit(d)
        if is_calendar_unit(largest) or is_calendar_unit(unit):
            throw_range_error("relativeTo is required for totals of calendar units")
        internal = to_internal_duration_record_with_24_hour_days(d)
        total = total_time_duration(internal.time, unit)
    return float(total)


def temporal_duration_to_string(d: JSTemporalDuration, precision: Any) -> str:
    """TemporalDurationToString (sec-temporal-temporaldurationtostring)."""
    sign = duration_sign(d)
    date_part = ""
    for v, c in ((d.years, "Y"), (d.months, "M"), (d.weeks, "W"), (d.days, "D")):
        if v != 0:
            date_part += f"{abs(v)}{c}"
    time_part = ""
    if d.hours != 0:
        time_part += f"{abs(d.hours)}H"
    if d.minutes != 0:
        time_part += f"{abs(d.minutes)}M"
    zero_minutes_and_higher = default_temporal_largest_unit(d) in ("second", "millisecond", "microsecond",
                                                                   "nanosecond")
    secs = time_duration_from_components(0, 0, d.seconds, d.milliseconds, d.microseconds, d.nanoseconds)
    if secs != 0 or zero_minutes_and_higher or precision != "auto":
        a = abs(secs)
        time_part += f"{a // 10**9}" + format_fractional_seconds(a % 10**9, precision) + "S"
    result = ("-" if sign < 0 else "") + "P" + date_part
    if time_part:
        result += "T" + time_part
    return result


@proto.method("toString", 0)
def duration_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.toString ( [ options ] ) (sec-temporal.duration.prototype.tostring)."""
    d = _this(this, "toString")
    ro = get_options_object(argument(args, 0))
    digits = get_temporal_fractional_second_digits_option(ro)
    mode = get_rounding_mode_option(ro, "trunc")
    smallest = get_temporal_unit_valued_option(ro, "smallestUnit", "unset")
    validate_temporal_unit_value(smallest, "time")
    if smallest in ("hour", "minute"):
        throw_range_error("smallestUnit must be seconds or smaller")
    precision, unit, increment = to_seconds_string_precision_record(smallest, digits)
    if unit == "nanosecond" and increment == 1:
        return temporal_duration_to_string(d, precision)
    largest = default_temporal_largest_unit(d)
    internal = to_internal_duration_record(d)
    td = round_time_duration(internal.time, increment, unit, mode)
    internal = InternalDuration(internal.date, td)
    rounded_largest = larger_of_two_temporal_units(largest, "second")
    rounded = temporal_duration_from_internal(internal, rounded_largest)
    return temporal_duration_to_string(rounded, precision)


@proto.method("toJSON", 0)
def duration_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.toJSON ( ) (sec-temporal.duration.prototype.tojson)."""
    return temporal_duration_to_string(_this(this, "toJSON"), "auto")


@proto.method("toLocaleString", 0)
def duration_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.duration.prototype.tolocalestring)."""
    return temporal_duration_to_string(_this(this, "toLocaleString"), "auto")


@proto.method("valueOf", 0)
def duration_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Duration.prototype.valueOf ( ) (sec-temporal.duration.prototype.valueof)."""
    throw_type_error("use Temporal.Duration.compare() or toString() to compare Temporal.Duration")


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "Duration", duration_constructor, 0, proto, statics)


__all__ = ["setup", "sign_of", "add_24_hour_days_to_time_duration"]
