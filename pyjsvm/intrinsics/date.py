"""Date objects (sec-date-objects): the time value algorithms of
sec-overview-of-date-objects-and-definitions-of-abstract-operations, the host time zone
(LocalTime / UTC), the Date constructor, Date.parse / Date.UTC / Date.now and Date.prototype
(including the Annex B getYear / setYear / toGMTString, sec-additional-properties-of-the-date.prototype-object).

Time values are Python floats (milliseconds since the epoch, UTC). The spec's operations on time
values (Day, YearFromTime, MonthFromTime, ...) are module functions named after the spec; they take
finite integral Numbers and compute with exact Python ints internally, so that the results are
exact even near the ends of the time value range where float division would round.

The host time zone is the one named by the TZ environment variable (read on every use, so a
host may change it), else /etc/localtime, else UTC; offsets come from ``zoneinfo``.
"""
from __future__ import annotations

import math
import os
import re
import time as _time
from datetime import datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import check_stop, get_agent, throw_range_error, throw_type_error
from pyjsvm.runtime.numeric import match_run
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import (
    call, get_prototype_from_constructor, incompatible_receiver, is_callable, ordinary_to_primitive,
    to_integer_or_infinity,
    to_number, to_object, to_primitive, to_string,
)
from pyjsvm.runtime.values import NULL, SYM_TO_PRIMITIVE, argument
from pyjsvm.intrinsics.table import INTL_HOOKS, BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

NAN = float("nan")
INF = float("inf")

proto = BuiltinTable()    # Date.prototype
statics = BuiltinTable()  # Date.*


# --- Time value constants (sec-time-values-and-time-range, sec-day-number-and-time-within-day) ---

MS_PER_SECOND = 1000
MS_PER_MINUTE = 60000
MS_PER_HOUR = 3600000
MS_PER_DAY = 86400000
MAX_TIME = 8.64e15  # sec-time-values-and-time-range

_MONTH_START = (
    (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365),
    (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366),
)
_WEEKDAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _finite(x: float) -> bool:
    return x == x and x != INF and x != -INF


# --- Days, years, months (sec-day ... sec-weekday) -------------------------------------------------

