"""RegExp objects (sec-regexp-regular-expression-objects) and RegExp String Iterator objects
(sec-regexp-string-iterator-objects).

The pattern grammar is in ``parser``, the backtracking matcher in ``matcher``; compiled
matchers are cached per (source, flags) -- they hold no JS objects, so realms can share them.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Iterator

from pyjsvm.runtime.agent import ALLOCATION_CHECK_MIN, check_stop, get_agent, JSThrow, throw_range_error, throw_syntax_error, throw_type_error
from pyjsvm.runtime.iteration import create_iter_result_object
from pyjsvm.runtime.objects import A, C, W, PROTO_EPOCH, JSArray, JSObject, Prop, default_species
from pyjsvm.compiler.expressions import REGEXP_CREATE
from pyjsvm.runtime.operations import (
    call, construct, get_prototype_from_constructor,
    is_callable, length_of_array_like, same_value, set_, species_constructor, to_integer_or_infinity, to_length,
    to_boolean, to_object, to_string, to_uint32,
)
from pyjsvm.runtime.values import NULL, SYM_SPECIES, SYM_TO_STRING_TAG, WELL_KNOWN_SYMBOLS, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.regexp.matcher import Matcher, MatchTooComplex
from pyjsvm.regexp.parser import PatternError, parse_flags, parse_pattern
from pyjsvm.regexp.validate import take_parsed_pattern
from pyjsvm.intrinsics.string import REGEXP_METHOD, code_point_at, get_substitution, is_regexp
from pyjsvm.runtime.objects import BuiltinFunction
from pyjsvm.runtime.operations import incompatible_receiver, to_display
from pyjsvm.runtime.operators import check_string_length, concat_strings, string_pieces

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

SYM_MATCH = WELL_KNOWN_SYMBOLS["match"]
SYM_MATCH_ALL = WELL_KNOWN_SYMBOLS["matchAll"]
SYM_REPLACE = WELL_KNOWN_SYMBOLS["replace"]
SYM_SEARCH = WELL_KNOWN_SYMBOLS["search"]
SYM_SPLIT = WELL_KNOWN_SYMBOLS["split"]

proto = BuiltinTable()       # RegExp.prototype
statics = BuiltinTable()     # RegExp.*
iter_proto = BuiltinTable()  # %RegExpStringIteratorPrototype%



class JSRegExpObject(JSObject):
    """A RegExp instance: [[RegExpMatcher]] (``matcher``, None until initialized),
    [[OriginalSource]], [[OriginalFlags]]; ``group_names`` is the capture-name table of the
    [[RegExpRecord]]."""

    __slots__ = ("matcher", "original_source", "original_flags", "group_names", "has_names", "realm",
                 "legacy_features")
    class_name = "RegExp"

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.realm: Any = get_agent().realm       # [[Realm]] (legacy RegExp features)
        self.legacy_features = False        # [[LegacyFeaturesEnabled]]
        self.matcher: Matcher | None = None
        self.original_source = ""
        self.original_flags = ""
        self.group_names: list[str | None] = []
        self.has_names = False


# --- compilation cache ----------------------------------------------------------------------

_CACHE: "OrderedDict[tuple[str, str], tuple[Matcher, list[str | None], bool]]" = OrderedDict()
_CACHE_SIZE = 512
_CHARGED_PATTERN = 1 << 10  # NON-SPEC: the shortest pattern whose compilation charges a step budget


def _compile(pattern: str, flags: str) -> tuple[Matcher, list[str | None], bool]:
    if len(pattern) >= _CHARGED_PATTERN:
        # NON-SPEC: a step budget is charged a step per code unit of a long pattern, cached or
        # not (so that the count does not depend on what ran before): 100 patterns of 64K code
        # units compiled for 15.7 s under step_limit=10000
        check_stop(len(pattern))
    key = (pattern, flags)
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    try:
        parsed = take_parsed_pattern(pattern, flags) or parse_pattern(pattern, flags)
        m = Matcher(parsed, flags)
    except PatternError as e:
        throw_syntax_error(f"Invalid regular expression: /{pattern}/{flags}: {e}")
    except RecursionError:
        throw_syntax_error(f"Invalid regular expression: /{pattern}/{flags}: Regular expression too large")
    entry = (m, parsed.group_names, parsed.has_names)
    _CACHE[key] = entry
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return entry


# --- abstract operations --------------------------------------------------------------------

def regexp_alloc(new_target: JSObject) -> JSRegExpObject:
    """RegExpAlloc (sec-regexpalloc)."""
    obj = JSRegExpObject(get_prototype_from_constructor(new_target, "%RegExp.prototype%"))
    this_realm = get_agent().realm
    assert this_realm is not None
    obj.realm = this_realm
    obj.legacy_features = new_target is this_realm.intrinsics.get("%RegExp%")
    obj.props["lastIndex"] = Prop(None, W)
    return obj


_new_regexp = object.__new__


def regexp_create_literal(realm: Any, pattern: str, flags: str) -> JSRegExpObject:
    """RegExpCreate(pattern, flags) (sec-regexpcreate) as a RegularExpressionLiteral runs it:
    RegExpAlloc(%RegExp%) then RegExpInitialize, steps that run no user code here (%RegExp%'s
    ``prototype`` is neither writable nor configurable, the pattern and the flags are strings,
    and lastIndex is the new object's own writable property). NON-SPEC: the fields set in one
    frame; the compiled matcher comes from the cache."""
    m, names, has_names = _compile(pattern, flags)
    obj = _new_regexp(JSRegExpObject)
    obj.props = {"lastIndex": Prop(0.0, W)}
    obj.proto = realm.intrinsics["%RegExp.prototype%"]
    obj.extensible = True
    obj.realm = realm
    obj.legacy_features = True
    obj.matcher = m
    obj.original_source = pattern
    obj.original_flags = flags
    obj.group_names = names
    obj.has_names = has_names
    return obj


REGEXP_CREATE[:] = [regexp_create_literal]


def regexp_initialize(obj: JSRegExpObject, pattern: Any, flags: Any) -> JSRegExpObject:
    """RegExpInitialize (sec-regexpinitialize)."""
    p = "" if pattern is None else to_string(pattern)
    f = "" if flags is None else to_string(flags)
    if parse_flags(f) is None:
        throw_syntax_error(f"Invalid flags supplied to RegExp constructor '{f}'")
    m, names, has_names = _compile(p, f)
    obj.original_source = p
    obj.original_flags = f
    obj.matcher = m
    obj.group_names = names
    obj.has_names = has_names
    set_(obj, "lastIndex", 0.0, True)
    return obj


def advance_string_index(s: str, index: int, unicode: bool) -> int:
    """AdvanceStringIndex (sec-advancestringindex)."""
    if not unicode or index + 1 >= len(s):
        return index + 1
    return index + code_point_at(s, index)[1]


def _get_last_index(r: JSObject) -> int:
    p = r.props.get("lastIndex") if r.simple_props else None
    if type(p) is Prop and type(p.value) is float and not p.flags & 8:
        v = p.value
        if 0 <= v < 2**53 and v == int(v):
            return int(v)
    return to_length(r.get("lastIndex", r))


def _set_last_index(r: JSObject, v: int) -> None:
    p = r.props.get("lastIndex") if type(r) is JSRegExpObject else None
    if type(p) is Prop and p.flags == W:
        p.value = float(v)
        return
    set_(r, "lastIndex", float(v), True)


def _match_caps(r: JSRegExpObject, s: str) -> list[int] | None:
    """RegExpBuiltinExec (sec-regexpbuiltinexec) steps 1-14 and 16-17: the lastIndex protocol
    and the match, as the capture list of ``Matcher.search`` (None when it fails); the legacy
    static properties are updated. The caller builds the match array (steps 18-36)."""
    flags = r.original_flags
    glob = "g" in flags
    sticky = "y" in flags
    agent = get_agent()
    if not glob and not sticky:
        # 4. ToLength(? Get(R, "lastIndex")). NON-SPEC (speed): not read when the own lastIndex
        # (a data property: non-configurable) holds a Number, whose ToLength runs no code and
        # which step 7 does not use
        p = r.props.get("lastIndex")
        if type(p) is not Prop or type(p.value) is not float:
            _get_last_index(r)
        matcher = r.matcher
        assert matcher is not None
        try:
            caps = matcher.search(s, 0, False, "u" in flags or "v" in flags, agent.poll)
        except MatchTooComplex as e:
            throw_range_error(str(e))
        if caps is not None:
            _update_legacy_in(agent.realm, r, s, caps)
        return caps
    length = len(s)
    last_index = _get_last_index(r)
    matcher = r.matcher
    assert matcher is not None
    if last_index > length:
        _set_last_index(r, 0)
        return None
    try:
        caps = matcher.search(s, last_index, sticky, "u" in flags or "v" in flags, agent.poll)
    except MatchTooComplex as e:
        throw_range_error(str(e))
    if caps is None:
        _set_last_index(r, 0)
        return None
    _set_last_index(r, caps[1])
    _update_legacy_in(agent.realm, r, s, caps)
    return caps


def _update_legacy(r: JSRegExpObject, s: str, caps: list[int]) -> None:
    """UpdateLegacyRegExpStaticProperties / InvalidateLegacyRegExpStaticProperties (Annex B
    legacy RegExp features proposal), after a successful match of ``r`` (RegExpBuiltinExec)."""
    _update_legacy_in(get_agent().realm, r, s, caps)


def _update_legacy_in(realm: Any, r: JSRegExpObject, s: str, caps: list[int]) -> None:
    """``_update_legacy`` in the current realm ``realm``."""
    if r.realm is realm:
        hd = realm.host_defined
        hd["regexp_legacy"] = (s, caps) if r.legacy_features else None
        hd.pop("regexp_legacy_input", None)


def _cap_values(s: str, caps: list[int]) -> list[Any]:
    """The matched substring and the captures (None for undefined) of a capture list."""
    values: list[Any] = [s[caps[0]:caps[1]]]
    for i in range(2, len(caps), 2):
        st = caps[i]
        values.append(None if st < 0 else s[st:caps[i + 1]])
    return values


def regexp_builtin_exec(r: JSRegExpObject, s: str) -> Any:
    """RegExpBuiltinExec (sec-regexpbuiltinexec)."""
    caps = _match_caps(r, s)
    if caps is None:
        return NULL
    realm = get_agent().realm
    assert realm is not None
    return _match_array(realm, r, s, caps, _cap_values(s, caps))


def _match_array(realm: "Realm", r: JSRegExpObject, s: str, caps: list[int], values: list[Any]) -> JSArray:
    """RegExpBuiltinExec (sec-regexpbuiltinexec) steps 18-36: the match array."""
    a = JSArray(realm.array_prototype, values)
    props = a.props
    props["index"] = float(caps[0])
    props["input"] = s
    if not r.has_names and "d" not in r.original_flags:
        props["groups"] = None
        return a
    groups, group_names = _groups_object(r, values)
    props["groups"] = groups
    if "d" in r.original_flags:
        props["indices"] = _make_indices_array(realm, caps, group_names, r.has_names)
    return a


def _groups_object(r: JSRegExpObject, values: list[Any]) -> tuple[Any, list[Any]]:
    """The groups object of a match (sec-regexpbuiltinexec steps 29-35; undefined without named
    groups: a duplicate name holds the capture of the alternative that participated) and the
    group name of each capture that sets it (for the indices array)."""
    group_names: list[Any] = []
    if not r.has_names:
        return None, group_names
    groups = JSObject(None)
    matched_names: set[str] = set()
    for i in range(1, len(values)):
        name = r.group_names[i - 1]
        if name is None or name in matched_names:
            group_names.append(None)
            continue
        v = values[i]
        if v is not None:
            matched_names.add(name)
        groups.props[name] = v
        group_names.append(name)
    return groups, group_names


def _make_indices_array(realm: "Realm", caps: list[int], group_names: list[Any], has_groups: bool) -> JSArray:
    """MakeMatchIndicesIndexPairArray (sec-makematchindicesindexpairarray)."""
    n = len(caps) // 2
    pairs: list[Any] = []
    groups: Any = JSObject(None) if has_groups else None
    for i in range(n):
        st = caps[2 * i]
        pair: Any = None if st < 0 else JSArray(realm.array_prototype, [float(st), float(caps[2 * i + 1])])
        pairs.append(pair)
        if i > 0 and has_groups:
            name = group_names[i - 1]
            if name is not None:
                groups.props[name] = pair
    a = JSArray(realm.array_prototype, pairs)
    a.props["groups"] = groups
    return a


def regexp_exec(r: JSObject, s: str) -> Any:
    """RegExpExec (sec-regexpexec)."""
    exec_fn = r.get("exec", r)
    if is_callable(exec_fn):
        if type(exec_fn) is not _BUILTIN_EXEC_TYPE or getattr(exec_fn, "impl", None) is not regexp_proto_exec:
            result = call(exec_fn, r, [s])
            if not isinstance(result, JSObject) and result is not NULL:
                throw_type_error("exec result must be an object or null")
            return result
    if not isinstance(r, JSRegExpObject) or r.matcher is None:
        throw_type_error(incompatible_receiver("RegExp.prototype.exec", r))
    return regexp_builtin_exec(r, s)


_BUILTIN_EXEC_TYPE: Any = None

# NON-SPEC: the RegExp.prototype properties whose [[Get]] the RegExp protocol performs (exec,
# and flags with the getters it reads): while they are the built-ins and the instance shadows
# none of them, those reads are not observable, and the built-ins below may run the matcher
# directly (realm.host_defined["regexp_pristine"] records the properties as installed).
_PROTOCOL_KEYS = ("exec", "flags", "hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode",
                  "unicodeSets", "sticky")


def _protocol_as_installed(realm: "Realm", r: JSObject, count: int) -> bool:
    """NON-SPEC: whether ``r``'s prototype is ``realm``'s %RegExp.prototype% and its first
    ``count`` _PROTOCOL_KEYS properties are as installed. NON-SPEC (speed): the flags
    properties (accessors, of which no Set changes anything) are compared again only when
    PROTO_EPOCH has changed since they last were found as installed: every change of an
    accessor property -- a [[DefineOwnProperty]] of an existing key, a [[Delete]] of a Prop, a
    new accessor -- counts it (runtime/objects.py); ``exec``, a writable data property that
    an assignment changes in place, is compared every time."""
    rec: Any = realm.host_defined.get("regexp_pristine")
    if rec is None:
        return False
    rp: JSObject = rec[0]
    if r.proto is not rp:
        return False
    props = rp.props
    stored: Any = rec[1][0]
    if stored.value is not rec[2][0] or props.get("exec") is not stored:
        return False
    checked = rec[4]
    if count == 1 or checked[0] == PROTO_EPOCH[0]:
        return True
    # (the comparisons in C: a Prop and a function compare by identity)
    stored_props = rec[1]
    if (tuple(map(props.get, _PROTOCOL_KEYS)) == stored_props and tuple(map(_PROP_VALUE, stored_props)) == rec[2]
            and tuple(map(_PROP_GETTER, stored_props)) == rec[3]):
        checked[0] = PROTO_EPOCH[0]
        return True
    return False


_PROP_VALUE = attrgetter("value")
_PROP_GETTER = attrgetter("getter")


def _exec_is_builtin(realm: "Realm", r: Any) -> bool:
    """NON-SPEC: whether RegExpExec (sec-regexpexec) on ``r`` calls RegExpBuiltinExec without an
    observable step: ``r`` is a RegExp instance of ``realm`` with no own ``exec`` and
    %RegExp.prototype%'s ``exec`` is the built-in, as installed (``_protocol_as_installed`` of
    the first key, in line)."""
    if type(r) is not JSRegExpObject or r.matcher is None or "exec" in r.props:
        return False
    rec: Any = realm.host_defined.get("regexp_pristine")
    if rec is None:
        return False
    rp: Any = rec[0]
    stored: Any = rec[1][0]
    return stored.value is rec[2][0] and rp.props.get("exec") is stored and r.proto is rp


def _pristine(realm: "Realm", r: Any) -> bool:
    """NON-SPEC: whether the RegExp protocol on ``r`` (its flags, exec, lastIndex) is not
    observable: ``_exec_is_builtin``, the flags getters as installed, and ``r``'s only own
    property ``lastIndex``, a writable data property holding a Number (so that reading it, and
    setting it to a Number, run no JS code and cannot throw)."""
    if type(r) is not JSRegExpObject or r.matcher is None or len(r.props) != 1:
        return False
    p = r.props.get("lastIndex")
    if type(p) is not Prop or p.flags != W or type(p.value) is not float:
        return False
    return _protocol_as_installed(realm, r, len(_PROTOCOL_KEYS))


def regexp_symbol_method(realm: "Realm", o: Any, key: Any) -> Any:
    """NON-SPEC (speed): for String.prototype.match / replace / split (string.REGEXP_METHOD): the
    implementation of ``realm``'s RegExp.prototype[key] when GetMethod(o, key) (sec-getmethod)
    gives that built-in without running JS code -- ``o`` a RegExp instance without an own
    ``key`` whose prototype is realm's %RegExp.prototype%, which holds the built-in as
    installed -- else None."""
    if type(o) is not JSRegExpObject or key in o.props:
        return None
    rec: Any = realm.host_defined.get("regexp_symbol_methods")
    if rec is None:
        return None
    rp: Any = rec[0]
    stored, fn = rec[1][key]
    if stored.value is not fn or rp.props.get(key) is not stored or o.proto is not rp:
        return None
    return fn.impl


def _canonical_flags(r: Any) -> str:
    """NON-SPEC: what get RegExp.prototype.flags (sec-get-regexp.prototype.flags) returns for a
    ``_pristine`` ``r``: its flags in the getter's order, each read through a built-in getter."""
    f = r.original_flags
    c = _CANONICAL.get(f)
    if c is None:
        c = _CANONICAL[f] = "".join(ch for _name, ch in _FLAG_PROPS if ch in f)
    return c


