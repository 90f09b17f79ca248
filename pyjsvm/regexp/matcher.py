"""The RegExp matcher (sec-compilepattern, sec-compilesubpattern): a parsed pattern is compiled
into a small program for a backtracking machine with an explicit stack (no Python recursion per
character; only lookarounds nest). The input is the string of UTF-16 code units; in Unicode
mode (u/v flags) characters are read as code points (surrogate pairs together).

Backtracking state: ``stack`` holds (pc, pos, trail length) choice points; every change to the
capture or quantifier registers is logged on ``trail`` with the old value, so that a failure
restores the registers exactly (this gives the continuation semantics of the spec).
"""
from __future__ import annotations

import re
from typing import Any, Callable

from pyjsvm.regexp import charset as cs
from pyjsvm.regexp import codegen
from pyjsvm.regexp.parser import Node, Pattern
from pyjsvm.syntax.utf16 import utf16_encode_code_point

# opcodes
CHAR_F, CHAR_B, UCHAR_F, UCHAR_B, LIT_F, LIT_B, SPLIT, JMP, GSTART, GEND, BOL, EOL, WORDB, BACKREF, LOOK, \
    Q_INIT, Q_CHOOSE, Q_ITER_START, Q_ITER_END, STAR, MATCH, USTAR, STRS = range(23)

MAX_STACK = 10_000_000


class MatchTooComplex(Exception):
    """The backtracking stack passed MAX_STACK: the caller turns it into a RangeError."""


def _no_poll() -> None:
    """The default interrupt check: none."""

_LT = frozenset((0x0A, 0x0D, 0x2028, 0x2029))


def _is_word_fn(unicode_ci: bool) -> Callable[[int], bool]:
    def isword(c: int) -> bool:
        return (0x61 <= c <= 0x7A or 0x41 <= c <= 0x5A or 0x30 <= c <= 0x39 or c == 0x5F
                or (unicode_ci and (c == 0x17F or c == 0x212A)))
    return isword


