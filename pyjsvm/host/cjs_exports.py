"""NON-SPEC (Node): the names a CommonJS module exports to ES modules that import it, found
statically, before it runs, as Node's cjs-module-lexer finds them (its README's rules; this is
our own reading of them over the parsed tree rather than a token stream):

- ``exports.a = ...``, ``exports['a'] = ...``, ``module.exports.a = ...`` anywhere (no scope
  analysis: a dead branch counts, a renamed ``exports`` does not);
- ``Object.defineProperty(exports, 'a', { value: ... })``, with an optional ``enumerable: true``
  first, or a getter ``get() { return x; }`` / ``get: function () { return x.y; }`` (returning an
  identifier or a member of one); any other definition of that name opts it out of this rule;
- ``module.exports = { a, b: c, 'd': e, ...f }``, up to the first property of another form;
- reexports (their names, less ``default``, join these): ``...require('x')`` in that literal, the
  last ``module.exports = require('x')`` or literal, and top-level ``__export(require('x'))``,
  ``__exportStar(require('x'), exports)`` and Babel's ``var _x = require('x');
  Object.keys(_x).forEach(function (k) { ... })``.

Names from a literal key or a getter are strings that spell an identifier (less the strict-mode
reserved words); a member assignment's are any name or string.
"""
from __future__ import annotations

import re
from typing import Any

_RESERVED = frozenset({"implements", "interface", "let", "package", "private", "protected", "public", "static",
                       "yield", "enum"})


def _is_name(s: Any) -> bool:
    return type(s) is str and s != "" and s.replace("$", "_").isidentifier() and s not in _RESERVED


def _ident(node: Any, name: str | None = None) -> bool:
    return node is not None and node.type == "Identifier" and (name is None or node.name == name)


def _member(node: Any, obj: str, prop: str) -> bool:
    """``obj.prop``."""
    return (node is not None and node.type == "MemberExpression" and not node.computed and _ident(node.object, obj)
            and _ident(node.property, prop))


def _is_exports(node: Any) -> bool:
    return _ident(node, "exports") or _member(node, "module", "exports")


def _string(node: Any) -> Any:
    if node is not None and node.type == "Literal" and type(node.value) is str:
        return node.value
    return None


def _require_of(node: Any) -> str | None:
    """The specifier of ``require('x')``, else None."""
    if node is not None and node.type == "CallExpression" and _ident(node.callee, "require") \
            and len(node.arguments) == 1:
        return _string(node.arguments[0])
    return None


def _getter_form(fn: Any) -> bool:
    """``function () { return a; }`` / ``return a.b`` / ``return a['b']``."""
    if fn is None or fn.type != "FunctionExpression" or fn.params or getattr(fn, "generator", False) \
            or getattr(fn, "isAsync", False):
        return False
    body = fn.body.body if fn.body is not None and fn.body.type == "BlockStatement" else None
    if not body or len(body) != 1 or body[0].type != "ReturnStatement":
        return False
    r = body[0].argument
    if _ident(r):
        return True
    if r is not None and r.type == "MemberExpression" and _ident(r.object):
        return _ident(r.property) if not r.computed else _is_name(_string(r.property))
    return False


def _define_value(desc: Any) -> bool:
    """Whether ``desc`` (the third argument) is one of the detected descriptor forms."""
    if desc is None or desc.type != "ObjectExpression":
        return False
    props = list(desc.properties)
    if props and props[0].type == "Property" and _ident(props[0].key, "enumerable") \
            and getattr(props[0].value, "type", None) == "Literal" and props[0].value.value is True:
        props = props[1:]
    if len(props) != 1 or props[0].type != "Property" or props[0].computed:
        return False
    p = props[0]
    if _ident(p.key, "value") and not p.method:
        return True
    return _ident(p.key, "get") and _getter_form(p.value)


_WORD_START = re.compile(r"[^\W\d]|\$")  # (a letter, "_" or "$": an identifier or a keyword begins)


def _single_word(node: Any) -> bool:
    """Whether the expression is one word: an identifier, ``this``, ``true``, ``false``, ``null``."""
    t = node.type
    return t in ("Identifier", "ThisExpression") or t == "Literal" and getattr(node, "raw", None) in (
        "true", "false", "null")


