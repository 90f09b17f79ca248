"""The RegExp pattern grammar (sec-patterns) with the Annex B web-compatibility extensions for
non-Unicode patterns (sec-regular-expressions-patterns), and its early errors
(sec-patterns-static-semantics-early-errors).

``parse_pattern(source, flags)`` takes the pattern as a string of UTF-16 code units and returns
a ``Pattern`` (the tree and the capture-group table) or raises ``PatternError`` (to be thrown as
a SyntaxError). Tree nodes are tuples whose first element is the kind:

- ``("empty",)``
- ``("alt", [node, ...])`` / ``("seq", [node, ...])``
- ``("char", cp)``  one literal character (code unit in non-Unicode mode)
- ``("set", ranges, inverted)``  a character class as code point ranges (inverted: a
  non-v negated class, whose test is inverted after case-insensitive matching)
- ``("strs", ranges, [tuple_of_cps, ...])``  a v-flag class that also matches strings
- ``("dot",)``
- ``("bol",)`` / ``("eol",)`` / ``("wordb", negated)``
- ``("group", index, node)``  capturing group ``index`` (1-based)
- ``("look", behind, negated, node)``
- ``("backref", [index, ...])``  (a named reference may name several groups)
- ``("quant", min, max, greedy, node, first_group, last_group)``; max is -1 for infinity
- ``("mod", add_flags, remove_flags, node)``  a modifiers group (?ims-ims:...)
"""
from __future__ import annotations

from typing import Any

from pyjsvm.regexp import charset as cs
from pyjsvm.regexp.charset import Ranges
from pyjsvm.syntax.polling import poll

# NON-SPEC: terms (or class atoms, or characters when counting groups) parsed between two budget
# checks: a run's timeout holds while a huge pattern is parsed
_POLL_EVERY = 1 << 12

Node = tuple[Any, ...]

SYNTAX_CHARS = "^$\\.*+?()[]{}|"
CLASS_SET_SYNTAX = "()[]{}/-\\|"
CLASS_SET_RESERVED_DOUBLE = "&!#$%*+,.:;<=>?@^`~"
CLASS_SET_RESERVED_PUNCT = "&-!#%,:;<=>@`~"


class PatternError(Exception):
    """An early error in a pattern (reported as a SyntaxError)."""


class Pattern:
    __slots__ = ("node", "group_count", "group_names", "has_names", "unicode", "vmode")

    def __init__(self, node: Node, group_count: int, group_names: list[str | None], unicode: bool, vmode: bool) -> None:
        self.node = node
        self.group_count = group_count
        self.group_names = group_names  # index i-1 -> name of group i or None
        self.has_names = any(n is not None for n in group_names)
        self.unicode = unicode
        self.vmode = vmode


def _join_surrogates(s: str) -> str:
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in s):
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _is_syntax_char(c: str) -> bool:
    return c in SYNTAX_CHARS


