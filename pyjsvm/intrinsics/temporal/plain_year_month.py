"""Temporal.PlainYearMonth (sec-temporal-plainyearmonth-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import add_calendar_getters, add_calendar_id_getter, install_class
from pyjsvm.intrinsics.temporal.common import (
    MIDNIGHT, compare_iso_date, format_calendar_annotation, get_utc_epoch_nanoseconds, is_valid_iso_date, pad_iso_year,
)
from pyjsvm.intrinsics.temporal.objects import (
    InternalDuration, JSPlainYearMonth, calendar_date_add, calendar_date_from_fields, calendar_date_until,
    calendar_merge_fields, calendar_year_month_from_fields, calendar_argument, create_negated_temporal_duration,
    create_temporal_date, create_temporal_duration, create_temporal_year_month, is_partial_temporal_object,
    iso_date_to_fields, prepare_calendar_fields, require, temporal_duration_from_internal, to_internal_duration_record,
    to_temporal_duration, to_temporal_year_month,
)
from pyjsvm.intrinsics.temporal.ops import round_relative_duration
from pyjsvm.intrinsics.temporal.options import (
    get_difference_settings, get_options_object, get_temporal_overflow_option, get_temporal_show_calendar_name_option,
    to_integer_with_truncation,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()


def plain_year_month_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.PlainYearMonth ( isoYear, isoMonth [ , calendar [ , referenceISODay ] ] ) (sec-temporal.plainyearmonth)."""
    if new_target is None:
        throw_type_error("Temporal.PlainYearMonth must be called with new")
    ref = argument(args, 3)
    if ref is None:
        ref = 1.0
    y = to_integer_with_truncation(argument(args, 0))
    m = to_integer_with_truncation(argument(args, 1))
    cal = calendar_argument(argument(args, 2))
    d = to_integer_with_truncation(ref)
    if not is_valid_iso_date(y, m, d):
        throw_range_error("invalid year-month")
    return create_temporal_year_month((y, m, d), cal, new_target)


@statics.method("from", 1)
def plain_year_month_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.from ( item [ , options ] ) (sec-temporal.plainyearmonth.from)."""
    return to_temporal_year_month(argument(args, 0), argument(args, 1))


@statics.method("compare", 2)
def plain_year_month_compare(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.compare ( one, two ) (sec-temporal.plainyearmonth.compare)."""
    one = to_temporal_year_month(argument(args, 0))
    two = to_temporal_year_month(argument(args, 1))
    return float(compare_iso_date(one.iso_date, two.iso_date))


def _this(this: Any, name: str) -> JSPlainYearMonth:
    return require(this, JSPlainYearMonth, f"Temporal.PlainYearMonth.prototype.{name}")


add_calendar_id_getter(proto, JSPlainYearMonth, "PlainYearMonth")
add_calendar_getters(proto, JSPlainYearMonth, "PlainYearMonth",
                     ("era", "eraYear", "year", "month", "monthCode", "daysInYear", "daysInMonth", "monthsInYear",
                      "inLeapYear"), lambda o: o.iso_date)


