"""Temporal.ZonedDateTime (sec-temporal-zoneddatetime-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_bigint
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import NULL, JSBigInt, argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import FIELD_GETTERS, install_class
from pyjsvm.intrinsics.temporal.common import TIME_FIELDS
from pyjsvm.intrinsics.temporal.common import (
    MAX_INCREMENT, add_days_to_iso_date, format_date_time_utc_offset_rounded, format_offset_time_zone_identifier,
    format_utc_offset_nanoseconds, is_valid_epoch_nanoseconds, iso_date_time_to_string, round_time_duration_to_increment,
    sign_of, temporal_unit_category, total_time_duration, validate_temporal_rounding_increment,
)
from pyjsvm.intrinsics.temporal.objects import (
    JSZonedDateTime, calendar_merge_fields, calendar_argument, create_negated_temporal_duration,
    create_temporal_date, create_temporal_date_time, create_temporal_duration, create_temporal_instant,
    create_temporal_time, create_temporal_zoned_date_time, interpret_iso_date_time_offset,
    interpret_temporal_date_time_fields, is_partial_temporal_object, iso_date_to_fields, prepare_calendar_fields,
    require, temporal_duration_from_internal, to_internal_duration_record, to_temporal_calendar_identifier,
    to_temporal_duration, to_temporal_time, to_temporal_time_zone_identifier, to_temporal_zoned_date_time,
)
from pyjsvm.intrinsics.temporal.ops import (
    add_zoned_date_time, difference_instant, difference_zoned_date_time_with_rounding, round_temporal_instant,
)
from pyjsvm.intrinsics.temporal.options import (
    REQUIRED, get_difference_settings, options_from, get_direction_option, get_options_object, get_rounding_increment_option,
    get_rounding_mode_option, get_temporal_disambiguation_option, get_temporal_fractional_second_digits_option,
    get_temporal_offset_option, get_temporal_overflow_option, get_temporal_show_calendar_name_option,
    get_temporal_show_offset_option, get_temporal_show_time_zone_name_option, get_temporal_unit_valued_option,
    to_seconds_string_precision_record, validate_temporal_unit_value,
)
from pyjsvm.intrinsics.temporal.parser import parse_date_time_utc_offset, parse_time_zone_identifier
from pyjsvm.intrinsics.temporal.plain_date_time import round_iso_date_time
from pyjsvm.intrinsics.temporal.timezone import (
    get_available_named_time_zone_identifier, get_epoch_nanoseconds_for, get_iso_date_time_for,
    get_named_time_zone_next_transition, get_named_time_zone_previous_transition, get_offset_nanoseconds_for,
    get_start_of_day, is_offset_time_zone_identifier, time_zone_equals,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()


def zoned_date_time_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.ZonedDateTime ( epochNanoseconds, timeZone [ , calendar ] ) (sec-temporal.zoneddatetime)."""
    if new_target is None:
        throw_type_error("Temporal.ZonedDateTime must be called with new")
    ns = to_bigint(argument(args, 0)).value
    if not is_valid_epoch_nanoseconds(ns):
        throw_range_error("epochNanoseconds is outside the supported range")
    tz = argument(args, 1)
    if type(tz) is not str:
        throw_type_error("timeZone must be a string")
    name, minutes = parse_time_zone_identifier(tz)
    if minutes is None:
        assert name is not None
        rec = get_available_named_time_zone_identifier(name)
        if rec is None:
            throw_range_error(f"unknown time zone: {name}")
        tz = rec[0]
    else:
        tz = format_offset_time_zone_identifier(minutes)
    cal = calendar_argument(argument(args, 2))
    return create_temporal_zoned_date_time(ns, tz, cal, new_target)


@statics.method("from", 1)
def zoned_date_time_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.from ( item [ , options ] ) (sec-temporal.zoneddatetime.from)."""
    return to_temporal_zoned_date_time(argument(args, 0), argument(args, 1))


@statics.method("compare", 2)
def zoned_date_time_compare(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.compare ( one, two ) (sec-temporal.zoneddatetime.compare)."""
    one = to_temporal_zoned_date_time(argument(args, 0))
    two = to_temporal_zoned_date_time(argument(args, 1))
    return float(sign_of(one.epoch_ns - two.epoch_ns))


