"""The RFC 9557 / ISO 8601 grammar of Temporal (sec-temporal-iso8601grammar) and the operations
that parse with it: ParseISODateTime, ParseTemporalDurationString, ParseDateTimeUTCOffset,
ParseTimeZoneIdentifier, ParseMonthCode ...

NON-SPEC: a hand-written recursive-descent parser over the grammar's productions (each helper
returns None, leaving the cursor where it was, when its production does not match); a goal
matches only when it consumes the whole string."""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Callable

from pyjsvm.runtime.agent import throw_range_error
from pyjsvm.intrinsics.temporal.common import Time, is_leap_year

DIGITS = "0123456789"


@dataclass
class ParseResult:
    """An ISO Date-Time Parse Record (sec-temporal-iso-date-time-parse-records), with the ISO
    String Time Zone Parse Record's fields (z, offset, tz_annotation) inline."""
    year: int | None = None
    month: int = 1
    day: int = 1
    time: Time | None = None  # None is ~start-of-day~
    z: bool = False
    offset: str | None = None
    tz_annotation: str | None = None
    calendar: str | None = None
    has_day: bool = True
    has_year: bool = True
    annotations: list[tuple[str, str, bool]] = field(default_factory=list)


class _Cursor:
    def __init__(self, s: str) -> None:
        self.s = s
        self.i = 0

    def peek(self, n: int = 0) -> str:
        j = self.i + n
        return self.s[j] if j < len(self.s) else ""

    def eat(self, chars: str) -> str | None:
        c = self.peek()
        if c and c in chars:
            self.i += 1
            return c
        return None

    def digits(self, n: int) -> str | None:
        t = self.s[self.i:self.i + n]
        if len(t) == n and all(c in DIGITS for c in t):
            self.i += n
            return t
        return None

    def at_end(self) -> bool:
        return self.i >= len(self.s)


def _two(c: _Cursor, lo: int, hi: int, extra: tuple[str, ...] = ()) -> int | None:
    save = c.i
    t = c.digits(2)
    if t is None:
        return None
    if t in extra or lo <= int(t) <= hi:
        return int(t)
    c.i = save
    return None


def _hour(c: _Cursor) -> int | None:
    return _two(c, 0, 23)


def _minute_second(c: _Cursor) -> int | None:
    return _two(c, 0, 59)


def _fraction(c: _Cursor) -> str | None:
    """TemporalDecimalFraction: the digits after the separator."""
    save = c.i
    if not c.eat(".,"):
        return None
    start = c.i
    while c.peek() and c.peek() in DIGITS and c.i - start < 9:
        c.i += 1
    if c.i == start or (c.peek() and c.peek() in DIGITS):
        c.i = save
        return None
    return c.s[start:c.i]


def _date_year(c: _Cursor) -> int | None:
    save = c.i
    sign = c.eat("+-")
    if sign:
        t = c.digits(6)
        if t is None or (sign == "-" and t == "000000"):
            c.i = save
            return None
        return -int(t) if sign == "-" else int(t)
    t = c.digits(4)
    return None if t is None else int(t)


def _date_month(c: _Cursor) -> int | None:
    return _two(c, 1, 12)


def _date_day(c: _Cursor) -> int | None:
    return _two(c, 1, 31)


def _valid_month_day(month: int, day: int) -> bool:
    if day == 31 and month in (2, 4, 6, 9, 11):
        return False
    return not (month == 2 and day == 30)


def _date(c: _Cursor) -> tuple[int, int, int] | None:
    """Date ::: DateSpec[+Extended] | DateSpec[~Extended], with IsValidDate."""
    save = c.i
    y = _date_year(c)
    if y is not None:
        ext = c.eat("-") is not None
        m = _date_month(c)
        if m is not None and (not ext or c.eat("-")):
            d = _date_day(c)
            if d is not None and _valid_month_day(m, d) and not (m == 2 and d == 29 and not is_leap_year(y)):
                return (y, m, d)
    c.i = save
    return None


