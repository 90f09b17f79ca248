"""Intl.ListFormat (sec-listformat-objects, ECMA-402): CLDR list patterns (conjunction,
disjunction and unit lists in long, short and narrow widths) from Babel."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import EVERY_256, JSThrow, check_every, current_realm, throw_type_error
from pyjsvm.runtime.conversion import to_display
from pyjsvm.runtime.iteration import DONE, get_iterator, iterator_close, iterator_step_value
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import get_options_object
from pyjsvm.runtime.operations import get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.locale import (
    babel_locale, canonicalize_locale_list, get_option, locale_options, options_object, parts_array, resolve_locale,
    supported_locales,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()

_PLACEHOLDER = re.compile(r"\{([01])\}")


class JSListFormat(JSObject):
    """An Intl.ListFormat instance (sec-properties-of-intl-listformat-instances)."""

    class_name = "Intl.ListFormat"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.locale = ""
        self.data_locale = ""
        self.type = "conjunction"
        self.style = "long"


def list_format_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.ListFormat ( [ locales [ , options ] ] ) (sec-Intl.ListFormat)."""
    if new_target is None:
        throw_type_error("Constructor Intl.ListFormat requires 'new'")
    lf = JSListFormat(get_prototype_from_constructor(new_target, "%Intl.ListFormat.prototype%"))
    requested = canonicalize_locale_list(argument(args, 0))
    options = get_options_object(argument(args, 1))
    locale_options(options)
    r = resolve_locale(requested, {}, [], {})
    lf.locale, lf.data_locale = r["locale"], r["dataLocale"]
    lf.type = get_option(options, "type", "string", ["conjunction", "disjunction", "unit"], "conjunction")
    lf.style = get_option(options, "style", "string", ["long", "short", "narrow"], "long")
    return lf


# CLDR root's aliases between list pattern types, each field resolved on its own (Babel keeps a
# locale's partial patterns without root's aliases)
_CHAINS = {
    ("conjunction", "long"): ["standard"], ("conjunction", "short"): ["standard-short", "standard"],
    ("conjunction", "narrow"): ["standard-narrow", "standard-short", "standard"],
    ("disjunction", "long"): ["or", "standard"], ("disjunction", "short"): ["or-short", "or", "standard"],
    ("disjunction", "narrow"): ["or-narrow", "or-short", "or", "standard"],
    ("unit", "long"): ["unit", "unit-short", "standard"], ("unit", "short"): ["unit-short", "standard"],
    ("unit", "narrow"): ["unit-narrow", "unit-short", "standard"],
}


def _patterns(lf: JSListFormat) -> dict[str, str]:
    pats = babel_locale(lf.data_locale).list_patterns
    out = {}
    for field in ("start", "middle", "end", "2"):
        out[field] = "{0}, {1}"
        for key in _CHAINS[(lf.type, lf.style)]:
            try:
                value = pats[key][field]
            except KeyError:
                continue
            if isinstance(value, str):
                out[field] = value
                break
    return out


