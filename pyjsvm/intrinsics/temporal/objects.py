"""Temporal's objects and the operations that create and convert them: the instances of every
Temporal class, CreateTemporalX, ToTemporalX, the ISO 8601 calendar (sec-temporal-calendars:
PrepareCalendarFields, CalendarResolveFields, CalendarDateAdd, CalendarDateUntil ...) and the
duration records (sec-temporal-duration-records)."""
from __future__ import annotations

from typing import Any

from pyjsvm.runtime.agent import JSThrow, get_agent, throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import get_prototype_from_constructor, to_primitive, to_string
from pyjsvm.intrinsics.temporal.common import TIME_FIELDS
from pyjsvm.intrinsics.temporal.common import (
    MAX_TIME_DURATION, MIDNIGHT, NS_PER_DAY, ISODate, ISODateTime, Time, add_days_to_iso_date, add_24_hour_days_to_time_duration,
    balance_iso_date_time, balance_iso_year_month, check_iso_days_range, compare_iso_date, epoch_days,
    format_offset_time_zone_identifier, get_utc_epoch_nanoseconds, iso_date_time_within_limits, iso_date_within_limits,
    iso_days_in_month, iso_year_month_within_limits, is_valid_epoch_nanoseconds, regulate_iso_date, regulate_time,
    round_number_to_increment, sign_of, temporal_unit_category, time_duration_from_components,
)
from pyjsvm.intrinsics.temporal.options import (
    get_options_object, get_temporal_disambiguation_option, get_temporal_offset_option, get_temporal_overflow_option,
    to_integer_if_integral, to_integer_with_truncation, to_positive_integer_with_truncation,
)
from pyjsvm.intrinsics.temporal.parser import (
    ALL_GOALS, ParseResult, is_annotation_value, is_time_zone_identifier, offset_has_sub_minute,
    parse_date_time_utc_offset, parse_duration_string, parse_iso_date_time, parse_month_code_string,
    parse_time_zone_identifier,
)
from pyjsvm.intrinsics.temporal.timezone import (
    disambiguate_possible_epoch_nanoseconds, get_available_named_time_zone_identifier, get_iso_date_time_for,
    get_possible_epoch_nanoseconds, get_start_of_day, get_epoch_nanoseconds_for,
)


# --- Instances ----------------------------------------------------------------------------------

class JSTemporalDuration(JSObject):
    """A Temporal.Duration instance (sec-properties-of-temporal-duration-instances); the fields
    are Python ints equal to their float64 values."""
    __slots__ = ("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds",
                 "microseconds", "nanoseconds")
    years: int
    months: int
    weeks: int
    days: int
    hours: int
    minutes: int
    seconds: int
    milliseconds: int
    microseconds: int
    nanoseconds: int

    def fields(self) -> list[int]:
        return [self.years, self.months, self.weeks, self.days, self.hours, self.minutes, self.seconds,
                self.milliseconds, self.microseconds, self.nanoseconds]


class JSPlainDate(JSObject):
    """A Temporal.PlainDate instance (sec-properties-of-temporal-plaindate-instances)."""
    __slots__ = ("iso_date", "calendar")
    iso_date: ISODate
    calendar: str


class JSPlainTime(JSObject):
    """A Temporal.PlainTime instance (sec-properties-of-temporal-plaintime-instances)."""
    __slots__ = ("time",)
    time: Time


class JSPlainDateTime(JSObject):
    """A Temporal.PlainDateTime instance (sec-properties-of-temporal-plaindatetime-instances)."""
    __slots__ = ("iso_date_time", "calendar")
    iso_date_time: ISODateTime
    calendar: str


class JSPlainYearMonth(JSObject):
    """A Temporal.PlainYearMonth instance (sec-properties-of-temporal-plainyearmonth-instances)."""
    __slots__ = ("iso_date", "calendar")
    iso_date: ISODate
    calendar: str


class JSPlainMonthDay(JSObject):
    """A Temporal.PlainMonthDay instance (sec-properties-of-temporal-plainmonthday-instances)."""
    __slots__ = ("iso_date", "calendar")
    iso_date: ISODate
    calendar: str


class JSInstant(JSObject):
    """A Temporal.Instant instance (sec-properties-of-temporal-instant-instances)."""
    __slots__ = ("epoch_ns",)
    epoch_ns: int


class JSZonedDateTime(JSObject):
    """A Temporal.ZonedDateTime instance (sec-properties-of-temporal-zoneddatetime-instances)."""
    __slots__ = ("epoch_ns", "time_zone", "calendar")
    epoch_ns: int
    time_zone: str
    calendar: str


CALENDAR_HOLDERS = (JSPlainDate, JSPlainDateTime, JSPlainYearMonth, JSPlainMonthDay, JSZonedDateTime)
TEMPORAL_OBJECTS = (JSPlainDate, JSPlainDateTime, JSPlainYearMonth, JSPlainMonthDay, JSPlainTime, JSZonedDateTime)


def require(this: Any, cls: type, name: str) -> Any:
    """RequireInternalSlot (sec-requireinternalslot) for a Temporal class."""
    if not isinstance(this, cls):
        throw_type_error(f"{name} called on an incompatible receiver")
    return this


def _new(cls: type, new_target: Any, intrinsic: str) -> Any:
    if new_target is None:
        proto = get_agent().realm.intrinsics[intrinsic]  # type: ignore[union-attr]
    else:
        proto = get_prototype_from_constructor(new_target, intrinsic)
    return cls(proto)


# --- Durations ----------------------------------------------------------------------------------

