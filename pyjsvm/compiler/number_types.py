"""NON-SPEC: which Python locals of an emitted body definitely hold a Number (issue 17).

A forward data-flow pass over one function body (or script / module code) before it is emitted:
at each read of a binding that is a plain Python local of the emitted body (no closure-compiled
code, nested function or direct ``eval`` can see it, no ``with``), it says whether the binding
holds a Number -- a Python ``float``. The emitter (``compiler/emit.py``) then emits the
arithmetic, comparisons and updates on such operands without their ``type(x) is float``
guards; the slow paths stay for every operand it does not know.

The state at a point is the set of names known to hold a Number there. It starts empty (a
``var`` is ``undefined`` until assigned, a parameter anything); an assignment of a value the
pass knows is a Number adds the name, any other assignment removes it. Where paths join (after
an ``if``, at a loop head, at a ``break``'s target, after a ``switch``, a ``try``, a ``&&``,
``?:``, an optional chain) the states are intersected; a loop head iterates to a fixed point.
A value is a Number when it is a numeric literal, a read of a known name, ``+x``, ``x >>> y``,
``-x`` / ``~x`` / ``x++`` of a Number, ``a + b`` of two Numbers, or ``- * / % ** & | ^ << >>``
with at least one Number operand (ApplyStringOrNumericBinaryOperator: a BigInt mixed with a
Number throws a TypeError, sec-applystringornumericbinaryoperator). A call's result, a property
read, a global or anything else is never trusted.

Names are tracked as strings: a name is tracked only if it names exactly one binding in the
body (declared once: as a parameter / ``var`` / top-level binding, or by one block-scoped
declaration) and nothing closure-compiled mentions it; the emitter uses a result only for a
read it resolves to a Python local without a TDZ check. Where the order of evaluation inside
an expression is not followed exactly (destructuring patterns, calls and other compound
expressions) every name the expression may assign is forgotten before it is walked, so no read
in it is judged on a state it might not have.
"""
from __future__ import annotations

from typing import Any, Iterable

from pyjsvm.compiler.statements import lexically_scoped_declarations
from pyjsvm.syntax.parse import children
from pyjsvm.syntax.scope import bound_names

_FUNCTIONS = frozenset(("FunctionExpression", "ArrowFunctionExpression", "FunctionDeclaration",
                        "ClassExpression", "ClassDeclaration"))
_LOOPS = frozenset(("ForStatement", "WhileStatement", "DoWhileStatement", "ForInStatement", "ForOfStatement"))
# operators whose result is a Number (or a throw) when either operand is a Number
_NUMERIC_WITH_ONE = frozenset(("-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>"))
# a second entry a name has in the state when it holds an int32: a Number in [-2**31, 2**31)
# that is not -0 (a space: no identifier has one)
INT32 = " int32"
# the operators whose Number result is an int32
_INT32_RESULT = frozenset(("&", "|", "^", "<<", ">>"))
# the binary operators whose emitted form guards an operand not known to be a Number (an
# operand of another, ``===`` or ``in`` say, is not counted in ``name_reads``)
_GUARDED = frozenset(("+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>", "<", "<=", ">", ">="))
# the unary operators whose emitted form guards an operand not known to be a Number (not
# ``typeof``, ``!``, ``void`` nor ``delete``)
_GUARDED_UNARY = frozenset(("-", "+", "~"))
# how many node visits a body may cost, per node it has, before the pass gives up
_BUDGET_PER_NODE = 40


def number_result(op: str, a: bool, b: bool) -> bool:
    """Whether ``x op y`` is a Number (when it does not throw), given whether ``x`` and ``y``
    are: ``+`` of two Numbers, ``>>>`` always (a BigInt operand throws), the other numeric
    operators when one operand is a Number (a BigInt with a Number throws)."""
    if op == "+":
        return a and b
    if op == ">>>":
        return True
    return op in _NUMERIC_WITH_ONE and (a or b)


def number_level(op: str, a: int, b: int) -> int:
    """What is known of ``x op y`` (0: nothing, 1: a Number, 2: an int32) from what is known of
    ``x`` and ``y`` (number_result; the bitwise operators but ``>>>`` give int32s)."""
    if not number_result(op, a > 0, b > 0):
        return 0
    return 2 if op in _INT32_RESULT else 1