def _fill(pattern: str, first: list[tuple[str, str]], second: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(pattern):
        if m.start() > pos:
            out.append(("literal", pattern[pos:m.start()]))
        out.extend(first if m.group(1) == "0" else second)
        pos = m.end()
    if pos < len(pattern):
        out.append(("literal", pattern[pos:]))
    return out


def create_parts_from_list(lf: JSListFormat, items: list[str]) -> list[tuple[str, str]]:
    """CreatePartsFromList ( listFormat, list ) (sec-createpartsfromlist)."""
    n = len(items)
    elems = [[("element", s)] for s in items]
    if n == 0:
        return []
    if n == 1:
        return elems[0]
    pats = _patterns(lf)
    if n == 2:
        return _merge(_fill(_pattern_before(lf, pats["2"], items[1]), elems[0], elems[1]))
    inner = _fill(_pattern_before(lf, pats["end"], items[n - 1]), elems[n - 2], elems[n - 1])
    # NON-SPEC: the nesting start({0}=e0, {1}=middle({0}=e1, {1}=...end(e[n-2], e[n-1]))) made in
    # one pass: what each pattern puts before its {1} in order, then the innermost parts, then
    # what each puts after its {1} in reverse (filled again at every level, the list of a
    # million items took hours, with no budget check)
    before: list[tuple[str, str]] = []
    after: list[list[tuple[str, str]]] = []
    for i in range(n - 2):
        if not i & EVERY_256:
            check_every(i, EVERY_256)
        marked = _fill(pats["start"] if i == 0 else pats["middle"], elems[i], [_NESTED])
        k = marked.index(_NESTED)
        before.extend(marked[:k])
        after.append(marked[k + 1:])
    before.extend(inner)
    for tail in reversed(after):
        before.extend(tail)
    return _merge(before)


# (where a pattern's {1}, the nested parts, goes: see create_parts_from_list)
_NESTED = ("nested", "")


# NON-SPEC: ICU's contextual conjunctions (ListFormatter): Spanish "y"/"o" become "e"/"u" before
# an /i/ or /o/ sound, Hebrew "ו" takes a hyphen before a word that does not start in Hebrew.
_ES_Y = re.compile(r"(?i)(i|hi$|hi[^ae])")
_ES_O = re.compile(r"(?i)(o|ho|8|11$|11[^0-9])")
_HEBREW = re.compile("[\u0590-\u05ff]")


def _pattern_before(lf: JSListFormat, pattern: str, last: str) -> str:
    lang = lf.data_locale.split("-")[0]
    if lang == "es":
        if _ES_Y.match(last):
            pattern = pattern.replace(" y {1}", " e {1}")
        if _ES_O.match(last):
            pattern = pattern.replace(" o {1}", " u {1}")
    elif lang == "he" and last and not _HEBREW.match(last):
        pattern = pattern.replace("\u05d5{1}", "\u05d5-{1}")
    return pattern


def _merge(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Adjacent literals as one part (patterns nest)."""
    out: list[tuple[str, str]] = []
    for t, v in parts:
        if t == "literal" and out and out[-1][0] == "literal":
            out[-1] = ("literal", out[-1][1] + v)
        else:
            out.append((t, v))
    return out


def string_list_from_iterable(iterable: Any) -> list[str]:
    """StringListFromIterable ( iterable ) (sec-createstringlistfromiterable)."""
    if iterable is None:
        return []
    rec = get_iterator(iterable)
    out: list[str] = []
    while True:
        v = iterator_step_value(rec)
        if v is DONE:
            return out
        if not isinstance(v, str):
            err = JSThrow(current_realm().new_error("TypeError", f"Iterable yielded {to_display(v)} which is not a string"))
            iterator_close(rec, err)
        out.append(v)
        if not len(out) & EVERY_256:
            check_every(len(out), EVERY_256)  # NON-SPEC: the budget check


def _this(this: Any, method: str) -> JSListFormat:
    if not isinstance(this, JSListFormat):
        throw_type_error(f"Method Intl.ListFormat.prototype.{method} called on incompatible receiver")
    return this


@proto.method("resolvedOptions", 0)
def lf_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.ListFormat.prototype.resolvedOptions ( ) (sec-Intl.ListFormat.prototype.resolvedoptions)."""
    lf = _this(this, "resolvedOptions")
    return options_object(realm, [("locale", lf.locale), ("type", lf.type), ("style", lf.style)])


@proto.method("format", 1)
def lf_format(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.ListFormat.prototype.format ( list ) (sec-Intl.ListFormat.prototype.format)."""
    lf = _this(this, "format")
    return "".join(v for _, v in create_parts_from_list(lf, string_list_from_iterable(argument(args, 0))))


@proto.method("formatToParts", 1)
def lf_format_to_parts(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.ListFormat.prototype.formatToParts ( list ) (sec-Intl.ListFormat.prototype.formatToParts)."""
    lf = _this(this, "formatToParts")
    parts = create_parts_from_list(lf, string_list_from_iterable(argument(args, 0)))
    return parts_array(realm, [[("type", t), ("value", v)] for t, v in parts])


@ctor_table.method("supportedLocalesOf", 1)
def lf_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.ListFormat.supportedLocalesOf ( locales [ , options ] ) (sec-Intl.ListFormat.supportedLocalesOf)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.ListFormat.prototype%"] = p
    ctor = make_constructor(realm, list_format_constructor, "ListFormat", 0, p)
    realm.intrinsics["%Intl.ListFormat%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.ListFormat", C)
    intl.define_builtin("ListFormat", ctor)
