"""NON-SPEC: character sets for the RegExp engine (CharSet of sec-charset), as sorted lists of
disjoint inclusive code point ranges, plus the case-folding tables used by Canonicalize
(sec-runtime-semantics-canonicalize-ch) and the Unicode property tables of \\p{...}
(sec-runtimesemantics-unicodematchproperty-p), decoded lazily from the generated
``unicode_data`` (Unicode 17; see gen_unicode.py). Python's ``unicodedata`` is not used: its
Unicode version is not the one JS expects.
"""
from __future__ import annotations

import bisect
from typing import Callable

from pyjsvm.regexp import unicode_data as ud

Ranges = list[tuple[int, int]]

MAX_CP = 0x10FFFF


def normalize(ranges: Ranges) -> Ranges:
    """Sort and merge overlapping or adjacent ranges."""
    if not ranges:
        return []
    rs = sorted(ranges)
    out: Ranges = [rs[0]]
    for lo, hi in rs[1:]:
        plo, phi = out[-1]
        if lo <= phi + 1:
            if hi > phi:
                out[-1] = (plo, hi)
        else:
            out.append((lo, hi))
    return out


def union(a: Ranges, b: Ranges) -> Ranges:
    return normalize(a + b)


def complement(a: Ranges, max_cp: int = MAX_CP) -> Ranges:
    out: Ranges = []
    nxt = 0
    for lo, hi in a:
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= max_cp:
        out.append((nxt, max_cp))
    return out


def intersect(a: Ranges, b: Ranges) -> Ranges:
    out: Ranges = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def subtract(a: Ranges, b: Ranges) -> Ranges:
    return intersect(a, complement(b))


def size(a: Ranges) -> int:
    return sum(hi - lo + 1 for lo, hi in a)


def contains(a: Ranges, c: int) -> bool:
    for lo, hi in a:
        if lo <= c <= hi:
            return True
    return False


def make_test(a: Ranges) -> Callable[[int], bool]:
    """A fast membership test on code point ints."""
    if not a:
        return lambda c: False
    if len(a) == 1:
        lo, hi = a[0]
        if lo == hi:
            return lambda c: c == lo
        return lambda c: lo <= c <= hi
    if size(a) <= 512:
        fs = frozenset(c for lo, hi in a for c in range(lo, hi + 1))
        return fs.__contains__
    starts = [lo for lo, _ in a]
    ends = [hi for _, hi in a]
    br = bisect.bisect_right

    def test(c: int) -> bool:
        i = br(starts, c) - 1
        return i >= 0 and c <= ends[i]
    return test


# --- tables ------------------------------------------------------------------------------------

def decode_ranges(text: str) -> Ranges:
    """Decode a range list of ``unicode_data`` (the base-36 gaps between successive bounds)."""
    out: Ranges = []
    prev = 0
    it = iter(text.split())
    for a in it:
        lo = prev + int(a, 36)
        hi = lo + int(next(it), 36)
        out.append((lo, hi))
        prev = hi
    return out


def decode_map(text: str) -> dict[int, int]:
    """Decode a code point mapping of ``unicode_data`` (base-36 gap ':' base-36 delta)."""
    out: dict[int, int] = {}
    prev = 0
    for part in text.split():
        a, _, b = part.partition(":")
        k = prev + int(a, 36)
        out[k] = k + int(b, 36)
        prev = k
    return out


_MAPS: dict[str, dict[int, int]] = {}


def _table_map(name: str) -> dict[int, int]:
    m = _MAPS.get(name)
    if m is None:
        m = decode_map(getattr(ud, name))
        _MAPS[name] = m
    return m


# --- predefined sets --------------------------------------------------------------------------

DIGITS: Ranges = [(0x30, 0x39)]
WORD: Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
# WhiteSpace (TAB, VT, FF, ZWNBSP and USP: every Space_Separator) and LineTerminator
# (sec-white-space, sec-line-terminators)
SPACE: Ranges = normalize([(0x09, 0x0D), (0x2028, 0x2029), (0xFEFF, 0xFEFF)]
                          + decode_ranges(ud.GENERAL_CATEGORY["Space_Separator"]))
LINE_TERMINATORS: Ranges = [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]


# --- case folding -----------------------------------------------------------------------------

def canonicalize_nonunicode(c: int) -> int:
    """Canonicalize for non-Unicode ignoreCase (sec-runtime-semantics-canonicalize-ch, step 3+):
    toUppercase from the Unicode tables, kept only when it is one code unit and does not map a
    non-ASCII character to ASCII."""
    if c < 128:
        if 0x61 <= c <= 0x7A:
            return c - 32
        return c
    u = _table_map("TO_UPPERCASE").get(c, c)
    if u < 128 or u > 0xFFFF:
        return c
    return u


