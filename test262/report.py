"""Progress display and the pass-rate summary (text and markdown)."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from .discovery import area_of
from .executor import FAIL, PASS, SKIP, TestResult


def _fmt_duration(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else (f"{m}m{s:02d}s" if m else f"{s}s")


class Progress:
    """Counts, rate and ETA: one updating line on a tty, a line every ``interval`` s otherwise."""

    def __init__(self, total: int, stream: TextIO | None = None, interval: float = 15.0, enabled: bool = True) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = interval if not self.tty else 0.2
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.counts: Counter[str] = Counter()

    def update(self, result: TestResult) -> None:
        self.counts[result.status] += 1
        now = time.monotonic()
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self._show(now)

    def line(self, now: float | None = None) -> str:
        now = time.monotonic() if now is None else now
        done = sum(self.counts.values())
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        eta = (self.total - done) / rate if rate > 0 else 0.0
        pct = 100.0 * done / self.total if self.total else 100.0
        text = (f"[{done}/{self.total} {pct:.0f}%] pass {self.counts[PASS]} fail {self.counts[FAIL]}"
                f"{f' skip {self.counts[SKIP]}' if self.counts[SKIP] else ''}"
                f" | {rate:.1f} files/s | elapsed {_fmt_duration(elapsed)} ETA {_fmt_duration(eta)}")
        return text

    def _show(self, now: float) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K" + self.line(now))
        else:
            self.stream.write(self.line(now) + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            if self.tty:
                self.stream.write("\r\x1b[K")
            self.stream.write(self.line() + "\n")
            self.stream.flush()


@dataclass
class AreaStats:
    passed: int = 0
    total: int = 0
    skipped: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.passed / self.total if self.total else 0.0


@dataclass
class Summary:
    overall: AreaStats = field(default_factory=AreaStats)
    areas: dict[str, AreaStats] = field(default_factory=dict)

    @classmethod
    def of(cls, results: Iterable[TestResult]) -> Summary:
        summary = cls()
        for r in results:
            area = summary.areas.setdefault(area_of(r.name), AreaStats())
            for stats in (summary.overall, area):
                if r.status == SKIP:
                    stats.skipped += 1
                    continue
                stats.total += 1
                if r.status == PASS:
                    stats.passed += 1
        return summary

    def _rows(self) -> list[tuple[str, AreaStats]]:
        return sorted(self.areas.items())

    def text(self) -> str:
        width = max([len(a) for a in self.areas] + [len("total")])
        out = [f"{'area':<{width}}  {'passed':>7} {'total':>7} {'%':>6}"]
        for area, s in self._rows():
            skip = f"  ({s.skipped} not applicable)" if s.skipped else ""
            out.append(f"{area:<{width}}  {s.passed:>7} {s.total:>7} {s.percent:>5.1f}%{skip}")
        o = self.overall
        skip = f"  ({o.skipped} not applicable)" if o.skipped else ""
        out.append(f"{'total':<{width}}  {o.passed:>7} {o.total:>7} {o.percent:>5.1f}%{skip}")
        return "\n".join(out)

    def markdown(self, title: str = "", commit: str = "") -> str:
        out = []
        if title:
            out += [f"### {title}", ""]
        if commit:
            out += [f"test262 commit `{commit}`; counts are test files (a file passes only if all its runs pass).", ""]
        out += ["| Area | Passed | Total | % |", "|---|---:|---:|---:|"]
        for area, s in self._rows():
            out.append(f"| {area} | {s.passed} | {s.total} | {s.percent:.1f}% |")
        o = self.overall
        out.append(f"| **Total** | **{o.passed}** | **{o.total}** | **{o.percent:.1f}%** |")
        if o.skipped:
            out += ["", f"{o.skipped} files not applicable to this host (CanBlockIsFalse/CanBlockIsTrue) are not counted."]
        return "\n".join(out) + "\n"
