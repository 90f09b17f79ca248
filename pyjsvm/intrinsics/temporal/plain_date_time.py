"""Temporal.PlainDateTime (sec-temporal-plaindatetime-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import add_calendar_getters, add_calendar_id_getter, install_class
from pyjsvm.intrinsics.temporal.common import TIME_FIELDS
from pyjsvm.intrinsics.temporal.common import (
    MAX_INCREMENT, add_days_to_iso_date, compare_iso_date_time, is_valid_iso_date, is_valid_time,
    iso_date_time_to_string, iso_date_time_within_limits, round_time, validate_temporal_rounding_increment,
)
from pyjsvm.intrinsics.temporal.objects import (
    JSPlainDateTime, calendar_merge_fields, calendar_argument, create_negated_temporal_duration,
    create_temporal_date, create_temporal_date_time, create_temporal_duration, create_temporal_time,
    create_temporal_zoned_date_time, interpret_temporal_date_time_fields, is_partial_temporal_object,
    iso_date_to_fields, prepare_calendar_fields, require, temporal_duration_from_internal,
    to_internal_duration_record_with_24_hour_days, to_temporal_calendar_identifier, to_temporal_date_time,
    to_temporal_duration, to_temporal_time_zone_identifier, to_time_record_or_midnight,
)
from pyjsvm.intrinsics.temporal.ops import add_date_time, difference_plain_date_time_with_rounding
from pyjsvm.intrinsics.temporal.options import (
    REQUIRED, get_difference_settings, options_from, get_options_object, get_rounding_increment_option, get_rounding_mode_option,
    get_temporal_disambiguation_option, get_temporal_overflow_option, get_temporal_show_calendar_name_option,
    get_temporal_unit_valued_option, to_integer_with_truncation, validate_temporal_unit_value,
)
from pyjsvm.intrinsics.temporal.plain_time import string_precision_options, time_getters
from pyjsvm.intrinsics.temporal.timezone import get_epoch_nanoseconds_for

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()


def plain_date_time_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.PlainDateTime ( isoYear, isoMonth, isoDay [ , hour [ , ... [ , calendar ] ] ] ) (sec-temporal.plaindatetime)."""
    if new_target is None:
        throw_type_error("Temporal.PlainDateTime must be called with new")
    y = to_integer_with_truncation(argument(args, 0))
    mo = to_integer_with_truncation(argument(args, 1))
    d = to_integer_with_truncation(argument(args, 2))
    t = []
    for i in range(3, 9):
        v = argument(args, i)
        t.append(0 if v is None else to_integer_with_truncation(v))
    cal = calendar_argument(argument(args, 9))
    if not is_valid_iso_date(y, mo, d):
        throw_range_error("invalid date")
    if not is_valid_time(*t):
        throw_range_error("invalid time")
    return create_temporal_date_time(((y, mo, d), tuple(t)), cal, new_target)  # type: ignore[arg-type]


@statics.method("from", 1)
def plain_date_time_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.from ( item [ , options ] ) (sec-temporal.plaindatetime.from)."""
    return to_temporal_date_time(argument(args, 0), argument(args, 1))


@statics.method("compare", 2)
def plain_date_time_compare(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.compare ( one, two ) (sec-temporal.plaindatetime.compare)."""
    one = to_temporal_date_time(argument(args, 0))
    two = to_temporal_date_time(argument(args, 1))
    return float(compare_iso_date_time(one.iso_date_time, two.iso_date_time))


def _this(this: Any, name: str) -> JSPlainDateTime:
    return require(this, JSPlainDateTime, f"Temporal.PlainDateTime.prototype.{name}")


add_calendar_id_getter(proto, JSPlainDateTime, "PlainDateTime")
add_calendar_getters(proto, JSPlainDateTime, "PlainDateTime",
                     ("era", "eraYear", "year", "month", "monthCode", "day"), lambda o: o.iso_date_time[0])
time_getters(proto, JSPlainDateTime, "PlainDateTime", lambda o: o.iso_date_time[1])
add_calendar_getters(proto, JSPlainDateTime, "PlainDateTime",
                     ("dayOfWeek", "dayOfYear", "weekOfYear", "yearOfWeek", "daysInWeek", "daysInMonth", "daysInYear",
                      "monthsInYear", "inLeapYear"), lambda o: o.iso_date_time[0])


