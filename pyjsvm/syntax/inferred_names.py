"""NON-SPEC (V8's inferred function names): the name a stack trace shows for an anonymous
function that is assigned to a property. The spec names a function only for a binding target
(NamedEvaluation): ``P.prototype.get = function () {}`` makes a function whose ``name`` is "".
V8 infers a name from the assignment's target for its stack traces and CallSite
``getFunctionName``: ``P.get`` (a ``prototype`` step left out), ``exports.parse``,
``w.<computed>`` (a computed key that is not a string literal), ``K.m`` for ``this.m`` in a
function ``K`` (``m`` outside a named function). The function's ``name`` property is not
changed.

The parser calls ``infer_function_name`` for each assignment it makes (``syntax.parse``), and
so does the decoder of cached trees (``syntax.tree_codec``): the name is an attribute of the
function's node, ``inferred_name``, which the compiler copies to its code
(``FunctionCode.inferred_name``).
"""
from __future__ import annotations

from typing import Any

__all__ = ["infer_function_name"]

_FUNCTIONS = ("FunctionExpression", "ArrowFunctionExpression")
_MAX_STEPS = 32  # (a longer chain keeps its last steps)


def infer_function_name(assignment: Any) -> None:
    """``assignment``, an AssignmentExpression node: when it assigns an anonymous function
    expression or arrow function to a property, give the function's node its inferred name."""
    right = assignment.right
    left = assignment.left
    if getattr(right, "type", None) not in _FUNCTIONS or getattr(right, "id", None) is not None \
            or getattr(left, "type", None) != "MemberExpression":
        return
    steps: list[str] = []
    node = left
    while node.type == "MemberExpression" and len(steps) < _MAX_STEPS:
        prop = node.property
        if not node.computed:
            key = prop.name if prop.type == "Identifier" else ""
        elif prop.type == "Literal" and type(prop.value) is str:
            key = prop.value
        else:
            key = "<computed>"
        if key and key != "prototype":
            steps.append(key)
        node = node.object
    if node.type == "Identifier" and len(steps) < _MAX_STEPS:
        steps.append(node.name)
    if steps:
        right.inferred_name = ".".join(reversed(steps))
        if node.type == "ThisExpression":
            right.inferred_this = True  # (the compiler puts the enclosing function's name first)
