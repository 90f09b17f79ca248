"""Function calls as assignment targets in non-strict code (Annex B, B.3.9
sec-runtime-errors-for-function-call-assignment-targets).

AssignmentTargetType of ``f()`` (CallExpression : CoverCallExpressionAndAsyncArrowHead and
CallExpression : CallExpression Arguments, sec-static-semantics-assignmenttargettype) is
~web-compat~ in non-strict code: ``f() = 1``, ``f() += 1``, ``f()++``, ``--f()``,
``for (f() in o)`` and ``for (f() of o)`` parse, and their evaluation throws a ReferenceError
after evaluating the call (the compilers do that). Strict and module code keep the early
SyntaxError, as do the logical assignments (``f() &&= 1``) and destructuring patterns
(``[f()] = a``), which need a ~simple~ target.

NON-SPEC (parser extension): esprima-fork's parser marks every call as not an assignment target
and reports "Invalid left-hand side" while parsing; its validator already accepts a non-strict,
non-module, non-optional CallExpression target after the parse. This module wraps the parser's
``parseLeftHandSideExpressionAllowCall`` so that such a call is an assignment target while
parsing, except before a logical assignment operator, and wraps ``matchAssign`` for the
parenthesized form ``(f()) &&= 1``.
"""
from __future__ import annotations

from typing import Any

from esprima.parser import Parser  # type: ignore[import-untyped]

_original_lhs = Parser.parseLeftHandSideExpressionAllowCall
_original_match_assign = Parser.matchAssign

_LOGICAL_ASSIGNMENT = ("&&=", "||=", "??=")


def _lhs_allow_call(self: Any) -> Any:
    expr = _original_lhs(self)
    context = self.context
    if expr.type == "CallExpression" and not context.strict and not context.isModule \
            and expr.callee.type != "Super" and not expr.optional:
        # ~web-compat~: an assignment target, unless a logical assignment follows
        self._web_compat_call = expr
        context.isAssignmentTarget = self.lookahead.value not in _LOGICAL_ASSIGNMENT
    else:
        self._web_compat_call = None
    return expr


def _match_assign(self: Any) -> bool:
    found = _original_match_assign(self)
    if found and self.lookahead.value in _LOGICAL_ASSIGNMENT and self.context.isAssignmentTarget \
            and getattr(self, "_web_compat_call", None) is not None:
        # the target is the (parenthesized) call just parsed: a logical assignment needs ~simple~
        self.context.isAssignmentTarget = False
    return found


Parser.parseLeftHandSideExpressionAllowCall = _lhs_allow_call
Parser.matchAssign = _match_assign