class _Compiler:
    def __init__(self, pattern: Pattern, flags: str) -> None:
        self.code: list[Any] = []
        self.unicode = pattern.unicode
        self.ncap = pattern.group_count + 1
        self.nq = 0
        self.ci = "i" in flags
        self.multiline = "m" in flags
        self.dotall = "s" in flags
        self.fold = cs.canonicalizer(self.unicode)
        self._test_cache: dict[Any, Callable[[int], bool]] = {}

    def emit(self, ins: list[Any]) -> int:
        self.code.append(ins)
        return len(self.code) - 1

    def set_test(self, ranges: cs.Ranges, inverted: bool = False) -> Callable[[int], bool]:
        key = (tuple(ranges), self.ci, inverted)
        t = self._test_cache.get(key)
        if t is None:
            if inverted and not self.ci:
                t = cs.make_test(cs.complement(ranges))
            else:
                r = cs.case_close(ranges, self.unicode) if self.ci else ranges
                t = cs.make_test(r)
                if inverted:
                    inner = t
                    t = lambda c: not inner(c)  # noqa: E731
            self._test_cache[key] = t
        return t

    def char_test(self, node: Node) -> tuple[Callable[[int], bool], bool] | None:
        """For a single-character node: its test and whether it only matches BMP non-surrogate
        characters; else None."""
        k = node[0]
        if k == "char":
            c = node[1]
            return self.set_test([(c, c)]), c < 0xD800 or 0xE000 <= c <= 0xFFFF
        if k == "set":
            r = node[1]
            if node[2]:
                return self.set_test(r, True), False
            return self.set_test(r), not r or r[-1][1] < 0xD800
        if k == "dot":
            top = cs.MAX_CP if self.unicode else 0xFFFF
            r = [(0, top)] if self.dotall else cs.complement(cs.LINE_TERMINATORS, top)
            return self.set_test(r), False
        return None

    def char_ranges(self, node: Node) -> cs.Ranges | None:
        """For a single-character node: exactly the code points (code units in non-Unicode
        mode) its test accepts; else None."""
        k = node[0]
        top = cs.MAX_CP if self.unicode else 0xFFFF
        if k == "char":
            r: cs.Ranges = [(node[1], node[1])]
        elif k == "set":
            r = node[1]
        elif k == "dot":
            r = [(0, top)] if self.dotall else cs.complement(cs.LINE_TERMINATORS, top)
        else:
            return None
        if self.ci:
            r = cs.case_close(r, self.unicode)
        if k == "set" and node[2]:
            r = cs.complement(r, top)
        return r

    def anchored_at_start(self, node: Node) -> bool:
        """NON-SPEC: whether every match of ``node`` starts at an assertion ``^`` outside
        multiline mode, which holds only at the input's start: the node is such a ``^``, a
        sequence that starts with one, a group of one, a quantifier that repeats one at least
        once, or an alternation each of whose alternatives is one (``/^0x[0-9a-f]+|^\\d+/``)."""
        k = node[0]
        if k == "bol":
            return not self.multiline
        if k == "seq":
            return bool(node[1]) and self.anchored_at_start(node[1][0])
        if k == "alt":
            return bool(node[1]) and all(self.anchored_at_start(a) for a in node[1])
        if k == "group":
            return self.anchored_at_start(node[2])
        if k == "quant":
            return node[1] >= 1 and self.anchored_at_start(node[4])
        return False   # (a modifier group may change multiline mode: not looked into)

    def first_ranges(self, node: Node) -> cs.Ranges | None:
        """A superset of the characters (as code points) a match of ``node`` can start with, or
        None when unknown or when it may match the empty string."""
        k = node[0]
        if k == "char" or k == "dot" or (k == "set" and not node[2]):
            if k == "char":
                r: cs.Ranges = [(node[1], node[1])]
            elif k == "set":
                r = node[1]
            else:
                top = cs.MAX_CP if self.unicode else 0xFFFF
                r = [(0, top)] if self.dotall else cs.complement(cs.LINE_TERMINATORS, top)
            return cs.case_close(r, self.unicode) if self.ci else r
        if k == "set":
            return None if self.ci else cs.complement(node[1])
        if k == "seq":
            for item in node[1]:
                if item[0] in ("bol", "eol", "wordb", "look"):
                    continue
                return self.first_ranges(item)
            return None
        if k == "alt":
            out: cs.Ranges = []
            for a in node[1]:
                r2 = self.first_ranges(a)
                if r2 is None:
                    return None
                out.extend(r2)
            return cs.normalize(out)
        if k == "group":
            return self.first_ranges(node[2])
        if k == "quant":
            return self.first_ranges(node[4]) if node[1] >= 1 else None
        if k == "strs":
            if any(len(x) == 0 for x in node[2]):
                return None
            r = cs.union(node[1], [(x[0], x[0]) for x in node[2]])
            return cs.case_close(r, self.unicode) if self.ci else r
        return None

    def emit_test(self, test: Callable[[int], bool], d: int) -> None:
        if self.unicode:
            self.emit([UCHAR_F if d > 0 else UCHAR_B, test])
        else:
            self.emit([CHAR_F if d > 0 else CHAR_B, test])

    def compile(self, node: Node, d: int) -> None:
        k = node[0]
        if k == "empty":
            return
        if k == "char":
            cp = node[1]
            if not self.ci and not (self.unicode and 0xD800 <= cp <= 0xDFFF):
                self.emit([LIT_F if d > 0 else LIT_B, utf16_encode_code_point(cp)])
            else:
                self.emit_test(self.set_test([(cp, cp)]), d)
            return
        if k == "set" or k == "dot":
            ct = self.char_test(node)
            assert ct is not None
            self.emit_test(ct[0], d)
            return
        if k == "strs":
            if self.ci:
                alts: list[Node] = [("seq", [("char", c) for c in s]) for s in node[2]]
                alts.append(("set", node[1], False))
                self.compile(("alt", alts), d)
                return
            # NON-SPEC: one instruction tries the strings longest first (each a choice point),
            # then the single characters, then the empty string, as the alternation of
            # CompileAtom for a CharSet with strings would (sec-compileatom).
            groups: list[tuple[int, frozenset[str]]] = []
            by_len: dict[int, set[str]] = {}
            empty = False
            for seq in node[2]:
                if not seq:
                    empty = True
                    continue
                by_len.setdefault(len(seq), set()).add("".join(utf16_encode_code_point(c) for c in seq))
            for n in sorted(by_len, reverse=True):
                for u in sorted({len(x) for x in by_len[n]}, reverse=True):
                    groups.append((u, frozenset(x for x in by_len[n] if len(x) == u)))
            self.emit([STRS, tuple(groups), self.set_test(node[1]) if node[1] else None, empty, d])
            return
        if k == "seq":
            items = node[1] if d > 0 else list(reversed(node[1]))
            i = 0
            n = len(items)
            while i < n:
                it = items[i]
                if it[0] == "char" and not self.ci:
                    j = i
                    parts: list[str] = []
                    while j < n and items[j][0] == "char" and not (self.unicode and 0xD800 <= items[j][1] <= 0xDFFF):
                        parts.append(utf16_encode_code_point(items[j][1]))
                        j += 1
                    if j > i:
                        lit = "".join(parts) if d > 0 else "".join(reversed(parts))
                        self.emit([LIT_F if d > 0 else LIT_B, lit])
                        i = j
                        continue
                self.compile(it, d)
                i += 1
            return
        if k == "alt":
            alts = node[1]
            jumps: list[int] = []
            for idx, a in enumerate(alts):
                if idx < len(alts) - 1:
                    sp = self.emit([SPLIT, 0, 0])
                    self.code[sp][1] = len(self.code)
                    self.compile(a, d)
                    jumps.append(self.emit([JMP, 0]))
                    self.code[sp][2] = len(self.code)
                else:
                    self.compile(a, d)
            for j in jumps:
                self.code[j][1] = len(self.code)
            return
        if k == "group":
            i = node[1]
            self.emit([GSTART, i, d])
            self.compile(node[2], d)
            self.emit([GEND, i, d])
            return
        if k == "bol":
            self.emit([BOL, self.multiline])
            return
        if k == "eol":
            self.emit([EOL, self.multiline])
            return
        if k == "wordb":
            self.emit([WORDB, node[1], _is_word_fn(self.unicode and self.ci)])
            return
        if k == "backref":
            self.emit([BACKREF, node[1], d, self.fold if self.ci else None, self.unicode])
            return
        if k == "look":
            behind, neg, body = node[1], node[2], node[3]
            at = self.emit([LOOK, 0, behind, neg, 0])
            self.code[at][1] = len(self.code)
            self.compile(body, -1 if behind else 1)
            self.emit([MATCH])
            self.code[at][4] = len(self.code)
            return
        if k == "mod":
            add, remove, body = node[1], node[2], node[3]
            saved = (self.ci, self.multiline, self.dotall)
            for f, v in ((add, True), (remove, False)):
                if "i" in f:
                    self.ci = v
                if "m" in f:
                    self.multiline = v
                if "s" in f:
                    self.dotall = v
            self.compile(body, d)
            self.ci, self.multiline, self.dotall = saved
            return
        if k == "quant":
            self.compile_quant(node, d)
            return
        raise AssertionError(k)

    def compile_quant(self, node: Node, d: int) -> None:
        _, mn, mx, greedy, body, g1, g2 = node
        if mx == 0:
            return
        if mn == 1 and mx == 1:
            self.compile(body, d)
            return
        ct = self.char_test(body)
        if ct is not None and greedy:
            run = None
            if mx < 0 and d > 0:
                cr = self.char_ranges(body)
                assert cr is not None
                run = codegen.run_regex(cr, self.unicode)
            self.emit([STAR if not self.unicode or ct[1] else USTAR, ct[0], mn, mx, d, run])
            return
        q = self.nq
        self.nq += 1
        self.emit([Q_INIT, q])
        loop = self.emit([Q_CHOOSE, q, mn, mx, greedy, 0, 0])
        self.code[loop][5] = len(self.code)
        lo = 2 * g1
        hi = 2 * g2 + 1 if g2 >= g1 else lo - 1
        self.emit([Q_ITER_START, q, lo, hi])
        self.compile(body, d)
        self.emit([Q_ITER_END, q, mn, loop])
        self.code[loop][6] = len(self.code)


