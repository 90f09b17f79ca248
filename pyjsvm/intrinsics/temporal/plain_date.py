"""Temporal.PlainDate (sec-temporal-plaindate-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import add_calendar_getters, add_calendar_id_getter, install_class
from pyjsvm.intrinsics.temporal.common import (
    MIDNIGHT, compare_iso_date, format_calendar_annotation, get_utc_epoch_nanoseconds, iso_date_time_within_limits,
    iso_date_to_string, is_valid_iso_date,
)
from pyjsvm.intrinsics.temporal.objects import (
    InternalDuration, JSPlainDate, calendar_date_add, calendar_date_from_fields, calendar_date_until,
    calendar_merge_fields, calendar_month_day_from_fields, calendar_year_month_from_fields, calendar_argument,
    create_negated_temporal_duration, create_temporal_date, create_temporal_date_time, create_temporal_duration,
    create_temporal_month_day, create_temporal_year_month, create_temporal_zoned_date_time, is_partial_temporal_object,
    iso_date_to_fields, prepare_calendar_fields, require, temporal_duration_from_internal,
    to_date_duration_record_without_time, to_temporal_calendar_identifier, to_temporal_date, to_temporal_duration,
    to_temporal_time, to_temporal_time_zone_identifier, to_time_record_or_midnight,
)
from pyjsvm.intrinsics.temporal.options import (
    get_difference_settings, get_options_object, get_temporal_overflow_option, get_temporal_show_calendar_name_option,
    to_integer_with_truncation,
)
from pyjsvm.intrinsics.temporal.ops import round_relative_duration
from pyjsvm.intrinsics.temporal.timezone import get_epoch_nanoseconds_for, get_start_of_day

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()


def plain_date_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.PlainDate ( isoYear, isoMonth, isoDay [ , calendar ] ) (sec-temporal.plaindate)."""
    if new_target is None:
        throw_type_error("Temporal.PlainDate must be called with new")
    y = to_integer_with_truncation(argument(args, 0))
    m = to_integer_with_truncation(argument(args, 1))
    d = to_integer_with_truncation(argument(args, 2))
    cal = calendar_argument(argument(args, 3))
    if not is_valid_iso_date(y, m, d):
        throw_range_error("invalid date")
    return create_temporal_date((y, m, d), cal, new_target)


@statics.method("from", 1)
def plain_date_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.from ( item [ , options ] ) (sec-temporal.plaindate.from)."""
    return to_temporal_date(argument(args, 0), argument(args, 1))


@statics.method("compare", 2)
def plain_date_compare(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.compare ( one, two ) (sec-temporal.plaindate.compare)."""
    one = to_temporal_date(argument(args, 0))
    two = to_temporal_date(argument(args, 1))
    return float(compare_iso_date(one.iso_date, two.iso_date))


def _this(this: Any, name: str) -> JSPlainDate:
    return require(this, JSPlainDate, f"Temporal.PlainDate.prototype.{name}")


add_calendar_id_getter(proto, JSPlainDate, "PlainDate")
add_calendar_getters(proto, JSPlainDate, "PlainDate",
                     ("era", "eraYear", "year", "month", "monthCode", "day", "dayOfWeek", "dayOfYear", "weekOfYear",
                      "yearOfWeek", "daysInWeek", "daysInMonth", "daysInYear", "monthsInYear", "inLeapYear"),
                     lambda o: o.iso_date)


@proto.method("toPlainYearMonth", 0)
def plain_date_to_plain_year_month(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.toPlainYearMonth ( ) (sec-temporal.plaindate.prototype.toplainyearmonth)."""
    o = _this(this, "toPlainYearMonth")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "date")
    d = calendar_year_month_from_fields(o.calendar, fields, "constrain")
    return create_temporal_year_month(d, o.calendar)


@proto.method("toPlainMonthDay", 0)
def plain_date_to_plain_month_day(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.toPlainMonthDay ( ) (sec-temporal.plaindate.prototype.toplainmonthday)."""
    o = _this(this, "toPlainMonthDay")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "date")
    d = calendar_month_day_from_fields(o.calendar, fields, "constrain")
    return create_temporal_month_day(d, o.calendar)


def add_duration_to_date(operation: str, o: JSPlainDate, like: Any, options: Any) -> Any:
    """AddDurationToDate (sec-temporal-adddurationtodate)."""
    duration = to_temporal_duration(like)
    if operation == "subtract":
        duration = create_negated_temporal_duration(duration)
    dd = to_date_duration_record_without_time(duration)
    overflow = get_temporal_overflow_option(get_options_object(options))
    result = calendar_date_add(o.calendar, o.iso_date, dd, overflow)
    return create_temporal_date(result, o.calendar)


@proto.method("add", 1)
def plain_date_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.add ( temporalDurationLike [ , options ] ) (sec-temporal.plaindate.prototype.add)."""
    return add_duration_to_date("add", _this(this, "add"), argument(args, 0), argument(args, 1))


@proto.method("subtract", 1)
def plain_date_subtract(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.subtract ( temporalDurationLike [ , options ] ) (sec-temporal.plaindate.prototype.subtract)."""
    return add_duration_to_date("subtract", _this(this, "subtract"), argument(args, 0), argument(args, 1))