def _time_spec(c: _Cursor) -> tuple[Time, bool] | None:
    """Time ::: TimeSpec[+Extended] | TimeSpec[~Extended]: (time, has_minutes...)."""
    save = c.i
    h = _hour(c)
    if h is None:
        return None
    mi = s = 0
    frac = ""
    after_hour = c.i
    ext = c.peek() == ":"
    if ext:
        c.i += 1
    mm = _minute_second(c)
    if mm is None:
        c.i = after_hour
        return ((h, 0, 0, 0, 0, 0), False)
    mi = mm
    after_minute = c.i
    if ext:
        if c.peek() != ":":
            return ((h, mi, 0, 0, 0, 0), False)
        c.i += 1
    ss = _two(c, 0, 59, ("60",))
    if ss is None:
        c.i = after_minute
        return ((h, mi, 0, 0, 0, 0), False)
    s = 59 if ss == 60 else ss
    f = _fraction(c)
    if f is not None:
        frac = (f + "000000000")[:9]
    ms, us, ns = (int(frac[0:3]), int(frac[3:6]), int(frac[6:9])) if frac else (0, 0, 0)
    del save
    return ((h, mi, s, ms, us, ns), True)


def _utc_offset(c: _Cursor, sub_minute: bool) -> str | None:
    """UTCOffset[SubMinutePrecision]: its source text."""
    save = c.i
    if not c.eat("+-"):
        return None
    if _hour(c) is None:
        c.i = save
        return None
    after_hour = c.i
    ext = c.peek() == ":"
    if ext:
        c.i += 1
    if _minute_second(c) is None:
        c.i = after_hour
        return c.s[save:c.i]
    after_minute = c.i
    if sub_minute:
        if ext:
            if c.peek() == ":":
                c.i += 1
                if _minute_second(c) is not None:
                    _fraction(c)
                    return c.s[save:c.i]
        else:
            if _minute_second(c) is not None:
                _fraction(c)
                return c.s[save:c.i]
        c.i = after_minute
    return c.s[save:c.i]


def _tz_iana_name(c: _Cursor) -> str | None:
    save = c.i
    while True:
        ch = c.peek()
        if not ch or not (ch.isascii() and (ch.isalpha() or ch in "._")):
            c.i = save
            return None
        c.i += 1
        while True:
            ch = c.peek()
            if ch and ch.isascii() and (ch.isalnum() or ch in "._-+"):
                c.i += 1
            else:
                break
        if c.peek() == "/":
            c.i += 1
            continue
        return c.s[save:c.i]


def _time_zone_identifier(c: _Cursor) -> str | None:
    save = c.i
    off = _utc_offset(c, False)
    if off is not None:
        return off
    c.i = save
    return _tz_iana_name(c)


def _time_zone_annotation(c: _Cursor) -> str | None:
    save = c.i
    if not c.eat("["):
        return None
    c.eat("!")
    tz = _time_zone_identifier(c)
    if tz is None or not c.eat("]"):
        c.i = save
        return None
    return tz


def _annotation_value(c: _Cursor) -> str | None:
    start = c.i
    while True:
        comp = c.i
        while c.peek() and c.peek().isascii() and c.peek().isalnum():
            c.i += 1
        if c.i == comp:
            c.i = start
            return None
        if c.peek() == "-" and c.peek(1).isascii() and c.peek(1).isalnum():
            c.i += 1
            continue
        return c.s[start:c.i]


def _annotations(c: _Cursor) -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    while True:
        save = c.i
        if not c.eat("["):
            return out
        critical = c.eat("!") is not None
        ks = c.i
        ch = c.peek()
        if not (ch and (ch in "_" or ("a" <= ch <= "z"))):
            c.i = save
            return out
        c.i += 1
        while c.peek() and (c.peek() in "_-" or "a" <= c.peek() <= "z" or c.peek() in DIGITS):
            c.i += 1
        key = c.s[ks:c.i]
        if not c.eat("="):
            c.i = save
            return out
        value = _annotation_value(c)
        if value is None or not c.eat("]"):
            c.i = save
            return out
        out.append((key, value, critical))


