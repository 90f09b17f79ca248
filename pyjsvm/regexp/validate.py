"""Early errors of regular expression literals (sec-regular-expression-literals-static-semantics-early-errors)."""
from __future__ import annotations

from pyjsvm.syntax.lazy import LazyModule

# The pattern parser (with its character-set and Unicode tables) is loaded by the first RegExp
# literal compiled, not by every process that imports the compiler.
_parser = LazyModule("pyjsvm.regexp.parser")


def validate_regexp_literal(pattern: str, flags: str) -> str | None:
    """NON-SPEC helper for the compiler's early errors (sec-regular-expression-literals-static-semantics-early-errors):
    the error message for an invalid literal, or None. ``pattern`` is UTF-16 code units."""
    if _parser.parse_flags(flags) is None:
        return f"Invalid regular expression flags '{flags}'"
    try:
        _parser.parse_pattern(pattern, flags)
    except _parser.PatternError as e:
        return f"Invalid regular expression: /{pattern}/{flags}: {e}"
    except RecursionError:
        return "Regular expression too large"
    return None
