"""Intl.Collator (sec-collator-objects).

Comparison follows the Unicode Collation Algorithm with the DUCET, through ``pyuca`` (a small
pure-Python UCA implementation shipping the DUCET tables; ICU's root collation, which en-US
uses under node, is the DUCET with CLDR's few root changes). The levels are compared as ICU
does at tertiary strength: base letters, then accents, then case; ``sensitivity`` picks the
levels, ``numeric`` compares digit runs by value, ``caseFirst`` puts upper or lower case first
and ``ignorePunctuation`` ignores punctuation and spaces (ICU's alternate=shifted).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import EVERY_4096, check_every, check_items, check_scan, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_string
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject
from pyjsvm.runtime.operations import create_data_property_or_throw, get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.string import code_units_to_code_points, normalize_text
from pyjsvm.intrinsics.table import INTL_HOOKS, BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.number_format import _TYPE_RE
from pyjsvm.intrinsics.intl.locale import (
    canonicalize_locale_list, coerce_options_to_object, get_option, resolve_locale, supported_locales,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()


class JSCollator(JSObject):
    """An Intl.Collator instance (sec-properties-of-intl-collator-instances)."""

    class_name = "Intl.Collator"

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.locale = ""
        self.usage = "sort"
        self.sensitivity = "variant"
        self.ignore_punctuation = False
        self.collation = "default"
        self.numeric = False
        self.case_first = "false"
        self.bound_compare: Any = None


def collator_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Collator ( [ locales [ , options ] ] ) (sec-the-intl-collator-constructor)."""
    nt = new_target if new_target is not None else realm.intrinsics["%Intl.Collator%"]
    c = JSCollator(get_prototype_from_constructor(nt, "%Intl.Collator.prototype%"))
    initialize_collator(c, argument(args, 0), argument(args, 1))
    return c


def initialize_collator(c: JSCollator, locales: Any, options: Any) -> JSCollator:
    """InitializeCollator ( collator, locales, options ) (sec-initializecollator)."""
    requested = canonicalize_locale_list(locales)
    opts = coerce_options_to_object(options)
    c.usage = get_option(opts, "usage", "string", ["sort", "search"], "sort")
    get_option(opts, "localeMatcher", "string", ["lookup", "best fit"], "best fit")
    collation = get_option(opts, "collation", "string", None, None)
    if collation is not None and not _TYPE_RE.match(collation):
        throw_range_error(f"Invalid collation : {collation}")
    numeric = get_option(opts, "numeric", "boolean", None, None)
    if numeric is not None:
        numeric = "true" if numeric else "false"
    case_first = get_option(opts, "caseFirst", "string", ["upper", "lower", "false"], None)
    r = resolve_locale(requested, {"co": collation, "kn": numeric, "kf": case_first}, ["co", "kf", "kn"],
                       {"co": ["default"], "kn": ["false", "true"], "kf": ["false", "lower", "upper"]})
    c.locale = r["locale"]
    c.collation = r["co"] or "default"
    c.numeric = r["kn"] == "true"
    c.case_first = r["kf"] or "false"
    sensitivity = get_option(opts, "sensitivity", "string", ["base", "accent", "case", "variant"], None)
    c.sensitivity = sensitivity or "variant"
    c.ignore_punctuation = bool(get_option(opts, "ignorePunctuation", "boolean", None, False))
    return c


# --- comparison ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _uca() -> Any:
    import pyuca
    return pyuca.Collator()


@lru_cache(maxsize=1)
def _continuations() -> frozenset[int]:
    """NON-SPEC: the code points that stand after the first one in a contraction of the table."""
    out: set[int] = set()
    todo = [child for child in (_uca().table.root.children or {}).values()]
    while todo:
        node = todo.pop()
        for cp, child in (node.children or {}).items():
            out.add(cp)
            todo.append(child)
    return frozenset(out)


# NON-SPEC: how long a piece of text pyuca's ``collation_elements`` is given at once. It slices
# its key list at every element (quadratic: 200,000 characters took a minute), so a long text is
# cut into pieces at characters no match can run into: not a contraction's later character, and
# not a combining mark unless the one before it has the same combining class (the discontiguous
# match takes only combining marks, and stops at one blocked by a mark of its class).
_CHUNK = 256