def _tail(c: _Cursor, r: ParseResult, tz_required: bool) -> bool:
    """TimeZoneAnnotation? Annotations? to the end of the string."""
    tz = _time_zone_annotation(c)
    if tz is None and tz_required:
        return False
    r.tz_annotation = tz
    r.annotations = _annotations(c)
    return c.at_end()


def _date_time_offset(c: _Cursor, r: ParseResult, z: bool) -> None:
    """DateTimeUTCOffset[Z]?"""
    if z and c.eat("Zz"):
        r.z = True
        return
    off = _utc_offset(c, True)
    if off is not None:
        r.offset = off


def _annotated_date_time(s: str, zoned: bool, time_required: bool) -> ParseResult | None:
    c = _Cursor(s)
    d = _date(c)
    if d is None:
        return None
    r = ParseResult(year=d[0], month=d[1], day=d[2])
    if c.peek() and c.peek() in " Tt":
        save = c.i
        c.i += 1
        ts = _time_spec(c)
        if ts is None:
            c.i = save
        else:
            r.time = ts[0]
            _date_time_offset(c, r, zoned)
    if r.time is None and time_required:
        return None
    if zoned and not r.z and r.offset is None and r.time is not None:
        pass
    if not _tail(c, r, zoned):
        return None
    return r


def _instant(s: str) -> ParseResult | None:
    c = _Cursor(s)
    d = _date(c)
    if d is None or not c.eat(" Tt"):
        return None
    ts = _time_spec(c)
    if ts is None:
        return None
    r = ParseResult(year=d[0], month=d[1], day=d[2], time=ts[0])
    _date_time_offset(c, r, True)
    if not r.z and r.offset is None:
        return None
    return r if _tail(c, r, False) else None


def _year_month_only(text: str) -> bool:
    """ParseText(text, DateSpecYearMonth) is a Parse Node."""
    c = _Cursor(text)
    if _date_year(c) is None:
        return False
    c.eat("-") if text[c.i:c.i + 1] == "-" else None
    return _date_month(c) is not None and c.at_end()


def _month_day_text(c: _Cursor) -> tuple[int, int] | None:
    save = c.i
    if c.s.startswith("--", c.i):
        c.i += 2
    m = _date_month(c)
    if m is not None:
        c.eat("-")
        d = _date_day(c)
        if d is not None and _valid_month_day(m, d):
            return (m, d)
    c.i = save
    return None


def _month_day_only(text: str) -> bool:
    c = _Cursor(text)
    return _month_day_text(c) is not None and c.at_end()


def _annotated_time(s: str) -> ParseResult | None:
    c = _Cursor(s)
    designator = c.eat("Tt") is not None
    start = c.i
    ts = _time_spec(c)
    if ts is None:
        return None
    r = ParseResult(year=None, time=ts[0])
    _date_time_offset(c, r, False)
    if not designator:
        text = s[start:c.i]
        if _month_day_only(text) or _year_month_only(text):
            return None
    return r if _tail(c, r, False) else None


def _annotated_year_month(s: str) -> ParseResult | None:
    c = _Cursor(s)
    y = _date_year(c)
    if y is None:
        return None
    c.eat("-")
    m = _date_month(c)
    if m is None:
        return None
    r = ParseResult(year=y, month=m, day=1, has_day=False)
    return r if _tail(c, r, False) else None


def _annotated_month_day(s: str) -> ParseResult | None:
    c = _Cursor(s)
    md = _month_day_text(c)
    if md is None:
        return None
    r = ParseResult(year=None, month=md[0], day=md[1], has_year=False)
    return r if _tail(c, r, False) else None


GOALS: dict[str, Callable[[str], ParseResult | None]] = {
    "DateTime": lambda s: _annotated_date_time(s, False, False),
    "ZonedDateTime": lambda s: _annotated_date_time(s, True, False),
    "Instant": _instant,
    "Time": lambda s: _annotated_time(s) or _annotated_date_time(s, False, True),
    "MonthDay": lambda s: _annotated_month_day(s) or _annotated_date_time(s, False, False),
    "YearMonth": lambda s: _annotated_year_month(s) or _annotated_date_time(s, False, False),
}