class Matcher:
    """A compiled pattern: ``match(s, index)`` returns the capture list (start, end pairs,
    -1 for undefined; pair 0 is the whole match) or None."""

    def __init__(self, pattern: Pattern, flags: str) -> None:
        c = _Compiler(pattern, flags)
        c.compile(pattern.node, 1)
        c.emit([MATCH])
        self.code = [tuple(ins) for ins in c.code]
        self.ncap = c.ncap
        self.nq = c.nq
        self.unicode = pattern.unicode
        first = self.code[0]
        self.first_lit = first[1] if first[0] == LIT_F else None
        # NON-SPEC (speed): the pattern is one literal run of code units (which in unicode mode
        # starts and ends with whole code points: no start that ``find`` gives is inside a
        # surrogate pair), so that a match is an occurrence of it (see ``search``)
        self.literal = self.first_lit if len(self.code) == 2 and self.code[1][0] == MATCH else None
        self.prefilter: Any = None
        self.pending_pre: tuple[cs.Ranges, bool] | None = None
        # NON-SPEC: a pattern whose every match starts with a non-multiline '^' can only match at 0
        self.anchored = c.anchored_at_start(pattern.node)
        if self.first_lit is None:
            fr = c.first_ranges(pattern.node)
            # (not for a set that holds nearly every code unit: nothing to skip)
            if fr is not None and len(fr) <= 4096 and cs.size(cs.intersect(fr, [(0, 0xFFFF)])) < 0xF000:
                # NON-SPEC: after a leading \b, a start whose character is a word character
                # must follow a non-word character
                node = pattern.node
                wordb = (node[0] == "seq" and node[1] and node[1][0] == ("wordb", False)
                         and not (self.unicode and c.ci) and cs.subtract(fr, _WORD_RANGES) == [])
                if len(fr) <= 64:
                    self.prefilter = _python_class(fr, wordb)
                else:
                    # (a large set, such as \p{L}: its class, some milliseconds to compile, is
                    # made when the pattern is used again, with the generated function)
                    self.pending_pre = (fr, wordb)
        # NON-SPEC: the generated function of codegen, for the patterns it handles, made when
        # the pattern is used again (a second search, or a search's 64th start: ``uses``)
        self.fast: Callable[..., int] | None = None
        self.fast_source = ""
        # NON-SPEC: the pattern as a Python ``re`` pattern (codegen.whole_regex), made with the
        # generated function; a search then runs in C, when the text from its start on is no
        # longer than whole_search_max (whole_match_max: a match at one start; whole_limits)
        self.whole: Any = None
        self.whole_match_max = -1
        self.whole_search_max = -1
        self.uses = 0
        self.pending: tuple[_Compiler, Node] | None = (c, pattern.node)
        self.skip_run = codegen.leading_run(c, pattern.node)
        # NON-SPEC: a run of characters every match holds, and how far from its start: a search
        # skips the starts that no occurrence of it can serve (see ``search``)
        self.required = (None if self.first_lit is not None or self.anchored or c.ci
                         else codegen.required_literal(pattern.node, self.unicode))

    def generate(self) -> None:
        """Make the generated function (once; it stays None for unsupported patterns), and a
        large set's prefilter."""
        if self.pending_pre is not None:
            fr, wordb = self.pending_pre
            self.pending_pre = None
            self.prefilter = _python_class(fr, wordb)
        if self.pending is not None:
            c, node = self.pending
            self.pending = None
            w = codegen.whole_regex(c, node)
            if w is not None:
                self.whole = w[0]
                self.whole_match_max, self.whole_search_max = codegen.whole_limits(node, w[1])
            try:
                self.fast, self.fast_source = codegen.compile_pattern(c, node, self.ncap)
            except codegen.Unsupported:
                pass

    def search(self, s: str, start: int, sticky: bool, unicode: bool,
               poll: Callable[[], None] = _no_poll) -> list[int] | None:
        """The captures of the first match at or after ``start`` (only at ``start`` if sticky).
        ``poll`` is called every few thousand steps: the caller's interrupt check (a timeout
        raises from it)."""
        if unicode and 0 < start < len(s) and "\udc00" <= s[start] <= "\udfff" and "\ud800" <= s[start - 1] <= "\udbff":
            # RegExpBuiltinExec (sec-regexpbuiltinexec) step 13.b: the input index is that of the
            # code point that code unit ``start`` is part of; a lastIndex between the two halves
            # of a surrogate pair starts the match at the pair (as V8 and QuickJS do: the match's
            # ``index`` is where it starts)
            start -= 1
        lit = self.literal
        if lit is not None:
            # NON-SPEC (speed): a literal pattern: its occurrence at or after start (at start if sticky)
            i = start if s.startswith(lit, start) else -1 if sticky else s.find(lit, start)
            return None if i < 0 else [i, i + len(lit)]
        if self.anchored and not sticky:
            # NON-SPEC: a match can only start at 0 (see ``anchored``): a search from 0 is a
            # match there, and from anywhere else finds none
            if start:
                return None
            sticky = True
        self.uses += 1
        if self.uses == 2:
            self.generate()
        if self.whole is not None and len(s) - start <= (self.whole_match_max if sticky else self.whole_search_max):
            m = self.whole.match(s, start) if sticky else self.whole.search(s, start)
            return None if m is None else self._whole_caps(m)
        if sticky:
            return self.match(s, start, poll)
        n = len(s)
        lit = self.first_lit
        pre = self.prefilter
        skip = self.skip_run
        fast = self.fast
        size = 3 * self.ncap
        i = start
        tries = 0
        req = self.required
        need, before, most = req if req is not None else ("", 0, None)
        found = -1   # an occurrence of ``need`` at or after i + before (when req)
        while i <= n:
            if req is not None and found < i + before:
                # a match starting at i or later holds ``need`` at i + before or later: none
                # after the first such occurrence, none that starts before it less ``most``
                found = s.find(need, i + before)
                if found < 0:
                    return None
                if most is not None and found - most > i:
                    i = found - most
                    if unicode and 0xDC00 <= ord(s[i]) <= 0xDFFF and 0xD800 <= ord(s[i - 1]) <= 0xDBFF:
                        i -= 1   # (not inside a surrogate pair: its start is a start too)
            if lit is not None:
                i = s.find(lit, i)
                if i < 0:
                    return None
            elif pre is not None:
                m = pre.search(s, i)
                if m is None:
                    return None
                i = m.start()
                if unicode and i > 0 and 0xDC00 <= ord(s[i]) <= 0xDFFF and 0xD800 <= ord(s[i - 1]) <= 0xDBFF:
                    i += 1
                    continue
            if fast is not None:
                caps = [-1] * size
                try:
                    e = fast(s, i, caps, n, poll)
                except codegen.TooDeep:
                    # (iterations nested past codegen.MAX_ITERATIONS: the interpreter at i)
                    r = self.interpret(s, i, poll)
                    if r is not None:
                        return r
                    e = -1
                if e >= 0:
                    caps[0] = i
                    caps[1] = e
                    return caps[:2 * self.ncap]
            else:
                r = self.match(s, i, poll)
                if r is not None:
                    return r
            tries += 1
            if not tries & 0xF:
                # NON-SPEC: the budget check every 16 starts (each one's run polls only every
                # 4,096 of its own steps: 96 starts of /(?:a{1000}){1000}/ ran a minute unchecked)
                poll()
                if tries == 64:
                    self.generate()
                    fast = self.fast
                    pre = self.prefilter
            if skip is not None:
                # the starts up to the end of the leading run fail too, and so does the end,
                # where the run cannot start (codegen.leading_run)
                i = skip.match(s, i).end() + 1
                continue
            if unicode and i + 1 < n and 0xD800 <= ord(s[i]) <= 0xDBFF and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                i += 2
            else:
                i += 1
        return None

    def _whole_caps(self, m: Any) -> list[int]:
        """The capture list of a match of ``whole``."""
        caps = [m.start(), m.end()]
        for g in range(1, self.ncap):
            caps += m.span(g)
        return caps

    def match(self, s: str, index: int, poll: Callable[[], None] = _no_poll) -> list[int] | None:
        if self.whole is not None and len(s) - index <= self.whole_match_max:
            m = self.whole.match(s, index)
            return None if m is None else self._whole_caps(m)
        if self.fast is not None:
            caps = [-1] * (3 * self.ncap)
            try:
                end = self.fast(s, index, caps, len(s), poll)
            except codegen.TooDeep:
                return self.interpret(s, index, poll)
            if end < 0:
                return None
            caps[0] = index
            caps[1] = end
            return caps[:2 * self.ncap]
        return self.interpret(s, index, poll)

    def interpret(self, s: str, index: int, poll: Callable[[], None] = _no_poll) -> list[int] | None:
        """The match at ``index`` by the interpreter (``_run``)."""
        caps = [-1] * (3 * self.ncap)
        caps[0] = index
        cnt = [0] * self.nq
        qstart = [-1] * self.nq
        end = _run(self.code, s, index, caps, cnt, qstart, 0, self.ncap, poll)
        if end < 0:
            return None
        caps[0] = index
        caps[1] = end
        return caps[:2 * self.ncap]