def is_valid_duration(y: int, mo: int, w: int, d: int, h: int, mi: int, s: int, ms: int, us: int, ns: int) -> bool:
    """IsValidDuration (sec-temporal-isvalidduration)."""
    sign = 0
    for v in (y, mo, w, d, h, mi, s, ms, us, ns):
        if v < 0:
            if sign > 0:
                return False
            sign = -1
        elif v > 0:
            if sign < 0:
                return False
            sign = 1
    if abs(y) >= 2**32 or abs(mo) >= 2**32 or abs(w) >= 2**32:
        return False
    total = ((((d * 24 + h) * 60 + mi) * 60 + s) * 1000 + ms) * 10**6 + us * 1000 + ns
    return abs(total) < 10**9 * 2**53


def _f64(v: int) -> int:
    """ℝ(𝔽(v)): v rounded to the nearest float64."""
    try:
        return int(float(v))
    except OverflowError:
        throw_range_error("duration field is out of range")


def create_temporal_duration(y: int, mo: int, w: int, d: int, h: int, mi: int, s: int, ms: int, us: int, ns: int,
                             new_target: Any = None) -> JSTemporalDuration:
    """CreateTemporalDuration (sec-temporal-createtemporalduration)."""
    vals = [_f64(v) for v in (y, mo, w, d, h, mi, s, ms, us, ns)]
    if not is_valid_duration(*vals):
        throw_range_error("invalid duration")
    o = _new(JSTemporalDuration, new_target, "%Temporal.Duration.prototype%")
    (o.years, o.months, o.weeks, o.days, o.hours, o.minutes, o.seconds, o.milliseconds, o.microseconds,
     o.nanoseconds) = vals
    return o


def create_negated_temporal_duration(d: JSTemporalDuration) -> JSTemporalDuration:
    """CreateNegatedTemporalDuration (sec-temporal-createnegatedtemporalduration)."""
    return create_temporal_duration(*[-v for v in d.fields()])


def duration_sign(d: Any) -> int:
    """DurationSign (sec-temporal-durationsign)."""
    for v in d.fields():
        if v:
            return sign_of(v)
    return 0


def default_temporal_largest_unit(d: JSTemporalDuration) -> str:
    """DefaultTemporalLargestUnit (sec-temporal-defaulttemporallargestunit)."""
    for unit, v in zip(("year", "month", "week", "day", "hour", "minute", "second", "millisecond",
                        "microsecond"), d.fields()):
        if v != 0:
            return unit
    return "nanosecond"


DateDuration = tuple  # (years, months, weeks, days)


def create_date_duration_record(y: int, mo: int, w: int, d: int) -> tuple[int, int, int, int]:
    """CreateDateDurationRecord (sec-temporal-createdatedurationrecord)."""
    if not is_valid_duration(y, mo, w, d, 0, 0, 0, 0, 0, 0):
        throw_range_error("invalid duration")
    return (_f64(y), _f64(mo), _f64(w), _f64(d))


def adjust_date_duration_record(dd: tuple[int, int, int, int], days: int, weeks: int | None = None,
                                months: int | None = None) -> tuple[int, int, int, int]:
    """AdjustDateDurationRecord (sec-temporal-adjustdatedurationrecord)."""
    return create_date_duration_record(dd[0], dd[1] if months is None else months, dd[2] if weeks is None else weeks,
                                       days)


def date_duration_sign(dd: tuple[int, int, int, int]) -> int:
    """DateDurationSign (sec-temporal-datedurationsign)."""
    for v in dd:
        if v:
            return sign_of(v)
    return 0


class InternalDuration:
    """An Internal Duration Record (sec-temporal-internal-duration-records)."""
    __slots__ = ("date", "time")

    def __init__(self, date: tuple[int, int, int, int], time: int) -> None:
        self.date = date
        self.time = time


def internal_duration_sign(d: InternalDuration) -> int:
    """InternalDurationSign (sec-temporal-internaldurationsign)."""
    s = date_duration_sign(d.date)
    return s if s != 0 else sign_of(d.time)


def to_internal_duration_record(d: JSTemporalDuration) -> InternalDuration:
    """ToInternalDurationRecord (sec-temporal-tointernaldurationrecord)."""
    return InternalDuration((d.years, d.months, d.weeks, d.days),
                            time_duration_from_components(d.hours, d.minutes, d.seconds, d.milliseconds,
                                                          d.microseconds, d.nanoseconds))


def to_internal_duration_record_with_24_hour_days(d: JSTemporalDuration) -> InternalDuration:
    """ToInternalDurationRecordWith24HourDays (sec-temporal-tointernaldurationrecordwith24hourdays)."""
    t = time_duration_from_components(d.hours, d.minutes, d.seconds, d.milliseconds, d.microseconds, d.nanoseconds)
    t = add_24_hour_days_to_time_duration(t, d.days)
    return InternalDuration((d.years, d.months, d.weeks, 0), t)


def to_date_duration_record_without_time(d: JSTemporalDuration) -> tuple[int, int, int, int]:
    """ToDateDurationRecordWithoutTime (sec-temporal-todatedurationrecordwithouttime)."""
    i = to_internal_duration_record_with_24_hour_days(d)
    days = abs(i.time) // NS_PER_DAY * sign_of(i.time)
    return create_date_duration_record(i.date[0], i.date[1], i.date[2], days)


def temporal_duration_from_internal(d: InternalDuration, largest_unit: str) -> JSTemporalDuration:
    """TemporalDurationFromInternal (sec-temporal-temporaldurationfrominternal)."""
    sign = sign_of(d.time)
    ns = abs(d.time)
    days = hours = minutes = seconds = ms = us = 0
    cat = temporal_unit_category(largest_unit)
    if cat == "date" or largest_unit in ("hour", "minute", "second", "millisecond", "microsecond"):
        us, ns = divmod(ns, 1000)
        if largest_unit != "microsecond":
            ms, us = divmod(us, 1000)
            if largest_unit != "millisecond":
                seconds, ms = divmod(ms, 1000)
                if largest_unit != "second":
                    minutes, seconds = divmod(seconds, 60)
                    if largest_unit != "minute":
                        hours, minutes = divmod(minutes, 60)
                        if cat == "date":
                            days, hours = divmod(hours, 24)
    y, mo, w, dd = d.date
    return create_temporal_duration(y, mo, w, dd + days * sign, hours * sign, minutes * sign, seconds * sign,
                                    ms * sign, us * sign, ns * sign)