# NON-SPEC (speed): [[OriginalFlags]] -> its flags in the order of get RegExp.prototype.flags
# (RegExpInitialize allows no other letters, so there are few)
_CANONICAL: dict[str, str] = {}


def _species_is_regexp(realm: "Realm", rx: Any) -> bool:
    """NON-SPEC: for a ``_pristine`` ``rx``, whether SpeciesConstructor(rx, %RegExp%)
    (sec-speciesconstructor) and then Construct(%RegExp%, [rx, flags]) run no JS code and give
    what RegExpCreate of rx's source gives: %RegExp.prototype%'s ``constructor`` is realm's
    %RegExp% as a data property, %RegExp%'s own %Symbol.species% is the built-in getter as
    installed, and IsRegExp's Get of %Symbol.match% finds a data property on the prototype."""
    rec: Any = realm.host_defined.get("regexp_species")
    if rec is None:
        return False
    ctor, rp = rec
    if not default_species(rx, rp, ctor, regexp_species):
        return False
    m = rp.props.get(SYM_MATCH, MISSING_MATCH)
    return m is not MISSING_MATCH and (type(m) is not Prop or not m.flags & A)


MISSING_MATCH = object()


def _global_matches(r: JSRegExpObject, s: str) -> list[list[int]]:
    """NON-SPEC: for a ``_pristine`` global ``r``, the capture lists of the loop of RegExpExec
    calls of RegExp.prototype[%Symbol.match%] / [%Symbol.replace%] (lastIndex set to 0, then
    each match, an empty match advancing lastIndex by AdvanceStringIndex), with their effects:
    lastIndex is 0 afterwards and the legacy static properties hold the last match."""
    flags = r.original_flags
    sticky = "y" in flags
    unicode = "u" in flags or "v" in flags
    matcher = r.matcher
    assert matcher is not None
    agent = get_agent()
    poll = agent.poll
    search = matcher.search
    n = len(s)
    out: list[list[int]] = []
    last_index = 0
    try:
        while last_index <= n:
            if agent.stop:  # (check_stop)
                agent.interrupt()
            caps = search(s, last_index, sticky, unicode, poll)
            if caps is None:
                break
            out.append(caps)
            last_index = caps[1]
            if last_index == caps[0]:
                last_index = advance_string_index(s, last_index, unicode)
        last_index = 0
    except MatchTooComplex as e:
        throw_range_error(str(e))
    finally:
        _set_last_index(r, last_index)
        if out:
            _update_legacy(r, s, out[-1])
    return out