def Day(t: float) -> float:  # noqa: N802 - spec name
    """Day ( t ) (sec-day): floor(t / msPerDay)."""
    return float(int(t) // MS_PER_DAY)


def TimeWithinDay(t: float) -> float:  # noqa: N802
    """TimeWithinDay ( t ) (sec-timewithinday): t modulo msPerDay (always >= 0)."""
    return float(int(t) % MS_PER_DAY)


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def DaysInYear(y: float) -> float:  # noqa: N802
    """DaysInYear ( y ) (sec-daysinyear)."""
    return 366.0 if _is_leap(int(y)) else 365.0


def _day_from_year(y: int) -> int:
    return 365 * (y - 1970) + (y - 1969) // 4 - (y - 1901) // 100 + (y - 1601) // 400


def DayFromYear(y: float) -> float:  # noqa: N802
    """DayFromYear ( y ) (sec-dayfromyear)."""
    return float(_day_from_year(int(y)))


def TimeFromYear(y: float) -> float:  # noqa: N802
    """TimeFromYear ( y ) (sec-timefromyear)."""
    return float(MS_PER_DAY * _day_from_year(int(y)))


def _year_from_days(days: int) -> int:
    """The year containing day number ``days`` (exact integer arithmetic)."""
    y = 1970 + (days * 400) // 146097
    while _day_from_year(y) > days:
        y -= 1
    while _day_from_year(y + 1) <= days:
        y += 1
    return y


def YearFromTime(t: float) -> float:  # noqa: N802
    """YearFromTime ( t ) (sec-yearfromtime): the largest integral y such that
    TimeFromYear(y) <= t."""
    return float(_year_from_days(int(t) // MS_PER_DAY))


def DayWithinYear(t: float) -> float:  # noqa: N802
    """DayWithinYear ( t ) (sec-daywithinyear)."""
    days = int(t) // MS_PER_DAY
    return float(days - _day_from_year(_year_from_days(days)))


def InLeapYear(t: float) -> float:  # noqa: N802
    """InLeapYear ( t ) (sec-inleapyear): +1 in a leap year, else +0."""
    return 1.0 if _is_leap(_year_from_days(int(t) // MS_PER_DAY)) else 0.0


def _ymd(t: float) -> tuple[int, int, int]:
    """NON-SPEC: (YearFromTime, MonthFromTime, DateFromTime) of t in one computation."""
    days = int(t) // MS_PER_DAY
    y = _year_from_days(days)
    d = days - _day_from_year(y)
    starts = _MONTH_START[1 if _is_leap(y) else 0]
    m = 0
    while d >= starts[m + 1]:
        m += 1
    return y, m, d - starts[m] + 1


def MonthFromTime(t: float) -> float:  # noqa: N802
    """MonthFromTime ( t ) (sec-monthfromtime): 0 (January) to 11 (December)."""
    return float(_ymd(t)[1])


def DateFromTime(t: float) -> float:  # noqa: N802
    """DateFromTime ( t ) (sec-datefromtime): 1 to 31."""
    return float(_ymd(t)[2])


def WeekDay(t: float) -> float:  # noqa: N802
    """WeekDay ( t ) (sec-weekday): (Day(t) + 4) modulo 7, 0 is Sunday."""
    return float((int(t) // MS_PER_DAY + 4) % 7)


def HourFromTime(t: float) -> float:  # noqa: N802
    """HourFromTime ( t ) (sec-hourfromtime)."""
    return float(int(t) // MS_PER_HOUR % 24)


def MinuteFromTime(t: float) -> float:  # noqa: N802
    """MinuteFromTime ( t ) (sec-minutefromtime)."""
    return float(int(t) // MS_PER_MINUTE % 60)


def SecondFromTime(t: float) -> float:  # noqa: N802
    """SecondFromTime ( t ) (sec-secondfromtime)."""
    return float(int(t) // MS_PER_SECOND % 60)


def MillisecondFromTime(t: float) -> float:  # noqa: N802
    """MillisecondFromTime ( t ) (sec-msfromtime)."""
    return float(int(t) % MS_PER_SECOND)


def _fields(t: float) -> tuple[int, int, int, int, int, int, int]:
    """NON-SPEC: year, month, date, hours, minutes, seconds, ms of the finite time value t."""
    y, m, d = _ymd(t)
    ti = int(t)
    return (y, m, d, ti // MS_PER_HOUR % 24, ti // MS_PER_MINUTE % 60, ti // MS_PER_SECOND % 60,
            ti % MS_PER_SECOND)


# --- Making time values (sec-maketime ... sec-timeclip) -------------------------------------------

def MakeTime(hour: float, minute: float, sec: float, ms: float) -> float:  # noqa: N802
    """MakeTime ( hour, minute, second, millisecond ) (sec-maketime). Floating-point
    arithmetic, in the spec's order."""
    # 1. If any argument is not finite, return NaN.
    if not (_finite(hour) and _finite(minute) and _finite(sec) and _finite(ms)):
        return NAN
    # 2-5. ToIntegerOrInfinity of each.
    h = to_integer_or_infinity(hour)
    m = to_integer_or_infinity(minute)
    s = to_integer_or_infinity(sec)
    milli = to_integer_or_infinity(ms)
    # 6. Return ((h * msPerHour + m * msPerMinute) + s * msPerSecond) + milli.
    return ((h * 3600000.0 + m * 60000.0) + s * 1000.0) + milli


# NON-SPEC: the range of years MakeDay can represent as "a finite time value" (beyond it the
# result could only be clipped to NaN anyway); it keeps integer arithmetic small.
_MAX_MAKEDAY_YEAR = 1_000_000


def MakeDay(year: float, month: float, date: float) -> float:  # noqa: N802
    """MakeDay ( year, month, date ) (sec-makeday)."""
    # 1. If any argument is not finite, return NaN.
    if not (_finite(year) and _finite(month) and _finite(date)):
        return NAN
    # 2-4.
    y = to_integer_or_infinity(year)
    m = to_integer_or_infinity(month)
    dt = to_integer_or_infinity(date)
    # 5. Let balancedYear be 𝔽(y) + 𝔽(floor(m / 12)).
    ym = y + float(math.floor(m / 12))
    # 6. If balancedYear is not finite, return NaN.
    if not _finite(ym):
        return NAN
    # 7. Let balancedMonth be m modulo 12.
    mn = int(m % 12)
    # 8. Find t with YearFromTime(t) = ym, MonthFromTime(t) = mn, DateFromTime(t) = 1; NaN if
    #    that is not possible.
    if abs(ym) > _MAX_MAKEDAY_YEAR:
        return NAN
    yi = int(ym)
    day = _day_from_year(yi) + _MONTH_START[1 if _is_leap(yi) else 0][mn]
    # 9. Return Day(t) + dt - 1.
    return float(day) + dt - 1.0


def MakeDate(day: float, time: float) -> float:  # noqa: N802
    """MakeDate ( day, time ) (sec-makedate)."""
    # 1. If day is not finite or time is not finite, return NaN.
    if not (_finite(day) and _finite(time)):
        return NAN
    # 2. Let tv be day × msPerDay + time.
    tv = day * 86400000.0 + time
    # 3. If tv is not finite, return NaN.
    if not _finite(tv):
        return NAN
    return tv


def MakeFullYear(year: float) -> float:  # noqa: N802
    """MakeFullYear ( year ) (sec-makefullyear)."""
    if year != year:
        return NAN
    truncated = to_integer_or_infinity(year)
    if 0 <= truncated <= 99:
        return 1900.0 + truncated
    return year


def TimeClip(time: float) -> float:  # noqa: N802
    """TimeClip ( time ) (sec-timeclip)."""
    if not _finite(time):
        return NAN
    if abs(time) > MAX_TIME:
        return NAN
    return to_integer_or_infinity(time)


# --- The host time zone (sec-localtime, sec-utc-t, sec-local-time-zone-adjustment) --------------

_UTC_KEYS = frozenset(("UTC", "Etc/UTC", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "UCT", "Etc/UCT"))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_NAIVE_EPOCH = datetime(1970, 1, 1)
# NON-SPEC: datetime covers years 1..9999. Later instants are moved back by whole 400-year
# Gregorian cycles (which keep weekdays, so the zone's DST rules give the same offset); earlier
# ones use the offset at year 1 (the zone's LMT, like ICU).
_MIN_DT_MS = -62135596800000 + 2 * MS_PER_DAY
_MAX_DT_MS = 253402300799999 - 2 * MS_PER_DAY
_CYCLE_MS = 146097 * MS_PER_DAY


def _dt_range(t: float) -> int:
    ti = int(t)
    if ti > _MAX_DT_MS:
        ti -= -(-(ti - _MAX_DT_MS) // _CYCLE_MS) * _CYCLE_MS
    elif ti < _MIN_DT_MS:
        ti = _MIN_DT_MS
    return ti

_LONG_NAMES = {
    "UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time", "BST": "British Summer Time",
    "IST": "India Standard Time", "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
    "CST": "Central Standard Time", "CDT": "Central Daylight Time", "MST": "Mountain Standard Time",
    "MDT": "Mountain Daylight Time", "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
    "AKST": "Alaska Standard Time", "AKDT": "Alaska Daylight Time", "HST": "Hawaii-Aleutian Standard Time",
    "CET": "Central European Standard Time", "CEST": "Central European Summer Time",
    "EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
    "WET": "Western European Standard Time", "WEST": "Western European Summer Time",
    "JST": "Japan Standard Time", "KST": "Korean Standard Time", "AEST": "Australian Eastern Standard Time",
    "AEDT": "Australian Eastern Daylight Time", "NZST": "New Zealand Standard Time",
    "NZDT": "New Zealand Daylight Time", "MSK": "Moscow Standard Time", "SAST": "South Africa Standard Time",
    "HKT": "Hong Kong Standard Time", "PKT": "Pakistan Standard Time", "WIB": "Western Indonesia Time",
    "ACST": "Australian Central Standard Time", "ACDT": "Australian Central Daylight Time",
    "AWST": "Australian Western Standard Time", "NST": "Newfoundland Standard Time",
    "NDT": "Newfoundland Daylight Time", "AST": "Atlantic Standard Time", "ADT": "Atlantic Daylight Time",
    "IDT": "Israel Daylight Time", "CAT": "Central Africa Time", "EAT": "East Africa Time",
    "WAT": "West Africa Standard Time", "PHT": "Philippine Standard Time", "ChST": "Chamorro Standard Time",
}


class HostZone:
    """NON-SPEC: the system time zone (SystemTimeZoneIdentifier, sec-systemtimezoneidentifier)."""

    def __init__(self, zone: tzinfo | None, name: str) -> None:
        self.zone = zone  # None: UTC
        self.name = name

    def offset_at_utc(self, t: float) -> int:
        """GetNamedTimeZoneOffsetNanoseconds for the instant t, in milliseconds."""
        if self.zone is None:
            return 0
        ti = _dt_range(t)
        dt = (_EPOCH + timedelta(milliseconds=ti)).astimezone(self.zone)
        off = dt.utcoffset()
        return 0 if off is None else off // timedelta(milliseconds=1)

    def offset_for_local(self, t: float) -> int:
        """The offset to subtract from the local time t (sec-utc-t): for a repeated local time
        the earlier instant, for a skipped one the offset before the transition (fold=0)."""
        if self.zone is None:
            return 0
        ti = _dt_range(t)
        off = self.zone.utcoffset(_NAIVE_EPOCH + timedelta(milliseconds=ti))
        return 0 if off is None else off // timedelta(milliseconds=1)

    def zone_name(self, t: float) -> str:
        """An implementation-defined name of the zone at the instant t (for TimeZoneString)."""
        if self.zone is None:
            return self.name
        ti = _dt_range(t)
        abbr = (_EPOCH + timedelta(milliseconds=ti)).astimezone(self.zone).tzname() or ""
        if abbr == "LMT":
            # Local mean time (before the zone's first rule): name it by its standard time.
            for month in (1, 7):
                probe = datetime(2020, month, 1, tzinfo=timezone.utc).astimezone(self.zone)
                if not probe.dst():
                    abbr = probe.tzname() or abbr
                    break
        if abbr in _LONG_NAMES:
            return _LONG_NAMES[abbr]
        off = self.offset_at_utc(t)
        sign = "+" if off >= 0 else "-"
        off = abs(off) // MS_PER_MINUTE
        return f"GMT{sign}{off // 60:02d}:{off % 60:02d}"


def _make_zone(tz: str | None) -> HostZone:
    from zoneinfo import ZoneInfo
    utc = HostZone(None, "Coordinated Universal Time")
    key: str | None
    if tz is None:
        try:
            path = os.path.realpath("/etc/localtime")
        except OSError:  # pragma: no cover
            return utc
        key = path.split("zoneinfo/", 1)[1] if "zoneinfo/" in path else None
        if key is None:
            try:
                with open("/etc/localtime", "rb") as f:
                    return HostZone(ZoneInfo.from_file(f), "")
            except (OSError, ValueError):
                return utc
    else:
        key = tz[1:] if tz.startswith(":") else tz
    if not key or key in _UTC_KEYS:
        return utc
    try:
        return HostZone(ZoneInfo(key), key)
    except (ValueError, OSError, LookupError):
        return utc


# NON-SPEC (speed): the process environment's own mapping and its key for TZ (CPython's
# os.environ keeps them; ``os.environ.get`` encodes the key and, when TZ is unset, raises and
# catches a KeyError: 2.3 us on every local time)
_ENV_DATA: Any = getattr(os.environ, "_data", None)
_TZ_KEY: Any = os.environ.encodekey("TZ") if hasattr(os.environ, "encodekey") else "TZ"
_ZONES: dict[Any, HostZone] = {}   # by the environment's raw TZ value (None when unset)


def host_zone() -> HostZone:
    """NON-SPEC: the current host time zone (honours the TZ environment variable, read again
    each time: a change of ``os.environ`` or ``process.env.TZ`` applies at once)."""
    raw = _ENV_DATA.get(_TZ_KEY) if type(_ENV_DATA) is dict else os.environ.get("TZ")
    z = _ZONES.get(raw)
    if z is None:
        z = _ZONES[raw] = _make_zone(os.environ.get("TZ"))
    return z


def LocalTime(t: float) -> float:  # noqa: N802
    """LocalTime ( t ) (sec-localtime): t + the local offset at the instant t."""
    return t + float(host_zone().offset_at_utc(t))


def UTC(t: float) -> float:  # noqa: N802
    """UTC ( t ) (sec-utc-t): converts the local time t to a time value."""
    if not _finite(t):
        return NAN
    return t - float(host_zone().offset_for_local(t))


# --- Date objects -----------------------------------------------------------------------------------

class JSDateObject(JSObject):
    """A Date instance (sec-properties-of-date-instances): an ordinary object with [[DateValue]]."""

    __slots__ = ("date_value",)
    class_name = "Date"

    def __init__(self, proto: JSObject | None, date_value: float) -> None:
        JSObject.__init__(self, proto)
        self.date_value = date_value


def this_time_value(value: Any, method: str) -> float:
    """thisTimeValue / RequireInternalSlot(value, [[DateValue]]) (sec-thistimevalue)."""
    if isinstance(value, JSDateObject):
        return value.date_value
    # (V8's messages: the getters' own, the other methods' the usual receiver's)
    if method.startswith("get") and method != "getYear" or method == "valueOf":
        throw_type_error("this is not a Date object.")
    throw_type_error(incompatible_receiver("Date.prototype." + method, value))


def _now() -> float:
    """The time value (UTC) identifying the current time."""
    # NON-SPEC: a host may fix the clock of a realm (``pyjsvm --fixed-time``).
    realm = get_agent().realm
    fixed = realm.host_defined.get("pyjsvm.fixed_time") if realm is not None else None
    if fixed is not None:
        return float(fixed)
    return float(_time.time_ns() // 1_000_000)



# --- Strings (sec-datestring, sec-timestring, sec-timezoneestring, sec-todatestring) ------------

def _year_string(y: int) -> str:
    return ("-" if y < 0 else "") + f"{abs(y):04d}"


def DateString(tv: float) -> str:  # noqa: N802
    """DateString ( tv ) (sec-datestring): "Tue Jan 02 2001"."""
    y, m, d = _ymd(tv)
    return f"{_WEEKDAY_NAMES[int(WeekDay(tv))]} {_MONTH_NAMES[m]} {d:02d} {_year_string(y)}"


def TimeString(tv: float) -> str:  # noqa: N802
    """TimeString ( tv ) (sec-timestring): "03:04:05 GMT"."""
    ti = int(tv)
    return f"{ti // MS_PER_HOUR % 24:02d}:{ti // MS_PER_MINUTE % 60:02d}:{ti // MS_PER_SECOND % 60:02d} GMT"


def TimeZoneString(tv: float) -> str:  # noqa: N802
    """TimeZoneString ( tv ) (sec-timezoneestring): "+0000 (Coordinated Universal Time)"."""
    zone = host_zone()
    offset = zone.offset_at_utc(tv)
    sign = "+" if offset >= 0 else "-"
    a = abs(offset)
    hours = a // MS_PER_HOUR % 24
    minutes = a // MS_PER_MINUTE % 60
    return f"{sign}{hours:02d}{minutes:02d} ({zone.zone_name(tv)})"


def ToDateString(tv: float) -> str:  # noqa: N802
    """ToDateString ( tv ) (sec-todatestring)."""
    if tv != tv:
        return "Invalid Date"
    t = LocalTime(tv)
    return DateString(t) + " " + TimeString(t) + TimeZoneString(tv)


def _utc_string(tv: float) -> str:
    y, m, d = _ymd(tv)
    return f"{_WEEKDAY_NAMES[int(WeekDay(tv))]}, {d:02d} {_MONTH_NAMES[m]} {_year_string(y)} {TimeString(tv)}"


def _iso_string(tv: float) -> str:
    """The Date Time String Format of a finite time value (toISOString's result)."""
    y, m, d, h, mi, s, ms = _fields(tv)
    if 0 <= y <= 9999:
        ys = f"{y:04d}"
    else:
        ys = ("-" if y < 0 else "+") + f"{abs(y):06d}"
    return f"{ys}-{m + 1:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"


iso_string = _iso_string

# --- Date.parse ------------------------------------------------------------------------------------

_ISO_RE = re.compile(
    r"([+-][0-9]{6}|[0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?"
    r"(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?\Z"
)


def parse_iso_date(s: str) -> float | None:
    """Parse the Date Time String Format (sec-date-time-string-format), expanded years
    included. None when ``s`` does not conform; NaN for conforming but out-of-range values."""
    mt = _ISO_RE.match(s)
    if mt is None:
        return None
    ys, mos, ds, hs, mis, ss, mss, zs = mt.groups()
    if ys == "-000000":
        return NAN
    year = int(ys)
    month = int(mos) if mos else 1
    day = int(ds) if ds else 1
    hour = int(hs) if hs else 0
    minute = int(mis) if mis else 0
    sec = int(ss) if ss else 0
    ms = int((mss + "00")[:3]) if mss else 0  # NON-SPEC: V8 accepts any number of digits
    # DD is checked against 01..31 only (like V8): "2019-02-30" is March 2.
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return NAN
    if hour > 24 or minute > 59 or sec > 59:
        return NAN
    if hour == 24 and (minute or sec or (mss and mss.strip("0"))):  # (no int() of any number of digits)
        return NAN
    tv = MakeDate(MakeDay(float(year), float(month - 1), float(day)),
                  MakeTime(float(hour), float(minute), float(sec), float(ms)))
    if zs is None:
        # Date-only forms are UTC, date-time forms local time.
        if hs is not None:
            tv = UTC(tv)
    elif zs != "Z":
        oh, om = int(zs[1:3]), int(zs[4:6])
        if oh > 23 or om > 59:
            return NAN
        off = (oh * 60 + om) * MS_PER_MINUTE
        tv = tv - off if zs[0] == "+" else tv + off
    return TimeClip(tv)


# NON-SPEC fallback parser (implementation-specific formats), compatible with V8's legacy date
# parser: "Tue Jan 02 2001 03:04:05 GMT+0000 (...)", "Tue, 02 Jan 2001 03:04:05 GMT",
# "Jan 1 2000", "1/2/2000 10:00 PM", "2000/01/02 10:00", "2000-01-02 10:00:00"...

_KEYWORDS: dict[str, tuple[str, int]] = {
    "jan": ("month", 1), "feb": ("month", 2), "mar": ("month", 3), "apr": ("month", 4),
    "may": ("month", 5), "jun": ("month", 6), "jul": ("month", 7), "aug": ("month", 8),
    "sep": ("month", 9), "oct": ("month", 10), "nov": ("month", 11), "dec": ("month", 12),
    "am": ("ampm", 0), "pm": ("ampm", 12),
    "ut": ("tz", 0), "utc": ("tz", 0), "z": ("tz", 0), "gmt": ("tz", 0),
    "cdt": ("tz", -5), "cst": ("tz", -6), "edt": ("tz", -4), "est": ("tz", -5),
    "mdt": ("tz", -6), "mst": ("tz", -7), "pdt": ("tz", -7), "pst": ("tz", -8),
    "t": ("tsep", 0),
}
_WS = set("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
          "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")


# NON-SPEC: the runs the tokenizer reads, matched in pieces with the budget checked between them
# (numeric.match_run): a Python loop a character ran new Date('a'.repeat(2**28)) for 17.6 s
_DIGIT_RUN = re.compile("[0-9]*")
_WORD_RUN = re.compile("[^\\x00-\\x40" + "".join(re.escape(c) for c in sorted(_WS)) + "]*")
_WS_RUN = re.compile("[" + "".join(re.escape(c) for c in sorted(_WS)) + "]*")
_NOT_PAREN_RUN = re.compile("[^()]*")


class _Tok:
    __slots__ = ("kind", "value", "length", "text")

    def __init__(self, kind: str, value: Any = None, length: int = 0, text: str = "") -> None:
        self.kind = kind      # 'num', 'sym', 'word', 'ws', 'unknown', 'end'
        self.value = value    # number value / symbol char / keyword (type, value) or None
        self.length = length
        self.text = text


def _tokenize(s: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(s)
    check_at = 1 << 16
    while i < n:
        if i > check_at:
            check_stop()  # NON-SPEC: the budget check
            check_at = i + (1 << 16)
        c = s[i]
        if "0" <= c <= "9":
            j = i
            end = i + 64 if i + 64 < n else n
            while j < end and "0" <= s[j] <= "9":
                j += 1
            if j == end < n:  # (NON-SPEC: a long run matched in pieces, see _DIGIT_RUN)
                j = match_run(_DIGIT_RUN, s, j)
            digits = s[i:j]
            sig = digits.lstrip("0")[:9]
            toks.append(_Tok("num", int(sig) if sig else 0, j - i, digits))
            i = j
        elif c in ":-+.)":
            toks.append(_Tok("sym", c))
            i += 1
        elif c >= "A" and c not in _WS:
            j = i
            end = i + 64 if i + 64 < n else n
            while j < end and s[j] >= "A" and s[j] not in _WS:
                j += 1
            if j == end < n:
                j = match_run(_WORD_RUN, s, j)
            # (a long word's first code units lowered: the keywords are of three letters)
            word = s[i:j].lower() if j - i <= 8 else s[i:i + 8].lower()
            kw = _KEYWORDS.get(word[:3])
            if kw is not None and len(word) > 3 and kw[0] != "month":
                kw = None
            toks.append(_Tok("word", kw, j - i))
            i = j
        elif c in _WS:
            end = i + 64 if i + 64 < n else n
            while i < end and s[i] in _WS:
                i += 1
            if i == end < n:
                i = match_run(_WS_RUN, s, i)
            toks.append(_Tok("ws"))
        elif c == "(":
            depth = 0
            steps = 0
            while i < n:
                if s[i] not in "()":
                    i = _NOT_PAREN_RUN.match(s, i, i + 64).end()  # type: ignore[union-attr]
                    if i < n and s[i] not in "()":
                        i = match_run(_NOT_PAREN_RUN, s, i)
                    if i == n:
                        break
                steps += 1
                if not steps & 4095:
                    check_stop()  # NON-SPEC: the budget check
                if s[i] == "(":
                    depth += 1
                else:
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                i += 1
            toks.append(_Tok("unknown"))
        else:
            toks.append(_Tok("unknown"))
            i += 1
    toks.append(_Tok("end"))
    return toks


def _is_sym(t: _Tok, c: str) -> bool:
    return t.kind == "sym" and t.value == c


def _fixed_num(t: _Tok, length: int) -> bool:
    return t.kind == "num" and t.length == length


def _read_ms(t: _Tok) -> int:
    return int((t.text + "00")[:3])


class _LegacyState:
    def __init__(self) -> None:
        self.day: list[int] = []
        self.named_month: int | None = None
        self.iso_date = False
        self.time: list[int] = []
        self.hour_offset: int | None = None
        self.tz_sign: int | None = None
        self.tz_hour: int | None = None
        self.tz_minute: int | None = None

    # TimeComposer
    def time_expecting(self, n: int) -> bool:
        i = len(self.time)
        return (i == 1 and 0 <= n <= 59) or (i == 2 and 0 <= n <= 59) or (i == 3 and 0 <= n <= 999)

    def time_add(self, n: int) -> bool:
        if len(self.time) >= 4:
            return False
        self.time.append(n)
        return True

    def time_add_final(self, n: int) -> bool:
        if not self.time_add(n):
            return False
        while len(self.time) < 4:
            self.time.append(0)
        return True

    # TimeZoneComposer
    def tz_set(self, offset_hours: int) -> None:
        self.tz_sign = -1 if offset_hours < 0 else 1
        self.tz_hour = abs(offset_hours)
        self.tz_minute = 0

    def tz_expecting(self, n: int) -> bool:
        return self.tz_hour is not None and self.tz_minute is None and 0 <= n <= 59

    def tz_is_utc(self) -> bool:
        return self.tz_hour == 0 and self.tz_minute == 0


def _parse_es5(toks: list[_Tok], st: _LegacyState) -> int:
    """The ISO prefix of a string (V8's ES5 parser): returns the index of the first token left
    for the legacy parser, len(toks) - 1 when complete, or -1 for an invalid string."""
    p = 0

    def peek() -> _Tok:
        return toks[p]

    t = peek()
    if t.kind == "sym" and t.value in "+-":
        if not _fixed_num(toks[p + 1], 6):
            return p
        sign = 1 if t.value == "+" else -1
        year = toks[p + 1].value
        if sign < 0 and year == 0:
            # "-000000" is invalid: V8 drops the number and goes on with the sign.
            del toks[p + 1]
            return p
        st.day.append(sign * year)
        p += 2
    elif _fixed_num(t, 4):
        st.day.append(t.value)
        p += 1
    else:
        return p
    if _is_sym(peek(), "-"):
        p += 1
        t = peek()
        if not _fixed_num(t, 2) or not 1 <= t.value <= 12:
            return p
        st.day.append(t.value)
        p += 1
        if _is_sym(peek(), "-"):
            p += 1
            t = peek()
            if not _fixed_num(t, 2) or not 1 <= t.value <= 31:
                return p
            st.day.append(t.value)
            p += 1
    t = peek()
    if not (t.kind == "word" and t.value is not None and t.value[0] == "tsep"):
        if t.kind != "end":
            return p
    else:
        p += 1
        t = peek()
        if not _fixed_num(t, 2) or not 0 <= t.value <= 24:
            return -1
        hour_is_24 = t.value == 24
        st.time.append(t.value)
        p += 1
        if not _is_sym(peek(), ":"):
            return -1
        p += 1
        t = peek()
        if not _fixed_num(t, 2) or not 0 <= t.value <= 59 or (hour_is_24 and t.value > 0):
            return -1
        st.time.append(t.value)
        p += 1
        if _is_sym(peek(), ":"):
            p += 1
            t = peek()
            if not _fixed_num(t, 2) or not 0 <= t.value <= 59 or (hour_is_24 and t.value > 0):
                return -1
            st.time.append(t.value)
            p += 1
            if _is_sym(peek(), "."):
                p += 1
                t = peek()
                if t.kind != "num" or (hour_is_24 and t.value > 0):
                    return -1
                st.time.append(_read_ms(t))
                p += 1
        t = peek()
        if t.kind == "word" and t.length == 1 and t.value == ("tz", 0):
            p += 1
            st.tz_set(0)
        elif t.kind == "sym" and t.value in "+-":
            st.tz_sign = 1 if t.value == "+" else -1
            p += 1
            t = peek()
            if _fixed_num(t, 4):
                hh, mm = divmod(t.value, 100)
                if not (0 <= hh <= 23 and 0 <= mm <= 59):
                    return -1
                st.tz_hour, st.tz_minute = hh, mm
                p += 1
            else:
                if not _fixed_num(t, 2) or not 0 <= t.value <= 23:
                    return -1
                st.tz_hour = t.value
                p += 1
                if not _is_sym(peek(), ":"):
                    return -1
                p += 1
                t = peek()
                if not _fixed_num(t, 2) or not 0 <= t.value <= 59:
                    return -1
                st.tz_minute = t.value
                p += 1
        if peek().kind != "end":
            return -1
    # A complete ISO string: date-only forms are UTC.
    if st.tz_sign is None and not st.time:
        st.tz_set(0)
    st.iso_date = True
    return p


def _parse_legacy(s: str) -> float:
    """NON-SPEC: the fallback date parser; NaN when unrecognised."""
    toks = _tokenize(s)
    st = _LegacyState()
    p = _parse_es5(toks, st)
    if p < 0:
        return NAN
    has_read_number = bool(st.day)
    while toks[p].kind != "end":
        t = toks[p]
        p += 1
        nxt = toks[p]
        if t.kind == "num":
            has_read_number = True
            n = t.value
            if _is_sym(nxt, ":"):
                p += 1
                if _is_sym(toks[p], ":"):
                    p += 1
                    if st.time:
                        return NAN
                    st.time.extend((n, 0))
                else:
                    if not st.time_add(n):
                        return NAN
                    if _is_sym(toks[p], "."):
                        p += 1
                continue
            dot = False
            if _is_sym(nxt, "."):
                p += 1
                dot = True
            if dot and st.time_expecting(n):
                st.time_add(n)
                if toks[p].kind != "num":
                    return NAN
                st.time_add_final(_read_ms(toks[p]))
                p += 1
            elif st.tz_expecting(n):
                st.tz_minute = n
            elif st.time_expecting(n):
                st.time_add_final(n)
                pk = toks[p]
                if not (pk.kind in ("end", "ws") or (pk.kind == "word" and pk.length == 1 and pk.value == ("tz", 0))
                        or (pk.kind == "sym" and pk.value in "+-")):
                    return NAN
            else:
                if len(st.day) >= 3:
                    return NAN
                st.day.append(n)
                if _is_sym(toks[p], "-"):
                    p += 1
        elif t.kind == "word":
            kw = t.value
            if kw is not None and kw[0] == "ampm" and st.time:
                st.hour_offset = kw[1]
            elif kw is not None and kw[0] == "month":
                st.named_month = kw[1]
                if _is_sym(toks[p], "-"):
                    p += 1
            elif kw is not None and kw[0] == "tz" and has_read_number:
                st.tz_set(kw[1])
            else:
                if has_read_number:
                    return NAN
                if toks[p].kind == "num":
                    return NAN
        elif t.kind == "sym" and t.value in "+-" and (st.tz_is_utc() or st.time):
            st.tz_sign = 1 if t.value == "+" else -1
            n, length = 0, 0
            if toks[p].kind == "num":
                length = toks[p].length
                n = toks[p].value
                p += 1
            has_read_number = True
            if _is_sym(toks[p], ":"):
                st.tz_hour = n
                st.tz_minute = None
            elif length in (1, 2):
                st.tz_hour, st.tz_minute = n, 0
            elif length in (3, 4):
                st.tz_hour, st.tz_minute = divmod(n, 100)
            else:
                return NAN
        elif t.kind == "sym" and t.value in "+-)" and has_read_number:
            return NAN
        # Anything else (whitespace, other characters, parentheses) is ignored.

    # DayComposer::Write
    comp = list(st.day)
    if not comp:
        return NAN
    while len(comp) < 3:
        comp.append(1)
    year = 0
    if st.named_month is None:
        if st.iso_date or not 1 <= comp[0] <= 31:
            year, month, day = comp
        else:
            month, day, year = comp
    else:
        month = st.named_month
        if not 1 <= comp[0] <= 31:
            year, day = comp[0], comp[1]
        else:
            day, year = comp[0], comp[1]
    if not st.iso_date:
        if 0 <= year <= 49:
            year += 2000
        elif 50 <= year <= 99:
            year += 1900
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return NAN
    # TimeComposer::Write
    tm = list(st.time)
    while len(tm) < 4:
        tm.append(0)
    hour, minute, sec, ms = tm
    if st.hour_offset is not None:
        if not 0 <= hour <= 12:
            return NAN
        hour = hour % 12 + st.hour_offset
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= sec <= 59 and 0 <= ms <= 999):
        if hour != 24 or minute or sec or ms:
            return NAN
    tv = MakeDate(MakeDay(float(year), float(month - 1), float(day)),
                  MakeTime(float(hour), float(minute), float(sec), float(ms)))
    # TimeZoneComposer::Write
    if st.tz_sign is None:
        if not _finite(tv) or abs(tv) > MAX_TIME + 864e6:
            return NAN
        tv = UTC(tv)
    else:
        total = (st.tz_hour or 0) * 3600 + (st.tz_minute or 0) * 60
        tv -= st.tz_sign * total * 1000.0
    return TimeClip(tv)


def parse_date(s: str) -> float:
    """The date parsing of Date.parse (sec-date.parse): the Date Time String Format first, then
    implementation-specific formats."""
    v = parse_iso_date(s)
    if v is not None:
        return v
    return _parse_legacy(s)


# --- The Date constructor (sec-date-constructor) ------------------------------------------------

def date_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date ( ...values ) (sec-date)."""
    # 1. If NewTarget is undefined, return ToDateString(now).
    if new_target is None:
        return ToDateString(_now())
    n = len(args)
    if n == 0:
        dv = _now()
    elif n == 1:
        value = args[0]
        if isinstance(value, JSDateObject):
            tv = value.date_value
        else:
            primitive = to_primitive(value)
            if type(primitive) is str:
                tv = parse_date(primitive)
            else:
                tv = to_number(primitive)
        dv = TimeClip(tv)
    else:
        nums = [to_number(args[i]) if i < n else (1.0 if i == 2 else 0.0) for i in range(7)]
        y = MakeFullYear(nums[0])
        final = MakeDate(MakeDay(y, nums[1], nums[2]), MakeTime(nums[3], nums[4], nums[5], nums[6]))
        dv = TimeClip(UTC(final))
    # OrdinaryCreateFromConstructor(NewTarget, "%Date.prototype%", « [[DateValue]] »).
    return JSDateObject(get_prototype_from_constructor(new_target, "%Date.prototype%"), dv)


@statics.method("now", 0)
def date_now(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.now ( ) (sec-date.now)."""
    return _now()


@statics.method("parse", 1)
def date_parse(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.parse ( string ) (sec-date.parse)."""
    return parse_date(to_string(argument(args, 0)))


@statics.method("UTC", 7)
def date_utc(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.UTC ( year [ , month [ , day [ , hour [ , minute [ , second [ , ms ] ] ] ] ] ] ) (sec-date.utc)."""
    n = len(args)
    nums = [to_number(argument(args, i)) if i < n or i == 0 else (1.0 if i == 2 else 0.0) for i in range(7)]
    y = MakeFullYear(nums[0])
    return TimeClip(MakeDate(MakeDay(y, nums[1], nums[2]), MakeTime(nums[3], nums[4], nums[5], nums[6])))


# --- Date.prototype getters (sec-date.prototype.getdate ...) --------------------------------------

def _getter(name: str, local: bool, field: int) -> None:
    spec_id = "sec-date.prototype." + name.lower()

    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        t = this_time_value(this, name)
        if t != t:
            return NAN
        if local:
            t = LocalTime(t)
        if field == 7:
            return WeekDay(t)
        return float(_fields(t)[field])

    impl.__name__ = "date_proto_" + name
    impl.__doc__ = f"Date.prototype.{name} ( ) ({spec_id})."
    proto.method(name, 0)(impl)


for _name, _local, _field in (
    ("getDate", True, 2), ("getDay", True, 7), ("getFullYear", True, 0), ("getHours", True, 3),
    ("getMilliseconds", True, 6), ("getMinutes", True, 4), ("getMonth", True, 1), ("getSeconds", True, 5),
    ("getUTCDate", False, 2), ("getUTCDay", False, 7), ("getUTCFullYear", False, 0), ("getUTCHours", False, 3),
    ("getUTCMilliseconds", False, 6), ("getUTCMinutes", False, 4), ("getUTCMonth", False, 1),
    ("getUTCSeconds", False, 5),
):
    _getter(_name, _local, _field)


@proto.method("getTime", 0)
def date_proto_get_time(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.getTime ( ) (sec-date.prototype.gettime)."""
    return this_time_value(this, "getTime")


@proto.method("getTimezoneOffset", 0)
def date_proto_get_timezone_offset(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.getTimezoneOffset ( ) (sec-date.prototype.gettimezoneoffset)."""
    t = this_time_value(this, "getTimezoneOffset")
    if t != t:
        return NAN
    # NON-SPEC (V8): the offset in whole minutes, truncated towards zero (the spec's quotient
    # is fractional for a zone's local mean time: Europe/Brussels in 1800 is 17.5 minutes
    # ahead; node gives -17); (+ 0.0: never -0)
    return float(math.trunc((t - LocalTime(t)) / 60000.0)) + 0.0


@proto.method("getYear", 0)
def date_proto_get_year(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.getYear ( ) (sec-date.prototype.getyear)."""
    t = this_time_value(this, "getYear")
    if t != t:
        return NAN
    return YearFromTime(LocalTime(t)) - 1900.0


@proto.method("valueOf", 0)
def date_proto_value_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.valueOf ( ) (sec-date.prototype.valueof)."""
    return this_time_value(this, "valueOf")


# --- Date.prototype setters (sec-date.prototype.setdate ...) --------------------------------------

def _setter(name: str, local: bool, first: int, count: int) -> None:
    """One of the setters: the arguments replace ``count`` fields starting at ``first`` among
    (year, month, date, hours, minutes, seconds, ms). Follows the spec's steps: read the time
    value, convert the present arguments in order, return NaN for an invalid date (setFullYear
    starts from +0 instead), recombine the fields with MakeDay/MakeTime/MakeDate, then UTC and
    TimeClip."""
    spec_id = "sec-date.prototype." + name.lower()

    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        # 1-3. RequireInternalSlot(dateObj, [[DateValue]]); let t be dateObj.[[DateValue]].
        t = this_time_value(this, name)
        # 4-7. ToNumber of the first argument and of each present optional one.
        nums = [to_number(argument(args, 0))]
        for i in range(1, min(count, len(args))):
            nums.append(to_number(args[i]))
        if t != t:
            if first != 0:
                return NAN
            t = 0.0
        elif local:
            t = LocalTime(t)
        fields: list[float] = [float(v) for v in _fields(t)]
        fields[first:first + len(nums)] = nums
        new_date = MakeDate(MakeDay(fields[0], fields[1], fields[2]),
                            MakeTime(fields[3], fields[4], fields[5], fields[6]))
        u = TimeClip(UTC(new_date) if local else new_date)
        this.date_value = u
        return u

    impl.__name__ = "date_proto_" + name
    impl.__doc__ = f"Date.prototype.{name} ( ... ) ({spec_id})."
    proto.method(name, count)(impl)


for _name, _local, _first, _count in (
    ("setDate", True, 2, 1), ("setFullYear", True, 0, 3), ("setHours", True, 3, 4),
    ("setMilliseconds", True, 6, 1), ("setMinutes", True, 4, 3), ("setMonth", True, 1, 2),
    ("setSeconds", True, 5, 2),
    ("setUTCDate", False, 2, 1), ("setUTCFullYear", False, 0, 3), ("setUTCHours", False, 3, 4),
    ("setUTCMilliseconds", False, 6, 1), ("setUTCMinutes", False, 4, 3), ("setUTCMonth", False, 1, 2),
    ("setUTCSeconds", False, 5, 2),
):
    _setter(_name, _local, _first, _count)


@proto.method("setTime", 1)
def date_proto_set_time(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.setTime ( time ) (sec-date.prototype.settime)."""
    this_time_value(this, "setTime")
    t = to_number(argument(args, 0))
    v = TimeClip(t)
    this.date_value = v
    return v


@proto.method("setYear", 1)
def date_proto_set_year(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.setYear ( year ) (sec-date.prototype.setyear)."""
    t = this_time_value(this, "setYear")
    t = 0.0 if t != t else LocalTime(t)
    full_year = MakeFullYear(to_number(argument(args, 0)))
    _, m, d = _ymd(t)
    day = MakeDay(full_year, float(m), float(d))
    date = MakeDate(day, TimeWithinDay(t))
    u = TimeClip(UTC(date))
    this.date_value = u
    return u


# --- Date.prototype string methods --------------------------------------------------------------

@proto.method("toDateString", 0)
def date_proto_to_date_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toDateString ( ) (sec-date.prototype.todatestring)."""
    tv = this_time_value(this, "toDateString")
    if tv != tv:
        return "Invalid Date"
    return DateString(LocalTime(tv))


@proto.method("toISOString", 0)
def date_proto_to_iso_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toISOString ( ) (sec-date.prototype.toisostring)."""
    tv = this_time_value(this, "toISOString")
    if not _finite(tv):
        throw_range_error("Invalid time value")
    return _iso_string(tv)


@proto.method("toJSON", 1)
def date_proto_to_json(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toJSON ( key ) (sec-date.prototype.tojson)."""
    o = to_object(this)
    tv = to_primitive(o, "number")
    if type(tv) is float and not _finite(tv):
        return NULL
    # 4. Return ? Invoke(O, "toISOString"). (NON-SPEC: V8's message names the key)
    fn = o.get("toISOString", o)
    if not is_callable(fn):
        throw_type_error("toISOString is not a function")
    return call(fn, o, [])


def _to_locale(realm: "Realm", this: Any, args: list[Any], method: str, required: str, defaults: str) -> str:
    tv = this_time_value(this, method)
    return INTL_HOOKS["format_date"](realm, tv, argument(args, 0), argument(args, 1), required, defaults)


@proto.method("toLocaleDateString", 0)
def date_proto_to_locale_date_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toLocaleDateString ( [ locales [ , options ] ] ) (sec-date.prototype.tolocaledatestring,
    ECMA-402's definition: an Intl.DateTimeFormat with required "date", defaults "date")."""
    return _to_locale(realm, this, args, "toLocaleDateString", "date", "date")


@proto.method("toLocaleString", 0)
def date_proto_to_locale_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-date.prototype.tolocalestring,
    ECMA-402's definition: an Intl.DateTimeFormat with required "any", defaults "all")."""
    return _to_locale(realm, this, args, "toLocaleString", "any", "all")


@proto.method("toLocaleTimeString", 0)
def date_proto_to_locale_time_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toLocaleTimeString ( [ locales [ , options ] ] ) (sec-date.prototype.tolocaletimestring,
    ECMA-402's definition: an Intl.DateTimeFormat with required "time", defaults "time")."""
    return _to_locale(realm, this, args, "toLocaleTimeString", "time", "time")


@proto.method("toString", 0)
def date_proto_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toString ( ) (sec-date.prototype.tostring)."""
    return ToDateString(this_time_value(this, "toString"))


@proto.method("toTimeString", 0)
def date_proto_to_time_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toTimeString ( ) (sec-date.prototype.totimestring)."""
    tv = this_time_value(this, "toTimeString")
    if tv != tv:
        return "Invalid Date"
    return TimeString(LocalTime(tv)) + TimeZoneString(tv)


@proto.method("toUTCString", 0)
def date_proto_to_utc_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype.toUTCString ( ) (sec-date.prototype.toutcstring)."""
    tv = this_time_value(this, "toUTCString")
    if tv != tv:
        return "Invalid Date"
    return _utc_string(tv)


@proto.method(SYM_TO_PRIMITIVE, 1, C)
def date_proto_to_primitive(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Date.prototype [ %Symbol.toPrimitive% ] ( hint ) (sec-date.prototype-%symbol.toprimitive%)."""
    # 1-2. If O is not an Object, throw a TypeError.
    if not isinstance(this, JSObject):
        throw_type_error(incompatible_receiver("Date.prototype [ @@toPrimitive ]", this))
    hint = argument(args, 0)
    # 3-5. "string" / "default" try toString first, "number" valueOf first.
    if hint == "string" or hint == "default":
        try_first = "string"
    elif hint == "number":
        try_first = "number"
    else:
        throw_type_error("Invalid hint: " + (hint if type(hint) is str else str(type(hint).__name__)))
    # 6. Return ? OrdinaryToPrimitive(O, tryFirst).
    return ordinary_to_primitive(this, try_first)


def setup(realm: "Realm") -> None:
    # Date.prototype is an ordinary object, not a Date instance
    # (sec-properties-of-the-date-prototype-object).
    dp = JSObject(realm.object_prototype)
    realm.intrinsics["%Date.prototype%"] = dp
    ctor = make_constructor(realm, date_constructor, "Date", 7, dp)
    realm.intrinsics["%Date%"] = ctor
    proto.install(realm, dp)
    statics.install(realm, ctor)
    # Annex B: toGMTString is the same function object as toUTCString (sec-date.prototype.togmtstring).
    dp.define_builtin("toGMTString", dp.props["toUTCString"].value)
    realm.define_global("Date", ctor)


__all__ = [
    "setup", "JSDateObject", "this_time_value", "parse_date", "parse_iso_date", "host_zone",
    "Day", "TimeWithinDay", "DaysInYear", "DayFromYear", "TimeFromYear", "YearFromTime",
    "DayWithinYear", "InLeapYear", "MonthFromTime", "DateFromTime", "WeekDay", "HourFromTime",
    "MinuteFromTime", "SecondFromTime", "MillisecondFromTime", "MakeTime", "MakeDay", "MakeDate",
    "MakeFullYear", "TimeClip", "LocalTime", "UTC", "DateString", "TimeString", "TimeZoneString",
    "ToDateString",
]
