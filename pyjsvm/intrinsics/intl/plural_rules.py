"""Intl.PluralRules (sec-pluralrules-objects): CLDR plural rules (cardinal and ordinal) from Babel."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_number
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import create_array_from_list, get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.locale import (
    babel_locale, canonicalize_locale_list, coerce_options_to_object, digit_option_fields, get_option, options_object,
    resolve_locale, supported_locales,
)
from pyjsvm.intrinsics.intl.number_format import (
    DigitOptions, format_numeric_to_string, init_digit_options, mv_from_number, plural_category, set_number_format_digit_options,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()

_ORDER = ["zero", "one", "two", "few", "many", "other"]


class JSPluralRules(DigitOptions):
    """An Intl.PluralRules instance (sec-properties-of-intl-pluralrules-instances)."""

    class_name = "Intl.PluralRules"

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.locale = ""
        self.data_locale = ""
        self.type = "cardinal"
        self.compact_display: str | None = None
        self.notation = "standard"
        init_digit_options(self)


def plural_rules_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.PluralRules ( [ locales [ , options ] ] ) (sec-intl.pluralrules)."""
    if new_target is None:
        throw_type_error("Constructor Intl.PluralRules requires 'new'")
    pr = JSPluralRules(get_prototype_from_constructor(new_target, "%Intl.PluralRules.prototype%"))
    requested = canonicalize_locale_list(argument(args, 0))
    opts = coerce_options_to_object(argument(args, 1))
    get_option(opts, "localeMatcher", "string", ["lookup", "best fit"], "best fit")
    pr.type = get_option(opts, "type", "string", ["cardinal", "ordinal"], "cardinal")
    pr.notation = get_option(opts, "notation", "string", ["standard", "scientific", "engineering", "compact"],
                             "standard")
    cd = get_option(opts, "compactDisplay", "string", ["short", "long"], "short")
    pr.compact_display = cd if pr.notation == "compact" else None
    set_number_format_digit_options(pr, opts, 0, 3, pr.notation)
    r = resolve_locale(requested, {}, [], {})
    pr.locale = r["locale"]
    pr.data_locale = r["dataLocale"]
    return pr


def resolve_plural(pr: JSPluralRules, n: float) -> str:
    """ResolvePlural ( pluralRules, n ) (sec-resolveplural)."""
    mv = mv_from_number(n)
    if mv.kind != "finite":
        return "other"
    _, digits = format_numeric_to_string(pr, mv.value, mv.negative)
    return plural_category(pr.data_locale, digits, pr.type == "ordinal")


def _this(this: Any, method: str) -> JSPluralRules:
    if not isinstance(this, JSPluralRules):
        throw_type_error(f"Method Intl.PluralRules.prototype.{method} called on incompatible receiver")
    return this


@proto.method("select", 1)
def pr_select(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.PluralRules.prototype.select ( value ) (sec-intl.pluralrules.prototype.select)."""
    pr = _this(this, "select")
    return resolve_plural(pr, to_number(argument(args, 0)))


@proto.method("selectRange", 2)
def pr_select_range(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.PluralRules.prototype.selectRange ( start, end ) (sec-intl.pluralrules.prototype.selectrange)."""
    pr = _this(this, "selectRange")
    start, end = argument(args, 0), argument(args, 1)
    if start is None or end is None:
        throw_type_error("start or end is undefined")
    x, y = to_number(start), to_number(end)
    if x != x or y != y:
        throw_range_error("Invalid number value: NaN")
    # CLDR plural ranges: for most locales (en among them) the end's category.
    return resolve_plural(pr, y)


def _categories(pr: JSPluralRules) -> list[str]:
    loc = babel_locale(pr.data_locale)
    rule = loc.ordinal_form if pr.type == "ordinal" else loc.plural_form
    tags = set(rule.tags) | {"other"}
    return [t for t in _ORDER if t in tags]


@proto.method("resolvedOptions", 0)
def pr_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.PluralRules.prototype.resolvedOptions ( ) (sec-intl.pluralrules.prototype.resolvedoptions)."""
    pr = _this(this, "resolvedOptions")
    fields: list[tuple[str, Any]] = [("locale", pr.locale), ("type", pr.type), ("notation", pr.notation),
                                     ("compactDisplay", pr.compact_display)]
    fields += digit_option_fields(pr)
    fields += [("pluralCategories", create_array_from_list(_categories(pr))),
               ("roundingIncrement", pr.rounding_increment), ("roundingMode", pr.rounding_mode),
               ("roundingPriority", pr.rounding_priority), ("trailingZeroDisplay", pr.trailing_zero_display)]
    return options_object(realm, fields)


@ctor_table.method("supportedLocalesOf", 1)
def pr_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.PluralRules.supportedLocalesOf ( locales [ , options ] ) (sec-intl.pluralrules.supportedlocalesof)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.PluralRules.prototype%"] = p
    ctor = make_constructor(realm, plural_rules_constructor, "PluralRules", 0, p)
    realm.intrinsics["%Intl.PluralRules%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.PluralRules", C)
    intl.define_builtin("PluralRules", ctor)