ALL_GOALS = ("ZonedDateTime", "DateTime", "Instant", "Time", "MonthDay", "YearMonth")


def parse_iso_date_time(s: str, goals: tuple[str, ...]) -> ParseResult:
    """ParseISODateTime (sec-temporal-parseisodatetime). Goals are "ZonedDateTime"
    (TemporalDateTimeString[+Zoned]), "DateTime" ([~Zoned]), "Instant", "Time", "MonthDay",
    "YearMonth"."""
    for goal in goals:
        r = GOALS[goal](s)
        if r is None:
            continue
        calendar = None
        critical = False
        for key, value, crit in r.annotations:
            if key == "u-ca":
                if calendar is None:
                    calendar = value
                    critical = crit
                elif crit or critical:
                    throw_range_error("conflicting calendar annotations")
            elif crit:
                throw_range_error(f"unknown critical annotation {key}")
        r.calendar = calendar
        if goal == "YearMonth" and not r.has_day and calendar is not None and calendar.lower() != "iso8601":
            throw_range_error("a year-month string without a day must use the ISO 8601 calendar")
        if goal == "MonthDay" and not r.has_year:
            if calendar is not None and calendar.lower() != "iso8601":
                throw_range_error("a month-day string without a year must use the ISO 8601 calendar")
        return r
    throw_range_error(f"invalid ISO 8601 string: {s}")


def offset_has_sub_minute(offset: str) -> bool:
    """NON-SPEC: whether a UTCOffset[+SubMinutePrecision] text contains more than one
    MinuteSecond (GetTemporalRelativeToOption's match-exactly test)."""
    digits = sum(1 for ch in offset if ch in DIGITS)
    return digits > 4


def parse_date_time_utc_offset(offset: str) -> int:
    """ParseDateTimeUTCOffset (sec-temporal-parsedatetimeutcoffset): nanoseconds."""
    c = _Cursor(offset)
    text = _utc_offset(c, True)
    if text is None or not c.at_end():
        throw_range_error(f"invalid UTC offset: {offset}")
    sign = -1 if text[0] == "-" else 1
    body = text[1:].replace(":", "")
    frac = ""
    for sep in ".,":
        if sep in body:
            body, frac = body.split(sep, 1)
    h = int(body[0:2])
    m = int(body[2:4]) if len(body) >= 4 else 0
    s = int(body[4:6]) if len(body) >= 6 else 0
    ns = int((frac + "000000000")[:9]) if frac else 0
    return sign * (((h * 60 + m) * 60 + s) * 10**9 + ns)


def is_offset_time_zone_identifier(s: str) -> bool:
    """NON-SPEC: ParseText(s, UTCOffset[~SubMinutePrecision]) is a Parse Node."""
    c = _Cursor(s)
    return _utc_offset(c, False) is not None and c.at_end()


