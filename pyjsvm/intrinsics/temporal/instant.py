"""Temporal.Instant (sec-temporal-instant-objects)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_bigint
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import to_number
from pyjsvm.runtime.values import JSBigInt, argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import install_class
from pyjsvm.intrinsics.temporal.common import (
    NS_PER_DAY, UNIT_NS, format_date_time_utc_offset_rounded, is_valid_epoch_nanoseconds, iso_date_time_to_string,
    sign_of, temporal_unit_category, validate_temporal_rounding_increment,
)
from pyjsvm.intrinsics.temporal.objects import (
    JSInstant, create_negated_temporal_duration, create_temporal_instant, create_temporal_zoned_date_time,
    default_temporal_largest_unit, require, temporal_duration_from_internal,
    to_internal_duration_record_with_24_hour_days, to_temporal_duration, to_temporal_instant,
    to_temporal_time_zone_identifier,
)
from pyjsvm.intrinsics.temporal.ops import add_instant, difference_instant, round_temporal_instant
from pyjsvm.intrinsics.temporal.options import (
    REQUIRED, get_difference_settings, options_from, get_options_object, get_rounding_increment_option, get_rounding_mode_option,
    get_temporal_fractional_second_digits_option, get_temporal_unit_valued_option, to_seconds_string_precision_record,
    validate_temporal_unit_value,
)
from pyjsvm.intrinsics.temporal.timezone import get_iso_date_time_for, get_offset_nanoseconds_for

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()


def instant_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.Instant ( epochNanoseconds ) (sec-temporal.instant)."""
    if new_target is None:
        throw_type_error("Temporal.Instant must be called with new")
    ns = to_bigint(argument(args, 0)).value
    if not is_valid_epoch_nanoseconds(ns):
        throw_range_error("epochNanoseconds is outside the supported range")
    return create_temporal_instant(ns, new_target)


@statics.method("from", 1)
def instant_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.from ( item ) (sec-temporal.instant.from)."""
    return to_temporal_instant(argument(args, 0))


@statics.method("fromEpochMilliseconds", 1)
def instant_from_epoch_milliseconds(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.fromEpochMilliseconds ( epochMilliseconds ) (sec-temporal.instant.fromepochmilliseconds)."""
    ms = to_number(argument(args, 0))
    if ms != ms or ms in (math.inf, -math.inf) or not ms.is_integer():
        throw_range_error("epochMilliseconds must be an integer")
    ns = int(ms) * 10**6
    if not is_valid_epoch_nanoseconds(ns):
        throw_range_error("epochMilliseconds is outside the supported range")
    return create_temporal_instant(ns)


