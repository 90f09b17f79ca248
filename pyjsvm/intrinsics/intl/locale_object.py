"""Intl.Locale (sec-intl-locale-objects, ECMA-402): a parsed, canonical Unicode locale
identifier with its -u- keywords; maximize/minimize use CLDR's likely subtags and the info
methods CLDR's calendar, hour-cycle, text-direction, week and time-zone data, from Babel."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_string
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import create_array_from_list, create_data_property_or_throw, get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.locale import (
    _KEYS, JSLocale, _parse_tag, _split_unicode_ext, add_likely_subtags, babel_locale, best_available_locale, available_locales,
    canonicalize_unicode_locale_id, coerce_options_to_object, get_option, is_structurally_valid_language_tag,
    remove_unicode_extensions,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}\Z|[A-Za-z]{5,8}\Z")
_SCRIPT = re.compile(r"[A-Za-z]{4}\Z")
_REGION = re.compile(r"[A-Za-z]{2}\Z|[0-9]{3}\Z")
_VARIANT = re.compile(r"([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3})\Z")
_TYPE = re.compile(r"[A-Za-z0-9]{3,8}(-[A-Za-z0-9]{3,8})*\Z")

# CLDR's bcp47 aliases of -u- values (common/bcp47/*.xml "deprecated"/"preferred" values).
_VALUE_ALIASES = {("ca", "islamicc"): "islamic-civil", ("ca", "ethiopic-amete-alem"): "ethioaa",
                  ("ks", "primary"): "level1", ("ks", "tertiary"): "level3", ("ms", "imperial"): "uksystem",
                  ("kb", "yes"): "true", ("kc", "yes"): "true", ("kh", "yes"): "true", ("kk", "yes"): "true",
                  ("kn", "yes"): "true", ("ka", "yes"): "true", ("kb", "no"): "false", ("kc", "no"): "false",
                  ("kh", "no"): "false", ("kk", "no"): "false", ("kn", "no"): "false"}
_WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_DAY_NAMES = {"0": "sun", "1": "mon", "2": "tue", "3": "wed", "4": "thu", "5": "fri", "6": "sat", "7": "sun"}


def _base_name(tag: str) -> str:
    """GetLocaleBaseName: the unicode_language_id part of a canonical tag."""
    parts = tag.split("-")
    out = [parts[0]]
    for p in parts[1:]:
        if len(p) == 1:
            break
        out.append(p)
    return "-".join(out)


def _language_id(base: str) -> tuple[str, str | None, str | None, list[str]]:
    parts = base.split("-")
    lang, script, region = parts[0], None, None
    rest = parts[1:]
    if rest and len(rest[0]) == 4 and rest[0].isalpha():
        script = rest.pop(0)
    if rest and (len(rest[0]) == 2 and rest[0].isalpha() or len(rest[0]) == 3 and rest[0].isdigit()):
        region = rest.pop(0)
    return lang, script, region, rest


def update_language_id(tag: str, options: JSObject | None) -> str:
    """UpdateLanguageId ( tag, options ) (sec-updatelanguageid)."""
    base = _base_name(tag)
    lang0, script0, region0, variants0 = _language_id(base)
    language = get_option(options, "language", "string", None, lang0)
    if not _LANGUAGE.match(language):
        throw_range_error("Incorrect locale information provided")
    script = get_option(options, "script", "string", None, script0)
    if script is not None and not _SCRIPT.match(script):
        throw_range_error("Incorrect locale information provided")
    region = get_option(options, "region", "string", None, region0)
    if region is not None and not _REGION.match(region):
        throw_range_error("Incorrect locale information provided")
    variants = get_option(options, "variants", "string", None, None)
    vlist = variants0
    if variants is not None:
        vlist = variants.split("-")
        if not variants or any(not _VARIANT.match(v) for v in vlist) or \
                len({v.lower() for v in vlist}) != len(vlist):
            throw_range_error("Incorrect locale information provided")
    out = [language] + ([script] if script else []) + ([region] if region else []) + vlist
    new_tag = "-".join(out) + tag[len(base):]
    if not is_structurally_valid_language_tag(new_tag):
        throw_range_error("Incorrect locale information provided")
    return canonicalize_unicode_locale_id(new_tag)


def _canonical_value(key: str, value: str) -> str:
    value = value.lower()
    return _VALUE_ALIASES.get((key, value), value)


def make_locale_record(tag: str, opt: dict[str, str | None]) -> tuple[str, dict[str, str | None]]:
    """MakeLocaleRecord ( tag, options, localeExtensionKeys ) (sec-makelocalerecord): the tag with
    the options' keywords set in its -u- extension, and the value of each relevant key."""
    p = _parse_tag(tag)
    assert p is not None
    attrs: list[str] = []
    kws: dict[str, list[str]] = {}
    for s, sub in p["ext"]:
        if s == "u":
            attrs, kws = _split_unicode_ext(sub)
    kws = {k: _canonical_value(k, "-".join(v)).split("-") if v else [] for k, v in kws.items()}
    kws = {k: [] if v == ["true"] else v for k, v in kws.items()}
    result: dict[str, str | None] = {}
    for key in _KEYS:
        value: str | None = None
        if key in kws:
            value = "-".join(kws[key])
        ov = opt.get(key)
        if ov is not None:
            value = _canonical_value(key, ov)
            if value == "true":
                value = ""
            kws[key] = value.split("-") if value else []
        result[key] = value
    no_ext = remove_unicode_extensions(tag)
    if attrs or kws:
        ext = ["u"] + sorted(attrs)
        for k in sorted(kws):
            ext.append(k)
            ext.extend(kws[k])
        pos = no_ext.find("-x-")
        u = "-".join(ext)
        no_ext = no_ext + "-" + u if pos < 0 else no_ext[:pos] + "-" + u + no_ext[pos:]
    return canonicalize_unicode_locale_id(no_ext), result


