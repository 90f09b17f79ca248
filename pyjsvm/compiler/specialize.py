"""NON-SPEC: specialised closures for binary operators whose operands are simple.

``a - 1``, ``i < n``, ``x === y`` on local variables or numeric literals are the bulk of hot
loops. For each (operator, left form, right form) a closure factory is generated once, on its
first use (all 112 at import cost start-up 15 ms), from a template, so that a local read
(``env.vars[i]``) or a constant is inlined instead of being another closure call. Semantics are
unchanged: two floats take the inline operation, anything else goes to the general operator
function.
"""
from __future__ import annotations

from typing import Any, Callable
from pyjsvm.runtime.thread_limit import python_compile

# operator -> Python expression on floats a and b (None: no inline form)
INLINE_OPS = {
    "+": "a + b", "-": "a - b", "*": "a * b",
    "<": "a < b", "<=": "a <= b", ">": "a > b", ">=": "a >= b",
    "===": "a == b", "!==": "a != b",
}

_OPERAND = {
    "closure": "{n}f(env)",
    "local": "env.vars[{n}i]",
    "const": "{n}c",
}

_TEMPLATE = """
def factory(lf, li, lc, rf, ri, rc, slow):
    def specialised(env):
        a = {A}
        b = {B}
        if {CHECK}:
            return {OP}
        return slow(a, b)
    return specialised
"""

# Bitwise operators: inline when both operands are floats whose ToInt32 is plain truncation.
INT32_OPS = {
    "|": "float(int(a) | int(b))", "&": "float(int(a) & int(b))", "^": "float(int(a) ^ int(b))",
    ">>": "float(int(a) >> (int(b) & 31))", ">>>": "float((int(a) & 0xFFFFFFFF) >> (int(b) & 31))",
}
_INT32 = "-2147483649.0 < {x} < 2147483648.0"

FACTORIES: dict[tuple[str, str, str], Callable[..., Any]] = {}


def _factory(op: str, lk: str, rk: str) -> Callable[..., Any] | None:
    """The closure factory for (op, left form, right form), generated on its first request;
    None when ``op`` has no inline form or both operands are constants."""
    key = (op, lk, rk)
    factory = FACTORIES.get(key)
    if factory is not None:
        return factory
    expr = INLINE_OPS.get(op) or INT32_OPS.get(op)
    if expr is None or lk not in _OPERAND or rk not in _OPERAND or (lk == "const" and rk == "const"):
        return None
    checks = []
    if lk != "const":
        checks.append("type(a) is float")
    if rk != "const":
        checks.append("type(b) is float")
    if op in INT32_OPS:
        checks += [_INT32.format(x="a"), _INT32.format(x="b")]
    src = _TEMPLATE.format(A=_OPERAND[lk].format(n="l"), B=_OPERAND[rk].format(n="r"),
                           CHECK=" and ".join(checks), OP=expr)
    ns: dict[str, Any] = {}
    exec(python_compile(src, f"<specialised {op} {lk} {rk}>", "exec"), ns)
    factory = FACTORIES[key] = ns["factory"]
    return factory


def specialise(op: str, left: tuple[str, Any], right: tuple[str, Any], slow: Callable[[Any, Any], Any]) -> Any:
    """A closure for ``left op right``, or None when no specialised form applies. Operand forms:
    ('closure', f), ('local', slot index) for a depth-0 slot without TDZ, ('const', float)."""
    factory = _factory(op, left[0], right[0])
    if factory is None:
        return None
    lf = left[1] if left[0] == "closure" else None
    li = left[1] if left[0] == "local" else 0
    lc = left[1] if left[0] == "const" else None
    rf = right[1] if right[0] == "closure" else None
    ri = right[1] if right[0] == "local" else 0
    rc = right[1] if right[0] == "const" else None
    return factory(lf, li, lc, rf, ri, rc, slow)
