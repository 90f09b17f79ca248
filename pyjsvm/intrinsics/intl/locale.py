"""Locale and option abstract operations of ECMA-402 (sec-abstract-operations in the Intl spec).

Locale data comes from Babel (CLDR data, ``babel.Locale``), loaded on first use: Babel is a
maintained pure-Python package that ships the whole CLDR (number symbols and patterns, date
patterns and names, plural rules, currencies, units, time zone names), which is what ICU
formats with under node, so our results follow the same data instead of hand-written tables.
Every locale Babel has is available; tests compare en-US with node.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_boolean, to_number, to_string
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import REQUIRED as REQUIRED, get_option as get_option
from pyjsvm.runtime.operations import create_array_from_list, create_data_property_or_throw, get, has_property, length_of_array_like, to_object
from pyjsvm.intrinsics.table import INTL_HOOKS

if TYPE_CHECKING:
    from babel import Locale

DEFAULT_LOCALE = "en-US"


# the keys an Intl.Locale keeps in its slots (sec-intl.locale, [[RelevantExtensionKeys]])
_KEYS = ["ca", "co", "fw", "hc", "kf", "kn", "nu"]


class JSLocale(JSObject):
    """An Intl.Locale instance (sec-properties-of-intl-locale-instances); here because
    CanonicalizeLocaleList reads its [[Locale]] (the constructor is in ``locale_object``)."""

    class_name = "Intl.Locale"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.locale = ""
        self.keywords: dict[str, str | None] = {k: None for k in _KEYS}


# --- language tags (sec-isstructurallyvalidlanguagetag, UTS 35 unicode_locale_id) -------------

_ALNUM = re.compile(r"[a-z0-9]+\Z")


def _parse_tag(tag: str) -> dict[str, Any] | None:
    """Parse a Unicode BCP 47 locale identifier (lowercased subtags), or None if not well-formed."""
    if not tag or not tag.isascii():
        return None
    parts = tag.lower().split("-")
    if any(not p or not _ALNUM.match(p) for p in parts):
        return None
    i, n = 0, len(parts)
    res: dict[str, Any] = {"language": None, "script": None, "region": None, "variants": [], "ext": []}
    p = parts[0]
    if not p.isalpha() or not (2 <= len(p) <= 3 or 5 <= len(p) <= 8):
        return None
    res["language"] = p
    i = 1
    if i < n and len(parts[i]) == 4 and parts[i].isalpha():
        res["script"] = parts[i]
        i += 1
    if i < n and ((len(parts[i]) == 2 and parts[i].isalpha()) or (len(parts[i]) == 3 and parts[i].isdigit())):
        res["region"] = parts[i]
        i += 1
    while i < n and (5 <= len(parts[i]) <= 8 or (len(parts[i]) == 4 and parts[i][0].isdigit())):
        if parts[i] in res["variants"]:
            return None
        res["variants"].append(parts[i])
        i += 1
    singletons: set[str] = set()
    while i < n:
        s = parts[i]
        if len(s) != 1:
            return None
        if s in singletons:
            return None
        singletons.add(s)
        i += 1
        start = i
        if s == "x":
            while i < n and 1 <= len(parts[i]) <= 8:
                i += 1
            if i == start or i != n:
                return None
            res["ext"].append((s, parts[start:i]))
            break
        while i < n and len(parts[i]) > 1:
            i += 1
        sub = parts[start:i]
        if not sub or any(len(x) > 8 for x in sub):
            return None
        if s == "u":
            if not _valid_u(sub):
                return None
        elif s == "t":
            if not _valid_t(sub):
                return None
        elif any(len(x) < 2 for x in sub):
            return None
        res["ext"].append((s, sub))
    return res


def _valid_u(sub: list[str]) -> bool:
    i = 0
    while i < len(sub) and 3 <= len(sub[i]) <= 8:  # attributes
        i += 1
    while i < len(sub):
        k = sub[i]
        if len(k) != 2 or not k[1].isalpha():
            return False
        i += 1
        while i < len(sub) and 3 <= len(sub[i]) <= 8:
            i += 1
    return True


def _valid_t(sub: list[str]) -> bool:
    i = 0
    if sub and sub[0].isalpha() and (2 <= len(sub[0]) <= 3 or 5 <= len(sub[0]) <= 8):
        j = i + 1
        while j < len(sub) and not (len(sub[j]) == 2 and sub[j][0].isalpha() and sub[j][1].isdigit()):
            j += 1
        if _parse_tag("-".join(sub[:j])) is None:
            return False
        i = j
    elif not sub:
        return False
    while i < len(sub):
        k = sub[i]
        if not (len(k) == 2 and k[0].isalpha() and k[1].isdigit()):
            return False
        i += 1
        start = i
        while i < len(sub) and 3 <= len(sub[i]) <= 8:
            i += 1
        if i == start:
            return False
    return True


def is_structurally_valid_language_tag(tag: str) -> bool:
    """IsStructurallyValidLanguageTag ( locale ) (sec-isstructurallyvalidlanguagetag)."""
    return _parse_tag(tag) is not None


def _global(name: str) -> Any:
    from babel.core import get_global
    return get_global(name)  # type: ignore[arg-type]


def add_likely_subtags(lang: str, script: str | None, region: str | None) -> tuple[str, str | None, str | None]:
    """Add Likely Subtags (UTS 35 "Likely Subtags"): fill in the script and region CLDR deems
    most likely (lower-case language, any case for the others; Babel's likely_subtags table)."""
    table = _global("likely_subtags")
    lookups = [(lang, script, region), (lang, None, region), (lang, script, None), (lang, None, None)]
    if lang != "und" and script:
        lookups.append(("und", script, None))
    for lg, sc, rg in lookups:
        key = "_".join(x for x in (lg, sc and sc.title(), rg and rg.upper()) if x)
        found = table.get(key)
        if found:
            parts = found.split("_")
            fs = next((p for p in parts[1:] if len(p) == 4), None)
            fr = next((p for p in parts[1:] if len(p) != 4), None)
            return (lang if lang != "und" else parts[0]), (script or fs), (region or fr)
    return lang, script, region


def _unicode_ext(sub: list[str]) -> str:
    attrs, kws = _split_unicode_ext(sub)
    out = ["u"] + sorted(attrs)
    for k in sorted(kws):
        if kws[k] == ["true"]:
            out.append(k)
            continue
        out.append(k)
        out.extend(kws[k])
    return "-".join(out)


def _split_unicode_ext(sub: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """A -u- extension's attributes and keywords (the first of a repeated key wins)."""
    i = 0
    attrs: list[str] = []
    while i < len(sub) and 3 <= len(sub[i]) <= 8:
        if sub[i] not in attrs:
            attrs.append(sub[i])
        i += 1
    kws: dict[str, list[str]] = {}
    while i < len(sub):
        k = sub[i]
        i += 1
        vals = []
        while i < len(sub) and 3 <= len(sub[i]) <= 8:
            vals.append(sub[i])
            i += 1
        kws.setdefault(k, vals)
    return attrs, kws


def canonicalize_unicode_locale_id(tag: str) -> str:
    """CanonicalizeUnicodeLocaleId ( locale ) (sec-canonicalizeunicodelocaleid): the canonical
    casing and order of UTS 35 (NON-SPEC: only a few language and region aliases are applied)."""
    p = _parse_tag(tag)
    assert p is not None
    lang = p["language"]
    script, region = p["script"], p["region"]
    # NON-SPEC detail: CLDR's language and territory aliases as Babel has them (single-subtag
    # language keys; a territory with several replacements takes the language's likely one).
    alias = _global("language_aliases").get(lang)
    if alias:
        bits = alias.split("_")
        lang = bits[0]
        for b in bits[1:]:
            if len(b) == 4 and script is None:
                script = b.lower()
            elif len(b) != 4 and region is None:
                region = b.lower()
    out = [lang]
    if script:
        out.append(script.title())
    if region:
        repl = _global("territory_aliases").get(region.upper())
        if repl:
            likely = add_likely_subtags(lang, script, None)[2]
            region = likely if len(repl) > 1 and likely in repl else repl[0]
        out.append(region.upper())
    out.extend(sorted(p["variants"]))
    exts = p["ext"]
    priv = [e for e in exts if e[0] == "x"]
    for s, sub in sorted((e for e in exts if e[0] != "x"), key=lambda e: e[0]):
        if s == "u":
            out.append(_unicode_ext(sub))
        else:
            out.append("-".join([s] + sub))
    for s, sub in priv:
        out.append("-".join([s] + sub))
    return "-".join(out)


def canonicalize_locale_list(locales: Any) -> list[str]:
    """CanonicalizeLocaleList ( locales ) (sec-canonicalizelocalelist)."""
    if locales is None:
        return []
    seen: list[str] = []
    if isinstance(locales, (str, JSLocale)):
        o: JSObject = create_array_from_list([locales])
    else:
        o = to_object(locales)
    n = length_of_array_like(o)
    for k in range(n):
        check_stop()  # NON-SPEC: the budget check (JS controls the length)
        pk = str(k)
        if has_property(o, pk):
            kv = get(o, pk)
            if not isinstance(kv, (str, JSObject)):
                throw_type_error("Language ID should be string or object.")
            if isinstance(kv, JSLocale):
                tag = kv.locale
            else:
                tag = to_string(kv)
            if not is_structurally_valid_language_tag(tag):
                throw_range_error("Incorrect locale information provided")
            canon = canonicalize_unicode_locale_id(tag)
            if canon not in seen:
                seen.append(canon)
    return seen


# --- available locales ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def available_locales() -> frozenset[str]:
    """[[AvailableLocales]] (sec-internal-slots): every locale Babel has data for, as BCP 47 tags."""
    from babel.localedata import locale_identifiers
    out = set()
    for ident in locale_identifiers():
        if ident == "root":
            continue
        out.add(ident.replace("_", "-"))
    return frozenset(out)


@lru_cache(maxsize=64)
def babel_locale(tag: str) -> "Locale":
    """The Babel Locale for an available tag (its data)."""
    from babel import Locale
    return Locale.parse(tag.replace("-", "_"))


def remove_unicode_extensions(tag: str) -> str:
    parts = tag.split("-")
    out = []
    i = 0
    while i < len(parts):
        if parts[i] == "x":
            out.extend(parts[i:])
            break
        if parts[i] == "u":
            i += 1
            while i < len(parts) and len(parts[i]) > 1:
                i += 1
            continue
        out.append(parts[i])
        i += 1
    return "-".join(out)


def best_available_locale(available: frozenset[str], locale: str) -> str | None:
    """BestAvailableLocale ( availableLocales, locale ) (sec-bestavailablelocale)."""
    candidate = locale
    while True:
        if candidate in available:
            return candidate
        pos = candidate.rfind("-")
        if pos < 0:
            return None
        if pos >= 2 and candidate[pos - 2] == "-":
            pos -= 2
        candidate = candidate[:pos]


def _unicode_keywords(tag: str) -> dict[str, str]:
    p = _parse_tag(tag)
    if p is None:
        return {}
    for s, sub in p["ext"]:
        if s == "u":
            return {k: "-".join(v) for k, v in _split_unicode_ext(sub)[1].items()}
    return {}


def lookup_matcher(requested: list[str]) -> tuple[str, dict[str, str]]:
    """LookupMatcher ( availableLocales, requestedLocales ) (sec-lookupmatcher): the locale and
    its Unicode extension keywords."""
    available = available_locales()
    for locale in requested:
        no_ext = remove_unicode_extensions(locale)
        found = best_available_locale(available, no_ext)
        if found is not None:
            return found, _unicode_keywords(locale)
    return DEFAULT_LOCALE, {}


def resolve_locale(requested: list[str], options: dict[str, Any], relevant: list[str],
                   supported: dict[str, list[Any]]) -> dict[str, Any]:
    """ResolveLocale ( availableLocales, requestedLocales, options, relevantExtensionKeys,
    localeData ) (sec-resolvelocale). ``supported`` maps a key to its supported values, the
    first being the default; ``options`` holds the values given as options (None: absent)."""
    found, keywords = lookup_matcher(requested)
    result: dict[str, Any] = {"dataLocale": found}
    supported_ext = []
    for key in relevant:
        values = supported.get(key, [])
        value = values[0] if values else None
        supported_kw = None
        if key in keywords:
            req = keywords[key]
            if req != "":
                if req in values:
                    value = req
                    supported_kw = key + "-" + req
            elif "true" in values:
                value = "true"
                supported_kw = key
        ov = options.get(key)
        if ov is not None:
            if isinstance(ov, str):
                ov = ov.lower() if key not in ("hc",) else ov
            if ov in values and ov != value:
                value = ov
                supported_kw = None
        if supported_kw is not None:
            supported_ext.append(supported_kw)
        result[key] = value
    locale = found
    if supported_ext:
        locale = insert_unicode_extension(found, "-".join(["u"] + [e for e in supported_ext]))
    result["locale"] = locale
    return result


def insert_unicode_extension(locale: str, ext: str) -> str:
    """InsertUnicodeExtensionAndCanonicalize (sec-insert-unicode-extension-and-canonicalize)."""
    pos = locale.find("-x-")
    if pos < 0:
        return canonicalize_unicode_locale_id(locale + "-" + ext)
    return canonicalize_unicode_locale_id(locale[:pos] + "-" + ext + locale[pos:])


def supported_locales(requested: list[str], options: Any) -> JSObject:
    """SupportedLocales ( availableLocales, requestedLocales, options ) (sec-supportedlocales)."""
    opts = coerce_options_to_object(options)
    get_option(opts, "localeMatcher", "string", ["lookup", "best fit"], "best fit")
    available = available_locales()
    out = [loc for loc in requested if best_available_locale(available, remove_unicode_extensions(loc)) is not None]
    return create_array_from_list(out)


# --- options ------------------------------------------------------------------------------------

def coerce_options_to_object(options: Any) -> JSObject | None:
    """CoerceOptionsToObject ( options ) (sec-coerceoptionstoobject); None stands for an
    empty object made with OrdinaryObjectCreate(null)."""
    if options is None:
        return None
    return to_object(options)




def get_boolean_or_string_option(options: JSObject | None, prop: str, string_values: list[str],
                                 true_value: Any, falsy_value: Any, fallback: Any) -> Any:
    """GetBooleanOrStringNumberFormatOption (sec-getbooleanorstringnumberformatoption)."""
    value = None if options is None else get(options, prop)
    if value is None:
        return fallback
    if value is True:
        return true_value
    if not to_boolean(value):
        return falsy_value
    s = to_string(value)
    if s in ("true", "false"):
        return fallback
    if s not in string_values:
        throw_range_error(f"Value {s} out of range for Intl options property {prop}")
    return s


def default_number_option(value: Any, minimum: int, maximum: int, fallback: Any) -> Any:
    """DefaultNumberOption ( value, minimum, maximum, fallback ) (sec-defaultnumberoption)."""
    if value is None:
        return fallback
    x = to_number(value)
    if x != x or x < minimum or x > maximum:
        throw_range_error("Value out of range")
    return int(x)


def get_number_option(options: JSObject | None, prop: str, minimum: int, maximum: int, fallback: Any) -> Any:
    """GetNumberOption ( options, property, minimum, maximum, fallback ) (sec-getnumberoption)."""
    value = None if options is None else get(options, prop)
    if value is None:
        return fallback
    x = to_number(value)
    if x != x or x < minimum or x > maximum:
        throw_range_error(f"{prop} value is out of range.")
    return int(x)


def is_well_formed_currency_code(currency: str) -> bool:
    """IsWellFormedCurrencyCode ( currency ) (sec-iswellformedcurrencycode)."""
    return len(currency) == 3 and currency.isascii() and currency.isalpha()


def locale_options(options: JSObject | None) -> None:
    """Read and validate ``localeMatcher`` (both values resolve the same way here)."""
    get_option(options, "localeMatcher", "string", ["lookup", "best fit"], "best fit")


def options_object(realm: Any, fields: list[tuple[str, Any]]) -> JSObject:
    """The object a resolvedOptions() returns: the fields that are not None, integers as Numbers."""
    o = JSObject(realm.object_prototype)
    for k, v in fields:
        if v is None:
            continue
        if isinstance(v, int) and not isinstance(v, bool):
            v = float(v)
        create_data_property_or_throw(o, k, v)
    return o


def parts_array(realm: Any, rows: list[list[tuple[str, Any]]]) -> JSObject:
    """The array a formatToParts returns: one object per part, with the row's fields in order
    (fields whose value is None are left out). NON-SPEC: the budget checked every 256 parts
    (ListFormat's formatToParts of 100,000 items ran a second past its timeout here)."""
    out = []
    for b in range(0, len(rows), 256):
        if b:
            check_stop(256)
        out.extend([options_object(realm, row) for row in rows[b:b + 256]])
    return create_array_from_list(out)


def digit_option_fields(obj: Any) -> list[tuple[str, Any]]:
    """The digit options of a NumberFormat or PluralRules for resolvedOptions (the fraction or
    significant digits its rounding type uses)."""
    rt = obj.rounding_type
    fields: list[tuple[str, Any]] = [("minimumIntegerDigits", obj.min_int)]
    if rt != "significantDigits":
        fields += [("minimumFractionDigits", obj.min_frac), ("maximumFractionDigits", obj.max_frac)]
    if rt != "fractionDigits":
        fields += [("minimumSignificantDigits", obj.min_sig), ("maximumSignificantDigits", obj.max_sig)]
    return fields


def case_language(locales: Any) -> str | None:
    """TransformCase's locale (sec-transform-case steps 1-6): the language of the first of the
    requested locales when it is one with its own case mappings (tr, az, lt), else None (the
    root's mappings)."""
    requested = canonicalize_locale_list(locales)
    if not requested:
        return None
    language = requested[0].split("-", 1)[0]
    return language if language in ("tr", "az", "lt") else None


INTL_HOOKS["case_language"] = case_language