_DURATION_PROPS = ("days", "hours", "microseconds", "milliseconds", "minutes", "months", "nanoseconds", "seconds",
                   "weeks", "years")


def to_temporal_partial_duration_record(like: Any) -> dict[str, int]:
    """ToTemporalPartialDurationRecord (sec-temporal-totemporalpartialdurationrecord)."""
    if not isinstance(like, JSObject):
        throw_type_error("duration-like must be an object")
    result: dict[str, int] = {}
    for p in _DURATION_PROPS:
        v = like.get(p, like)
        if v is not None:
            result[p] = to_integer_if_integral(v)
    if not result:
        throw_type_error("duration-like object has no duration properties")
    return result


_DURATION_ORDER = ("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds",
                   "microseconds", "nanoseconds")


def to_temporal_duration(item: Any) -> JSTemporalDuration:
    """ToTemporalDuration (sec-temporal-totemporalduration)."""
    if isinstance(item, JSTemporalDuration):
        return create_temporal_duration(*item.fields())
    if not isinstance(item, JSObject):
        if type(item) is not str:
            throw_type_error("cannot convert to a Temporal.Duration")
        return parse_temporal_duration_string(item)
    partial = to_temporal_partial_duration_record(item)
    return create_temporal_duration(*[partial.get(k, 0) for k in _DURATION_ORDER])


def parse_temporal_duration_string(s: str) -> JSTemporalDuration:
    """ParseTemporalDurationString (sec-temporal-parsetemporaldurationstring)."""
    r = parse_duration_string(s)
    if r is None:
        throw_range_error(f"invalid duration string: {s}")
    return create_temporal_duration(*r[1])


# --- Calendars (sec-temporal-calendars) ---------------------------------------------------------

def canonicalize_calendar(cid: str) -> str:
    """CanonicalizeCalendar (sec-temporal-canonicalizecalendar): only "iso8601" is available."""
    if cid.lower() != "iso8601":
        throw_range_error(f"unknown calendar: {cid}")
    return "iso8601"


def calendar_argument(cal: Any) -> str:
    """NON-SPEC: the constructors' calendar argument: undefined is "iso8601", a non-String is a
    TypeError, else CanonicalizeCalendar (sec-temporal-canonicalizecalendar)."""
    if cal is None:
        return "iso8601"
    if type(cal) is not str:
        throw_type_error("calendar must be a string")
    return canonicalize_calendar(cal)


def _try_parse(s: str, goals: tuple[str, ...]) -> ParseResult | None:
    try:
        return parse_iso_date_time(s, goals)
    except JSThrow:
        return None


def parse_temporal_calendar_string(s: str) -> str:
    """ParseTemporalCalendarString (sec-temporal-parsetemporalcalendarstring)."""
    r = _try_parse(s, ALL_GOALS)
    if r is not None:
        return r.calendar if r.calendar is not None else "iso8601"
    if not is_annotation_value(s):
        throw_range_error(f"invalid calendar: {s}")
    return s


def to_temporal_calendar_identifier(like: Any) -> str:
    """ToTemporalCalendarIdentifier (sec-temporal-totemporalcalendaridentifier)."""
    if isinstance(like, CALENDAR_HOLDERS):
        return like.calendar
    if type(like) is not str:
        throw_type_error("calendar must be a string")
    return canonicalize_calendar(parse_temporal_calendar_string(like))


def get_temporal_calendar_identifier_with_iso_default(item: JSObject) -> str:
    """GetTemporalCalendarIdentifierWithISODefault (sec-temporal-gettemporalcalendarslotvaluewithisodefault)."""
    if isinstance(item, CALENDAR_HOLDERS):
        return item.calendar
    like = item.get("calendar", item)
    if like is None:
        return "iso8601"
    return to_temporal_calendar_identifier(like)


def parse_month_code(v: Any) -> tuple[int, bool]:
    """ParseMonthCode (sec-temporal-parsemonthcode)."""
    code = to_primitive(v, "string")
    if type(code) is not str:
        throw_type_error("monthCode must be a string")
    r = parse_month_code_string(code)
    if r is None:
        throw_range_error(f"invalid monthCode: {code}")
    return r


def create_month_code(n: int, leap: bool) -> str:
    """CreateMonthCode (sec-temporal-createmonthcode)."""
    return f"M{n:02d}" + ("L" if leap else "")


_FIELD_DEFAULTS = {"hour": 0, "minute": 0, "second": 0, "millisecond": 0, "microsecond": 0, "nanosecond": 0}
_FIELD_ORDER = ("era", "eraYear", "year", "month", "monthCode", "day", "hour", "minute", "second", "millisecond",
                "microsecond", "nanosecond", "offset", "timeZone")


def to_offset_string(v: Any) -> str:
    """ToOffsetString (sec-temporal-tooffsetstring)."""
    offset = to_primitive(v, "string")
    if type(offset) is not str:
        throw_type_error("offset must be a string")
    parse_date_time_utc_offset(offset)
    return offset