@proto.method("with", 1)
def plain_year_month_with(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.with ( temporalYearMonthLike [ , options ] ) (sec-temporal.plainyearmonth.prototype.with)."""
    o = _this(this, "with")
    like = argument(args, 0)
    if not is_partial_temporal_object(like):
        throw_type_error("invalid argument to with()")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "year-month")
    partial = prepare_calendar_fields(o.calendar, like, ("year", "month", "monthCode"), (), "partial")
    fields = calendar_merge_fields(o.calendar, fields, partial)
    overflow = get_temporal_overflow_option(get_options_object(argument(args, 1)))
    return create_temporal_year_month(calendar_year_month_from_fields(o.calendar, fields, overflow), o.calendar)


def add_duration_to_year_month(operation: str, o: JSPlainYearMonth, like: Any, options: Any) -> Any:
    """AddDurationToYearMonth (sec-temporal-adddurationtoyearmonth)."""
    d = to_temporal_duration(like)
    if operation == "subtract":
        d = create_negated_temporal_duration(d)
    internal = to_internal_duration_record(d)
    overflow = get_temporal_overflow_option(get_options_object(options))
    to_add = internal.date
    if to_add[2] != 0 or to_add[3] != 0 or internal.time != 0:
        throw_range_error("only years and months can be added to a Temporal.PlainYearMonth")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "year-month")
    fields["day"] = 1
    date = calendar_date_from_fields(o.calendar, fields, "constrain")
    added = calendar_date_add(o.calendar, date, to_add, overflow)
    added_fields = iso_date_to_fields(o.calendar, added, "year-month")
    return create_temporal_year_month(calendar_year_month_from_fields(o.calendar, added_fields, overflow), o.calendar)


@proto.method("add", 1)
def plain_year_month_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.add ( temporalDurationLike [ , options ] ) (sec-temporal.plainyearmonth.prototype.add)."""
    return add_duration_to_year_month("add", _this(this, "add"), argument(args, 0), argument(args, 1))


@proto.method("subtract", 1)
def plain_year_month_subtract(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.subtract ( temporalDurationLike [ , options ] ) (sec-temporal.plainyearmonth.prototype.subtract)."""
    return add_duration_to_year_month("subtract", _this(this, "subtract"), argument(args, 0), argument(args, 1))


def difference_temporal_plain_year_month(operation: str, o: JSPlainYearMonth, other: Any, options: Any) -> Any:
    """DifferenceTemporalPlainYearMonth (sec-temporal-differencetemporalplainyearmonth)."""
    other = to_temporal_year_month(other)
    if o.calendar != other.calendar:
        throw_range_error("calendars do not match")
    ro = get_options_object(options)
    smallest, largest, mode, increment = get_difference_settings(operation, ro, "date", ("week", "day"), "month",
                                                                  "year")
    if compare_iso_date(o.iso_date, other.iso_date) == 0:
        return create_temporal_duration(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    this_fields = iso_date_to_fields(o.calendar, o.iso_date, "year-month")
    this_fields["day"] = 1
    this_date = calendar_date_from_fields(o.calendar, this_fields, "constrain")
    other_fields = iso_date_to_fields(o.calendar, other.iso_date, "year-month")
    other_fields["day"] = 1
    other_date = calendar_date_from_fields(o.calendar, other_fields, "constrain")
    dd = calendar_date_until(o.calendar, this_date, other_date, largest)
    duration = InternalDuration((dd[0], dd[1], 0, 0), 0)
    if smallest != "month" or increment != 1:
        dt = (this_date, MIDNIGHT)
        origin = get_utc_epoch_nanoseconds(dt)
        dest = get_utc_epoch_nanoseconds((other_date, MIDNIGHT))
        duration = round_relative_duration(duration, origin, dest, dt, None, o.calendar, largest, increment,
                                           smallest, mode)
    result = temporal_duration_from_internal(duration, "day")
    if operation == "since":
        result = create_negated_temporal_duration(result)
    return result


@proto.method("until", 1)
def plain_year_month_until(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.until ( other [ , options ] ) (sec-temporal.plainyearmonth.prototype.until)."""
    return difference_temporal_plain_year_month("until", _this(this, "until"), argument(args, 0), argument(args, 1))


@proto.method("since", 1)
def plain_year_month_since(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.since ( other [ , options ] ) (sec-temporal.plainyearmonth.prototype.since)."""
    return difference_temporal_plain_year_month("since", _this(this, "since"), argument(args, 0), argument(args, 1))


@proto.method("equals", 1)
def plain_year_month_equals(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.equals ( other ) (sec-temporal.plainyearmonth.prototype.equals)."""
    o = _this(this, "equals")
    other = to_temporal_year_month(argument(args, 0))
    return o.iso_date == other.iso_date and o.calendar == other.calendar


def temporal_year_month_to_string(o: JSPlainYearMonth, show: str) -> str:
    """TemporalYearMonthToString (sec-temporal-temporalyearmonthtostring)."""
    result = f"{pad_iso_year(o.iso_date[0])}-{o.iso_date[1]:02d}"
    if show in ("always", "critical") or o.calendar != "iso8601":
        result += f"-{o.iso_date[2]:02d}"
    return result + format_calendar_annotation(o.calendar, show)


@proto.method("toString", 0)
def plain_year_month_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.toString ( [ options ] ) (sec-temporal.plainyearmonth.prototype.tostring)."""
    o = _this(this, "toString")
    show = get_temporal_show_calendar_name_option(get_options_object(argument(args, 0)))
    return temporal_year_month_to_string(o, show)


@proto.method("toLocaleString", 0)
def plain_year_month_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.plainyearmonth.prototype.tolocalestring)."""
    return temporal_year_month_to_string(_this(this, "toLocaleString"), "auto")


@proto.method("toJSON", 0)
def plain_year_month_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.toJSON ( ) (sec-temporal.plainyearmonth.prototype.tojson)."""
    return temporal_year_month_to_string(_this(this, "toJSON"), "auto")


@proto.method("valueOf", 0)
def plain_year_month_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.valueOf ( ) (sec-temporal.plainyearmonth.prototype.valueof)."""
    throw_type_error("use Temporal.PlainYearMonth.compare() or equals() to compare Temporal.PlainYearMonth")


@proto.method("toPlainDate", 1)
def plain_year_month_to_plain_date(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainYearMonth.prototype.toPlainDate ( item ) (sec-temporal.plainyearmonth.prototype.toplaindate)."""
    o = _this(this, "toPlainDate")
    item = argument(args, 0)
    if not isinstance(item, JSObject):
        throw_type_error("toPlainDate needs an object with a day")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "year-month")
    inputs = prepare_calendar_fields(o.calendar, item, ("day",), (), ())
    merged = calendar_merge_fields(o.calendar, fields, inputs)
    return create_temporal_date(calendar_date_from_fields(o.calendar, merged, "constrain"), o.calendar)


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "PlainYearMonth", plain_year_month_constructor, 2, proto, statics)