def simple_case_fold(c: int) -> int:
    """scf(c): simple case folding (CaseFolding.txt, statuses C and S)."""
    if c < 128:
        if 0x41 <= c <= 0x5A:
            return c + 32
        return c
    return _table_map("SIMPLE_CASE_FOLDING").get(c, c)


_SCF_CHANGED: Ranges | None = None


def scf_changed() -> Ranges:
    """The code points c with scf(c) != c."""
    global _SCF_CHANGED
    if _SCF_CHANGED is None:
        _SCF_CHANGED = normalize([(c, c) for c in _table_map("SIMPLE_CASE_FOLDING")])
    return _SCF_CHANGED


def scf_ranges(a: Ranges) -> Ranges:
    """{scf(c) : c in a} (the CharSet half of MaybeSimpleCaseFolding, sec-maybesimplecasefolding)."""
    changed = scf_changed()
    moved = intersect(a, changed)
    if not moved:
        return a
    m = _table_map("SIMPLE_CASE_FOLDING")
    return union(subtract(a, changed), [(m[c], m[c]) for lo, hi in moved for c in range(lo, hi + 1)])


_EQUIV: dict[bool, dict[int, tuple[int, ...]]] = {}


def canonicalizer(unicode: bool) -> Callable[[int], int]:
    return simple_case_fold if unicode else canonicalize_nonunicode


def equivalence_classes(unicode: bool) -> dict[int, tuple[int, ...]]:
    """For each code point with a non-trivial case equivalence class under Canonicalize, the
    tuple of all code points with the same canonical value (built once, lazily, from the
    mapping tables: only mapped characters and their images can share a canonical value)."""
    eq = _EQUIV.get(unicode)
    if eq is not None:
        return eq
    fold = canonicalizer(unicode)
    candidates: set[int] = set(range(0x41, 0x5B)) | set(range(0x61, 0x7B))
    m = _table_map("SIMPLE_CASE_FOLDING" if unicode else "TO_UPPERCASE")
    for k, v in m.items():
        if unicode or k <= 0xFFFF:
            candidates.add(k)
            candidates.add(v)
    groups: dict[int, list[int]] = {}
    for c in candidates:
        groups.setdefault(fold(c), []).append(c)
    eq = {}
    for members in groups.values():
        ms = tuple(sorted(set(members)))
        if len(ms) > 1:
            for x in ms:
                eq[x] = ms
    _EQUIV[unicode] = eq
    return eq


def case_close(a: Ranges, unicode: bool) -> Ranges:
    """The set of characters whose Canonicalize equals that of some member of ``a``."""
    eq = equivalence_classes(unicode)
    extra: Ranges = []
    if size(a) > 2000:
        test = make_test(a)
        for c, ms in eq.items():
            if test(c):
                extra.extend((m, m) for m in ms)
    else:
        for lo, hi in a:
            for c in range(lo, hi + 1):
                ms2 = eq.get(c)
                if ms2 is not None:
                    extra.extend((m, m) for m in ms2)
    if not extra:
        return a
    return union(a, extra)


# --- Unicode properties (sec-runtime-semantics-unicodematchproperty-p) ---------------------------

_GC_LONG = {
    "Cc": "Control", "Cf": "Format", "Cn": "Unassigned", "Co": "Private_Use", "Cs": "Surrogate",
    "Ll": "Lowercase_Letter", "Lm": "Modifier_Letter", "Lo": "Other_Letter", "Lt": "Titlecase_Letter",
    "Lu": "Uppercase_Letter", "Mc": "Spacing_Mark", "Me": "Enclosing_Mark", "Mn": "Nonspacing_Mark",
    "Nd": "Decimal_Number", "Nl": "Letter_Number", "No": "Other_Number", "Pc": "Connector_Punctuation",
    "Pd": "Dash_Punctuation", "Pe": "Close_Punctuation", "Pf": "Final_Punctuation",
    "Pi": "Initial_Punctuation", "Po": "Other_Punctuation", "Ps": "Open_Punctuation",
    "Sc": "Currency_Symbol", "Sk": "Modifier_Symbol", "Sm": "Math_Symbol", "So": "Other_Symbol",
    "Zl": "Line_Separator", "Zp": "Paragraph_Separator", "Zs": "Space_Separator",
}
# the grouping values of General_Category (UAX#44 5.7.1), by canonical long name
_GC_GROUPS = {
    "Other": ("Cc", "Cf", "Cn", "Co", "Cs"),
    "Letter": ("Ll", "Lm", "Lo", "Lt", "Lu"),
    "Cased_Letter": ("Ll", "Lt", "Lu"),
    "Mark": ("Mc", "Me", "Mn"),
    "Number": ("Nd", "Nl", "No"),
    "Punctuation": ("Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps"),
    "Symbol": ("Sc", "Sk", "Sm", "So"),
    "Separator": ("Zl", "Zp", "Zs"),
}