def prepare_calendar_fields(calendar: str, fields: JSObject, calendar_names: tuple[str, ...],
                            non_calendar_names: tuple[str, ...], required: Any) -> dict[str, Any]:
    """PrepareCalendarFields (sec-temporal-preparecalendarfields). Field keys are the property
    names; ``required`` is a tuple of them or "partial"."""
    names = sorted(set(calendar_names) | set(non_calendar_names))
    result: dict[str, Any] = {}
    any_ = False
    for prop in names:
        value = fields.get(prop, fields)
        if value is not None:
            any_ = True
            if prop in ("eraYear", "year", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"):
                value = to_integer_with_truncation(value)
            elif prop in ("month", "day"):
                value = to_positive_integer_with_truncation(value)
            elif prop == "era":
                value = to_string(value)
            elif prop == "timeZone":
                value = to_temporal_time_zone_identifier(value)
            elif prop == "monthCode":
                n, leap = parse_month_code(value)
                value = create_month_code(n, leap)
            else:
                value = to_offset_string(value)
            result[prop] = value
        elif required != "partial":
            if prop in required:
                throw_type_error(f"required property {prop} is missing or undefined")
            if prop in _FIELD_DEFAULTS:
                result[prop] = _FIELD_DEFAULTS[prop]
    if required == "partial" and not any_:
        throw_type_error("no recognized properties")
    return result


def calendar_field_keys_to_ignore(calendar: str, keys: list[str]) -> set[str]:
    """CalendarFieldKeysToIgnore (sec-temporal-calendarfieldkeystoignore)."""
    out = set(keys)
    if "month" in out:
        out.add("monthCode")
    if "monthCode" in keys:
        out.add("month")
    return out


def calendar_merge_fields(calendar: str, fields: dict[str, Any], additional: dict[str, Any]) -> dict[str, Any]:
    """CalendarMergeFields (sec-temporal-calendarmergefields)."""
    ignored = calendar_field_keys_to_ignore(calendar, list(additional))
    merged = {}
    for k in _FIELD_ORDER:
        if k in fields and k not in ignored:
            merged[k] = fields[k]
        if k in additional:
            merged[k] = additional[k]
    return merged


def calendar_resolve_fields(calendar: str, fields: dict[str, Any], typ: str) -> None:
    """CalendarResolveFields (sec-temporal-calendarresolvefields)."""
    needs_year = typ in ("date", "year-month")
    needs_day = typ in ("date", "month-day")
    if needs_year and "year" not in fields:
        throw_type_error("year is required")
    if needs_day and "day" not in fields:
        throw_type_error("day is required")
    if "month" not in fields and "monthCode" not in fields:
        throw_type_error("month or monthCode is required")
    if "monthCode" in fields:
        n, leap = parse_month_code_string(fields["monthCode"]) or (0, True)
        if leap or n > 12:
            throw_range_error(f"invalid monthCode {fields['monthCode']}")
        if "month" in fields and fields["month"] != n:
            throw_range_error("month and monthCode do not agree")
        fields["month"] = n


def calendar_date_from_fields(calendar: str, fields: dict[str, Any], overflow: str) -> ISODate:
    """CalendarDateFromFields (sec-temporal-calendardatefromfields)."""
    calendar_resolve_fields(calendar, fields, "date")
    result = regulate_iso_date(fields["year"], fields["month"], fields["day"], overflow)
    if not iso_date_within_limits(result):
        throw_range_error("date is outside the supported range")
    return result


def calendar_year_month_from_fields(calendar: str, fields: dict[str, Any], overflow: str) -> ISODate:
    """CalendarYearMonthFromFields (sec-temporal-calendaryearmonthfromfields)."""
    fields["day"] = 1
    calendar_resolve_fields(calendar, fields, "year-month")
    result = regulate_iso_date(fields["year"], fields["month"], fields["day"], overflow)
    if not iso_year_month_within_limits(result):
        throw_range_error("year-month is outside the supported range")
    return result


def calendar_month_day_from_fields(calendar: str, fields: dict[str, Any], overflow: str) -> ISODate:
    """CalendarMonthDayFromFields (sec-temporal-calendarmonthdayfromfields)."""
    calendar_resolve_fields(calendar, fields, "month-day")
    year = fields.get("year", 1972)
    result = regulate_iso_date(year, fields["month"], fields["day"], overflow)
    return (1972, result[1], result[2])


def iso_date_to_fields(calendar: str, d: ISODate, typ: str) -> dict[str, Any]:
    """ISODateToFields (sec-temporal-isodatetofields)."""
    fields: dict[str, Any] = {"monthCode": create_month_code(d[1], False)}
    if typ in ("month-day", "date"):
        fields["day"] = d[2]
    if typ in ("year-month", "date"):
        fields["year"] = d[0]
    return fields


def calendar_date_add(calendar: str, d: ISODate, dd: tuple[int, int, int, int], overflow: str) -> ISODate:
    """CalendarDateAdd (sec-temporal-calendardateadd)."""
    y, m = balance_iso_year_month(d[0] + dd[0], d[1] + dd[1])
    if abs(y) > 10**6:
        throw_range_error("date is outside the supported range")
    intermediate = regulate_iso_date(y, m, d[2], overflow)
    days = dd[3] + 7 * dd[2]
    if abs(days) > 10**9:
        throw_range_error("date is outside the supported range")
    result = add_days_to_iso_date(intermediate, days)
    if not iso_date_within_limits(result):
        throw_range_error("date is outside the supported range")
    return result


def _compare_surpasses(sign: int, year: int, month: int, day: int, target: ISODate) -> bool:
    """CompareSurpasses (sec-temporal-comparesurpasses) with integer months."""
    if year != target[0]:
        return sign * (year - target[0]) > 0
    if month != target[1]:
        return sign * (month - target[1]) > 0
    if day != target[2]:
        return sign * (day - target[2]) > 0
    return False


def iso_date_surpasses(sign: int, base: ISODate, target: ISODate, years: int, months: int, weeks: int,
                       days: int) -> bool:
    """ISODateSurpasses (sec-temporal-isodatesurpasses)."""
    y0 = base[0] + years
    if _compare_surpasses(sign, y0, base[1], base[2], target):
        return True
    # NON-SPEC: the draft returns false here when months = 0, which would never let the week
    # and day loops of CalendarDateUntil end; the month step is merely skipped instead.
    my, mm = balance_iso_year_month(y0, base[1] + months)
    if _compare_surpasses(sign, my, mm, base[2], target):
        return True
    if weeks == 0 and days == 0:
        return False
    reg = regulate_iso_date(my, mm, base[2], "constrain")
    b = add_days_to_iso_date(reg, 7 * weeks + days)
    return _compare_surpasses(sign, b[0], b[1], b[2], target)


def calendar_date_until(calendar: str, one: ISODate, two: ISODate, largest_unit: str) -> tuple[int, int, int, int]:
    """CalendarDateUntil (sec-temporal-calendardateuntil). NON-SPEC: the candidate loops start
    from an estimate instead of ±1; the result is the same."""
    sign = -compare_iso_date(one, two)
    if sign == 0:
        return (0, 0, 0, 0)
    years = 0
    if largest_unit == "year":
        cand = (two[0] - one[0]) - sign if two[0] != one[0] else 0
        if sign * cand < 0:
            cand = 0
        years = cand
        while not iso_date_surpasses(sign, one, two, years + sign, 0, 0, 0):
            years += sign
    months = 0
    if largest_unit in ("year", "month"):
        total = (two[0] - one[0]) * 12 + (two[1] - one[1]) - years * 12
        cand = total - sign
        if sign * cand < 0:
            cand = 0
        months = cand
        while not iso_date_surpasses(sign, one, two, years, months + sign, 0, 0):
            months += sign
    weeks = 0
    if largest_unit == "week":
        span = epoch_days(two) - epoch_days(one)
        weeks = int(span / 7) - sign
        if sign * weeks < 0:
            weeks = 0
        while not iso_date_surpasses(sign, one, two, years, months, weeks + sign, 0):
            weeks += sign
    y, m = balance_iso_year_month(one[0] + years, one[1] + months)
    start = add_days_to_iso_date(regulate_iso_date(y, m, one[2], "constrain"), 7 * weeks)
    days = epoch_days(two) - epoch_days(start)
    return create_date_duration_record(years, months, weeks, days)


def calendar_iso_to_date(calendar: str, d: ISODate) -> ISODate:
    """CalendarISOToDate (sec-temporal-calendarisotodate): for "iso8601" the fields are the ISO
    date's own (the derived ones are computed by the getters)."""
    return d


# --- Time zones -----------------------------------------------------------------------------------

def parse_temporal_time_zone_string(s: str) -> tuple[str | None, int | None]:
    """ParseTemporalTimeZoneString (sec-temporal-parsetemporaltimezonestring)."""
    if is_time_zone_identifier(s):
        return parse_time_zone_identifier(s)
    r = parse_iso_date_time(s, ALL_GOALS)
    if r.tz_annotation is not None:
        return parse_time_zone_identifier(r.tz_annotation)
    if r.z:
        return parse_time_zone_identifier("UTC")
    if r.offset is not None:
        if offset_has_sub_minute(r.offset):
            throw_range_error("time zone offsets must be whole minutes")
        return parse_time_zone_identifier(r.offset)
    throw_range_error(f"no time zone in {s}")


def to_temporal_time_zone_identifier(like: Any) -> str:
    """ToTemporalTimeZoneIdentifier (sec-temporal-totemporaltimezoneidentifier)."""
    if isinstance(like, JSZonedDateTime):
        return like.time_zone
    if type(like) is not str:
        throw_type_error("time zone must be a string")
    name, minutes = parse_temporal_time_zone_string(like)
    if minutes is not None:
        return format_offset_time_zone_identifier(minutes)
    assert name is not None
    rec = get_available_named_time_zone_identifier(name)
    if rec is None:
        throw_range_error(f"unknown time zone: {name}")
    return rec[0]


# --- Create ---------------------------------------------------------------------------------------

def create_temporal_date(d: ISODate, calendar: str, new_target: Any = None) -> JSPlainDate:
    """CreateTemporalDate (sec-temporal-createtemporaldate)."""
    if not iso_date_within_limits(d):
        throw_range_error("date is outside the supported range")
    o = _new(JSPlainDate, new_target, "%Temporal.PlainDate.prototype%")
    o.iso_date = d
    o.calendar = calendar
    return o


def create_temporal_time(t: Time, new_target: Any = None) -> JSPlainTime:
    """CreateTemporalTime (sec-temporal-createtemporaltime)."""
    o = _new(JSPlainTime, new_target, "%Temporal.PlainTime.prototype%")
    o.time = t
    return o


def create_temporal_date_time(dt: ISODateTime, calendar: str, new_target: Any = None) -> JSPlainDateTime:
    """CreateTemporalDateTime (sec-temporal-createtemporaldatetime)."""
    if not iso_date_time_within_limits(dt):
        throw_range_error("date-time is outside the supported range")
    o = _new(JSPlainDateTime, new_target, "%Temporal.PlainDateTime.prototype%")
    o.iso_date_time = dt
    o.calendar = calendar
    return o


def create_temporal_year_month(d: ISODate, calendar: str, new_target: Any = None) -> JSPlainYearMonth:
    """CreateTemporalYearMonth (sec-temporal-createtemporalyearmonth)."""
    if not iso_year_month_within_limits(d):
        throw_range_error("year-month is outside the supported range")
    o = _new(JSPlainYearMonth, new_target, "%Temporal.PlainYearMonth.prototype%")
    o.iso_date = d
    o.calendar = calendar
    return o


def create_temporal_month_day(d: ISODate, calendar: str, new_target: Any = None) -> JSPlainMonthDay:
    """CreateTemporalMonthDay (sec-temporal-createtemporalmonthday)."""
    if not iso_date_within_limits(d):
        throw_range_error("month-day is outside the supported range")
    o = _new(JSPlainMonthDay, new_target, "%Temporal.PlainMonthDay.prototype%")
    o.iso_date = d
    o.calendar = calendar
    return o


def create_temporal_instant(ns: int, new_target: Any = None) -> JSInstant:
    """CreateTemporalInstant (sec-temporal-createtemporalinstant)."""
    if not is_valid_epoch_nanoseconds(ns):
        throw_range_error("instant is outside the supported range")
    o = _new(JSInstant, new_target, "%Temporal.Instant.prototype%")
    o.epoch_ns = ns
    return o


def create_temporal_zoned_date_time(ns: int, tz: str, calendar: str, new_target: Any = None) -> JSZonedDateTime:
    """CreateTemporalZonedDateTime (sec-temporal-createtemporalzoneddatetime)."""
    if not is_valid_epoch_nanoseconds(ns):
        throw_range_error("instant is outside the supported range")
    o = _new(JSZonedDateTime, new_target, "%Temporal.ZonedDateTime.prototype%")
    o.epoch_ns = ns
    o.time_zone = tz
    o.calendar = calendar
    return o


# --- ToTemporalX ------------------------------------------------------------------------------------

_DATE_FIELDS = ("year", "month", "monthCode", "day")


def _calendar_of(r: ParseResult) -> str:
    return canonicalize_calendar(r.calendar if r.calendar is not None else "iso8601")


def to_temporal_date(item: Any, options: Any = None) -> JSPlainDate:
    """ToTemporalDate (sec-temporal-totemporaldate)."""
    if isinstance(item, JSObject):
        if isinstance(item, JSPlainDate):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_date(item.iso_date, item.calendar)
        if isinstance(item, JSZonedDateTime):
            dt = get_iso_date_time_for(item.time_zone, item.epoch_ns)
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_date(dt[0], item.calendar)
        if isinstance(item, JSPlainDateTime):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_date(item.iso_date_time[0], item.calendar)
        calendar = get_temporal_calendar_identifier_with_iso_default(item)
        fields = prepare_calendar_fields(calendar, item, _DATE_FIELDS, (), ())
        overflow = get_temporal_overflow_option(get_options_object(options))
        d = calendar_date_from_fields(calendar, fields, overflow)
        return create_temporal_date(d, calendar)
    if type(item) is not str:
        throw_type_error("cannot convert to a Temporal.PlainDate")
    r = parse_iso_date_time(item, ("DateTime",))
    calendar = _calendar_of(r)
    get_temporal_overflow_option(get_options_object(options))
    assert r.year is not None
    return create_temporal_date((r.year, r.month, r.day), calendar)


def to_temporal_time_record(like: JSObject, completeness: str = "complete") -> dict[str, int]:
    """ToTemporalTimeRecord (sec-temporal-totemporaltimerecord)."""
    result: dict[str, int] = {}
    any_ = False
    for prop in ("hour", "microsecond", "millisecond", "minute", "nanosecond", "second"):
        v = like.get(prop, like)
        if v is not None:
            result[prop] = to_integer_with_truncation(v)
            any_ = True
    if not any_:
        throw_type_error("time-like object has no time properties")
    if completeness == "complete":
        for prop in TIME_FIELDS:
            result.setdefault(prop, 0)
    return result


def to_temporal_time(item: Any, options: Any = None) -> JSPlainTime:
    """ToTemporalTime (sec-temporal-totemporaltime)."""
    if isinstance(item, JSObject):
        if isinstance(item, JSPlainTime):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_time(item.time)
        if isinstance(item, JSPlainDateTime):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_time(item.iso_date_time[1])
        if isinstance(item, JSZonedDateTime):
            dt = get_iso_date_time_for(item.time_zone, item.epoch_ns)
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_time(dt[1])
        rec = to_temporal_time_record(item)
        overflow = get_temporal_overflow_option(get_options_object(options))
        t = regulate_time(rec["hour"], rec["minute"], rec["second"], rec["millisecond"], rec["microsecond"],
                          rec["nanosecond"], overflow)
        return create_temporal_time(t)
    if type(item) is not str:
        throw_type_error("cannot convert to a Temporal.PlainTime")
    r = parse_iso_date_time(item, ("Time",))
    get_temporal_overflow_option(get_options_object(options))
    assert r.time is not None
    return create_temporal_time(r.time)


def to_time_record_or_midnight(item: Any) -> Time:
    """ToTimeRecordOrMidnight (sec-temporal-totimerecordormidnight)."""
    if item is None:
        return MIDNIGHT
    return to_temporal_time(item).time


def interpret_temporal_date_time_fields(calendar: str, fields: dict[str, Any], overflow: str) -> ISODateTime:
    """InterpretTemporalDateTimeFields (sec-temporal-interprettemporaldatetimefields)."""
    d = calendar_date_from_fields(calendar, fields, overflow)
    t = regulate_time(fields["hour"], fields["minute"], fields["second"], fields["millisecond"],
                      fields["microsecond"], fields["nanosecond"], overflow)
    return (d, t)


def to_temporal_date_time(item: Any, options: Any = None) -> JSPlainDateTime:
    """ToTemporalDateTime (sec-temporal-totemporaldatetime)."""
    if isinstance(item, JSObject):
        if isinstance(item, JSPlainDateTime):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_date_time(item.iso_date_time, item.calendar)
        if isinstance(item, JSZonedDateTime):
            dt = get_iso_date_time_for(item.time_zone, item.epoch_ns)
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_date_time(dt, item.calendar)
        if isinstance(item, JSPlainDate):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_date_time((item.iso_date, MIDNIGHT), item.calendar)
        calendar = get_temporal_calendar_identifier_with_iso_default(item)
        fields = prepare_calendar_fields(calendar, item, _DATE_FIELDS, TIME_FIELDS, ())
        overflow = get_temporal_overflow_option(get_options_object(options))
        dt = interpret_temporal_date_time_fields(calendar, fields, overflow)
        return create_temporal_date_time(dt, calendar)
    if type(item) is not str:
        throw_type_error("cannot convert to a Temporal.PlainDateTime")
    r = parse_iso_date_time(item, ("DateTime",))
    t = MIDNIGHT if r.time is None else r.time
    calendar = _calendar_of(r)
    get_temporal_overflow_option(get_options_object(options))
    assert r.year is not None
    return create_temporal_date_time(((r.year, r.month, r.day), t), calendar)


def to_temporal_year_month(item: Any, options: Any = None) -> JSPlainYearMonth:
    """ToTemporalYearMonth (sec-temporal-totemporalyearmonth)."""
    if isinstance(item, JSObject):
        if isinstance(item, JSPlainYearMonth):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_year_month(item.iso_date, item.calendar)
        calendar = get_temporal_calendar_identifier_with_iso_default(item)
        fields = prepare_calendar_fields(calendar, item, ("year", "month", "monthCode"), (), ())
        overflow = get_temporal_overflow_option(get_options_object(options))
        d = calendar_year_month_from_fields(calendar, fields, overflow)
        return create_temporal_year_month(d, calendar)
    if type(item) is not str:
        throw_type_error("cannot convert to a Temporal.PlainYearMonth")
    r = parse_iso_date_time(item, ("YearMonth",))
    calendar = _calendar_of(r)
    get_temporal_overflow_option(get_options_object(options))
    assert r.year is not None
    d = (r.year, r.month, r.day)
    if not iso_year_month_within_limits(d):
        throw_range_error("year-month is outside the supported range")
    fields = iso_date_to_fields(calendar, d, "year-month")
    d = calendar_year_month_from_fields(calendar, fields, "constrain")
    return create_temporal_year_month(d, calendar)


def to_temporal_month_day(item: Any, options: Any = None) -> JSPlainMonthDay:
    """ToTemporalMonthDay (sec-temporal-totemporalmonthday)."""
    if isinstance(item, JSObject):
        if isinstance(item, JSPlainMonthDay):
            get_temporal_overflow_option(get_options_object(options))
            return create_temporal_month_day(item.iso_date, item.calendar)
        calendar = get_temporal_calendar_identifier_with_iso_default(item)
        fields = prepare_calendar_fields(calendar, item, ("year", "month", "monthCode", "day"), (), ())
        overflow = get_temporal_overflow_option(get_options_object(options))
        d = calendar_month_day_from_fields(calendar, fields, overflow)
        return create_temporal_month_day(d, calendar)
    if type(item) is not str:
        throw_type_error("cannot convert to a Temporal.PlainMonthDay")
    r = parse_iso_date_time(item, ("MonthDay",))
    calendar = _calendar_of(r)
    get_temporal_overflow_option(get_options_object(options))
    if r.year is None or calendar == "iso8601":
        return create_temporal_month_day((1972, r.month, r.day), calendar)
    d = (r.year, r.month, r.day)
    if not iso_date_within_limits(d):
        throw_range_error("date is outside the supported range")
    return create_temporal_month_day((1972, r.month, r.day), calendar)


def to_temporal_instant(item: Any) -> JSInstant:
    """ToTemporalInstant (sec-temporal-totemporalinstant)."""
    if isinstance(item, JSObject):
        if isinstance(item, (JSInstant, JSZonedDateTime)):
            return create_temporal_instant(item.epoch_ns)
        item = to_primitive(item, "string")
    if type(item) is not str:
        throw_type_error("cannot convert to a Temporal.Instant")
    r = parse_iso_date_time(item, ("Instant",))
    offset_ns = 0 if r.z else parse_date_time_utc_offset(r.offset or "+00:00")
    assert r.year is not None and r.time is not None
    (y, mo, d), (h, mi, s, ms, us, ns) = (r.year, r.month, r.day), r.time
    balanced = balance_iso_date_time(y, mo, d, h, mi, s, ms, us, ns - offset_ns)
    check_iso_days_range(balanced[0])
    epoch_ns = get_utc_epoch_nanoseconds(balanced)
    return create_temporal_instant(epoch_ns)


def interpret_iso_date_time_offset(d: ISODate, t: Time | None, offset_behaviour: str, offset_ns: int, tz: str,
                                   disambiguation: str, offset_option: str, match_behaviour: str) -> int:
    """InterpretISODateTimeOffset (sec-temporal-interpretisodatetimeoffset)."""
    if t is None:
        return get_start_of_day(tz, d)
    dt = (d, t)
    if offset_behaviour == "wall" or (offset_behaviour == "option" and offset_option == "ignore"):
        return get_epoch_nanoseconds_for(tz, dt, disambiguation)
    if offset_behaviour == "exact" or (offset_behaviour == "option" and offset_option == "use"):
        balanced = balance_iso_date_time(d[0], d[1], d[2], t[0], t[1], t[2], t[3], t[4], t[5] - offset_ns)
        check_iso_days_range(balanced[0])
        ns = get_utc_epoch_nanoseconds(balanced)
        if not is_valid_epoch_nanoseconds(ns):
            throw_range_error("instant is outside the supported range")
        return ns
    check_iso_days_range(d)
    utc = get_utc_epoch_nanoseconds(dt)
    possible = get_possible_epoch_nanoseconds(tz, dt)
    for cand in possible:
        cand_offset = utc - cand
        if cand_offset == offset_ns:
            return cand
        if match_behaviour == "match-minutes":
            if round_number_to_increment(cand_offset, 60 * 10**9, "halfExpand") == offset_ns:
                return cand
    if offset_option == "reject":
        throw_range_error("offset does not match the time zone")
    return disambiguate_possible_epoch_nanoseconds(possible, tz, dt, disambiguation)


def to_temporal_zoned_date_time(item: Any, options: Any = None) -> JSZonedDateTime:
    """ToTemporalZonedDateTime (sec-temporal-totemporalzoneddatetime)."""
    has_z = False
    match = "match-exactly"
    if isinstance(item, JSObject):
        if isinstance(item, JSZonedDateTime):
            ro = get_options_object(options)
            get_temporal_disambiguation_option(ro)
            get_temporal_offset_option(ro, "reject")
            get_temporal_overflow_option(ro)
            return create_temporal_zoned_date_time(item.epoch_ns, item.time_zone, item.calendar)
        calendar = get_temporal_calendar_identifier_with_iso_default(item)
        fields = prepare_calendar_fields(calendar, item, _DATE_FIELDS, TIME_FIELDS + ("offset", "timeZone"),
                                         ("timeZone",))
        tz = fields["timeZone"]
        offset_string = fields.get("offset")
        ro = get_options_object(options)
        disambiguation = get_temporal_disambiguation_option(ro)
        offset_option = get_temporal_offset_option(ro, "reject")
        overflow = get_temporal_overflow_option(ro)
        d, t0 = interpret_temporal_date_time_fields(calendar, fields, overflow)
        t: Time | None = t0
    else:
        if type(item) is not str:
            throw_type_error("cannot convert to a Temporal.ZonedDateTime")
        r = parse_iso_date_time(item, ("ZonedDateTime",))
        assert r.tz_annotation is not None
        tz = to_temporal_time_zone_identifier(r.tz_annotation)
        offset_string = r.offset
        has_z = r.z
        calendar = _calendar_of(r)
        match = "match-minutes"
        if offset_string is not None and offset_has_sub_minute(offset_string):
            match = "match-exactly"
        ro = get_options_object(options)
        disambiguation = get_temporal_disambiguation_option(ro)
        offset_option = get_temporal_offset_option(ro, "reject")
        get_temporal_overflow_option(ro)
        assert r.year is not None
        d = (r.year, r.month, r.day)
        t = r.time
    if has_z:
        behaviour = "exact"
    elif offset_string is None:
        behaviour = "wall"
    else:
        behaviour = "option"
    offset_ns = parse_date_time_utc_offset(offset_string) if behaviour == "option" and offset_string else 0
    ns = interpret_iso_date_time_offset(d, t, behaviour, offset_ns, tz, disambiguation, offset_option, match)
    return create_temporal_zoned_date_time(ns, tz, calendar)


def get_temporal_relative_to_option(options: JSObject) -> tuple[Any, Any]:
    """GetTemporalRelativeToOption (sec-temporal-gettemporalrelativetooption):
    (plainRelativeTo, zonedRelativeTo)."""
    value = options.get("relativeTo", options)
    if value is None:
        return (None, None)
    offset_behaviour = "option"
    match = "match-exactly"
    if isinstance(value, JSObject):
        if isinstance(value, JSZonedDateTime):
            return (None, value)
        if isinstance(value, JSPlainDate):
            return (value, None)
        if isinstance(value, JSPlainDateTime):
            return (create_temporal_date(value.iso_date_time[0], value.calendar), None)
        calendar = get_temporal_calendar_identifier_with_iso_default(value)
        fields = prepare_calendar_fields(calendar, value, _DATE_FIELDS, TIME_FIELDS + ("offset", "timeZone"), ())
        d, t0 = interpret_temporal_date_time_fields(calendar, fields, "constrain")
        t: Time | None = t0
        tz = fields.get("timeZone")
        offset_string = fields.get("offset")
        if offset_string is None:
            offset_behaviour = "wall"
    else:
        if type(value) is not str:
            throw_type_error("relativeTo must be a string or an object")
        r = parse_iso_date_time(value, ("ZonedDateTime", "DateTime"))
        offset_string = r.offset
        if r.tz_annotation is None:
            tz = None
        else:
            tz = to_temporal_time_zone_identifier(r.tz_annotation)
            if r.z:
                offset_behaviour = "exact"
            elif offset_string is None:
                offset_behaviour = "wall"
            match = "match-minutes"
            if offset_string is not None and offset_has_sub_minute(offset_string):
                match = "match-exactly"
        calendar = _calendar_of(r)
        assert r.year is not None
        d = (r.year, r.month, r.day)
        t = r.time
    if tz is None:
        return (create_temporal_date(d, calendar), None)
    offset_ns = parse_date_time_utc_offset(offset_string) if offset_behaviour == "option" and offset_string else 0
    ns = interpret_iso_date_time_offset(d, t, offset_behaviour, offset_ns, tz, "compatible", "reject", match)
    return (None, create_temporal_zoned_date_time(ns, tz, calendar))


def is_partial_temporal_object(value: Any) -> bool:
    """IsPartialTemporalObject (sec-temporal-ispartialtemporalobject)."""
    if not isinstance(value, JSObject):
        return False
    if isinstance(value, TEMPORAL_OBJECTS):
        return False
    if value.get("calendar", value) is not None:
        return False
    if value.get("timeZone", value) is not None:
        return False
    return True


def date_duration_days(dd: tuple[int, int, int, int], plain_relative_to: JSPlainDate) -> int:
    """DateDurationDays (sec-temporal-datedurationdays)."""
    ymw = adjust_date_duration_record(dd, 0)
    if date_duration_sign(ymw) == 0:
        return dd[3]
    later = calendar_date_add(plain_relative_to.calendar, plain_relative_to.iso_date, ymw, "constrain")
    return dd[3] + epoch_days(later) - epoch_days(plain_relative_to.iso_date)


__all__ = ["MAX_TIME_DURATION", "iso_days_in_month"]
