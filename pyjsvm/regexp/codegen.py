"""NON-SPEC: a parsed pattern compiled into a Python function (the fast tier of the matcher).

For the common subset of patterns -- literals, character classes, the dot (in Unicode mode a
surrogate pair is one character of two code units), assertions ^ $ \\b \\B, lookaheads and
lookbehinds of characters, capturing groups, case-sensitive backreferences, alternation, greedy
or lazy quantifiers over one character, optional groups (``(...)?``) and quantified groups (a
loop where every iteration can match in one way only, ``(?:[^'\\\\]|\\\\.)*``, see ``_steps``; else
a function per quantifier that each iteration calls again, ``general_loop``) --
``compile_pattern`` writes one Python function that matches at a position: the backtracking is
the nesting of the generated code (a quantifier is a loop over the positions it may end at,
longest or shortest first, whose body is the rest of the pattern; a failed test falls through
to the next iteration), and the rest of the pattern after an alternation or an optional group
is a function of its own, called by each way on (the continuation of sec-compilesubpattern).
The Python recursion is bounded by the pattern's size and MAX_ITERATIONS, never by the input's.
Anything else (case-insensitive backreferences, other lookbehinds, modifiers, \\b under /iu,
v-mode classes of strings) raises ``Unsupported`` and the pattern runs on the interpreter of
``matcher``.

Security: no pattern text is spliced into the source. Characters, strings and sets are
constants of the generated module (``_k<n>`` names), numbers are ints the compiler computed,
and every other name is generated (``p<n>``, ``_f<n>``).

The generated function is ``_m(s, p, caps, end, poll)``: the end of a match at ``p`` or -1;
group i's (start, end) are stored at caps[2i], caps[2i+1] (caps[2*ncap + i] holds the start of
an open group whose end is matched in another function). Every loop iteration counts down a
shared budget and calls ``poll`` (the run's interrupt check) when it is spent.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from pyjsvm.regexp import charset as cs

Node = tuple[Any, ...]
Emit = Callable[[str, list[str], int], None]

MAX_NODES = 600   # larger patterns stay on the interpreter (_count)
MAX_INDENT = 60   # nesting depth of the generated code
SMALL_SET = 256   # sets up to this size are tested by frozenset membership
POLL_EVERY = 4096
SMALL_UNICODE_RUN = 16   # a greedy quantifier over a Unicode-mode set of at most this many is generated

_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_LT = "\n\r\u2028\u2029"


class Unsupported(Exception):
    """The pattern uses a feature the generated code does not handle."""


class TooDeep(Exception):
    """A match nested more iterations of quantified groups than MAX_ITERATIONS (each is a Python
    call): the caller runs the interpreter at that position instead."""


# NON-SPEC: how many iterations of quantified groups (codegen's general loop: one Python call
# each) a generated match may nest before it gives the position to the interpreter
MAX_ITERATIONS = 256


def _cls(ranges: cs.Ranges) -> str:
    """A Python ``re`` class body for code unit ranges (\\u escapes only)."""
    return "".join("\\u%04x" % lo if lo == hi else "\\u%04x-\\u%04x" % (lo, hi) for lo, hi in ranges)


_RUN_CACHE: dict[tuple[tuple[tuple[int, int], ...], bool], Any] = {}


def run_regex(ranges: cs.Ranges, unicode: bool) -> Any:
    """A Python ``re`` pattern matching the longest run of characters in ``ranges`` (code points
    read as the matcher reads them in Unicode mode: a lead surrogate followed by a trail
    surrogate is one code point, other surrogates stand alone), so that greedy loops over one
    character run in C."""
    key = (tuple(ranges), unicode)
    rx = _RUN_CACHE.get(key)
    if rx is not None:
        return rx
    if not unicode:
        body = _cls(cs.intersect(ranges, [(0, 0xFFFF)]))
        rx = re.compile("[" + body + "]*" if body else "")
    else:
        alts: list[str] = []
        astral = cs.intersect(ranges, [(0x10000, cs.MAX_CP)])
        if astral:
            # group the leads by their set of trails; leads with the same trails share one branch
            by_lead: dict[int, list[tuple[int, int]]] = {}
            for lo, hi in astral:
                for lead in range((lo - 0x10000) >> 10, ((hi - 0x10000) >> 10) + 1):
                    base = 0x10000 + (lead << 10)
                    a = max(lo, base) - base
                    b = min(hi, base + 0x3FF) - base
                    by_lead.setdefault(lead, []).append((0xDC00 + a, 0xDC00 + b))
            by_trails: dict[tuple[tuple[int, int], ...], list[tuple[int, int]]] = {}
            for lead, tr in by_lead.items():
                by_trails.setdefault(tuple(tr), []).append((0xD800 + lead, 0xD800 + lead))
            for trails, leads in sorted(by_trails.items(), key=lambda kv: -len(kv[1])):
                alts.append("[" + _cls(cs.normalize(leads)) + "][" + _cls(list(trails)) + "]")
        bmp = cs.subtract(cs.intersect(ranges, [(0, 0xFFFF)]), [(0xD800, 0xDFFF)])
        if bmp:
            alts.insert(0, "[" + _cls(bmp) + "]")
        leads_in = cs.intersect(ranges, [(0xD800, 0xDBFF)])
        if leads_in:
            alts.append("[" + _cls(leads_in) + "](?![\\udc00-\\udfff])")
        trails_in = cs.intersect(ranges, [(0xDC00, 0xDFFF)])
        if trails_in:
            alts.append("[" + _cls(trails_in) + "]")
        rx = re.compile("(?:" + "|".join(alts) + ")*" if alts else "")
    if len(_RUN_CACHE) > 256:
        _RUN_CACHE.clear()
    _RUN_CACHE[key] = rx
    return rx


_BMP_CHARS: cs.Ranges = [(0, 0xD7FF), (0xE000, 0xFFFF)]


def _bmp_only(ranges: cs.Ranges) -> bool:
    """Whether ``ranges`` holds BMP characters other than surrogates only: in Unicode mode such
    a test reads one code unit as the code point there (a surrogate pair's lead is not in it)."""
    return cs.subtract(ranges, _BMP_CHARS) == []


def _count(node: Node) -> int:
    """The size of ``node`` for MAX_NODES: its nodes, a run of characters in a sequence counting
    as one (a case-sensitive one is one ``startswith`` test)."""
    k = node[0]
    if k == "seq":
        items = node[1]
        return 1 + sum(_count(n) for i, n in enumerate(items)
                       if not (n[0] == "char" and i and items[i - 1][0] == "char"))
    if k == "alt":
        return 1 + sum(_count(n) for n in node[1])
    if k == "group":
        return 1 + _count(node[2])
    if k == "quant":
        return 1 + _count(node[4])
    if k in ("look", "mod"):
        return 1 + _count(node[-1])
    return 1


def _has_alt(node: Node, comp: Any = None) -> bool:
    """Whether the rest of the pattern after ``node`` may be a function of its own (an
    alternation or an optional group inside it, or a quantifier that is a function of its own:
    one over a group, or in Unicode mode, under ``comp``'s flags, over a character that may be
    two code units)."""
    k = node[0]
    if k == "alt":
        return True
    if k == "seq":
        return any(_has_alt(n, comp) for n in node[1])
    if k == "group":
        return _has_alt(node[2], comp)
    if k == "quant":
        body = node[4]
        if body[0] not in ("char", "set", "dot"):
            return True
        return comp is not None and comp.unicode and not _bmp_only(comp.char_ranges(body))
    return False


class _Gen:
    def __init__(self, comp: Any, ncap: int) -> None:
        self.comp = comp            # matcher._Compiler: the character sets under the flags
        self.pend = 2 * ncap
        self.snapshots = ncap > 1   # alternatives restore the captures they may have set
        self.consts: dict[str, Any] = {"_t": [POLL_EVERY], "_qd": [0], "_TooDeep": TooDeep}
        self.funcs: list[list[str]] = []
        self.n = 0
        self.slots = 3 * ncap   # (the capture list's length, with the loops' slots after it)

    def name(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"

    def const(self, value: Any) -> str:
        name = self.name("_k")
        self.consts[name] = value
        return name

    def cond(self, ranges: cs.Ranges, ch: str) -> str:
        """A Python test that the one-character string ``ch`` is in ``ranges``."""
        r = cs.intersect(ranges, [(0, 0xFFFF)])
        n = cs.size(r)
        if n == 1:
            return f"{ch} == {self.const(chr(r[0][0]))}"
        if n <= SMALL_SET:
            return f"{ch} in {self.const(frozenset(chr(c) for lo, hi in r for c in range(lo, hi + 1)))}"
        out = cs.complement(r, 0xFFFF)
        if cs.size(out) <= SMALL_SET:
            return f"{ch} not in {self.const(frozenset(chr(c) for lo, hi in out for c in range(lo, hi + 1)))}"
        return f"{self.const(cs.make_test(r))}(ord({ch}))"

    def node(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        if ind > MAX_INDENT:
            raise Unsupported("nesting")
        kind = n[0]
        sp = " " * ind
        if kind == "empty":
            k(pos, out, ind)
        elif kind == "seq":
            self.seq(n[1], 0, pos, out, ind, k)
        elif kind in ("char", "set", "dot"):
            ranges = self.comp.char_ranges(n)
            if self.comp.unicode and not _bmp_only(ranges):
                self.code_point(ranges, pos, out, ind, k)
                return
            p = self.name("p")
            out.append(f"{sp}if {pos} < end and {self.cond(ranges, f's[{pos}]')}:")
            out.append(f"{sp} {p} = {pos} + 1")
            k(p, out, ind + 1)
        elif kind == "group":
            self.group(n, pos, out, ind, k)
        elif kind == "alt":
            self.alt(n[1], pos, out, ind, k)
        elif kind == "bol":
            ml = f" or s[{pos} - 1] in {self.const(_LT)}" if self.comp.multiline else ""
            out.append(f"{sp}if {pos} == 0{ml}:")
            k(pos, out, ind + 1)
        elif kind == "eol":
            ml = f" or s[{pos}] in {self.const(_LT)}" if self.comp.multiline else ""
            out.append(f"{sp}if {pos} == end{ml}:")
            k(pos, out, ind + 1)
        elif kind == "wordb":
            if self.comp.unicode and self.comp.ci:
                raise Unsupported("wordb")   # (\\w then holds U+017F and U+212A)
            w = self.const(_WORD)
            op = "==" if n[1] else "!="
            out.append(f"{sp}if ({pos} > 0 and s[{pos} - 1] in {w}) {op} ({pos} < end and s[{pos}] in {w}):")
            k(pos, out, ind + 1)
        elif kind == "quant":
            self.quant(n, pos, out, ind, k)
        elif kind == "look" and not n[1]:
            self.lookahead(n, pos, out, ind, k)
        elif kind == "look":
            self.lookbehind(n, pos, out, ind, k)
        elif kind == "backref" and not self.comp.ci:
            self.backref(n, pos, out, ind, k)
        else:
            raise Unsupported(kind)

    def backref(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        """``\\1``, ``\\k<name>`` (BackreferenceMatcher, sec-backreference-matcher), forward and
        case-sensitive: the text of the first of the named groups that has a capture (none: the
        empty string) at the position."""
        sp = " " * ind
        st, en, p = self.name("b"), self.name("b"), self.name("p")
        out.append(f"{sp}{st} = {en} = -1")
        for g in n[1]:
            out.append(f"{sp}if {st} < 0 and caps[{2 * g}] != -1 and caps[{2 * g + 1}] != -1:")
            out.append(f"{sp} {st} = caps[{2 * g}]")
            out.append(f"{sp} {en} = caps[{2 * g + 1}]")
        out.append(f"{sp}if {st} < 0:")
        out.append(f"{sp} {p} = {pos}")
        out.append(f"{sp}elif s.startswith(s[{st}:{en}], {pos}):")
        out.append(f"{sp} {p} = {pos} + {en} - {st}")
        out.append(f"{sp}else:")
        out.append(f"{sp} {p} = -1")
        out.append(f"{sp}if {p} >= 0:")
        k(p, out, ind + 1)

    def code_point(self, ranges: cs.Ranges, pos: str, out: list[str], ind: int, k: Emit) -> None:
        """A character test in Unicode mode for a set with characters outside the BMP (or
        surrogates): a lead surrogate followed by a trail surrogate is one code point, two code
        units wide; any other code unit is itself (a lone surrogate included)."""
        sp = " " * ind
        w, p = self.name("w"), self.name("p")
        bmp = cs.intersect(ranges, [(0, 0xFFFF)])
        astral = cs.intersect(ranges, [(0x10000, cs.MAX_CP)])
        lead, trail = self.const(("\ud800", "\udbff")), self.const(("\udc00", "\udfff"))
        pair = (f"{pos} + 1 < end and {lead}[0] <= s[{pos}] <= {lead}[1] and "
                f"{trail}[0] <= s[{pos} + 1] <= {trail}[1]")
        astral_test = (f"{self.const(cs.make_test(astral))}(((ord(s[{pos}]) - 55296) << 10) + ord(s[{pos} + 1]) + 9216)"
                       if astral else "False")
        bmp_test = self.cond(bmp, f"s[{pos}]") if bmp else "False"
        out.append(f"{sp}if {pos} < end:")
        out.append(f"{sp} {w} = (2 if {astral_test} else 0) if {pair} else (1 if {bmp_test} else 0)")
        out.append(f"{sp} if {w}:")
        out.append(f"{sp}  {p} = {pos} + {w}")
        k(p, out, ind + 2)

    def lookbehind(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        """``(?<=X)`` / ``(?<!X)`` for an X of characters only (a fixed string of character
        tests: no group, so no capture and no backtracking inside): the tests on the characters
        just before the position."""
        body = n[3]
        while body[0] == "seq" and len(body[1]) == 1 and body[1][0][0] == "seq":
            body = body[1][0]
        items = body[1] if body[0] == "seq" else [body]
        tests: list[str] = []
        for j, it in enumerate(items):
            if it[0] not in ("char", "set", "dot"):
                raise Unsupported("look")
            ranges = self.comp.char_ranges(it)
            if self.comp.unicode and not _bmp_only(ranges):
                raise Unsupported("look")
            tests.append(self.cond(ranges, f"s[{pos} - {len(items) - j}]"))
        test = " and ".join([f"{pos} >= {len(items)}", *tests]) if items else "True"
        out.append(f"{' ' * ind}if {'not (' + test + ')' if n[2] else test}:")
        k(pos, out, ind + 1)

    def lookahead(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        """``(?=X)`` / ``(?!X)`` (sec-compileatom, Assertion :: (?= Disjunction )): X from the
        position, in a function of its own that ends at X's first match (the lookahead does not
        backtrack into X); then the rest at the same position when X matched (positive) or did
        not (negative). A positive lookahead's captures stay; a negative one runs on a copy of
        the captures, which it leaves as they were (its own stay undefined)."""
        fn = self.name("_l")
        body: list[str] = []
        self.node(n[3], "p", body, 1, lambda p, o, d: o.append(f"{' ' * d}return {p}"))
        self.funcs.append([f"def {fn}(s, p, caps, end, poll):", *body, " return -1"])
        sp = " " * ind
        if n[2]:
            out.append(f"{sp}if {fn}(s, {pos}, caps[:], end, poll) < 0:")
            k(pos, out, ind + 1)
            return
        saved = self.name("sv") if self.snapshots else None
        if saved:
            out.append(f"{sp}{saved} = caps[:]")
        out.append(f"{sp}if {fn}(s, {pos}, caps, end, poll) >= 0:")
        k(pos, out, ind + 1)
        if saved:
            out.append(f"{sp}caps[:] = {saved}")

    def seq(self, items: list[Node], i: int, pos: str, out: list[str], ind: int, k: Emit) -> None:
        if i == len(items):
            k(pos, out, ind)
            return
        if items[i][0] == "char" and not self.comp.ci:
            j = i
            # (in Unicode mode, characters of the BMP other than surrogates: one code unit each)
            while j < len(items) and items[j][0] == "char" and (
                    not self.comp.unicode or _bmp_only([(items[j][1], items[j][1])])):
                j += 1
            if j - i > 1:
                lit = "".join(chr(items[x][1]) for x in range(i, j))
                p = self.name("p")
                out.append(f"{' ' * ind}if s.startswith({self.const(lit)}, {pos}):")
                out.append(f"{' ' * ind} {p} = {pos} + {len(lit)}")
                self.seq(items, j, p, out, ind + 1, k)
                return
        self.node(items[i], pos, out, ind, lambda p, o, d: self.seq(items, i + 1, p, o, d, k))

    def group(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        idx = n[1]
        # the group's end is matched in another function when an alternation inside it is
        # followed by the rest of the pattern as a function: its start goes through caps
        crosses = _has_alt(n[2], self.comp)
        if crosses:
            out.append(f"{' ' * ind}caps[{self.pend + idx}] = {pos}")

        def close(p: str, o: list[str], d: int) -> None:
            sp = " " * d
            o.append(f"{sp}caps[{2 * idx}] = {f'caps[{self.pend + idx}]' if crosses else pos}")
            o.append(f"{sp}caps[{2 * idx + 1}] = {p}")
            k(p, o, d)
        self.node(n[2], pos, out, ind, close)

    def shared(self, k: Emit) -> Emit:
        """The continuation ``k`` for code that runs it from several places: ``k`` itself when
        its code is small (each place gets its own copy), else a call of a function made of it."""
        body: list[str] = []
        k("p", body, 1)
        if len(body) <= 4 and not any("(s, " in line for line in body):
            return k
        fn = self.name("_f")
        self.funcs.append([f"def {fn}(s, p, caps, end, poll):", *body, " return -1"])

        def rest(p: str, o: list[str], d: int) -> None:
            o.append(f"{' ' * d}r = {fn}(s, {p}, caps, end, poll)")
            o.append(f"{' ' * d}if r >= 0:")
            o.append(f"{' ' * d} return r")
        return rest

    def alt(self, alts: list[Node], pos: str, out: list[str], ind: int, k: Emit) -> None:
        sp = " " * ind
        rest = self.shared(k)
        saved = self.name("sv") if self.snapshots else None
        if saved:
            out.append(f"{sp}{saved} = caps[:]")
        for a in alts:
            self.node(a, pos, out, ind, rest)
            if saved:
                out.append(f"{sp}caps[:] = {saved}")

    def tick(self, out: list[str], ind: int) -> None:
        sp = " " * ind
        out.append(f"{sp}_t[0] -= 1")
        out.append(f"{sp}if _t[0] < 0:")
        out.append(f"{sp} _t[0] = {POLL_EVERY}")
        out.append(f"{sp} poll()")

    def quant(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        _, mn, mx, greedy, body, _, _ = n
        if mx == 0:
            k(pos, out, ind)
            return
        if mn == 1 and mx == 1:
            self.node(body, pos, out, ind, k)
            return
        if mn >= 1 << 31 or mx >= 1 << 31:
            raise Unsupported("quantifier")
        if body[0] not in ("char", "set", "dot"):
            if mx == 1:
                self.optional(n, pos, out, ind, k)
            else:
                self.loop(n, pos, out, ind, k)
            return
        if self.comp.unicode and not _bmp_only(self.comp.char_ranges(body)):
            # (a character of one or two code units: one iteration per code point, a Python call
            # each; a greedy run of more, \p{L}+, is faster on the interpreter, whose loop over
            # one character runs in ``re``)
            if greedy and (mx < 0 or mx > SMALL_UNICODE_RUN):
                raise Unsupported("unicode run")
            self.general_loop(n, pos, out, ind, k)
            return
        ranges = cs.intersect(self.comp.char_ranges(body), [(0, 0xFFFF)])
        sp = " " * ind
        if not ranges:
            if mn == 0:
                k(pos, out, ind)
            return
        cls = "[" + _cls(ranges) + "]"
        e = self.name("p")
        q = self.name("p")
        if greedy:
            rx = run_regex(ranges, False) if mx < 0 else re.compile(cls + "{0,%d}" % mx)
            out.append(f"{sp}{e} = {self.const(rx)}.match(s, {pos}).end()")
            if mn:
                out.append(f"{sp}if {e} - {pos} >= {mn}:")
                ind += 1
                sp += " "
            out.append(f"{sp}for {q} in range({e}, {pos} + {mn - 1}, -1):")
            self.tick(out, ind + 1)
            k(q, out, ind + 1)
            return
        lim = self.name("p")
        if mn:
            out.append(f"{sp}{q} = {self.const(re.compile(cls + '{0,%d}' % mn))}.match(s, {pos}).end()")
            out.append(f"{sp}if {q} - {pos} == {mn}:")
            ind += 1
            sp += " "
        else:
            out.append(f"{sp}{q} = {pos}")
        out.append(f"{sp}{lim} = end" if mx < 0 else f"{sp}{lim} = min(end, {pos} + {mx})")
        out.append(f"{sp}while True:")
        self.tick(out, ind + 1)
        k(q, out, ind + 1)
        out.append(f"{sp} if {q} < {lim} and {self.cond(ranges, f's[{q}]')}:")
        out.append(f"{sp}  {q} += 1")
        out.append(f"{sp} else:")
        out.append(f"{sp}  break")


    def optional(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        """``X?`` or ``X??`` (min 0, max 1; sec-runtime-semantics-repeatmatcher-abstract-operation):
        one iteration -- the captures inside X reset, then X, failing when X matched the empty
        string (step 2.b) -- followed by the rest, and none followed by the rest, in the
        quantifier's order; the captures are as they were before each way is tried."""
        _, _, _, greedy, body, g1, g2 = n
        sp = " " * ind
        rest = self.shared(k)
        saved = self.name("sv") if self.snapshots else None
        if saved:
            out.append(f"{sp}{saved} = caps[:]")

        def once() -> None:
            if g2 >= g1:
                out.append(f"{sp}caps[{2 * g1}:{2 * g2 + 2}] = {self.const([-1] * (2 * (g2 - g1 + 1)))}")

            if widths(body)[0] > 0:
                self.node(body, pos, out, ind, rest)
            elif _has_alt(body, self.comp):
                raise Unsupported("optional group")  # (its start is not seen where it ends)
            else:
                def after(p: str, o: list[str], d: int) -> None:
                    o.append(f"{' ' * d}if {p} != {pos}:")
                    rest(p, o, d + 1)
                self.node(body, pos, out, ind, after)
            if saved:
                out.append(f"{sp}caps[:] = {saved}")
        if greedy:
            once()
            rest(pos, out, ind)
        else:
            rest(pos, out, ind)
            if saved:
                out.append(f"{sp}caps[:] = {saved}")
            once()

    def loop(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        """``X*``, ``X+``, ``X{m,n}`` (greedy or lazy) for an X whose iteration is one of fixed
        strings of character tests that no two start alike (``_steps``): at a position at most
        one can match, so the iterations are a single chain of positions, each past the one
        before (no iteration matches the empty string, none has captures to reset), and the
        quantifier tries the rest at them as a one-character quantifier does."""
        _, mn, mx, greedy, body, _, _ = n
        steps = _steps(self.comp, body)
        if steps is None:
            self.general_loop(n, pos, out, ind, k)
            return
        sp = " " * ind
        q, c = self.name("p"), self.name("c")

        def step(d: int) -> None:
            # one iteration from q, or break out of the loop
            s2 = " " * d
            for i, tests in enumerate(steps):
                first = self.cond(tests[0], f"s[{q}]")
                out.append(f"{s2}{'if' if i == 0 else 'elif'} {q} < end and {first}:")
                if len(tests) > 1:
                    more = " and ".join(self.cond(t, f"s[{q} + {j}]") for j, t in enumerate(tests) if j)
                    out.append(f"{s2} if {q} + {len(tests)} <= end and {more}:")
                    out.append(f"{s2}  {q} += {len(tests)}")
                    out.append(f"{s2} else:")
                    out.append(f"{s2}  break")
                else:
                    out.append(f"{s2} {q} += 1")
            out.append(f"{s2}else:")
            out.append(f"{s2} break")
        out.append(f"{sp}{q} = {pos}")
        if greedy:
            ends, r = self.name("e"), self.name("p")
            out.append(f"{sp}{ends} = [{pos}]")
            out.append(f"{sp}while {'True' if mx < 0 else f'len({ends}) <= {mx}'}:")
            self.tick(out, ind + 1)
            step(ind + 1)
            out.append(f"{sp} {ends}.append({q})")
            out.append(f"{sp}for {c} in range(len({ends}) - 1, {mn - 1}, -1):")
            self.tick(out, ind + 1)
            out.append(f"{sp} {r} = {ends}[{c}]")
            k(r, out, ind + 1)
            return
        out.append(f"{sp}{c} = 0")
        out.append(f"{sp}while True:")
        self.tick(out, ind + 1)
        if mn:
            out.append(f"{sp} if {c} >= {mn}:")
            k(q, out, ind + 2)
        else:
            k(q, out, ind + 1)
        if mx >= 0:
            out.append(f"{sp} if {c} >= {mx}:")
            out.append(f"{sp}  break")
        step(ind + 1)
        out.append(f"{sp} {c} += 1")


    def general_loop(self, n: Node, pos: str, out: list[str], ind: int, k: Emit) -> None:
        """``X*``, ``X+``, ``X{m,n}`` for any other X (RepeatMatcher, sec-runtime-semantics-
        repeatmatcher-abstract-operation): a function of its own, called with the position and
        the iterations done, that tries one more iteration -- X's captures reset, then X, whose
        continuation calls the function again unless the iteration matched the empty string
        once the minimum is met -- and the rest of the pattern once the minimum is met, in the
        quantifier's order; each way starts from the captures as they were. The position and
        the count of the running iteration live in two slots after the captures (X's
        continuation may run in another function); every call counts against MAX_ITERATIONS."""
        _, mn, mx, greedy, body, g1, g2 = n
        fn = self.name("_q")
        slot = self.slots
        self.slots += 2
        rest = self.shared(k)
        fb: list[str] = [f"def {fn}(s, p, caps, end, poll, c):", " if _qd[0] >= " + str(MAX_ITERATIONS) + ":",
                         "  raise _TooDeep", " _qd[0] += 1", " try:"]

        def again(p2: str, o: list[str], d: int) -> None:
            sp2 = " " * d
            sv = self.name("sv")
            o.append(f"{sp2}if {p2} != caps[{slot}] or caps[{slot + 1}] < {mn}:")
            o.append(f"{sp2} {sv} = caps[:]")
            o.append(f"{sp2} r = {fn}(s, {p2}, caps, end, poll, caps[{slot + 1}] + 1)")
            o.append(f"{sp2} if r >= 0:")
            o.append(f"{sp2}  return r")
            o.append(f"{sp2} caps[:] = {sv}")

        def iteration() -> None:
            d = 2
            if mx >= 0:
                fb.append(f"  if c < {mx}:")
                d = 3
            sp2 = " " * d
            sv0 = self.name("sv")
            fb.append(f"{sp2}{sv0} = caps[:]")
            if g2 >= g1:
                fb.append(f"{sp2}caps[{2 * g1}:{2 * g2 + 2}] = {self.const([-1] * (2 * (g2 - g1 + 1)))}")
            fb.append(f"{sp2}caps[{slot}] = p")
            fb.append(f"{sp2}caps[{slot + 1}] = c")
            self.tick(fb, d)
            self.node(body, "p", fb, d, again)
            fb.append(f"{sp2}caps[:] = {sv0}")

        def done() -> None:
            fb.append(f"  if c >= {mn}:")
            rest("p", fb, 3)
        if greedy:
            iteration()
            done()
        else:
            done()
            iteration()
        fb += ["  return -1", " finally:", "  _qd[0] -= 1"]
        self.funcs.append(fb)
        sp = " " * ind
        out.append(f"{sp}r = {fn}(s, {pos}, caps, end, poll, 0)")
        out.append(f"{sp}if r >= 0:")
        out.append(f"{sp} return r")


def widths(node: Node, unicode: bool = False) -> tuple[int, int | None]:
    """The fewest and the most code units a match of ``node`` can take (None: no bound). In
    Unicode mode a character outside the BMP is two code units, and so may a set or the dot
    match."""
    k = node[0]
    if k == "char":
        return (2, 2) if node[1] > 0xFFFF else (1, 1)
    if k in ("set", "dot"):
        return (1, 2) if unicode else (1, 1)
    if k == "seq":
        lo, hi = 0, 0   # type: tuple[int, int | None]
        for n in node[1]:
            a, b = widths(n, unicode)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if k == "alt":
        ws = [widths(n, unicode) for n in node[1]]
        his = [b for _a, b in ws]
        return min(a for a, _b in ws), None if None in his else max(his)  # type: ignore[type-var]
    if k == "group":
        return widths(node[2], unicode)
    if k == "mod":
        return widths(node[3], unicode)
    if k == "quant":
        a, b = widths(node[4], unicode)
        return node[1] * a, None if node[2] < 0 or b is None else node[2] * b
    if k in ("bol", "eol", "wordb", "look", "empty"):
        return 0, 0
    return 0, None   # a backreference, a class of strings: no bound claimed


def required_literal(node: Node, unicode: bool) -> tuple[str, int, int | None] | None:
    """NON-SPEC (a search's skip): a run of characters, outside any group, that every match of
    the case-sensitive pattern ``node`` contains, with the fewest and the most code units before
    it (None: no bound); the longest such run, None when there is none."""
    items = node[1] if node[0] == "seq" else [node]
    best: tuple[str, int, int | None] | None = None
    lo, hi = 0, 0   # type: tuple[int, int | None]
    run: list[str] = []
    run_at: tuple[int, int | None] = (0, 0)
    for item in list(items) + [("empty",)]:
        if item[0] == "char" and item[1] <= 0xFFFF and not 0xD800 <= item[1] <= 0xDFFF:
            if not run:
                run_at = (lo, hi)
            run.append(chr(item[1]))
        elif run:
            if best is None or len(run) > len(best[0]):
                best = ("".join(run), run_at[0], run_at[1])
            run = []
        a, b = widths(item, unicode)
        lo += a
        hi = None if hi is None or b is None else hi + b
    return best


def _steps(comp: Any, body: Node) -> list[list[cs.Ranges]] | None:
    """For the body of a quantified group: its alternatives as fixed strings of character tests
    (the code units each character may be), when there is at least one character in each and
    no two alternatives can start with the same character (then at most one can match at a
    position); else None. Groups without captures (``(?:...)``) are looked through."""
    while body[0] == "seq" and len(body[1]) == 1:
        body = body[1][0]
    alts = body[1] if body[0] == "alt" else [body]
    out: list[list[cs.Ranges]] = []
    for a in alts:
        while a[0] == "seq" and len(a[1]) == 1 and a[1][0][0] == "alt":
            return None
        items = a[1] if a[0] == "seq" else [a]
        tests: list[cs.Ranges] = []
        for it in items:
            if it[0] not in ("char", "set", "dot"):
                return None
            full = comp.char_ranges(it)
            if comp.unicode and not _bmp_only(full):
                return None
            r = cs.intersect(full, [(0, 0xFFFF)])
            if not r:
                return None
            tests.append(r)
        if not tests:
            return None
        out.append(tests)
    for i, a in enumerate(out):
        for b in out[i + 1:]:
            if cs.intersect(a[0], b[0]):
                return None
    return out


def compile_pattern(comp: Any, node: Node, ncap: int) -> tuple[Callable[..., int], str]:
    """The generated function for ``node`` (compiled by ``comp``, a ``matcher._Compiler``,
    under the pattern's flags) and its Python source; raises ``Unsupported``."""
    if _count(node) > MAX_NODES:
        raise Unsupported("pattern")
    g = _Gen(comp, ncap)
    body: list[str] = []
    try:
        g.node(node, "p", body, 1, lambda p, o, d: o.append(f"{' ' * d}return {p}"))
    except RecursionError:
        raise Unsupported("nesting") from None
    lines = [line for fn in g.funcs for line in fn]
    # (the loops' slots after the captures)
    extend = [f" caps.extend({g.const([-1] * (g.slots - 3 * ncap))})"] if g.slots > 3 * ncap else []
    lines += ["def _m(s, p, caps, end, poll):", *extend, *body, " return -1"]
    src = "\n".join(lines) + "\n"
    ns: dict[str, Any] = dict(g.consts)
    ns["__builtins__"] = {"range": range, "min": min, "ord": ord, "len": len}
    try:
        exec(compile(src, "<regexp>", "exec"), ns)
    except (SyntaxError, RecursionError, MemoryError):
        raise Unsupported("compile") from None
    return ns["_m"], src


def leading_run(comp: Any, node: Node) -> Any:
    """For a non-Unicode pattern that starts with a greedy unbounded loop of at least one
    character (inside groups at most), that character's ``run_regex``: when a match at i fails,
    every start up to the end of the run at i fails too (it would try the rest of the pattern at
    a subset of the same positions), unless a backreference sees where the match started. None
    for other patterns."""
    if comp.unicode or _mentions(node, "backref"):
        return None
    n = node
    while n[0] in ("seq", "group"):
        if n[0] == "group":
            n = n[2]
        elif n[1]:
            n = n[1][0]
        else:
            return None
    if n[0] == "quant" and n[1] >= 1 and n[2] < 0 and n[3] and n[4][0] in ("char", "set", "dot"):
        return run_regex(comp.char_ranges(n[4]), False)
    return None


def _mentions(node: Node, kind: str) -> bool:
    k = node[0]
    if k == kind:
        return True
    if k in ("seq", "alt"):
        return any(_mentions(n, kind) for n in node[1])
    if k == "group":
        return _mentions(node[2], kind)
    if k == "quant":
        return _mentions(node[4], kind)
    if k in ("look", "mod"):
        return _mentions(node[-1], kind)
    return False


# NON-SPEC: the most ways through a pattern (alternatives met one after another multiply) that
# whole_regex translates, and the most steps (see ``whole_limits``) of one search or match the
# translation may run: Python's ``re`` cannot be interrupted, so a search that could take longer
# goes to the generated function, which polls
WHOLE_MAX_WAYS = 4096
WHOLE_MAX_STEPS = 20_000_000
_LONGEST = 1 << 40   # (longer than any string)


def whole_regex(comp: Any, node: Node) -> tuple[Any, int] | None:
    """NON-SPEC (speed): for a non-Unicode pattern whose quantifiers each repeat one character
    test, without backreferences or modifiers, a Python ``re`` pattern that finds the same
    matches with the same captures, so that a search runs in C (``/agggtaaa|tttaccct/ig`` over
    a long text: a match tried at every start in Python before; ``/^\\s*|\\s*$/g``). Else None.

    Each character test becomes the explicit class of the code units it accepts (``char_ranges``:
    the case-insensitive closure, the dot's line terminators), never Python's own folding or
    classes; ``^``/``$`` are ``\\A``/``\\Z`` (or the line terminators' tests under ``m``); ``\\b``
    and ``\\B`` test ASCII word characters (``re.ASCII``), as in non-Unicode mode; capturing
    groups keep their numbers. Both engines try alternatives left to right and a lookahead's
    first match, and repeat one character as RepeatMatcher (sec-runtime-semantics-repeatmatcher-abstract-operation)
    does when each iteration takes one code unit and holds no capture: the most (greedy) or the
    fewest (lazy) iterations first, then one fewer or one more; so the first match found at a
    start is the same. No group is repeated: the clearing of its captures at each iteration
    and the rejection of an empty one are where the two engines differ.

    Returns the pattern and its size (for ``whole_limits``). A lookbehind
    holds characters only (a fixed width, no capture, no quantifier)."""
    if comp.unicode:
        return None
    try:
        body = _whole(comp, node)
        ways = _ways(node)[0]
    except (Unsupported, RecursionError):
        return None
    if ways > WHOLE_MAX_WAYS:
        return None
    try:
        return re.compile(body, re.ASCII), _count(node)
    except (re.error, RecursionError, OverflowError):
        return None


def whole_limits(node: Node, size: int) -> tuple[int, int]:
    """NON-SPEC: the longest rest of a text (the code units from the start on) that a match at
    one start, and a search, by ``whole_regex``'s translation of ``node`` may be given. A match at
    one start takes at most (ways through the pattern, each quantifier counting the iteration
    counts it may stop at: ``_ways`` bounds them in a text of m code units by w * (m + 1) ** d)
    x (its size + the characters its quantifiers run over) steps, a search that times the
    starts; both stay within WHOLE_MAX_STEPS. Without quantifiers a match's cost does not grow
    with the text."""
    nq = _quantifiers(node)
    w, d = _ways(node)

    def at_one(m: int) -> int:
        return w * (m + 1) ** d * (size + nq * m)

    def search(m: int) -> int:
        return (m + 1) * at_one(m)

    return (_LONGEST if not nq else _longest(at_one)), _longest(search)


def _longest(cost: Callable[[int], int]) -> int:
    """The largest m (up to _LONGEST) with cost(m) <= WHOLE_MAX_STEPS (-1 if none), for a cost
    that grows with m."""
    if cost(0) > WHOLE_MAX_STEPS:
        return -1
    lo, hi = 0, 1
    while hi < _LONGEST and cost(hi) <= WHOLE_MAX_STEPS:
        lo, hi = hi, hi * 2
    if hi >= _LONGEST:
        return _LONGEST
    while hi - lo > 1:   # cost(lo) fits, cost(hi) does not
        mid = (lo + hi) // 2
        if cost(mid) <= WHOLE_MAX_STEPS:
            lo = mid
        else:
            hi = mid
    return lo


def _ways(n: Node) -> tuple[int, int]:
    """(w, d) such that the ways through a pattern whose quantifiers repeat one character are at
    most w * (m + 1) ** d in a text of m code units: ways multiply along a sequence and add up
    over alternatives; a quantifier may stop at any of its iteration counts, a bounded one's at
    most one more than its span, an unbounded one's at most m + 1 (a lookaround counted as if
    it were not one: an overestimate). w is capped just above WHOLE_MAX_STEPS."""
    k = n[0]
    if k == "seq":
        w, d = 1, 0
        for x in n[1]:
            a, b = _ways(x)
            w, d = min(w * a, WHOLE_MAX_STEPS + 1), d + b
        return w, d
    if k == "alt":
        ws = [_ways(x) for x in n[1]]
        return min(sum(a for a, _b in ws), WHOLE_MAX_STEPS + 1), max(b for _a, b in ws)
    if k == "group":
        return _ways(n[2])
    if k == "look":
        return _ways(n[3])
    if k == "quant":
        return (1, 1) if n[2] < 0 else (min(n[2] - n[1] + 1, WHOLE_MAX_STEPS + 1), 0)
    return 1, 0


def _quantifiers(n: Node) -> int:
    """How many quantifiers ``n`` holds."""
    k = n[0]
    if k in ("seq", "alt"):
        return sum(_quantifiers(x) for x in n[1])
    if k == "group":
        return _quantifiers(n[2])
    if k == "look":
        return _quantifiers(n[3])
    if k == "quant":
        return 1 + _quantifiers(n[4])
    return 0


# NON-SPEC: IsWordChar equal on both sides (sec-compileassertion, \\B), for Python's ``re``
_NOT_WORD_BOUNDARY = "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))"


def _whole(comp: Any, n: Node, behind: bool = False) -> str:
    k = n[0]
    if k == "empty":
        return ""
    if k == "seq":
        return "".join(_whole(comp, x, behind) for x in n[1])
    if k == "alt":
        return "(?:" + "|".join(_whole(comp, x, behind) for x in n[1]) + ")"
    if k in ("char", "set", "dot"):
        r = cs.intersect(comp.char_ranges(n), [(0, 0xFFFF)])
        return "[" + _cls(r) + "]" if r else "(?!)"
    if k == "group" and not behind:
        return "(" + _whole(comp, n[2]) + ")"
    if k == "bol":
        return "(?:\\A|(?<=[\\n\\r\\u2028\\u2029]))" if comp.multiline else "\\A"
    if k == "eol":
        return "(?=[\\n\\r\\u2028\\u2029]|\\Z)" if comp.multiline else "\\Z"
    if k == "wordb":
        # (Python's \\B never matches in an empty text, where JS's does: spelt out instead)
        return _NOT_WORD_BOUNDARY if n[1] else "\\b"
    if k == "look":
        if n[1]:
            a, b = widths(n[3])
            if a != b or _mentions(n[3], "group") or _mentions(n[3], "quant"):
                raise Unsupported("look")
        return "(?" + ("<" if n[1] else "") + ("!" if n[2] else "=") + _whole(comp, n[3], behind or n[1]) + ")"
    if k == "quant" and n[4][0] in ("char", "set", "dot") and not behind:
        mn, mx, greedy = n[1], n[2], n[3]
        r = cs.intersect(comp.char_ranges(n[4]), [(0, 0xFFFF)])
        if not r:
            return "" if mn == 0 else "(?!)"
        return "[" + _cls(r) + "]" + ("{%d,}" % mn if mx < 0 else "{%d,%d}" % (mn, mx)) + ("" if greedy else "?")
    raise Unsupported(k)