@lru_cache(maxsize=1)
def _ascii_elements() -> list[list[Any]]:
    """NON-SPEC: the collation elements of each ASCII character alone. No contraction of the
    table is made of ASCII characters only (its few that start with one go on with a character
    that is not ASCII), so an ASCII text's elements are its characters' in turn."""
    uca = _uca()
    return [list(uca.collation_elements(chr(i))) for i in range(128)]


def _collation_elements(text: str) -> list[Any]:
    """The collation elements of NFD text, in pieces of about ``_CHUNK`` characters."""
    if text.isascii():
        table = _ascii_elements()
        if len(text) <= _CHUNK:
            check_items(len(text))  # NON-SPEC: a step per character, as the pieces below
            return [ce for ch in text for ce in table[ord(ch)]]
        elements: list[Any] = []
        for i in range(0, len(text), 1 << 14):
            check_stop(min(1 << 14, len(text) - i))  # (a step per character: see check_stop)
            elements.extend(ce for ch in text[i:i + (1 << 14)] for ce in table[ord(ch)])
        return elements
    uca = _uca()
    if len(text) <= _CHUNK:
        check_items(len(text))  # NON-SPEC: a step per character, as the pieces below
        return list(uca.collation_elements(text))
    cont = _continuations()
    out: list[Any] = []
    start = 0
    i = _CHUNK
    n = len(text)
    while i < n:
        check_stop()
        ccc = unicodedata.combining(text[i])
        if ord(text[i]) in cont or ccc and ccc != unicodedata.combining(text[i - 1]):
            i += 1
            continue
        check_stop(i - start)  # NON-SPEC: a step per character collated (see check_stop)
        out.extend(uca.collation_elements(text[start:i]))
        start = i
        i += _CHUNK
    out.extend(uca.collation_elements(text[start:]))
    return out


@lru_cache(maxsize=1)
def _digit_primary() -> int:
    return int(_uca().collation_elements("0")[0][0])


def _is_upper_tertiary(t: int) -> bool:
    # DUCET tertiary weights: 0x08-0x0C and 0x0E-0x12 are the upper-case variants.
    return 0x08 <= t <= 0x0C or 0x0E <= t <= 0x12 or t == 0x1D


@lru_cache(maxsize=4096)
def _sort_levels(s: str, numeric: bool, ignore_punct: bool) -> tuple[tuple[Any, ...], tuple[int, ...], tuple[int, ...],
                                                                     tuple[bool, ...]]:
    text = normalize_text("NFD", code_units_to_code_points(s))
    if ignore_punct:
        text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZ")
    p: list[Any] = []
    sec: list[int] = []
    ter: list[int] = []
    case: list[bool] = []  # the case level: upper or not, for each element with a primary weight
    runs: list[tuple[bool, str]] = []
    if numeric:
        cur = ""
        cur_digit = False
        for ch in text:
            d = ch.isdigit() and ch.isascii()
            if cur and d != cur_digit:
                runs.append((cur_digit, cur))
                cur = ""
            cur += ch
            cur_digit = d
        if cur:
            runs.append((cur_digit, cur))
    else:
        runs = [(False, text)]
    for is_digits, run in runs:
        if is_digits:
            stripped = run.lstrip("0") or "0"
            # the digits as a string (of the same length: no leading zero): int() of more than
            # 4,300 digits raises ValueError
            p.append((_digit_primary(), len(stripped), stripped))
            sec.append(0x20)
            ter.append(0x02)
            case.append(False)
            continue
        if not run:
            continue
        for i, ce in enumerate(_collation_elements(run)):
            if not i & EVERY_4096:
                check_every(i, EVERY_4096)
            w1, w2, w3 = int(ce[0]), int(ce[1]), int(ce[2])
            if w1:
                p.append((w1,))
                case.append(_is_upper_tertiary(w3))
            if w2:
                sec.append(w2)
            if w3:
                ter.append(w3)
    return tuple(p), tuple(sec), tuple(ter), tuple(case)


