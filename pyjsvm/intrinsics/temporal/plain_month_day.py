"""Temporal.PlainMonthDay (sec-temporal-plainmonthday-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import add_calendar_getters, add_calendar_id_getter, install_class
from pyjsvm.intrinsics.temporal.common import format_calendar_annotation, is_valid_iso_date, pad_iso_year
from pyjsvm.intrinsics.temporal.objects import (
    JSPlainMonthDay, calendar_date_from_fields, calendar_merge_fields, calendar_month_day_from_fields,
    calendar_argument, create_temporal_date, create_temporal_month_day, is_partial_temporal_object,
    iso_date_to_fields, prepare_calendar_fields, require, to_temporal_month_day,
)
from pyjsvm.intrinsics.temporal.options import (
    get_options_object, get_temporal_overflow_option, get_temporal_show_calendar_name_option,
    to_integer_with_truncation,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()


def plain_month_day_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.PlainMonthDay ( isoMonth, isoDay [ , calendar [ , referenceISOYear ] ] ) (sec-temporal.plainmonthday)."""
    if new_target is None:
        throw_type_error("Temporal.PlainMonthDay must be called with new")
    ref = argument(args, 3)
    if ref is None:
        ref = 1972.0
    m = to_integer_with_truncation(argument(args, 0))
    d = to_integer_with_truncation(argument(args, 1))
    cal = calendar_argument(argument(args, 2))
    y = to_integer_with_truncation(ref)
    if not is_valid_iso_date(y, m, d):
        throw_range_error("invalid month-day")
    return create_temporal_month_day((y, m, d), cal, new_target)


@statics.method("from", 1)
def plain_month_day_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.from ( item [ , options ] ) (sec-temporal.plainmonthday.from)."""
    return to_temporal_month_day(argument(args, 0), argument(args, 1))


def _this(this: Any, name: str) -> JSPlainMonthDay:
    return require(this, JSPlainMonthDay, f"Temporal.PlainMonthDay.prototype.{name}")


add_calendar_id_getter(proto, JSPlainMonthDay, "PlainMonthDay")
add_calendar_getters(proto, JSPlainMonthDay, "PlainMonthDay", ("monthCode", "day"), lambda o: o.iso_date)


@proto.method("with", 1)
def plain_month_day_with(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.prototype.with ( temporalMonthDayLike [ , options ] ) (sec-temporal.plainmonthday.prototype.with)."""
    o = _this(this, "with")
    like = argument(args, 0)
    if not is_partial_temporal_object(like):
        throw_type_error("invalid argument to with()")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "month-day")
    partial = prepare_calendar_fields(o.calendar, like, ("year", "month", "monthCode", "day"), (), "partial")
    fields = calendar_merge_fields(o.calendar, fields, partial)
    overflow = get_temporal_overflow_option(get_options_object(argument(args, 1)))
    return create_temporal_month_day(calendar_month_day_from_fields(o.calendar, fields, overflow), o.calendar)


@proto.method("equals", 1)
def plain_month_day_equals(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.prototype.equals ( other ) (sec-temporal.plainmonthday.prototype.equals)."""
    o = _this(this, "equals")
    other = to_temporal_month_day(argument(args, 0))
    return o.iso_date == other.iso_date and o.calendar == other.calendar


def temporal_month_day_to_string(o: JSPlainMonthDay, show: str) -> str:
    """TemporalMonthDayToString (sec-temporal-temporalmonthdaytostring)."""
    result = f"{o.iso_date[1]:02d}-{o.iso_date[2]:02d}"
    if show in ("always", "critical") or o.calendar != "iso8601":
        result = f"{pad_iso_year(o.iso_date[0])}-" + result
    return result + format_calendar_annotation(o.calendar, show)


@proto.method("toString", 0)
def plain_month_day_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.prototype.toString ( [ options ] ) (sec-temporal.plainmonthday.prototype.tostring)."""
    o = _this(this, "toString")
    show = get_temporal_show_calendar_name_option(get_options_object(argument(args, 0)))
    return temporal_month_day_to_string(o, show)


@proto.method("toLocaleString", 0)
def plain_month_day_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.plainmonthday.prototype.tolocalestring)."""
    return temporal_month_day_to_string(_this(this, "toLocaleString"), "auto")


@proto.method("toJSON", 0)
def plain_month_day_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.prototype.toJSON ( ) (sec-temporal.plainmonthday.prototype.tojson)."""
    return temporal_month_day_to_string(_this(this, "toJSON"), "auto")


@proto.method("valueOf", 0)
def plain_month_day_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.prototype.valueOf ( ) (sec-temporal.plainmonthday.prototype.valueof)."""
    throw_type_error("use Temporal.PlainMonthDay.prototype.equals() to compare Temporal.PlainMonthDay")


@proto.method("toPlainDate", 1)
def plain_month_day_to_plain_date(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainMonthDay.prototype.toPlainDate ( item ) (sec-temporal.plainmonthday.prototype.toplaindate)."""
    o = _this(this, "toPlainDate")
    item = argument(args, 0)
    if not isinstance(item, JSObject):
        throw_type_error("toPlainDate needs an object with a year")
    fields = iso_date_to_fields(o.calendar, o.iso_date, "month-day")
    inputs = prepare_calendar_fields(o.calendar, item, ("year",), (), ())
    merged = calendar_merge_fields(o.calendar, fields, inputs)
    return create_temporal_date(calendar_date_from_fields(o.calendar, merged, "constrain"), o.calendar)


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "PlainMonthDay", plain_month_day_constructor, 2, proto, statics)