def _this_regexp(this: Any, method: str) -> JSRegExpObject:
    """The this value if it has [[RegExpMatcher]], else a TypeError (V8's message)."""
    if not isinstance(this, JSRegExpObject) or this.matcher is None:
        throw_type_error(incompatible_receiver(method, this))
    return this


def _this_object(this: Any, method: str) -> JSObject:
    """The this value if it is an Object, else a TypeError (V8's message)."""
    if not isinstance(this, JSObject):
        throw_type_error(incompatible_receiver(method, this))
    return this


def _describe(v: Any) -> str:
    try:
        return to_display(v)
    except JSThrow:
        return "object"


# --- the constructor ------------------------------------------------------------------------

def regexp_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp ( pattern, flags ) (sec-regexp-pattern-flags)."""
    pattern = argument(args, 0)
    flags = argument(args, 1)
    pattern_is_regexp = is_regexp(pattern)
    if new_target is None:
        new_target = realm.intrinsics["%RegExp%"]
        if pattern_is_regexp and flags is None:
            pattern_constructor = pattern.get("constructor", pattern)
            if same_value(new_target, pattern_constructor):
                return pattern
    if isinstance(pattern, JSRegExpObject) and pattern.matcher is not None:
        p: Any = pattern.original_source
        f = pattern.original_flags if flags is None else flags
    elif pattern_is_regexp:
        p = pattern.get("source", pattern)
        f = pattern.get("flags", pattern) if flags is None else flags
    else:
        p = pattern
        f = flags
    o = regexp_alloc(new_target)
    return regexp_initialize(o, p, f)


@statics.getter(SYM_SPECIES)
def regexp_species(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get RegExp [ %Symbol.species% ] (sec-get-regexp-%symbol.species%)."""
    return this