def unary_level(op: str, a: int) -> int:
    """What is known of ``op x`` from what is known of ``x``: ``+x`` is a Number (ToNumber), an
    int32 stays one; ``-x`` of a Number is one (``-0`` is no int32); ``~x`` of a Number an int32."""
    if op == "+":
        return a or 1
    if op == "-":
        return 1 if a else 0
    if op == "~":
        return 2 if a else 0
    return 0


def literal_level(v: Any) -> int:
    """What is known of a literal's value."""
    if type(v) is not float and type(v) is not int:
        return 0
    try:
        f = float(v)
    except OverflowError:
        return 1
    return 2 if f.is_integer() and -2147483648.0 <= f < 2147483648.0 else 1


class _GiveUp(Exception):
    """The body has a construct the pass does not follow (``with``) or costs too much."""


class _Frame:
    """A break/continue target (kind 'loop', 'switch', 'label') or, with kind 'finally', a
    ``finally`` block a jump leaves through (``assigned``: what it may assign)."""

    __slots__ = ("kind", "labels", "breaks", "conts", "assigned")

    def __init__(self, kind: str, labels: tuple[str, ...] = (), assigned: frozenset[str] = frozenset()) -> None:
        self.kind = kind
        self.labels = labels
        self.breaks: list[set[str]] = []
        self.conts: list[set[str]] = []
        self.assigned = assigned


def forget(s: set[str], name: str) -> None:
    s.discard(name)
    s.discard(name + INT32)