_WORD_RANGES: cs.Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]


def _python_class(ranges: cs.Ranges, after_nonword: bool = False) -> Any:
    r"""NON-SPEC: a Python ``re`` character class matching the UTF-16 code units that can start
    a character in ``ranges`` (astral ranges admit every high surrogate); ``after_nonword``:
    only where no word character (of the non-Unicode \w) precedes."""
    parts: list[str] = []
    astral = False
    for lo, hi in ranges:
        if lo > 0xFFFF:
            astral = True
            continue
        if hi > 0xFFFF:
            astral = True
            hi = 0xFFFF
        parts.append("\\u%04x" % lo if lo == hi else "\\u%04x-\\u%04x" % (lo, hi))
    if astral:
        parts.append("\\ud800-\\udbff")
    if not parts:
        return None
    return re.compile(("(?<![0-9A-Z_a-z])[" if after_nonword else "[") + "".join(parts) + "]")


def _decode_fwd(s: str, pos: int, end: int) -> tuple[int, int]:
    c = ord(s[pos])
    if 0xD800 <= c <= 0xDBFF and pos + 1 < end:
        c2 = ord(s[pos + 1])
        if 0xDC00 <= c2 <= 0xDFFF:
            return 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00), 2
    return c, 1


def _decode_bwd(s: str, pos: int) -> tuple[int, int]:
    c = ord(s[pos - 1])
    if 0xDC00 <= c <= 0xDFFF and pos >= 2:
        c1 = ord(s[pos - 2])
        if 0xD800 <= c1 <= 0xDBFF:
            return 0x10000 + ((c1 - 0xD800) << 10) + (c - 0xDC00), 2
    return c, 1


