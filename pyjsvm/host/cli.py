"""The ``pyjsvm`` command (a Node-style command line and REPL): arrives with a later issue."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pyjsvm`` console script; for now it only says that it is not there yet."""
    print("pyjsvm: the command line arrives with a later issue; use the Python API (import pyjsvm) for now.",
          file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
