"""RegExp objects (sec-regexp-regular-expression-objects) and RegExp String Iterator objects
(sec-regexp-string-iterator-objects).

The pattern grammar is in ``parser``, the backtracking matcher in ``matcher``; compiled
matchers are cached per (source, flags) -- they hold no JS objects, so realms can share them.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import check_stop, get_agent, JSThrow, throw_range_error, throw_syntax_error, throw_type_error
from pyjsvm.runtime.iteration import create_iter_result_object
from pyjsvm.runtime.objects import C, W, JSArray, JSObject, Prop
from pyjsvm.runtime.operations import (
    call, construct, get_prototype_from_constructor,
    is_callable, length_of_array_like, same_value, set_, species_constructor, to_integer_or_infinity, to_length,
    to_boolean, to_object, to_string, to_uint32,
)
from pyjsvm.runtime.values import NULL, SYM_SPECIES, SYM_TO_STRING_TAG, WELL_KNOWN_SYMBOLS, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.regexp.matcher import Matcher, MatchTooComplex
from pyjsvm.regexp.parser import PatternError, parse_flags, parse_pattern
from pyjsvm.intrinsics.string import check_string_length, code_point_at, get_substitution, is_regexp
from pyjsvm.runtime.objects import BuiltinFunction
from pyjsvm.runtime.operations import to_display

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


def _compile(pattern: str, flags: str) -> tuple[Matcher, list[str | None], bool]:
    key = (pattern, flags)
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    try:
        parsed = parse_pattern(pattern, flags)
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


def regexp_builtin_exec(r: JSRegExpObject, s: str) -> Any:
    """RegExpBuiltinExec (sec-regexpbuiltinexec)."""
    length = len(s)
    last_index = _get_last_index(r)
    flags = r.original_flags
    glob = "g" in flags
    sticky = "y" in flags
    has_indices = "d" in flags
    if not glob and not sticky:
        last_index = 0
    matcher = r.matcher
    assert matcher is not None
    full_unicode = "u" in flags or "v" in flags
    if last_index > length:
        if glob or sticky:
            _set_last_index(r, 0)
        return NULL
    try:
        caps = matcher.search(s, last_index, sticky, full_unicode, get_agent().poll)
    except MatchTooComplex as e:
        throw_range_error(str(e))
    if caps is None:
        if glob or sticky:
            _set_last_index(r, 0)
        return NULL
    last_index = caps[0]
    end_index = caps[1]
    if glob or sticky:
        _set_last_index(r, end_index)
    realm = get_agent().realm
    assert realm is not None
    ncap = len(caps) // 2
    values: list[Any] = [s[last_index:end_index]]
    for i in range(1, ncap):
        st = caps[2 * i]
        values.append(None if st < 0 else s[st:caps[2 * i + 1]])
    # Legacy RegExp features: UpdateLegacyRegExpStaticProperties / Invalidate...
    if r.realm is realm:
        hd = realm.host_defined
        hd["regexp_legacy"] = (s, last_index, end_index, values) if r.legacy_features else None
        hd.pop("regexp_legacy_input", None)
    a = JSArray(realm.array_prototype, values)
    a.props["index"] = float(last_index)
    a.props["input"] = s
    groups: Any = None
    group_names: list[Any] = []
    if r.has_names:
        groups = JSObject(None)
        matched_names: set[str] = set()
        for i in range(1, ncap):
            name = r.group_names[i - 1]
            if name is None:
                group_names.append(None)
                continue
            v = values[i]
            if name in matched_names:
                group_names.append(None)
                continue
            if v is not None:
                matched_names.add(name)
            groups.props[name] = v
            group_names.append(name)
    a.props["groups"] = groups
    if has_indices:
        a.props["indices"] = _make_indices_array(realm, caps, group_names, r.has_names)
    return a


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
        throw_type_error("RegExp exec method called on an incompatible receiver")
    return regexp_builtin_exec(r, s)


_BUILTIN_EXEC_TYPE: Any = None


def _this_regexp(this: Any, method: str) -> JSRegExpObject:
    if not isinstance(this, JSRegExpObject) or this.matcher is None:
        throw_type_error(f"{method} called on incompatible receiver {_describe(this)}")
    return this


def _this_object(this: Any, method: str) -> JSObject:
    if not isinstance(this, JSObject):
        throw_type_error(f"{method} called on incompatible receiver {_describe(this)}")
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


@statics.method("escape", 1)
def regexp_escape(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.escape (sec-regexp.escape)."""
    s = argument(args, 0)
    if type(s) is not str:
        throw_type_error("RegExp.escape requires a string")
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        cp, count, lone = code_point_at(s, i)
        ch = s[i:i + count]
        i += count
        if not out and (0x30 <= cp <= 0x39 or 0x41 <= cp <= 0x5A or 0x61 <= cp <= 0x7A):
            out.append("\\x%02x" % cp)
        elif ch in _SYNTAX:
            out.append("\\" + ch)
        elif cp in _CONTROL:
            out.append("\\" + _CONTROL[cp])
        elif ch in _OTHER_PUNCT or ch in _WHITESPACE_LT or lone:
            if cp <= 0xFF:
                out.append("\\x%02x" % cp)
            else:
                out.append("".join("\\u%04x" % ord(u) for u in ch))
        else:
            out.append(ch)
    return "".join(out)