@proto.method("with", 1)
def plain_date_time_with(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.with ( temporalDateTimeLike [ , options ] ) (sec-temporal.plaindatetime.prototype.with)."""
    o = _this(this, "with")
    like = argument(args, 0)
    if not is_partial_temporal_object(like):
        throw_type_error("invalid argument to with()")
    fields = iso_date_to_fields(o.calendar, o.iso_date_time[0], "date")
    for k, v in zip(TIME_FIELDS, o.iso_date_time[1]):
        fields[k] = v
    partial = prepare_calendar_fields(o.calendar, like, ("year", "month", "monthCode", "day"), TIME_FIELDS, "partial")
    fields = calendar_merge_fields(o.calendar, fields, partial)
    overflow = get_temporal_overflow_option(get_options_object(argument(args, 1)))
    dt = interpret_temporal_date_time_fields(o.calendar, fields, overflow)
    return create_temporal_date_time(dt, o.calendar)


@proto.method("withPlainTime", 0)
def plain_date_time_with_plain_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.withPlainTime ( [ plainTimeLike ] ) (sec-temporal.plaindatetime.prototype.withplaintime)."""
    o = _this(this, "withPlainTime")
    t = to_time_record_or_midnight(argument(args, 0))
    return create_temporal_date_time((o.iso_date_time[0], t), o.calendar)


@proto.method("withCalendar", 1)
def plain_date_time_with_calendar(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.withCalendar ( calendarLike ) (sec-temporal.plaindatetime.prototype.withcalendar)."""
    o = _this(this, "withCalendar")
    return create_temporal_date_time(o.iso_date_time, to_temporal_calendar_identifier(argument(args, 0)))


def add_duration_to_date_time(operation: str, o: JSPlainDateTime, like: Any, options: Any) -> Any:
    """AddDurationToDateTime (sec-temporal-adddurationtodatetime)."""
    d = to_temporal_duration(like)
    if operation == "subtract":
        d = create_negated_temporal_duration(d)
    overflow = get_temporal_overflow_option(get_options_object(options))
    internal = to_internal_duration_record_with_24_hour_days(d)
    result = add_date_time(o.iso_date_time, o.calendar, internal, overflow)
    return create_temporal_date_time(result, o.calendar)


@proto.method("add", 1)
def plain_date_time_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.add ( temporalDurationLike [ , options ] ) (sec-temporal.plaindatetime.prototype.add)."""
    return add_duration_to_date_time("add", _this(this, "add"), argument(args, 0), argument(args, 1))


@proto.method("subtract", 1)
def plain_date_time_subtract(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.subtract ( temporalDurationLike [ , options ] ) (sec-temporal.plaindatetime.prototype.subtract)."""
    return add_duration_to_date_time("subtract", _this(this, "subtract"), argument(args, 0), argument(args, 1))


def difference_temporal_plain_date_time(operation: str, o: JSPlainDateTime, other: Any, options: Any) -> Any:
    """DifferenceTemporalPlainDateTime (sec-temporal-differencetemporalplaindatetime)."""
    other = to_temporal_date_time(other)
    if o.calendar != other.calendar:
        throw_range_error("calendars do not match")
    ro = get_options_object(options)
    smallest, largest, mode, increment = get_difference_settings(operation, ro, "datetime", (), "nanosecond", "day")
    if compare_iso_date_time(o.iso_date_time, other.iso_date_time) == 0:
        return create_temporal_duration(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    internal = difference_plain_date_time_with_rounding(o.iso_date_time, other.iso_date_time, o.calendar, largest,
                                                        increment, smallest, mode)
    result = temporal_duration_from_internal(internal, largest)
    if operation == "since":
        result = create_negated_temporal_duration(result)
    return result


@proto.method("until", 1)
def plain_date_time_until(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.until ( other [ , options ] ) (sec-temporal.plaindatetime.prototype.until)."""
    return difference_temporal_plain_date_time("until", _this(this, "until"), argument(args, 0), argument(args, 1))


@proto.method("since", 1)
def plain_date_time_since(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.since ( other [ , options ] ) (sec-temporal.plaindatetime.prototype.since)."""
    return difference_temporal_plain_date_time("since", _this(this, "since"), argument(args, 0), argument(args, 1))


def round_iso_date_time(dt: Any, increment: int, unit: str, mode: str) -> Any:
    """RoundISODateTime (sec-temporal-roundisodatetime)."""
    days, t = round_time(dt[1], increment, unit, mode)
    return (add_days_to_iso_date(dt[0], days), t)


@proto.method("round", 1)
def plain_date_time_round(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.round ( roundTo ) (sec-temporal.plaindatetime.prototype.round)."""
    o = _this(this, "round")
    round_to = options_from(argument(args, 0), "smallestUnit")
    increment = get_rounding_increment_option(round_to)
    mode = get_rounding_mode_option(round_to, "halfExpand")
    smallest = get_temporal_unit_valued_option(round_to, "smallestUnit", REQUIRED)
    validate_temporal_unit_value(smallest, "time", ("day",))
    if smallest == "day":
        validate_temporal_rounding_increment(increment, 1, True)
    else:
        validate_temporal_rounding_increment(increment, MAX_INCREMENT[smallest], False)
    if smallest == "nanosecond" and increment == 1:
        return create_temporal_date_time(o.iso_date_time, o.calendar)
    return create_temporal_date_time(round_iso_date_time(o.iso_date_time, increment, smallest, mode), o.calendar)


@proto.method("equals", 1)
def plain_date_time_equals(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.equals ( other ) (sec-temporal.plaindatetime.prototype.equals)."""
    o = _this(this, "equals")
    other = to_temporal_date_time(argument(args, 0))
    return o.iso_date_time == other.iso_date_time and o.calendar == other.calendar


@proto.method("toString", 0)
def plain_date_time_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.toString ( [ options ] ) (sec-temporal.plaindatetime.prototype.tostring)."""
    o = _this(this, "toString")
    ro = get_options_object(argument(args, 0))
    show = get_temporal_show_calendar_name_option(ro)
    precision, unit, increment, mode = string_precision_options(ro)
    result = round_iso_date_time(o.iso_date_time, increment, unit, mode)
    if not iso_date_time_within_limits(result):
        throw_range_error("rounded date-time is outside the supported range")
    return iso_date_time_to_string(result, o.calendar, precision, show)


@proto.method("toLocaleString", 0)
def plain_date_time_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.plaindatetime.prototype.tolocalestring)."""
    o = _this(this, "toLocaleString")
    return iso_date_time_to_string(o.iso_date_time, o.calendar, "auto", "auto")


@proto.method("toJSON", 0)
def plain_date_time_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.toJSON ( ) (sec-temporal.plaindatetime.prototype.tojson)."""
    o = _this(this, "toJSON")
    return iso_date_time_to_string(o.iso_date_time, o.calendar, "auto", "auto")


@proto.method("valueOf", 0)
def plain_date_time_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.valueOf ( ) (sec-temporal.plaindatetime.prototype.valueof)."""
    throw_type_error("use Temporal.PlainDateTime.compare() or equals() to compare Temporal.PlainDateTime")


@proto.method("toZonedDateTime", 1)
def plain_date_time_to_zoned_date_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.toZonedDateTime ( temporalTimeZoneLike [ , options ] ) (sec-temporal.plaindatetime.prototype.tozoneddatetime)."""
    o = _this(this, "toZonedDateTime")
    tz = to_temporal_time_zone_identifier(argument(args, 0))
    disambiguation = get_temporal_disambiguation_option(get_options_object(argument(args, 1)))
    ns = get_epoch_nanoseconds_for(tz, o.iso_date_time, disambiguation)
    return create_temporal_zoned_date_time(ns, tz, o.calendar)


@proto.method("toPlainDate", 0)
def plain_date_time_to_plain_date(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.toPlainDate ( ) (sec-temporal.plaindatetime.prototype.toplaindate)."""
    o = _this(this, "toPlainDate")
    return create_temporal_date(o.iso_date_time[0], o.calendar)


@proto.method("toPlainTime", 0)
def plain_date_time_to_plain_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDateTime.prototype.toPlainTime ( ) (sec-temporal.plaindatetime.prototype.toplaintime)."""
    return create_temporal_time(_this(this, "toPlainTime").iso_date_time[1])


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "PlainDateTime", plain_date_time_constructor, 3, proto, statics)
