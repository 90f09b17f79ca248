"""Intl.DateTimeFormat (sec-datetimeformat-objects).

Patterns come from the locale's CLDR data through Babel: ``dateStyle``/``timeStyle`` from its
date and time formats, component options through a pattern generator over its available
formats (like ICU's DateTimePatternGenerator: a skeleton per part, field widths adjusted, date
and time joined by the locale's date-time glue). Offsets of named time zones come from
``zoneinfo`` (the IANA database), their names from CLDR's metazones.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_number, to_string
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject, PropertyDescriptor
from pyjsvm.runtime.operations import (
    create_array_from_list, create_data_property_or_throw, define_property_or_throw, get, get_prototype_from_constructor,
    ordinary_has_instance,
)
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.date import HostZone, TimeClip, WeekDay, _dt_range, _fields, _now, host_zone
from pyjsvm.intrinsics.table import INTL_HOOKS, BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.number_format import _TYPE_RE, _symbols
from pyjsvm.intrinsics.intl.locale import (
    babel_locale, canonicalize_locale_list, coerce_options_to_object, get_number_option, get_option, resolve_locale,
    supported_locales,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()

# Table 7 (sec-datetimeformat-abstracts): the components and their values, in order.
COMPONENTS: list[tuple[str, list[str] | None]] = [
    ("weekday", ["narrow", "short", "long"]),
    ("era", ["narrow", "short", "long"]),
    ("year", ["2-digit", "numeric"]),
    ("month", ["2-digit", "numeric", "narrow", "short", "long"]),
    ("day", ["2-digit", "numeric"]),
    ("dayPeriod", ["narrow", "short", "long"]),
    ("hour", ["2-digit", "numeric"]),
    ("minute", ["2-digit", "numeric"]),
    ("second", ["2-digit", "numeric"]),
    ("fractionalSecondDigits", None),
    ("timeZoneName", ["short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"]),
]

_HC_CHAR = {"h11": "K", "h12": "h", "h23": "H", "h24": "k"}


class JSDateTimeFormat(JSObject):
    """An Intl.DateTimeFormat instance (sec-properties-of-intl-datetimeformat-instances)."""

    class_name = "Intl.DateTimeFormat"

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.locale = ""
        self.data_locale = ""
        self.calendar = "gregory"
        self.numbering_system = "latn"
        self.time_zone = "UTC"
        self.hour_cycle: str | None = None
        self.date_style: str | None = None
        self.time_style: str | None = None
        self.pattern = ""
        self.bound_format: Any = None


# --- time zones ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    import zoneinfo
    names = {z.lower(): z for z in zoneinfo.available_timezones()}
    for z in ("UTC", "Etc/UTC", "Etc/GMT", "GMT"):
        names[z.lower()] = z
    return names


def available_time_zones() -> list[str]:
    """AvailableNamedTimeZoneIdentifiers (sec-availablenamedtimezoneidentifiers), primary ones."""
    return sorted(z for z in _zone_names().values() if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/",
                                                                                      "right/"))) + ["UTC"]


_OFFSET_RE = re.compile(r"([+-])([01][0-9]|2[0-3])(?::?([0-5][0-9]))?\Z")


def canonicalize_time_zone(tz: str) -> str | None:
    """GetAvailableNamedTimeZoneIdentifier / IsTimeZoneOffsetString and
    CanonicalizeTimeZoneName (sec-canonicalizetimezonename): None if not a time zone."""
    m = _OFFSET_RE.match(tz)
    if m:
        sign, hh, mm = m.group(1), m.group(2), m.group(3) or "00"
        if sign == "-" and hh == "00" and mm == "00":
            sign = "+"
        return f"{sign}{hh}:{mm}"
    name = _zone_names().get(tz.lower())
    if name is None:
        return None
    if name in ("Etc/UTC", "Etc/GMT", "GMT", "UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu",
                "Zulu", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT0", "GMT+0", "GMT-0", "Etc/Greenwich", "Greenwich"):
        return "UTC"
    return name


def default_time_zone() -> str:
    """SystemTimeZoneIdentifier (sec-systemtimezoneidentifier)."""
    z = host_zone()
    if z.zone is None or not z.name:
        return "UTC"
    return canonicalize_time_zone(z.name) or "UTC"


def _offset_ms(tz: str, t: float) -> int:
    if tz == "UTC":
        return 0
    m = _OFFSET_RE.match(tz)
    if m:
        v = (int(m.group(2)) * 60 + int(m.group(3) or 0)) * 60000
        return -v if m.group(1) == "-" else v
    return _zone(tz).offset_at_utc(t)


@lru_cache(maxsize=64)
def _zone(tz: str) -> Any:
    from zoneinfo import ZoneInfo
    return HostZone(ZoneInfo(tz), tz)


def _local_datetime(tz: str, t: float) -> Any:
    from datetime import datetime, timedelta, timezone
    return (datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(milliseconds=_dt_range(t))).astimezone(_zone(tz).zone)


def _is_lmt(tz: str, t: float) -> bool:
    return _local_datetime(tz, t).tzname() == "LMT"


def _is_dst(tz: str, t: float) -> bool:
    if tz == "UTC" or _OFFSET_RE.match(tz):
        return False
    return bool(_local_datetime(tz, t).dst())


# --- the constructor ------------------------------------------------------------------------------

def create_date_time_format(realm: "Realm", new_target: Any, locales: Any, options: Any, required: str,
                            defaults: str) -> JSDateTimeFormat:
    """CreateDateTimeFormat ( newTarget, locales, options, required, defaults ) (sec-createdatetimeformat)."""
    dtf = JSDateTimeFormat(get_prototype_from_constructor(new_target, "%Intl.DateTimeFormat.prototype%"))
    requested = canonicalize_locale_list(locales)
    opts = coerce_options_to_object(options)
    get_option(opts, "localeMatcher", "string", ["lookup", "best fit"], "best fit")
    calendar = get_option(opts, "calendar", "string", None, None)
    if calendar is not None and not _TYPE_RE.match(calendar):
        throw_range_error(f"Invalid calendar : {calendar}")
    ns = get_option(opts, "numberingSystem", "string", None, None)
    if ns is not None and not _TYPE_RE.match(ns):
        throw_range_error(f"Invalid numberingSystem : {ns}")
    hour12 = get_option(opts, "hour12", "boolean", None, None)
    hour_cycle = get_option(opts, "hourCycle", "string", ["h11", "h12", "h23", "h24"], None)
    if hour12 is not None:
        hour_cycle = None
    r = resolve_locale(requested, {"ca": calendar, "nu": ns, "hc": hour_cycle}, ["ca", "hc", "nu"],
                       {"ca": ["gregory"], "nu": ["latn"], "hc": [None, "h11", "h12", "h23", "h24"]})
    dtf.locale = r["locale"]
    dtf.data_locale = r["dataLocale"]
    tz_value = None if opts is None else get(opts, "timeZone")
    if tz_value is None:
        tz = default_time_zone()
    else:
        s = to_string(tz_value)
        canon = canonicalize_time_zone(s)
        if canon is None:
            throw_range_error(f"Invalid time zone specified: {s}")
        tz = canon
    dtf.time_zone = tz
    comps: dict[str, Any] = {}
    for prop, values in COMPONENTS:
        if values is None:
            comps[prop] = get_number_option(opts, prop, 1, 3, None)
        else:
            comps[prop] = get_option(opts, prop, "string", values, None)
    get_option(opts, "formatMatcher", "string", ["basic", "best fit"], "best fit")
    date_style = get_option(opts, "dateStyle", "string", ["full", "long", "medium", "short"], None)
    time_style = get_option(opts, "timeStyle", "string", ["full", "long", "medium", "short"], None)
    dtf.date_style, dtf.time_style = date_style, time_style
    loc = babel_locale(dtf.data_locale)
    default_hc = _locale_hour_cycle(loc)
    if date_style is not None or time_style is not None:
        if any(v is not None for v in comps.values()):
            throw_type_error("Invalid option : dateStyle or timeStyle cannot be combined with other options")
        if required == "date" and time_style is None and date_style is None:
            pass
        if required == "date" and date_style is None:
            throw_type_error("Invalid option : timeStyle")
        if required == "time" and time_style is None:
            throw_type_error("Invalid option : dateStyle")
        has_hour = time_style is not None
    else:
        need_defaults = True
        if required in ("date", "any"):
            if any(comps[p] is not None for p in ("weekday", "year", "month", "day")):
                need_defaults = False
        if required in ("time", "any"):
            if any(comps[p] is not None for p in ("dayPeriod", "hour", "minute", "second", "fractionalSecondDigits")):
                need_defaults = False
        if need_defaults and defaults in ("date", "all"):
            comps["year"] = comps["month"] = comps["day"] = "numeric"
        if need_defaults and defaults in ("time", "all"):
            comps["hour"] = comps["minute"] = comps["second"] = "numeric"
        has_hour = comps["hour"] is not None
    if has_hour:
        if hour12 is not None:
            hc = ("h11" if default_hc == "h11" else "h12") if hour12 else ("h24" if default_hc == "h24" else "h23")
        else:
            hc = hour_cycle or r.get("hc") or default_hc
        dtf.hour_cycle = hc
    else:
        dtf.hour_cycle = None
    if date_style is not None or time_style is not None:
        dtf.pattern = _style_pattern(loc, date_style, time_style, dtf.hour_cycle)
    else:
        dtf.pattern = _components_pattern(loc, comps, dtf.hour_cycle)
    return dtf


def _locale_hour_cycle(loc: Any) -> str:
    pat = loc.time_formats["short"].pattern
    for ch in pat:
        if ch in "hHkK":
            return {"h": "h12", "H": "h23", "k": "h24", "K": "h11"}[ch]
    return "h23"


def _glue(loc: Any, width: str) -> str:
    # NON-SPEC data: CLDR's "atTime" date-time glue ("{1} 'at' {0}", used by ICU for long and
    # full dates) is missing from Babel's data; English has it, other locales use their standard glue.
    if width in ("full", "long") and loc.language == "en":
        return "{1} 'at' {0}"
    g = loc.datetime_formats.get(width) or "{1}, {0}"
    return g if isinstance(g, str) else str(g)


def _apply_hour_cycle(pattern: str, hc: str | None) -> str:
    if hc is None:
        return pattern
    target = _HC_CHAR[hc]
    out = _map_pattern(pattern, lambda f: target * len(f) if f[0] in "hHkK" else f)
    if target in "Hk":
        out = re.sub(r"[ \u202f\u00a0]*a+(?=(?:[^']*'[^']*')*[^']*\Z)", "", out)
    return out


def _style_pattern(loc: Any, date_style: str | None, time_style: str | None, hc: str | None) -> str:
    """DateTimeStyleFormat ( dateStyle, timeStyle, styles ) (sec-date-time-style-format)."""
    dp = loc.date_formats[date_style].pattern if date_style else None
    tp = _apply_hour_cycle(loc.time_formats[time_style].pattern, hc) if time_style else None
    if dp and tp:
        return _glue(loc, date_style or "short").replace("{1}", dp).replace("{0}", tp)
    return dp or tp or ""


def _tokens(pattern: str) -> list[tuple[bool, str]]:
    """A CLDR date pattern's fields (True, "MMM") and literals (False, text)."""
    out: list[tuple[bool, str]] = []
    i = 0
    n = len(pattern)
    lit = ""
    while i < n:
        ch = pattern[i]
        if ch == "'":
            if i + 1 < n and pattern[i + 1] == "'":
                lit += "'"
                i += 2
                continue
            j = pattern.find("'", i + 1)
            while j >= 0 and j + 1 < n and pattern[j + 1] == "'":
                lit += pattern[i + 1:j] + "'"
                i = j + 1
                j = pattern.find("'", i + 1)
            if j < 0:
                lit += pattern[i + 1:]
                break
            lit += pattern[i + 1:j]
            i = j + 1
            continue
        if ch.isascii() and ch.isalpha():
            j = i
            while j < n and pattern[j] == ch:
                j += 1
            if lit:
                out.append((False, lit))
                lit = ""
            out.append((True, pattern[i:j]))
            i = j
            continue
        lit += ch
        i += 1
    if lit:
        out.append((False, lit))
    return out