# --- RegExp.prototype -------------------------------------------------------------------------

@proto.method("exec", 1)
def regexp_proto_exec(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype.exec (sec-regexp.prototype.exec)."""
    r = _this_regexp(this, "RegExp.prototype.exec")
    s = to_string(argument(args, 0))
    return regexp_builtin_exec(r, s)


@proto.method("test", 1)
def regexp_test(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype.test (sec-regexp.prototype.test)."""
    r = _this_object(this, "RegExp.prototype.test")
    s = to_string(argument(args, 0))
    return regexp_exec(r, s) is not NULL


@proto.method("toString", 0)
def regexp_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype.toString (sec-regexp.prototype.tostring)."""
    r = _this_object(this, "RegExp.prototype.toString")
    pattern = to_string(r.get("source", r))
    flags = to_string(r.get("flags", r))
    return "/" + pattern + "/" + flags


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
    r = _this_object(this, "RegExp.prototype.flags getter")
    out = []
    for name, ch in _FLAG_PROPS:
        if to_boolean(r.get(name, r)):
            out.append(ch)
    return "".join(out)


def _make_flag_getter(name: str, ch: str) -> None:
    def getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        if not isinstance(this, JSObject):
            throw_type_error(f"RegExp.prototype.{name} getter called on non-object {_describe(this)}")
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
        throw_type_error(f"RegExp.prototype.source getter called on non-object {_describe(this)}")
    if not isinstance(this, JSRegExpObject) or this.matcher is None:
        if this is realm.intrinsics["%RegExp.prototype%"]:
            return "(?:)"
        throw_type_error("RegExp.prototype.source getter called on non-RegExp object")
    return escape_regexp_pattern(this.original_source)


@proto.method(SYM_MATCH, 1)
def regexp_symbol_match(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.match% ] (sec-regexp.prototype-%symbol.match%)."""
    rx = _this_object(this, "RegExp.prototype[Symbol.match]")
    s = to_string(argument(args, 0))
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


@proto.method(SYM_MATCH_ALL, 1)
def regexp_symbol_match_all(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.matchAll% ] (sec-regexp-prototype-%symbol.matchall%)."""
    r = _this_object(this, "RegExp.prototype[Symbol.matchAll]")
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


@proto.method(SYM_REPLACE, 2)
def regexp_symbol_replace(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.replace% ] (sec-regexp.prototype-%symbol.replace%)."""
    rx = _this_object(this, "RegExp.prototype[Symbol.replace]")
    s = to_string(argument(args, 0))
    length_s = len(s)
    replace_value = argument(args, 1)
    functional_replace = is_callable(replace_value)
    if not functional_replace:
        replace_value = to_string(replace_value)
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
    acc: list[str] = []
    total = 0
    next_source_position = 0
    for result in results:
        result_length = length_of_array_like(result)
        n_captures = max(result_length - 1, 0)
        matched = to_string(result.get("0", result))
        match_length = len(matched)
        position = to_integer_or_infinity(result.get("index", result))
        position_i = int(max(min(position, length_s), 0))
        captures: list[Any] = []
        for n in range(1, n_captures + 1):
            cap_n = result.get(str(n), result)
            if cap_n is not None:
                cap_n = to_string(cap_n)
            captures.append(cap_n)
        named_captures = result.get("groups", result)
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


@proto.method(SYM_SEARCH, 1)
def regexp_symbol_search(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.search% ] (sec-regexp.prototype-%symbol.search%)."""
    rx = _this_object(this, "RegExp.prototype[Symbol.search]")
    s = to_string(argument(args, 0))
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


@proto.method(SYM_SPLIT, 2)
def regexp_symbol_split(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """RegExp.prototype [ %Symbol.split% ] (sec-regexp.prototype-%symbol.split%)."""
    rx = _this_object(this, "RegExp.prototype[Symbol.split]")
    s = to_string(argument(args, 0))
    limit = argument(args, 1)
    c = species_constructor(rx, realm.intrinsics["%RegExp%"])
    flags = to_string(rx.get("flags", rx))
    unicode_matching = "u" in flags or "v" in flags
    new_flags = flags if "y" in flags else flags + "y"
    splitter = construct(c, [rx, new_flags])
    out: list[Any] = []
    lim = 2**32 - 1 if limit is None else to_uint32(limit)
    if lim == 0:
        return JSArray(realm.array_prototype, [])
    size = len(s)
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
            out.append(z.get(str(i), z))
            if len(out) == lim:
                return JSArray(realm.array_prototype, out)
        q = p
    out.append(s[p:size])
    return JSArray(realm.array_prototype, out)


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
    s, start, end, values = state
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

    rsip = JSObject(realm.intrinsics["%Iterator.prototype%"])
    realm.intrinsics["%RegExpStringIteratorPrototype%"] = rsip
    iter_proto.install(realm, rsip)
    rsip.define_builtin(SYM_TO_STRING_TAG, "RegExp String Iterator", C)

    realm.define_global("RegExp", ctor)


def regexp_create_helper(realm: "Realm", pattern: Any, flags: Any) -> JSRegExpObject:
    """RegExpCreate (sec-regexpcreate)."""
    obj = regexp_alloc(realm.intrinsics["%RegExp%"])
    return regexp_initialize(obj, pattern, flags)
