"""Temporal's shared arithmetic (proposal-temporal, merged into ECMA-262 drafts): ISO dates and
times, balancing, epoch nanoseconds, limits, units, rounding and string formatting.

NON-SPEC representation: an ISO Date Record is a tuple ``(year, month, day)`` of Python ints, a
Time Record a tuple ``(hour, minute, second, millisecond, microsecond, nanosecond)`` (the spec's
[[Days]] overflow is returned beside it where an operation produces one), an ISO Date-Time Record
a pair ``(date, time)``. Epoch nanoseconds and time durations are exact Python ints; fractional
mathematical values are ``fractions.Fraction``.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Tuple, Union

from pyjsvm.runtime.agent import throw_range_error

ISODate = Tuple[int, int, int]
Time = Tuple[int, int, int, int, int, int]
ISODateTime = Tuple[ISODate, Time]
Number = Union[int, Fraction]

NS_PER_DAY = 86_400 * 10**9
NS_MAX_INSTANT = 10**8 * NS_PER_DAY
NS_MIN_INSTANT = -NS_MAX_INSTANT
MAX_TIME_DURATION = 2**53 * 10**9 - 1
MIDNIGHT: Time = (0, 0, 0, 0, 0, 0)
NOON: Time = (12, 0, 0, 0, 0, 0)

# --- Units (sec-temporal-units) --------------------------------------------------------------

# the time fields of Temporal property bags, in the spec's order (sec-temporal-preparecalendarfields)
TIME_FIELDS = ("hour", "minute", "second", "millisecond", "microsecond", "nanosecond")
UNITS = ("year", "month", "week", "day", "hour", "minute", "second", "millisecond", "microsecond",
         "nanosecond")
UNIT_INDEX = {u: i for i, u in enumerate(UNITS)}
DATE_UNITS = ("year", "month", "week", "day")
UNIT_NS = {"day": NS_PER_DAY, "hour": 3_600 * 10**9, "minute": 60 * 10**9, "second": 10**9,
           "millisecond": 10**6, "microsecond": 10**3, "nanosecond": 1}
MAX_INCREMENT = {"hour": 24, "minute": 60, "second": 60, "millisecond": 1000, "microsecond": 1000,
                 "nanosecond": 1000}


def larger_of_two_temporal_units(u1: str, u2: str) -> str:
    """LargerOfTwoTemporalUnits (sec-temporal-largeroftwotemporalunits)."""
    return u1 if UNIT_INDEX[u1] <= UNIT_INDEX[u2] else u2


def is_calendar_unit(unit: str) -> bool:
    """IsCalendarUnit (sec-temporal-iscalendarunit)."""
    return unit in ("year", "month", "week")


def temporal_unit_category(unit: str) -> str:
    """TemporalUnitCategory (sec-temporal-temporalunitcategory)."""
    return "date" if unit in DATE_UNITS else "time"


# --- Date equations (sec-temporal-date-equations) ----------------------------------------------

def is_leap_year(y: int) -> bool:
    """MathematicalInLeapYear (sec-temporal-date-equations) of a year."""
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def mathematical_days_in_year(y: int) -> int:
    """MathematicalDaysInYear (sec-temporal-date-equations)."""
    return 366 if is_leap_year(y) else 365


def iso_days_in_month(year: int, month: int) -> int:
    """ISODaysInMonth (sec-temporal-isodaysinmonth)."""
    if month in (1, 3, 5, 7, 8, 10, 12):
        return 31
    if month in (4, 6, 9, 11):
        return 30
    return 29 if is_leap_year(year) else 28


def _days_from_civil(y: int, m: int, d: int) -> int:
    """NON-SPEC: days since 1970-01-01 of a proleptic Gregorian date (m in 1..12)."""
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def epoch_days_to_iso_date(z: int) -> ISODate:
    """NON-SPEC: the date EpochTimeToEpochYear/MonthInYear/Date give for a day number."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (1 if m <= 2 else 0), m, d)


