"""Intl.DisplayNames (sec-intl-displaynames-objects, ECMA-402): names of languages, regions,
scripts and currencies from Babel's CLDR data (``Locale.languages``, ``territories``,
``scripts``, ``variants``, ``currencies``).

NON-SPEC data gaps: Babel does not carry CLDR's calendar names, date field display names or the
``alt="short"`` region and language names; for those the English values of CLDR's ``en.xml``
below are used for English locales, and other locales fall back as the ``fallback`` option says
(the code, or undefined)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_string
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import get_options_object, get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.locale import (
    _parse_tag, babel_locale, canonicalize_locale_list, canonicalize_unicode_locale_id, get_option,
    is_well_formed_currency_code, locale_options, options_object, resolve_locale, supported_locales,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()

_TYPES = ["language", "region", "script", "currency", "calendar", "dateTimeField"]
_FIELDS = ["era", "year", "quarter", "month", "weekOfYear", "weekday", "day", "dayPeriod", "hour", "minute",
           "second", "timeZoneName"]
_TYPE_RE = re.compile(r"[A-Za-z0-9]{3,8}(-[A-Za-z0-9]{3,8})*\Z")
_REGION_RE = re.compile(r"[A-Za-z]{2}\Z|[0-9]{3}\Z")
_SCRIPT_RE = re.compile(r"[A-Za-z]{4}\Z")

# CLDR en.xml (v48) values Babel does not carry (see the module docstring)
_EN_CALENDARS = {
    "buddhist": "Buddhist Calendar", "chinese": "Chinese Calendar", "coptic": "Coptic Calendar",
    "dangi": "Dangi Calendar", "ethioaa": "Ethiopic Amete Alem Calendar", "ethiopic": "Ethiopic Calendar",
    "gregory": "Gregorian Calendar", "hebrew": "Hebrew Calendar", "indian": "Indian National Calendar",
    "islamic": "Hijri Calendar", "islamic-civil": "Hijri Calendar (tabular, civil epoch)",
    "islamic-rgsa": "Hijri Calendar (Saudi Arabia, sighting)", "islamic-tbla": "Hijri Calendar (tabular, astronomical epoch)",
    "islamic-umalqura": "Hijri Calendar (Umm al-Qura)", "iso8601": "Gregorian Calendar (ISO 8601 Weeks)", "japanese": "Japanese Calendar",
    "persian": "Persian Calendar", "roc": "Minguo Calendar",
}
_EN_FIELDS = {
    "long": {"era": "era", "year": "year", "quarter": "quarter", "month": "month", "weekOfYear": "week",
             "weekday": "day of the week", "day": "day", "dayPeriod": "AM/PM", "hour": "hour", "minute": "minute",
             "second": "second", "timeZoneName": "time zone"},
    "short": {"era": "era", "year": "yr.", "quarter": "qtr.", "month": "mo.", "weekOfYear": "wk.",
              "weekday": "day of wk.", "day": "day", "dayPeriod": "AM/PM", "hour": "hr.", "minute": "min.",
              "second": "sec.", "timeZoneName": "zone"},
    "narrow": {"era": "era", "year": "yr", "quarter": "qtr", "month": "mo", "weekOfYear": "wk",
               "weekday": "day of wk.", "day": "day", "dayPeriod": "AM/PM", "hour": "hr", "minute": "min",
               "second": "sec", "timeZoneName": "zone"},
}
_EN_SHORT_REGIONS = {"BA": "Bosnia", "GB": "UK", "HK": "Hong Kong", "MM": "Myanmar", "MO": "Macao",
                     "PS": "Palestine", "UN": "UN", "US": "US"}
_EN_SHORT_LANGUAGES = {"en_GB": "UK English", "en_US": "US English", "az": "Azeri"}


class JSDisplayNames(JSObject):
    """An Intl.DisplayNames instance (sec-properties-of-intl-displaynames-instances)."""

    class_name = "Intl.DisplayNames"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.locale = ""
        self.data_locale = ""
        self.style = "long"
        self.type = "language"
        self.fallback = "code"
        self.language_display: str | None = None


def display_names_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DisplayNames ( locales, options ) (sec-Intl.DisplayNames)."""
    if new_target is None:
        throw_type_error("Constructor Intl.DisplayNames requires 'new'")
    dn = JSDisplayNames(get_prototype_from_constructor(new_target, "%Intl.DisplayNames.prototype%"))
    requested = canonicalize_locale_list(argument(args, 0))
    options = get_options_object(argument(args, 1))
    locale_options(options)
    r = resolve_locale(requested, {}, [], {})
    dn.locale, dn.data_locale = r["locale"], r["dataLocale"]
    dn.style = get_option(options, "style", "string", ["narrow", "short", "long"], "long")
    typ = get_option(options, "type", "string", _TYPES, None)
    if typ is None:
        throw_type_error("Required option 'type' is missing")
    dn.type = typ
    dn.fallback = get_option(options, "fallback", "string", ["code", "none"], "code")
    ld = get_option(options, "languageDisplay", "string", ["dialect", "standard"], "dialect")
    if typ == "language":
        dn.language_display = ld
    return dn