def compare_strings(c: JSCollator, x: str, y: str) -> float:
    """CompareStrings ( collator, x, y ) (sec-collator-comparestrings)."""
    if x == y:
        return 0.0
    # NON-SPEC: a step budget is charged for the code units compared (the comparison of the
    # weights, cached or not, compares a Python tuple an element: 2,000 code units took 28 us,
    # about 80 steps of JS, and were free)
    check_scan(len(x) + len(y))
    a = _sort_levels(x, c.numeric, c.ignore_punctuation)
    b = _sort_levels(y, c.numeric, c.ignore_punctuation)
    if a[0] != b[0]:
        return -1.0 if a[0] < b[0] else 1.0
    sens = c.sensitivity
    if sens in ("accent", "variant") and a[1] != b[1]:
        return -1.0 if a[1] < b[1] else 1.0
    if sens == "case":
        ca, cb = a[3], b[3]
        if ca != cb:
            if c.case_first == "upper":
                ca = tuple(not v for v in ca)
                cb = tuple(not v for v in cb)
            return -1.0 if ca < cb else 1.0
        return 0.0
    if sens == "variant" and a[2] != b[2]:
        ta, tb = a[2], b[2]
        if c.case_first == "upper":
            ta = tuple((0 if _is_upper_tertiary(t) else 1, t) for t in ta)  # type: ignore[misc]
            tb = tuple((0 if _is_upper_tertiary(t) else 1, t) for t in tb)  # type: ignore[misc]
        return -1.0 if ta < tb else 1.0
    return 0.0


def _compare_getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Intl.Collator.prototype.compare (sec-intl.collator.prototype.compare)."""
    if not isinstance(this, JSCollator):
        throw_type_error("Method get Intl.Collator.prototype.compare called on incompatible receiver")
    c = this
    if c.bound_compare is None:
        def bound(r: "Realm", t: Any, a: list[Any], n: Any) -> Any:
            """Collator Compare Functions (sec-collator-compare-functions)."""
            return compare_strings(c, to_string(argument(a, 0)), to_string(argument(a, 1)))
        c.bound_compare = BuiltinFunction(realm, bound, "", 2)
    return c.bound_compare


proto.accessor("compare", _compare_getter, None)


@proto.method("resolvedOptions", 0)
def collator_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Collator.prototype.resolvedOptions ( ) (sec-intl.collator.prototype.resolvedoptions)."""
    if not isinstance(this, JSCollator):
        throw_type_error("Method Intl.Collator.prototype.resolvedOptions called on incompatible receiver")
    o = JSObject(realm.object_prototype)
    for k, v in (("locale", this.locale), ("usage", this.usage), ("sensitivity", this.sensitivity),
                 ("ignorePunctuation", this.ignore_punctuation), ("collation", this.collation),
                 ("numeric", this.numeric), ("caseFirst", this.case_first)):
        create_data_property_or_throw(o, k, v)
    return o


@ctor_table.method("supportedLocalesOf", 1)
def collator_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Collator.supportedLocalesOf ( locales [ , options ] ) (sec-intl.collator.supportedlocalesof)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


# NON-SPEC: the collator localeCompare makes when given no locales and no options: always the
# same one (the default locale's, each option its default; making it runs no JS), made once.
# Only its settings are read (CompareStrings): it is no realm's and JS never sees it.
_DEFAULT_COLLATOR: list[JSCollator] = []


def locale_compare(realm: "Realm", s: str, that: str, locales: Any, options: Any) -> float:
    """String.prototype.localeCompare with Intl (sec-string.prototype.localecompare in ECMA-402)."""
    if locales is None and options is None:
        if not _DEFAULT_COLLATOR:
            _DEFAULT_COLLATOR.append(initialize_collator(JSCollator(None), None, None))
        return compare_strings(_DEFAULT_COLLATOR[0], s, that)
    c = JSCollator(realm.intrinsics["%Intl.Collator.prototype%"])
    initialize_collator(c, locales, options)
    return compare_strings(c, s, that)


INTL_HOOKS["locale_compare"] = locale_compare


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.Collator.prototype%"] = p
    ctor = make_constructor(realm, collator_constructor, "Collator", 0, p)
    realm.intrinsics["%Intl.Collator%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.Collator", C)
    intl.define_builtin("Collator", ctor)