def _fold_seq(s: str, fold: Callable[[int], int], unicode: bool) -> list[int]:
    if not unicode:
        return [fold(ord(c)) for c in s]
    out: list[int] = []
    i = 0
    while i < len(s):
        c, n = _decode_fwd(s, i, len(s))
        out.append(fold(c))
        i += n
    return out


def _run(code: Any, s: str, pos: int, caps: list[int], cnt: list[int], qstart: list[int], pc: int,
         ncap: int, poll: Callable[[], None]) -> int:
    """Run the program from ``pc`` at ``pos``; the end position of a match, or -1."""
    end = len(s)
    stack: list[Any] = []
    trail: list[Any] = []
    push = stack.append
    log = trail.append
    steps = 0
    pend = 2 * ncap  # offset of the pending group starts in caps
    while True:
        steps += 1
        if steps & 0xFFF == 0:
            poll()
            if len(stack) > MAX_STACK:
                raise MatchTooComplex("Maximum call stack size exceeded (regular expression too complex)")
        ins = code[pc]
        op = ins[0]
        if op == LIT_F:
            lit = ins[1]
            if s.startswith(lit, pos):
                pos += len(lit)
                pc += 1
                continue
        elif op == CHAR_F:
            if pos < end and ins[1](ord(s[pos])):
                pos += 1
                pc += 1
                continue
        elif op == STAR:
            test, mn, mx, d = ins[1], ins[2], ins[3], ins[4]
            if d > 0:
                if ins[5] is not None:
                    p = ins[5].match(s, pos).end()
                else:
                    lim = end if mx < 0 else min(end, pos + mx)
                    p = pos
                    while p < lim and test(ord(s[p])):
                        p += 1
                    if p - pos > 0xFF:
                        steps |= 0xFFF  # NON-SPEC: a long scan in Python counts as a run of steps (a poll next)
                n = p - pos
                if n >= mn:
                    if n > mn:
                        push((pc + 1, p - 1, len(trail), pos + mn, 1))
                    pos = p
                    pc += 1
                    continue
            else:
                lim = 0 if mx < 0 else max(0, pos - mx)
                p = pos
                while p > lim and test(ord(s[p - 1])):
                    p -= 1
                if pos - p > 0xFF:
                    steps |= 0xFFF  # (as forward)
                n = pos - p
                if n >= mn:
                    if n > mn:
                        push((pc + 1, p + 1, len(trail), pos - mn, -1))
                    pos = p
                    pc += 1
                    continue
        elif op == USTAR:
            # a greedy run of code points; backtracking gives back one code point at a time
            test, mn, mx, d = ins[1], ins[2], ins[3], ins[4]
            if ins[5] is not None:
                # forward and unbounded: the run is found in C; the choice point (step 2) steps
                # back over surrogate pairs, down to ``stop`` (after mn code points)
                p = ins[5].match(s, pos).end()
                stop = pos
                k = 0
                while k < mn and stop < p:
                    stop += _decode_fwd(s, stop, end)[1]
                    k += 1
                if k >= mn:
                    if p > stop:
                        q = p - 2 if p - 2 >= stop and 0xDC00 <= ord(s[p - 1]) <= 0xDFFF and 0xD800 <= ord(s[p - 2]) <= 0xDBFF else p - 1
                        push((pc + 1, q, len(trail), stop, 2))
                    pos = p
                    pc += 1
                    continue
            else:
                # bounded or backward: the choice point keeps the positions passed
                plist = [pos]
                p = pos
                k = 0
                while (mx < 0 or k < mx) and (p < end if d > 0 else p > 0):
                    c, n = _decode_fwd(s, p, end) if d > 0 else _decode_bwd(s, p)
                    if not test(c):
                        break
                    p += n if d > 0 else -n
                    k += 1
                    plist.append(p)
                if k >= mn:
                    if k > mn:
                        push((pc + 1, plist[k - 1], len(trail), plist, k - 1, mn))
                    pos = p
                    pc += 1
                    continue
        elif op == STRS:
            cands: list[int] = []
            if ins[4] > 0:
                for u, group in ins[1]:
                    if pos + u <= end and s[pos:pos + u] in group:
                        cands.append(pos + u)
                if ins[2] is not None and pos < end:
                    c, n = _decode_fwd(s, pos, end)
                    if ins[2](c):
                        cands.append(pos + n)
            else:
                for u, group in ins[1]:
                    if pos - u >= 0 and s[pos - u:pos] in group:
                        cands.append(pos - u)
                if ins[2] is not None and pos > 0:
                    c, n = _decode_bwd(s, pos)
                    if ins[2](c):
                        cands.append(pos - n)
            if ins[3]:
                cands.append(pos)
            if cands:
                tl = len(trail)
                for i in range(len(cands) - 1, 0, -1):
                    push((pc + 1, cands[i], tl))
                pos = cands[0]
                pc += 1
                continue
        elif op == SPLIT:
            push((ins[2], pos, len(trail)))
            pc = ins[1]
            continue
        elif op == JMP:
            pc = ins[1]
            continue
        elif op == UCHAR_F:
            if pos < end:
                c, n = _decode_fwd(s, pos, end)
                if ins[1](c):
                    pos += n
                    pc += 1
                    continue
        elif op == GSTART:
            i = pend + ins[1]
            log((caps, i, caps[i]))
            caps[i] = pos
            pc += 1
            continue
        elif op == GEND:
            g = ins[1]
            i = 2 * g
            log((caps, i, caps[i]))
            log((caps, i + 1, caps[i + 1]))
            if ins[2] > 0:
                caps[i] = caps[pend + g]
                caps[i + 1] = pos
            else:
                caps[i] = pos
                caps[i + 1] = caps[pend + g]
            pc += 1
            continue
        elif op == Q_CHOOSE:
            q = ins[1]
            c = cnt[q]
            if c < ins[2]:
                pc = ins[5]
            elif ins[3] >= 0 and c >= ins[3]:
                pc = ins[6]
            elif ins[4]:
                push((ins[6], pos, len(trail)))
                pc = ins[5]
            else:
                push((ins[5], pos, len(trail)))
                pc = ins[6]
            continue
        elif op == Q_ITER_START:
            q = ins[1]
            log((qstart, q, qstart[q]))
            qstart[q] = pos
            for i in range(ins[2], ins[3] + 1):
                if caps[i] != -1:
                    log((caps, i, caps[i]))
                    caps[i] = -1
            pc += 1
            continue
        elif op == Q_ITER_END:
            q = ins[1]
            c = cnt[q]
            if not (c >= ins[2] and pos == qstart[q]):
                log((cnt, q, c))
                cnt[q] = c + 1
                pc = ins[3]
                continue
        elif op == Q_INIT:
            q = ins[1]
            log((cnt, q, cnt[q]))
            log((qstart, q, qstart[q]))
            cnt[q] = 0
            pc += 1
            continue
        elif op == MATCH:
            return pos
        elif op == LIT_B:
            lit = ins[1]
            n = len(lit)
            if pos >= n and s[pos - n:pos] == lit:
                pos -= n
                pc += 1
                continue
        elif op == CHAR_B:
            if pos > 0 and ins[1](ord(s[pos - 1])):
                pos -= 1
                pc += 1
                continue
        elif op == UCHAR_B:
            if pos > 0:
                c, n = _decode_bwd(s, pos)
                if ins[1](c):
                    pos -= n
                    pc += 1
                    continue
        elif op == BOL:
            if pos == 0 or (ins[1] and ord(s[pos - 1]) in _LT):
                pc += 1
                continue
        elif op == EOL:
            if pos == end or (ins[1] and ord(s[pos]) in _LT):
                pc += 1
                continue
        elif op == WORDB:
            isword = ins[2]
            a = pos > 0 and isword(ord(s[pos - 1]))
            b = pos < end and isword(ord(s[pos]))
            if (a != b) != ins[1]:
                pc += 1
                continue
        elif op == BACKREF:
            st = en = -1
            for g in ins[1]:
                if caps[2 * g] != -1 and caps[2 * g + 1] != -1:
                    st, en = caps[2 * g], caps[2 * g + 1]
                    break
            if st < 0:
                pc += 1
                continue
            sub = s[st:en]
            n = len(sub)
            fold = ins[3]
            if ins[2] > 0:
                if pos + n <= end:
                    other = s[pos:pos + n]
                    if other == sub or (fold is not None and _fold_seq(other, fold, ins[4]) == _fold_seq(sub, fold, ins[4])):
                        pos += n
                        pc += 1
                        continue
            else:
                if pos - n >= 0:
                    other = s[pos - n:pos]
                    if other == sub or (fold is not None and _fold_seq(other, fold, ins[4]) == _fold_seq(sub, fold, ins[4])):
                        pos -= n
                        pc += 1
                        continue
        elif op == LOOK:
            sub_caps = caps[:]
            r = _run(code, s, pos, sub_caps, cnt, qstart, ins[1], ncap, poll)
            if ins[3]:
                if r < 0:
                    pc = ins[4]
                    continue
            elif r >= 0:
                for i in range(2 * ncap):
                    if sub_caps[i] != caps[i]:
                        log((caps, i, caps[i]))
                        caps[i] = sub_caps[i]
                pc = ins[4]
                continue
        else:  # pragma: no cover
            raise AssertionError(op)
        # --- failure: backtrack --------------------------------------------------------------
        if not stack:
            return -1
        e = stack.pop()
        pc = e[0]
        pos = e[1]
        tl = e[2]
        while len(trail) > tl:
            arr, i, old = trail.pop()
            arr[i] = old
        if len(e) == 5:
            st = e[3]
            if pos != st:
                step = e[4]
                if step == 1 or step == -1:
                    push((pc, pos - step, tl, st, step))
                elif pos - 2 >= st and 0xDC00 <= ord(s[pos - 1]) <= 0xDFFF and 0xD800 <= ord(s[pos - 2]) <= 0xDBFF:
                    push((pc, pos - 2, tl, st, step))
                else:
                    push((pc, pos - 1, tl, st, step))
        elif len(e) == 6 and e[4] > e[5]:
            push((pc, e[3][e[4] - 1], tl, e[3], e[4] - 1, e[5]))