class _Parser:
    def __init__(self, source: str, unicode: bool, vmode: bool, named: bool, ci: bool = False) -> None:
        self.ci = ci
        self.last_was_range = False
        self.umode = unicode or vmode
        self.vmode = vmode
        self.named = named or self.umode
        self.src = _join_surrogates(source) if self.umode else source
        self.pos = 0
        self.n = len(self.src)
        self.group_count = 0
        self.group_names: list[str | None] = []
        self.backref_names: list[str] = []
        self.max_backref = 0
        self.saw_name = False
        # total groups (for deciding \N is a backreference in non-Unicode mode)
        self.total_groups = self._count_groups()
        # name scoping for duplicate named groups: stack of alternatives' name sets
        self.alt_names: list[set[str]] = [set()]

    # --- helpers -------------------------------------------------------------------------------
    def error(self, msg: str) -> PatternError:
        return PatternError(msg)

    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.src[i] if i < self.n else ""

    def eat(self, s: str) -> bool:
        if self.src.startswith(s, self.pos):
            self.pos += len(s)
            return True
        return False

    def _count_groups(self) -> int:
        s = self.src
        i = 0
        n = len(s)
        count = 0
        in_class = False
        steps = 0
        while i < n:
            c = s[i]
            steps += 1
            if not steps % _POLL_EVERY:
                poll()
            if c == "\\":
                i += 2
                continue
            if in_class:
                if c == "]":
                    in_class = False
            elif c == "[":
                in_class = True
            elif c == "(":
                if i + 1 < n and s[i + 1] == "?":
                    if i + 2 < n and s[i + 2] == "<" and i + 3 < n and s[i + 3] not in "=!":
                        count += 1
                else:
                    count += 1
            i += 1
        return count

    # --- Disjunction / Alternative / Term -------------------------------------------------------
    def parse(self) -> Node:
        node = self.disjunction()
        if self.pos < self.n:
            c = self.peek()
            if c == ")":
                raise self.error("Unmatched ')'")
            raise self.error("Unexpected character")
        for name in self.backref_names:
            if name not in self.group_names:
                raise self.error("Invalid named capture referenced")
        return node

    def disjunction(self) -> Node:
        self.alt_names.append(set())
        all_names: set[str] = set()
        alts = [self.alternative()]
        while self.peek() == "|":
            self.pos += 1
            # a new alternative: names in sibling alternatives may repeat
            all_names |= self.alt_names[-1]
            self.alt_names[-1] = set()
            alts.append(self.alternative())
        all_names |= self.alt_names.pop()
        self.alt_names[-1] |= all_names
        if len(alts) == 1:
            return alts[0]
        return ("alt", alts)

    def alternative(self) -> Node:
        terms: list[Node] = []
        while self.pos < self.n:
            c = self.peek()
            if c == "|" or c == ")":
                break
            if not len(terms) % _POLL_EVERY:
                poll()
            t = self.term()
            if t is not None:
                terms.append(t)
        if not terms:
            return ("empty",)
        if len(terms) == 1:
            return terms[0]
        return ("seq", terms)

    def term(self) -> Node | None:
        start_groups = self.group_count
        c = self.peek()
        atom: Node
        quantifiable = True
        if c == "^":
            self.pos += 1
            return ("bol",)
        if c == "$":
            self.pos += 1
            return ("eol",)
        if c == "\\" and self.peek(1) in ("b", "B"):
            self.pos += 2
            return ("wordb", self.src[self.pos - 1] == "B")
        if c == "(" and self.peek(1) == "?" and self.peek(2) in ("=", "!"):
            neg = self.peek(2) == "!"
            self.pos += 3
            body = self.group_body()
            atom = ("look", False, neg, body)
            quantifiable = not self.umode
        elif c == "(" and self.peek(1) == "?" and self.peek(2) == "<" and self.peek(3) in ("=", "!"):
            neg = self.peek(3) == "!"
            self.pos += 4
            body = self.group_body()
            atom = ("look", True, neg, body)
            quantifiable = False
        else:
            atom = self.atom()
        q = self.quantifier()
        if q is None:
            return atom
        if not quantifiable:
            raise self.error("Nothing to repeat")
        mn, mx, greedy = q
        return ("quant", mn, mx, greedy, atom, start_groups + 1, self.group_count)

    def group_body(self) -> Node:
        body = self.disjunction()
        if not self.eat(")"):
            raise self.error("Unterminated group")
        return body

    def quantifier(self) -> tuple[int, int, bool] | None:
        c = self.peek()
        if c == "*":
            self.pos += 1
            mn, mx = 0, -1
        elif c == "+":
            self.pos += 1
            mn, mx = 1, -1
        elif c == "?":
            self.pos += 1
            mn, mx = 0, 1
        elif c == "{":
            r = self.try_braced()
            if r is None:
                return None
            mn, mx = r
        else:
            return None
        greedy = True
        if self.peek() == "?":
            self.pos += 1
            greedy = False
        return mn, mx, greedy

    def try_braced(self) -> tuple[int, int] | None:
        """{n}, {n,}, {n,m}; None (position unchanged) if not a valid quantifier."""
        save = self.pos
        self.pos += 1
        mn = self.digits()
        if mn is None:
            self.pos = save
            return None
        mx = mn
        if self.eat(","):
            m2 = self.digits()
            mx = -1 if m2 is None else m2
        if not self.eat("}"):
            self.pos = save
            return None
        if mx != -1 and mx < mn:
            raise self.error("numbers out of order in {} quantifier")
        return mn, mx

    def digits(self) -> int | None:
        start = self.pos
        while self.peek() and "0" <= self.peek() <= "9":
            self.pos += 1
        if self.pos == start:
            return None
        v = int(self.src[start:self.pos])
        return min(v, 2**53)

    # --- Atom -----------------------------------------------------------------------------------
    def atom(self) -> Node:
        c = self.peek()
        if c == ".":
            self.pos += 1
            return ("dot",)
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.atom_escape()
        if c in "*+?":
            raise self.error("Nothing to repeat")
        if c == "{":
            if self.umode:
                raise self.error("Lone quantifier brackets")
            if self.try_braced() is not None:
                raise self.error("Nothing to repeat")
            self.pos += 1
            return ("char", ord(c))
        if c in "}]":
            if self.umode:
                raise self.error("Lone quantifier brackets")
            self.pos += 1
            return ("char", ord(c))
        self.pos += 1
        return ("char", ord(c))

    def group(self) -> Node:
        self.pos += 1
        if self.eat("?"):
            c = self.peek()
            if c == ":":
                self.pos += 1
                body = self.disjunction()
                if not self.eat(")"):
                    raise self.error("Unterminated group")
                return body if body[0] != "alt" else ("seq", [body])
            if c == "<":
                self.pos += 1
                name = self.group_name()
                for scope in self.alt_names:
                    if name in scope:
                        raise self.error("Duplicate capture group name")
                self.alt_names[-1].add(name)
                self.group_count += 1
                index = self.group_count
                self.group_names.append(name)
                self.saw_name = True
                body = self.disjunction()
                if not self.eat(")"):
                    raise self.error("Unterminated group")
                return ("group", index, body)
            return self.modifiers_group()
        self.group_count += 1
        index = self.group_count
        self.group_names.append(None)
        body = self.disjunction()
        if not self.eat(")"):
            raise self.error("Unterminated group")
        return ("group", index, body)

    def modifiers_group(self) -> Node:
        """(?ims-ims: Disjunction ) (RegExp modifiers, ES2025)."""
        add = ""
        while self.peek() and self.peek() in "ims":
            add += self.peek()
            self.pos += 1
        remove = ""
        if self.eat("-"):
            while self.peek() and self.peek() in "ims":
                remove += self.peek()
                self.pos += 1
            if not add and not remove:
                raise self.error("Invalid group")
        if not self.eat(":"):
            raise self.error("Invalid group")
        both = add + remove
        if len(set(both)) != len(both):
            raise self.error("Repeated flag in modifiers")
        saved_ci = self.ci
        if "i" in add:
            self.ci = True
        if "i" in remove:
            self.ci = False
        body = self.disjunction()
        self.ci = saved_ci
        if not self.eat(")"):
            raise self.error("Unterminated group")
        return ("mod", add, remove, body)

    def group_name(self) -> str:
        """RegExpIdentifierName '>' (after '<'); returns the name as UTF-16 code units."""
        chars: list[int] = []
        first = True
        while True:
            if self.pos >= self.n:
                raise self.error("Invalid capture group name")
            c = self.peek()
            if c == ">":
                self.pos += 1
                break
            if c == "\\":
                self.pos += 1
                if not self.eat("u"):
                    raise self.error("Invalid capture group name")
                cp = self.unicode_escape_body(True)
                if cp is None:
                    raise self.error("Invalid Unicode escape in group name")
            else:
                cp = ord(c)
                self.pos += 1
                if not self.umode and 0xD800 <= cp <= 0xDBFF and self.pos < self.n and 0xDC00 <= ord(self.peek()) <= 0xDFFF:
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(self.peek()) - 0xDC00)
                    self.pos += 1
            if not (cs.is_id_start(cp) if first else cs.is_id_part(cp)):
                raise self.error("Invalid capture group name")
            chars.append(cp)
            first = False
        if not chars:
            raise self.error("Invalid capture group name")
        out = []
        for cp in chars:
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
            else:
                out.append(chr(cp))
        return "".join(out)

    # --- escapes --------------------------------------------------------------------------------
    def hex_digits(self, count: int) -> int | None:
        s = self.src[self.pos:self.pos + count]
        if len(s) != count or any(c not in "0123456789abcdefABCDEF" for c in s):
            return None
        self.pos += count
        return int(s, 16)

    def unicode_escape_body(self, any_mode_braces: bool = False) -> int | None:
        """After '\\u': XXXX, a surrogate pair \\uXXXX\\uXXXX (Unicode mode), or {X...} (Unicode
        mode). Returns None (position after 'u') when malformed."""
        save = self.pos
        if self.peek() == "{" and (self.umode or any_mode_braces):
            self.pos += 1
            start = self.pos
            while self.peek() and self.peek() in "0123456789abcdefABCDEF":
                self.pos += 1
            if self.pos == start or self.peek() != "}":
                self.pos = save
                return None
            v = int(self.src[start:self.pos], 16)
            self.pos += 1
            if v > 0x10FFFF:
                raise self.error("Invalid Unicode escape")
            return v
        h = self.hex_digits(4)
        if h is None:
            self.pos = save
            return None
        v = h
        if (self.umode or any_mode_braces) and 0xD800 <= v <= 0xDBFF and self.src.startswith("\\u", self.pos):
            save2 = self.pos
            self.pos += 2
            lo = self.hex_digits(4)
            if lo is not None and 0xDC00 <= lo <= 0xDFFF:
                return 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
            self.pos = save2
        return v

    def atom_escape(self) -> Node:
        self.pos += 1
        if self.pos >= self.n:
            raise self.error("\\ at end of pattern")
        c = self.peek()
        # DecimalEscape: backreference
        if "1" <= c <= "9":
            save = self.pos
            v = self.digits()
            assert v is not None
            if self.umode or v <= self.total_groups:
                if v > self.total_groups:
                    raise self.error("Invalid escape")
                self.max_backref = max(self.max_backref, v)
                return ("backref", [v])
            # Annex B: legacy octal escape or identity escape
            self.pos = save
            if c >= "8":
                self.pos += 1
                return ("char", ord(c))
            return ("char", self.legacy_octal())
        if c == "k":
            if self.named:
                self.pos += 1
                if not self.eat("<"):
                    raise self.error("Invalid named reference")
                name = self.group_name()
                self.backref_names.append(name)
                return ("backref", name)
            self.pos += 1
            return ("char", ord("k"))
        cls = self.class_escape_set(c)
        if cls is not None:
            if cls[0] == "esc":
                # resolved now: the ignoreCase of a modifiers group applies in v mode
                return ("set", self._esc_ranges(cls), False)
            return cls
        return ("char", self.character_escape(False))

    def legacy_octal(self) -> int:
        c = self.peek()
        self.pos += 1
        v = int(c)
        if self.peek() and "0" <= self.peek() <= "7":
            v = v * 8 + int(self.peek())
            self.pos += 1
            if c <= "3" and self.peek() and "0" <= self.peek() <= "7":
                v = v * 8 + int(self.peek())
                self.pos += 1
        return v

    def class_escape_set(self, c: str) -> Node | None:
        """CharacterClassEscape (\\d \\D \\s \\S \\w \\W \\p{} \\P{}) at the escaped char."""
        if c in "dDsSwW":
            self.pos += 1
            low = c.lower()
            if low == "d":
                r = cs.DIGITS
            elif low == "s":
                r = cs.SPACE
            elif self.umode and self.ci:
                # WordCharacters (sec-wordcharacters): with u/v and i, also U+017F and U+212A
                r = cs.union(cs.WORD, [(0x17F, 0x17F), (0x212A, 0x212A)])
            else:
                r = cs.WORD
            return ("esc", low, c != low, r)
        if c in "pP" and self.umode:
            self.pos += 1
            neg = c == "P"
            if not self.eat("{"):
                raise self.error("Invalid property name")
            end = self.src.find("}", self.pos)
            if end < 0:
                raise self.error("Invalid property name")
            body = self.src[self.pos:end]
            self.pos = end + 1
            if "=" in body:
                name, _, value = body.partition("=")
                if not name or not value:
                    raise self.error("Invalid property name")
            else:
                name, value = body, None
            if not all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in name + (value or "")):
                raise self.error("Invalid property name")
            if value is None and name in cs.STRING_PROPERTIES:
                if not self.vmode or neg:
                    raise self.error("Invalid property name")
                r, strings = cs.string_property(name)
                return ("escs", r, strings)
            try:
                r = cs.unicode_property(name, value)
            except cs.PropertyError as e:
                raise self.error(str(e)) from None
            return ("esc", "p", neg, r)
        return None

    def character_escape(self, in_class: bool) -> int:
        """CharacterEscape at the char after '\\'; returns the character value."""
        c = self.peek()
        self.pos += 1
        if c == "t":
            return 9
        if c == "n":
            return 10
        if c == "v":
            return 11
        if c == "f":
            return 12
        if c == "r":
            return 13
        if c == "c":
            d = self.peek()
            if d and ("a" <= d <= "z" or "A" <= d <= "Z"):
                self.pos += 1
                return ord(d) % 32
            if in_class and not self.umode and d and ("0" <= d <= "9" or d == "_"):
                self.pos += 1
                return ord(d) % 32
            if self.umode:
                raise self.error("Invalid unicode escape")
            # Annex B: '\c' is a literal backslash; the 'c' is read next.
            self.pos -= 1
            return 0x5C
        if c == "0" and not ("0" <= self.peek() <= "9" if self.peek() else False):
            return 0
        if c == "x":
            v = self.hex_digits(2)
            if v is not None:
                return v
            if self.umode:
                raise self.error("Invalid escape")
            return ord("x")
        if c == "u":
            v = self.unicode_escape_body()
            if v is not None:
                return v
            if self.umode:
                raise self.error("Invalid Unicode escape")
            return ord("u")
        if self.umode:
            if c and (_is_syntax_char(c) or c == "/"):
                return ord(c)
            if in_class and c == "-":
                return ord(c)
            raise self.error("Invalid escape")
        # Annex B
        if "0" <= c <= "7":
            self.pos -= 1
            return self.legacy_octal()
        if c == "k" and self.named:
            raise self.error("Invalid escape")
        if c == "":
            raise self.error("\\ at end of pattern")
        return ord(c)

    # --- character classes ------------------------------------------------------------------
    def char_class(self) -> Node:
        self.pos += 1
        negated = self.eat("^")
        if self.vmode:
            ranges, strings = self.class_set_expression()
            if not self.eat("]"):
                raise self.error("Unterminated character class")
            if negated:
                if strings:
                    raise self.error("Negated character class may contain strings")
                return ("set", self._complement(ranges), False)
            if strings:
                return ("strs", ranges, strings)
            return ("set", ranges, False)
        ranges = self.class_ranges()
        # a negated class inverts the result of the (case-insensitive) membership test
        return ("set", ranges, negated)

    def class_atom(self) -> tuple[int, Ranges | None]:
        """ClassAtom: (char value, None) or (-1, ranges) for a class escape."""
        c = self.peek()
        if c == "\\":
            self.pos += 1
            d = self.peek()
            if d == "":
                raise self.error("\\ at end of pattern")
            if d == "b":
                self.pos += 1
                return 8, None
            if self.umode and d == "-":
                self.pos += 1
                return 0x2D, None
            esc = self.class_escape_set(d)
            if esc is not None:
                return -1, self._esc_ranges(esc)
            if not self.umode and d == "c":
                return self.character_escape(True), None
            if "1" <= d <= "9" and not self.umode:
                if d >= "8":
                    self.pos += 1
                    return ord(d), None
                return self.legacy_octal(), None
            if d == "k" and not self.umode:
                if self.named:
                    raise self.error("Invalid escape")
                self.pos += 1
                return ord("k"), None
            if d == "B" and not self.umode:
                self.pos += 1
                return ord("B"), None
            return self.character_escape(True), None
        self.pos += 1
        return ord(c), None

    def _fold(self, r: Ranges) -> Ranges:
        """MaybeSimpleCaseFolding (sec-maybesimplecasefolding) of a v-mode set's characters."""
        return cs.scf_ranges(r) if self.vmode and self.ci else r

    def _fold_strings(self, strings: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
        if not (self.vmode and self.ci):
            return strings
        f = cs.simple_case_fold
        return [tuple(f(c) for c in x) for x in strings]

    def _complement(self, r: Ranges) -> Ranges:
        """CharacterComplement (sec-charactercomplement) in v mode: relative to AllCharacters,
        which under ignoreCase holds only the code points scf maps to themselves."""
        if self.ci:
            return cs.complement(cs.union(r, cs.scf_changed()))
        return cs.complement(r)

    def _esc_ranges(self, esc: Node) -> Ranges:
        _, kind, neg, r = esc
        if self.vmode:
            r = self._fold(r)
            return self._complement(r) if neg else r
        if neg:
            return cs.complement(r, cs.MAX_CP if self.umode else 0xFFFF) if kind != "p" else cs.complement(r)
        return r

    def class_ranges(self) -> Ranges:
        out: Ranges = []
        atoms = 0
        while True:
            if self.pos >= self.n:
                raise self.error("Unterminated character class")
            atoms += 1
            if not atoms % _POLL_EVERY:
                poll()
            if self.peek() == "]":
                self.pos += 1
                return cs.normalize(out)
            a, ar = self.class_atom()
            if self.peek() == "-" and self.peek(1) != "]" and self.peek(1) != "":
                self.pos += 1
                b, br = self.class_atom()
                if ar is not None or br is not None:
                    if self.umode:
                        raise self.error("Invalid character class")
                    # Annex B: the '-' is literal
                    out.extend(ar if ar is not None else [(a, a)])
                    out.append((0x2D, 0x2D))
                    out.extend(br if br is not None else [(b, b)])
                    continue
                if a > b:
                    raise self.error("Range out of order in character class")
                out.append((a, b))
                continue
            out.extend(ar if ar is not None else [(a, a)])

    # --- v-mode class set expressions -------------------------------------------------------
    def class_set_expression(self) -> tuple[Ranges, list[tuple[int, ...]]]:
        """ClassSetExpression up to (not including) ']': (code point ranges, strings)."""
        if self.peek() == "]":
            return [], []
        self.last_was_range = False
        first_r, first_s, first_single = self.class_set_operand_or_range()
        if self.last_was_range and (self.src.startswith("&&", self.pos) or self.src.startswith("--", self.pos)):
            raise self.error("Invalid set operation in character class")
        if self.src.startswith("&&", self.pos):
            r, s = first_r, set(first_s)
            while self.eat("&&"):
                if self.peek() == "&":
                    raise self.error("Invalid set operation in character class")
                r2, s2, _ = self.class_set_operand()
                r2, s2 = self._fold(r2), self._fold_strings(s2)
                r = cs.intersect(r, r2)
                s = s & set(s2)
            if self.peek() != "]":
                raise self.error("Invalid set operation in character class")
            return r, sorted(s, key=len, reverse=True)
        if self.src.startswith("--", self.pos):
            r, s = first_r, set(first_s)
            while self.eat("--"):
                r2, s2, _ = self.class_set_operand()
                r2, s2 = self._fold(r2), self._fold_strings(s2)
                r = cs.subtract(r, r2)
                s = s - set(s2)
            if self.peek() != "]":
                raise self.error("Invalid set operation in character class")
            return r, sorted(s, key=len, reverse=True)
        ranges = list(first_r)
        strings = set(first_s)
        while self.peek() != "]":
            if self.pos >= self.n:
                raise self.error("Unterminated character class")
            if not len(ranges) % _POLL_EVERY:
                poll()
            if self.src.startswith("&&", self.pos) or self.src.startswith("--", self.pos):
                raise self.error("Invalid set operation in character class")
            r2, s2, _ = self.class_set_operand_or_range()
            ranges.extend(r2)
            strings |= set(s2)
        return cs.normalize(ranges), sorted(strings, key=len, reverse=True)

    def class_set_operand_or_range(self) -> tuple[Ranges, list[tuple[int, ...]], bool]:
        r, s, single = self.class_set_operand()
        self.last_was_range = False
        if single and self.peek() == "-" and self.peek(1) != "-":
            self.pos += 1
            r2, _, single2 = self.class_set_operand()
            if not single2:
                raise self.error("Invalid character class")
            a, b = r[0][0], r2[0][0]
            if a > b:
                raise self.error("Range out of order in character class")
            self.last_was_range = True
            return self._fold([(a, b)]), [], False
        return self._fold(r), self._fold_strings(s), single

    def class_set_operand(self) -> tuple[Ranges, list[tuple[int, ...]], bool]:
        """A nested class, \\q{...}, a class escape or a single ClassSetCharacter; the flag says
        it was a single character (usable as a range end)."""
        if self.pos >= self.n:
            raise self.error("Unterminated character class")
        c = self.peek()
        if c == "[":
            self.pos += 1
            negated = self.eat("^")
            r, s = self.class_set_expression()
            if not self.eat("]"):
                raise self.error("Unterminated character class")
            if negated:
                if s:
                    raise self.error("Negated character class may contain strings")
                return self._complement(r), [], False
            # strings of length 1 are characters
            singles = [x for x in s if len(x) == 1]
            multi = [x for x in s if len(x) != 1]
            if singles:
                r = cs.union(r, [(x[0], x[0]) for x in singles])
            return r, multi, False
        if c == "\\":
            d = self.peek(1)
            if d == "q" :
                self.pos += 2
                if not self.eat("{"):
                    raise self.error("Invalid escape")
                return self.class_string_disjunction()
            if d in "dDsSwWpP" and d:
                self.pos += 1
                esc = self.class_escape_set(d)
                assert esc is not None
                if esc[0] == "escs":
                    return esc[1], esc[2], False
                return self._esc_ranges(esc), [], False
            self.pos += 1
            if d == "b":
                self.pos += 1
                return [(8, 8)], [], True
            if d and d in CLASS_SET_RESERVED_PUNCT:
                self.pos += 1
                return [(ord(d), ord(d))], [], True
            v = self.character_escape(True)
            return [(v, v)], [], True
        if c in CLASS_SET_RESERVED_DOUBLE and self.peek(1) == c:
            raise self.error("Invalid set operation in character class")
        if c in CLASS_SET_SYNTAX:
            raise self.error("Invalid character in character class")
        self.pos += 1
        v = ord(c)
        return [(v, v)], [], True

    def class_string_disjunction(self) -> tuple[Ranges, list[tuple[int, ...]], bool]:
        strings: list[tuple[int, ...]] = []
        cur: list[int] = []
        while True:
            if self.pos >= self.n:
                raise self.error("Unterminated class string disjunction")
            c = self.peek()
            if c == "}":
                self.pos += 1
                strings.append(tuple(cur))
                break
            if c == "|":
                self.pos += 1
                strings.append(tuple(cur))
                cur = []
                continue
            if c == "\\":
                self.pos += 1
                d = self.peek()
                if d == "b":
                    self.pos += 1
                    cur.append(8)
                elif d and d in CLASS_SET_RESERVED_PUNCT:
                    self.pos += 1
                    cur.append(ord(d))
                else:
                    cur.append(self.character_escape(True))
                continue
            if c in CLASS_SET_RESERVED_DOUBLE and self.peek(1) == c:
                raise self.error("Invalid set operation in character class")
            if c in CLASS_SET_SYNTAX:
                raise self.error("Invalid character in character class")
            self.pos += 1
            cur.append(ord(c))
        singles = [s[0] for s in strings if len(s) == 1]
        multi = [s for s in strings if len(s) != 1]
        r = cs.normalize([(x, x) for x in singles])
        single = len(strings) == 1 and len(singles) == 1
        return r, multi, single and False


def parse_flags(flags: str) -> str | None:
    """The flags if valid (sec-regexpinitialize step 4-5), else None."""
    seen = set()
    for f in flags:
        if f not in "dgimsuyv" or f in seen:
            return None
        seen.add(f)
    if "u" in seen and "v" in seen:
        return None
    return flags


def parse_pattern(source: str, flags: str) -> Pattern:
    """ParsePattern (sec-parsepattern)."""
    unicode = "u" in flags
    vmode = "v" in flags
    try:
        ci = "i" in flags
        p = _Parser(source, unicode, vmode, False, ci)
        node = p.parse()
        if not p.umode and p.saw_name and not p.named:
            p = _Parser(source, unicode, vmode, True, ci)
            node = p.parse()
        return Pattern(_resolve(node, p), p.group_count, p.group_names, p.umode, vmode)
    except RecursionError:
        raise PatternError("Regular expression too large") from None
    except (IndexError, ValueError, OverflowError) as e:
        raise PatternError("Invalid regular expression: " + str(e)) from None


def _resolve(node: Node, p: _Parser) -> Node:
    """Resolve named backreferences to group indices; turn class escapes into sets."""
    kind = node[0]
    if kind == "backref":
        ref = node[1]
        if isinstance(ref, str):
            idx = [i + 1 for i, n in enumerate(p.group_names) if n == ref]
            if not idx:
                raise PatternError("Invalid named capture referenced")
            return ("backref", idx)
        return node
    if kind == "esc":
        return ("set", p._esc_ranges(node), False)
    if kind == "escs":
        return ("strs", node[1], node[2])
    if kind in ("alt", "seq"):
        return (kind, [_resolve(x, p) for x in node[1]])
    if kind == "group":
        return ("group", node[1], _resolve(node[2], p))
    if kind == "look":
        return ("look", node[1], node[2], _resolve(node[3], p))
    if kind == "quant":
        return ("quant", node[1], node[2], node[3], _resolve(node[4], p), node[5], node[6])
    if kind == "mod":
        return ("mod", node[1], node[2], _resolve(node[3], p))
    return node