# Properties of strings (v flag, table-binary-unicode-properties-of-strings).
STRING_PROPERTIES = frozenset(ud.STRING_PROPERTY_STRINGS)


class PropertyError(Exception):
    """The property name or value is not one ECMAScript accepts (a SyntaxError)."""


_PROP_CACHE: dict[tuple[str, str | None], Ranges] = {}


def _canonical_value(aliases: dict[str, str], value: str) -> str | None:
    if value in aliases:
        return aliases[value]
    if value in _ALIAS_VALUES.setdefault(id(aliases), set(aliases.values())):
        return value
    return None


_ALIAS_VALUES: dict[int, set[str]] = {}


def _general_category(long_name: str) -> Ranges:
    members = _GC_GROUPS.get(long_name)
    if members is None:
        return decode_ranges(ud.GENERAL_CATEGORY[long_name])
    out: Ranges = []
    for short in members:
        out.extend(decode_ranges(ud.GENERAL_CATEGORY[_GC_LONG[short]]))
    return normalize(out)


def unicode_property(name: str, value: str | None) -> Ranges:
    """The code points of ``\\p{name=value}`` or ``\\p{name}``
    (sec-runtime-semantics-unicodematchproperty-p, sec-runtime-semantics-unicodematchpropertyvalue-p);
    PropertyError if ECMAScript does not name it. Names are matched exactly (no loose matching)."""
    key = (name, value)
    r = _PROP_CACHE.get(key)
    if r is not None:
        return r
    if value is not None:
        if name in ("General_Category", "gc"):
            v = _canonical_value(ud.GC_ALIASES, value)
            if v is None:
                raise PropertyError("Invalid property name")
            r = _general_category(v)
        elif name in ("Script", "sc", "Script_Extensions", "scx"):
            v = _canonical_value(ud.SCRIPT_ALIASES, value)
            if v is None:
                raise PropertyError("Invalid property name")
            table = ud.SCRIPT if name in ("Script", "sc") else ud.SCRIPT_EXTENSIONS
            r = decode_ranges(table.get(v, ""))
        else:
            raise PropertyError("Invalid property name")
    else:
        v = _canonical_value(ud.GC_ALIASES, name)
        if v is not None:
            r = _general_category(v)
        else:
            b = ud.BINARY_NAMES.get(name)
            if b is None:
                raise PropertyError("Invalid property name")
            r = [(0, MAX_CP)] if b == "Any" else decode_ranges(ud.BINARY[b])
    _PROP_CACHE[key] = r
    return r


_STRINGS_CACHE: dict[str, tuple[Ranges, list[tuple[int, ...]]]] = {}


def string_property(name: str) -> tuple[Ranges, list[tuple[int, ...]]]:
    """A property of strings (sec-runtime-semantics-unicodematchproperty-p with the v flag): its
    single code points as ranges and its longer strings, longest first."""
    r = _STRINGS_CACHE.get(name)
    if r is None:
        strings = [tuple(int(c, 36) for c in s.split(".")) for s in ud.STRING_PROPERTY_STRINGS[name].split()]
        strings.sort(key=len, reverse=True)
        r = (decode_ranges(ud.STRING_PROPERTY_CODE_POINTS[name]), strings)
        _STRINGS_CACHE[name] = r
    return r


def is_id_start(cp: int) -> bool:
    """ID_Start (for RegExpIdentifierStart, sec-patterns): '$', '_' or ID_Start."""
    return cp == 0x24 or cp == 0x5F or _id_test("ID_Start")(cp)


def is_id_part(cp: int) -> bool:
    """RegExpIdentifierPart: '$', ZWNJ, ZWJ or ID_Continue."""
    return cp in (0x24, 0x200C, 0x200D) or _id_test("ID_Continue")(cp)


_ID_TESTS: dict[str, Callable[[int], bool]] = {}


def _id_test(name: str) -> Callable[[int], bool]:
    t = _ID_TESTS.get(name)
    if t is None:
        t = make_test(unicode_property(name, None))
        _ID_TESTS[name] = t
    return t