def _untokens(toks: list[tuple[bool, str]]) -> str:
    out = []
    for is_field, text in toks:
        if is_field:
            out.append(text)
        elif text:
            out.append("'" + text.replace("'", "''") + "'" if re.search(r"[A-Za-z']", text) else text)
    return "".join(out)


def _map_pattern(pattern: str, fn: Any) -> str:
    return _untokens([(f, fn(t) if f else t) for f, t in _tokens(pattern)])


# --- the pattern generator (BasicFormatMatcher's role, sec-basicformatmatcher) --------------------

def _skeleton_fields(skel: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for is_field, text in _tokens(skel):
        if is_field:
            ch = text[0]
            ch = {"L": "M", "c": "E", "k": "H", "K": "h", "b": "a"}.get(ch, ch)
            out[ch] = len(text)
    return out


def _distance(req: dict[str, int], have: dict[str, int]) -> int:
    d = 0
    for k, w in req.items():
        hw = have[k]
        if k == "M" and (w >= 3) != (hw >= 3):
            d += 100
        d += abs(w - hw)
    return d


def _best_skeleton(loc: Any, req: dict[str, int]) -> tuple[str, dict[str, int]] | None:
    best = None
    for skel, pat in loc.datetime_skeletons.items():
        fields = _skeleton_fields(skel)
        if set(fields) == set(req):
            d = _distance(req, fields)
            if best is None or d < best[0]:
                best = (d, pat.pattern if hasattr(pat, "pattern") else str(pat), fields)
    if best is None:
        return None
    return best[1], best[2]


def _adjust_widths(pattern: str, req: dict[str, int], skeleton: dict[str, int] | None = None) -> str:
    """The widths of ``pattern``'s fields made those of the request ``req`` (ICU's
    adjustFieldTypes); ``skeleton``: the fields of the skeleton whose pattern it is, where a
    field the request asks as wide as the skeleton names it keeps the pattern's width (en-GB's
    "yMd" is "dd/MM/y")."""
    def fix(f: str) -> str:
        ch = f[0]
        key = {"L": "M", "c": "E", "k": "H", "K": "h"}.get(ch, ch)
        if key not in req:
            return f
        w = req[key]
        if key in ("m", "s"):
            return f  # ICU keeps the pattern's minute and second widths
        if key in ("h", "H"):
            return f if w <= len(f) else ch * w  # and widens hours only (V8 asks for "hh" for 2-digit)
        if skeleton is not None and skeleton.get(key) == w:
            return f
        if key == "M" and (w >= 3) != (len(f) >= 3):
            return f
        if key == "y":
            return "yy" if w == 2 else "y"
        if key == "E" and ch == "c" and w < 3:
            return f
        return ch * w
    return _map_pattern(pattern, fix)


# NON-SPEC: the patterns made for a locale's components (a search of its CLDR skeletons, tens
# of microseconds), by the locale's tag, the components and the hour cycle: a toLocaleString
# call makes its DateTimeFormat anew each time
_PATTERNS: dict[tuple[str, tuple[Any, ...], str | None], str] = {}
_PATTERNS_MAX = 1024


def _components_pattern(loc: Any, comps: dict[str, Any], hc: str | None) -> str:
    key = (str(loc), tuple(comps.items()), hc)
    found = _PATTERNS.get(key)
    if found is None:
        if len(_PATTERNS) >= _PATTERNS_MAX:
            _PATTERNS.clear()
        found = _PATTERNS[key] = _make_components_pattern(loc, comps, hc)
    return found


def _make_components_pattern(loc: Any, comps: dict[str, Any], hc: str | None) -> str:
    width = {"numeric": 1, "2-digit": 2, "short": 3, "long": 4, "narrow": 5}
    date_req: dict[str, int] = {}
    if comps["era"]:
        date_req["G"] = {"short": 1, "long": 4, "narrow": 5}[comps["era"]]
    if comps["year"]:
        date_req["y"] = width[comps["year"]]
    if comps["month"]:
        date_req["M"] = width[comps["month"]]
    if comps["day"]:
        date_req["d"] = width[comps["day"]]
    if comps["weekday"]:
        date_req["E"] = {"short": 3, "long": 4, "narrow": 5}[comps["weekday"]]
    hour_ch = _HC_CHAR[hc][0] if hc else "h"
    skel_hour = "h" if hour_ch in "hK" else "H"
    time_req: dict[str, int] = {}
    if comps["hour"]:
        time_req[skel_hour] = width[comps["hour"]]
    if comps["minute"]:
        time_req["m"] = width[comps["minute"]]
    if comps["second"]:
        time_req["s"] = width[comps["second"]]
    dp = comps["dayPeriod"]
    date_pat = _date_part(loc, date_req) if date_req else ""
    time_pat = ""
    if time_req:
        req = dict(time_req)
        if dp and skel_hour == "h":
            req["B"] = 1
        found = _best_skeleton(loc, req)
        if found is None and "B" in req:
            req.pop("B")
            found = _best_skeleton(loc, req)
        if found is not None:
            time_pat = _adjust_widths(found[0], time_req, found[1])
        else:
            pieces = []
            for k in (skel_hour, "m", "s"):
                if k in time_req:
                    pieces.append(k * time_req[k] if k not in ("m", "s") or len(time_req) == 1 else k * 2)
            time_pat = ":".join(pieces)
        if comps["hour"]:
            time_pat = _apply_hour_cycle(time_pat, hc)
            if dp and "B" not in time_pat and hour_ch in "hK":
                time_pat = re.sub(r"a+", "B" * {"narrow": 5, "short": 1, "long": 4}[dp], time_pat)
            elif "B" in time_pat and dp:
                time_pat = re.sub(r"B+", "B" * {"narrow": 5, "short": 1, "long": 4}[dp], time_pat)
    elif dp:
        time_pat = "B" * {"narrow": 5, "short": 1, "long": 4}[dp]
    # CLDR writes U+202F before AM/PM; Babel's availableFormats have the ASCII variant.
    time_pat = time_pat.replace(" a", "\u202fa")
    fsd = comps["fractionalSecondDigits"]
    if fsd:
        sep = _symbols(loc_tag(loc)).get("decimal", ".")
        if "s" in time_pat:
            time_pat = re.sub(r"(s+)", lambda m: m.group(1) + sep + "S" * fsd, time_pat, count=1)
        else:
            time_pat = (time_pat + " " if time_pat else "") + "S" * fsd
    tzn = comps["timeZoneName"]
    if tzn:
        zp = {"short": "z", "long": "zzzz", "shortOffset": "O", "longOffset": "OOOO", "shortGeneric": "v",
              "longGeneric": "vvvv"}[tzn]
        time_pat = (time_pat + " " + zp) if time_pat else zp
    if date_pat and time_pat:
        mw = date_req.get("M", 0)
        glue_width = "full" if mw == 4 and "E" in date_req and date_req["E"] == 4 else (
            "long" if mw == 4 else ("medium" if mw == 3 else "short"))
        if not (time_req or dp or fsd):
            glue_width = "short"
        return _glue(loc, glue_width).replace("{1}", date_pat).replace("{0}", time_pat)
    return date_pat or time_pat


def loc_tag(loc: Any) -> str:
    return str(loc).replace("_", "-")


def _date_part(loc: Any, req: dict[str, int]) -> str:
    found = _best_skeleton(loc, req)
    if found is not None:
        return _adjust_widths(found[0], req, found[1])
    # the largest available subset, then the other fields appended (CLDR appendItems "{0} {1}")
    best: tuple[int, int, str, dict[str, int]] | None = None
    for skel, pat in loc.datetime_skeletons.items():
        fields = _skeleton_fields(skel)
        if fields and set(fields) <= set(req) and set(fields) <= {"G", "y", "M", "d", "E"}:
            sub = {k: req[k] for k in fields}
            key = (len(fields), -_distance(sub, fields))
            if best is None or key > (best[0], best[1]):
                best = (key[0], key[1], pat.pattern if hasattr(pat, "pattern") else str(pat), sub)
    if best is None:
        pattern = ""
        used: dict[str, int] = {}
    else:
        pattern = _adjust_widths(best[2], best[3])
        used = best[3]
    for k in ("G", "y", "M", "d", "E"):
        if k in req and k not in used:
            w = req[k]
            f = "yy" if (k == "y" and w == 2) else ("y" if k == "y" else k * w)
            pattern = (pattern + " " + f) if pattern else f
    return pattern


# --- formatting (sec-formatdatetimepattern) -------------------------------------------------------

_PART_TYPE = {"G": "era", "y": "year", "Y": "year", "u": "year", "M": "month", "L": "month", "d": "day",
              "E": "weekday", "c": "weekday", "e": "weekday", "a": "dayPeriod", "b": "dayPeriod", "B": "dayPeriod",
              "h": "hour", "H": "hour", "k": "hour", "K": "hour", "m": "minute", "s": "second",
              "S": "fractionalSecond", "z": "timeZoneName", "O": "timeZoneName", "v": "timeZoneName",
              "V": "timeZoneName", "Z": "timeZoneName", "x": "timeZoneName", "X": "timeZoneName", "Q": "quarter"}


def _gmt(loc: Any, off_ms: int, long: bool, zero_plain: bool = True) -> str:
    secs_total = abs(off_ms) // 1000
    if secs_total == 0 and zero_plain:
        return str(loc._data["zone_formats"].get("gmt", "GMT%s")).replace("%s", "")
    sign = "-" if off_ms < 0 else "+"
    mins, secs = divmod(secs_total, 60)
    h, m = divmod(mins, 60)
    if long:
        body = f"{sign}{h:02d}:{m:02d}" + (f":{secs:02d}" if secs else "")
    else:
        body = f"{sign}{h}" + (f":{m:02d}" if m or secs else "") + (f":{secs:02d}" if secs else "")
    gmt = str(loc._data["zone_formats"].get("gmt", "GMT%s"))
    return gmt.replace("%s", body)


def _zone_name(loc: Any, tz: str, t: float, field: str) -> str:
    off = _offset_ms(tz, t)
    ch, n = field[0], len(field)
    if ch == "O":
        return _gmt(loc, off, n >= 4, zero_plain=False)
    long = n >= 4
    width = "long" if long else "short"
    if tz == "UTC":
        tzs = loc._data["time_zones"].get("Etc/UTC", {})
        name = tzs.get(width, {}).get("standard")
        if name:
            return str(name)
        return _gmt(loc, 0, long)
    if _OFFSET_RE.match(tz):
        return _gmt(loc, off, long)
    if _is_lmt(tz, t):
        return _gmt(loc, off, long)  # local mean time: no metazone
    from babel.core import get_global
    variant = "generic" if ch == "v" else ("daylight" if _is_dst(tz, t) else "standard")
    own = loc._data["time_zones"].get(tz, {}).get(width, {})
    if own.get(variant):
        return str(own[variant])
    mz = get_global("meta_zones").get(tz)
    if mz:
        names = loc._data["meta_zones"].get(mz, {}).get(width, {})
        if names.get(variant):
            return str(names[variant])
        if variant == "generic" and long:
            city = tz.split("/")[-1].replace("_", " ")
            region = str(loc._data["zone_formats"].get("region", "%s Time"))
            return region.replace("%s", city)
    return _gmt(loc, off, long)


def _name(table: Any, ctx: str | None, width: str, key: Any) -> str | None:
    """A CLDR name from a Babel table (context -> width -> key), falling back to the other
    context and the other widths where a locale's data lacks it."""
    for c in ((ctx, "stand-alone" if ctx == "format" else "format") if ctx else (None,)):
        for w in (width, "abbreviated", "wide", "narrow", "short"):
            try:
                return str((table[c] if c else table)[w][key])
            except (KeyError, IndexError, TypeError):
                continue
    return None


def _day_period(loc: Any, minutes_of_day: int, field: str, exact: bool = True) -> str:
    width = {1: "abbreviated", 2: "abbreviated", 3: "abbreviated", 4: "wide", 5: "narrow"}[min(len(field), 5)]
    am_pm = "am" if minutes_of_day < 720 else "pm"
    fallback = _name(loc.day_periods, "format", width, am_pm) or am_pm.upper()
    try:
        names = loc.day_periods["format"][width]
    except (KeyError, TypeError):
        return fallback
    if field[0] == "a":
        return fallback
    secs = minutes_of_day * 60
    rules = loc._data.get("day_period_rules", {}).get("selection") or {}
    # ICU uses the "at" period noon (not midnight) for exactly 12:00.
    for r in (loc._data.get("day_period_rules", {}).get(None) or {}).get("noon", []):
        if r.get("at") == secs and exact and "noon" in names:
            return str(names["noon"])
    for name, ranges in rules.items():
        for r in ranges:
            lo, hi = r.get("from", 0), r.get("before", 86400)
            if (lo <= secs < hi) if lo < hi else (secs >= lo or secs < hi):
                if name in names:
                    return str(names[name])
    return fallback


def _fields_at(tz: str, t: float) -> dict[str, int]:
    local = t + _offset_ms(tz, t)
    y, mo, d, h, mi, s, ms = _fields(local)
    return {"year": y, "month": mo + 1, "day": d, "hour": h, "minute": mi, "second": s, "ms": ms,
            "weekday": int(WeekDay(local))}


def format_date_time_pattern(dtf: JSDateTimeFormat, t: float) -> list[tuple[str, str]]:
    """FormatDateTimePattern ( dateTimeFormat, patternParts, x, rangeFormatOptions )
    (sec-formatdatetimepattern) with PartitionDateTimePattern (sec-partitiondatetimepattern)."""
    tv = TimeClip(t)
    if tv != tv:
        throw_range_error("Invalid time value")
    loc = babel_locale(dtf.data_locale)
    f = _fields_at(dtf.time_zone, tv)
    parts: list[tuple[str, str]] = []
    for is_field, text in _tokens(dtf.pattern):
        if not is_field:
            parts.append(("literal", text))
            continue
        ch, n = text[0], len(text)
        typ = _PART_TYPE.get(ch, "literal")
        y = f["year"]
        if ch == "G":
            w = "wide" if n == 4 else ("narrow" if n == 5 else "abbreviated")
            v = _name(loc.eras, None, w, 1 if y > 0 else 0) or ("AD" if y > 0 else "BC")
        elif ch in "yYu":
            ey = y if y > 0 else 1 - y
            v = f"{ey % 100:02d}" if n == 2 else str(ey).rjust(n, "0")
        elif ch in "ML":
            mo = f["month"]
            if n <= 2:
                v = str(mo).rjust(n, "0")
            else:
                ctx = "format" if ch == "M" else "stand-alone"
                w = {3: "abbreviated", 4: "wide"}.get(n, "narrow")
                v = _name(loc.months, ctx, w, mo) or str(mo)
        elif ch == "d":
            v = str(f["day"]).rjust(n, "0")
        elif ch in "Ec":
            wd = (f["weekday"] + 6) % 7  # Babel: 0 = Monday
            ctx = "format" if ch == "E" else "stand-alone"
            w = "wide" if n == 4 else ("narrow" if n == 5 else ("short" if n == 6 else "abbreviated"))
            v = _name(loc.days, ctx, w, wd) or str(f["weekday"] + 1)
        elif ch in "aB":
            shown_min = f["minute"] if "m" in dtf.pattern else 0
            exact = shown_min == 0 and (f["second"] == 0 or "s" not in dtf.pattern)
            v = _day_period(loc, f["hour"] * 60 + shown_min, text, exact)
        elif ch in "hHkK":
            h = f["hour"]
            if ch == "h":
                h = h % 12 or 12
            elif ch == "K":
                h = h % 12
            elif ch == "k":
                h = h or 24
            v = str(h).rjust(n, "0")
        elif ch == "m":
            v = str(f["minute"]).rjust(n, "0")
        elif ch == "s":
            v = str(f["second"]).rjust(n, "0")
        elif ch == "S":
            v = f"{f['ms']:03d}"[:n]
        elif ch in "zOvV":
            v = _zone_name(loc, dtf.time_zone, tv, text)
        else:
            v = text
        parts.append((typ, v))
    return parts


def format_date_time(dtf: JSDateTimeFormat, t: float) -> str:
    """FormatDateTime ( dateTimeFormat, x ) (sec-formatdatetime). NON-SPEC: like V8, U+202F
    NARROW NO-BREAK SPACE (CLDR's space before AM/PM) is written as a plain space here (not
    by formatToParts or formatRange)."""
    return "".join(v for _, v in format_date_time_pattern(dtf, t)).replace("\u202f", " ")


def _to_date_time_value(x: Any) -> float:
    if x is None:
        return _now()
    return to_number(x)


def unwrap_date_time_format(realm: "Realm", dtf: Any, method: str) -> JSDateTimeFormat:
    """UnwrapDateTimeFormat ( dtf ) (sec-unwrapdatetimeformat)."""
    if isinstance(dtf, JSDateTimeFormat):
        return dtf
    if isinstance(dtf, JSObject):
        if ordinary_has_instance(realm.intrinsics["%Intl.DateTimeFormat%"], dtf):
            inner = get(dtf, realm.intrinsics["%Intl.FallbackSymbol%"])
            if isinstance(inner, JSDateTimeFormat):
                return inner
    throw_type_error(f"Method Intl.DateTimeFormat.prototype.{method} called on incompatible receiver")


def date_time_format_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DateTimeFormat ( [ locales [ , options ] ] ) (sec-intl.datetimeformat)."""
    nt = new_target if new_target is not None else realm.intrinsics["%Intl.DateTimeFormat%"]
    dtf = create_date_time_format(realm, nt, argument(args, 0), argument(args, 1), "any", "date")
    if new_target is None and isinstance(this, JSObject):
        if ordinary_has_instance(realm.intrinsics["%Intl.DateTimeFormat%"], this):
            define_property_or_throw(this, realm.intrinsics["%Intl.FallbackSymbol%"],
                                     PropertyDescriptor(value=dtf, writable=False, enumerable=False, configurable=False))
            return this
    return dtf


def _format_getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Intl.DateTimeFormat.prototype.format (sec-intl.datetimeformat.prototype.format)."""
    dtf = unwrap_date_time_format(realm, this, "format")
    if dtf.bound_format is None:
        def bound(r: "Realm", t: Any, a: list[Any], n: Any) -> Any:
            """DateTime Format Functions (sec-datetime-format-functions)."""
            return format_date_time(dtf, _to_date_time_value(argument(a, 0)))
        dtf.bound_format = BuiltinFunction(realm, bound, "", 1)
    return dtf.bound_format


proto.accessor("format", _format_getter, None)


def _parts_array(realm: "Realm", parts: list[tuple[str, ...]]) -> Any:
    out = []
    for p in parts:
        o = JSObject(realm.object_prototype)
        create_data_property_or_throw(o, "type", p[0])
        create_data_property_or_throw(o, "value", p[1])
        if len(p) > 2:
            create_data_property_or_throw(o, "source", p[2])
        out.append(o)
    return create_array_from_list(out)


@proto.method("formatToParts", 1)
def dtf_format_to_parts(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DateTimeFormat.prototype.formatToParts ( date ) (sec-Intl.DateTimeFormat.prototype.formatToParts)."""
    if not isinstance(this, JSDateTimeFormat):
        throw_type_error("Method Intl.DateTimeFormat.prototype.formatToParts called on incompatible receiver")
    x = _to_date_time_value(argument(args, 0))
    return _parts_array(realm, list(format_date_time_pattern(this, x)))


def _range_parts(dtf: JSDateTimeFormat, args: list[Any]) -> list[tuple[str, str, str]]:
    """PartitionDateTimeRangePattern ( dateTimeFormat, x, y ) (sec-partitiondatetimerangepattern):
    NON-SPEC simplification: equal results are shared, otherwise both ends in full."""
    start, end = argument(args, 0), argument(args, 1)
    if start is None or end is None:
        throw_type_error("startDate or endDate is undefined")
    x, y = to_number(start), to_number(end)
    xp = format_date_time_pattern(dtf, x)
    yp = format_date_time_pattern(dtf, y)
    if xp == yp:
        return [(t, v, "shared") for t, v in xp]
    return ([(t, v, "startRange") for t, v in xp] + [("literal", "\u2009–\u2009", "shared")] +
            [(t, v, "endRange") for t, v in yp])


@proto.method("formatRange", 2)
def dtf_format_range(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DateTimeFormat.prototype.formatRange ( startDate, endDate ) (sec-intl.datetimeformat.prototype.formatRange)."""
    if not isinstance(this, JSDateTimeFormat):
        throw_type_error("Method Intl.DateTimeFormat.prototype.formatRange called on incompatible receiver")
    return "".join(p[1] for p in _range_parts(this, args))


@proto.method("formatRangeToParts", 2)
def dtf_format_range_to_parts(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DateTimeFormat.prototype.formatRangeToParts ( startDate, endDate )
    (sec-intl.datetimeformat.prototype.formatRangeToParts)."""
    if not isinstance(this, JSDateTimeFormat):
        throw_type_error("Method Intl.DateTimeFormat.prototype.formatRangeToParts called on incompatible receiver")
    return _parts_array(realm, list(_range_parts(this, args)))


_RESOLVED_OF_FIELD = {
    "G": ("era", {1: "short", 2: "short", 3: "short", 4: "long", 5: "narrow"}),
    "y": ("year", {1: "numeric", 2: "2-digit"}),
    "M": ("month", {1: "numeric", 2: "2-digit", 3: "short", 4: "long", 5: "narrow"}),
    "L": ("month", {1: "numeric", 2: "2-digit", 3: "short", 4: "long", 5: "narrow"}),
    "d": ("day", {1: "numeric", 2: "2-digit"}),
    "E": ("weekday", {1: "short", 2: "short", 3: "short", 4: "long", 5: "narrow", 6: "short"}),
    "c": ("weekday", {1: "short", 2: "short", 3: "short", 4: "long", 5: "narrow", 6: "short"}),
    "B": ("dayPeriod", {1: "short", 2: "short", 3: "short", 4: "long", 5: "narrow"}),
    "h": ("hour", {1: "numeric", 2: "2-digit"}), "H": ("hour", {1: "numeric", 2: "2-digit"}),
    "k": ("hour", {1: "numeric", 2: "2-digit"}), "K": ("hour", {1: "numeric", 2: "2-digit"}),
    "m": ("minute", {1: "numeric", 2: "2-digit"}), "s": ("second", {1: "numeric", 2: "2-digit"}),
    "z": ("timeZoneName", {1: "short", 2: "short", 3: "short", 4: "long"}),
    "O": ("timeZoneName", {1: "shortOffset", 4: "longOffset"}),
    "v": ("timeZoneName", {1: "shortGeneric", 4: "longGeneric"}),
}


@proto.method("resolvedOptions", 0)
def dtf_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DateTimeFormat.prototype.resolvedOptions ( ) (sec-intl.datetimeformat.prototype.resolvedoptions)."""
    dtf = unwrap_date_time_format(realm, this, "resolvedOptions")
    o = JSObject(realm.object_prototype)
    for k, v in (("locale", dtf.locale), ("calendar", dtf.calendar), ("numberingSystem", dtf.numbering_system),
                 ("timeZone", dtf.time_zone)):
        create_data_property_or_throw(o, k, v)
    if dtf.hour_cycle is not None:
        create_data_property_or_throw(o, "hourCycle", dtf.hour_cycle)
        create_data_property_or_throw(o, "hour12", dtf.hour_cycle in ("h11", "h12"))
    if dtf.date_style is None and dtf.time_style is None:
        found: dict[str, Any] = {}
        for is_field, text in _tokens(dtf.pattern):
            if not is_field:
                continue
            if text[0] == "S":
                found["fractionalSecondDigits"] = float(len(text))
                continue
            entry = _RESOLVED_OF_FIELD.get(text[0])
            if entry:
                found[entry[0]] = entry[1].get(len(text), entry[1][1])
        for prop, _ in COMPONENTS:
            if prop in found:
                create_data_property_or_throw(o, prop, found[prop])
    if dtf.date_style is not None:
        create_data_property_or_throw(o, "dateStyle", dtf.date_style)
    if dtf.time_style is not None:
        create_data_property_or_throw(o, "timeStyle", dtf.time_style)
    return o


@ctor_table.method("supportedLocalesOf", 1)
def dtf_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DateTimeFormat.supportedLocalesOf ( locales [ , options ] ) (sec-intl.datetimeformat.supportedlocalesof)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


def to_locale_string(realm: "Realm", tv: float, locales: Any, options: Any, required: str, defaults: str) -> str:
    """Date.prototype.toLocaleString and friends with Intl (sec-date.prototype.tolocalestring
    in ECMA-402): "Invalid Date" for NaN, else a DateTimeFormat's result."""
    if tv != tv:
        return "Invalid Date"
    if options is None and (locales is None or type(locales) is str):
        # NON-SPEC: with no options and no locales or one locale string, the DateTimeFormat is
        # the same each time for the same system time zone (making it runs no JS), made once;
        # only its settings are read (FormatDateTime): JS never sees it
        key = (locales, required, defaults, default_time_zone())
        dtf = _LOCALE_STRING_FORMATS.get(key)
        if dtf is None:
            dtf = create_date_time_format(realm, realm.intrinsics["%Intl.DateTimeFormat%"], locales, None, required,
                                          defaults)
            if len(_LOCALE_STRING_FORMATS) >= _PATTERNS_MAX:
                _LOCALE_STRING_FORMATS.clear()
            _LOCALE_STRING_FORMATS[key] = dtf
        return format_date_time(dtf, tv)
    dtf = create_date_time_format(realm, realm.intrinsics["%Intl.DateTimeFormat%"], locales, options, required,
                                  defaults)
    return format_date_time(dtf, tv)


_LOCALE_STRING_FORMATS: dict[tuple[Any, str, str, str], JSDateTimeFormat] = {}


INTL_HOOKS["format_date"] = to_locale_string


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.DateTimeFormat.prototype%"] = p
    ctor = make_constructor(realm, date_time_format_constructor, "DateTimeFormat", 0, p)
    realm.intrinsics["%Intl.DateTimeFormat%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.DateTimeFormat", C)
    intl.define_builtin("DateTimeFormat", ctor)
