"""Temporal's option reading (sec-temporal-abstract-ops, sec-getoption ...) and the integer
conversions of its inputs (ToIntegerWithTruncation, ToIntegerIfIntegral ...)."""
from __future__ import annotations

import math
from typing import Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import REQUIRED as REQUIRED, get_option as get_option
from pyjsvm.runtime.operations import get_options_object as get_options_object
from pyjsvm.runtime.operations import to_number, to_string
from pyjsvm.intrinsics.temporal.common import (
    MAX_INCREMENT, UNITS, larger_of_two_temporal_units, negate_rounding_mode, temporal_unit_category,
    validate_temporal_rounding_increment,
)


ROUNDING_MODES = ("ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand",
                  "halfTrunc", "halfEven")


def to_integer_with_truncation(v: Any) -> int:
    """ToIntegerWithTruncation (sec-tointegerwithtruncation)."""
    n = v if type(v) is float else to_number(v)
    if n != n or n in (math.inf, -math.inf):
        throw_range_error("value must be a finite number")
    return int(n)


def to_positive_integer_with_truncation(v: Any) -> int:
    """ToPositiveIntegerWithTruncation (sec-topositiveintegerwithtruncation)."""
    i = to_integer_with_truncation(v)
    if i <= 0:
        throw_range_error("value must be a positive integer")
    return i


def to_integer_if_integral(v: Any) -> int:
    """ToIntegerIfIntegral (sec-tointegerifintegral)."""
    n = v if type(v) is float else to_number(v)
    if n != n or n in (math.inf, -math.inf) or not n.is_integer():
        throw_range_error("value must be an integer")
    return int(n)


def options_from(value: Any, key: str) -> JSObject:
    """NON-SPEC: the argument of round()/total()/getTimeZoneTransition(): a String becomes
    OrdinaryObjectCreate(null) with ``key`` set to it, anything else goes through
    GetOptionsObject (sec-getoptionsobject); undefined is a TypeError."""
    if value is None:
        throw_type_error(f"{key} is required")
    if type(value) is str:
        o = JSObject(None)
        o.props[key] = value
        return o
    return get_options_object(value)


def get_temporal_overflow_option(options: JSObject) -> str:
    """GetTemporalOverflowOption (sec-temporal-gettemporaloverflowoption)."""
    return get_option(options, "overflow", "string", ("constrain", "reject"), "constrain")


def get_temporal_disambiguation_option(options: JSObject) -> str:
    """GetTemporalDisambiguationOption (sec-temporal-gettemporaldisambiguationoption)."""
    return get_option(options, "disambiguation", "string", ("compatible", "earlier", "later", "reject"),
                      "compatible")


def get_temporal_offset_option(options: JSObject, fallback: str) -> str:
    """GetTemporalOffsetOption (sec-temporal-gettemporaloffsetoption)."""
    return get_option(options, "offset", "string", ("prefer", "use", "ignore", "reject"), fallback)


def get_temporal_show_calendar_name_option(options: JSObject) -> str:
    """GetTemporalShowCalendarNameOption (sec-temporal-gettemporalshowcalendarnameoption)."""
    return get_option(options, "calendarName", "string", ("auto", "always", "never", "critical"), "auto")


def get_temporal_show_time_zone_name_option(options: JSObject) -> str:
    """GetTemporalShowTimeZoneNameOption (sec-temporal-gettemporalshowtimezonenameoption)."""
    return get_option(options, "timeZoneName", "string", ("auto", "never", "critical"), "auto")


def get_temporal_show_offset_option(options: JSObject) -> str:
    """GetTemporalShowOffsetOption (sec-temporal-gettemporalshowoffsetoption)."""
    return get_option(options, "offset", "string", ("auto", "never"), "auto")


def get_direction_option(options: JSObject) -> str:
    """GetDirectionOption (sec-temporal-getdirectionoption)."""
    return get_option(options, "direction", "string", ("next", "previous"), REQUIRED)


def get_rounding_mode_option(options: JSObject, fallback: str) -> str:
    """GetRoundingModeOption (sec-getroundingmodeoption)."""
    return get_option(options, "roundingMode", "string", ROUNDING_MODES, fallback)


def get_rounding_increment_option(options: JSObject) -> int:
    """GetRoundingIncrementOption (sec-getroundingincrementoption)."""
    value = options.get("roundingIncrement", options)
    if value is None:
        return 1
    i = to_integer_with_truncation(value)
    if i < 1 or i > 10**9:
        throw_range_error("roundingIncrement is out of range")
    return i