_SYNTAX = set("^$\\.*+?()[]{}|/")
_WHITESPACE_LT = set("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                     "\u2028\u2029\u202f\u205f\u3000\ufeff")
_OTHER_PUNCT = set(",-=<>#&!%:;@~'`\"")
_CONTROL = {9: "t", 10: "n", 11: "v", 12: "f", 13: "r"}


def _encode_for_regexp_escape(cp: int, ch: str) -> str | None:
    """EncodeForRegExpEscape (sec-encodeforregexpescape) of the code point ``cp`` (the code units
    ``ch``); None when it is returned as it is (step 6)."""
    # 1. A SyntaxCharacter or U+002F (SOLIDUS): a backslash before it.
    if ch in _SYNTAX:
        return "\\" + ch
    # 2. A ControlEscape character: its escape letter.
    if cp in _CONTROL:
        return "\\" + _CONTROL[cp]
    # 3-5. The other punctuators, WhiteSpace, LineTerminator and surrogates: \xHH for at most
    # 0xFF, else \uHHHH for each code unit.
    if ch in _OTHER_PUNCT or ch in _WHITESPACE_LT or 0xD800 <= cp <= 0xDFFF:
        if cp <= 0xFF:
            return "\\x%02x" % cp
        return "".join("\\u%04x" % ord(u) for u in ch)
    # 6. Anything else as it is.
    return None


# NON-SPEC: the code units EncodeForRegExpEscape changes, for str.translate (a surrogate only
# when it is lone, handled apart: every other changed code point is in the BMP)
_ESCAPE_TABLE = {ord(c): _encode_for_regexp_escape(ord(c), c)
                 for c in (*_SYNTAX, *_WHITESPACE_LT, *_OTHER_PUNCT)}
_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


@statics.method("escape", 1)
def regexp_escape(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.escape ( S ) (sec-regexp.escape)."""
    s = argument(args, 0)
    # 1. If S is not a String, throw a TypeError exception.
    if type(s) is not str:
        throw_type_error("RegExp.escape requires a string")
    # 2-3. escaped = ""; cpList = StringToCodePoints(S).
    out: list[str] = []
    n = len(s)
    i = 0
    # 4.a. The first code point, when a decimal digit or an ASCII letter: \xHH.
    if n and ("0" <= s[0] <= "9" or "a" <= s[0] <= "z" or "A" <= s[0] <= "Z"):
        out.append("\\x%02x" % ord(s[0]))
        i = 1
    # 4.b. Every other code point: EncodeForRegExpEscape (the code units it leaves alone are
    # kept; a lone surrogate is a code point of its own: StringToCodePoints).
    # NON-SPEC: done a piece at a time by str.translate (no Python loop a character, the
    # budget checked between pieces and the result's length kept under the longest string).
    total = len(out[0]) if out else 0
    for piece in string_pieces(s, start=i):
        parts = []
        pos = 0
        for m in _LONE_SURROGATE.finditer(piece):
            parts.append(piece[pos:m.start()].translate(_ESCAPE_TABLE))
            parts.append("\\u%04x" % ord(m.group()))
            pos = m.end()
        parts.append(piece[pos:].translate(_ESCAPE_TABLE))
        escaped = "".join(parts)
        total += len(escaped)
        check_string_length(total)
        out.append(escaped)
    return "".join(out)


# --- RegExp.prototype -------------------------------------------------------------------------

@proto.method("exec", 1)
def regexp_proto_exec(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype.exec (sec-regexp.prototype.exec)."""
    if type(this) is JSRegExpObject and this.matcher is not None and args and type(args[0]) is str:
        return regexp_builtin_exec(this, args[0])  # NON-SPEC fast path: the steps below
    r = _this_regexp(this, "RegExp.prototype.exec")
    s = to_string(argument(args, 0))
    return regexp_builtin_exec(r, s)


@proto.method("test", 1)
def regexp_test(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype.test (sec-regexp.prototype.test)."""
    if args and type(s := args[0]) is str and _exec_is_builtin(realm, this):
        return _match_caps(this, s) is not None  # NON-SPEC fast path: the steps below
    r = _this_object(this, "RegExp.prototype.test")
    s = to_string(argument(args, 0))
    if _exec_is_builtin(realm, r):
        assert isinstance(r, JSRegExpObject)
        return _match_caps(r, s) is not None
    return regexp_exec(r, s) is not NULL


@proto.method("toString", 0)
def regexp_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype.toString (sec-regexp.prototype.tostring)."""
    r = _this_object(this, "RegExp.prototype.toString")
    pattern = to_string(r.get("source", r))
    flags = to_string(r.get("flags", r))
    return concat_strings("/", pattern, "/", flags)


@proto.method("compile", 2)
def regexp_compile(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype.compile (sec-regexp.prototype.compile)."""
    o = _this_regexp(this, "RegExp.prototype.compile")
    if o.realm is not realm or not o.legacy_features:
        throw_type_error("RegExp.prototype.compile called on a subclass or cross-realm instance")
    pattern = argument(args, 0)
    flags = argument(args, 1)
    if isinstance(pattern, JSRegExpObject) and pattern.matcher is not None:
        if flags is not None:
            throw_type_error("Cannot supply flags when constructing one RegExp from another")
        p: Any = pattern.original_source
        f: Any = pattern.original_flags
    else:
        p = pattern
        f = flags
    return regexp_initialize(o, p, f)


_FLAG_PROPS = (("hasIndices", "d"), ("global", "g"), ("ignoreCase", "i"), ("multiline", "m"), ("dotAll", "s"),
               ("unicode", "u"), ("unicodeSets", "v"), ("sticky", "y"))


@proto.getter("flags")
def regexp_flags(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get RegExp.prototype.flags (sec-get-regexp.prototype.flags)."""
    if not isinstance(this, JSObject):
        throw_type_error(f"RegExp.prototype.flags getter called on non-object {this if type(this) is str else _describe(this)}")
    r = this
    if _pristine(realm, r):
        return _canonical_flags(r)
    out = []
    for name, ch in _FLAG_PROPS:
        if to_boolean(r.get(name, r)):
            out.append(ch)
    return "".join(out)


def _make_flag_getter(name: str, ch: str) -> None:
    def getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        if not isinstance(this, JSObject):
            throw_type_error(f"RegExp.prototype.{name} getter called on non-RegExp object")
        if not isinstance(this, JSRegExpObject) or this.matcher is None:
            if this is realm.intrinsics["%RegExp.prototype%"]:
                return None
            throw_type_error(f"RegExp.prototype.{name} getter called on non-RegExp object")
        return ch in this.original_flags
    getter.__doc__ = f"get RegExp.prototype.{name} (sec-get-regexp.prototype.{name.lower()})."
    getter.__name__ = "regexp_get_" + name
    proto.getter(name)(getter)


for _name, _ch in _FLAG_PROPS:
    _make_flag_getter(_name, _ch)


def escape_regexp_pattern(src: str) -> str:
    """EscapeRegExpPattern (sec-escaperegexppattern)."""
    if src == "":
        return "(?:)"
    out: list[str] = []
    in_class = False
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\\" and i + 1 < n:
            d = src[i + 1]
            if d == "\n":
                out.append("\\n")
            elif d == "\r":
                out.append("\\r")
            elif d == "\u2028":
                out.append("\\u2028")
            elif d == "\u2029":
                out.append("\\u2029")
            else:
                out.append(c + d)
            i += 2
            continue
        if c == "/" and not in_class:
            out.append("\\/")
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == "]":
            in_class = False
            out.append(c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\u2028":
            out.append("\\u2028")
        elif c == "\u2029":
            out.append("\\u2029")
        else:
            out.append(c)
        i += 1
    return "".join(out)


@proto.getter("source")
def regexp_source(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get RegExp.prototype.source (sec-get-regexp.prototype.source)."""
    if not isinstance(this, JSObject):
        throw_type_error("RegExp.prototype.source getter called on non-RegExp object")
    if not isinstance(this, JSRegExpObject) or this.matcher is None:
        if this is realm.intrinsics["%RegExp.prototype%"]:
            return "(?:)"
        throw_type_error("RegExp.prototype.source getter called on non-RegExp object")
    return escape_regexp_pattern(this.original_source)


@proto.method(SYM_MATCH, 1, frame=False)
def regexp_symbol_match(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.match% ] (sec-regexp.prototype-%symbol.match%)."""
    rx = _this_object(this, "RegExp.prototype.@@match")  # (V8's name for it)
    s = to_string(argument(args, 0))
    if _pristine(realm, rx):
        assert isinstance(rx, JSRegExpObject)
        if "g" not in rx.original_flags:
            return regexp_builtin_exec(rx, s)
        found = _global_matches(rx, s)
        return JSArray(realm.array_prototype, [s[c[0]:c[1]] for c in found]) if found else NULL
    flags = to_string(rx.get("flags", rx))
    if "g" not in flags:
        return regexp_exec(rx, s)
    full_unicode = "u" in flags or "v" in flags
    set_(rx, "lastIndex", 0.0, True)
    out: list[Any] = []
    while True:
        check_stop()
        result = regexp_exec(rx, s)
        if result is NULL:
            if not out:
                return NULL
            return JSArray(realm.array_prototype, out)
        match_str = to_string(result.get("0", result))
        out.append(match_str)
        if match_str == "":
            this_index = to_length(rx.get("lastIndex", rx))
            set_(rx, "lastIndex", float(advance_string_index(s, this_index, full_unicode)), True)


class RegExpStringIterator(JSObject):
    """A RegExp String Iterator (sec-createregexpstringiterator)."""

    __slots__ = ("iterating_regexp", "iterated_string", "glob", "unicode", "done")

    def __init__(self, proto: JSObject | None, r: JSObject, s: str, glob: bool, unicode: bool) -> None:
        JSObject.__init__(self, proto)
        self.iterating_regexp = r
        self.iterated_string = s
        self.glob = glob
        self.unicode = unicode
        self.done = False


@proto.method(SYM_MATCH_ALL, 1, frame=False)
def regexp_symbol_match_all(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.matchAll% ] (sec-regexp-prototype-%symbol.matchall%)."""
    r = _this_object(this, "RegExp.prototype.@@matchAll")  # (V8's name for it)
    s = to_string(argument(args, 0))
    c = species_constructor(r, realm.intrinsics["%RegExp%"])
    flags = to_string(r.get("flags", r))
    matcher = construct(c, [r, flags])
    last_index = to_length(r.get("lastIndex", r))
    set_(matcher, "lastIndex", float(last_index), True)
    return RegExpStringIterator(realm.intrinsics["%RegExpStringIteratorPrototype%"], matcher, s,
                                "g" in flags, "u" in flags or "v" in flags)


@iter_proto.method("next", 0)
def regexp_string_iterator_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%RegExpStringIteratorPrototype%.next (sec-%regexpstringiteratorprototype%.next)."""
    if not isinstance(this, RegExpStringIterator):
        throw_type_error("next method called on incompatible receiver (not a RegExp String Iterator)")
    if this.done:
        return create_iter_result_object(None, True)
    r = this.iterating_regexp
    s = this.iterated_string
    match = regexp_exec(r, s)
    if match is NULL:
        this.done = True
        return create_iter_result_object(None, True)
    if this.glob:
        match_str = to_string(match.get("0", match))
        if match_str == "":
            this_index = to_length(r.get("lastIndex", r))
            set_(r, "lastIndex", float(advance_string_index(s, this_index, this.unicode)), True)
        return create_iter_result_object(match, False)
    this.done = True
    return create_iter_result_object(match, False)


def _replace_results(rx: JSObject, s: str) -> list[Any]:
    """RegExp.prototype [ %Symbol.replace% ] (sec-regexp.prototype-%symbol.replace%) steps 7-12:
    the results of the RegExpExec calls."""
    flags = to_string(rx.get("flags", rx))
    glob = "g" in flags
    full_unicode = False
    if glob:
        full_unicode = "u" in flags or "v" in flags
        set_(rx, "lastIndex", 0.0, True)
    results: list[Any] = []
    while True:
        check_stop()
        result = regexp_exec(rx, s)
        if result is NULL:
            break
        results.append(result)
        if not glob:
            break
        match_str = to_string(result.get("0", result))
        if match_str == "":
            this_index = to_length(rx.get("lastIndex", rx))
            set_(rx, "lastIndex", float(advance_string_index(s, this_index, full_unicode)), True)
    return results


def _replace_result(result: JSObject, length_s: int) -> tuple[str, int, list[Any], Any]:
    """RegExp.prototype [ %Symbol.replace% ] (sec-regexp.prototype-%symbol.replace%) step 14.a-j:
    the matched substring, position, captures and named captures read from an exec result."""
    result_length = length_of_array_like(result)
    n_captures = max(result_length - 1, 0)
    matched = to_string(result.get("0", result))
    position = to_integer_or_infinity(result.get("index", result))
    position_i = int(max(min(position, length_s), 0))
    captures: list[Any] = []
    for n in range(1, n_captures + 1):
        if not n & 4095:  # NON-SPEC: the budget check (JS sets the result's length)
            check_stop()
        cap_n = result.get(str(n), result)
        if cap_n is not None:
            cap_n = to_string(cap_n)
        captures.append(cap_n)
    return matched, position_i, captures, result.get("groups", result)


def _replace_match(rx: JSRegExpObject, s: str, caps: list[int]) -> tuple[str, int, list[Any], Any]:
    """NON-SPEC: ``_replace_result`` for a match of a ``_pristine`` RegExp, read from its capture
    list (what the match array would hold)."""
    values = _cap_values(s, caps)
    return values[0], caps[0], values[1:], _groups_object(rx, values)[0]


def _replace_plain(s: str, found: list[list[int]], replacement: str) -> str:
    """NON-SPEC (speed): RegExp.prototype [ %Symbol.replace% ] (sec-regexp.prototype-%symbol.replace%)
    steps 14-16 for a ``_pristine`` RegExp's matches (capture lists, each after the last) and a
    String replaceValue without ``$``, whose GetSubstitution is itself: the pieces joined as the
    loop of regexp_symbol_replace joins them, each length checked as it checks them
    (check_string_length does nothing below ALLOCATION_CHECK_MIN)."""
    acc: list[str] = []
    total = 0
    next_source_position = 0
    rl = len(replacement)
    for caps in found:
        position = caps[0]
        if position >= next_source_position:
            acc.append(s[next_source_position:position])
            acc.append(replacement)
            total += position - next_source_position + rl
            if total >= ALLOCATION_CHECK_MIN:
                check_string_length(total)
            next_source_position = caps[1]
    length_s = len(s)
    if next_source_position >= length_s:
        return "".join(acc)
    acc.append(s[next_source_position:])
    total += length_s - next_source_position
    if total >= ALLOCATION_CHECK_MIN:
        check_string_length(total)
    return "".join(acc)


@proto.method(SYM_REPLACE, 2, frame=False)
def regexp_symbol_replace(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.replace% ] (sec-regexp.prototype-%symbol.replace%)."""
    rx = _this_object(this, "RegExp.prototype.@@replace")  # (V8's name for it)
    s = to_string(argument(args, 0))
    length_s = len(s)
    replace_value = argument(args, 1)
    functional_replace = is_callable(replace_value)
    if not functional_replace:
        replace_value = to_string(replace_value)
    if _pristine(realm, rx):
        assert isinstance(rx, JSRegExpObject)
        if "g" in rx.original_flags:
            found = _global_matches(rx, s)
        else:
            caps = _match_caps(rx, s)
            found = [] if caps is None else [caps]
        if not functional_replace and "$" not in replace_value:
            return _replace_plain(s, found, replace_value)
        matches: Iterator[tuple[str, int, list[Any], Any]] = (_replace_match(rx, s, caps) for caps in found)
    else:
        # 14. For each result of results (all gathered first): its captures are read just
        # before its replacement is computed
        results = _replace_results(rx, s)
        matches = (_replace_result(result, length_s) for result in results)
    acc: list[str] = []
    total = 0
    next_source_position = 0
    for k, (matched, position_i, captures, named_captures) in enumerate(matches):
        if k & 0xFFF == 0xFFF:
            check_stop()  # NON-SPEC: the budget check (a match a code unit, each substituted)
        match_length = len(matched)
        if functional_replace:
            replacer_args: list[Any] = [matched, *captures, float(position_i), s]
            if named_captures is not None:
                replacer_args.append(named_captures)
            replacement = to_string(call(replace_value, None, replacer_args))
        else:
            if named_captures is not None:
                named_captures = to_object(named_captures)
            replacement = get_substitution(matched, s, position_i, captures, named_captures, replace_value)
        if position_i >= next_source_position:
            acc.append(s[next_source_position:position_i])
            acc.append(replacement)
            total += position_i - next_source_position + len(replacement)
            check_string_length(total)
            next_source_position = position_i + match_length
    if next_source_position >= length_s:
        return "".join(acc)
    acc.append(s[next_source_position:])
    check_string_length(total + length_s - next_source_position)
    return "".join(acc)


@proto.method(SYM_SEARCH, 1, frame=False)
def regexp_symbol_search(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.search% ] (sec-regexp.prototype-%symbol.search%)."""
    rx = _this_object(this, "RegExp.prototype.@@search")  # (V8's name for it)
    s = to_string(argument(args, 0))
    if _pristine(realm, rx):
        assert isinstance(rx, JSRegExpObject)
        li = rx.props["lastIndex"]
        previous = li.value
        li.value = 0.0
        caps = _match_caps(rx, s)
        li.value = previous
        return -1.0 if caps is None else float(caps[0])
    previous_last_index = rx.get("lastIndex", rx)
    if not same_value(previous_last_index, 0.0):
        set_(rx, "lastIndex", 0.0, True)
    result = regexp_exec(rx, s)
    current_last_index = rx.get("lastIndex", rx)
    if not same_value(current_last_index, previous_last_index):
        set_(rx, "lastIndex", previous_last_index, True)
    if result is NULL:
        return -1.0
    return result.get("index", result)


@proto.method(SYM_SPLIT, 2, frame=False)
def regexp_symbol_split(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.split% ] (sec-regexp.prototype-%symbol.split%)."""
    rx = _this_object(this, "RegExp.prototype.@@split")  # (V8's name for it)
    s = to_string(argument(args, 0))
    limit = argument(args, 1)
    if _pristine(realm, rx) and _species_is_regexp(realm, rx):
        # NON-SPEC: steps 4-10 run no JS code; the splitter is made as RegExpCreate makes it
        assert isinstance(rx, JSRegExpObject)
        flags = _canonical_flags(rx)
        if s and (limit is None or type(limit) is float):
            # NON-SPEC (speed): the splitter is never made. No JS code can reach it, so its
            # lastIndex is not observable; it would have rx's matcher (Matcher reads the i, m, s,
            # u and v flags only, not y) and be of the current realm with its legacy features
            lim = 2**32 - 1 if limit is None else to_uint32(limit)
            if lim == 0:
                return JSArray(realm.array_prototype, [])
            matcher = rx.matcher
            assert matcher is not None
            return JSArray(realm.array_prototype, _split_matches(None, matcher, s, lim, "u" in flags or "v" in flags,
                                                                     realm))
        new_flags = flags if "y" in flags else flags + "y"
        splitter: Any = regexp_create_literal(realm, rx.original_source, new_flags)
        splitter_is_ours = True
    else:
        splitter_is_ours = False
        c = species_constructor(rx, realm.intrinsics["%RegExp%"])
        flags = to_string(rx.get("flags", rx))
        new_flags = flags if "y" in flags else flags + "y"
        splitter = construct(c, [rx, new_flags])
    unicode_matching = "u" in flags or "v" in flags
    out: list[Any] = []
    lim = 2**32 - 1 if limit is None else to_uint32(limit)
    if lim == 0:
        return JSArray(realm.array_prototype, [])
    size = len(s)
    if size and (splitter_is_ours or _pristine(realm, splitter)) and "y" in splitter.original_flags:
        return JSArray(realm.array_prototype, _split_matches(splitter, splitter.matcher, s, lim, unicode_matching))
    if size == 0:
        z = regexp_exec(splitter, s)
        if z is not NULL:
            return JSArray(realm.array_prototype, [])
        return JSArray(realm.array_prototype, [s])
    p = 0
    q = p
    while q < size:
        check_stop()
        set_(splitter, "lastIndex", float(q), True)
        z = regexp_exec(splitter, s)
        if z is NULL:
            q = advance_string_index(s, q, unicode_matching)
            continue
        e = min(to_length(splitter.get("lastIndex", splitter)), size)
        if e == p:
            q = advance_string_index(s, q, unicode_matching)
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return JSArray(realm.array_prototype, out)
        p = e
        number_of_captures = max(length_of_array_like(z) - 1, 0)
        for i in range(1, number_of_captures + 1):
            if not i & 4095:  # NON-SPEC: the budget check (JS sets the result's length)
                check_stop()
            out.append(z.get(str(i), z))
            if len(out) == lim:
                return JSArray(realm.array_prototype, out)
        q = p
    out.append(s[p:size])
    return JSArray(realm.array_prototype, out)


def _split_matches(splitter: JSRegExpObject | None, matcher: Matcher, s: str, lim: int, unicode: bool,
                   realm: Any = None) -> list[Any]:
    """NON-SPEC: RegExp.prototype [ %Symbol.split% ] (sec-regexp.prototype-%symbol.split%) steps
    19-25 for a non-empty ``s`` and a ``_pristine`` sticky splitter: each search finds the next
    position q where the sticky RegExpExec of the loop succeeds (the ones before fail); lastIndex
    and the legacy static properties end as that loop leaves them. ``splitter`` None: one that
    no JS code can reach, of ``realm`` with its legacy features (see regexp_symbol_split),
    whose lastIndex is not kept; ``matcher`` is the splitter's."""
    agent = get_agent()
    poll = agent.poll
    search = matcher.search
    size = len(s)
    out: list[Any] = []
    p = q = 0
    last: list[int] | None = None
    last_index = q
    try:
        while q < size:
            if agent.stop:  # (check_stop)
                agent.interrupt()
            last_index = q
            caps = search(s, q, False, unicode, poll)
            if caps is None or caps[0] >= size:
                last_index = 0
                break
            last = caps
            q, e = caps[0], caps[1]
            last_index = e
            if e > size:
                e = size
            if e == p:
                q = advance_string_index(s, q, unicode)
                continue
            out.append(s[p:q])
            if len(out) == lim:
                return out
            p = e
            if len(caps) > 2:
                for i in range(2, len(caps), 2):
                    st = caps[i]
                    out.append(None if st < 0 else s[st:caps[i + 1]])
                    if len(out) == lim:
                        return out
            q = p
    except MatchTooComplex as e:
        throw_range_error(str(e))
    finally:
        if splitter is not None:
            _set_last_index(splitter, last_index)
        if last is not None:
            if splitter is not None:
                _update_legacy(splitter, s, last)
            elif realm is get_agent().realm:
                hd = realm.host_defined  # type: ignore[union-attr]
                hd["regexp_legacy"] = (s, last)
                hd.pop("regexp_legacy_input", None)
    out.append(s[p:size])
    return out


# --- legacy static properties (Annex B proposal: legacy RegExp features) ----------------------

def _legacy_value(realm: "Realm", this: Any, which: str) -> Any:
    """GetLegacyRegExpStaticProperty."""
    ctor = realm.intrinsics["%RegExp%"]
    if this is not ctor:
        throw_type_error("RegExp legacy static accessor called on an incompatible receiver")
    if which == "input":
        inp = realm.host_defined.get("regexp_legacy_input")
        if inp is not None:
            return inp
    state = realm.host_defined.get("regexp_legacy", ())
    if state is None:
        throw_type_error("RegExp legacy static properties are unavailable")
    if not state:
        return ""  # NON-SPEC: initial values are empty strings (as in V8)
    s, caps = state
    start, end = caps[0], caps[1]
    values = _cap_values(s, caps)
    if which == "input":
        return s
    if which == "lastMatch":
        return values[0]
    if which == "lastParen":
        v = values[-1] if len(values) > 1 else ""
        return "" if v is None else v
    if which == "leftContext":
        return s[:start]
    if which == "rightContext":
        return s[end:]
    n = int(which)
    v = values[n] if n < len(values) else ""
    return "" if v is None else v


def _install_legacy(realm: "Realm", ctor: JSObject) -> None:

    def input_get(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """get RegExp.input / RegExp.$_ (Annex B legacy RegExp features proposal, GetLegacyRegExpStaticProperty)."""
        return _legacy_value(realm, this, "input")

    def input_set(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """set RegExp.input / RegExp.$_ (Annex B legacy RegExp features proposal, SetLegacyRegExpStaticProperty)."""
        if this is not realm.intrinsics["%RegExp%"]:
            throw_type_error("RegExp legacy static accessor called on an incompatible receiver")
        realm.host_defined["regexp_legacy_input"] = to_string(argument(args, 0))
        return None

    def make(which: str, name: str) -> BuiltinFunction:
        def get(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            """get RegExp.lastMatch, $1-$9 ... (Annex B legacy RegExp features proposal, GetLegacyRegExpStaticProperty)."""
            return _legacy_value(realm, this, which)
        return BuiltinFunction(realm, get, "get " + name, 0)

    for name in ("input", "$_"):
        ctor.define_accessor(name, BuiltinFunction(realm, input_get, "get " + name, 0),
                             BuiltinFunction(realm, input_set, "set " + name, 1), C)
    for which, names in (("lastMatch", ("lastMatch", "$&")), ("lastParen", ("lastParen", "$+")),
                         ("leftContext", ("leftContext", "$`")), ("rightContext", ("rightContext", "$'"))):
        for name in names:
            ctor.define_accessor(name, make(which, name), None, C)
    for i in range(1, 10):
        ctor.define_accessor("$" + str(i), make(str(i), "$" + str(i)), None, C)


# --- setup ----------------------------------------------------------------------------------

def setup(realm: "Realm") -> None:
    global _BUILTIN_EXEC_TYPE
    rp = JSObject(realm.object_prototype)
    realm.intrinsics["%RegExp.prototype%"] = rp
    ctor = make_constructor(realm, regexp_constructor, "RegExp", 2, rp)
    realm.intrinsics["%RegExp%"] = ctor
    statics.install(realm, ctor)
    _install_legacy(realm, ctor)
    proto.install(realm, rp)
    exec_fn = rp.props["exec"].value
    _BUILTIN_EXEC_TYPE = type(exec_fn)
    realm.intrinsics["%RegExp.prototype.exec%"] = exec_fn
    realm.host_defined["regexp_species"] = (ctor, rp)
    realm.host_defined["regexp_symbol_methods"] = (rp, {key: (rp.props[key], rp.props[key].value)
                                                        for key in (SYM_MATCH, SYM_REPLACE, SYM_SPLIT)})
    stored_props = tuple(rp.props[key] for key in _PROTOCOL_KEYS)
    # (the last item: the PROTO_EPOCH at which the flags properties were last found as installed)
    realm.host_defined["regexp_pristine"] = (rp, stored_props, tuple(map(_PROP_VALUE, stored_props)),
                                             tuple(map(_PROP_GETTER, stored_props)), [-1])

    rsip = JSObject(realm.intrinsics["%Iterator.prototype%"])
    realm.intrinsics["%RegExpStringIteratorPrototype%"] = rsip
    iter_proto.install(realm, rsip)
    rsip.define_builtin(SYM_TO_STRING_TAG, "RegExp String Iterator", C)

    realm.define_global("RegExp", ctor)


def regexp_create_helper(realm: "Realm", pattern: Any, flags: Any) -> JSRegExpObject:
    """RegExpCreate (sec-regexpcreate)."""
    obj = regexp_alloc(realm.intrinsics["%RegExp%"])
    return regexp_initialize(obj, pattern, flags)


REGEXP_METHOD[0] = regexp_symbol_method