def canonical_code_for_display_names(typ: str, code: str) -> str:
    """CanonicalCodeForDisplayNames ( type, code ) (sec-canonicalcodefordisplaynames)."""
    if typ == "language":
        p = _parse_tag(code)
        if p is None or p["ext"]:
            throw_range_error("invalid_argument")
        return canonicalize_unicode_locale_id(code)
    if typ == "region":
        if not _REGION_RE.match(code):
            throw_range_error("invalid_argument")
        return code.upper()
    if typ == "script":
        if not _SCRIPT_RE.match(code):
            throw_range_error("invalid_argument")
        return code.title()
    if typ == "calendar":
        if not _TYPE_RE.match(code) or "_" in code:
            throw_range_error("invalid_argument")
        code = code.lower()
        return {"islamicc": "islamic-civil", "ethiopic-amete-alem": "ethioaa"}.get(code, code)
    if typ == "dateTimeField":
        if code not in _FIELDS:
            throw_range_error("invalid_argument")
        return code
    if not is_well_formed_currency_code(code):
        throw_range_error("invalid_argument")
    return code.upper()


def _english(dn: JSDisplayNames) -> bool:
    return dn.data_locale.split("-")[0] == "en"


def _language_name(dn: JSDisplayNames, code: str) -> str | None:
    """A language tag's name: the longest language/script/region combination CLDR names (for the
    "dialect" display), the rest in parentheses after it, as ICU's LocaleDisplayNames does."""
    loc = babel_locale(dn.data_locale)
    parts = code.split("-")
    lang = parts[0]
    rest = parts[1:]
    script = rest.pop(0) if rest and len(rest[0]) == 4 and rest[0].isalpha() else None
    region = rest.pop(0) if rest and (len(rest[0]) in (2, 3)) else None
    variants = rest
    names = loc.languages
    short = dn.style != "long" and _english(dn)
    name: str | None = None
    used_script = used_region = False
    if dn.language_display == "dialect" and (script or region):
        # ICU uses a dialect name only for the whole language/script/region combination
        key = "_".join(x for x in (lang, script, region) if x)
        name = (_EN_SHORT_LANGUAGES.get(key) if short else None) or names.get(key)
        if name is not None:
            used_script, used_region = True, True
    if name is None:
        name = (_EN_SHORT_LANGUAGES.get(lang) if short else None) or names.get(lang)
        if name is None:
            if dn.fallback == "none":
                return None
            name = lang
    details = []
    if script and not used_script:
        details.append(loc.scripts.get(script) or script)
    if region and not used_region:
        details.append(_region_name(dn, region) or region)
    for v in variants:
        details.append(loc.variants.get(v.upper()) or v.upper())
    return f"{name} ({', '.join(details)})" if details else name


def _region_name(dn: JSDisplayNames, code: str) -> str | None:
    if dn.style != "long" and _english(dn) and code in _EN_SHORT_REGIONS:
        return _EN_SHORT_REGIONS[code]
    return babel_locale(dn.data_locale).territories.get(code)


def _name_of(dn: JSDisplayNames, code: str) -> str | None:
    loc = babel_locale(dn.data_locale)
    if dn.type == "language":
        return _language_name(dn, code)
    if dn.type == "region":
        return _region_name(dn, code)
    if dn.type == "script":
        return loc.scripts.get(code)
    if dn.type == "currency":
        return loc.currencies.get(code)
    if dn.type == "calendar":
        return _EN_CALENDARS.get(code) if _english(dn) else None
    return _EN_FIELDS[dn.style].get(code) if _english(dn) else None


def _this(this: Any, method: str) -> JSDisplayNames:
    if not isinstance(this, JSDisplayNames):
        throw_type_error(f"Method Intl.DisplayNames.prototype.{method} called on incompatible receiver")
    return this


@proto.method("resolvedOptions", 0)
def dn_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DisplayNames.prototype.resolvedOptions ( ) (sec-Intl.DisplayNames.prototype.resolvedOptions)."""
    dn = _this(this, "resolvedOptions")
    return options_object(realm, [("locale", dn.locale), ("style", dn.style), ("type", dn.type),
                                  ("fallback", dn.fallback), ("languageDisplay", dn.language_display)])


@proto.method("of", 1)
def dn_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DisplayNames.prototype.of ( code ) (sec-Intl.DisplayNames.prototype.of)."""
    dn = _this(this, "of")
    code = canonical_code_for_display_names(dn.type, to_string(argument(args, 0)))
    name = _name_of(dn, code)
    if name is not None:
        return name
    return code if dn.fallback == "code" else None


@ctor_table.method("supportedLocalesOf", 1)
def dn_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.DisplayNames.supportedLocalesOf ( locales [ , options ] ) (sec-Intl.DisplayNames.supportedLocalesOf)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.DisplayNames.prototype%"] = p
    ctor = make_constructor(realm, display_names_constructor, "DisplayNames", 2, p)
    realm.intrinsics["%Intl.DisplayNames%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.DisplayNames", C)
    intl.define_builtin("DisplayNames", ctor)
