"""Intl: constructors, options validation and the toLocale* methods built on them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pyjsvm.api import vm
from pyjsvm.errors import JSError


def run(src: str) -> object:
    return vm.run_in_new_context(src)


def test_intl_object_shape() -> None:
    assert run("Object.prototype.toString.call(Intl)") == "[object Intl]"
    assert run("typeof Intl.NumberFormat + typeof Intl.DateTimeFormat + typeof Intl.Collator + typeof Intl.PluralRules") \
        == "function" * 4
    assert run("Object.prototype.toString.call(new Intl.NumberFormat())") == "[object Intl.NumberFormat]"
    assert run("typeof Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format').get") == "function"
    with pytest.raises(JSError, match="TypeError"):
        run("Intl.NumberFormat.prototype.format")


@pytest.mark.parametrize("src,kind", [
    ("new Intl.NumberFormat('en', {style: 'currency'})", "TypeError"),
    ("new Intl.NumberFormat('en', {style: 'bogus'})", "RangeError"),
    ("new Intl.NumberFormat('en', {maximumFractionDigits: 101})", "RangeError"),
    ("new Intl.NumberFormat('en', {minimumFractionDigits: 3, maximumFractionDigits: 1})", "RangeError"),
    ("new Intl.NumberFormat('en', {style: 'unit', unit: 'furlong'})", "RangeError"),
    ("new Intl.NumberFormat('not a tag!')", "RangeError"),
    ("new Intl.DateTimeFormat('en', {timeZone: 'Mars/Olympus'})", "RangeError"),
    ("new Intl.DateTimeFormat('en', {dateStyle: 'long', hour: 'numeric'})", "TypeError"),
    ("new Date(0).toLocaleDateString('en', {timeStyle: 'short'})", "TypeError"),
    ("new Intl.DateTimeFormat('en').format(8.64e15 + 1)", "RangeError"),
    ("Intl.getCanonicalLocales(['en', 5])", "TypeError"),
    ("Intl.PluralRules()", "TypeError"),
    ("new Intl.NumberFormat().formatRange(NaN, 1)", "RangeError"),
])
def test_bad_options_throw_js_errors(src: str, kind: str) -> None:
    with pytest.raises(JSError) as e:
        run(src)
    assert kind in str(e.value)


def test_locale_resolution() -> None:
    assert run("Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw', 'de-u-kn-true-ca-gregory']).join()") \
        == "en-US,zh-Hant-TW,de-u-ca-gregory-kn"
    assert run("new Intl.NumberFormat('en-US-u-nu-latn').resolvedOptions().locale") == "en-US-u-nu-latn"
    assert run("new Intl.Collator('en-u-kn').resolvedOptions().numeric") is True
    assert run("new Intl.NumberFormat('xx-YY').resolvedOptions().locale") == "en-US"
    assert run("new Intl.NumberFormat('de-DE').format(1234567.891)") == "1.234.567,891"
    assert run("new Intl.NumberFormat('fr').resolvedOptions().locale") == "fr"


def test_to_locale_methods_use_intl() -> None:
    assert run("(1234.5).toLocaleString('de-DE', {style: 'currency', currency: 'EUR'})") == "1.234,50\u00a0€"
    assert run("(12345678901234567890n).toLocaleString('en-US')") == "12,345,678,901,234,567,890"
    assert run("new Date(Date.UTC(2024, 0, 2, 3, 4, 5)).toLocaleString('en-US', {timeZone: 'UTC'})") \
        == "1/2/2024, 3:04:05 AM"
    assert run("new Date(NaN).toLocaleString()") == "Invalid Date"
    assert run("['b', 'a', 'C', 'á'].sort((x, y) => x.localeCompare(y)).join()") == "a,á,b,C"
    assert run("'a'.localeCompare('A', 'en', {sensitivity: 'base'})") == 0


def test_bound_format_is_cached_and_usable_unbound() -> None:
    assert run("const nf = new Intl.NumberFormat(); nf.format === nf.format") is True
    assert run("[1000, 2000].map(new Intl.NumberFormat('en').format).join(' ')") == "1,000 2,000"
    assert run("['b','a'].sort(new Intl.Collator().compare).join()") == "a,b"


def test_bigints_longer_than_the_decimal_precision_format_exactly() -> None:
    """A BigInt of more than 1,000 digits kept every digit (a decimal.InvalidOperation escaped from
    rounding, or the digits past 1,000 were lost); the values are node 20's."""
    src = ("[(10n**1500n + 3n).toLocaleString().slice(-6), (10n**5000n).toLocaleString().length,"
           " (10n**1500n + 3n).toLocaleString('en', {roundingIncrement: 5, maximumFractionDigits: 0}).slice(-6),"
           " (-(7n**3000n)).toLocaleString('en-US').slice(0, 12)].join('|')")
    assert vm.run_in_new_context(src) == "00,003|6667|00,005|-1,968,430,3"