def get_temporal_fractional_second_digits_option(options: JSObject) -> Any:
    """GetTemporalFractionalSecondDigitsOption (sec-temporal-gettemporalfractionalseconddigitsoption)."""
    value = options.get("fractionalSecondDigits", options)
    if value is None:
        return "auto"
    if type(value) is not float:
        if to_string(value) != "auto":
            throw_range_error("fractionalSecondDigits must be 'auto' or 0-9")
        return "auto"
    if value != value or value in (math.inf, -math.inf):
        throw_range_error("fractionalSecondDigits must be 'auto' or 0-9")
    n = math.floor(value)
    if n < 0 or n > 9:
        throw_range_error("fractionalSecondDigits must be 'auto' or 0-9")
    return n


def to_seconds_string_precision_record(smallest_unit: str, digits: Any) -> tuple[Any, str, int]:
    """ToSecondsStringPrecisionRecord (sec-temporal-tosecondsstringprecisionrecord):
    (precision, unit, increment)."""
    if smallest_unit == "minute":
        return ("minute", "minute", 1)
    if smallest_unit == "second":
        return (0, "second", 1)
    if smallest_unit == "millisecond":
        return (3, "millisecond", 1)
    if smallest_unit == "microsecond":
        return (6, "microsecond", 1)
    if smallest_unit == "nanosecond":
        return (9, "nanosecond", 1)
    if digits == "auto":
        return ("auto", "nanosecond", 1)
    if digits == 0:
        return (0, "second", 1)
    if digits <= 3:
        return (digits, "millisecond", 10 ** (3 - digits))
    if digits <= 6:
        return (digits, "microsecond", 10 ** (6 - digits))
    return (digits, "nanosecond", 10 ** (9 - digits))


_UNIT_STRINGS = {u: u for u in UNITS}
_UNIT_STRINGS.update({u + "s": u for u in UNITS})


def get_temporal_unit_valued_option(options: JSObject, key: str, default: Any) -> str:
    """GetTemporalUnitValuedOption (sec-temporal-gettemporalunitvaluedoption): a unit,
    "unset" or "auto". ``default`` is REQUIRED or "unset"."""
    allowed = list(_UNIT_STRINGS) + ["auto"]
    value = get_option(options, key, "string", allowed, REQUIRED if default is REQUIRED else None)
    if value is None:
        return "unset"
    if value == "auto":
        return "auto"
    return _UNIT_STRINGS[value]


def validate_temporal_unit_value(value: str, group: str, extra: tuple[str, ...] = ()) -> None:
    """ValidateTemporalUnitValue (sec-temporal-validatetemporalunitvalue)."""
    if value == "unset" or value in extra:
        return
    if value == "auto":
        throw_range_error("'auto' is not allowed here")
    cat = temporal_unit_category(value)
    if cat == "date" and group in ("date", "datetime"):
        return
    if cat == "time" and group in ("time", "datetime"):
        return
    throw_range_error(f"{value} is not a valid unit here")


def get_difference_settings(operation: str, options: JSObject, group: str, disallowed: tuple[str, ...],
                            fallback_smallest: str, smallest_largest_default: str) -> tuple[str, str, str, int]:
    """GetDifferenceSettings (sec-temporal-getdifferencesettings):
    (smallestUnit, largestUnit, roundingMode, roundingIncrement)."""
    largest = get_temporal_unit_valued_option(options, "largestUnit", "unset")
    increment = get_rounding_increment_option(options)
    mode = get_rounding_mode_option(options, "trunc")
    smallest = get_temporal_unit_valued_option(options, "smallestUnit", "unset")
    validate_temporal_unit_value(largest, group, ("auto",))
    if largest == "unset":
        largest = "auto"
    if largest in disallowed:
        throw_range_error(f"largestUnit {largest} is not allowed")
    validate_temporal_unit_value(smallest, group)
    if smallest == "unset":
        smallest = fallback_smallest
    if smallest in disallowed:
        throw_range_error(f"smallestUnit {smallest} is not allowed")
    default_largest = larger_of_two_temporal_units(smallest_largest_default, smallest)
    if largest == "auto":
        largest = default_largest
    if larger_of_two_temporal_units(largest, smallest) != largest:
        throw_range_error("largestUnit must be at least as large as smallestUnit")
    maximum = MAX_INCREMENT.get(smallest)
    if maximum is not None:
        validate_temporal_rounding_increment(increment, maximum, False)
    if operation == "since":
        mode = negate_rounding_mode(mode)
    return (smallest, largest, mode, increment)
