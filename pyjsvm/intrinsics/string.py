"""String objects (sec-string-objects) and String Iterator objects
(sec-string-iterator-objects).

Strings are Python ``str`` of UTF-16 code units. Operations defined on code points (case
mapping, normalization, iteration) convert with ``code_units_to_code_points`` (surrogate pairs
become one character, lone surrogates stay as they are) and back with
``code_points_to_code_units``.

The RegExp-based parts of match/matchAll/replace/replaceAll/search/split dispatch to the
argument's Symbol.match/... method, or create a RegExp with %RegExp% (RegExpCreate) when the
RegExp built-in exists. ``get_substitution`` and ``is_regexp`` are exported for the RegExp
built-in.
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import EVERY_4096, ITEM_PIECE, UNITS_PER_STEP, charge_rest, check_alloc, check_bulk, check_every, check_items, check_stop, checked_pieces, throw_range_error, throw_type_error
from pyjsvm.regexp import unicode_data
from pyjsvm.regexp.charset import decode_ranges
from pyjsvm.runtime.functions import register_inline
from pyjsvm.runtime.iteration import DONE, NOT_FAST, create_iter_result_object, register_fast_next
from pyjsvm.runtime.objects import C, JSArray, JSObject, JSStringObject
from pyjsvm.runtime.operations import (
    call, construct, create_array_from_list, get_method, get_prototype_from_constructor,
    invoke, is_callable, length_of_array_like, require_object_coercible, to_boolean,
    to_integer_or_infinity, to_length, to_number, to_object, to_string, to_uint16, to_uint32,
)
from pyjsvm.runtime.values import NULL, SYM_ITERATOR, SYM_TO_STRING_TAG, WELL_KNOWN_SYMBOLS, JSSymbol, argument
from pyjsvm.intrinsics.table import INTL_HOOKS, BuiltinTable, make_constructor
from pyjsvm.runtime.numeric import match_run, number_to_string, trim_string
from pyjsvm.runtime.operators import MAX_STRING_LENGTH, STRING_PIECE, check_string_length, copied, string_pieces
from pyjsvm.syntax.utf16 import python_string_to_js, utf16_encode_code_point

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

INF = float("inf")
NAN = float("nan")

SYM_MATCH = WELL_KNOWN_SYMBOLS["match"]
SYM_MATCH_ALL = WELL_KNOWN_SYMBOLS["matchAll"]
SYM_REPLACE = WELL_KNOWN_SYMBOLS["replace"]
SYM_SEARCH = WELL_KNOWN_SYMBOLS["search"]
SYM_SPLIT = WELL_KNOWN_SYMBOLS["split"]

# NON-SPEC (speed): set by regexp.py (``regexp_symbol_method``): ``(realm, o, key)`` -> the
# implementation of %RegExp.prototype%[key] (key %Symbol.match%, %Symbol.replace% or
# %Symbol.split%) when GetMethod(o, key) gives realm's built-in without running JS code, else
# None. match, replace and split call it straight (as its BuiltinFunction.call would: realm is
# the running realm) when nothing else they pass it runs JS code either.
REGEXP_METHOD: list[Any] = [lambda realm, o, key: None]


proto = BuiltinTable()       # String.prototype methods
statics = BuiltinTable()     # String.* functions
iter_proto = BuiltinTable()  # %StringIteratorPrototype%


# --- UTF-16 helpers ------------------------------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")

# NON-SPEC: the long strings below are converted in pieces of STRING_PIECE code units
# (string_pieces), with the run's budget check (agent.check_stop) before each: one C call over
# hundreds of MB, or one with a Python callback per character, runs for seconds


def _join_pair(m: re.Match[str]) -> str:
    return chr(0x10000 + ((ord(m.group(0)[0]) - 0xD800) << 10) + (ord(m.group(0)[1]) - 0xDC00))


def _units_to_points(s: str) -> str:
    if _LONE_SURROGATE.search(s) is None:
        return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    # (the codec's error handler is slow on each lone surrogate: the pairs joined by a search)
    return _SURROGATE_PAIR.sub(_join_pair, s)


def _has(char_class: re.Pattern[str], s: str) -> bool:
    """NON-SPEC: whether ``s`` holds a code unit of ``char_class`` (one character, of code
    units beyond ASCII: an ASCII string holds none); a string longer than 2**20 code units
    searched in pieces of that many with the budget checked between them (a search of 2**27
    takes 0.26 s)."""
    n = len(s)
    if n <= 1 << 20:
        return char_class.search(s) is not None
    if s.isascii():
        return False
    for start in range(0, n, 1 << 20):
        check_stop()
        if char_class.search(s, start, start + (1 << 20)) is not None:
            return True
    return False


def code_units_to_code_points(s: str) -> str:
    """NON-SPEC: a string of UTF-16 code units as a Python string of code points: surrogate
    pairs are joined (sec-codepointat), lone surrogates are kept."""
    if not _has(_SURROGATE, s):
        return s
    if len(s) <= STRING_PIECE:
        return _units_to_points(s)
    return "".join([_units_to_points(piece) for piece in string_pieces(s)])


def _pair(m: re.Match[str]) -> str:
    c = ord(m.group(0)) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def code_points_to_code_units(s: str) -> str:
    """NON-SPEC: a Python string of code points as UTF-16 code units (UTF16EncodeCodePoint,
    sec-utf16encodecodepoint, on each)."""
    if not _has(_ASTRAL, s):
        return s
    if len(s) <= STRING_PIECE:
        return _ASTRAL.sub(_pair, s)
    return "".join([_ASTRAL.sub(_pair, piece) for piece in string_pieces(s)])


_SAFE_STARTER: list[re.Pattern[str]] = []


def _safe_starter() -> re.Pattern[str]:
    """NON-SPEC: a starter that nothing before it composes with: canonical combining class 0,
    not the second of any primary composite, no Hangul vowel or trailing jamo (made on first
    use)."""
    if not _SAFE_STARTER:
        unsafe: set[int] = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
        for cp in range(0x20000):  # (no composite nor non-starter lies beyond plane 1)
            ch = chr(cp)
            if unicodedata.combining(ch):
                unsafe.add(cp)
            d = unicodedata.decomposition(ch)
            if d and not d.startswith("<"):
                parts = d.split()
                if len(parts) == 2:
                    unsafe.add(int(parts[1], 16))
        ranges: list[list[int]] = []
        for cp in sorted(unsafe):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
        _SAFE_STARTER.append(re.compile("[^" + "".join(
            re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b != a else "") for a, b in ranges) + "]"))
    return _SAFE_STARTER[0]


def _canonical_order(run: str) -> str:
    """NON-SPEC: the canonical ordering algorithm on a run of non-starters: a stable sort by
    canonical combining class."""
    return "".join(sorted(run, key=unicodedata.combining))


def normalize_text(form: str, text: str) -> str:
    """NON-SPEC: ``unicodedata.normalize(form, text)`` (text a string of code points), for a
    long text in pieces with the budget checked between them. CPython's canonical ordering sorts
    a run of combining marks by insertion (quadratic: 200,000 alternating marks take 25 s), so
    a long text is decomposed in small pieces, a run of non-starters that spans pieces put in
    canonical order by a stable sort on the combining classes, and, for the composed forms,
    composed in pieces that end before a starter nothing composes with."""
    if len(text) <= STRING_PIECE:
        return unicodedata.normalize(form, text)  # type: ignore[arg-type]
    decomposed_form = "NFKD" if form in ("NFKC", "NFKD") else "NFD"
    combining = unicodedata.combining
    parts: list[str] = []
    pending: list[str] = []  # the run of non-starters at the end of the text so far
    # (small pieces: the quadratic ordering within each stays cheap)
    total = 0
    for piece in string_pieces(text, 1024):
        d = unicodedata.normalize(decomposed_form, piece)  # type: ignore[arg-type]
        n = len(d)
        total += n
        if total > MAX_STRING_LENGTH:  # (a decomposition may be 18 code points of one)
            check_string_length(total)
        lead = 0
        while lead < n and combining(d[lead]):
            lead += 1
        if lead == n:
            pending.append(d)
            continue
        if pending:
            pending.append(d[:lead])
            parts.append(_canonical_order("".join(pending)))
            pending = []
        else:
            parts.append(d[:lead])
        trail = n
        while combining(d[trail - 1]):
            trail -= 1
        parts.append(d[lead:trail])
        if trail < n:
            pending.append(d[trail:])
    if pending:
        parts.append(_canonical_order("".join(pending)))
    decomposed = "".join(parts)
    if form == decomposed_form:
        return decomposed
    safe = _safe_starter()
    out: list[str] = []
    total = len(decomposed)
    start = 0
    while start < total:
        check_stop()
        at = start + STRING_PIECE
        end = total
        while at < total:
            m = safe.search(decomposed, at, at + STRING_PIECE)
            if m is not None:
                end = m.start()
                break
            at += STRING_PIECE
            check_stop()
        out.append(unicodedata.normalize(form, decomposed[start:end]))  # type: ignore[arg-type]
        start = end
    return "".join(out)


def code_point_at(s: str, position: int) -> tuple[int, int, bool]:
    """CodePointAt (sec-codepointat): (code point, code unit count, is unpaired surrogate)."""
    first = ord(s[position])
    if first < 0xD800 or first > 0xDFFF:
        return first, 1, False
    if first >= 0xDC00 or position + 1 == len(s):
        return first, 1, True
    second = ord(s[position + 1])
    if second < 0xDC00 or second > 0xDFFF:
        return first, 1, True
    return (first - 0xD800) * 0x400 + (second - 0xDC00) + 0x10000, 2, False



def this_string_value(value: Any, method: str) -> str:
    """ThisStringValue (sec-thisstringvalue)."""
    if type(value) is str:
        return value
    if isinstance(value, JSStringObject):
        return value.primitive
    throw_type_error(f"{method} requires that 'this' be a String")


def _this_coercible(this: Any, method: str) -> Any:
    """Step 'Let O be ? RequireObjectCoercible(this value).' (sec-requireobjectcoercible), with
    V8's message naming the method (NON-SPEC: the message)."""
    if this is None or this is NULL:
        throw_type_error(f"{method} called on null or undefined")
    return this