def _meet(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The state where paths with states ``a`` and ``b`` join (None: no path); always a new set."""
    if a is None:
        return None if b is None else set(b)
    if b is None:
        return set(a)
    return a & b


def _meet_all(states: Iterable[set[str] | None]) -> set[str] | None:
    out: set[str] | None = None
    for s in states:
        out = _meet(out, s)
    return out


_NOTHING: frozenset[str] = frozenset()


def _own_assigned(n: Any) -> set[str]:
    """The names node ``n`` itself assigns or declares (NumberLocals.assigned adds its children's)."""
    t = n.type
    if t == "AssignmentExpression" or t == "UpdateExpression":
        return set(bound_names(n.left if t == "AssignmentExpression" else n.argument))
    if t == "VariableDeclarator":
        return set(bound_names(n.id))
    if t in ("ForInStatement", "ForOfStatement") and n.left.type != "VariableDeclaration":
        return set(bound_names(n.left))
    if t == "CatchClause" and n.param is not None:
        return set(bound_names(n.param))
    if t in ("ObjectPattern", "ArrayPattern", "AssignmentPattern", "RestElement"):
        return set(bound_names(n))
    return set()


def assigns(node: Any, name: str) -> bool:
    """Whether evaluating ``node`` may assign or declare ``name``: an assignment, update,
    declaration, for-in/of head or catch parameter that binds it, or a function or class
    declaration of that name (nested functions are not entered: a name one assigns is no
    Python local of the body around it)."""
    stack = [node]
    while stack:
        n = stack.pop()
        t = n.type
        if t in _FUNCTIONS:
            if t in ("FunctionDeclaration", "ClassDeclaration") and n.id is not None and n.id.name == name:
                return True
            continue
        if name in _own_assigned(n):
            return True
        stack.extend(children(n))
    return False


class NumberLocals:
    """The pass over one body. ``reads``: the ``id()`` of every Identifier node read where its
    name holds a Number. ``locals_``: the function-level names that are Python locals (declared
    once); ``declared``: every function-level name; ``captured``: names closure-compiled code
    may reference."""

    def __init__(self, body: list[Any], locals_: Iterable[str], declared: Iterable[str],
                 captured: Iterable[str], seed: Iterable[str] = ()) -> None:
        self.reads: dict[int, int] = {}   # Identifier node id -> 1 (a Number) or 2 (an int32)
        # how many of ``reads`` of each name are operands (see ``used``)
        self.name_reads: dict[str, int] = {}
        self.frames: list[_Frame] = []
        # every state ``jump`` recorded, in order: the list it went to (a frame's ``breaks`` or
        # ``conts``), so that a loop drops the jumps of an earlier walk of its body by popping
        # back to a mark, not by measuring every enclosing frame's lists (n nested loops: n**2)
        self.jump_log: list[list[set[str]]] = []
        self.dead = 0
        self.assigned_cache: dict[int, frozenset[str]] = {}
        self.has_functions = False   # whether the body has a function or class of its own
        counts: dict[str, int] = {}
        nodes = self.nodes = self.count_declarations(body, counts, True)
        declared = set(declared)
        eligible = {n for n in locals_ if n not in counts}
        eligible.update(n for n, c in counts.items() if c == 1 and n not in declared)
        eligible.difference_update(captured)
        self.eligible = eligible
        self.budget = _BUDGET_PER_NODE * nodes + 1000
        if not eligible:
            return
        try:
            # (``seed``: names known to hold a Number where the body starts: the parameters of
            # a body emitted for Number arguments, see emit.FunctionEmitter.number_reads)
            self.stmts(body, {n for n in seed if n in eligible})
        except _GiveUp:
            self.reads = {}
            self.name_reads = {}

    # -- what the body declares and assigns --
    def count_declarations(self, body: list[Any], counts: dict[str, int], top: bool) -> int:
        """Count the block-scoped declarations of each name below the top level (a
        lexical declaration, a block's function or class, a catch parameter) into ``counts``;
        returns how many nodes there are (for the budget)."""
        n = 0
        work: list[tuple[Any, bool]] = [(s, top) for s in body]
        while work:
            node, at_top = work.pop()
            n += 1
            t = node.type
            if t in _FUNCTIONS:
                self.has_functions = True
            if t in _FUNCTIONS and t not in ("FunctionDeclaration", "ClassDeclaration"):
                continue
            if t in ("FunctionDeclaration", "ClassDeclaration"):
                if not at_top and node.id is not None:  # (a block's function may also set a var
                    # binding: Annex B.3.3)
                    counts[node.id.name] = counts.get(node.id.name, 0) + 2
                continue
            if t == "VariableDeclaration" and node.kind != "var" and not at_top:
                for d in node.declarations:
                    for name in bound_names(d.id):
                        counts[name] = counts.get(name, 0) + 1
            elif t == "CatchClause" and node.param is not None:
                for name in bound_names(node.param):
                    counts[name] = counts.get(name, 0) + 1
            work.extend((c, False) for c in children(node))
        return n

    def assigned(self, node: Any) -> frozenset[str]:
        """The names evaluating ``node`` may assign or declare (nested functions not entered).
        Each node's answer is kept and made from its children's, so that a nest of literals or
        calls n deep is walked once, not n times."""
        cache = self.assigned_cache
        got = cache.get(id(node))
        if got is not None:
            return got
        work: list[tuple[Any, list[Any] | None]] = [(node, None)]
        while work:
            n, kids = work.pop()
            if kids is not None:   # its children are done
                own = _own_assigned(n)
                # (each name with its int32 entry; the children's sets have theirs: suffixing
                # those again grew a nest n deep a name a level, of n characters, n**3 in all)
                out = own | {x + INT32 for x in own}
                for c in kids:
                    out.update(cache[id(c)])
                cache[id(n)] = frozenset(out) if out else _NOTHING
                continue
            if id(n) in cache:
                continue
            t = n.type
            if t in _FUNCTIONS:
                name = n.id.name if t in ("FunctionDeclaration", "ClassDeclaration") and n.id is not None else None
                cache[id(n)] = _NOTHING if name is None else frozenset((name, name + INT32))
                continue
            kids = children(n)
            work.append((n, kids))
            work.extend((c, None) for c in kids)
        return cache[id(node)]

    def tick(self) -> None:
        self.budget -= 1
        if self.budget < 0:
            raise _GiveUp

    def assign(self, name: str, level: int, s: set[str]) -> None:
        """``name`` now holds a value of ``level`` (0: anything, 1: a Number, 2: an int32)."""
        if level and name in self.eligible:
            s.add(name)
            if level == 2:
                s.add(name + INT32)
            else:
                s.discard(name + INT32)
        else:
            forget(s, name)

    def enter_scope(self, stmts: list[Any], s: set[str]) -> None:
        """A block's own bindings are new (uninitialised) each time it is entered."""
        for name, _, _ in lexically_scoped_declarations(stmts):
            forget(s, name)

    # -- statements: each takes the state before and returns the state after (None: no path) --
    def stmts(self, body: list[Any], s: set[str] | None) -> set[str] | None:
        for x in body:
            s = self.stmt(x, s)
        return s

    def stmt(self, node: Any, s: set[str] | None, labels: tuple[str, ...] = ()) -> set[str] | None:
        if s is None:
            # unreachable: walked so that its reads are recorded as unknown
            self.dead += 1
            try:
                self.stmt(node, set(), labels)
            finally:
                self.dead -= 1
            return None
        self.tick()
        m = getattr(self, "s_" + node.type, None)
        if m is None:
            raise _GiveUp
        if node.type in _LOOPS or node.type in ("SwitchStatement", "LabeledStatement"):
            return m(node, s, labels)  # type: ignore[no-any-return]
        return m(node, s)  # type: ignore[no-any-return]

    def s_ExpressionStatement(self, node: Any, s: set[str]) -> set[str] | None:
        self.expr(node.expression, s)
        return s

    def s_VariableDeclaration(self, node: Any, s: set[str]) -> set[str] | None:
        plain = node.kind in ("var", "let", "const") and not getattr(node, "using", None)
        for d in node.declarations:
            if d.init is not None:
                v = self.expr(d.init, s)
            elif node.kind == "var":
                continue
            else:
                v = 0
            if d.id.type == "Identifier":
                self.assign(d.id.name, v if plain else 0, s)
            else:
                self.pattern(d.id, s)
        return s

    def s_FunctionDeclaration(self, node: Any, s: set[str]) -> set[str] | None:
        return s  # initialised (to a function) where its scope is entered

    def s_ClassDeclaration(self, node: Any, s: set[str]) -> set[str] | None:
        forget(s, node.id.name)
        return s

    def s_BlockStatement(self, node: Any, s: set[str]) -> set[str] | None:
        self.enter_scope(node.body, s)
        return self.stmts(node.body, s)

    def s_EmptyStatement(self, node: Any, s: set[str]) -> set[str] | None:
        return s

    s_DebuggerStatement = s_EmptyStatement
    s_ImportDeclaration = s_EmptyStatement
    s_ExportAllDeclaration = s_EmptyStatement

    def s_ExportNamedDeclaration(self, node: Any, s: set[str]) -> set[str] | None:
        return self.stmt(node.declaration, s) if node.declaration is not None else s

    def s_ExportDefaultDeclaration(self, node: Any, s: set[str]) -> set[str] | None:
        d = node.declaration
        if d.type in _FUNCTIONS:
            return self.stmt(d, s) if d.type in ("FunctionDeclaration", "ClassDeclaration") and d.id is not None else s
        self.expr(d, s)
        return s

    def s_IfStatement(self, node: Any, s: set[str]) -> set[str] | None:
        self.expr(node.test, s)
        a = self.stmt(node.consequent, set(s))
        b = self.stmt(node.alternate, s) if node.alternate is not None else s
        return _meet(a, b)

    def s_ReturnStatement(self, node: Any, s: set[str]) -> set[str] | None:
        if node.argument is not None:
            self.expr(node.argument, s)
        return None

    def s_ThrowStatement(self, node: Any, s: set[str]) -> set[str] | None:
        self.expr(node.argument, s)
        return None

    def s_WithStatement(self, node: Any, s: set[str]) -> set[str] | None:
        raise _GiveUp  # a name inside may be a property of the object

    def s_BreakStatement(self, node: Any, s: set[str]) -> set[str] | None:
        self.jump("break", node.label.name if node.label is not None else None, s)
        return None

    def s_ContinueStatement(self, node: Any, s: set[str]) -> set[str] | None:
        self.jump("continue", node.label.name if node.label is not None else None, s)
        return None

    def jump(self, kind: str, label: str | None, s: set[str]) -> None:
        """Record ``s`` at the target of a break/continue, less what the ``finally`` blocks it
        leaves through may assign."""
        if self.dead:
            return
        lost: set[str] = set()
        for fr in reversed(self.frames):
            if fr.kind == "finally":
                lost |= fr.assigned
                continue
            if label is None:
                hit = fr.kind == "loop" or (kind == "break" and fr.kind == "switch")
            else:
                hit = label in fr.labels and (kind == "break" or fr.kind == "loop")
            if hit:
                target = fr.breaks if kind == "break" else fr.conts
                target.append(s - lost)
                self.jump_log.append(target)
                return
        raise _GiveUp

    def s_LabeledStatement(self, node: Any, s: set[str], labels: tuple[str, ...] = ()) -> set[str] | None:
        labels = labels + (node.label.name,)
        body = node.body
        if body.type in _LOOPS or body.type in ("LabeledStatement", "SwitchStatement"):
            return self.stmt(body, s, labels)
        fr = _Frame("label", labels)
        self.frames.append(fr)
        try:
            out = self.stmt(body, s)
        finally:
            self.frames.pop()
        return _meet_all([out] + fr.breaks)  # type: ignore[operator]

    def loop(self, node: Any, labels: tuple[str, ...], entry: set[str], iteration: Any) -> set[str] | None:
        """A loop whose head has the state ``entry`` on the way in: ``iteration(head, frame)``
        walks one iteration from the head's state and returns the state back at the head and the
        state the loop ends with (its test false); the head's state is iterated to a fixed point,
        so the last walk of the body is the one its reads are recorded from. Jumps recorded by an
        earlier walk (from a head state that was not yet the fixed point) are dropped."""
        fr = _Frame("loop", labels)
        self.frames.append(fr)
        log = self.jump_log
        mark = len(log)
        head = entry
        rounds = 0
        try:
            while True:
                while len(log) > mark:
                    log.pop().pop()
                back, out = iteration(set(head), fr)
                new = head if back is None else head & back
                if new == head:
                    break
                rounds += 1
                if rounds >= 2:
                    # converge at once: what the loop never assigns keeps its state
                    new &= entry - self.assigned(node)
                head = new
        finally:
            self.frames.pop()
        return _meet_all([out] + fr.breaks)  # type: ignore[operator]

    def s_WhileStatement(self, node: Any, s: set[str], labels: tuple[str, ...] = ()) -> set[str] | None:
        def iteration(head: set[str], fr: _Frame) -> tuple[set[str] | None, set[str] | None]:
            self.expr(node.test, head)
            out = set(head)
            end = self.stmt(node.body, head)
            return _meet_all([end] + fr.conts), out  # type: ignore[operator]
        return self.loop(node, labels, s, iteration)

    def s_DoWhileStatement(self, node: Any, s: set[str], labels: tuple[str, ...] = ()) -> set[str] | None:
        def iteration(head: set[str], fr: _Frame) -> tuple[set[str] | None, set[str] | None]:
            end = _meet_all([self.stmt(node.body, head)] + fr.conts)  # type: ignore[operator]
            if end is None:
                return None, None
            self.expr(node.test, end)
            return end, set(end)
        return self.loop(node, labels, s, iteration)

    def s_ForStatement(self, node: Any, s: set[str], labels: tuple[str, ...] = ()) -> set[str] | None:
        init = node.init
        if init is not None:
            if init.type == "VariableDeclaration":
                self.enter_scope([init], s)
                s = self.stmt(init, s)  # type: ignore[assignment]
            else:
                self.expr(init, s)

        def iteration(head: set[str], fr: _Frame) -> tuple[set[str] | None, set[str] | None]:
            out = None
            if node.test is not None:
                self.expr(node.test, head)
                out = set(head)
            end = _meet_all([self.stmt(node.body, head)] + fr.conts)  # type: ignore[operator]
            if end is not None and node.update is not None:
                self.expr(node.update, end)
            if end is None and node.update is not None:
                self.dead += 1
                try:
                    self.expr(node.update, set())
                finally:
                    self.dead -= 1
            return end, out
        return self.loop(node, labels, s, iteration)

    def for_in_of(self, node: Any, s: set[str], labels: tuple[str, ...]) -> set[str] | None:
        left = node.left
        if left.type == "VariableDeclaration":
            self.enter_scope([left], s)
            for d in left.declarations:
                if d.init is not None:  # Annex B `for (var x = init in o)`
                    self.expr(d.init, s)
        self.expr(node.right, s)

        def iteration(head: set[str], fr: _Frame) -> tuple[set[str] | None, set[str] | None]:
            out = set(head)
            # the next key or value (a string, anything) goes to the head's target
            if left.type == "VariableDeclaration":
                for d in left.declarations:
                    if d.id.type == "Identifier":
                        forget(head, d.id.name)
                    else:
                        self.pattern(d.id, head)
            elif left.type == "Identifier":
                forget(head, left.name)
            else:
                self.pattern(left, head)
            end = self.stmt(node.body, head)
            return _meet_all([end] + fr.conts), out  # type: ignore[operator]
        return self.loop(node, labels, s, iteration)

    def s_ForInStatement(self, node: Any, s: set[str], labels: tuple[str, ...] = ()) -> set[str] | None:
        return self.for_in_of(node, s, labels)

    def s_ForOfStatement(self, node: Any, s: set[str], labels: tuple[str, ...] = ()) -> set[str] | None:
        return self.for_in_of(node, s, labels)

    def s_SwitchStatement(self, node: Any, s: set[str], labels: tuple[str, ...] = ()) -> set[str] | None:
        self.expr(node.discriminant, s)
        self.enter_scope([x for c in node.cases for x in c.consequent], s)
        fr = _Frame("switch", labels)
        self.frames.append(fr)
        try:
            # the tests run in order until one matches: a clause is entered from its own test
            # (or, the default, after all of them) or by falling through from the one before
            matched: list[set[str] | None] = []
            for c in node.cases:
                if c.test is not None:
                    self.expr(c.test, s)
                    matched.append(set(s))
                else:
                    matched.append(None)
            prev: set[str] | None = None
            for c, m in zip(node.cases, matched):
                prev = self.stmts(c.consequent, _meet(prev, m if c.test is not None else s))
        finally:
            self.frames.pop()
        ends = [prev] + fr.breaks  # type: ignore[operator]
        if all(c.test is not None for c in node.cases):
            ends.append(s)
        return _meet_all(ends)

    def s_TryStatement(self, node: Any, s: set[str]) -> set[str] | None:
        fin = node.finalizer
        if fin is not None:
            self.frames.append(_Frame("finally", (), self.assigned(fin)))
        try:
            normal = self.stmt(node.block, set(s))
            h = node.handler
            if h is not None:
                # a throw may come from any point of the block: what it may assign is unknown
                entry = s - self.assigned(node.block)
                if h.param is not None:
                    if h.param.type == "Identifier":
                        forget(entry, h.param.name)
                    else:
                        self.pattern(h.param, entry)
                normal = _meet(normal, self.stmt(h.body, entry))
        finally:
            if fin is not None:
                self.frames.pop()
        if fin is None:
            return normal
        # after a normal completion the state goes on; the finally block is walked last from
        # the state every way into it shares (an exception or a jump from anywhere above)
        after = self.stmt(fin, normal)
        lost = self.assigned(node.block) | (self.assigned(node.handler) if node.handler is not None else frozenset())
        self.stmt(fin, s - lost)
        return after

    # -- expressions: each updates the state in place and says whether the value is a Number --
    def expr(self, e: Any, s: set[str]) -> int:
        """Walk ``e`` (updating ``s``); what is known of its value (0, 1: a Number, 2: an int32)."""
        self.tick()
        t = e.type
        if t == "Identifier":
            level = (2 if e.name + INT32 in s else 1) if e.name in s else 0
            if level:
                self.reads[id(e)] = level
            else:
                self.reads.pop(id(e), None)
            return level
        if t == "Literal":
            if getattr(e, "bigint", None) is not None or getattr(e, "regex", None) is not None:
                return 0
            return literal_level(e.value)
        if t == "BinaryExpression":
            if e.left.type == "PrivateIdentifier":
                self.expr(e.right, s)
                return 0
            a = self.expr(e.left, s)
            b = self.expr(e.right, s)
            if e.operator in _GUARDED and (e.operator != "+" or a and b):
                # (``+`` of a Number and anything else keeps its guards: a string, say)
                self.used(e.left, a)
                self.used(e.right, b)
            return number_level(e.operator, a, b)
        if t == "UnaryExpression":
            a = self.expr(e.argument, s)
            if e.operator in _GUARDED_UNARY:
                self.used(e.argument, a)
            return unary_level(e.operator, a)
        if t == "UpdateExpression":
            v = self.used(e.argument, self.expr(e.argument, s))
            if e.argument.type == "Identifier" and v:
                s.discard(e.argument.name + INT32)  # a Number stays one (an int32 may not)
                return 1
            return 0  # anything else may become a BigInt
        if t == "AssignmentExpression":
            return self.assignment(e, s)
        if t == "LogicalExpression":
            a = self.expr(e.left, s)
            other = set(s)
            b = self.expr(e.right, other)
            s &= other
            return min(a, b)
        if t == "ConditionalExpression":
            self.expr(e.test, s)
            other = set(s)
            a = self.expr(e.consequent, other)
            b = self.expr(e.alternate, s)
            s &= other
            return min(a, b)
        if t == "SequenceExpression":
            v = 0
            for x in e.expressions:
                v = self.expr(x, s)
            return v
        if t == "ChainExpression":
            before = set(s)
            self.expr(e.expression, s)  # whatever follows a `?.` may not run
            s &= before
            return 0
        if t == "MemberExpression":
            self.expr(e.object, s)
            if e.computed:
                self.used(e.property, self.expr(e.property, s))
            return 0
        if t in _FUNCTIONS or t in ("MetaProperty", "Super", "ThisExpression", "PrivateIdentifier",
                                    "TemplateElement"):
            return 0
        if t in ("ObjectPattern", "ArrayPattern"):
            self.pattern(e, s)
            return 0
        # anything else (calls, new, array/object literals, templates, yield, await ...): its
        # parts in order, after forgetting what it may assign (nothing to forget when nothing is
        # known: a huge literal is not walked once more)
        if s:
            s.difference_update(self.assigned(e))
        for c in children(e):
            self.part(c, s)
        return 0

    def used(self, e: Any, level: int) -> int:
        """``level``, after counting ``e`` in ``name_reads`` when it is a read of a name known to
        hold a Number as an operand (of an operator, or an element's key): where knowing it
        spares the emitter a guard."""
        if level and e.type == "Identifier":
            self.name_reads[e.name] = self.name_reads.get(e.name, 0) + 1
        return level

    def part(self, c: Any, s: set[str]) -> None:
        t = c.type
        if t == "Property":
            if c.computed:
                self.expr(c.key, s)
            self.expr(c.value, s)
        elif t == "SpreadElement":
            self.expr(c.argument, s)
        else:
            self.expr(c, s)

    def assignment(self, e: Any, s: set[str]) -> int:
        op = e.operator
        left = e.left
        if left.type in ("ObjectPattern", "ArrayPattern"):
            v = self.expr(e.right, s)
            self.pattern(left, s)
            return v
        logical = op in ("&&=", "||=", "??=")
        if left.type == "Identifier":
            name = left.name
            if op == "=":
                v = self.expr(e.right, s)
            elif logical:
                old = self.expr(left, s)
                other = set(s)
                r = self.expr(e.right, other)
                self.assign(name, r, other)
                s &= other
                return min(old, r)
            else:
                old = self.expr(left, s)
                v = number_level(op[:-1], old, self.expr(e.right, s))
            self.assign(name, v, s)
            return v
        if left.type == "MemberExpression":
            self.expr(left.object, s)
            if left.computed:
                self.expr(left.property, s)
        else:
            self.expr(left, s)
        if logical:
            other = set(s)
            self.expr(e.right, other)
            s &= other
            return 0
        r = self.expr(e.right, s)
        return r if op == "=" else number_level(op[:-1], 0, r)

    def pattern(self, p: Any, s: set[str]) -> None:
        """A binding or assignment pattern: every name it may assign is forgotten first, so the
        order its defaults, keys and targets run in does not matter."""
        lost = self.assigned(p)
        s.difference_update(lost)
        self.pattern_parts(p, s)
        s.difference_update(lost)

    def pattern_parts(self, p: Any, s: set[str]) -> None:
        t = p.type
        if t == "Identifier":
            return
        if t == "AssignmentPattern":
            self.pattern_parts(p.left, s)
            other = set(s)
            self.expr(p.right, other)  # only when the value is undefined
            s &= other
        elif t == "ObjectPattern":
            for q in p.properties:
                if q.type == "RestElement":
                    self.pattern_parts(q.argument, s)
                else:
                    if q.computed:
                        self.expr(q.key, s)
                    self.pattern_parts(q.value, s)
        elif t == "ArrayPattern":
            for q in p.elements:
                if q is not None:
                    self.pattern_parts(q, s)
        elif t == "RestElement":
            self.pattern_parts(p.argument, s)
        else:
            self.expr(p, s)  # a member target
