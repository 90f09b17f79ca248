"""``expectations.txt``: the test files known to fail, one a line, ``name<TAB>reason``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import re
from dataclasses import dataclass, field
from pathlib import Path

HEADER = (
    "# test262 files pyjsvm is expected to fail: <path under test/>\\t<short reason>.\n"
    "# Regenerate with `python -m test262 [paths...] --update` (only the run's selection is rewritten).\n"
)


def load(path: Path) -> dict[str, str]:
    expected: dict[str, str] = {}
    if not path.exists():
        return expected
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, reason = line.partition("\t")
        expected[name.strip()] = reason.strip()
    return expected


def save(path: Path, expected: Mapping[str, str]) -> None:
    lines = [f"{name}\t{' '.join(reason.split())}\n" for name, reason in sorted(expected.items())]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")


_TIMEOUT = re.compile(r"\btimeout \([0-9.]+ s\)")


def normal_reason(reason: str) -> str:
    """A reason as compared: whitespace collapsed (as saved), a timeout's length left out."""
    return _TIMEOUT.sub("timeout", " ".join(reason.split()))


@dataclass
class Comparison:
    new_failures: dict[str, str] = field(default_factory=dict)  # fail now, not listed
    new_passes: list[str] = field(default_factory=list)  # listed, pass now
    # listed and failing still, for another reason: name -> (listed reason, reason now)
    changed: dict[str, tuple[str, str]] = field(default_factory=dict)

    def ok(self, reasons: bool = True) -> bool:
        """No new failure and no new pass; and, when ``reasons``, no known failure whose reason changed."""
        return not self.new_failures and not self.new_passes and not (reasons and self.changed)


def compare(expected: Mapping[str, str], selection: Iterable[str], failures: Mapping[str, str],
            not_run: Iterable[str] = ()) -> Comparison:
    """Compare a run's failures with the expectations, for the tests in the selection.

    ``not_run`` (skipped as not applicable) are neither new passes nor new failures. A listed
    failure that fails for another reason than the one listed goes to ``changed``: a failure
    whose cause moved is news too (a fix that got half way, or a new bug hiding behind an old one).
    """
    skipped = set(not_run)
    cmp = Comparison()
    for name in sorted(selection):
        if name in skipped:
            continue
        if name in failures and name not in expected:
            cmp.new_failures[name] = failures[name]
        elif name in expected and name not in failures:
            cmp.new_passes.append(name)
        elif name in expected and normal_reason(failures[name]) != normal_reason(expected[name]):
            cmp.changed[name] = (expected[name], failures[name])
    return cmp


def updated(expected: Mapping[str, str], selection: Iterable[str], failures: Mapping[str, str]) -> dict[str, str]:
    """The expectations with the selection's entries replaced by this run's failures."""
    chosen = set(selection)
    result = {name: reason for name, reason in expected.items() if name not in chosen}
    result.update(failures)
    return result