# Intl.DurationFormat: node 20 has none, so these are checked against ECMA-402's algorithms as
# test262's intl402/DurationFormat states them for en (the test262 run covers the rest).
@pytest.mark.parametrize("options,duration,expected", [
    ("{style: 'long'}", "{years: 1, months: 2, days: 4, hours: 5, seconds: 7}",
     "1 year, 2 months, 4 days, 5 hours, 7 seconds"),
    ("{style: 'narrow'}", "{hours: 1, minutes: 2, milliseconds: 3}", "1h 2m 3ms"),
    ("{style: 'digital'}", "{hours: 1, minutes: 22, seconds: 33, milliseconds: 111, microseconds: 222, nanoseconds: 333}",
     "1:22:33.111222333"),
    ("{style: 'digital', fractionalDigits: 3}", "{hours: 1, minutes: 22, seconds: 33, milliseconds: 111, "
     "microseconds: 999}", "1:22:33.111"),
    ("{}", "{hours: -1, minutes: -2}", "-1 hr, 2 min"),
    ("{style: 'digital'}", "{days: 2, minutes: 5}", "2 days, 0:05:00"),
    ("{}", "'PT1H30M'", "1 hr, 30 min"),
])
def test_duration_format(options: str, duration: str, expected: str) -> None:
    assert run(f"new Intl.DurationFormat('en', {options}).format({duration})") == expected


@pytest.mark.parametrize("src,kind", [
    ("Intl.DurationFormat()", "TypeError"),
    ("new Intl.DurationFormat('en').format({})", "TypeError"),
    ("new Intl.DurationFormat('en').format(5)", "TypeError"),
    ("new Intl.DurationFormat('en').format({hours: 1.5})", "RangeError"),
    ("new Intl.DurationFormat('en').format({hours: 1, minutes: -1})", "RangeError"),
    ("new Intl.DurationFormat('en', {style: 'bogus'})", "RangeError"),
    ("new Intl.DurationFormat('en', {hours: 'numeric', minutes: 'long'})", "RangeError"),
    ("new Intl.DurationFormat('en', {milliseconds: 'numeric', millisecondsDisplay: 'always'})", "RangeError"),
    ("new Intl.DurationFormat('en', {fractionalDigits: 10})", "RangeError"),
])
def test_duration_format_errors(src: str, kind: str) -> None:
    with pytest.raises(JSError, match=kind):
        run(src)


def test_numeric_collation_of_long_digit_runs() -> None:
    # a run of more than 4,300 digits: int() of it raised Python's ValueError (the int/str digit limit)
    assert run('"1".repeat(5000).localeCompare("2", undefined, {numeric: true})') == 1
    assert run('new Intl.Collator("en", {numeric: true}).compare("9".repeat(4400), "1" + "0".repeat(4400))') == -1
    assert run('new Intl.Collator("en", {numeric: true}).compare("x" + "7".repeat(5000), "x" + "7".repeat(5000) + "0")') == -1


def test_collation_of_long_strings_is_linear_and_interruptible() -> None:
    # pyuca slices its key at every collation element: 200,000 characters took a minute, past
    # any timeout; the text is now given to it in pieces (same elements: contractions and
    # combining marks never straddle a cut)
    import time
    t0 = time.monotonic()
    assert run('"a,".repeat(100000).localeCompare("b")') == -1
    assert time.monotonic() - t0 < 20
    with pytest.raises(JSError) as e:
        vm.run_in_new_context('"a,".repeat(3000000).localeCompare("b")', timeout=200)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    # a contraction (l + middle dot, Catalan) and combining marks past a cut still collate as one
    text = "l\u00b7" * 300 + "e\u0301" * 300
    assert run(f'"{text}".localeCompare("{text}" + "a")') == -1
    # a long run of combining marks is cut between two marks of one class (11 s before)
    t0 = time.monotonic()
    assert run("'\\u0300'.repeat(100000).localeCompare('a')") == -1
    assert time.monotonic() - t0 < 10


def test_canonicalize_locale_list_obeys_the_timeout() -> None:
    # CanonicalizeLocaleList over {length: 2**53 - 1} looped without a budget check
    for src in ('Intl.getCanonicalLocales({length: 2**53 - 1})', 'Intl.Collator.supportedLocalesOf({length: 1e15})',
                'new Intl.DateTimeFormat({length: 2**53 - 1})'):
        with pytest.raises(JSError) as e:
            vm.run_in_new_context(src, timeout=200)
        assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


