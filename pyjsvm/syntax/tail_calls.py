"""Tail position calls (sec-tail-position-calls): which calls of a function body are in tail
position (IsInTailPosition, sec-isintailposition; HasCallInTailPosition,
sec-static-semantics-hascallintailposition).

``mark_tail_calls`` is run on the body of each strict, plain (not generator, not async)
function or arrow when it is compiled: it sets ``_tail_call = True`` on every CallExpression
and TaggedTemplateExpression node in tail position, and both compilers compile such a call as
PrepareForTailCall + Call (runtime/functions.prepare_tail_call). Nested functions are marked
when they are compiled themselves.

Whether a function has calls in tail position is decided once, by ``mark_tail_calls``: the
function's entry points resolve the TailCalls its body returns exactly when it returns True
(runtime/functions.enable_tail_calls), and the compilers compile a marked call as a tail call
only in such a body (``CompileContext.tail_calls``).

NON-SPEC (conservative): a call in an optional chain (``return a?.b()``) is left as an ordinary
call, as is every call after a ``using`` declaration anywhere in the statement lists around it,
and every call of a FunctionBody that declares ``using`` at its top level (its DisposeResources
follows each of its calls); an ordinary call is always correct, only the stack then grows.
"""
from __future__ import annotations

from typing import Any


def mark_tail_calls(body: list[Any] | None, expression: Any = None) -> bool:
    """Mark the calls in tail position of a FunctionBody (``body``, its statements) or of an
    arrow's ConciseBody (``expression``); returns whether there is any."""
    if expression is not None:
        return _mark_expression(expression)
    if body and any(_declares_using(s) for s in body):
        # (the body's DisposeCapability is disposed of after any call it makes)
        return False
    return _mark_statements(body or [])


def _mark_statements(stmts: list[Any]) -> bool:
    """HasCallInTailPosition of a StatementList: every item, until a ``using`` declaration
    (the calls after it are followed by the disposal of its resources)."""
    found = False
    for s in stmts:
        if _declares_using(s):
            break
        if _mark_statement(s):
            found = True
    return found


def _mark_statement(s: Any) -> bool:
    t = s.type
    if t == "ReturnStatement":
        return s.argument is not None and _mark_expression(s.argument)
    if t == "BlockStatement":
        return _mark_statements(s.body)
    if t == "IfStatement":
        a = _mark_statement(s.consequent)
        b = s.alternate is not None and _mark_statement(s.alternate)
        return a or b
    if t in ("WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement", "LabeledStatement",
             "WithStatement"):
        # (not ForOfStatement: IteratorClose may follow the body's return)
        if t == "ForStatement" and _declares_using(s.init):
            return False
        if t == "ForInStatement" and _declares_using(s.left):
            return False
        return _mark_statement(s.body)
    if t == "SwitchStatement":
        consequents = [c.consequent for c in s.cases]
        if any(_declares_using(x) for c in consequents for x in c):
            return False
        found = False
        for c in consequents:
            if _mark_statements(c):
                found = True
        return found
    if t == "TryStatement":
        # the try block never; the catch block when there is no finally; the finally block
        if s.finalizer is not None:
            return _mark_statements(s.finalizer.body)
        return s.handler is not None and _mark_statements(s.handler.body.body)
    return False


def _declares_using(node: Any) -> bool:
    """A ``using`` or ``await using`` declaration (syntax/using.py: a const declaration with a
    ``using`` attribute)."""
    return node is not None and node.type == "VariableDeclaration" and getattr(node, "using", None) is not None


def _mark_expression(e: Any) -> bool:
    t = e.type
    if t == "CallExpression":
        if getattr(e, "optional", False) or e.callee.type == "Super":
            return False
        e._tail_call = True
        return True
    if t == "TaggedTemplateExpression":
        e._tail_call = True
        return True
    if t == "ConditionalExpression":
        a = _mark_expression(e.consequent)
        b = _mark_expression(e.alternate)
        return a or b
    if t == "LogicalExpression":
        return _mark_expression(e.right)
    if t == "SequenceExpression":
        return _mark_expression(e.expressions[-1])
    return False