@proto.method("with", 1)
def plain_date_with(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.with ( temporalDateLike [ , options ] ) (sec-temporal.plaindate.prototype.with)."""
    o = _this(this, "with")
    like = argument(args, 0)
    if not is_partial_temporal_object(like):
        throw_type_error("invalid argument to with()")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "date")
    partial = prepare_calendar_fields(o.calendar, like, ("year", "month", "monthCode", "day"), (), "partial")
    fields = calendar_merge_fields(o.calendar, fields, partial)
    overflow = get_temporal_overflow_option(get_options_object(argument(args, 1)))
    d = calendar_date_from_fields(o.calendar, fields, overflow)
    return create_temporal_date(d, o.calendar)


@proto.method("withCalendar", 1)
def plain_date_with_calendar(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.withCalendar ( calendarLike ) (sec-temporal.plaindate.prototype.withcalendar)."""
    o = _this(this, "withCalendar")
    cal = to_temporal_calendar_identifier(argument(args, 0))
    return create_temporal_date(o.iso_date, cal)


def difference_temporal_plain_date(operation: str, o: JSPlainDate, other: Any, options: Any) -> Any:
    """DifferenceTemporalPlainDate (sec-temporal-differencetemporalplaindate)."""
    other = to_temporal_date(other)
    if o.calendar != other.calendar:
        throw_range_error("calendars do not match")
    ro = get_options_object(options)
    smallest, largest, mode, increment = get_difference_settings(operation, ro, "date", (), "day", "day")
    if compare_iso_date(o.iso_date, other.iso_date) == 0:
        return create_temporal_duration(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    dd = calendar_date_until(o.calendar, o.iso_date, other.iso_date, largest)
    duration = InternalDuration(dd, 0)
    if smallest != "day" or increment != 1:
        dt = (o.iso_date, MIDNIGHT)
        origin = get_utc_epoch_nanoseconds(dt)
        dest = get_utc_epoch_nanoseconds((other.iso_date, MIDNIGHT))
        duration = round_relative_duration(duration, origin, dest, dt, None, o.calendar, largest, increment,
                                           smallest, mode)
    result = temporal_duration_from_internal(duration, "day")
    if operation == "since":
        result = create_negated_temporal_duration(result)
    return result


@proto.method("until", 1)
def plain_date_until(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.until ( other [ , options ] ) (sec-temporal.plaindate.prototype.until)."""
    return difference_temporal_plain_date("until", _this(this, "until"), argument(args, 0), argument(args, 1))


@proto.method("since", 1)
def plain_date_since(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.since ( other [ , options ] ) (sec-temporal.plaindate.prototype.since)."""
    return difference_temporal_plain_date("since", _this(this, "since"), argument(args, 0), argument(args, 1))


@proto.method("equals", 1)
def plain_date_equals(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.equals ( other ) (sec-temporal.plaindate.prototype.equals)."""
    o = _this(this, "equals")
    other = to_temporal_date(argument(args, 0))
    return o.iso_date == other.iso_date and o.calendar == other.calendar


@proto.method("toPlainDateTime", 0)
def plain_date_to_plain_date_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.toPlainDateTime ( [ temporalTime ] ) (sec-temporal.plaindate.prototype.toplaindatetime)."""
    o = _this(this, "toPlainDateTime")
    t = to_time_record_or_midnight(argument(args, 0))
    return create_temporal_date_time((o.iso_date, t), o.calendar)


@proto.method("toZonedDateTime", 1)
def plain_date_to_zoned_date_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.toZonedDateTime ( item ) (sec-temporal.plaindate.prototype.tozoneddatetime)."""
    o = _this(this, "toZonedDateTime")
    item = argument(args, 0)
    temporal_time = None
    if isinstance(item, JSObject):
        tz_like = item.get("timeZone", item)
        if tz_like is None:
            tz = to_temporal_time_zone_identifier(item)
        else:
            tz = to_temporal_time_zone_identifier(tz_like)
            temporal_time = item.get("plainTime", item)
    else:
        tz = to_temporal_time_zone_identifier(item)
    if temporal_time is None:
        ns = get_start_of_day(tz, o.iso_date)
    else:
        t = to_temporal_time(temporal_time)
        dt = (o.iso_date, t.time)
        if not iso_date_time_within_limits(dt):
            throw_range_error("date-time is outside the supported range")
        ns = get_epoch_nanoseconds_for(tz, dt, "compatible")
    return create_temporal_zoned_date_time(ns, tz, o.calendar)


def temporal_date_to_string(o: Any, show: str) -> str:
    """TemporalDateToString (sec-temporal-temporaldatetostring)."""
    return iso_date_to_string(o.iso_date) + format_calendar_annotation(o.calendar, show)


@proto.method("toString", 0)
def plain_date_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.toString ( [ options ] ) (sec-temporal.plaindate.prototype.tostring)."""
    o = _this(this, "toString")
    show = get_temporal_show_calendar_name_option(get_options_object(argument(args, 0)))
    return temporal_date_to_string(o, show)


@proto.method("toLocaleString", 0)
def plain_date_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.plaindate.prototype.tolocalestring)."""
    return temporal_date_to_string(_this(this, "toLocaleString"), "auto")


@proto.method("toJSON", 0)
def plain_date_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.toJSON ( ) (sec-temporal.plaindate.prototype.tojson)."""
    return temporal_date_to_string(_this(this, "toJSON"), "auto")


@proto.method("valueOf", 0)
def plain_date_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainDate.prototype.valueOf ( ) (sec-temporal.plaindate.prototype.valueof)."""
    throw_type_error("use Temporal.PlainDate.compare() or equals() to compare Temporal.PlainDate")


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "PlainDate", plain_date_constructor, 3, proto, statics)