def _type_option(options: JSObject | None, prop: str) -> str | None:
    value = get_option(options, prop, "string", None, None)
    if value is not None and not _TYPE.match(value):
        throw_range_error("Incorrect locale information provided")
    return value


def locale_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale ( tag [ , options ] ) (sec-intl.locale)."""
    if new_target is None:
        throw_type_error("Constructor Intl.Locale requires 'new'")
    loc = JSLocale(get_prototype_from_constructor(new_target, "%Intl.Locale.prototype%"))
    tag = argument(args, 0)
    if not isinstance(tag, (str, JSObject)):
        throw_type_error("First argument to Intl.Locale constructor can't be empty or missing")
    tag = tag.locale if isinstance(tag, JSLocale) else to_string(tag)
    options = coerce_options_to_object(argument(args, 1))
    if not is_structurally_valid_language_tag(tag):
        throw_range_error("Incorrect locale information provided")
    tag = canonicalize_unicode_locale_id(tag)
    tag = update_language_id(tag, options)
    opt: dict[str, str | None] = {}
    opt["ca"] = _type_option(options, "calendar")
    opt["co"] = _type_option(options, "collation")
    fw = get_option(options, "firstDayOfWeek", "string", None, None)
    if fw is not None:
        fw = _DAY_NAMES.get(fw, fw)  # WeekdayToString (sec-weekdaytostring)
        if not _TYPE.match(fw):
            throw_range_error("Incorrect locale information provided")
    opt["fw"] = fw
    opt["hc"] = get_option(options, "hourCycle", "string", ["h11", "h12", "h23", "h24"], None)
    opt["kf"] = get_option(options, "caseFirst", "string", ["upper", "lower", "false"], None)
    kn = get_option(options, "numeric", "boolean", None, None)
    opt["kn"] = None if kn is None else ("true" if kn else "false")
    opt["nu"] = _type_option(options, "numberingSystem")
    loc.locale, loc.keywords = make_locale_record(tag, opt)
    return loc


def _this(this: Any, name: str) -> JSLocale:
    if not isinstance(this, JSLocale):
        throw_type_error(f"Method Intl.Locale.prototype.{name} called on incompatible receiver")
    return this


# --- likely subtags (UTS 35 "Likely Subtags") -------------------------------------------------------

def remove_likely_subtags(lang: str, script: str | None, region: str | None) -> tuple[str, str | None, str | None]:
    """Remove Likely Subtags (UTS 35), favouring the region."""
    maxed = add_likely_subtags(lang, script, region)
    for trial in ((maxed[0], None, None), (maxed[0], None, maxed[2]), (maxed[0], maxed[1], None)):
        if add_likely_subtags(*trial) == maxed:
            return trial
    return maxed


def _replace_language_id(loc: JSLocale, lang: str, script: str | None, region: str | None) -> str:
    base = _base_name(loc.locale)
    variants = _language_id(base)[3]
    new_base = "-".join([lang] + ([script] if script else []) + ([region] if region else []) + variants)
    return new_base + loc.locale[len(base):]


def _new_locale(realm: "Realm", tag: str, keywords: dict[str, str | None]) -> JSLocale:
    out = JSLocale(realm.intrinsics["%Intl.Locale.prototype%"])
    out.locale = canonicalize_unicode_locale_id(tag)
    out.keywords = dict(keywords)
    return out


@proto.method("maximize", 0)
def locale_maximize(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.maximize ( ) (sec-Intl.Locale.prototype.maximize)."""
    loc = _this(this, "maximize")
    lang, script, region, _ = _language_id(_base_name(loc.locale))
    return _new_locale(realm, _replace_language_id(loc, *_title(add_likely_subtags(lang, script, region))), loc.keywords)


