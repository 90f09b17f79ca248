"""Early errors of regular expression literals (sec-regular-expression-literals-static-semantics-early-errors)."""
from __future__ import annotations

from pyjsvm.regexp.parser import PatternError, parse_flags, parse_pattern


def validate_regexp_literal(pattern: str, flags: str) -> str | None:
    """NON-SPEC helper for the compiler's early errors (sec-regular-expression-literals-static-semantics-early-errors):
    the error message for an invalid literal, or None. ``pattern`` is UTF-16 code units."""
    if parse_flags(flags) is None:
        return f"Invalid regular expression flags '{flags}'"
    try:
        parse_pattern(pattern, flags)
    except PatternError as e:
        return f"Invalid regular expression: /{pattern}/{flags}: {e}"
    except RecursionError:
        return "Regular expression too large"
    return None