def _this_str(this: Any, method: str) -> str:
    """Steps 'Let O be ? RequireObjectCoercible(this value). Let S be ? ToString(O).'"""
    if type(this) is str:
        return this
    return to_string(_this_coercible(this, method))


def is_regexp(argument: Any) -> bool:
    """IsRegExp (sec-isregexp)."""
    if not isinstance(argument, JSObject):
        return False
    matcher = argument.get(SYM_MATCH, argument)
    if matcher is not None:
        return to_boolean(matcher)
    return argument.class_name == "RegExp"


def regexp_create(realm: "Realm", pattern: Any, flags: Any) -> Any:
    """RegExpCreate (sec-regexpcreate), through the %RegExp% constructor of the realm."""
    ctor = realm.intrinsics.get("%RegExp%")
    if ctor is None:
        throw_type_error("RegExp is not supported")
    p = None if pattern is None else to_string(pattern)
    return construct(ctor, [p, flags])


def _string_index_of(s: str, search: str, from_index: int) -> int:
    """StringIndexOf (sec-stringindexof): -1 for not-found. NON-SPEC: a step budget is charged
    a step per 1,024 code units searched (check_bulk)."""
    i = s.find(search, from_index)
    check_bulk((len(s) if i < 0 else i + len(search)) - from_index)
    return i


# NON-SPEC: how many references GetSubstitution reads between two budget checks, and the
# length of its result from which each piece's length is checked
SUBSTITUTION_PIECE = 1 << 10


def get_substitution(matched: str, string: str, position: int, captures: list[Any], named_captures: Any,
                     template: str) -> str:
    """GetSubstitution (sec-getsubstitution). ``captures`` holds strings or None (undefined)."""
    if "$" not in template:
        return template
    string_length = len(string)
    result: list[str] = []
    # NON-SPEC: the length so far, checked as each piece is added (each $` or $' is a piece of
    # the subject string: "$'".repeat(1000) on a string of 2**28 code units held hundreds of
    # GiB before the caller saw the result's length), and the budget checked on entry and every
    # SUBSTITUTION_PIECE references (a template of a million $& took seconds a match, of a
    # thousand $& a millisecond, for each of a million matches)
    check_stop()
    total = 0
    refs = 0
    i = 0
    n = len(template)
    while i < n:
        j = template.find("$", i)
        if j < 0:
            result.append(template[i:])
            break
        refs += 1
        if not refs % SUBSTITUTION_PIECE:
            check_stop()
        if j > i:
            result.append(template[i:j])
            total += j - i
        i = j
        c = template[i + 1] if i + 1 < n else ""
        if c == "$":
            piece = "$"
            i += 2
        elif c == "`":
            piece = string[:position]
            i += 2
        elif c == "&":
            piece = matched
            i += 2
        elif c == "'":
            tail = min(position + len(matched), string_length)
            piece = string[tail:]
            i += 2
        elif "0" <= c <= "9":
            c2 = template[i + 2] if i + 2 < n else ""
            digit_count = 2 if "0" <= c2 <= "9" else 1
            index = int(template[i + 1:i + 1 + digit_count])
            capture_length = len(captures)
            if index > capture_length and digit_count == 2:
                digit_count = 1
                index = int(c)
            ref = template[i:i + 1 + digit_count]
            if 1 <= index <= capture_length:
                capture = captures[index - 1]
                piece = "" if capture is None else capture
            else:
                piece = ref
            i += len(ref)
        elif c == "<":
            gt = template.find(">", i)
            if gt < 0 or named_captures is None:
                piece = "$<"
                i += 2
            else:
                group_name = template[i + 2:gt]
                capture = named_captures.get(group_name, named_captures)
                piece = "" if capture is None else to_string(capture)
                i = gt + 1
        else:
            piece = "$"
            i += 1
        total += len(piece)
        if total > SUBSTITUTION_PIECE:
            check_string_length(total)
        result.append(piece)
    return "".join(result)


