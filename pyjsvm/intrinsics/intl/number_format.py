"""Intl.NumberFormat (sec-numberformat-objects).

The mathematical values are ``decimal.Decimal`` (exact: Numbers are taken at their shortest
round-tripping decimal, as ICU does; BigInts and numeric strings exactly). Patterns, symbols,
compact forms, currency and unit names come from the locale's CLDR data through Babel.
"""
from __future__ import annotations

import decimal
import math
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import check_digits, current_realm, throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_number, to_primitive
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject, PropertyDescriptor
from pyjsvm.runtime.operations import (
    create_array_from_list, create_data_property_or_throw, define_property_or_throw, get, get_prototype_from_constructor,
    ordinary_has_instance,
)
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, JSBigInt, argument
from pyjsvm.intrinsics.table import INTL_HOOKS, BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.locale import (
    babel_locale, canonicalize_locale_list, coerce_options_to_object, default_number_option, digit_option_fields,
    get_boolean_or_string_option, get_number_option, get_option, is_well_formed_currency_code, options_object,
    parts_array, resolve_locale, supported_locales,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()

_CTX = decimal.Context(prec=1000, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

SANCTIONED_UNITS = (
    "acre bit byte celsius centimeter day degree fahrenheit fluid-ounce foot gallon gigabit gigabyte gram "
    "hectare hour inch kilobit kilobyte kilogram kilometer liter megabit megabyte meter microsecond mile "
    "mile-scandinavian milliliter millimeter millisecond minute month nanosecond ounce percent petabyte pound "
    "second stone terabit terabyte week yard year").split()

_TYPE_RE = re.compile(r"[A-Za-z0-9]{3,8}(-[A-Za-z0-9]{3,8})*\Z")


def is_well_formed_unit_identifier(unit: str) -> bool:
    """IsWellFormedUnitIdentifier ( unitIdentifier ) (sec-iswellformedunitidentifier)."""
    if unit in SANCTIONED_UNITS:
        return True
    i = unit.find("-per-")
    if i < 0 or unit.find("-per-", i + 1) >= 0:
        return False
    return unit[:i] in SANCTIONED_UNITS and unit[i + 5:] in SANCTIONED_UNITS


class DigitOptions(JSObject):
    """The digit-option slots NumberFormat and PluralRules share (sec-setnfdigitoptions)."""

    min_int: int
    min_frac: int | None
    max_frac: int | None
    min_sig: int | None
    max_sig: int | None
    rounding_type: str
    rounding_priority: str
    rounding_increment: int
    rounding_mode: str
    trailing_zero_display: str


def init_digit_options(o: DigitOptions) -> None:
    o.min_int = 1
    o.min_frac, o.max_frac = 0, 3
    o.min_sig = o.max_sig = None
    o.rounding_type = "fractionDigits"
    o.rounding_priority = "auto"
    o.rounding_increment = 1
    o.rounding_mode = "halfExpand"
    o.trailing_zero_display = "auto"


class JSNumberFormat(DigitOptions):
    """An Intl.NumberFormat instance (sec-properties-of-intl-numberformat-instances)."""

    class_name = "Intl.NumberFormat"

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.locale = ""
        self.data_locale = ""
        self.numbering_system = "latn"
        self.style = "decimal"
        self.currency: str | None = None
        self.currency_display: str | None = None
        self.currency_sign: str | None = None
        self.unit: str | None = None
        self.unit_display: str | None = None
        init_digit_options(self)
        self.notation = "standard"
        self.compact_display: str | None = None
        self.use_grouping: Any = "auto"
        self.sign_display = "auto"
        self.bound_format: Any = None


# --- the constructor ------------------------------------------------------------------------

def set_number_format_digit_options(nf: Any, options: JSObject | None, mnfd_default: int, mxfd_default: int,
                                    notation: str) -> None:
    """SetNumberFormatDigitOptions ( intlObj, options, mnfdDefault, mxfdDefault, notation )
    (sec-setnfdigitoptions)."""
    mnid = get_number_option(options, "minimumIntegerDigits", 1, 21, 1)
    mnfd = None if options is None else get(options, "minimumFractionDigits")
    mxfd = None if options is None else get(options, "maximumFractionDigits")
    mnsd = None if options is None else get(options, "minimumSignificantDigits")
    mxsd = None if options is None else get(options, "maximumSignificantDigits")
    nf.min_int = mnid
    inc = get_number_option(options, "roundingIncrement", 1, 5000, 1)
    if inc not in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        throw_range_error("roundingIncrement value is out of range.")
    mode = get_option(options, "roundingMode", "string", ["ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor",
                                                            "halfExpand", "halfTrunc", "halfEven"], "halfExpand")
    priority = get_option(options, "roundingPriority", "string", ["auto", "morePrecision", "lessPrecision"], "auto")
    tzd = get_option(options, "trailingZeroDisplay", "string", ["auto", "stripIfInteger"], "auto")
    if inc != 1:
        mxfd_default = mnfd_default
    nf.rounding_increment = inc
    nf.rounding_mode = mode
    nf.trailing_zero_display = tzd
    has_sd = mnsd is not None or mxsd is not None
    has_fd = mnfd is not None or mxfd is not None
    need_sd = need_fd = True
    if priority == "auto":
        need_sd = has_sd
        if need_sd or (not has_fd and notation == "compact"):
            need_fd = False
    if need_sd:
        if has_sd:
            nf.min_sig = default_number_option(mnsd, 1, 21, 1)
            nf.max_sig = default_number_option(mxsd, nf.min_sig, 21, 21)
        else:
            nf.min_sig, nf.max_sig = 1, 21
    if need_fd:
        if has_fd:
            lo = default_number_option(mnfd, 0, 100, None)
            hi = default_number_option(mxfd, 0, 100, None)
            if lo is None:
                lo = min(mnfd_default, hi)
            elif hi is None:
                hi = max(mxfd_default, lo)
            elif lo > hi:
                throw_range_error("maximumFractionDigits value is out of range.")
            nf.min_frac, nf.max_frac = lo, hi
        else:
            nf.min_frac, nf.max_frac = mnfd_default, mxfd_default
    if not need_sd and not need_fd:
        nf.min_frac, nf.max_frac, nf.min_sig, nf.max_sig = 0, 0, 1, 2
        nf.rounding_type = "morePrecision"
        nf.rounding_priority = "morePrecision"
    elif priority == "auto":
        nf.rounding_type = "significantDigits" if has_sd else "fractionDigits"
        nf.rounding_priority = "auto"
    else:
        nf.rounding_type = priority
        nf.rounding_priority = priority
    if nf.rounding_type == "fractionDigits":
        nf.min_sig = nf.max_sig = None
    elif nf.rounding_type == "significantDigits":
        nf.min_frac = nf.max_frac = None
    if inc != 1:
        if nf.rounding_type != "fractionDigits":
            throw_type_error("roundingIncrement requires fraction-digit rounding")
        if nf.max_frac != nf.min_frac:
            throw_range_error("maximumFractionDigits must equal minimumFractionDigits with roundingIncrement")


def currency_digits(currency: str) -> int:
    """CurrencyDigits ( currency ) (sec-currencydigits): ISO 4217 minor units (CLDR data)."""
    from babel.numbers import get_currency_precision
    return int(get_currency_precision(currency))


def set_number_format_unit_options(nf: JSNumberFormat, options: JSObject | None) -> None:
    """SetNumberFormatUnitOptions ( intlObj, options ) (sec-setnumberformatunitoptions)."""
    style = get_option(options, "style", "string", ["decimal", "percent", "currency", "unit"], "decimal")
    nf.style = style
    currency = get_option(options, "currency", "string", None, None)
    if currency is None:
        if style == "currency":
            throw_type_error("Currency code is required with currency style.")
    elif not is_well_formed_currency_code(currency):
        throw_range_error(f"Invalid currency code : {currency}")
    cd = get_option(options, "currencyDisplay", "string", ["code", "symbol", "narrowSymbol", "name"], "symbol")
    cs = get_option(options, "currencySign", "string", ["standard", "accounting"], "standard")
    unit = get_option(options, "unit", "string", None, None)
    if unit is None:
        if style == "unit":
            throw_type_error("Unit is required with unit style.")
    elif not is_well_formed_unit_identifier(unit):
        throw_range_error(f"Invalid unit argument for Intl.NumberFormat() '{unit}'")
    ud = get_option(options, "unitDisplay", "string", ["short", "narrow", "long"], "short")
    if style == "currency":
        assert currency is not None
        nf.currency = currency.upper()
        nf.currency_display = cd
        nf.currency_sign = cs
    if style == "unit":
        nf.unit = unit
        nf.unit_display = ud


def check_numbering_system(options: JSObject | None) -> Any:
    ns = get_option(options, "numberingSystem", "string", None, None)
    if ns is not None and not _TYPE_RE.match(ns):
        throw_range_error(f"Invalid numberingSystem : {ns}")
    return ns


def initialize_number_format(nf: JSNumberFormat, locales: Any, options: Any) -> JSNumberFormat:
    """InitializeNumberFormat ( numberFormat, locales, options ) (sec-initializenumberformat)."""
    requested = canonicalize_locale_list(locales)
    opts = coerce_options_to_object(options)
    get_option(opts, "localeMatcher", "string", ["lookup", "best fit"], "best fit")
    ns = check_numbering_system(opts)
    r = resolve_locale(requested, {"nu": ns}, ["nu"], {"nu": ["latn"]})
    nf.locale = r["locale"]
    nf.data_locale = r["dataLocale"]
    nf.numbering_system = r["nu"]
    set_number_format_unit_options(nf, opts)
    if nf.style == "currency":
        assert nf.currency is not None
        d = currency_digits(nf.currency)
        mnfd_default, mxfd_default = d, d
    else:
        mnfd_default, mxfd_default = 0, (0 if nf.style == "percent" else 3)
    notation = get_option(opts, "notation", "string", ["standard", "scientific", "engineering", "compact"], "standard")
    nf.notation = notation
    set_number_format_digit_options(nf, opts, mnfd_default, mxfd_default, notation)
    cd = get_option(opts, "compactDisplay", "string", ["short", "long"], "short")
    default_grouping = "auto"
    if notation == "compact":
        nf.compact_display = cd
        default_grouping = "min2"
    ug = get_boolean_or_string_option(opts, "useGrouping", ["min2", "auto", "always", "true", "false"],
                                      "always", False, default_grouping)
    nf.use_grouping = ug
    nf.sign_display = get_option(opts, "signDisplay", "string", ["auto", "never", "always", "exceptZero", "negative"],
                                 "auto")
    return nf


def number_format_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.NumberFormat ( [ locales [ , options ] ] ) (sec-intl.numberformat)."""
    nt = new_target if new_target is not None else realm.intrinsics["%Intl.NumberFormat%"]
    nf = JSNumberFormat(get_prototype_from_constructor(nt, "%Intl.NumberFormat.prototype%"))
    initialize_number_format(nf, argument(args, 0), argument(args, 1))
    # NON-SPEC: the legacy constructor path (ChainNumberFormat, sec-chainnumberformat) for
    # `Intl.NumberFormat.call(obj)` where obj inherits from Intl.NumberFormat.prototype.
    if new_target is None and isinstance(this, JSObject):
        if ordinary_has_instance(realm.intrinsics["%Intl.NumberFormat%"], this):
            define_property_or_throw(this, realm.intrinsics["%Intl.FallbackSymbol%"],
                                     PropertyDescriptor(value=nf, writable=False, enumerable=False, configurable=False))
            return this
    return nf


# --- mathematical values -----------------------------------------------------------------------

class IntlMV:
    """An Intl mathematical value: a Decimal, or 'nan' / 'inf' / '-inf', and a negative-zero flag."""

    __slots__ = ("kind", "value", "negative")

    def __init__(self, kind: str, value: Decimal = Decimal(0), negative: bool = False) -> None:
        self.kind = kind  # 'finite', 'nan', 'inf'
        self.value = value
        self.negative = negative  # sign, also for zero and infinity


# (possessive runs of digits, as conversion._DECIMAL_RE: splitting a run of digits in every way
# made a failing match quadratic)
_STR_DEC = re.compile(r"[+-]?(?:[0-9]++\.?[0-9]*+|\.[0-9]++)(?:[eE][+-]?[0-9]++)?\Z")


def mv_from_number(x: float) -> IntlMV:
    if x != x:
        return IntlMV("nan")
    neg = x < 0 or (x == 0 and str(x).startswith("-"))
    if x in (float("inf"), float("-inf")):
        return IntlMV("inf", Decimal(0), neg)
    return IntlMV("finite", abs(Decimal(number_to_string(x))), neg)


def to_intl_mathematical_value(value: Any) -> IntlMV:
    """ToIntlMathematicalValue ( value ) (sec-tointlmathematicalvalue)."""
    prim = to_primitive(value, "number")
    if isinstance(prim, JSBigInt):
        check_digits(prim.value.bit_length() * 3 // 10)  # NON-SPEC: a long one charges a step budget
        return IntlMV("finite", Decimal(abs(prim.value)), prim.value < 0)
    if isinstance(prim, str):
        s = prim.strip(" \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                       "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
        if s == "":
            return IntlMV("finite", Decimal(0))
        if _STR_DEC.match(s):
            try:
                d = _CTX.create_decimal(s)
            except decimal.Overflow:  # past even the Decimal context's exponent range
                return IntlMV("inf", Decimal(0), s.startswith("-"))
            # 9. A value whose RoundMVResult is an infinity or a zero is that infinity or zero
            # (a string of '1e999999999' was formatted digit by digit: MemoryError, a hang)
            rounded = float(d)
            if rounded in (math.inf, -math.inf):
                return IntlMV("inf", Decimal(0), d.is_signed())
            if rounded == 0:
                return IntlMV("finite", Decimal(0), d.is_signed())
            return IntlMV("finite", d.copy_abs(), d.is_signed())
        if s in ("Infinity", "+Infinity", "-Infinity"):
            return IntlMV("inf", Decimal(0), s.startswith("-"))
        if re.match(r"0[xX][0-9a-fA-F]+\Z|0[oO][0-7]+\Z|0[bB][01]+\Z", s):
            return IntlMV("finite", Decimal(int(s, 0)))
        return IntlMV("nan")
    return mv_from_number(to_number(prim))


# --- rounding (sec-formatnumberstring) ------------------------------------------------------------

def _rounding(mode: str, negative: bool) -> str:
    if mode == "halfCeil":
        return decimal.ROUND_HALF_DOWN if negative else decimal.ROUND_HALF_UP
    if mode == "halfFloor":
        return decimal.ROUND_HALF_UP if negative else decimal.ROUND_HALF_DOWN
    if mode == "ceil":
        return decimal.ROUND_DOWN if negative else decimal.ROUND_UP
    if mode == "floor":
        return decimal.ROUND_UP if negative else decimal.ROUND_DOWN
    return {"expand": decimal.ROUND_UP, "trunc": decimal.ROUND_DOWN, "halfExpand": decimal.ROUND_HALF_UP,
            "halfTrunc": decimal.ROUND_HALF_DOWN, "halfEven": decimal.ROUND_HALF_EVEN}[mode]


def _exact_context(digits: int) -> decimal.Context:
    """NON-SPEC: _CTX, or a copy wide enough for `digits` digits: a BigInt may have more digits
    than _CTX's precision, and rounding it there would lose digits (or raise InvalidOperation)."""
    if digits <= _CTX.prec:
        return _CTX
    ctx = _CTX.copy()
    ctx.prec = digits
    return ctx


def _round_to_exp(x: Decimal, exp: int, rounding: str, increment: int = 1) -> Decimal:
    """x (non-negative) rounded to a multiple of increment * 10**exp."""
    ctx = _exact_context(x.adjusted() - exp + 3 if x else 0)
    if increment == 1:
        return x.quantize(Decimal(1).scaleb(exp), rounding=rounding, context=ctx)
    unit = Decimal(increment).scaleb(exp)
    q = ctx.divide(x, unit).quantize(Decimal(1), rounding=rounding, context=ctx) if x else Decimal(0)
    return ctx.multiply(q, unit).quantize(Decimal(1).scaleb(exp), context=ctx)


def _magnitude(x: Decimal) -> int:
    return x.adjusted() if x else 0


def _to_raw_precision(x: Decimal, min_p: int, max_p: int, rounding: str) -> tuple[Decimal, int, int]:
    """ToRawPrecision (sec-torawprecision): (rounded, rounding magnitude, min fraction digits to show)."""
    if not x:
        return x, 1 - max_p, max(min_p - 1, 0)
    e = _magnitude(x)
    r = _round_to_exp(x, e - max_p + 1, rounding)
    if _magnitude(r) > e:
        e += 1
        r = _round_to_exp(x, e - max_p + 1, rounding)
    return r, e - max_p + 1, max(min_p - 1 - e, 0)


def _to_raw_fixed(x: Decimal, min_f: int, max_f: int, inc: int, rounding: str) -> tuple[Decimal, int, int]:
    """ToRawFixed (sec-torawfixed)."""
    return _round_to_exp(x, -max_f, rounding, inc), -max_f, min_f


def format_numeric_to_string(nf: DigitOptions, x: Decimal, negative: bool) -> tuple[Decimal, str]:
    """FormatNumericToString ( intlObject, x ) (sec-formatnumberstring): the rounded value and its
    digits ("123.40": integer digits padded to minimumIntegerDigits)."""
    rounding = _rounding(nf.rounding_mode, negative)
    rt = nf.rounding_type
    if rt == "significantDigits":
        r, _, min_fd = _to_raw_precision(x, nf.min_sig or 1, nf.max_sig or 21, rounding)
    elif rt == "fractionDigits":
        r, _, min_fd = _to_raw_fixed(x, nf.min_frac or 0, nf.max_frac or 0, nf.rounding_increment, rounding)
    else:
        sr = _to_raw_precision(x, nf.min_sig or 1, nf.max_sig or 21, rounding)
        fr = _to_raw_fixed(x, nf.min_frac or 0, nf.max_frac or 0, 1, rounding)
        if rt == "morePrecision":
            pick_s = sr[1] <= fr[1]
        else:
            pick_s = sr[1] > fr[1]
        if pick_s:
            r, _, min_fd = sr
        else:
            r, _, min_fd = fr
        if rt == "morePrecision" and nf.min_sig == 1 and nf.max_sig == 2 and nf.min_frac == 0:
            # compact notation's defaults: no trailing zeros shown.
            min_fd = 0
    if nf.trailing_zero_display == "stripIfInteger" and r == r.to_integral_value():
        min_fd = 0
    s = format(r.normalize(_exact_context(len(r.as_tuple().digits))) if r else Decimal(0), "f")
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    fp = fp.rstrip("0")
    if len(fp) < min_fd:
        fp = fp + "0" * (min_fd - len(fp))
    if len(ip) < nf.min_int:
        ip = "0" * (nf.min_int - len(ip)) + ip
    return r, ip + ("." + fp if fp else "")


# --- patterns and locale data ---------------------------------------------------------------------

def _split_pattern(pattern: str) -> tuple[str, str, str]:
    """Split a CLDR number pattern (positive part) into prefix, number, suffix."""
    pos = pattern.split(";")[0]
    m = re.search(r"[#0,.@E]+(?:[#0,.@E]*)", pos)
    if not m:
        return pos, "", ""
    return pos[:m.start()], m.group(0), pos[m.end():]


def _grouping_sizes(num_pattern: str) -> tuple[int, int]:
    ip = num_pattern.split(".")[0]
    if "," not in ip:
        return 0, 0
    groups = ip.split(",")
    primary = len(groups[-1])
    secondary = len(groups[-2]) if len(groups) > 2 else primary
    return primary, secondary


def _min_grouping_digits(data_locale: str) -> int:
    """CLDR's minimumGroupingDigits. NON-SPEC limitation: Babel does not carry it, so every
    locale groups from 4 integer digits on (CLDR says 2 for es, pl, pt-PT and a few others)."""
    return 1


def plural_category(data_locale: str, digits: str, ordinal: bool = False) -> str:
    """The CLDR plural category of a formatted decimal string (PluralRuleSelect's operands)."""
    loc = babel_locale(data_locale)
    rule = loc.ordinal_form if ordinal else loc.plural_form
    try:
        d = Decimal(digits)
        if not d.is_finite():
            return "other"
        return str(rule(d))
    except (decimal.InvalidOperation, ValueError, TypeError, OverflowError):
        return "other"


def _symbols(data_locale: str) -> dict[str, str]:
    loc = babel_locale(data_locale)
    syms = loc.number_symbols
    try:
        return dict(syms["latn"])
    except (KeyError, TypeError):
        return dict(syms)


def _currency_symbol(nf: JSNumberFormat, loc: Any, plural: str) -> str:
    cur = nf.currency or ""
    cd = nf.currency_display
    if cd == "code":
        return cur
    if cd == "name":
        names = loc._data.get("currency_names_plural", {}).get(cur)
        if names:
            return names.get(plural) or names.get("other") or cur
        return loc.currencies.get(cur, cur)
    sym = loc.currency_symbols.get(cur, cur)
    if cd == "narrowSymbol":
        narrow = loc._data.get("currency_symbols_narrow", {}).get(cur)
        if narrow:
            return narrow
        # CLDR's narrow symbols are the bare sign of the dollar-like symbols: "CA$" -> "$".
        stripped = re.sub(r"^[A-Z]{1,3}(?=[^A-Za-z])", "", sym)
        return stripped or sym
    return sym


def _unit_pattern(loc: Any, unit: str, width: str, plural: str) -> str:
    up = loc._data.get("unit_patterns", {})

    def find(u: str) -> Any:
        for key in up:
            if key.split("-", 1)[-1] == u:
                return up[key]
        return None

    entry = find(unit)
    if entry is not None:
        forms = entry.get(width) or entry.get("short")
        return forms.get(plural) or forms.get("other")
    if "-per-" in unit:
        num, den = unit.split("-per-")
        n_entry, d_entry = find(num), find(den)
        if n_entry is not None and d_entry is not None:
            n_forms = n_entry.get(width) or n_entry.get("short")
            num_pat = n_forms.get(plural) or n_forms.get("other")
            d_forms = d_entry.get(width) or d_entry.get("short")
            if d_forms.get("per"):
                return d_forms["per"].replace("{0}", num_pat)
            den_name = (d_forms.get("one") or d_forms.get("other")).replace("{0}", "").strip()
            comp = loc._data.get("compound_unit_patterns", {}).get("per", {}).get(width, {}).get("compound", "{0}/{1}")
            return comp.replace("{0}", num_pat).replace("{1}", den_name)
    return "{0} " + unit


def _compact_pattern(loc: Any, display: str, magnitude: int, plural: str, currency: bool) -> str | None:
    table = loc._data.get("compact_currency_formats" if currency else "compact_decimal_formats", {})
    forms = table.get(display) or table.get("short")
    if not forms:
        return None
    by_plural = forms.get(plural) or forms.get("other")
    if not by_plural:
        return None
    keys = sorted(by_plural.keys(), key=lambda k: len(k))
    best = None
    for k in keys:
        if len(k) - 1 <= magnitude:
            best = k
    if best is None:
        return None
    pat = by_plural[best]
    return pat.pattern if hasattr(pat, "pattern") else pat


def _compact_exponent(loc: Any, display: str, magnitude: int) -> int:
    pat = _compact_pattern(loc, display, magnitude, "other", False)
    if pat is None or pat == "0":
        return 0
    m = re.search(r"0+", pat)
    zeros = len(m.group(0)) if m else 1
    keys = sorted((forms_key for forms_key in (loc._data.get("compact_decimal_formats", {}).get(display)
                   or loc._data.get("compact_decimal_formats", {}).get("short") or {}).get("other", {})),
                  key=len)
    best = 0
    for k in keys:
        if len(k) - 1 <= magnitude:
            best = len(k) - 1
    return best - (zeros - 1)


# --- PartitionNumberPattern (sec-partitionnumberpattern) ------------------------------------------

def _group(ip: str, nf: JSNumberFormat, loc: Any, num_pattern: str, sep: str) -> list[tuple[str, str]]:
    primary, secondary = _grouping_sizes(num_pattern)
    ug = nf.use_grouping
    if ug is False or primary == 0:
        return [("integer", ip)]
    min_group = 1
    if ug == "min2":
        min_group = 2
    elif ug == "auto":
        min_group = _min_grouping_digits(nf.data_locale)
    if len(ip) < primary + min_group:
        return [("integer", ip)]
    groups = [ip[-primary:]]
    rest = ip[:-primary]
    while len(rest) > secondary:
        groups.insert(0, rest[-secondary:])
        rest = rest[:-secondary]
    if rest:
        groups.insert(0, rest)
    out: list[tuple[str, str]] = []
    for i, g in enumerate(groups):
        if i:
            out.append(("group", sep))
        out.append(("integer", g))
    return out


def partition_number_pattern(nf: JSNumberFormat, mv: IntlMV) -> list[tuple[str, str]]:
    """PartitionNumberPattern ( numberFormat, x ) (sec-partitionnumberpattern): (type, value) parts."""
    loc = babel_locale(nf.data_locale)
    syms = _symbols(nf.data_locale)
    negative = mv.negative
    exponent = 0
    compact_part: str | None = None
    digits = ""
    is_zero = True
    number_parts: list[tuple[str, str]]
    style = nf.style
    if style == "currency" and nf.currency_sign == "accounting":
        pattern = loc.currency_formats["accounting"].pattern
    elif style == "currency":
        pattern = loc.currency_formats["standard"].pattern
    elif style == "percent":
        pattern = loc.percent_formats[None].pattern
    else:
        pattern = loc.decimal_formats[None].pattern
    prefix, num_pattern, suffix = _split_pattern(pattern)
    decimal_pattern = _split_pattern(loc.decimal_formats[None].pattern)[1]
    plural_digits = "0"
    if mv.kind == "nan":
        number_parts = [("nan", syms.get("nan", "NaN"))]
        is_zero = False
        plural_digits = "NaN"
    elif mv.kind == "inf":
        number_parts = [("infinity", syms.get("infinity", "∞"))]
        is_zero = False
        plural_digits = "Infinity"
    else:
        x = mv.value
        if style == "percent":
            x = x * 100
        if nf.notation in ("scientific", "engineering", "compact") and x:
            mag = _magnitude(x)
            exponent = _exponent_for(nf, loc, mag)
            r, _ = format_numeric_to_string(nf, x.scaleb(-exponent), negative)
            if r and _magnitude(r) + exponent > mag:
                mag += 1
                exponent = _exponent_for(nf, loc, mag)
            r, digits = format_numeric_to_string(nf, x.scaleb(-exponent), negative)
        else:
            mag = _magnitude(x)
            r, digits = format_numeric_to_string(nf, x, negative)
        is_zero = not r
        plural_digits = digits
        if "." in digits:
            ip, fp = digits.split(".")
        else:
            ip, fp = digits, ""
        number_parts = _group(ip, nf, loc, decimal_pattern if style == "unit" else num_pattern, syms.get("group", ","))
        if fp:
            number_parts += [("decimal", syms.get("decimal", ".")), ("fraction", fp)]
        if nf.notation in ("scientific", "engineering"):
            number_parts.append(("exponentSeparator", syms.get("exponential", "E")))
            if exponent < 0:
                number_parts.append(("exponentMinusSign", syms.get("minusSign", "-")))
            number_parts.append(("exponentInteger", str(abs(exponent))))
        elif nf.notation == "compact" and exponent:
            plural = plural_category(nf.data_locale, digits)
            cpat = _compact_pattern(loc, nf.compact_display or "short", mag, plural, False)
            if cpat and cpat != "0":
                compact_part = cpat
    # the sign (sec-partitionnumberpattern step: signDisplay)
    sd = nf.sign_display
    if sd == "never":
        sign = ""
    elif sd == "auto":
        sign = "-" if negative else ""
    elif sd == "always":
        sign = "-" if negative else "+"
    elif sd == "exceptZero":
        sign = "" if is_zero or mv.kind == "nan" else ("-" if negative else "+")
    else:  # negative
        sign = "-" if negative and not is_zero else ""
    accounting_neg = sign == "-" and style == "currency" and nf.currency_sign == "accounting" and ";" in pattern
    if accounting_neg:
        neg_pat = pattern.split(";")[1]
        prefix, _, suffix = _split_pattern(neg_pat)
    # compact affixes: "0K", "0 thousand"
    if compact_part is not None:
        m = re.search(r"0+", compact_part)
        assert m is not None
        cpre, csuf = _unquote(compact_part[:m.start()]), _unquote(compact_part[m.end():])
        if cpre.strip():
            number_parts = _affix_parts(cpre, "compact") + number_parts
        if csuf:
            number_parts = number_parts + _affix_parts(csuf, "compact")
    parts: list[tuple[str, str]] = []
    if style == "currency" and nf.currency_display == "name":
        plural = plural_category(nf.data_locale, plural_digits)
        name = _currency_symbol(nf, loc, plural)
        upat = loc._data.get("currency_unit_patterns", {})
        cpat = upat.get(plural) or upat.get("other") or "{0} {1}"
        sign_parts = _sign_parts(sign, syms)
        return _fill(cpat, {"0": sign_parts + number_parts, "1": [("currency", name)]})
    if style == "unit":
        plural = plural_category(nf.data_locale, plural_digits)
        upat = _unit_pattern(loc, nf.unit or "", nf.unit_display or "short", plural)
        sign_parts = _sign_parts(sign, syms)
        return _fill(upat, {"0": sign_parts + number_parts}, "unit")
    # prefix and suffix of the pattern, with "-" standing for the sign
    pre = _pattern_affix(prefix, nf, loc, syms, plural_digits)
    suf = _pattern_affix(suffix, nf, loc, syms, plural_digits)
    if style == "currency":
        # currency spacing (CLDR currencySpacing): a letter next to the digits gets a no-break space
        digit_next = bool(number_parts) and number_parts[0][0] == "integer"
        digit_prev = bool(number_parts) and number_parts[-1][0] in ("integer", "fraction")
        if pre and pre[-1][0] == "currency" and not _is_symbol_char(pre[-1][1][-1]) and digit_next:
            pre.append(("literal", "\u00a0"))
        if suf and suf[0][0] == "currency" and not _is_symbol_char(suf[0][1][0]) and digit_prev:
            suf.insert(0, ("literal", "\u00a0"))
    if not accounting_neg and sign:
        parts.extend(_sign_parts(sign, syms))
    parts.extend(pre)
    parts.extend(number_parts)
    parts.extend(suf)
    return parts


def _exponent_for(nf: JSNumberFormat, loc: Any, mag: int) -> int:
    """ComputeExponentForMagnitude ( numberFormat, magnitude ) (sec-computeexponentformagnitude)."""
    if nf.notation == "scientific":
        return mag
    if nf.notation == "engineering":
        return (mag // 3) * 3
    if mag < 3:
        return 0
    return _compact_exponent(loc, nf.compact_display or "short", mag)


def _is_symbol_char(ch: str) -> bool:
    import unicodedata
    return unicodedata.category(ch).startswith("S")


def _sign_parts(sign: str, syms: dict[str, str]) -> list[tuple[str, str]]:
    if sign == "-":
        return [("minusSign", syms.get("minusSign", "-"))]
    if sign == "+":
        return [("plusSign", syms.get("plusSign", "+"))]
    return []


def _unquote(text: str) -> str:
    """A CLDR pattern's literal text: quoted characters as they are (``'.'`` is ``.``), ``''`` a
    quote."""
    if "'" not in text:
        return text
    return re.sub(r"'('?)", lambda m: m.group(1), text)


def _affix_parts(text: str, kind: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    if lead:
        out.append(("literal", text[:lead]))
    core = text.strip()
    if core:
        out.append((kind, core))
    if trail and core:
        out.append(("literal", text[len(text) - trail:]))
    return out


def _pattern_affix(text: str, nf: JSNumberFormat, loc: Any, syms: dict[str, str], digits: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    lit = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "'":
            j = text.find("'", i + 1)
            lit += text[i + 1:j] if j > i else text[i + 1:]
            i = j + 1 if j > i else len(text)
            continue
        kind = {"%": "percentSign", "¤": "currency", "-": "minusSign", "+": "plusSign"}.get(ch)
        if kind is None:
            lit += ch
            i += 1
            continue
        if lit:
            out.append(("literal", lit))
            lit = ""
        if kind == "currency":
            out.append(("currency", _currency_symbol(nf, loc, plural_category(nf.data_locale, digits))))
        elif kind == "percentSign":
            out.append((kind, syms.get("percentSign", "%")))
        else:
            out.append((kind, syms.get(kind, ch)))
        i += 1
    if lit:
        out.append(("literal", lit))
    return out


def _fill(pattern: str, slots: dict[str, list[tuple[str, str]]], lit_kind: str = "literal") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for piece in re.split(r"(\{[0-9]\})", pattern):
        if not piece:
            continue
        if piece[0] == "{" and piece[1:-1] in slots:
            out.extend(slots[piece[1:-1]])
        elif lit_kind == "unit":
            out.extend(_affix_parts(piece, "unit") if piece.strip() else [("literal", piece)])
        else:
            out.append((lit_kind, piece))
    return out


def format_numeric(nf: JSNumberFormat, mv: IntlMV) -> str:
    """FormatNumeric ( numberFormat, x ) (sec-formatnumber)."""
    return "".join(v for _, v in partition_number_pattern(nf, mv))


def _parts_array(parts: list[tuple[str, str]], realm: "Realm", source: str | None = None) -> JSObject:
    return parts_array(realm, [[("type", t), ("value", v), ("source", source)] for t, v in parts])


def unwrap_number_format(realm: "Realm", nf: Any, method: str) -> JSNumberFormat:
    """UnwrapNumberFormat ( nf ) (sec-unwrapnumberformat)."""
    if not isinstance(nf, JSObject):
        throw_type_error(f"Method Intl.NumberFormat.prototype.{method} called on incompatible receiver {nf!r}"
                         if not isinstance(nf, str) else f"Method Intl.NumberFormat.prototype.{method} called on "
                         "incompatible receiver")
    if not isinstance(nf, JSNumberFormat):
        if ordinary_has_instance(realm.intrinsics["%Intl.NumberFormat%"], nf):
            inner = get(nf, realm.intrinsics["%Intl.FallbackSymbol%"])
            if isinstance(inner, JSNumberFormat):
                return inner
        throw_type_error(f"Method Intl.NumberFormat.prototype.{method} called on incompatible receiver")
    return nf


# --- Intl.NumberFormat.prototype ------------------------------------------------------------------

def _format_getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Intl.NumberFormat.prototype.format (sec-intl.numberformat.prototype.format)."""
    nf = unwrap_number_format(realm, this, "format")
    if nf.bound_format is None:
        def bound(r: "Realm", t: Any, a: list[Any], n: Any) -> Any:
            """Number Format Functions (sec-number-format-functions)."""
            return format_numeric(nf, to_intl_mathematical_value(argument(a, 0)))
        nf.bound_format = BuiltinFunction(realm, bound, "", 1)
    return nf.bound_format


proto.accessor("format", _format_getter, None)


@proto.method("formatToParts", 1)
def nf_format_to_parts(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.NumberFormat.prototype.formatToParts ( value ) (sec-intl.numberformat.prototype.formattoparts)."""
    if not isinstance(this, JSNumberFormat):
        throw_type_error("Method Intl.NumberFormat.prototype.formatToParts called on incompatible receiver")
    mv = to_intl_mathematical_value(argument(args, 0))
    return _parts_array(partition_number_pattern(this, mv), realm)


def _range_args(this: Any, args: list[Any], method: str) -> tuple[JSNumberFormat, IntlMV, IntlMV]:
    if not isinstance(this, JSNumberFormat):
        throw_type_error(f"Method Intl.NumberFormat.prototype.{method} called on incompatible receiver")
    start, end = argument(args, 0), argument(args, 1)
    if start is None or end is None:
        throw_type_error("start or end is undefined")
    x = to_intl_mathematical_value(start)
    y = to_intl_mathematical_value(end)
    if x.kind == "nan" or y.kind == "nan":
        throw_range_error("Invalid number value: NaN")
    return this, x, y


def _range_parts(nf: JSNumberFormat, x: IntlMV, y: IntlMV) -> list[tuple[str, str, str]]:
    """PartitionNumberRangePattern (sec-partitionnumberrangepattern)."""
    xp = partition_number_pattern(nf, x)
    yp = partition_number_pattern(nf, y)
    if xp == yp:
        sign = _symbols(nf.data_locale).get("approximatelySign", "~")
        return [("approximatelySign", sign, "shared")] + [(t, v, "shared") for t, v in xp]
    if nf.style == "unit":
        # ICU collapses an identical unit: "3–5 m"
        def tail(parts: list[tuple[str, str]]) -> int:
            i = len(parts)
            while i > 0 and parts[i - 1][0] in ("unit", "literal"):
                i -= 1
            return i
        i, j = tail(xp), tail(yp)
        if i < len(xp) and xp[i:] == yp[j:]:
            xp = xp[:i]
    # ICU's range pattern: "{0}–{1}", spaced when a symbol or letters stand next to the dash
    left = "".join(v for _, v in xp)[-1:]
    right = "".join(v for _, v in yp)[:1]
    dash = "–" if left.isdigit() and right.isdigit() else " – "
    return [(t, v, "startRange") for t, v in xp] + [("literal", dash, "shared")] + [(t, v, "endRange") for t, v in yp]


@proto.method("formatRange", 2)
def nf_format_range(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.NumberFormat.prototype.formatRange ( start, end ) (sec-intl.numberformat.prototype.formatrange)."""
    nf, x, y = _range_args(this, args, "formatRange")
    return "".join(v for _, v, _ in _range_parts(nf, x, y))


@proto.method("formatRangeToParts", 2)
def nf_format_range_to_parts(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.NumberFormat.prototype.formatRangeToParts ( start, end )
    (sec-intl.numberformat.prototype.formatrangetoparts)."""
    nf, x, y = _range_args(this, args, "formatRangeToParts")
    out = []
    for t, v, s in _range_parts(nf, x, y):
        o = JSObject(realm.object_prototype)
        create_data_property_or_throw(o, "type", t)
        create_data_property_or_throw(o, "value", v)
        create_data_property_or_throw(o, "source", s)
        out.append(o)
    return create_array_from_list(out)


@proto.method("resolvedOptions", 0)
def nf_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.NumberFormat.prototype.resolvedOptions ( ) (sec-intl.numberformat.prototype.resolvedoptions)."""
    nf = unwrap_number_format(realm, this, "resolvedOptions")
    fields: list[tuple[str, Any]] = [
        ("locale", nf.locale), ("numberingSystem", nf.numbering_system), ("style", nf.style),
        ("currency", nf.currency), ("currencyDisplay", nf.currency_display), ("currencySign", nf.currency_sign),
        ("unit", nf.unit), ("unitDisplay", nf.unit_display),
    ]
    fields += digit_option_fields(nf)
    fields += [("useGrouping", nf.use_grouping), ("notation", nf.notation), ("compactDisplay", nf.compact_display),
               ("signDisplay", nf.sign_display), ("roundingIncrement", nf.rounding_increment),
               ("roundingMode", nf.rounding_mode), ("roundingPriority", nf.rounding_priority),
               ("trailingZeroDisplay", nf.trailing_zero_display)]
    return options_object(realm, fields)


@ctor_table.method("supportedLocalesOf", 1)
def nf_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.NumberFormat.supportedLocalesOf ( locales [ , options ] ) (sec-intl.numberformat.supportedlocalesof)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


# NON-SPEC: the NumberFormat toLocaleString makes for no options and no locales or one locale
# string, by that string: the same each time (making it runs no JS), made once. Only its
# settings are read (FormatNumeric): JS never sees it.
_LOCALE_STRING_FORMATS: dict[Any, JSNumberFormat] = {}
_LOCALE_STRING_FORMATS_MAX = 64


def format_number_for_locale_string(x: Any, locales: Any, options: Any) -> str:
    """Number.prototype.toLocaleString / BigInt.prototype.toLocaleString with Intl
    (sec-number.prototype.tolocalestring in ECMA-402)."""
    mv = mv_from_number(x) if isinstance(x, float) else to_intl_mathematical_value(x)
    if options is None and (locales is None or type(locales) is str):
        nf = _LOCALE_STRING_FORMATS.get(locales)
        if nf is None:
            nf = initialize_number_format(JSNumberFormat(None), locales, None)
            if len(_LOCALE_STRING_FORMATS) >= _LOCALE_STRING_FORMATS_MAX:
                _LOCALE_STRING_FORMATS.clear()
            _LOCALE_STRING_FORMATS[locales] = nf
        return format_numeric(nf, mv)
    realm = current_realm()
    nf = JSNumberFormat(realm.intrinsics["%Intl.NumberFormat.prototype%"])
    initialize_number_format(nf, locales, options)
    return format_numeric(nf, mv)


INTL_HOOKS["format_number"] = format_number_for_locale_string


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.NumberFormat.prototype%"] = p
    ctor = make_constructor(realm, number_format_constructor, "NumberFormat", 0, p)
    realm.intrinsics["%Intl.NumberFormat%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.NumberFormat", C)
    intl.define_builtin("NumberFormat", ctor)