@pytest.mark.parametrize("src, expected", [
    ("new Intl.NumberFormat('en').format('1e' + '9'.repeat(100))", "∞"),       # decimal.Overflow escaped
    ("new Intl.NumberFormat('en').format('-1e' + '9'.repeat(100))", "-∞"),
    ("new Intl.NumberFormat('en').format('1e99999999999999')", "∞"),           # MemoryError escaped
    ("new Intl.NumberFormat('en', {notation: 'scientific'}).format('1e99999999999999')", "∞"),  # InvalidOperation
    ("new Intl.NumberFormat('en').format('1e999999999')", "∞"),                # formatted digit by digit: a hang
    ("new Intl.NumberFormat('en', {notation: 'compact'}).format('-1e999999')", "-∞"),
    ("new Intl.NumberFormat('en').format('1e309')", "∞"),
    ("new Intl.NumberFormat('en').format('-1e-' + '9'.repeat(100))", "-0"),
    ("new Intl.NumberFormat('en', {maximumFractionDigits: 20}).format('0.' + '1'.repeat(50))", "0.11111111111111111111"),
])
def test_strings_past_the_number_range_format_as_infinity_or_zero(src: str, expected: str) -> None:
    # ToIntlMathematicalValue step 9: a string whose RoundMVResult is an infinity or a zero is
    # that infinity or zero (as node prints them)
    assert run(src) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_collation_elements_are_the_tables(text: str) -> None:
    # NON-SPEC fast path: an ASCII text's elements from a per-character table (no contraction of
    # the table is all ASCII); pyuca's own walk of the text gives the same
    from pyjsvm.intrinsics.intl import collator
    assert collator._collation_elements(text) == list(collator._uca().collation_elements(text))


def test_locale_compare_without_options_is_the_default_collators() -> None:
    # (localeCompare with no locales and no options reuses one default collator)
    words = ["b", "a", "C", "á", "a-b", "ab", "A", "10", "9", "", " x", "Z", "é", "e", "ß", "ss", "a\u0301", "l\u00b7l"]
    src = ("var w = %r; var out = []; for (var x of w) for (var y of w)"
           " out.push(x.localeCompare(y) === new Intl.Collator().compare(x, y) &&"
           " x.localeCompare(y) === x.localeCompare(y, 'en-US', {})); out.every(Boolean) + ':' +"
           " w.slice().sort((p, q) => p.localeCompare(q)).join('|')") % words
    ok, order = run(src).split(":")
    assert ok == "true"
    assert order == "| x|10|9|a|A|á|a\u0301|a-b|ab|b|C|e|é|l\u00b7l|ss|ß|Z"


def test_to_locale_strings_without_options_reuse_their_formats() -> None:
    # (toLocaleString with no options and no locales or one locale string reuses one
    # NumberFormat / DateTimeFormat per locale: the same text as a fresh Intl object's)
    src = """var out = [], d = new Date(Date.UTC(2021, 2, 4, 5, 6, 7));
      for (var r = 0; r < 3; r++) for (var l of [undefined, 'en-US', 'de-DE', 'en-GB', 'ja']) {
        out.push((1234567.891).toLocaleString(l) === new Intl.NumberFormat(l).format(1234567.891),
                 12345678901234567890n.toLocaleString(l) === new Intl.NumberFormat(l).format(12345678901234567890n),
                 d.toLocaleString(l) === new Intl.DateTimeFormat(l, {year: 'numeric', month: 'numeric', day: 'numeric',
                   hour: 'numeric', minute: 'numeric', second: 'numeric'}).format(d),
                 d.toLocaleDateString(l) === new Intl.DateTimeFormat(l).format(d)); }
      out.every(Boolean) + '|' + (0.5).toLocaleString('en', {style: 'percent'}) + '|' + (0.5).toLocaleString('en')"""
    assert run(src) == "true|50%|0.5"
    with pytest.raises(JSError):
        run("(1).toLocaleString('not a locale!')")
    with pytest.raises(JSError):
        run("new Date(0).toLocaleString('not a locale!')")


def test_a_skeletons_own_width_keeps_the_patterns() -> None:
    # ICU's adjustFieldTypes: a field asked as wide as the matched skeleton names it keeps the
    # pattern's width (en-GB's yMd is dd/MM/y, not d/M/y)
    assert run("new Date(0).toLocaleString('en-GB', {timeZone: 'UTC'})") == "01/01/1970, 00:00:00"
    assert run("new Date(0).toLocaleDateString('en-GB', {timeZone: 'UTC'})") == "01/01/1970"
    assert run("new Date(0).toLocaleDateString('en-US', {timeZone: 'UTC'})") == "1/1/1970"
    assert run("new Date(0).toLocaleDateString('en-GB', {timeZone: 'UTC', month: 'numeric', day: 'numeric'})") == "01/01"
