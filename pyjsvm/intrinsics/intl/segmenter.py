"""Intl.Segmenter (sec-intl-segmenter-objects, ECMA-402): grapheme, word and sentence
boundaries by the default rules of Unicode's UAX #29 (Text Segmentation).

NON-SPEC data: the Grapheme_Cluster_Break, Word_Break and Sentence_Break properties are derived
from ``unicodedata`` (general categories, Hangul syllable arithmetic) plus the short lists of
code points UAX #29 names for the properties ``unicodedata`` lacks (Extended_Pictographic ranges,
the MidLetter/MidNum/ATerm/STerm/SContinue punctuation). ICU's dictionary-based word breaking for
Chinese, Japanese and South-East Asian scripts is not done: those break by the default rules
(one ideograph or Thai letter per word)."""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.syntax.utf16 import js_string_to_python
from pyjsvm.runtime.agent import EVERY_4096, check_every, check_items, check_stop, throw_type_error
from pyjsvm.runtime.conversion import to_integer_or_infinity, to_string
from pyjsvm.runtime.iteration import create_iter_result_object
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import create_data_property_or_throw, get_options_object, get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_ITERATOR, SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.intl.locale import (
    canonicalize_locale_list, get_option, locale_options, options_object, resolve_locale, supported_locales,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()
ctor_table = BuiltinTable()
segments_proto = BuiltinTable()
iterator_proto = BuiltinTable()


# --- character properties ----------------------------------------------------------------------

_EXT_PICT = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
    (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328), (0x2388, 0x2388), (0x23CF, 0x23CF),
    (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0),
    (0x25FB, 0x25FE), (0x2600, 0x2605), (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712),
    (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728), (0x2733, 0x2734),
    (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
    (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2934, 0x2935),
    (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299), (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F), (0x1F12F, 0x1F12F),
    (0x1F16C, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5),
    (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A), (0x1F23C, 0x1F23F),
    (0x1F249, 0x1F3FA), (0x1F400, 0x1F53D), (0x1F546, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8FF), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
)
# Spacing marks that are Grapheme_Extend (UAX #29 Extend), and two Lm half-width voicing marks
_EXTEND_MC = frozenset([0x09BE, 0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57,
                        0x0DCF, 0x0DDF, 0x1B35, 0x302E, 0x302F, 0x1D165, 0x1D16E, 0x1D16F, 0x1D170, 0x1D171,
                        0x1D172, 0xFF9E, 0xFF9F, 0x200C])
_PREPEND = frozenset([0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2,
                      0x110BD, 0x110CD])


def _classes(classify: Callable[[Any], Any], text: list[Any]) -> list[Any]:
    """NON-SPEC: ``classify`` of each item of ``text``, a long list in pieces of 2**16
    with the run's budget checked between them (as every loop below over the text checks it
    every 4096 characters: 2**24 characters ran for 18.6 s past a timeout)."""
    n = len(text)
    if n <= 1 << 16:
        return [classify(c) for c in text]
    out: list[Any] = []
    for start in range(0, n, 1 << 16):
        check_stop(min(1 << 16, n - start))
        out += [classify(c) for c in text[start:start + (1 << 16)]]
    return out


def _in(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= cp <= b for a, b in ranges)


@lru_cache(maxsize=4096)
def grapheme_break(ch: str) -> str:
    """Grapheme_Cluster_Break of a character (UAX #29 table 2)."""
    cp = ord(ch)
    if ch == "\r":
        return "CR"
    if ch == "\n":
        return "LF"
    if cp == 0x200D:
        return "ZWJ"
    if cp in _PREPEND:
        return "Prepend"
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return "RI"
    if 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F or cp in _EXTEND_MC:
        return "Extend"
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me"):
        return "Extend"
    if cat in ("Cc", "Zl", "Zp", "Cs") or cat == "Cf":
        return "Control"
    if cat == "Mc" or cp in (0x0E33, 0x0EB3):
        return "SpacingMark"
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    if _in(cp, _EXT_PICT):
        return "ExtPict"
    return "Other"


_INCB_LINKERS = frozenset("\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d")
_INCB_CONSONANTS = ((0x0915, 0x0939), (0x0958, 0x095F), (0x0978, 0x097F), (0x0995, 0x09B9), (0x09DC, 0x09DF),
                    (0x09F0, 0x09F1), (0x0A95, 0x0AB9), (0x0AF9, 0x0AF9), (0x0B15, 0x0B39), (0x0B5C, 0x0B5F),
                    (0x0B71, 0x0B71), (0x0C15, 0x0C39), (0x0C58, 0x0C5A), (0x0D15, 0x0D3A))


def _conjunct_continues(text: list[str], props: list[str], i: int) -> bool:
    """GB9c: Consonant [Extend Linker]* Linker [Extend Linker]* x Consonant (Indic_Conjunct_Break)."""
    if not _in(ord(text[i]), _INCB_CONSONANTS):
        return False
    j = i - 1
    linker = False
    while j >= 0 and (text[j] in _INCB_LINKERS or props[j] in ("Extend", "ZWJ")):
        linker = linker or text[j] in _INCB_LINKERS
        j -= 1
        if not j & EVERY_4096:
            check_every(j, EVERY_4096)  # NON-SPEC: the budget check
    return linker and j >= 0 and _in(ord(text[j]), _INCB_CONSONANTS)


def grapheme_boundaries(text: list[str]) -> list[int]:
    """Extended grapheme cluster boundaries (UAX #29 GB1-GB999) of a list of characters."""
    n = len(text)
    props = _classes(grapheme_break, text)
    out = [0]
    ri_run = 0
    emoji_zwj = False  # GB11: ExtPict Extend* ZWJ just before
    in_pict = False
    for i in range(1, n + 1):
        if i == n:
            out.append(n)
            break
        if not i & EVERY_4096:
            check_every(i, EVERY_4096)  # NON-SPEC: the budget check
        a, b = props[i - 1], props[i]
        ri_run = ri_run + 1 if a == "RI" else 0
        if a == "ExtPict":
            in_pict = True
        elif a != "Extend" and a != "ZWJ":
            in_pict = False
        emoji_zwj = a == "ZWJ" and in_pict
        if a == "CR" and b == "LF":
            brk = False
        elif a in ("Control", "CR", "LF") or b in ("Control", "CR", "LF"):
            brk = True
        elif a == "L" and b in ("L", "V", "LV", "LVT"):
            brk = False
        elif a in ("LV", "V") and b in ("V", "T"):
            brk = False
        elif a in ("LVT", "T") and b == "T":
            brk = False
        elif b in ("Extend", "ZWJ", "SpacingMark") or a == "Prepend":
            brk = False
        elif b == "Other" and _conjunct_continues(text, props, i):
            brk = False
        elif emoji_zwj and b == "ExtPict":
            brk = False
        elif a == "RI" and b == "RI":
            brk = ri_run % 2 == 0
        else:
            brk = True
        if brk:
            out.append(i)
    return out


_MID_LETTER = frozenset(":\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a")
_MID_NUM_LET = frozenset(".\u2018\u2019\u2024\ufe52\uff07\uff0e")
_MID_NUM = frozenset(",;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b")
_NEWLINE = frozenset("\u000b\u000c\u0085\u2028\u2029")


def _is_katakana(cp: int) -> bool:
    return (0x30A0 <= cp <= 0x30FA or 0x30FC <= cp <= 0x30FF or 0x3031 <= cp <= 0x3035 or cp in (0x309B, 0x309C)
            or 0x31F0 <= cp <= 0x31FF or 0x32D0 <= cp <= 0x32FE or 0x3300 <= cp <= 0x3357 or 0xFF66 <= cp <= 0xFF9D
            or cp in (0x1B000, 0x1B164, 0x1B165, 0x1B166, 0x1B167))


def _is_ideographic_or_kana(cp: int) -> bool:
    return (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF
            or 0x3040 <= cp <= 0x309F or cp in (0x3005, 0x3006, 0x3007) or 0x3021 <= cp <= 0x3029)


def _is_complex_context(cp: int) -> bool:
    """Line_Break=SA scripts (Thai, Lao, Myanmar, Khmer, Tai Tham...), which UAX #29 leaves out of ALetter."""
    return (0x0E00 <= cp <= 0x0EFF or 0x1000 <= cp <= 0x109F or 0x1780 <= cp <= 0x17FF or 0x1950 <= cp <= 0x19DF
            or 0x1A20 <= cp <= 0x1AAF or 0xA9E0 <= cp <= 0xA9FF or 0xAA60 <= cp <= 0xAADF)


@lru_cache(maxsize=4096)
def word_break(ch: str) -> str:
    """Word_Break of a character (UAX #29 table 3)."""
    cp = ord(ch)
    if ch == "\r":
        return "CR"
    if ch == "\n":
        return "LF"
    if ch in _NEWLINE:
        return "Newline"
    if cp == 0x200D:
        return "ZWJ"
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return "RI"
    g = grapheme_break(ch)
    if g in ("Extend", "SpacingMark"):
        return "Extend"
    cat = unicodedata.category(ch)
    if cat == "Cf" and cp not in (0x200B, 0x2060, 0xFEFF) and not 0x2061 <= cp <= 0x2064 or cp == 0x2060 or cp == 0xFEFF:
        return "Format"
    if _is_katakana(cp):
        return "Katakana"
    if ch == "'":
        return "Single_Quote"
    if ch == '"':
        return "Double_Quote"
    if ch in _MID_NUM_LET:
        return "MidNumLet"
    if ch in _MID_LETTER:
        return "MidLetter"
    if ch in _MID_NUM:
        return "MidNum"
    if cat == "Nd" and not 0xFF10 <= cp <= 0xFF19 or cp == 0x066B:
        return "Numeric"
    if cat == "Pc" or cp == 0x202F:
        return "ExtendNumLet"
    if cat == "Zs" and cp not in (0x00A0, 0x2007, 0x202F):
        return "WSegSpace"
    if 0x05D0 <= cp <= 0x05EA or 0x05EF <= cp <= 0x05F2 or cp == 0xFB1D or 0xFB1F <= cp <= 0xFB4F and cat == "Lo":
        return "Hebrew_Letter"
    if cat[0] == "L" or cat == "Nl" or cp in (0x02C2, 0x02C3, 0x02C4, 0x02C5, 0x02D2, 0x02D3, 0x02D4, 0x02D5, 0x02D6,
                                               0x02D7, 0x02DE, 0x02DF, 0x02ED, 0x02EF, 0x05F3):
        if _is_ideographic_or_kana(cp) or _is_complex_context(cp):
            return "Other"
        return "ALetter"
    if cat == "So" and 0x24B6 <= cp <= 0x24E9:
        return "ALetter"
    if _in(cp, _EXT_PICT):
        return "ExtPict"
    return "Other"


_IGNORED = ("Extend", "Format", "ZWJ")


def _bases(raw: list[str], ignored: tuple[str, ...], para: tuple[str, ...]) -> list[int]:
    """WB4 / SB5: each position's effective character (an ignored one belongs to the character
    before it, unless that is a line or paragraph break or the text's start)."""
    base: list[int] = []
    for p, r in enumerate(raw):
        if not p & EVERY_4096:
            check_every(p, EVERY_4096)  # NON-SPEC: the budget check
        if r in ignored and p > 0 and raw[p - 1] not in para:
            base.append(base[p - 1])
        else:
            base.append(p)
    return base


def word_boundaries(text: list[str]) -> list[int]:
    """Word boundaries (UAX #29 WB1-WB999) of a list of characters."""
    n = len(text)
    raw = _classes(word_break, text)
    nl = ("CR", "LF", "Newline")
    base = _bases(raw, _IGNORED, nl)
    ah = ("ALetter", "Hebrew_Letter")
    midl = ("MidLetter", "MidNumLet", "Single_Quote")
    midn = ("MidNum", "MidNumLet", "Single_Quote")
    out = [0]
    ri_counts: dict[int, int] = {}  # (NON-SPEC: WB15's count of regional indicators, remembered)
    for i in range(1, n):
        if not i & EVERY_4096:
            check_every(i, EVERY_4096)  # NON-SPEC: the budget check
        a_raw, b = raw[i - 1], raw[i]
        if a_raw == "CR" and b == "LF":  # WB3
            continue
        if a_raw in nl or b in nl:  # WB3a, WB3b
            out.append(i)
            continue
        if a_raw == "ZWJ" and b == "ExtPict":  # WB3c
            continue
        if a_raw == "WSegSpace" and b == "WSegSpace":  # WB3d
            continue
        if b in _IGNORED:  # WB4
            continue
        ap = base[i - 1]
        a = raw[ap]
        a2 = raw[base[ap - 1]] if ap > 0 else None
        j = i + 1
        while j < n and raw[j] in _IGNORED:
            j += 1
            if not j & EVERY_4096:
                check_every(j, EVERY_4096)
        c = raw[j] if j < n else None
        if a in ah and b in ah:  # WB5
            continue
        if a in ah and b in midl and c in ah:  # WB6
            continue
        if a2 in ah and a in midl and b in ah:  # WB7
            continue
        if a == "Hebrew_Letter" and b == "Single_Quote":  # WB7a
            continue
        if a == "Hebrew_Letter" and b == "Double_Quote" and c == "Hebrew_Letter":  # WB7b
            continue
        if a2 == "Hebrew_Letter" and a == "Double_Quote" and b == "Hebrew_Letter":  # WB7c
            continue
        if (a == "Numeric" or a in ah) and b == "Numeric" or a == "Numeric" and b in ah:  # WB8-WB10
            continue
        if a2 == "Numeric" and a in midn and b == "Numeric":  # WB11
            continue
        if a == "Numeric" and b in midn and c == "Numeric":  # WB12
            continue
        if a == "Katakana" and b == "Katakana":  # WB13
            continue
        if a in ah + ("Numeric", "Katakana", "ExtendNumLet") and b == "ExtendNumLet":  # WB13a
            continue
        if a == "ExtendNumLet" and b in ah + ("Numeric", "Katakana"):  # WB13b
            continue
        if a == "RI" and b == "RI":  # WB15, WB16
            # (the regional indicators before, counted back to the first or to one counted
            # before: a run of them counted once, not again at each of its positions)
            walked: list[int] = []
            q = ap
            while q >= 0 and raw[base[q]] == "RI" and q not in ri_counts:
                walked.append(q)
                q = base[q] - 1
                if not len(walked) & 4095:
                    check_stop()
            count = ri_counts[q] if q >= 0 and q in ri_counts else 0
            for w in reversed(walked):
                count += 1
                ri_counts[w] = count
            if count % 2 == 1:
                continue
        out.append(i)
    out.append(n)
    return out


_ATERM = frozenset(".\u2024\ufe52\uff0e")
_STERM = frozenset("!?\u0589\u061d\u061e\u061f\u06d4\u0700\u0701\u0702\u07f9\u0964\u0965\u104a\u104b\u1362\u1367"
                   "\u1368\u166e\u1803\u1809\u203c\u203d\u2047\u2048\u2049\u2e2e\u2e3c\u3002\ua4ff\ua60e\ua60f"
                   "\ua6f3\ua6f7\ufe56\ufe57\uff01\uff1f\uff61")
_SCONTINUE = frozenset(",-:;\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13"
                       "\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff64")


@lru_cache(maxsize=4096)
def sentence_break(ch: str) -> str:
    """Sentence_Break of a character (UAX #29 table 4)."""
    cp = ord(ch)
    if ch == "\r":
        return "CR"
    if ch == "\n":
        return "LF"
    if cp in (0x0085, 0x2028, 0x2029):
        return "Sep"
    g = grapheme_break(ch)
    if g in ("Extend", "SpacingMark", "ZWJ"):
        return "Extend"
    cat = unicodedata.category(ch)
    if cat == "Cf" and cp not in (0x200B, 0x200C):
        return "Format"
    if ch in "\t\u000b\u000c" or cat == "Zs":
        return "Sp"
    if cat == "Ll" or cp in (0x00AA, 0x00BA) or 0x02B0 <= cp <= 0x02B8 or 0x02C0 <= cp <= 0x02C1 \
            or 0x02E0 <= cp <= 0x02E4 or 0x1D2C <= cp <= 0x1D6A:
        return "Lower"
    if cat in ("Lu", "Lt"):
        return "Upper"
    if cat in ("Lo", "Lm", "Nl") or cat[0] == "L":
        return "OLetter"
    if cat == "Nd" or cp == 0x066B:
        return "Numeric"
    if ch in _ATERM:
        return "ATerm"
    if ch in _STERM:
        return "STerm"
    if ch in _SCONTINUE:
        return "SContinue"
    if cat in ("Ps", "Pe", "Pi", "Pf") or ch in "\"'\u05f3":
        return "Close"
    return "Other"


def sentence_boundaries(text: list[str]) -> list[int]:
    """Sentence boundaries (UAX #29 SB1-SB998) of a list of characters."""
    n = len(text)
    raw = _classes(sentence_break, text)
    para = ("Sep", "CR", "LF")
    base = _bases(raw, ("Extend", "Format"), para)
    # NON-SPEC: the context before each position, "SATerm Close* Sp*" read backwards (its Sp
    # count and the class before the Close run), made in one pass from the context before it
    # rather than walked back at each position (quadratic over a long run of spaces)
    term_before_close: list[Any] = [None] * n
    term: list[Any] = [None] * n
    spaces = [0] * n
    for p in range(n):
        if not p & EVERY_4096:
            check_every(p, EVERY_4096)
        if base[p] != p:
            continue
        prev = base[p - 1] if p > 0 else -1
        r = raw[p]
        if r == "Close":
            term_before_close[p] = term_before_close[prev] if prev >= 0 else None
        else:
            term_before_close[p] = r
        if r == "Sp":
            term[p] = term[prev] if prev >= 0 else None
            spaces[p] = spaces[prev] + 1 if prev >= 0 else 1
        else:
            term[p] = term_before_close[p]
    sb8_next = -1  # (SB8's last scan: the first position it found of the classes it looks for)
    out = [0]
    for i in range(1, n):
        if not i & EVERY_4096:
            check_every(i, EVERY_4096)  # NON-SPEC: the budget check
        a_raw, b = raw[i - 1], raw[i]
        if a_raw == "CR" and b == "LF":  # SB3
            continue
        if a_raw in para:  # SB4
            out.append(i)
            continue
        if b in ("Extend", "Format"):  # SB5
            continue
        ap = base[i - 1]
        a = raw[ap]
        # the context before: SATerm Close* Sp*
        sp = spaces[ap]
        t = term[ap]
        if a == "ATerm" and b == "Numeric":  # SB6
            continue
        if a == "ATerm" and b == "Upper" and ap > 0 and raw[base[ap - 1]] in ("Upper", "Lower"):  # SB7
            continue
        if t == "ATerm":  # SB8
            if sb8_next >= i:  # (the last scan passed i: none of the classes between)
                m = sb8_next
            else:
                m = i
                while m < n and raw[m] not in ("OLetter", "Upper", "Lower", "ATerm", "STerm") + para:
                    m += 1
                    if not m & EVERY_4096:
                        check_every(m, EVERY_4096)
                sb8_next = m
            if m < n and raw[m] == "Lower":
                continue
        if t in ("ATerm", "STerm"):
            if b in ("SContinue", "ATerm", "STerm"):  # SB8a
                continue
            if sp == 0 and b in ("Close", "Sp") + para:  # SB9
                continue
            if b in ("Sp",) + para:  # SB10
                continue
            out.append(i)  # SB11
    out.append(n)
    return out


# --- Intl.Segmenter ------------------------------------------------------------------------------

class JSSegmenter(JSObject):
    """An Intl.Segmenter instance (sec-properties-of-intl-segmenter-instances)."""

    class_name = "Intl.Segmenter"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.locale = ""
        self.granularity = "grapheme"


class JSSegments(JSObject):
    """A Segments instance (sec-segments-objects): the segmenter, the string and its boundaries."""

    class_name = "Segments"

    def __init__(self, proto: JSObject | None, segmenter: JSSegmenter, string: str) -> None:
        super().__init__(proto)
        self.segmenter = segmenter
        self.string = string
        self.boundaries = find_boundaries(segmenter.granularity, string)


class JSSegmentIterator(JSObject):
    """A Segment Iterator (sec-segment-iterator-objects)."""

    class_name = "Segment Iterator"

    def __init__(self, proto: JSObject | None, segments: JSSegments) -> None:
        super().__init__(proto)
        self.segments = segments
        self.position = 0  # index into the boundaries


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def find_boundaries(granularity: str, string: str) -> list[int]:
    """FindBoundary over the whole string (sec-findboundary): every boundary as a UTF-16 index.
    The rules run on code points (a surrogate pair is one character; a lone surrogate is one).
    NON-SPEC: a step budget is charged a step per code unit first (the rules' Python loops check
    it every 4,096 characters, which left a shorter string free: 1,000 code units took the time
    of about 2,000 steps and charged one)."""
    n = len(string)
    check_items(n)
    if _SURROGATE_PAIR.search(string) is None:
        # NON-SPEC: each code unit a character (no pair to join): the boundaries as they are
        if not n:
            return [0]
        chars = list(string)
        return grapheme_boundaries(chars) if granularity == "grapheme" else \
            word_boundaries(chars) if granularity == "word" else sentence_boundaries(chars)
    chars = []
    offsets: list[int] = []
    i = 0
    while i < n:
        if not i & EVERY_4096:
            check_every(i, EVERY_4096)  # NON-SPEC: the budget check
        c = string[i]
        offsets.append(i)
        if "\ud800" <= c <= "\udbff" and i + 1 < n and "\udc00" <= string[i + 1] <= "\udfff":
            chars.append(chr(0x10000 + ((ord(c) - 0xD800) << 10) + (ord(string[i + 1]) - 0xDC00)))
            i += 2
        else:
            chars.append(c)
            i += 1
    offsets.append(n)
    if not chars:
        return [0]
    if granularity == "grapheme":
        b = grapheme_boundaries(chars)
    elif granularity == "word":
        b = word_boundaries(chars)
    else:
        b = sentence_boundaries(chars)
    return _classes(offsets.__getitem__, b)


_WORDLIKE_CLASSES = ("ALetter", "Hebrew_Letter", "Numeric", "Katakana")


def _is_word_like(segment: str) -> bool:
    """ICU's rule status for a word: letters, numbers, kana or ideographs (not spaces, punctuation
    or symbols)."""
    for c in js_string_to_python(segment):
        cp = ord(c)
        if word_break(c) in _WORDLIKE_CLASSES or _is_ideographic_or_kana(cp) or \
                _is_complex_context(cp) and unicodedata.category(c)[0] == "L":
            return True
    return False


def create_segment_data_object(realm: "Realm", segments: JSSegments, start: int, end: int) -> JSObject:
    """CreateSegmentDataObject ( segmenter, string, startIndex, endIndex ) (sec-createsegmentdataobject)."""
    o = JSObject(realm.object_prototype)
    segment = segments.string[start:end]
    create_data_property_or_throw(o, "segment", segment)
    create_data_property_or_throw(o, "index", float(start))
    create_data_property_or_throw(o, "input", segments.string)
    if segments.segmenter.granularity == "word":
        create_data_property_or_throw(o, "isWordLike", _is_word_like(segment))
    return o


def segmenter_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Segmenter ( [ locales [ , options ] ] ) (sec-intl.segmenter)."""
    if new_target is None:
        throw_type_error("Constructor Intl.Segmenter requires 'new'")
    seg = JSSegmenter(get_prototype_from_constructor(new_target, "%Intl.Segmenter.prototype%"))
    requested = canonicalize_locale_list(argument(args, 0))
    options = get_options_object(argument(args, 1))
    locale_options(options)
    seg.locale = resolve_locale(requested, {}, [], {})["locale"]
    seg.granularity = get_option(options, "granularity", "string", ["grapheme", "word", "sentence"], "grapheme")
    return seg


def _this(this: Any, method: str) -> JSSegmenter:
    if not isinstance(this, JSSegmenter):
        throw_type_error(f"Method Intl.Segmenter.prototype.{method} called on incompatible receiver")
    return this


@proto.method("resolvedOptions", 0)
def segmenter_resolved_options(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Segmenter.prototype.resolvedOptions ( ) (sec-intl.segmenter.prototype.resolvedoptions)."""
    seg = _this(this, "resolvedOptions")
    return options_object(realm, [("locale", seg.locale), ("granularity", seg.granularity)])


@proto.method("segment", 1)
def segmenter_segment(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Segmenter.prototype.segment ( string ) (sec-intl.segmenter.prototype.segment)."""
    seg = _this(this, "segment")
    string = to_string(argument(args, 0))
    return JSSegments(realm.intrinsics["%Intl.SegmentsPrototype%"], seg, string)


@ctor_table.method("supportedLocalesOf", 1)
def segmenter_supported_locales_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Intl.Segmenter.supportedLocalesOf ( locales [ , options ] ) (sec-intl.segmenter.supportedlocalesof)."""
    return supported_locales(canonicalize_locale_list(argument(args, 0)), argument(args, 1))


@segments_proto.method("containing", 1)
def segments_containing(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%Intl.SegmentsPrototype%.containing ( index ) (sec-%intlsegmentsprototype%.containing)."""
    if not isinstance(this, JSSegments):
        throw_type_error("Method %Segments.prototype%.containing called on incompatible receiver")
    n = to_integer_or_infinity(argument(args, 0))
    if n < 0 or n >= len(this.string):
        return None
    b = this.boundaries

    k = bisect.bisect_right(b, n) - 1
    return create_segment_data_object(realm, this, b[k], b[k + 1])


@segments_proto.method(SYM_ITERATOR, 0)
def segments_iterator(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%Intl.SegmentsPrototype% [ %Symbol.iterator% ] ( ) (sec-%intlsegmentsprototype%-%symbol.iterator%)."""
    if not isinstance(this, JSSegments):
        throw_type_error("Method %Segments.prototype%[@@iterator] called on incompatible receiver")
    return JSSegmentIterator(realm.intrinsics["%Intl.SegmentIteratorPrototype%"], this)


@iterator_proto.method("next", 0)
def segment_iterator_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%Intl.SegmentIteratorPrototype%.next ( ) (sec-%intlsegmentiteratorprototype%.next)."""
    if not isinstance(this, JSSegmentIterator):
        throw_type_error("Method %SegmentIterator.prototype%.next called on incompatible receiver")
    b = this.segments.boundaries
    k = this.position
    if k + 1 >= len(b):
        return create_iter_result_object(None, True, realm)
    this.position = k + 1
    return create_iter_result_object(create_segment_data_object(realm, this.segments, b[k], b[k + 1]), False, realm)


def setup(realm: "Realm", intl: JSObject) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.Segmenter.prototype%"] = p
    ctor = make_constructor(realm, segmenter_constructor, "Segmenter", 0, p)
    realm.intrinsics["%Intl.Segmenter%"] = ctor
    proto.install(realm, p)
    ctor_table.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, "Intl.Segmenter", C)
    sp = JSObject(realm.object_prototype)
    realm.intrinsics["%Intl.SegmentsPrototype%"] = sp
    segments_proto.install(realm, sp)
    ip = JSObject(realm.intrinsics["%Iterator.prototype%"])
    realm.intrinsics["%Intl.SegmentIteratorPrototype%"] = ip
    iterator_proto.install(realm, ip)
    ip.define_builtin(SYM_TO_STRING_TAG, "Segmenter String Iterator", C)
    intl.define_builtin("Segmenter", ctor)
