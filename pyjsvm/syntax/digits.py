"""NON-SPEC: decimal conversions of Python ints that ignore CPython's int/str digit limit
(``sys.get_int_max_str_digits``, the CVE-2020-10735 mitigation). The engine leaves that limit as
the host set it -- host code running while JS runs (a Python callback, another thread) keeps its
protection -- and converts long BigInts itself: a number past the limit is split in halves by a
power of ten, each half converted under it (the halves' work adds up to less than the quadratic
cost the limit guards against, and BigInts are bounded in size).

    >>> import sys
    >>> int_to_decimal(10 ** 5000)[:3], len(int_to_decimal(10 ** 5000))
    ('100', 5001)
    >>> decimal_to_int('1' + '0' * 5000) == 10 ** 5000
    True
"""
from __future__ import annotations

__all__ = ["int_to_decimal", "decimal_to_int"]

_LOG10_2 = 0.30102999566398


def int_to_decimal(n: int) -> str:
    """``str(n)`` for any size of ``n``."""
    try:
        return str(n)
    except ValueError:
        pass
    if n < 0:
        return "-" + int_to_decimal(-n)
    k = max(1, int(n.bit_length() * _LOG10_2) // 2)  # about half of the digits
    hi, lo = divmod(n, 10 ** k)
    lo_s = int_to_decimal(lo)
    return int_to_decimal(hi) + "0" * (k - len(lo_s)) + lo_s


def decimal_to_int(digits: str) -> int:
    """``int(digits)`` for a string of ASCII decimal digits of any length."""
    try:
        return int(digits)
    except ValueError:
        if not (digits.isascii() and digits.isdigit()):
            raise
    half = len(digits) // 2
    return decimal_to_int(digits[:half]) * 10 ** (len(digits) - half) + decimal_to_int(digits[half:])
