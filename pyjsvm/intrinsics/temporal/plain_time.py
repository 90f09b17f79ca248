"""Temporal.PlainTime (sec-temporal-plaintime-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.classes import install_class
from pyjsvm.intrinsics.temporal.common import TIME_FIELDS
from pyjsvm.intrinsics.temporal.common import (
    MAX_INCREMENT, add_time, compare_time_record, difference_time, is_valid_time, regulate_time, round_time,
    round_time_duration, time_record_to_string, validate_temporal_rounding_increment,
)
from pyjsvm.intrinsics.temporal.objects import (
    InternalDuration, JSPlainTime, create_negated_temporal_duration, create_temporal_time, is_partial_temporal_object,
    require, temporal_duration_from_internal, to_internal_duration_record, to_temporal_duration, to_temporal_time,
    to_temporal_time_record,
)
from pyjsvm.intrinsics.temporal.options import (
    REQUIRED, get_difference_settings, get_options_object, get_rounding_increment_option, get_rounding_mode_option,
    get_temporal_fractional_second_digits_option, get_temporal_overflow_option, options_from, get_temporal_unit_valued_option,
    to_integer_with_truncation, to_seconds_string_precision_record, validate_temporal_unit_value,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
statics = BuiltinTable()


def plain_time_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Temporal.PlainTime ( [ hour [ , minute [ , ... ] ] ] ) (sec-temporal.plaintime)."""
    if new_target is None:
        throw_type_error("Temporal.PlainTime must be called with new")
    vals = []
    for i in range(6):
        v = argument(args, i)
        vals.append(0 if v is None else to_integer_with_truncation(v))
    if not is_valid_time(*vals):
        throw_range_error("invalid time")
    return create_temporal_time(tuple(vals), new_target)  # type: ignore[arg-type]


@statics.method("from", 1)
def plain_time_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.from ( item [ , options ] ) (sec-temporal.plaintime.from)."""
    return to_temporal_time(argument(args, 0), argument(args, 1))


@statics.method("compare", 2)
def plain_time_compare(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.compare ( one, two ) (sec-temporal.plaintime.compare)."""
    one = to_temporal_time(argument(args, 0))
    two = to_temporal_time(argument(args, 1))
    return float(compare_time_record(one.time, two.time))


def _this(this: Any, name: str) -> JSPlainTime:
    return require(this, JSPlainTime, f"Temporal.PlainTime.prototype.{name}")


def time_getters(table: BuiltinTable, cls: type, class_name: str, time_of: Any) -> None:
    """NON-SPEC: declare the hour ... nanosecond getters of a class whose instances have a time."""
    for i, name in enumerate(TIME_FIELDS):
        def getter(realm: Any, this: Any, args: list[Any], nt: Any, i: int = i, name: str = name) -> Any:
            return float(time_of(require(this, cls, f"Temporal.{class_name}.prototype.{name}"))[i])
        getter.__doc__ = f"get Temporal.{class_name}.prototype.{name} (sec-get-temporal.{class_name.lower()}.prototype.{name})."
        getter.__name__ = f"{class_name}_{name}"
        table.getter(name)(getter)


time_getters(proto, JSPlainTime, "PlainTime", lambda o: o.time)


def add_duration_to_time(operation: str, o: JSPlainTime, like: Any) -> Any:
    """AddDurationToTime (sec-temporal-adddurationtotime)."""
    d = to_temporal_duration(like)
    if operation == "subtract":
        d = create_negated_temporal_duration(d)
    internal = to_internal_duration_record(d)
    _, t = add_time(o.time, internal.time)
    return create_temporal_time(t)


@proto.method("add", 1)
def plain_time_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.add ( temporalDurationLike ) (sec-temporal.plaintime.prototype.add)."""
    return add_duration_to_time("add", _this(this, "add"), argument(args, 0))


@proto.method("subtract", 1)
def plain_time_subtract(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.subtract ( temporalDurationLike ) (sec-temporal.plaintime.prototype.subtract)."""
    return add_duration_to_time("subtract", _this(this, "subtract"), argument(args, 0))