# --- the String constructor and its functions ----------------------------------------------------

def string_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String ( value ) (sec-string-constructor-string-value)."""
    if not args:
        s = ""
    else:
        value = args[0]
        if new_target is None and type(value) is JSSymbol:
            return value.descriptive_string()
        s = to_string(value)
    if new_target is None:
        return s
    # StringCreate (sec-stringcreate)
    return JSStringObject(get_prototype_from_constructor(new_target, "%String.prototype%"), s)


@statics.method("fromCharCode", 1)
def string_from_char_code(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.fromCharCode (sec-string.fromcharcode)."""
    if len(args) == 1 and type(c := args[0]) is float and 0 <= c < 65536 and c.is_integer():
        return chr(int(c))  # NON-SPEC fast path: one code unit, given as is
    return "".join([_code_units(part) for part in checked_pieces(list(args))])


def _code_units(part: list[Any]) -> str:
    """The code units ToUint16 makes of the values ``part`` (String.fromCharCode's step 3)."""
    if set(map(type, part)) == {float}:
        # NON-SPEC fast path: every value a finite Number whose integral part is in [0, 65536),
        # which is its ToUint16 (checked in C)
        try:
            units = list(map(int, part))
        except (ValueError, OverflowError):  # NaN or an infinity: the general loop
            units = None
        if units is not None and min(units) >= 0 and max(units) < 65536:
            return "".join(map(chr, units))
    return "".join([chr(to_uint16(a)) for a in part])