def iso_date_to_epoch_days(year: int, month0: int, date: int) -> int:
    """ISODateToEpochDays (sec-temporal-isodatetoepochdays); ``month0`` is 0-based and may
    overflow."""
    return _days_from_civil(year + month0 // 12, month0 % 12 + 1, 1) + date - 1


def epoch_days(d: ISODate) -> int:
    """NON-SPEC: ISODateToEpochDays(d.[[Year]], d.[[Month]] - 1, d.[[Day]])."""
    return iso_date_to_epoch_days(d[0], d[1] - 1, d[2])


def add_days_to_iso_date(d: ISODate, days: int) -> ISODate:
    """AddDaysToISODate (sec-temporal-adddaystoisodate)."""
    if days == 0:
        return d
    return epoch_days_to_iso_date(epoch_days(d) + days)


def iso_day_of_week(d: ISODate) -> int:
    """ISODayOfWeek (sec-temporal-isodayofweek): 1 = Monday ... 7 = Sunday."""
    w = (epoch_days(d) + 4) % 7
    return 7 if w == 0 else w


def iso_day_of_year(d: ISODate) -> int:
    """ISODayOfYear (sec-temporal-isodayofyear)."""
    return epoch_days(d) - _days_from_civil(d[0], 1, 1) + 1


def iso_week_of_year(d: ISODate) -> tuple[int, int]:
    """ISOWeekOfYear (sec-temporal-isoweekofyear): (week, year)."""
    year = d[0]
    day_of_year = iso_day_of_year(d)
    day_of_week = iso_day_of_week(d)
    week = (day_of_year + 7 - day_of_week + 3) // 7
    if week < 1:
        jan1 = iso_day_of_week((year, 1, 1))
        if jan1 == 5 or (jan1 == 6 and is_leap_year(year - 1)):
            return (53, year - 1)
        return (52, year - 1)
    if week == 53:
        if mathematical_days_in_year(year) - day_of_year < 4 - day_of_week:
            return (1, year + 1)
    return (week, year)


def is_valid_iso_date(year: int, month: int, day: int) -> bool:
    """IsValidISODate (sec-temporal-isvalidisodate)."""
    if month < 1 or month > 12:
        return False
    return 1 <= day <= iso_days_in_month(year, month)


def regulate_iso_date(year: int, month: int, day: int, overflow: str) -> ISODate:
    """RegulateISODate (sec-temporal-regulateisodate)."""
    if overflow == "constrain":
        month = min(max(month, 1), 12)
        day = min(max(day, 1), iso_days_in_month(year, month))
    elif not is_valid_iso_date(year, month, day):
        throw_range_error("date is out of range")
    return (year, month, day)


def balance_iso_year_month(year: int, month: int) -> tuple[int, int]:
    """BalanceISOYearMonth (sec-temporal-balanceisoyearmonth)."""
    return (year + (month - 1) // 12, (month - 1) % 12 + 1)


def compare_iso_date(a: ISODate, b: ISODate) -> int:
    """CompareISODate (sec-temporal-compareisodate)."""
    return (a > b) - (a < b)


def compare_time_record(a: Time, b: Time) -> int:
    """CompareTimeRecord (sec-temporal-comparetimerecord)."""
    return (a > b) - (a < b)


def compare_iso_date_time(a: ISODateTime, b: ISODateTime) -> int:
    """CompareISODateTime (sec-temporal-compareisodatetime)."""
    r = compare_iso_date(a[0], b[0])
    return r if r != 0 else compare_time_record(a[1], b[1])


# --- Times ---------------------------------------------------------------------------------------

def is_valid_time(h: int, mi: int, s: int, ms: int, us: int, ns: int) -> bool:
    """IsValidTime (sec-temporal-isvalidtime)."""
    return 0 <= h <= 23 and 0 <= mi <= 59 and 0 <= s <= 59 and 0 <= ms <= 999 and 0 <= us <= 999 \
        and 0 <= ns <= 999


def regulate_time(h: int, mi: int, s: int, ms: int, us: int, ns: int, overflow: str) -> Time:
    """RegulateTime (sec-temporal-regulatetime)."""
    if overflow == "constrain":
        return (min(max(h, 0), 23), min(max(mi, 0), 59), min(max(s, 0), 59), min(max(ms, 0), 999),
                min(max(us, 0), 999), min(max(ns, 0), 999))
    if not is_valid_time(h, mi, s, ms, us, ns):
        throw_range_error("time is out of range")
    return (h, mi, s, ms, us, ns)


def balance_time(h: int, mi: int, s: int, ms: int, us: int, ns: int) -> tuple[int, Time]:
    """BalanceTime (sec-temporal-balancetime): (deltaDays, time)."""
    us += ns // 1000
    ns %= 1000
    ms += us // 1000
    us %= 1000
    s += ms // 1000
    ms %= 1000
    mi += s // 60
    s %= 60
    h += mi // 60
    mi %= 60
    return (h // 24, (h % 24, mi, s, ms, us, ns))


def time_to_ns(t: Time) -> int:
    """NON-SPEC: nanoseconds since midnight of a Time Record."""
    return ((((t[0] * 60 + t[1]) * 60 + t[2]) * 1000 + t[3]) * 1000 + t[4]) * 1000 + t[5]


def add_time(t: Time, time_duration: int) -> tuple[int, Time]:
    """AddTime (sec-temporal-addtime): (deltaDays, time)."""
    return balance_time(t[0], t[1], t[2], t[3], t[4], t[5] + time_duration)


def difference_time(t1: Time, t2: Time) -> int:
    """DifferenceTime (sec-temporal-differencetime)."""
    return time_to_ns(t2) - time_to_ns(t1)


def round_time(t: Time, increment: int, unit: str, mode: str) -> tuple[int, Time]:
    """RoundTime (sec-temporal-roundtime): (deltaDays, time)."""
    h, mi, s, ms, us, ns = t
    if unit in ("day", "hour"):
        quantity = time_to_ns(t)
    elif unit == "minute":
        quantity = (((mi * 60 + s) * 1000 + ms) * 1000 + us) * 1000 + ns
    elif unit == "second":
        quantity = ((s * 1000 + ms) * 1000 + us) * 1000 + ns
    elif unit == "millisecond":
        quantity = (ms * 1000 + us) * 1000 + ns
    elif unit == "microsecond":
        quantity = us * 1000 + ns
    else:
        quantity = ns
    length = UNIT_NS[unit]
    result = round_number_to_increment(quantity, increment * length, mode) // length
    if unit == "day":
        return (result, MIDNIGHT)
    if unit == "hour":
        return balance_time(result, 0, 0, 0, 0, 0)
    if unit == "minute":
        return balance_time(h, result, 0, 0, 0, 0)
    if unit == "second":
        return balance_time(h, mi, result, 0, 0, 0)
    if unit == "millisecond":
        return balance_time(h, mi, s, result, 0, 0)
    if unit == "microsecond":
        return balance_time(h, mi, s, ms, result, 0)
    return balance_time(h, mi, s, ms, us, result)


# --- Date-times, epoch nanoseconds and limits ---------------------------------------------------

def get_utc_epoch_nanoseconds(dt: ISODateTime) -> int:
    """GetUTCEpochNanoseconds (sec-temporal-getutcepochnanoseconds)."""
    return epoch_days(dt[0]) * NS_PER_DAY + time_to_ns(dt[1])


def balance_iso_date_time(y: int, mo: int, d: int, h: int, mi: int, s: int, ms: int, us: int,
                          ns: int) -> ISODateTime:
    """BalanceISODateTime (sec-temporal-balanceisodatetime)."""
    days, t = balance_time(h, mi, s, ms, us, ns)
    return (add_days_to_iso_date((y, mo, d), days), t)


def epoch_ns_to_iso_date_time(epoch_ns: int) -> ISODateTime:
    """NON-SPEC: the UTC ISO Date-Time Record of an epoch nanoseconds value (the core of
    GetISODateTimeFor, sec-temporal-getisodatetimefor, with offset 0)."""
    days, rem = divmod(epoch_ns, NS_PER_DAY)
    _, t = balance_time(0, 0, 0, 0, 0, rem)
    return (epoch_days_to_iso_date(days), t)


def iso_date_time_within_limits(dt: ISODateTime) -> bool:
    """ISODateTimeWithinLimits (sec-temporal-isodatetimewithinlimits)."""
    if abs(epoch_days(dt[0])) > 10**8 + 1:
        return False
    ns = get_utc_epoch_nanoseconds(dt)
    return NS_MIN_INSTANT - NS_PER_DAY < ns < NS_MAX_INSTANT + NS_PER_DAY


def iso_date_within_limits(d: ISODate) -> bool:
    """ISODateWithinLimits (sec-temporal-isodatewithinlimits)."""
    return iso_date_time_within_limits((d, NOON))


def iso_year_month_within_limits(d: ISODate) -> bool:
    """ISOYearMonthWithinLimits (sec-temporal-isoyearmonthwithinlimits)."""
    y, m = d[0], d[1]
    if y < -271821 or y > 275760:
        return False
    if y == -271821 and m < 4:
        return False
    if y == 275760 and m > 9:
        return False
    return True


def is_valid_epoch_nanoseconds(ns: int) -> bool:
    """IsValidEpochNanoseconds (sec-temporal-isvalidepochnanoseconds)."""
    return NS_MIN_INSTANT <= ns <= NS_MAX_INSTANT


def check_iso_days_range(d: ISODate) -> None:
    """CheckISODaysRange (sec-temporal-checkisodaysrange)."""
    if abs(epoch_days(d)) > 10**8:
        throw_range_error("date is out of range")


# --- Rounding (sec-temporal-roundnumbertoincrement and neighbours) -----------------------------

_UNSIGNED = {
    ("ceil", False): "infinity", ("ceil", True): "zero",
    ("floor", False): "zero", ("floor", True): "infinity",
    ("expand", False): "infinity", ("expand", True): "infinity",
    ("trunc", False): "zero", ("trunc", True): "zero",
    ("halfCeil", False): "half-infinity", ("halfCeil", True): "half-zero",
    ("halfFloor", False): "half-zero", ("halfFloor", True): "half-infinity",
    ("halfExpand", False): "half-infinity", ("halfExpand", True): "half-infinity",
    ("halfTrunc", False): "half-zero", ("halfTrunc", True): "half-zero",
    ("halfEven", False): "half-even", ("halfEven", True): "half-even",
}


def get_unsigned_rounding_mode(mode: str, negative: bool) -> str:
    """GetUnsignedRoundingMode (sec-getunsignedroundingmode). Rounding modes are kept as their
    option strings ("halfExpand" ...)."""
    return _UNSIGNED[(mode, negative)]


def negate_rounding_mode(mode: str) -> str:
    """NegateRoundingMode (sec-temporal-negateroundingmode)."""
    return {"ceil": "floor", "floor": "ceil", "halfCeil": "halfFloor", "halfFloor": "halfCeil"}.get(mode, mode)


def apply_unsigned_rounding_mode(x: Number, r1: int, r2: int, umode: str) -> int:
    """ApplyUnsignedRoundingMode (sec-applyunsignedroundingmode)."""
    if x == r1:
        return r1
    if umode == "zero":
        return r1
    if umode == "infinity":
        return r2
    d1 = x - r1
    d2 = r2 - x
    if d1 < d2:
        return r1
    if d2 < d1:
        return r2
    if umode == "half-zero":
        return r1
    if umode == "half-infinity":
        return r2
    return r1 if (r1 // (r2 - r1)) % 2 == 0 else r2


def round_number_to_increment(x: Number, increment: int, mode: str) -> int:
    """RoundNumberToIncrement (sec-temporal-roundnumbertoincrement)."""
    q = Fraction(x) / increment
    negative = q < 0
    if negative:
        q = -q
    umode = get_unsigned_rounding_mode(mode, negative)
    r1 = q.numerator // q.denominator
    r2 = r1 + 1
    rounded = apply_unsigned_rounding_mode(q, r1, r2, umode)
    if negative:
        rounded = -rounded
    return rounded * increment


def round_number_to_increment_as_if_positive(x: Number, increment: int, mode: str) -> int:
    """RoundNumberToIncrementAsIfPositive (sec-temporal-roundnumbertoincrementasifpositive)."""
    q = Fraction(x) / increment
    umode = get_unsigned_rounding_mode(mode, False)
    r1 = q.numerator // q.denominator
    return apply_unsigned_rounding_mode(q, r1, r1 + 1, umode) * increment


def validate_temporal_rounding_increment(increment: int, dividend: int, inclusive: bool) -> None:
    """ValidateTemporalRoundingIncrement (sec-validatetemporalroundingincrement)."""
    maximum = dividend if inclusive else dividend - 1
    if increment > maximum:
        throw_range_error(f"roundingIncrement {increment} is out of range")
    if dividend % increment != 0:
        throw_range_error(f"roundingIncrement {increment} does not divide {dividend}")


# --- Time durations (sec-temporal-time-duration) ------------------------------------------------

def time_duration_from_components(h: int, mi: int, s: int, ms: int, us: int, ns: int) -> int:
    """TimeDurationFromComponents (sec-temporal-timedurationfromcomponents)."""
    return ((((h * 60 + mi) * 60 + s) * 1000 + ms) * 1000 + us) * 1000 + ns


def add_time_duration(one: int, two: int) -> int:
    """AddTimeDuration (sec-temporal-addtimeduration)."""
    r = one + two
    if abs(r) > MAX_TIME_DURATION:
        throw_range_error("duration is out of range")
    return r


def add_24_hour_days_to_time_duration(d: int, days: int) -> int:
    """Add24HourDaysToTimeDuration (sec-temporal-add24hourdaystonormalizedtimeduration)."""
    r = d + days * NS_PER_DAY
    if abs(r) > MAX_TIME_DURATION:
        throw_range_error("duration is out of range")
    return r


def round_time_duration_to_increment(d: int, increment: int, mode: str) -> int:
    """RoundTimeDurationToIncrement (sec-temporal-roundtimedurationtoincrement)."""
    r = round_number_to_increment(d, increment, mode)
    if abs(r) > MAX_TIME_DURATION:
        throw_range_error("duration is out of range")
    return r


def round_time_duration(d: int, increment: int, unit: str, mode: str) -> int:
    """RoundTimeDuration (sec-temporal-roundtimeduration)."""
    return round_time_duration_to_increment(d, UNIT_NS[unit] * increment, mode)


def total_time_duration(d: int, unit: str) -> Fraction:
    """TotalTimeDuration (sec-temporal-totaltimeduration)."""
    return Fraction(d, UNIT_NS[unit])


def sign_of(x: Number) -> int:
    """NON-SPEC: -1, 0 or 1 (TimeDurationSign, sec-temporal-timedurationsign, and its kin)."""
    return (x > 0) - (x < 0)


# --- Formatting ---------------------------------------------------------------------------------

def pad_iso_year(y: int) -> str:
    """PadISOYear (sec-temporal-padisoyear)."""
    if 0 <= y <= 9999:
        return f"{y:04d}"
    return ("+" if y > 0 else "-") + f"{abs(y):06d}"


def format_fractional_seconds(sub: int, precision: object) -> str:
    """FormatFractionalSeconds (sec-temporal-formatfractionalseconds)."""
    if precision == "auto":
        if sub == 0:
            return ""
        return "." + f"{sub:09d}".rstrip("0")
    if precision == 0:
        return ""
    assert isinstance(precision, int)
    return "." + f"{sub:09d}"[:precision]


def format_time_string(h: int, mi: int, s: int, sub: int, precision: object, separated: bool = True) -> str:
    """FormatTimeString (sec-temporal-formattimestring)."""
    sep = ":" if separated else ""
    if precision == "minute":
        return f"{h:02d}{sep}{mi:02d}"
    return f"{h:02d}{sep}{mi:02d}{sep}{s:02d}" + format_fractional_seconds(sub, precision)


def time_record_to_string(t: Time, precision: object) -> str:
    """TimeRecordToString (sec-temporal-timerecordtostring)."""
    return format_time_string(t[0], t[1], t[2], t[3] * 10**6 + t[4] * 1000 + t[5], precision)


def iso_date_to_string(d: ISODate) -> str:
    """NON-SPEC: the date part of TemporalDateToString (sec-temporal-temporaldatetostring)."""
    return f"{pad_iso_year(d[0])}-{d[1]:02d}-{d[2]:02d}"


def format_calendar_annotation(cal: str, show: str) -> str:
    """FormatCalendarAnnotation (sec-temporal-formatcalendarannotation)."""
    if show == "never" or (show == "auto" and cal == "iso8601"):
        return ""
    flag = "!" if show == "critical" else ""
    return f"[{flag}u-ca={cal}]"


def iso_date_time_to_string(dt: ISODateTime, cal: str, precision: object, show: str) -> str:
    """ISODateTimeToString (sec-temporal-isodatetimetostring)."""
    return iso_date_to_string(dt[0]) + "T" + time_record_to_string(dt[1], precision) + \
        format_calendar_annotation(cal, show)


def format_offset_time_zone_identifier(offset_minutes: int, separated: bool = True) -> str:
    """FormatOffsetTimeZoneIdentifier (sec-temporal-formatoffsettimezoneidentifier)."""
    sign = "+" if offset_minutes >= 0 else "-"
    a = abs(offset_minutes)
    return sign + format_time_string(a // 60, a % 60, 0, 0, "minute", separated)


def format_utc_offset_nanoseconds(offset_ns: int) -> str:
    """FormatUTCOffsetNanoseconds (sec-temporal-formatutcoffsetnanoseconds)."""
    sign = "+" if offset_ns >= 0 else "-"
    a = abs(offset_ns)
    h = a // (3600 * 10**9)
    mi = (a // (60 * 10**9)) % 60
    s = (a // 10**9) % 60
    sub = a % 10**9
    precision: object = "minute" if s == 0 and sub == 0 else "auto"
    return sign + format_time_string(h, mi, s, sub, precision)


def format_date_time_utc_offset_rounded(offset_ns: int) -> str:
    """FormatDateTimeUTCOffsetRounded (sec-temporal-formatdatetimeutcoffsetrounded)."""
    offset_ns = round_number_to_increment(offset_ns, 60 * 10**9, "halfExpand")
    return format_offset_time_zone_identifier(offset_ns // (60 * 10**9))