@proto.method("with", 1)
def plain_time_with(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.with ( temporalTimeLike [ , options ] ) (sec-temporal.plaintime.prototype.with)."""
    o = _this(this, "with")
    like = argument(args, 0)
    if not is_partial_temporal_object(like):
        throw_type_error("invalid argument to with()")
    partial = to_temporal_time_record(like, "partial")
    vals = [partial.get(k, v) for k, v in zip(TIME_FIELDS, o.time)]
    overflow = get_temporal_overflow_option(get_options_object(argument(args, 1)))
    return create_temporal_time(regulate_time(vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], overflow))


def difference_temporal_plain_time(operation: str, o: JSPlainTime, other: Any, options: Any) -> Any:
    """DifferenceTemporalPlainTime (sec-temporal-differencetemporalplaintime)."""
    other = to_temporal_time(other)
    ro = get_options_object(options)
    smallest, largest, mode, increment = get_difference_settings(operation, ro, "time", (), "nanosecond", "hour")
    td = difference_time(o.time, other.time)
    td = round_time_duration(td, increment, smallest, mode)
    result = temporal_duration_from_internal(InternalDuration((0, 0, 0, 0), td), largest)
    if operation == "since":
        result = create_negated_temporal_duration(result)
    return result


@proto.method("until", 1)
def plain_time_until(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.until ( other [ , options ] ) (sec-temporal.plaintime.prototype.until)."""
    return difference_temporal_plain_time("until", _this(this, "until"), argument(args, 0), argument(args, 1))


@proto.method("since", 1)
def plain_time_since(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.since ( other [ , options ] ) (sec-temporal.plaintime.prototype.since)."""
    return difference_temporal_plain_time("since", _this(this, "since"), argument(args, 0), argument(args, 1))


@proto.method("round", 1)
def plain_time_round(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.round ( roundTo ) (sec-temporal.plaintime.prototype.round)."""
    o = _this(this, "round")
    round_to = options_from(argument(args, 0), "smallestUnit")
    increment = get_rounding_increment_option(round_to)
    mode = get_rounding_mode_option(round_to, "halfExpand")
    smallest = get_temporal_unit_valued_option(round_to, "smallestUnit", REQUIRED)
    validate_temporal_unit_value(smallest, "time")
    validate_temporal_rounding_increment(increment, MAX_INCREMENT[smallest], False)
    _, t = round_time(o.time, increment, smallest, mode)
    return create_temporal_time(t)


@proto.method("equals", 1)
def plain_time_equals(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.equals ( other ) (sec-temporal.plaintime.prototype.equals)."""
    o = _this(this, "equals")
    return o.time == to_temporal_time(argument(args, 0)).time


def string_precision_options(ro: JSObject) -> tuple[Any, str, int, str]:
    """NON-SPEC: the fractionalSecondDigits / roundingMode / smallestUnit options of the
    toString methods: (precision, unit, increment, roundingMode)."""
    digits = get_temporal_fractional_second_digits_option(ro)
    mode = get_rounding_mode_option(ro, "trunc")
    smallest = get_temporal_unit_valued_option(ro, "smallestUnit", "unset")
    validate_temporal_unit_value(smallest, "time")
    if smallest == "hour":
        throw_range_error("smallestUnit must not be hour")
    precision, unit, increment = to_seconds_string_precision_record(smallest, digits)
    return (precision, unit, increment, mode)


@proto.method("toString", 0)
def plain_time_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.toString ( [ options ] ) (sec-temporal.plaintime.prototype.tostring)."""
    o = _this(this, "toString")
    precision, unit, increment, mode = string_precision_options(get_options_object(argument(args, 0)))
    _, t = round_time(o.time, increment, unit, mode)
    return time_record_to_string(t, precision)


@proto.method("toLocaleString", 0)
def plain_time_to_locale_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-temporal.plaintime.prototype.tolocalestring)."""
    return time_record_to_string(_this(this, "toLocaleString").time, "auto")


@proto.method("toJSON", 0)
def plain_time_to_json(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.toJSON ( ) (sec-temporal.plaintime.prototype.tojson)."""
    return time_record_to_string(_this(this, "toJSON").time, "auto")


@proto.method("valueOf", 0)
def plain_time_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.PlainTime.prototype.valueOf ( ) (sec-temporal.plaintime.prototype.valueof)."""
    throw_type_error("use Temporal.PlainTime.compare() or equals() to compare Temporal.PlainTime")


def setup(realm: "Realm", temporal: JSObject) -> None:
    install_class(realm, temporal, "PlainTime", plain_time_constructor, 0, proto, statics)
