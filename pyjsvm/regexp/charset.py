"""NON-SPEC: character sets for the RegExp engine (CharSet of sec-charset), as sorted lists of
disjoint inclusive code point ranges, plus the case-folding tables used by Canonicalize
(sec-runtime-semantics-canonicalize-ch) and the Unicode property tables of \\p{...}
(sec-runtimesemantics-unicodematchproperty-p) derived from Python's ``unicodedata``.
"""
from __future__ import annotations

import bisect
import unicodedata
from typing import Callable

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


# --- predefined sets --------------------------------------------------------------------------

DIGITS: Ranges = [(0x30, 0x39)]
WORD: Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
# WhiteSpace and LineTerminator (sec-white-space, sec-line-terminators)
SPACE: Ranges = normalize([(0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
                           (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
                           (0xFEFF, 0xFEFF)])
LINE_TERMINATORS: Ranges = [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]


# --- case folding -----------------------------------------------------------------------------

def canonicalize_nonunicode(c: int) -> int:
    """Canonicalize for non-Unicode ignoreCase (sec-runtime-semantics-canonicalize-ch, step 3+)."""
    if c < 128:
        if 0x61 <= c <= 0x7A:
            return c - 32
        return c
    if 0xD800 <= c <= 0xDFFF:
        return c
    u = chr(c).upper()
    if len(u) != 1:
        return c
    cu = ord(u)
    if cu < 128:
        return c
    return cu


def simple_case_fold(c: int) -> int:
    """scf(c) (CaseFolding.txt C+S), approximated from Python's case mappings."""
    if c < 128:
        if 0x41 <= c <= 0x5A:
            return c + 32
        return c
    if 0xD800 <= c <= 0xDFFF:
        return c
    ch = chr(c)
    f = ch.casefold()
    if len(f) == 1:
        return ord(f)
    lo = ch.lower()
    if len(lo) == 1:
        f2 = lo.casefold()
        if len(f2) == 1:
            return ord(f2)
        return ord(lo)
    return c


_SCF_SPECIAL = {
    # Characters whose full folding differs from the simple one and that Python can't map.
    0x1E9E: 0xDF, 0x1FD3: 0x390, 0x1FE3: 0x3B0, 0xFB05: 0xFB06,
}

_EQUIV: dict[bool, dict[int, tuple[int, ...]]] = {}


def _fold(unicode: bool) -> Callable[[int], int]:
    if unicode:
        def f(c: int) -> int:
            s = _SCF_SPECIAL.get(c)
            return s if s is not None else simple_case_fold(c)
        return f
    return canonicalize_nonunicode


def canonicalizer(unicode: bool) -> Callable[[int], int]:
    return _fold(unicode)


def equivalence_classes(unicode: bool) -> dict[int, tuple[int, ...]]:
    """For each code point with a non-trivial case equivalence class under Canonicalize, the
    tuple of all code points with the same canonical value (built once, lazily)."""
    eq = _EQUIV.get(unicode)
    if eq is not None:
        return eq
    fold = _fold(unicode)
    groups: dict[int, list[int]] = {}
    limit = 0x110000 if unicode else 0x10000
    for c in range(limit):
        if 0xD800 <= c <= 0xDFFF:
            continue
        k = fold(c)
        if k != c:
            groups.setdefault(k, [k]).append(c)
    eq = {}
    for k, members in groups.items():
        ms = tuple(sorted(set(members)))
        if len(ms) > 1:
            for m in ms:
                eq[m] = ms
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


# --- Unicode properties ---------------------------------------------------------------------

GC_NAMES: dict[str, tuple[str, ...]] = {}
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
_GC_GROUPS = {
    "C": ("Other", ("Cc", "Cf", "Cn", "Co", "Cs")),
    "L": ("Letter", ("Ll", "Lm", "Lo", "Lt", "Lu")),
    "LC": ("Cased_Letter", ("Ll", "Lt", "Lu")),
    "M": ("Mark", ("Mc", "Me", "Mn")),
    "N": ("Number", ("Nd", "Nl", "No")),
    "P": ("Punctuation", ("Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps")),
    "S": ("Symbol", ("Sc", "Sk", "Sm", "So")),
    "Z": ("Separator", ("Zl", "Zp", "Zs")),
}
for _short, _long in _GC_LONG.items():
    GC_NAMES[_short] = (_short,)
    GC_NAMES[_long] = (_short,)
for _short, (_long, _members) in _GC_GROUPS.items():
    GC_NAMES[_short] = _members
    GC_NAMES[_long] = _members
GC_NAMES["digit"] = ("Nd",)
GC_NAMES["Combining_Mark"] = GC_NAMES["M"]
GC_NAMES["punct"] = GC_NAMES["P"]

_GC_TABLE: dict[str, Ranges] | None = None


def _gc_table() -> dict[str, Ranges]:
    global _GC_TABLE
    if _GC_TABLE is None:
        table: dict[str, Ranges] = {}
        cat = unicodedata.category
        prev = ""
        start = 0
        for c in range(0x110000):
            g = cat(chr(c))
            if g != prev:
                if prev:
                    table.setdefault(prev, []).append((start, c - 1))
                prev = g
                start = c
        table.setdefault(prev, []).append((start, 0x10FFFF))
        _GC_TABLE = table
    return _GC_TABLE


def general_category(values: tuple[str, ...]) -> Ranges:
    t = _gc_table()
    out: Ranges = []
    for v in values:
        out.extend(t.get(v, []))
    return normalize(out)


# Binary properties we can compute from the standard library.
def _binary(name: str) -> Ranges | None:
    if name == "Any":
        return [(0, MAX_CP)]
    if name == "ASCII":
        return [(0, 0x7F)]
    if name == "ASCII_Hex_Digit" or name == "AHex":
        return [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)]
    if name == "Assigned":
        return complement(general_category(("Cn",)))
    return None


# Valid binary property names (table-binary-unicode-properties) we cannot compute.
KNOWN_BINARY = frozenset("""
Alphabetic Alpha Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased
Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL
Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash
Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component EComp
Emoji_Modifier EMod Emoji_Modifier_Base EBase Emoji_Presentation EPres Extended_Pictographic ExtPict
Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB
IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C
Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax
Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI
Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo
Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS
""".split())

# Properties of strings (v flag, table-binary-unicode-properties-of-strings).
STRING_PROPERTIES = frozenset((
    "Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence", "RGI_Emoji_Flag_Sequence",
    "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence", "RGI_Emoji",
))

# The strings of the properties of strings we can list (emoji-sequences.txt).
STRING_PROPERTY_VALUES: dict[str, tuple[tuple[int, ...], ...]] = {
    "Emoji_Keycap_Sequence": tuple((ord(c), 0xFE0F, 0x20E3) for c in "#*0123456789"),
}


class PropertyError(Exception):
    """The property name/value is invalid (a SyntaxError) -- or unsupported (``unsupported``)."""

    def __init__(self, msg: str, unsupported: bool = False) -> None:
        super().__init__(msg)
        self.unsupported = unsupported


def _computed_binary(name: str) -> Ranges | None:
    r = _binary(name)
    if r is not None:
        return r
    if name in ("White_Space", "space"):
        return normalize([(0x09, 0x0D), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
                          (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F),
                          (0x3000, 0x3000)])
    if name in ("Hex_Digit", "Hex"):
        return [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66), (0xFF10, 0xFF19), (0xFF21, 0xFF26), (0xFF41, 0xFF46)]
    if name in ("Noncharacter_Code_Point", "NChar"):
        out: Ranges = [(0xFDD0, 0xFDEF)]
        for plane in range(17):
            b = plane * 0x10000
            out.append((b + 0xFFFE, b + 0xFFFF))
        return out
    if name in ("Regional_Indicator", "RI"):
        return [(0x1F1E6, 0x1F1FF)]
    if name in ("Join_Control", "Join_C"):
        return [(0x200C, 0x200D)]
    if name in ("Variation_Selector", "VS"):
        return [(0x180B, 0x180D), (0x180F, 0x180F), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF)]
    return None


_PROP_CACHE: dict[tuple[str, str | None], Ranges] = {}


def unicode_property(name: str, value: str | None) -> Ranges:
    """The code points of ``\\p{name=value}`` or ``\\p{name}``; PropertyError if invalid."""
    key = (name, value)
    r = _PROP_CACHE.get(key)
    if r is not None:
        return r
    if value is not None:
        if name in ("General_Category", "gc"):
            members = GC_NAMES.get(value)
            if members is None:
                raise PropertyError("Invalid property name")
            r = general_category(members)
        elif name in ("Script", "sc", "Script_Extensions", "scx"):
            raise PropertyError("Script properties are not supported", unsupported=True)
        else:
            raise PropertyError("Invalid property name")
    else:
        members = GC_NAMES.get(name)
        if members is not None:
            r = general_category(members)
        else:
            r = _computed_binary(name)
            if r is None:
                if name in KNOWN_BINARY:
                    raise PropertyError(f"Unicode property {name} is not supported", unsupported=True)
                raise PropertyError("Invalid property name")
    _PROP_CACHE[key] = r
    return r