def _walk(root: Any) -> Any:
    todo = [root]
    while todo:
        node = todo.pop()
        yield node
        for k, v in node.__dict__.items():
            if k[0] == "_" or k in ("range", "loc", "type"):
                continue
            if isinstance(v, list):
                todo.extend(x for x in reversed(v) if x is not None and isinstance(getattr(x, "type", None), str))
            elif v is not None and isinstance(getattr(v, "type", None), str) and not isinstance(v, str):
                todo.append(v)


def detect_exports(body: list[Any], source: str) -> tuple[list[str], list[str]]:
    """The export names and the reexported specifiers of a CommonJS module whose top-level
    statements (the wrapper function's body) are ``body``, parsed from ``source`` (the ranges
    of its nodes index it)."""
    names: dict[str, None] = {}
    defined_ok: dict[str, None] = {}
    defined_other: set[str] = set()
    last_assign: list[str] = []  # the reexports of the last module.exports = require / literal
    reexports: list[str] = []
    root = type("Body", (), {})()
    root.type = "Program"
    root.body = body
    for node in _walk(root):
        t = node.type
        if t == "AssignmentExpression" and node.operator == "=":
            left = node.left
            if left.type == "MemberExpression" and _is_exports(left.object):
                key = _string(left.property) if left.computed else (left.property.name if _ident(left.property) else None)
                if key is not None:
                    names[key] = None
            elif _member(left, "module", "exports"):
                right = node.right
                spec = _require_of(right)
                if spec is not None:
                    last_assign = [spec]
                elif right.type == "ObjectExpression":
                    found: list[str] = []
                    for p in right.properties:
                        if p.type == "SpreadElement":
                            spec = _require_of(p.argument)
                            if spec is not None:
                                found.append(spec)
                            elif not _ident(p.argument):
                                break
                            continue
                        if p.type != "Property" or p.computed or p.method or p.kind != "init":
                            break
                        key = p.key.name if _ident(p.key) else _string(p.key)
                        if key is None or not _WORD_START.match(source, p.value.range[0]):
                            break
                        # (the name is taken at the value's first token, a word; a value that
                        # is more than that word ends the literal)
                        names[key] = None
                        if not _single_word(p.value):
                            break
                    last_assign = found
        elif t == "CallExpression" and _member(node.callee, "Object", "defineProperty") and len(node.arguments) >= 2 \
                and _is_exports(node.arguments[0]):
            key = _string(node.arguments[1])
            if _is_name(key):
                if len(node.arguments) >= 3 and _define_value(node.arguments[2]):
                    defined_ok[key] = None
                else:
                    defined_other.add(key)
    for k in defined_ok:
        if k not in defined_other:
            names[k] = None
    reexports.extend(last_assign)
    # top-level star reexports (TypeScript's __export / __exportStar, Babel's Object.keys loop)
    required: dict[str, str] = {}
    for st in body:
        if st.type == "VariableDeclaration":
            for d in st.declarations:
                spec = _require_of(d.init)
                if spec is not None and _ident(d.id):
                    required[d.id.name] = spec
            continue
        if st.type != "ExpressionStatement":
            continue
        e = st.expression
        if e.type != "CallExpression":
            continue
        callee = e.callee
        star = _ident(callee, "__export") or _ident(callee, "__exportStar") or (
            callee.type == "MemberExpression" and not callee.computed and _ident(callee.object)
            and (_ident(callee.property, "__export") or _ident(callee.property, "__exportStar")))
        if star and e.arguments:
            spec = _require_of(e.arguments[0])
            if spec is not None:
                reexports.append(spec)
            continue
        # Object.keys(_x).forEach(function (k) { ... })
        if callee.type == "MemberExpression" and not callee.computed and _ident(callee.property, "forEach") \
                and callee.object.type == "CallExpression" and _member(callee.object.callee, "Object", "keys") \
                and len(callee.object.arguments) == 1 and _ident(callee.object.arguments[0]) \
                and callee.object.arguments[0].name in required and e.arguments \
                and e.arguments[0].type == "FunctionExpression":
            reexports.append(required[callee.object.arguments[0].name])
    return list(names), reexports
