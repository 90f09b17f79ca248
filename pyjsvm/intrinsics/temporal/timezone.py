"""Temporal's time zone operations (sec-temporal-time-zones): identifiers, UTC offsets of exact
times, the exact times of wall-clock times, disambiguation and transitions.

Named zones come from the host's IANA database through ``zoneinfo`` (NON-SPEC: instants outside
the years ``datetime`` can hold are clamped to its range before asking for an offset). A time
zone is kept as its identifier string: an available named identifier, case-normalized, or an
offset identifier ``±HH:MM``."""
from __future__ import annotations

import os
import zoneinfo
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from pyjsvm.runtime.agent import throw_range_error
from pyjsvm.intrinsics.temporal.common import (
    NS_PER_DAY, ISODate, ISODateTime, add_days_to_iso_date, add_time, balance_iso_date_time, check_iso_days_range,
    compare_iso_date_time, epoch_ns_to_iso_date_time, format_offset_time_zone_identifier, get_utc_epoch_nanoseconds,
    is_valid_epoch_nanoseconds, MIDNIGHT,
)
from pyjsvm.intrinsics.temporal.parser import parse_time_zone_identifier

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MIN_S = int((datetime(1, 1, 2, tzinfo=timezone.utc) - _EPOCH).total_seconds())
_MAX_S = int((datetime(9999, 12, 30, tzinfo=timezone.utc) - _EPOCH).total_seconds())


@lru_cache(maxsize=1)
def _identifiers() -> tuple[dict[str, str], dict[str, str]]:
    """NON-SPEC: (ASCII-lowercase identifier -> identifier, identifier -> primary identifier)."""
    names = set()
    try:
        names = set(zoneinfo.available_timezones())
    except Exception:  # pragma: no cover - no tz data
        names = set()
    names.add("UTC")
    names.discard("posixrules")
    names.discard("Factory")
    names.discard("localtime")
    by_lower = {n.lower(): n for n in names}
    links: dict[str, str] = {}
    for path in zoneinfo.TZPATH:
        zi = os.path.join(path, "tzdata.zi")
        if os.path.exists(zi):
            try:
                with open(zi, encoding="ascii", errors="replace") as f:
                    for line in f:
                        if line.startswith("L "):
                            parts = line.split()
                            if len(parts) == 3:
                                links[parts[2]] = parts[1]
            except OSError:
                pass
            break
    primary = {}
    for n in names:
        p = n
        seen = 0
        while p in links and seen < 10:
            p = links[p]
            seen += 1
        if p in ("Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu", "Etc/Greenwich", "Etc/UCT",
                 "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "UCT", "Universal", "Zulu", "Greenwich", "GMT0",
                 "GMT+0", "GMT-0", "UTC"):
            p = "UTC"
        primary[n] = p
    return by_lower, primary


def get_available_named_time_zone_identifier(tz: str) -> tuple[str, str] | None:
    """GetAvailableNamedTimeZoneIdentifier (sec-getavailablenamedtimezoneidentifier):
    (identifier, primary identifier) or None."""
    by_lower, primary = _identifiers()
    ident = by_lower.get(tz.lower()) if tz.isascii() else None
    if ident is None:
        return None
    return (ident, primary.get(ident, ident))


def is_offset_time_zone_identifier(tz: str) -> bool:
    """IsOffsetTimeZoneIdentifier (sec-isoffsettimezoneidentifier)."""
    return tz[:1] in ("+", "-")


def system_time_zone_identifier() -> str:
    """SystemTimeZoneIdentifier (sec-systemtimezoneidentifier): the TZ environment variable's
    zone when it names an available zone, else UTC (NON-SPEC choice of source)."""
    tz = os.environ.get("TZ")
    if tz:
        rec = get_available_named_time_zone_identifier(tz.lstrip(":"))
        if rec is not None:
            return rec[0]
    try:
        link = os.path.realpath("/etc/localtime")
        for path in zoneinfo.TZPATH:
            if link.startswith(path + os.sep):
                rec = get_available_named_time_zone_identifier(link[len(path) + 1:])
                if rec is not None:
                    return rec[0]
    except OSError:
        pass
    return "UTC"


@lru_cache(maxsize=64)
def _zone(name: str) -> Any:
    if name == "UTC":
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except Exception:
        return None


