"""A parenthesized literal or assignment inside a destructuring target is a SyntaxError.

DestructuringAssignmentTarget : LeftHandSideExpression is an AssignmentPattern only when the
expression is an ObjectLiteral or an ArrayLiteral (sec-destructuring-assignment-static-semantics-
early-errors); otherwise its AssignmentTargetType must be ~simple~, and that of a
ParenthesizedExpression is that of the expression inside, ~invalid~ for an object or array
literal and for an assignment. So ``[(a = 1)] = []``, ``({x: (b = 1)} = {})``,
``[({a})] = [{}]``, ``[([a])] = [[]]`` and ``[(a = 1) = 2] = []`` are SyntaxErrors (as node:
"Invalid destructuring assignment target"), while ``[(a)] = []`` and ``[(o.x)] = []`` are
not. A parenthesized pattern is no binding pattern either: ``(([a])) => 1``.

NON-SPEC (parser extension): esprima-fork's ESTree keeps a group's parentheses only as the
flag ``_parenthesized``; its validator tests the flag on a whole assignment target but not on
the elements of a pattern, so ``[(a = 1)] = []`` ran as ``[a = 1] = []`` (a default). This
module wraps the validator's pattern check: a parenthesized ArrayPattern, ObjectPattern or
AssignmentPattern is reported where it stands.
"""
from __future__ import annotations

from typing import Any

from esprima.validation import _get, _Validator  # type: ignore[import-untyped]

_original_pattern = _Validator.pattern

_LITERAL_PATTERNS = frozenset(("ArrayPattern", "ObjectPattern", "AssignmentPattern"))


def _pattern(self: Any, pattern: Any, context: Any, binding: bool = True) -> Any:
    if pattern is not None and _get(pattern, "_parenthesized", False) and self._read_kind(pattern) in _LITERAL_PATTERNS:
        self.error("Invalid destructuring assignment target", pattern)
        return None
    return _original_pattern(self, pattern, context, binding)


_Validator.pattern = _pattern