def parse_time_zone_identifier(identifier: str) -> tuple[str | None, int | None]:
    """ParseTimeZoneIdentifier (sec-parsetimezoneidentifier): (name, offsetMinutes)."""
    c = _Cursor(identifier)
    if _time_zone_identifier(c) is None or not c.at_end():
        throw_range_error(f"invalid time zone identifier: {identifier}")
    if identifier[0] in "+-":
        ns = parse_date_time_utc_offset(identifier)
        return (None, ns // (60 * 10**9))
    return (identifier, None)


def is_time_zone_identifier(s: str) -> bool:
    """NON-SPEC: ParseText(s, TimeZoneIdentifier) is a Parse Node."""
    c = _Cursor(s)
    return _time_zone_identifier(c) is not None and c.at_end()


def is_annotation_value(s: str) -> bool:
    """NON-SPEC: ParseText(s, AnnotationValue) is a Parse Node."""
    c = _Cursor(s)
    return _annotation_value(c) is not None and c.at_end()


def parse_month_code_string(code: str) -> tuple[int, bool] | None:
    """The MonthCode grammar of ParseMonthCode (sec-temporal-parsemonthcode): (number, leap)."""
    if len(code) not in (3, 4) or code[0] != "M":
        return None
    if not (code[1] in DIGITS and code[2] in DIGITS):
        return None
    leap = len(code) == 4
    if leap and code[3] != "L":
        return None
    n = int(code[1:3])
    if n == 0 and not leap:
        return None
    return (n, leap)


# --- Durations (sec-temporal-parsetemporaldurationstring) ---------------------------------------

def _mv(digits: str) -> int:
    """ToIntegerWithTruncation (sec-tointegerwithtruncation) of a string of decimal digits."""
    # (float() reads any number of digits; int() of more than CPython's int/str digit limit
    # raised ValueError out of the engine, from Temporal.Duration.from('P' + 5,000 digits + 'Y'))
    try:
        return int(float(digits))
    except OverflowError:
        throw_range_error("duration field is out of range")

def parse_duration_string(s: str) -> tuple[int, list[Any]] | None:
    """NON-SPEC: the parse of TemporalDurationString: (sign, [years, months, weeks, days, hours,
    minutes, seconds, milliseconds, microseconds, nanoseconds]) with fractional hours/minutes
    spread into the smaller units as ParseTemporalDurationString does."""
    c = _Cursor(s)
    sign = 1
    ch = c.eat("+-")
    if ch == "-":
        sign = -1
    if not c.eat("Pp"):
        return None

    def number() -> str | None:
        start = c.i
        while c.peek() and c.peek() in DIGITS:
            c.i += 1
        return c.s[start:c.i] if c.i > start else None

    date_vals: dict[str, int] = {}
    order = "YMWD"
    pos = 0
    any_date = False
    while c.peek() and c.peek() not in "Tt":
        n = number()
        if n is None:
            return None
        d = c.eat("YyMmWwDd")
        if d is None:
            return None
        idx = order.index(d.upper())
        if idx < pos:
            return None
        pos = idx + 1
        date_vals[d.upper()] = _mv(n)
        any_date = True
    time_vals: dict[str, int] = {}
    frac_unit = None
    frac_digits = ""
    any_time = False
    if c.eat("Tt"):
        order_t = "HMS"
        pos = 0
        while not c.at_end():
            if frac_unit is not None:
                return None
            n = number()
            if n is None:
                return None
            f = _fraction(c)
            d = c.eat("HhMmSs")
            if d is None:
                return None
            idx = order_t.index(d.upper())
            if idx < pos:
                return None
            pos = idx + 1
            time_vals[d.upper()] = _mv(n)
            if f is not None:
                frac_unit = d.upper()
                frac_digits = f
            any_time = True
        if not any_time:
            return None
    if not c.at_end() or not (any_date or any_time):
        return None
    hours = time_vals.get("H", 0)
    if frac_unit == "H":
        minutes_mv = Fraction(int(frac_digits), 10 ** len(frac_digits)) * 60
    else:
        minutes_mv = Fraction(time_vals.get("M", 0))
    if frac_unit == "M":
        seconds_mv = Fraction(int(frac_digits), 10 ** len(frac_digits)) * 60
    elif "S" in time_vals:
        seconds_mv = Fraction(time_vals["S"])
    else:
        seconds_mv = (minutes_mv - int(minutes_mv)) * 60
    if frac_unit == "S":
        ms_mv = Fraction(int(frac_digits), 10 ** len(frac_digits)) * 1000
    else:
        ms_mv = (seconds_mv - int(seconds_mv)) * 1000
    us_mv = (ms_mv - int(ms_mv)) * 1000
    ns_mv = (us_mv - int(us_mv)) * 1000
    vals = [date_vals.get("Y", 0), date_vals.get("M", 0), date_vals.get("W", 0), date_vals.get("D", 0),
            hours, int(minutes_mv), int(seconds_mv), int(ms_mv), int(us_mv), int(ns_mv)]
    return (sign, [v * sign for v in vals])
