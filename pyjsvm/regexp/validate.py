"""Early errors of regular expression literals (sec-regular-expression-literals-static-semantics-early-errors)."""
from __future__ import annotations

from typing import Any

from pyjsvm.syntax.lazy import LazyModule

# The pattern parser (with its character-set and Unicode tables) is loaded by the first RegExp
# literal compiled, not by every process that imports the compiler.
_parser = LazyModule("pyjsvm.regexp.parser")


# NON-SPEC (speed): the answers for the literals validated lately, by (pattern, flags): the
# compiler asks for each literal when it decides whether function bodies may wait for their first
# calls (compiler.functions.deferred_compilation), and again when it compiles the literal; the
# parsed pattern waits in ``_PARSED`` for the RegExp the literal's first evaluation creates
# (``take_parsed_pattern``), so a literal's pattern is parsed once
_CHECKED: dict[tuple[str, str], str | None] = {}
_PARSED: dict[tuple[str, str], Any] = {}
_CHECKED_MAX = 4096
_CHECKED_LONGEST = 4096


def validate_regexp_literal(pattern: str, flags: str) -> str | None:
    """NON-SPEC helper for the compiler's early errors (sec-regular-expression-literals-static-semantics-early-errors):
    the error message for an invalid literal, or None. ``pattern`` is UTF-16 code units."""
    key = (pattern, flags)
    if key in _CHECKED:
        return _CHECKED[key]
    problem, parsed = _problem(pattern, flags)
    if len(pattern) > _CHECKED_LONGEST:
        return problem  # (not kept: the cache holds short texts only)
    if len(_CHECKED) >= _CHECKED_MAX:
        _CHECKED.clear()
        _PARSED.clear()
    _CHECKED[key] = problem
    if parsed is not None:
        _PARSED[key] = parsed
    return problem


def take_parsed_pattern(pattern: str, flags: str) -> Any:
    """NON-SPEC (speed): the ParsePattern (sec-parsepattern) result of a literal validated
    lately, handed out once (its matcher owns it), or None."""
    return _PARSED.pop((pattern, flags), None)


def _problem(pattern: str, flags: str) -> tuple[str | None, Any]:
    if _parser.parse_flags(flags) is None:
        return "Invalid regular expression flags", None  # (V8's words)
    try:
        parsed = _parser.parse_pattern(pattern, flags)
    except _parser.PatternError as e:
        return f"Invalid regular expression: /{pattern}/{flags}: {e}", None
    except RecursionError:
        return "Regular expression too large", None
    return None, parsed