def _named_offset_seconds(name: str, epoch_s: int) -> int:
    z = _zone(name)
    if z is None:
        return 0
    epoch_s = min(max(epoch_s, _MIN_S), _MAX_S)
    off = (_EPOCH + timedelta(seconds=epoch_s)).astimezone(z).utcoffset()
    return int(off.total_seconds()) if off is not None else 0


def get_named_time_zone_offset_nanoseconds(name: str, epoch_ns: int) -> int:
    """GetNamedTimeZoneOffsetNanoseconds (sec-getnamedtimezoneoffsetnanoseconds)."""
    return _named_offset_seconds(name, epoch_ns // 10**9) * 10**9


def get_offset_nanoseconds_for(tz: str, epoch_ns: int) -> int:
    """GetOffsetNanosecondsFor (sec-temporal-getoffsetnanosecondsfor)."""
    name, minutes = parse_time_zone_identifier(tz)
    if minutes is not None:
        return minutes * 60 * 10**9
    assert name is not None
    return get_named_time_zone_offset_nanoseconds(name, epoch_ns)


def get_iso_date_time_for(tz: str, epoch_ns: int) -> ISODateTime:
    """GetISODateTimeFor (sec-temporal-getisodatetimefor)."""
    return epoch_ns_to_iso_date_time(epoch_ns + get_offset_nanoseconds_for(tz, epoch_ns))


def get_named_time_zone_epoch_nanoseconds(name: str, dt: ISODateTime) -> list[int]:
    """GetNamedTimeZoneEpochNanoseconds (sec-getnamedtimezoneepochnanoseconds)."""
    local = get_utc_epoch_nanoseconds(dt)
    if _zone(name) is None:
        return [local]
    offsets = {get_named_time_zone_offset_nanoseconds(name, local - NS_PER_DAY),
               get_named_time_zone_offset_nanoseconds(name, local + NS_PER_DAY),
               get_named_time_zone_offset_nanoseconds(name, local)}
    out = set()
    for o in offsets:
        cand = local - o
        if get_named_time_zone_offset_nanoseconds(name, cand) == o:
            out.add(cand)
    return sorted(out)


def get_possible_epoch_nanoseconds(tz: str, dt: ISODateTime) -> list[int]:
    """GetPossibleEpochNanoseconds (sec-temporal-getpossibleepochnanoseconds)."""
    name, minutes = parse_time_zone_identifier(tz)
    if minutes is not None:
        (y, mo, d), (h, mi, s, ms, us, ns) = dt
        balanced = balance_iso_date_time(y, mo, d, h, mi - minutes, s, ms, us, ns)
        check_iso_days_range(balanced[0])
        possible = [get_utc_epoch_nanoseconds(balanced)]
    else:
        assert name is not None
        check_iso_days_range(dt[0])
        possible = get_named_time_zone_epoch_nanoseconds(name, dt)
    for p in possible:
        if not is_valid_epoch_nanoseconds(p):
            throw_range_error("date-time is outside the range of instants")
    return possible


def disambiguate_possible_epoch_nanoseconds(possible: list[int], tz: str, dt: ISODateTime,
                                            disambiguation: str) -> int:
    """DisambiguatePossibleEpochNanoseconds (sec-temporal-disambiguatepossibleepochnanoseconds)."""
    n = len(possible)
    if n == 1:
        return possible[0]
    if n != 0:
        if disambiguation in ("earlier", "compatible"):
            return possible[0]
        if disambiguation == "later":
            return possible[-1]
        throw_range_error("ambiguous wall-clock time (disambiguation: reject)")
    if disambiguation == "reject":
        throw_range_error("wall-clock time does not exist in the time zone (disambiguation: reject)")
    local = get_utc_epoch_nanoseconds(dt)
    check_iso_days_range(dt[0])
    offset_before = get_offset_nanoseconds_for(tz, local - NS_PER_DAY)
    offset_after = get_offset_nanoseconds_for(tz, local + NS_PER_DAY)
    nanoseconds = offset_after - offset_before
    if disambiguation == "earlier":
        days, t = add_time(dt[1], -nanoseconds)
        earlier = (add_days_to_iso_date(dt[0], days), t)
        possible = get_possible_epoch_nanoseconds(tz, earlier)
        if not possible:
            throw_range_error("cannot disambiguate")
        return possible[0]
    days, t = add_time(dt[1], nanoseconds)
    later = (add_days_to_iso_date(dt[0], days), t)
    possible = get_possible_epoch_nanoseconds(tz, later)
    if not possible:
        throw_range_error("cannot disambiguate")
    return possible[-1]


def get_epoch_nanoseconds_for(tz: str, dt: ISODateTime, disambiguation: str) -> int:
    """GetEpochNanosecondsFor (sec-temporal-getepochnanosecondsfor)."""
    possible = get_possible_epoch_nanoseconds(tz, dt)
    return disambiguate_possible_epoch_nanoseconds(possible, tz, dt, disambiguation)


def get_start_of_day(tz: str, d: ISODate) -> int:
    """GetStartOfDay (sec-temporal-getstartofday)."""
    dt = (d, MIDNIGHT)
    possible = get_possible_epoch_nanoseconds(tz, dt)
    if possible:
        return possible[0]
    # The day starts in a gap: the first instant after the transition.
    local = get_utc_epoch_nanoseconds(dt)
    before = get_offset_nanoseconds_for(tz, local - NS_PER_DAY)
    return local - before


def time_zone_equals(one: str, two: str) -> bool:
    """TimeZoneEquals (sec-temporal-timezoneequals)."""
    if one == two:
        return True
    if not is_offset_time_zone_identifier(one) and not is_offset_time_zone_identifier(two):
        r1 = get_available_named_time_zone_identifier(one)
        r2 = get_available_named_time_zone_identifier(two)
        if r1 is not None and r2 is not None and r1[1] == r2[1]:
            return True
    return False


def _transition_search(name: str, start_ns: int, direction: int) -> int | None:
    """NON-SPEC: the next (direction 1) or previous (-1) offset transition, found by stepping
    through the zone's offsets and bisecting."""
    if _zone(name) is None:
        return None
    lo_s = _MIN_S
    hi_s = _MAX_S
    t = start_ns // 10**9 if direction > 0 else -((-start_ns) // 10**9)
    if direction > 0 and start_ns % 10**9:
        pass
    base = _named_offset_seconds(name, t if direction > 0 else t - 1)
    step = 86400 * 7
    cur = t
    while True:
        nxt = cur + direction * step
        if nxt > hi_s + step or nxt < lo_s - step:
            return None
        if _named_offset_seconds(name, nxt) != base:
            a, b = (cur, nxt) if direction > 0 else (nxt, cur)
            # find first second s in (a, b] with offset(s) != offset(a) (forward) ...
            if direction > 0:
                while b - a > 1:
                    m = (a + b) // 2
                    if _named_offset_seconds(name, m) != base:
                        b = m
                    else:
                        a = m
                return b * 10**9
            base_after = base
            while b - a > 1:
                m = (a + b) // 2
                if _named_offset_seconds(name, m) != base_after:
                    a = m
                else:
                    b = m
            return b * 10**9
        cur = nxt
        if direction > 0 and cur > (2100 - 1970) * 31_556_952 and not _has_dst_rule(name):
            return None
        if direction < 0 and cur < _MIN_S:
            return None


@lru_cache(maxsize=64)
def _has_dst_rule(name: str) -> bool:
    z = _zone(name)
    if z is None:
        return False
    offs = set()
    for month in (1, 4, 7, 10):
        offs.add(datetime(2200, month, 1, tzinfo=z).utcoffset())
    return len(offs) > 1


def get_named_time_zone_next_transition(name: str, epoch_ns: int) -> int | None:
    """GetNamedTimeZoneNextTransition (sec-getnamedtimezonenexttransition)."""
    r = _transition_search(name, epoch_ns + 1, 1)
    if r is not None and r <= epoch_ns:
        r = _transition_search(name, epoch_ns + 10**9, 1)
    if r is None or r > 10**8 * NS_PER_DAY:
        return None
    return r


def get_named_time_zone_previous_transition(name: str, epoch_ns: int) -> int | None:
    """GetNamedTimeZonePreviousTransition (sec-getnamedtimezoneprevioustransition)."""
    r = _transition_search(name, epoch_ns, -1)
    if r is not None and r >= epoch_ns:
        r = _transition_search(name, epoch_ns - 10**9, -1)
    if r is None or r < -10**8 * NS_PER_DAY:
        return None
    return r


def format_offset_identifier(minutes: int) -> str:
    """NON-SPEC: FormatOffsetTimeZoneIdentifier for ToTemporalTimeZoneIdentifier."""
    return format_offset_time_zone_identifier(minutes)


__all__ = ["compare_iso_date_time"]