@statics.method("fromEpochNanoseconds", 1)
def instant_from_epoch_nanoseconds(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.fromEpochNanoseconds ( epochNanoseconds ) (sec-temporal.instant.fromepochnanoseconds)."""
    ns = to_bigint(argument(args, 0)).value
    if not is_valid_epoch_nanoseconds(ns):
        throw_range_error("epochNanoseconds is outside the supported range")
    return create_temporal_instant(ns)


@statics.method("compare", 2)
def instant_compare(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.compare ( one, two ) (sec-temporal.instant.compare)."""
    one = to_temporal_instant(argument(args, 0))
    two = to_temporal_instant(argument(args, 1))
    return float(sign_of(one.epoch_ns - two.epoch_ns))


def _this(this: Any, name: str) -> JSInstant:
    return require(this, JSInstant, f"Temporal.Instant.prototype.{name}")


@proto.getter("epochMilliseconds")
def instant_epoch_milliseconds(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.Instant.prototype.epochMilliseconds (sec-get-temporal.instant.prototype.epochmilliseconds)."""
    return float(_this(this, "epochMilliseconds").epoch_ns // 10**6)


@proto.getter("epochNanoseconds")
def instant_epoch_nanoseconds(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Temporal.Instant.prototype.epochNanoseconds (sec-get-temporal.instant.prototype.epochnanoseconds)."""
    return JSBigInt(_this(this, "epochNanoseconds").epoch_ns)


def add_duration_to_instant(operation: str, o: JSInstant, like: Any) -> Any:
    """AddDurationToInstant (sec-temporal-adddurationtoinstant)."""
    d = to_temporal_duration(like)
    if operation == "subtract":
        d = create_negated_temporal_duration(d)
    if temporal_unit_category(default_temporal_largest_unit(d)) == "date":
        throw_range_error("Temporal.Instant cannot add calendar units or days")
    internal = to_internal_duration_record_with_24_hour_days(d)
    return create_temporal_instant(add_instant(o.epoch_ns, internal.time))


@proto.method("add", 1)
def instant_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.add ( temporalDurationLike ) (sec-temporal.instant.prototype.add)."""
    return add_duration_to_instant("add", _this(this, "add"), argument(args, 0))


@proto.method("subtract", 1)
def instant_subtract(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.subtract ( temporalDurationLike ) (sec-temporal.instant.prototype.subtract)."""
    return add_duration_to_instant("subtract", _this(this, "subtract"), argument(args, 0))


def difference_temporal_instant(operation: str, o: JSInstant, other: Any, options: Any) -> Any:
    """DifferenceTemporalInstant (sec-temporal-differencetemporalinstant)."""
    other = to_temporal_instant(other)
    ro = get_options_object(options)
    smallest, largest, mode, increment = get_difference_settings(operation, ro, "time", (), "nanosecond", "second")
    internal = difference_instant(o.epoch_ns, other.epoch_ns, increment, smallest, mode)
    result = temporal_duration_from_internal(internal, largest)
    if operation == "since":
        result = create_negated_temporal_duration(result)
    return result


@proto.method("until", 1)
def instant_until(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.until ( other [ , options ] ) (sec-temporal.instant.prototype.until)."""
    return difference_temporal_instant("until", _this(this, "until"), argument(args, 0), argument(args, 1))


@proto.method("since", 1)
def instant_since(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.since ( other [ , options ] ) (sec-temporal.instant.prototype.since)."""
    return difference_temporal_instant("since", _this(this, "since"), argument(args, 0), argument(args, 1))


@proto.method("round", 1)
def instant_round(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.round ( roundTo ) (sec-temporal.instant.prototype.round)."""
    o = _this(this, "round")
    round_to = options_from(argument(args, 0), "smallestUnit")
    increment = get_rounding_increment_option(round_to)
    mode = get_rounding_mode_option(round_to, "halfExpand")
    smallest = get_temporal_unit_valued_option(round_to, "smallestUnit", REQUIRED)
    validate_temporal_unit_value(smallest, "time")
    maximum = NS_PER_DAY // UNIT_NS[smallest]
    validate_temporal_rounding_increment(increment, maximum, True)
    return create_temporal_instant(round_temporal_instant(o.epoch_ns, increment, smallest, mode))


@proto.method("equals", 1)
def instant_equals(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.equals ( other ) (sec-temporal.instant.prototype.equals)."""
    o = _this(this, "equals")
    return o.epoch_ns == to_temporal_instant(argument(args, 0)).epoch_ns


def temporal_instant_to_string(ns: int, tz: Any, precision: Any) -> str:
    """TemporalInstantToString (sec-temporal-temporalinstanttostring)."""
    out_tz = "UTC" if tz is None else tz
    dt = get_iso_date_time_for(out_tz, ns)
    s = iso_date_time_to_string(dt, "iso8601", precision, "never")
    if tz is None:
        return s + "Z"
    return s + format_date_time_utc_offset_rounded(get_offset_nanoseconds_for(out_tz, ns))


@proto.method("toString", 0)
def instant_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.toString ( [ options ] ) (sec-temporal.instant.prototype.tostring)."""
    o = _this(this, "toString")
    ro = get_options_object(argument(args, 0))
    digits = get_temporal_fractional_second_digits_option(ro)
    mode = get_rounding_mode_option(ro, "trunc")
    smallest = get_temporal_unit_valued_option(ro, "smallestUnit", "unset")
    tz = ro.get("timeZone", ro)
    validate_temporal_unit_value(smallest, "time")
    if smallest == "hour":
        throw_range_error("smallestUnit must not be hour")
    if tz is not None:
        tz = to_temporal_time_zone_identifier(tz)
    precision, unit, increment = to_seconds_string_precision_record(smallest, digits)
    ns = round_temporal_instant(o.epoch_ns, increment, unit, mode)
    if not is_valid_epoch_nanoseconds(ns):
        throw_range_error("rounded instant is outside the supported range")
    return temporal_instant_to_string(ns, tz, precision)


@proto.method("toLocaleString", 0)
def instant_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.instant.prototype.tolocalestring)."""
    return temporal_instant_to_string(_this(this, "toLocaleString").epoch_ns, None, "auto")


@proto.method("toJSON", 0)
def instant_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.toJSON ( ) (sec-temporal.instant.prototype.tojson)."""
    return temporal_instant_to_string(_this(this, "toJSON").epoch_ns, None, "auto")


@proto.method("valueOf", 0)
def instant_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.valueOf ( ) (sec-temporal.instant.prototype.valueof)."""
    throw_type_error("use Temporal.Instant.compare() or equals() to compare Temporal.Instant")


@proto.method("toZonedDateTimeISO", 1)
def instant_to_zoned_date_time_iso(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Instant.prototype.toZonedDateTimeISO ( timeZone ) (sec-temporal.instant.prototype.tozoneddatetimeiso)."""
    o = _this(this, "toZonedDateTimeISO")
    tz = to_temporal_time_zone_identifier(argument(args, 0))
    return create_temporal_zoned_date_time(o.epoch_ns, tz, "iso8601")


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "Instant", instant_constructor, 1, proto, statics)