@statics.method("fromCodePoint", 1)
def string_from_code_point(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.fromCodePoint (sec-string.fromcodepoint)."""
    if args and set(map(type, args)) == {float}:
        # NON-SPEC fast path: every argument an integral Number in range (checked in C)
        try:
            cps = list(map(int, args))
        except (ValueError, OverflowError):  # NaN or an infinity: the loop below throws
            cps = None
        if cps is not None and cps == args and min(cps) >= 0 and (top := max(cps)) <= 0x10FFFF:
            text = "".join(map(chr, cps))
            return text if top <= 0xFFFF else python_string_to_js(text)
    out: list[str] = []
    append = out.append
    for k, nxt in enumerate(list(args)):
        if not k & EVERY_4096:
            check_every(k, EVERY_4096)
        cp = nxt if type(nxt) is float else to_number(nxt)
        # NON-SPEC fast path: an integral Number in the BMP is its own code unit
        if 0.0 <= cp <= 65535.0 and cp == int(cp):
            append(chr(int(cp)))
            continue
        if not (cp == cp and cp not in (INF, -INF) and cp == int(cp)) or cp < 0 or cp > 0x10FFFF:
            throw_range_error(f"Invalid code point {number_to_string(cp)}")
        append(utf16_encode_code_point(int(cp)))
    return "".join(out)


@statics.method("raw", 1)
def string_raw(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.raw (sec-string.raw)."""
    substitutions = args[1:]
    substitution_count = len(substitutions)
    cooked = to_object(argument(args, 0))
    literals = to_object(cooked.get("raw", cooked))
    literal_count = length_of_array_like(literals)
    if literal_count <= 0:
        return ""
    r: list[str] = []
    total = 0
    next_index = 0
    while True:
        check_stop()
        next_literal = to_string(literals.get(str(next_index), literals))
        r.append(next_literal)
        total += len(next_literal)
        if next_index + 1 == literal_count:
            check_string_length(total)
            return "".join(r)
        if next_index < substitution_count:
            next_sub = to_string(substitutions[next_index])
            r.append(next_sub)
            total += len(next_sub)
        check_string_length(total)
        next_index += 1


# --- String.prototype ----------------------------------------------------------------------------

@proto.method("at", 1)
def string_at(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.at (sec-string.prototype.at)."""
    s = _this_str(this, "String.prototype.at")
    n = len(s)
    rel = to_integer_or_infinity(argument(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return None
    return s[int(k)]


@proto.method("charAt", 1)
def string_char_at(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.charAt (sec-string.prototype.charat)."""
    if type(this) is str and args and type(p := args[0]) is float and 0 <= p < len(this):
        return this[int(p)]  # NON-SPEC fast path
    s = _this_str(this, "String.prototype.charAt")
    pos = to_integer_or_infinity(argument(args, 0))
    if pos < 0 or pos >= len(s):
        return ""
    return s[int(pos)]


register_inline("charAt", string_char_at)  # computed in line by emitted calls (compiler/emit.py)


@proto.method("charCodeAt", 1)
def string_char_code_at(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.charCodeAt (sec-string.prototype.charcodeat)."""
    if type(this) is str and args and type(args[0]) is float:
        # NON-SPEC fast path: a string and an integral in-range position
        p = args[0]
        if 0 <= p < len(this) and p == int(p):
            return float(ord(this[int(p)]))
    s = _this_str(this, "String.prototype.charCodeAt")
    pos = to_integer_or_infinity(argument(args, 0))
    if pos < 0 or pos >= len(s):
        return NAN
    return float(ord(s[int(pos)]))


register_inline("charCodeAt", string_char_code_at)  # computed in line by emitted calls (compiler/emit.py)


@proto.method("codePointAt", 1)
def string_code_point_at(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.codePointAt (sec-string.prototype.codepointat)."""
    s = _this_str(this, "String.prototype.codePointAt")
    pos = to_integer_or_infinity(argument(args, 0))
    if pos < 0 or pos >= len(s):
        return None
    return float(code_point_at(s, int(pos))[0])


@proto.method("concat", 1)
def string_concat(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.concat (sec-string.prototype.concat)."""
    s = _this_str(this, "String.prototype.concat")
    parts = [s]
    total = len(s)
    for k, a in enumerate(list(args)):
        if not k & EVERY_4096:
            check_every(k, EVERY_4096)
        t = to_string(a)
        total += len(t)
        check_string_length(total)
        parts.append(t)
    return "".join(parts)


@proto.method("endsWith", 1)
def string_ends_with(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.endsWith (sec-string.prototype.endswith)."""
    if type(this) is str and len(args) == 1 and type(a := args[0]) is str:
        return this.endswith(a)  # NON-SPEC fast path: the steps below up to the length
    s = _this_str(this, "String.prototype.endsWith")
    search_string = argument(args, 0)
    if is_regexp(search_string):
        throw_type_error("First argument to String.prototype.endsWith must not be a regular expression")
    search_str = to_string(search_string)
    n = len(s)
    end_position = argument(args, 1)
    pos = n if end_position is None else to_integer_or_infinity(end_position)
    end = int(min(max(pos, 0), n))
    search_length = len(search_str)
    if search_length == 0:
        return True
    start = end - search_length
    if start < 0:
        return False
    return s[start:end] == search_str


@proto.method("includes", 1)
def string_includes(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.includes (sec-string.prototype.includes)."""
    if type(this) is str and len(args) == 1 and type(a := args[0]) is str:
        return _string_index_of(this, a, 0) >= 0  # NON-SPEC fast path: the steps below from position 0
    s = _this_str(this, "String.prototype.includes")
    search_string = argument(args, 0)
    if is_regexp(search_string):
        throw_type_error("First argument to String.prototype.includes must not be a regular expression")
    search_str = to_string(search_string)
    pos = to_integer_or_infinity(argument(args, 1))
    start = int(min(max(pos, 0), len(s)))
    return _string_index_of(s, search_str, start) >= 0


@proto.method("indexOf", 1)
def string_index_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.indexOf (sec-string.prototype.indexof)."""
    if type(this) is str and len(args) == 1 and type(search := args[0]) is str:
        return float(_string_index_of(this, search, 0))  # NON-SPEC fast path: the steps below, from 0
    s = _this_str(this, "String.prototype.indexOf")
    search_str = to_string(argument(args, 0))
    pos = to_integer_or_infinity(argument(args, 1))
    start = int(min(max(pos, 0), len(s)))
    return float(_string_index_of(s, search_str, start))


@proto.method("isWellFormed", 0)
def string_is_well_formed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.isWellFormed (sec-string.prototype.iswellformed)."""
    s = _this_str(this, "String.prototype.isWellFormed")
    if len(s) <= STRING_PIECE:
        return _LONE_SURROGATE.search(s) is None
    # NON-SPEC: a long string looked at for any surrogate first (a search of one class, in
    # pieces with the budget checked between them), then for lone ones in pieces (none splits a
    # surrogate pair): the search with lookarounds over 2**27 code units took 3.9 s
    return not _has(_SURROGATE, s) or all(_LONE_SURROGATE.search(piece) is None for piece in string_pieces(s))


@proto.method("lastIndexOf", 1)
def string_last_index_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.lastIndexOf (sec-string.prototype.lastindexof)."""
    s = _this_str(this, "String.prototype.lastIndexOf")
    search_str = to_string(argument(args, 0))
    num_pos = to_number(argument(args, 1))
    pos = INF if num_pos != num_pos else to_integer_or_infinity(num_pos)
    n = len(s)
    start = int(min(max(pos, 0), n))
    search_len = len(search_str)
    i = s.rfind(search_str, 0, start + search_len)
    check_bulk(start - i if i >= 0 else start)  # NON-SPEC: a step per 1,024 code units searched
    return float(i)


@proto.method("localeCompare", 1)
def string_locale_compare(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.localeCompare ( that [ , locales [ , options ] ] ) (sec-string.prototype.localecompare,
    ECMA-402's definition: compared by an Intl.Collator)."""
    s = _this_str(this, "String.prototype.localeCompare")
    that = to_string(argument(args, 0))
    return INTL_HOOKS["locale_compare"](realm, s, that, argument(args, 1), argument(args, 2))


@proto.method("match", 1)
def string_match(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.match (sec-string.prototype.match)."""
    if type(this) is str and len(args) == 1 and (impl := REGEXP_METHOD[0](realm, args[0], SYM_MATCH)) is not None:
        return impl(realm, args[0], [this], None)  # NON-SPEC fast path: GetMethod and Call below
    o = _this_coercible(this, "String.prototype.match")
    regexp = argument(args, 0)
    if isinstance(regexp, JSObject):
        matcher = get_method(regexp, SYM_MATCH)
        if matcher is not None:
            return call(matcher, regexp, [o])
    s = to_string(o)
    rx = regexp_create(realm, regexp, None)
    return invoke(rx, SYM_MATCH, [s])


@proto.method("matchAll", 1)
def string_match_all(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.matchAll (sec-string.prototype.matchall)."""
    o = _this_coercible(this, "String.prototype.matchAll")
    regexp = argument(args, 0)
    if isinstance(regexp, JSObject):
        if is_regexp(regexp):
            flags = regexp.get("flags", regexp)
            require_object_coercible(flags)
            if "g" not in to_string(flags):
                throw_type_error("String.prototype.matchAll called with a non-global RegExp argument")
        matcher = get_method(regexp, SYM_MATCH_ALL)
        if matcher is not None:
            return call(matcher, regexp, [o])
    s = to_string(o)
    rx = regexp_create(realm, regexp, "g")
    return invoke(rx, SYM_MATCH_ALL, [s])


@proto.method("normalize", 0)
def string_normalize(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.normalize (sec-string.prototype.normalize)."""
    s = _this_str(this, "String.prototype.normalize")
    form = argument(args, 0)
    f = "NFC" if form is None else to_string(form)
    if f not in ("NFC", "NFD", "NFKC", "NFKD"):
        throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    result = code_points_to_code_units(normalize_text(f, code_units_to_code_points(s)))
    check_string_length(len(result))  # NON-SPEC: no string past the longest one
    return result


def _string_pad(realm: "Realm", this: Any, args: list[Any], placement: str, method: str) -> str:
    """StringPaddingBuiltinsImpl (sec-stringpaddingbuiltinsimpl) and StringPad (sec-stringpad)."""
    s = _this_str(this, method)
    int_max_length = to_length(argument(args, 0))
    string_length = len(s)
    if int_max_length <= string_length:
        return s
    fill = argument(args, 1)
    fill_string = " " if fill is None else to_string(fill)
    if fill_string == "":
        return s
    check_string_length(int_max_length)
    fill_len = int_max_length - string_length
    q, r = divmod(fill_len, len(fill_string))
    filler = fill_string * q + fill_string[:r]
    return filler + s if placement == "start" else s + filler


@proto.method("padEnd", 1)
def string_pad_end(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.padEnd (sec-string.prototype.padend)."""
    return _string_pad(realm, this, args, "end", "String.prototype.padEnd")


@proto.method("padStart", 1)
def string_pad_start(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.padStart (sec-string.prototype.padstart)."""
    return _string_pad(realm, this, args, "start", "String.prototype.padStart")


@proto.method("repeat", 1)
def string_repeat(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.repeat (sec-string.prototype.repeat)."""
    s = _this_str(this, "String.prototype.repeat")
    n = to_integer_or_infinity(argument(args, 0))
    if n < 0 or n == INF:
        throw_range_error(f"Invalid count value: {to_string(n)}")
    if n == 0 or not s:
        return ""
    check_string_length(len(s) * int(n))
    return s * int(n)


@proto.method("replace", 2)
def string_replace(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.replace (sec-string.prototype.replace)."""
    if (type(this) is str and len(args) == 2 and type(p := args[0]) is str and type(r := args[1]) is str
            and "$" not in r and len(this) <= STRING_PIECE):
        # NON-SPEC fast path: a string pattern and a replacement with no $ (GetSubstitution
        # gives it as it is): the first occurrence replaced; a long string takes the steps below,
        # which charge a step budget for the search and the copy
        i = this.find(p)
        return this if i < 0 else this[:i] + r + this[i + len(p):]
    if (type(this) is str and len(args) == 2 and type(r := args[1]) is str
            and (impl := REGEXP_METHOD[0](realm, args[0], SYM_REPLACE)) is not None):
        # NON-SPEC fast path: GetMethod and Call below (a string replacement: no JS code runs)
        return impl(realm, args[0], [this, r], None)
    o = _this_coercible(this, "String.prototype.replace")
    search_value = argument(args, 0)
    replace_value = argument(args, 1)
    if isinstance(search_value, JSObject):
        replacer = get_method(search_value, SYM_REPLACE)
        if replacer is not None:
            return call(replacer, search_value, [o, replace_value])
    string = to_string(o)
    search_string = to_string(search_value)
    functional_replace = is_callable(replace_value)
    if not functional_replace:
        replace_value = to_string(replace_value)
    search_length = len(search_string)
    position = _string_index_of(string, search_string, 0)
    if position < 0:
        return string
    preceding = string[:position]
    following = string[position + search_length:]
    if functional_replace:
        replacement = to_string(call(replace_value, None, [search_string, float(position), string]))
    else:
        replacement = get_substitution(search_string, string, position, [], None, replace_value)
    check_string_length(len(preceding) + len(replacement) + len(following))
    return preceding + replacement + following


def _replace_all_plain(string: str, search: str, replacement: str) -> str:
    """NON-SPEC: the steps of String.prototype.replaceAll from 'Let searchLength be ...' for a
    string replacement with no ``$``: ``str.split`` finds the same matches as StringIndexOf
    from the end of each match (leftmost, not overlapping), and the result is the pieces
    between them joined with the replacement. A long string goes in pieces of STRING_PIECE code
    units with the budget checked between them (one C call over 2**26 matches ran on for
    seconds after the timeout); a piece keeps back its last searchLength - 1 code units
    unmatched, where a match may begin that ends in the next piece."""
    n = len(string)
    if n <= STRING_PIECE:
        if search:
            parts = string.split(search)
            check_string_length(n + (len(parts) - 1) * (len(replacement) - len(search)))
            return replacement.join(parts)
        check_string_length(n + (n + 1) * len(replacement))
        return string.replace("", replacement)
    if not search:  # (a match before each code unit and one at the end)
        check_string_length(n + (n + 1) * len(replacement))
        out = [replacement]
        for piece in string_pieces(string):
            out.append(replacement.join(piece))
            out.append(replacement)
        return "".join(out)
    keep_back = len(search) - 1
    size = STRING_PIECE + keep_back
    out = []
    total = 0
    position = 0
    while True:
        end = position + size
        if end >= n:
            parts = string[position:].split(search)
            total += n - position + (len(parts) - 1) * (len(replacement) - len(search))
            check_string_length(total)
            out.append(replacement.join(parts))
            return "".join(out)
        parts = string[position:end].split(search)
        tail = parts[-1]
        free = max(0, len(tail) - keep_back)  # (the code units no match can cover)
        parts[-1] = tail[:free]
        consumed = end - len(tail) + free - position
        total += consumed + (len(parts) - 1) * (len(replacement) - len(search))
        check_string_length(total)
        out.append(replacement.join(parts))
        position += consumed
        check_stop()


@proto.method("replaceAll", 2)
def string_replace_all(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.replaceAll (sec-string.prototype.replaceall)."""
    o = _this_coercible(this, "String.prototype.replaceAll")
    search_value = argument(args, 0)
    replace_value = argument(args, 1)
    if isinstance(search_value, JSObject):
        if is_regexp(search_value):
            flags = search_value.get("flags", search_value)
            require_object_coercible(flags)
            if "g" not in to_string(flags):
                throw_type_error("replaceAll must be called with a global RegExp")
        replacer = get_method(search_value, SYM_REPLACE)
        if replacer is not None:
            return call(replacer, search_value, [o, replace_value])
    string = to_string(o)
    search_string = to_string(search_value)
    functional_replace = is_callable(replace_value)
    if not functional_replace:
        replace_value = to_string(replace_value)
    if not functional_replace and "$" not in replace_value:
        # NON-SPEC fast path: GetSubstitution gives the replacement as it is, so the result is
        # the string's pieces between matches joined with it (_replace_all_plain)
        return _replace_all_plain(string, search_string, replace_value)
    search_length = len(search_string)
    advance_by = max(1, search_length)
    match_positions: list[int] = []
    position = _string_index_of(string, search_string, 0)
    while position >= 0:
        match_positions.append(position)
        if not len(match_positions) & 0xFFFF:
            check_stop()  # NON-SPEC: the budget check (a match a code unit)
        position = _string_index_of(string, search_string, position + advance_by)
    end_of_last_match = 0
    result: list[str] = []
    total = 0
    for k, p in enumerate(match_positions):
        if k & 0xFFFF == 0xFFFF:
            check_stop()  # NON-SPEC: the budget check
        preserved = string[end_of_last_match:p]
        if functional_replace:
            replacement = to_string(call(replace_value, None, [search_string, float(p), string]))
        else:
            replacement = get_substitution(search_string, string, p, [], None, replace_value)
        result.append(preserved)
        result.append(replacement)
        total += len(preserved) + len(replacement)
        check_string_length(total)
        end_of_last_match = p + search_length
    if end_of_last_match < len(string):
        result.append(string[end_of_last_match:])
        total += len(string) - end_of_last_match
        check_string_length(total)
    return "".join(result)


@proto.method("search", 1)
def string_search(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.search (sec-string.prototype.search)."""
    o = _this_coercible(this, "String.prototype.search")
    regexp = argument(args, 0)
    if isinstance(regexp, JSObject):
        searcher = get_method(regexp, SYM_SEARCH)
        if searcher is not None:
            return call(searcher, regexp, [o])
    s = to_string(o)
    rx = regexp_create(realm, regexp, None)
    return invoke(rx, SYM_SEARCH, [s])


@proto.method("slice", 2)
def string_slice(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.slice (sec-string.prototype.slice)."""
    if type(this) is str and 0 < len(args) <= 2:
        # NON-SPEC fast path: finite Numbers. Truncated (ToIntegerOrInfinity), a Python slice
        # takes them as the steps below do: a negative one from the end, clamped to 0..length
        a = args[0]
        b = args[1] if len(args) == 2 else None
        if type(a) is float and a - a == 0.0:
            if b is None:
                return r if len(r := this[int(a):]) < UNITS_PER_STEP else copied(r)
            if type(b) is float and b - b == 0.0:
                return r if len(r := this[int(a):int(b)]) < UNITS_PER_STEP else copied(r)
    s = _this_str(this, "String.prototype.slice")
    n = len(s)
    int_start = to_integer_or_infinity(argument(args, 0))
    if int_start == -INF:
        frm = 0.0
    elif int_start < 0:
        frm = max(n + int_start, 0)
    else:
        frm = min(int_start, n)
    end = argument(args, 1)
    int_end = n if end is None else to_integer_or_infinity(end)
    if int_end == -INF:
        to = 0.0
    elif int_end < 0:
        to = max(n + int_end, 0)
    else:
        to = min(int_end, n)
    if frm >= to:
        return ""
    return copied(s[int(frm):int(to)])


# NON-SPEC: a string up to this long is split by one str.split (at most ~10 ms); a longer one by
# _split_long
_SPLIT_WHOLE = 1 << 20


def _split_long(string: str, separator: str, lim: int) -> list[str]:
    """NON-SPEC: the substrings of the steps of String.prototype.split from 'Let substrings be
    a new empty List' for a non-empty separator (at most ``lim`` of them), found by str.find
    and str.split (the same leftmost matches, not overlapping) in windows of about STRING_PIECE code
    units with the budget checked between them: one str.split of 'ab'.repeat(2**27) ran 3.6 s
    past a timeout. A window without a match is only searched (no copy); one with matches is
    split, but for its last separatorLength - 1 code units, where a match may begin that ends
    after the window; the substring the window did not end goes on from ``substring_start``."""
    n = len(string)
    separator_length = len(separator)
    keep_back = separator_length - 1
    out: list[str] = []
    substring_start = 0
    position = 0  # (where the search goes on: no match begins between substring_start and it)
    charged = 0  # (the pieces in ``out`` charged to a step budget)
    while True:
        end = min(n, position + STRING_PIECE + keep_back)
        first = string.find(separator, position, end)
        if first >= 0:
            # (the memory limit, before the window's pieces are made: at most its code units)
            check_alloc(items=string.count(separator, first, end), units=end - substring_start)
            out.append(string[substring_start:first])
            parts = string[first + separator_length:end].split(separator)
            tail = parts.pop()
            out += parts
            if len(out) >= lim:
                return out[:lim]
            substring_start = end - len(tail)
            position = end - min(len(tail), keep_back)
        elif end < n:
            position = end - keep_back
        if end == n:
            out.append(string[substring_start:])
            return out[:lim] if len(out) > lim else out
        check_stop((STRING_PIECE >> 10) + len(out) - charged)  # (a step per 1,024 code units and per piece)
        charged = len(out)


@proto.method("split", 2)
def string_split(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.split (sec-string.prototype.split)."""
    if type(this) is str and len(args) == 1 and type(sep := args[0]) is str and sep:
        # NON-SPEC fast path: a non-empty string separator and no limit: the loop below
        if len(this) > _SPLIT_WHOLE:
            return JSArray(realm.array_prototype, _split_long(this, sep, 2**32 - 1))
        if len(this) > ITEM_PIECE:
            check_alloc(items=this.count(sep) + 1, units=len(this))  # (the memory limit, first)
        if len(parts := this.split(sep)) > ITEM_PIECE:
            check_items(len(parts))  # (a step per piece made)
        return create_array_from_list(parts, realm)
    if (type(this) is str and 0 < len(args) <= 2 and (len(args) == 1 or args[1] is None or type(args[1]) is float)
            and (impl := REGEXP_METHOD[0](realm, args[0], SYM_SPLIT)) is not None):
        # NON-SPEC fast path: GetMethod and Call below (no limit, or a Number: no JS code runs)
        return impl(realm, args[0], [this, argument(args, 1)], None)
    o = _this_coercible(this, "String.prototype.split")
    separator = argument(args, 0)
    limit = argument(args, 1)
    if isinstance(separator, JSObject):
        splitter = get_method(separator, SYM_SPLIT)
        if splitter is not None:
            return call(splitter, separator, [o, limit])
    string = to_string(o)
    lim = 2**32 - 1 if limit is None else to_uint32(limit)
    separator_string = to_string(separator)
    if lim == 0:
        return create_array_from_list([], realm)
    if separator is None:
        return create_array_from_list([string], realm)
    separator_length = len(separator_string)
    if separator_length == 0:
        if len(string) <= STRING_PIECE:
            return create_array_from_list(list(string[:lim]), realm)
        check_alloc(items=min(len(string), lim))  # NON-SPEC: the memory limit, before the list is made
        # NON-SPEC: a long string's code units listed in pieces with the budget checked between them
        units: list[Any] = []
        for start in range(0, min(len(string), lim), STRING_PIECE):
            check_stop(min(STRING_PIECE, lim - start))  # (a step per element made: see check_stop)
            units += string[start:min(start + STRING_PIECE, lim)]
        return JSArray(realm.array_prototype, units)  # (the list is the new array's: no copy)
    if not string:
        return create_array_from_list([string], realm)
    if len(string) > _SPLIT_WHOLE:
        return JSArray(realm.array_prototype, _split_long(string, separator_string, lim))
    substrings: list[Any] = []
    search_start = 0
    match_index = _string_index_of(string, separator_string, 0)
    while match_index >= 0:
        if not len(substrings) & EVERY_4096:
            check_every(len(substrings), EVERY_4096)
        substrings.append(string[search_start:match_index])
        if len(substrings) == lim:
            return create_array_from_list(substrings, realm)
        search_start = match_index + separator_length
        match_index = _string_index_of(string, separator_string, search_start)
    substrings.append(string[search_start:])
    charge_rest(len(substrings), EVERY_4096)
    return create_array_from_list(substrings, realm)


@proto.method("startsWith", 1)
def string_starts_with(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.startsWith (sec-string.prototype.startswith)."""
    if type(this) is str and len(args) == 1 and type(a := args[0]) is str:
        return this.startswith(a)  # NON-SPEC fast path: the steps below from position 0
    s = _this_str(this, "String.prototype.startsWith")
    search_string = argument(args, 0)
    if is_regexp(search_string):
        throw_type_error("First argument to String.prototype.startsWith must not be a regular expression")
    search_str = to_string(search_string)
    n = len(s)
    position = argument(args, 1)
    pos = 0.0 if position is None else to_integer_or_infinity(position)
    start = int(min(max(pos, 0), n))
    search_length = len(search_str)
    if search_length == 0:
        return True
    end = start + search_length
    if end > n:
        return False
    return s[start:end] == search_str


@proto.method("substring", 2)
def string_substring(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.substring (sec-string.prototype.substring)."""
    if type(this) is str and 0 < len(args) <= 2:
        # NON-SPEC fast path: Numbers within 0..length (truncated, as ToIntegerOrInfinity)
        a = args[0]
        b = args[1] if len(args) == 2 else None
        n = len(this)
        if type(a) is float and 0 <= a <= n:
            if b is None:
                return r if len(r := this[int(a):]) < UNITS_PER_STEP else copied(r)
            if type(b) is float and 0 <= b <= n:
                x, y = int(a), int(b)
                return r if len(r := this[x:y] if x <= y else this[y:x]) < UNITS_PER_STEP else copied(r)
    s = _this_str(this, "String.prototype.substring")
    n = len(s)
    int_start = to_integer_or_infinity(argument(args, 0))
    end = argument(args, 1)
    int_end = n if end is None else to_integer_or_infinity(end)
    final_start = int(min(max(int_start, 0), n))
    final_end = int(min(max(int_end, 0), n))
    return copied(s[min(final_start, final_end):max(final_start, final_end)])


@proto.method("substr", 2)
def string_substr(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.substr (sec-string.prototype.substr)."""
    s = _this_str(this, "String.prototype.substr")
    size = len(s)
    int_start = to_integer_or_infinity(argument(args, 0))
    if int_start == -INF:
        int_start = 0.0
    elif int_start < 0:
        int_start = max(size + int_start, 0)
    else:
        int_start = min(int_start, size)
    length = argument(args, 1)
    int_length = size if length is None else to_integer_or_infinity(length)
    int_length = min(max(int_length, 0), size)
    int_end = min(int_start + int_length, size)
    if int_start >= int_end:
        return ""
    return copied(s[int(int_start):int(int_end)])


def _default_case_map(cps: str, upper: bool) -> str:
    """NON-SPEC: the default full case mapping of a string of code points; a long text in
    pieces, with the budget check between them (the default full mappings are of one code
    point each, but for the final sigma, whose context may be any length: a text with a capital
    sigma is lowered in one call)."""
    if len(cps) > STRING_PIECE and (upper or "\u03a3" not in cps):
        parts: list[str] = []
        total = 0
        for piece in string_pieces(cps):
            parts.append(piece.upper() if upper else piece.lower())
            total += len(parts[-1])
            check_string_length(total)  # (a mapping may make up to three code points of one)
        return "".join(parts)
    return cps.upper() if upper else cps.lower()


def _case_map(s: str, upper: bool) -> str:
    check_bulk(len(s))  # NON-SPEC: a step per 1,024 code units (see check_bulk)
    if s.isascii():
        return s.upper() if upper else s.lower()
    cps = code_units_to_code_points(s)
    mapped = (cps.upper() if upper else cps.lower()) if len(cps) <= STRING_PIECE else _default_case_map(cps, upper)
    result = code_points_to_code_units(mapped)
    check_string_length(len(result))  # NON-SPEC: no string past the longest one
    return result


# The language-sensitive mappings of Unicode's SpecialCasing.txt (Turkish and Azeri dotted and
# dotless i, Lithuanian dot above), for TransformCase's locale
_LT_LOWER = {"\u00cc": "i\u0307\u0300", "\u00cd": "i\u0307\u0301", "\u0128": "i\u0307\u0303"}
_LT_LOWER_TABLE = str.maketrans(_LT_LOWER)
_SPECIAL_CASING: dict[str, re.Pattern[str]] = {}


def _special_casing() -> dict[str, re.Pattern[str]]:
    """NON-SPEC: the patterns of SpecialCasing's conditions (made on first use, from the
    combining classes of planes 0 and 1, where every combining mark lies): "nonstarters" a
    run of marks, "tr_dot" I and a dot above with no mark of class 0 or 230 between (SpecialCasing's
    After_I before the dot: both go to i), "lt_more_above" I, J or I with ogonek before More_Above
    (a mark of class 230 with no mark of class 0 or 230 between), "lt_soft_dot" a dot above
    After_Soft_Dotted (Lithuanian drops it when upper-casing)."""
    if not _SPECIAL_CASING:
        other: list[int] = []  # (classes other than 0 and 230)
        above: list[int] = []  # (class 230)
        for cp in range(0x20000):
            c = unicodedata.combining(chr(cp))
            if c == 230:
                above.append(cp)
            elif c:
                other.append(cp)

        def char_class(cps: list[int]) -> str:
            ranges: list[list[int]] = []
            for cp in cps:
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
            return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b != a else "") for a, b in ranges) + "]"
        others = char_class(other)
        _SPECIAL_CASING["nonstarters"] = re.compile(char_class(sorted(other + above)) + "*")
        _SPECIAL_CASING["tr_dot"] = re.compile(f"I({others}*)\u0307")
        _SPECIAL_CASING["lt_more_above"] = re.compile(f"[IJ\u012e](?={others}*{char_class(above)})")
        # (a dot above After_Soft_Dotted: a Soft_Dotted letter (PropList) before it, with no
        # mark of class 0 or 230 between; the letter and those marks are group 1)
        soft_dotted = [cp for a, b in decode_ranges(unicode_data.BINARY["Soft_Dotted"]) for cp in range(a, b + 1)]
        _SPECIAL_CASING["lt_soft_dot"] = re.compile(f"({char_class(soft_dotted)}{others}*)\u0307")
    return _SPECIAL_CASING


def _lt_more_above(m: re.Match[str]) -> str:
    return m.group().lower() + "\u0307"


def _special_casing_of(text: str, upper: bool, language: str) -> str:
    """NON-SPEC: ``text`` with SpecialCasing's conditional mappings for ``language`` ("tr", "az"
    or "lt") made (each by a replacement or a regexp over the whole text)."""
    if language in ("tr", "az"):
        if upper:
            return text.replace("i", "\u0130")
        if "I" not in text and "\u0130" not in text:
            return text
        text = text.replace("\u0130", "i")
        if "\u0307" in text:
            text = _special_casing()["tr_dot"].sub("i\\1", text)
        return text.replace("I", "\u0131")
    if upper:
        # (Lithuanian: a dot above after a soft-dotted letter goes)
        return _special_casing()["lt_soft_dot"].sub("\\1", text) if "\u0307" in text else text
    if "I" in text or "J" in text or "\u012e" in text:
        text = _special_casing()["lt_more_above"].sub(_lt_more_above, text)
    return text.translate(_LT_LOWER_TABLE)


def _language_case_map(s: str, upper: bool, language: str) -> str:
    """The case mapping of ``s`` in ``language`` ("tr", "az" or "lt"): SpecialCasing's
    conditional mappings for it put in first, then the default full mapping of the whole text
    (so that a final sigma is still one). NON-SPEC: a long text in pieces, each ending before
    a code point of combining class 0 (the conditions look only through combining marks), with
    the budget checked between them."""
    text = code_units_to_code_points(s)
    n = len(text)
    if n <= STRING_PIECE:
        mapped = _special_casing_of(text, upper, language)
    else:
        nonstarters = _special_casing()["nonstarters"]
        parts: list[str] = []
        start = 0
        while start < n:
            if start:
                check_stop()
            end = start + STRING_PIECE
            if end < n:
                end = match_run(nonstarters, text, end)
            parts.append(_special_casing_of(text[start:end], upper, language))
            start = end
        mapped = "".join(parts)
    result = code_points_to_code_units(_default_case_map(mapped, upper))
    check_string_length(len(result))  # NON-SPEC: no string past the longest one
    return result


def transform_case(s: str, locales: Any, upper: bool) -> str:
    """TransformCase ( S, locales, targetCase ) (sec-transform-case, ECMA-402): the mapping of
    the first requested locale's language where it has its own (tr, az, lt), else the root's."""
    language = INTL_HOOKS["case_language"](locales) if locales is not None else None
    if language is None:
        return _case_map(s, upper)
    return _language_case_map(s, upper, language)


@proto.method("toLocaleLowerCase", 0)
def string_to_locale_lower_case(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.toLocaleLowerCase ( [ locales ] ) (sec-string.prototype.tolocalelowercase,
    ECMA-402)."""
    return transform_case(_this_str(this, "String.prototype.toLocaleLowerCase"), argument(args, 0), False)


@proto.method("toLocaleUpperCase", 0)
def string_to_locale_upper_case(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.toLocaleUpperCase ( [ locales ] ) (sec-string.prototype.tolocaleuppercase,
    ECMA-402)."""
    return transform_case(_this_str(this, "String.prototype.toLocaleUpperCase"), argument(args, 0), True)


@proto.method("toLowerCase", 0)
def string_to_lower_case(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.toLowerCase (sec-string.prototype.tolowercase)."""
    return _case_map(_this_str(this, "String.prototype.toLowerCase"), False)


@proto.method("toString", 0)
def string_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.toString (sec-string.prototype.tostring)."""
    return this_string_value(this, "String.prototype.toString")


@proto.method("toUpperCase", 0)
def string_to_upper_case(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.toUpperCase (sec-string.prototype.touppercase)."""
    return _case_map(_this_str(this, "String.prototype.toUpperCase"), True)


@proto.method("toWellFormed", 0)
def string_to_well_formed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.toWellFormed (sec-string.prototype.towellformed)."""
    s = _this_str(this, "String.prototype.toWellFormed")
    if len(s) <= STRING_PIECE:
        return _LONE_SURROGATE.sub("\ufffd", s)
    # NON-SPEC: in pieces (none splits a surrogate pair), with the budget check between them,
    # a piece without a surrogate kept as it is
    return "".join([_LONE_SURROGATE.sub("\ufffd", piece) if _SURROGATE.search(piece) else piece
                    for piece in string_pieces(s)])


@proto.method("trim", 0)
def string_trim(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.trim (sec-string.prototype.trim)."""
    return trim_string(_this_str(this, "String.prototype.trim"))


@proto.method("trimEnd", 0)
def string_trim_end(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.trimEnd (sec-string.prototype.trimend)."""
    return trim_string(_this_str(this, "String.prototype.trimRight"), "end")  # (V8's message names the Annex B alias)


@proto.method("trimStart", 0)
def string_trim_start(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.trimStart (sec-string.prototype.trimstart)."""
    return trim_string(_this_str(this, "String.prototype.trimLeft"), "start")  # (V8's message names the Annex B alias)


@proto.method("valueOf", 0)
def string_value_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype.valueOf (sec-string.prototype.valueof)."""
    return this_string_value(this, "String.prototype.valueOf")


# --- Annex B HTML methods (sec-string.prototype.anchor ...) ---------------------------------------

def _create_html(this: Any, tag: str, attribute: str, value: Any, method: str) -> str:
    """CreateHTML (sec-createhtml)."""
    s = _this_str(this, method)
    p1 = "<" + tag
    if attribute:
        v = to_string(value)
        # NON-SPEC: the result's length checked before it is made (a RangeError past the
        # implementation limit, as for any string), then a long value escaped in pieces with
        # the budget checked between them
        quotes = v.count('"')
        check_string_length(2 * len(tag) + len(attribute) + 9 + len(v) + 5 * quotes + len(s))
        if not quotes:
            escaped = v
        elif len(v) <= STRING_PIECE:
            escaped = v.replace('"', "&quot;")
        else:
            escaped = "".join([piece.replace('"', "&quot;") for piece in string_pieces(v)])
        p1 += " " + attribute + '="' + escaped + '"'
    else:
        check_string_length(2 * len(tag) + 5 + len(s))  # NON-SPEC: as above
    return p1 + ">" + s + "</" + tag + ">"


def _html_method(name: str, tag: str, attribute: str) -> None:
    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        return _create_html(this, tag, attribute, argument(args, 0), "String.prototype." + name)
    impl.__doc__ = f"String.prototype.{name} (sec-string.prototype.{name.lower()})."
    impl.__name__ = "string_" + name
    proto.method(name, 1 if attribute else 0)(impl)


for _name, _tag, _attr in (
    ("anchor", "a", "name"), ("big", "big", ""), ("blink", "blink", ""), ("bold", "b", ""),
    ("fixed", "tt", ""), ("fontcolor", "font", "color"), ("fontsize", "font", "size"),
    ("italics", "i", ""), ("link", "a", "href"), ("small", "small", ""), ("strike", "strike", ""),
    ("sub", "sub", ""), ("sup", "sup", ""),
):
    _html_method(_name, _tag, _attr)


# --- String iterators (sec-string-iterator-objects) ------------------------------------------------

class StringIteratorObject(JSObject):
    """A String Iterator instance (sec-createstringiterator): the iterated string (None once
    exhausted) and the next code unit position."""

    __slots__ = ("iterated", "position")

    def __init__(self, proto: JSObject | None, s: str) -> None:
        JSObject.__init__(self, proto)
        self.iterated: str | None = s
        self.position = 0


@proto.method(SYM_ITERATOR, 0)
def string_iterator(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """String.prototype [ %Symbol.iterator% ] (sec-string.prototype-%symbol.iterator%)."""
    s = _this_str(this, "String.prototype[Symbol.iterator]")
    return StringIteratorObject(realm.intrinsics["%StringIteratorPrototype%"], s)


@iter_proto.method("next", 0)
def string_iterator_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%StringIteratorPrototype%.next (sec-%stringiteratorprototype%.next)."""
    if not isinstance(this, StringIteratorObject):
        throw_type_error("next method called on incompatible receiver (not a String Iterator)")
    s = this.iterated
    if s is None:
        return create_iter_result_object(None, True)
    pos = this.position
    if pos >= len(s):
        this.iterated = None
        return create_iter_result_object(None, True)
    _, count, _ = code_point_at(s, pos)
    this.position = pos + count
    return create_iter_result_object(s[pos:pos + count], False)


def _string_iterator_step(it: Any) -> Any:
    """NON-SPEC: the step of %StringIteratorPrototype%.next for IteratorStepValue
    (iteration.register_fast_next, which calls it in the built-in's realm only): the code point
    its fresh result object would hold, or DONE; NOT_FAST for another receiver."""
    if type(it) is not StringIteratorObject:
        return NOT_FAST
    s = it.iterated
    if s is None:
        return DONE
    pos = it.position
    n = len(s)
    if pos >= n:
        it.iterated = None
        return DONE
    c = s[pos]
    # (CodePointAt: a lead surrogate followed by a trail surrogate is one code point)
    if "\ud800" <= c <= "\udbff" and pos + 1 < n and "\udc00" <= s[pos + 1] <= "\udfff":
        it.position = pos + 2
        return s[pos:pos + 2]
    it.position = pos + 1
    return c


register_fast_next(string_iterator_next, _string_iterator_step)


# --- setup ------------------------------------------------------------------------------------------

def setup(realm: "Realm") -> None:
    sp = JSStringObject(realm.object_prototype, "")
    realm.intrinsics["%String.prototype%"] = sp
    ctor = make_constructor(realm, string_constructor, "String", 1, sp)
    realm.intrinsics["%String%"] = ctor
    statics.install(realm, ctor)
    proto.install(realm, sp)
    # Annex B: trimLeft / trimRight are the same function objects as trimStart / trimEnd.
    sp.define_builtin("trimLeft", sp.props["trimStart"].value)
    sp.define_builtin("trimRight", sp.props["trimEnd"].value)

    sip = JSObject(realm.intrinsics["%Iterator.prototype%"])
    realm.intrinsics["%StringIteratorPrototype%"] = sip
    iter_proto.install(realm, sip)
    sip.define_builtin(SYM_TO_STRING_TAG, "String Iterator", C)

    realm.define_global("String", ctor)