def _this(this: Any, name: str) -> JSZonedDateTime:
    return require(this, JSZonedDateTime, f"Temporal.ZonedDateTime.prototype.{name}")


def _dt(o: JSZonedDateTime) -> Any:
    return get_iso_date_time_for(o.time_zone, o.epoch_ns)


@proto.getter("calendarId")
def zoned_date_time_calendar_id(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.ZonedDateTime.prototype.calendarId (sec-get-temporal.zoneddatetime.prototype.calendarid)."""
    return _this(this, "calendarId").calendar


@proto.getter("timeZoneId")
def zoned_date_time_time_zone_id(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.ZonedDateTime.prototype.timeZoneId (sec-get-temporal.zoneddatetime.prototype.timezoneid)."""
    return _this(this, "timeZoneId").time_zone


def _date_getter(name: str) -> None:
    field = FIELD_GETTERS[name]

    def getter(realm: Any, this: Any, args: list[Any], nt: Any) -> Any:
        return field(_dt(_this(this, name))[0])
    getter.__doc__ = f"get Temporal.ZonedDateTime.prototype.{name} (sec-get-temporal.zoneddatetime.prototype.{name.lower()})."
    getter.__name__ = f"zoned_{name}"
    proto.getter(name)(getter)


def _time_getter(i: int, name: str) -> None:
    def getter(realm: Any, this: Any, args: list[Any], nt: Any) -> Any:
        return float(_dt(_this(this, name))[1][i])
    getter.__doc__ = f"get Temporal.ZonedDateTime.prototype.{name} (sec-get-temporal.zoneddatetime.prototype.{name})."
    getter.__name__ = f"zoned_{name}"
    proto.getter(name)(getter)


for _n in ("era", "eraYear", "year", "month", "monthCode", "day"):
    _date_getter(_n)
for _i, _n in enumerate(TIME_FIELDS):
    _time_getter(_i, _n)


@proto.getter("epochMilliseconds")
def zoned_date_time_epoch_milliseconds(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.ZonedDateTime.prototype.epochMilliseconds (sec-get-temporal.zoneddatetime.prototype.epochmilliseconds)."""
    return float(_this(this, "epochMilliseconds").epoch_ns // 10**6)


@proto.getter("epochNanoseconds")
def zoned_date_time_epoch_nanoseconds(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.ZonedDateTime.prototype.epochNanoseconds (sec-get-temporal.zoneddatetime.prototype.epochnanoseconds)."""
    return JSBigInt(_this(this, "epochNanoseconds").epoch_ns)


for _n in ("dayOfWeek", "dayOfYear", "weekOfYear", "yearOfWeek"):
    _date_getter(_n)


@proto.getter("hoursInDay")
def zoned_date_time_hours_in_day(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.ZonedDateTime.prototype.hoursInDay (sec-get-temporal.zoneddatetime.prototype.hoursinday)."""
    o = _this(this, "hoursInDay")
    today = _dt(o)[0]
    tomorrow = add_days_to_iso_date(today, 1)
    today_ns = get_start_of_day(o.time_zone, today)
    tomorrow_ns = get_start_of_day(o.time_zone, tomorrow)
    return float(total_time_duration(tomorrow_ns - today_ns, "hour"))


for _n in ("daysInWeek", "daysInMonth", "daysInYear", "monthsInYear", "inLeapYear"):
    _date_getter(_n)


@proto.getter("offsetNanoseconds")
def zoned_date_time_offset_nanoseconds(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.ZonedDateTime.prototype.offsetNanoseconds (sec-get-temporal.zoneddatetime.prototype.offsetnanoseconds)."""
    o = _this(this, "offsetNanoseconds")
    return float(get_offset_nanoseconds_for(o.time_zone, o.epoch_ns))


@proto.getter("offset")
def zoned_date_time_offset(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.ZonedDateTime.prototype.offset (sec-get-temporal.zoneddatetime.prototype.offset)."""
    o = _this(this, "offset")
    return format_utc_offset_nanoseconds(get_offset_nanoseconds_for(o.time_zone, o.epoch_ns))


@proto.method("with", 1)
def zoned_date_time_with(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.with ( temporalZonedDateTimeLike [ , options ] ) (sec-temporal.zoneddatetime.prototype.with)."""
    o = _this(this, "with")
    like = argument(args, 0)
    if not is_partial_temporal_object(like):
        throw_type_error("invalid argument to with()")
    tz, cal = o.time_zone, o.calendar
    offset_ns = get_offset_nanoseconds_for(tz, o.epoch_ns)
    dt = get_iso_date_time_for(tz, o.epoch_ns)
    fields = iso_date_to_fields(cal, dt[0], "date")
    for k, v in zip(TIME_FIELDS, dt[1]):
        fields[k] = v
    fields["offset"] = format_utc_offset_nanoseconds(offset_ns)
    partial = prepare_calendar_fields(cal, like, ("year", "month", "monthCode", "day"), TIME_FIELDS + ("offset",),
                                      "partial")
    fields = calendar_merge_fields(cal, fields, partial)
    ro = get_options_object(argument(args, 1))
    disambiguation = get_temporal_disambiguation_option(ro)
    offset_option = get_temporal_offset_option(ro, "prefer")
    overflow = get_temporal_overflow_option(ro)
    d, t = interpret_temporal_date_time_fields(cal, fields, overflow)
    new_offset = parse_date_time_utc_offset(fields["offset"])
    ns = interpret_iso_date_time_offset(d, t, "option", new_offset, tz, disambiguation, offset_option, "match-exactly")
    return create_temporal_zoned_date_time(ns, tz, cal)


@proto.method("withPlainTime", 0)
def zoned_date_time_with_plain_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.withPlainTime ( [ plainTimeLike ] ) (sec-temporal.zoneddatetime.prototype.withplaintime)."""
    o = _this(this, "withPlainTime")
    dt = _dt(o)
    like = argument(args, 0)
    if like is None:
        ns = get_start_of_day(o.time_zone, dt[0])
    else:
        t = to_temporal_time(like)
        ns = get_epoch_nanoseconds_for(o.time_zone, (dt[0], t.time), "compatible")
    return create_temporal_zoned_date_time(ns, o.time_zone, o.calendar)


@proto.method("withTimeZone", 1)
def zoned_date_time_with_time_zone(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.withTimeZone ( timeZoneLike ) (sec-temporal.zoneddatetime.prototype.withtimezone)."""
    o = _this(this, "withTimeZone")
    tz = to_temporal_time_zone_identifier(argument(args, 0))
    return create_temporal_zoned_date_time(o.epoch_ns, tz, o.calendar)


@proto.method("withCalendar", 1)
def zoned_date_time_with_calendar(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.withCalendar ( calendarLike ) (sec-temporal.zoneddatetime.prototype.withcalendar)."""
    o = _this(this, "withCalendar")
    cal = to_temporal_calendar_identifier(argument(args, 0))
    return create_temporal_zoned_date_time(o.epoch_ns, o.time_zone, cal)


def add_duration_to_zoned_date_time(operation: str, o: JSZonedDateTime, like: Any, options: Any) -> Any:
    """AddDurationToZonedDateTime (sec-temporal-adddurationtozoneddatetime)."""
    d = to_temporal_duration(like)
    if operation == "subtract":
        d = create_negated_temporal_duration(d)
    overflow = get_temporal_overflow_option(get_options_object(options))
    internal = to_internal_duration_record(d)
    ns = add_zoned_date_time(o.epoch_ns, o.time_zone, o.calendar, internal, overflow)
    return create_temporal_zoned_date_time(ns, o.time_zone, o.calendar)


@proto.method("add", 1)
def zoned_date_time_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.add ( temporalDurationLike [ , options ] ) (sec-temporal.zoneddatetime.prototype.add)."""
    return add_duration_to_zoned_date_time("add", _this(this, "add"), argument(args, 0), argument(args, 1))


@proto.method("subtract", 1)
def zoned_date_time_subtract(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.subtract ( temporalDurationLike [ , options ] ) (sec-temporal.zoneddatetime.prototype.subtract)."""
    return add_duration_to_zoned_date_time("subtract", _this(this, "subtract"), argument(args, 0), argument(args, 1))


def difference_temporal_zoned_date_time(operation: str, o: JSZonedDateTime, other: Any, options: Any) -> Any:
    """DifferenceTemporalZonedDateTime (sec-temporal-differencetemporalzoneddatetime)."""
    other = to_temporal_zoned_date_time(other)
    if o.calendar != other.calendar:
        throw_range_error("calendars do not match")
    ro = get_options_object(options)
    smallest, largest, mode, increment = get_difference_settings(operation, ro, "datetime", (), "nanosecond", "hour")
    if temporal_unit_category(largest) == "time":
        internal = difference_instant(o.epoch_ns, other.epoch_ns, increment, smallest, mode)
        result = temporal_duration_from_internal(internal, largest)
    else:
        if not time_zone_equals(o.time_zone, other.time_zone):
            throw_range_error("time zones do not match; use a time unit as largestUnit")
        if o.epoch_ns == other.epoch_ns:
            return create_temporal_duration(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        internal = difference_zoned_date_time_with_rounding(o.epoch_ns, other.epoch_ns, o.time_zone, o.calendar,
                                                            largest, increment, smallest, mode)
        result = temporal_duration_from_internal(internal, "hour")
    if operation == "since":
        result = create_negated_temporal_duration(result)
    return result


@proto.method("until", 1)
def zoned_date_time_until(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.until ( other [ , options ] ) (sec-temporal.zoneddatetime.prototype.until)."""
    return difference_temporal_zoned_date_time("until", _this(this, "until"), argument(args, 0), argument(args, 1))


@proto.method("since", 1)
def zoned_date_time_since(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.since ( other [ , options ] ) (sec-temporal.zoneddatetime.prototype.since)."""
    return difference_temporal_zoned_date_time("since", _this(this, "since"), argument(args, 0), argument(args, 1))


@proto.method("round", 1)
def zoned_date_time_round(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.round ( roundTo ) (sec-temporal.zoneddatetime.prototype.round)."""
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
        return create_temporal_zoned_date_time(o.epoch_ns, o.time_zone, o.calendar)
    tz = o.time_zone
    dt = _dt(o)
    if smallest == "day":
        start_ns = get_start_of_day(tz, dt[0])
        end_ns = get_start_of_day(tz, add_days_to_iso_date(dt[0], 1))
        rounded = round_time_duration_to_increment(o.epoch_ns - start_ns, end_ns - start_ns, mode)
        ns = rounded + start_ns
    else:
        r = round_iso_date_time(dt, increment, smallest, mode)
        offset_ns = get_offset_nanoseconds_for(tz, o.epoch_ns)
        ns = interpret_iso_date_time_offset(r[0], r[1], "option", offset_ns, tz, "compatible", "prefer",
                                            "match-exactly")
    return create_temporal_zoned_date_time(ns, tz, o.calendar)


@proto.method("equals", 1)
def zoned_date_time_equals(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.equals ( other ) (sec-temporal.zoneddatetime.prototype.equals)."""
    o = _this(this, "equals")
    other = to_temporal_zoned_date_time(argument(args, 0))
    if o.epoch_ns != other.epoch_ns:
        return False
    if not time_zone_equals(o.time_zone, other.time_zone):
        return False
    return o.calendar == other.calendar


def temporal_zoned_date_time_to_string(o: JSZonedDateTime, precision: Any, show_calendar: str, show_tz: str,
                                       show_offset: str, increment: int = 1, unit: str = "nanosecond",
                                       mode: str = "trunc") -> str:
    """TemporalZonedDateTimeToString (sec-temporal-temporalzoneddatetimetostring)."""
    ns = round_temporal_instant(o.epoch_ns, increment, unit, mode)
    tz = o.time_zone
    offset_ns = get_offset_nanoseconds_for(tz, ns)
    dt = get_iso_date_time_for(tz, ns)
    s = iso_date_time_to_string(dt, "iso8601", precision, "never")
    if show_offset != "never":
        s += format_date_time_utc_offset_rounded(offset_ns)
    if show_tz != "never":
        flag = "!" if show_tz == "critical" else ""
        s += f"[{flag}{tz}]"
    from_cal = o.calendar
    if show_calendar == "never" or (show_calendar == "auto" and from_cal == "iso8601"):
        return s
    return s + f"[{'!' if show_calendar == 'critical' else ''}u-ca={from_cal}]"


@proto.method("toString", 0)
def zoned_date_time_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.toString ( [ options ] ) (sec-temporal.zoneddatetime.prototype.tostring)."""
    o = _this(this, "toString")
    ro = get_options_object(argument(args, 0))
    show_calendar = get_temporal_show_calendar_name_option(ro)
    digits = get_temporal_fractional_second_digits_option(ro)
    show_offset = get_temporal_show_offset_option(ro)
    mode = get_rounding_mode_option(ro, "trunc")
    smallest = get_temporal_unit_valued_option(ro, "smallestUnit", "unset")
    show_tz = get_temporal_show_time_zone_name_option(ro)
    validate_temporal_unit_value(smallest, "time")
    if smallest == "hour":
        throw_range_error("smallestUnit must not be hour")
    precision, unit, increment = to_seconds_string_precision_record(smallest, digits)
    return temporal_zoned_date_time_to_string(o, precision, show_calendar, show_tz, show_offset, increment, unit,
                                              mode)


@proto.method("toLocaleString", 0)
def zoned_date_time_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.zoneddatetime.prototype.tolocalestring)."""
    return temporal_zoned_date_time_to_string(_this(this, "toLocaleString"), "auto", "auto", "auto", "auto")


@proto.method("toJSON", 0)
def zoned_date_time_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.toJSON ( ) (sec-temporal.zoneddatetime.prototype.tojson)."""
    return temporal_zoned_date_time_to_string(_this(this, "toJSON"), "auto", "auto", "auto", "auto")


@proto.method("valueOf", 0)
def zoned_date_time_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.valueOf ( ) (sec-temporal.zoneddatetime.prototype.valueof)."""
    throw_type_error("use Temporal.ZonedDateTime.compare() or equals() to compare Temporal.ZonedDateTime")


@proto.method("startOfDay", 0)
def zoned_date_time_start_of_day(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.startOfDay ( ) (sec-temporal.zoneddatetime.prototype.startofday)."""
    o = _this(this, "startOfDay")
    ns = get_start_of_day(o.time_zone, _dt(o)[0])
    return create_temporal_zoned_date_time(ns, o.time_zone, o.calendar)


@proto.method("getTimeZoneTransition", 1)
def zoned_date_time_get_time_zone_transition(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.getTimeZoneTransition ( directionParam ) (sec-temporal.zoneddatetime.prototype.gettimezonetransition)."""
    o = _this(this, "getTimeZoneTransition")
    opts = options_from(argument(args, 0), "direction")
    direction = get_direction_option(opts)
    if is_offset_time_zone_identifier(o.time_zone):
        return NULL
    if direction == "next":
        t = get_named_time_zone_next_transition(o.time_zone, o.epoch_ns)
    else:
        t = get_named_time_zone_previous_transition(o.time_zone, o.epoch_ns)
    if t is None:
        return NULL
    return create_temporal_zoned_date_time(t, o.time_zone, o.calendar)


@proto.method("toInstant", 0)
def zoned_date_time_to_instant(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.toInstant ( ) (sec-temporal.zoneddatetime.prototype.toinstant)."""
    return create_temporal_instant(_this(this, "toInstant").epoch_ns)


@proto.method("toPlainDate", 0)
def zoned_date_time_to_plain_date(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.toPlainDate ( ) (sec-temporal.zoneddatetime.prototype.toplaindate)."""
    o = _this(this, "toPlainDate")
    return create_temporal_date(_dt(o)[0], o.calendar)


@proto.method("toPlainTime", 0)
def zoned_date_time_to_plain_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.toPlainTime ( ) (sec-temporal.zoneddatetime.prototype.toplaintime)."""
    return create_temporal_time(_dt(_this(this, "toPlainTime"))[1])


@proto.method("toPlainDateTime", 0)
def zoned_date_time_to_plain_date_time(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.ZonedDateTime.prototype.toPlainDateTime ( ) (sec-temporal.zoneddatetime.prototype.toplaindatetime)."""
    o = _this(this, "toPlainDateTime")
    return create_temporal_date_time(_dt(o), o.calendar)


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "ZonedDateTime", zoned_date_time_constructor, 2, proto, statics)
