"""Finding test files and naming them.

Tests are named by their path relative to test262's ``test/`` directory, with ``/`` separators
(``built-ins/Math/abs/length.js``): that is the name used in ``expectations.txt``, the JSON output
and the summary.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

DEFAULT_EXCLUDED_DIRS = ("intl402", "staging")


class SelectionError(ValueError):
    """A path given on the command line is not a test or a directory of tests."""


def is_test_file(name: str) -> bool:
    return name.endswith(".js") and "_FIXTURE" not in name


def _walk(directory: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        found.extend(Path(root) / f for f in sorted(files) if is_test_file(f))
    return found


def resolve_path(test262_dir: Path, arg: str) -> Path:
    """Resolve a command-line path: absolute, relative to the cwd, to test262/, or to test262/test/."""
    candidates = [Path(arg)]
    if not Path(arg).is_absolute():
        candidates += [test262_dir / arg, test262_dir / "test" / arg]
    for cand in candidates:
        if cand.exists():
            return cand.resolve()
    raise SelectionError(f"no such test or directory: {arg}")


def test_name(test262_dir: Path, path: Path) -> str:
    root = (test262_dir / "test").resolve()
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        raise SelectionError(f"{path} is not under {root}") from None


def select_tests(test262_dir: Path, paths: list[str]) -> list[str]:
    """The sorted test names under ``paths`` (default: all of test/ except intl402 and staging)."""
    root = test262_dir / "test"
    if not root.is_dir():
        raise SelectionError(f"{test262_dir} does not look like a test262 checkout (no test/ directory)")
    files: list[Path] = []
    if not paths:
        for entry in sorted(root.iterdir()):
            if entry.is_dir() and entry.name not in DEFAULT_EXCLUDED_DIRS:
                files.extend(_walk(entry))
    else:
        for arg in paths:
            p = resolve_path(test262_dir, arg)
            if p.is_dir():
                files.extend(_walk(p))
            elif is_test_file(p.name):
                files.append(p)
            else:
                raise SelectionError(f"not a test file: {arg}")
    return sorted({test_name(test262_dir, f) for f in files})


def sample_tests(names: list[str], n: int, seed: int) -> list[str]:
    if n >= len(names):
        return names
    return sorted(random.Random(seed).sample(names, n))


def area_of(name: str) -> str:
    """The summary area: ``language/<dir>``, ``built-ins/<Name>``, or the top directory (``annexB``...)."""
    parts = name.split("/")
    if parts[0] in ("language", "built-ins") and len(parts) > 2:
        return f"{parts[0]}/{parts[1]}"
    return parts[0]
