"""The string built-ins whose result may be longer than their input (case mappings,
normalization) refuse a result past the longest string with a RangeError, as node does
('Invalid string length'), on short strings and on the long ones they map in pieces."""
from __future__ import annotations

import pytest

from pyjsvm.runtime.operators import STRING_PIECE as _PIECE
from tests.helpers import lower_string_limit, value_or_error_name

LIMIT = 3 * _PIECE


@pytest.fixture
def low_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    lower_string_limit(monkeypatch, LIMIT)


run = value_or_error_name


@pytest.mark.parametrize("text, call, factor", [
    ("\\u00df", "toUpperCase()", 2),                  # ß -> SS
    ("\\ufb03", "toUpperCase()", 3),                  # ffi ligature -> FFI
    ("\\u0130", "toLowerCase()", 2),                  # I with dot -> i + combining dot
    ("\\u00df", "toLocaleUpperCase('lt')", 2),
    ("\\u00cc", "toLocaleLowerCase('lt')", 3),        # Lithuanian: i, dot above, grave
    ("\\u00e9", "normalize('NFD')", 2),
    ("\\ufdfa", "normalize('NFKD')", 18),
    ("\\ufdfa", "normalize('NFKC')", 18),
])
def test_a_result_past_the_longest_string_is_a_range_error(low_limit: None, text: str, call: str, factor: int) -> None:
    fits = LIMIT // factor
    assert run(f"'{text}'.repeat({fits}).{call}.length") == fits * factor
    assert run(f"'{text}'.repeat({fits + 1}).{call}.length") == "RangeError"
    # long enough to be mapped in pieces
    assert run(f"'{text}'.repeat({LIMIT}).{call}.length") == "RangeError"


def test_the_language_mappings_that_shrink_still_work(low_limit: None) -> None:
    assert run(f"'\\u0130'.repeat({LIMIT}).toLocaleLowerCase('tr').length") == LIMIT
    assert run(f"'a\\u0307'.repeat({LIMIT // 2}).normalize('NFC').length") == LIMIT // 2


# the closure tier (a function's first calls), and emitted Python (a function called past
# TIER_UP_CALLS times)
@pytest.mark.parametrize("wrap", ["(function (s) {{ return {} }})(s)",
                                  "var f = function (s) {{ return {} }}; for (var i = 0; i < 2 * TIER_UP_CALLS; i++) f(''); f(s)"],
                         ids=["closure_tier", "emitted"])
def test_a_template_literal_past_the_longest_string_is_a_range_error(low_limit: None, wrap: str) -> None:
    from pyjsvm.compiler.emit import TIER_UP_CALLS
    wrap = wrap.replace("TIER_UP_CALLS", str(TIER_UP_CALLS))
    half = f"var s = 'x'.repeat({LIMIT // 2}); "
    assert run(half + wrap.format("`${s}${s}`.length")) == LIMIT
    assert run(half + wrap.format("`${s}-${s}`.length")) == "RangeError"
    assert run(half + wrap.format("`${s}${s}${1}`.length")) == "RangeError"
    # a template of many parts is one call in emitted Python
    many = "`" + "${s.slice(0, 9)}-" * 40 + "${s}${s}`"
    assert run(half + wrap.format(many + ".length")) == "RangeError"
    assert run(half + wrap.format("`a${1}b${'c'}${{ toString() { return 'd' } }}` + `` + `x`")) == "a1bcdx"


def test_get_substitution_measures_its_pieces(low_limit: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # each $' is a copy of the subject's tail: the RangeError comes as the pieces pass the limit,
    # not after all of them were made
    import pyjsvm.intrinsics.string as string_module
    made: list[int] = []
    real = string_module.check_string_length

    def measured(n: int) -> None:
        made.append(n)
        real(n)
    monkeypatch.setattr(string_module, "check_string_length", measured)
    assert run(f"'a'.repeat({LIMIT // 4}).replace('a', \"$'\".repeat(100)).length") == "RangeError"
    assert made and max(made) < LIMIT + LIMIT // 4
    assert run("'abc'.replace(/(b)/, '[$1$&$`$\\'$$$<x>]') + 'abc'.replace(/(?<x>b)/, '[$<x>]')") == "a[bbac$$<x>]ca[b]c"


def test_json_stringify_measures_its_text_as_it_grows(low_limit: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyjsvm.intrinsics.json as json_module
    monkeypatch.setattr(json_module, "MAX_STRING_LENGTH", LIMIT)
    quoted: list[int] = []
    real = json_module.quote_json_string

    def counting(value: str) -> str:
        if len(value) > 1000:
            quoted.append(len(value))
        return real(value)
    monkeypatch.setattr(json_module, "quote_json_string", counting)
    s = f"var s = 'x'.repeat({LIMIT // 4}); "
    for call in ("JSON.stringify(new Array(40).fill(s))", "JSON.stringify(new Array(40).fill(s), null, 1)",
                 "JSON.stringify(Object.fromEntries(Array.from({length: 40}, (_, i) => ['k' + i, s])))"):
        quoted.clear()
        assert run(s + call + ".length") == "RangeError"
        assert len(quoted) <= 5, (call, len(quoted))   # not all forty copies first
    assert run(f"JSON.stringify(new Array(3).fill('x'.repeat({LIMIT // 4}))).length") == 3 * (LIMIT // 4 + 2) + 4


@pytest.mark.parametrize("src", [
    "var e = new Error(s); e.name = s; String(e)",
    "Object.prototype.toString.call({[Symbol.toStringTag]: s + s.slice(1)})",
    "RegExp.prototype.toString.call({source: s, flags: s})",
])
def test_built_in_strings_past_the_longest_string_are_range_errors(low_limit: None, src: str) -> None:
    # each piece fits, the whole does not: node's RangeError, not a string past the limit
    assert run(f"var s = 'x'.repeat({LIMIT // 2}); " + src + ".length") == "RangeError"
    assert run("var s = 'x'; " + src + ".length") in (4, 10)