@proto.method("minimize", 0)
def locale_minimize(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.minimize ( ) (sec-Intl.Locale.prototype.minimize)."""
    loc = _this(this, "minimize")
    lang, script, region, _ = _language_id(_base_name(loc.locale))
    return _new_locale(realm, _replace_language_id(loc, *_title(remove_likely_subtags(lang, script, region))),
                       loc.keywords)


def _title(t: tuple[str, str | None, str | None]) -> tuple[str, str | None, str | None]:
    lang, script, region = t
    return lang, (script.title() if script else None), (region.upper() if region else None)


@proto.method("toString", 0)
def locale_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.toString ( ) (sec-Intl.Locale.prototype.toString)."""
    return _this(this, "toString").locale


@proto.method("getCalendars", 0)
def locale_get_calendars(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.getCalendars ( ) (sec-intl.locale.prototype.getcalendars)."""
    return create_array_from_list(_calendars(_this(this, "getCalendars")))


@proto.method("getCollations", 0)
def locale_get_collations(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.getCollations ( ) (sec-intl.locale.prototype.getcollations)."""
    return create_array_from_list(_collations(_this(this, "getCollations")))


@proto.method("getHourCycles", 0)
def locale_get_hour_cycles(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.getHourCycles ( ) (sec-intl.locale.prototype.gethourcycles)."""
    return create_array_from_list(_hour_cycles(_this(this, "getHourCycles")))


@proto.method("getNumberingSystems", 0)
def locale_get_numbering_systems(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.getNumberingSystems ( ) (sec-intl.locale.prototype.getnumberingsystems)."""
    return create_array_from_list(_numbering_systems(_this(this, "getNumberingSystems")))


@proto.method("getTimeZones", 0)
def locale_get_time_zones(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.getTimeZones ( ) (sec-intl.locale.prototype.gettimezones)."""
    zones = _time_zones(_this(this, "getTimeZones"))
    return None if zones is None else create_array_from_list(zones)


@proto.method("getTextInfo", 0)
def locale_get_text_info(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.getTextInfo ( ) (sec-intl.locale.prototype.gettextinfo)."""
    return _text_info(realm, _this(this, "getTextInfo"))


@proto.method("getWeekInfo", 0)
def locale_get_week_info(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Locale.prototype.getWeekInfo ( ) (sec-intl.locale.prototype.getweekinfo)."""
    return _week_info(realm, _this(this, "getWeekInfo"))


def _data_locale(loc: JSLocale) -> Any:
    """The Babel locale for a Locale's language id (the maximized one when Babel lacks it)."""
    lang, script, region, _ = _language_id(_base_name(loc.locale))
    ml, ms, mr = _title(add_likely_subtags(lang, script, region))
    available = available_locales()
    for cand in ((lang, script, region), (lang, None, region), (ml, ms, mr), (ml, None, mr)):
        tag = "-".join(x for x in cand if x)
        if tag in available:
            return babel_locale(tag)
    return babel_locale(best_available_locale(available, "-".join(x for x in (ml, ms, mr) if x)) or "en")


def _region(loc: JSLocale) -> str | None:
    """The region whose preferences apply: a -u-rg- override, the region subtag, a -u-sd-
    subdivision's region, else the likely one."""
    lang, script, region, _ = _language_id(_base_name(loc.locale))
    kws = _keywords(loc)
    rg, sd = kws.get("rg", ""), kws.get("sd", "")
    if len(rg) == 6 and rg.endswith("zzzz") and rg[:2].isalpha():
        return rg[:2].upper()
    if region is None and len(sd) >= 3 and sd[:2].isalpha():
        region = sd[:2]
    if region is None:
        region = add_likely_subtags(lang, script, None)[2]
    return region.upper() if region else None


def _keywords(loc: JSLocale) -> dict[str, str]:
    p = _parse_tag(loc.locale)
    for s, sub in (p["ext"] if p else []):
        if s == "u":
            return {k: "-".join(v) for k, v in _split_unicode_ext(sub)[1].items()}
    return {}


def _calendars(loc: JSLocale) -> list[str]:
    """CalendarsOfLocale (sec-calendarsoflocale): the -u-ca- value, or the Gregorian calendar
    (NON-SPEC: the only calendar our DateTimeFormat has)."""
    return [loc.keywords["ca"]] if loc.keywords["ca"] else ["gregory"]


def _collations(loc: JSLocale) -> list[str]:
    """CollationsOfLocale (sec-collationsoflocale): the -u-co- value, or CLDR's "emoji" and
    "eor" collations every locale has (NON-SPEC: Babel has no collation data)."""
    return [loc.keywords["co"]] if loc.keywords["co"] else ["emoji", "eor"]


def _hour_cycles(loc: JSLocale) -> list[str]:
    """HourCyclesOfLocale (sec-hourcyclesoflocale): -u-hc-, else the locale's short time pattern's."""
    if loc.keywords["hc"]:
        return [loc.keywords["hc"]]
    data = _data_locale(loc)
    region = _region(loc)
    if region and f"{data.language}-{region}" in available_locales():
        data = babel_locale(f"{data.language}-{region}")
    pat = data.time_formats["short"].pattern
    for ch in pat:
        if ch in "hHkK":
            return [{"h": "h12", "H": "h23", "k": "h24", "K": "h11"}[ch]]
    return ["h23"]


def _numbering_systems(loc: JSLocale) -> list[str]:
    """NumberingSystemsOfLocale (sec-numberingsystemsoflocale)."""
    if loc.keywords["nu"]:
        return [loc.keywords["nu"]]
    return [_data_locale(loc)._data.get("default_numbering_system", "latn") or "latn"]


def _time_zones(loc: JSLocale) -> list[str] | None:
    """TimeZonesOfLocale (sec-timezonesoflocale): the zones of the tag's region (undefined without one)."""
    region = _language_id(_base_name(loc.locale))[2]
    if region is None:
        return None
    from babel.core import get_global
    return sorted(get_global("territory_zones").get(region.upper(), []))


def _text_info(realm: "Realm", loc: JSLocale) -> JSObject:
    """TextInfoOfLocale (sec-textinfooflocale)."""
    o = JSObject(realm.object_prototype)
    rtl = _data_locale(loc).character_order == "right-to-left"
    create_data_property_or_throw(o, "direction", "rtl" if rtl else "ltr")
    return o


def _week_info(realm: "Realm", loc: JSLocale, minimal_days: bool = False) -> JSObject:
    """WeekInfoOfLocale (sec-weekinfooflocale): CLDR's week data for the locale's region (Babel
    numbers weekdays from Monday = 0)."""
    from babel import Locale
    region = _region(loc) or "001"
    try:
        wd = Locale.parse("und_" + region)._data["week_data"]
    except Exception:
        wd = _data_locale(loc)._data["week_data"]
    first = wd["first_day"] + 1
    if loc.keywords["fw"] in _WEEKDAYS:
        first = _WEEKDAYS[loc.keywords["fw"] or ""]
    start, end = wd["weekend_start"] + 1, wd["weekend_end"] + 1
    weekend = list(range(start, end + 1)) if start <= end else list(range(start, 8)) + list(range(1, end + 1))
    o = JSObject(realm.object_prototype)
    create_data_property_or_throw(o, "firstDay", float(first))
    create_data_property_or_throw(o, "weekend", create_array_from_list([float(d) for d in weekend]))
    if minimal_days:
        create_data_property_or_throw(o, "minimalDays", float(wd["min_days"]))
    return o


def _getter(name: str, fn: Any) -> None:
    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        return fn(realm, _this(this, name))
    impl.__doc__ = f"get Intl.Locale.prototype.{name} (sec-Intl.Locale.prototype.{name})."
    proto.accessor(name, impl, None)


def _base(realm: "Realm", loc: JSLocale) -> Any:
    return _base_name(loc.locale)


def _part(i: int) -> Any:
    def get(realm: "Realm", loc: JSLocale) -> Any:
        lang, script, region, variants = _language_id(_base_name(loc.locale))
        return (lang, script, region, "-".join(variants) or None)[i]
    return get


def _kw(key: str) -> Any:
    def get(realm: "Realm", loc: JSLocale) -> Any:
        return loc.keywords[key]
    return get


def _numeric(realm: "Realm", loc: JSLocale) -> Any:
    return loc.keywords["kn"] in ("", "true")


def _first_day(realm: "Realm", loc: JSLocale) -> Any:
    return loc.keywords["fw"]


for _name, _fn in [("baseName", _base), ("calendar", _kw("ca")), ("caseFirst", _kw("kf")),
                   ("collation", _kw("co")), ("firstDayOfWeek", _first_day), ("hourCycle", _kw("hc")),
                   ("numeric", _numeric), ("numberingSystem", _kw("nu")), ("language", _part(0)),
                   ("script", _part(1)), ("region", _part(2)), ("variants", _part(3))]:
    _getter(_name, _fn)
# NON-SPEC: node 20 (V8 11.3) has the Intl Locale Info proposal's earlier accessors beside the methods.
for _name, _fn in [("calendars", lambda r, loc: create_array_from_list(_calendars(loc))),
                   ("collations", lambda r, loc: create_array_from_list(_collations(loc))),
                   ("hourCycles", lambda r, loc: create_array_from_list(_hour_cycles(loc))),
                   ("numberingSystems", lambda r, loc: create_array_from_list(_numbering_systems(loc))),
                   ("textInfo", _text_info),
                   ("timeZones", lambda r, loc: (lambda z: None if z is None else create_array_from_list(z))(
                       _time_zones(loc))),
                   ("weekInfo", lambda r, loc: _week_info(r, loc, True))]:
    _getter(_name, _fn)


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.Locale.prototype%"] = p
    ctor = make_constructor(realm, locale_constructor, "Locale", 1, p)
    realm.intrinsics["%Intl.Locale%"] = ctor
    proto.install(realm, p)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.Locale", C)
    intl.define_builtin("Locale", ctor)
