"""``python -m test262``: run test262 on pyjsvm and compare with the expectations."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from . import expectations as exp
from .discovery import SelectionError, sample_tests, select_tests
from .engines import ENGINES, preload_engine
from .executor import FAIL, SKIP, TestResult
from .metadata import MetadataError, parse_test_metadata
from .pool import Pool, RunnerError, WorkerConfig, run_serial
from .report import Progress, Summary

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_EXPECTATIONS = PACKAGE_DIR / "expectations.txt"
COMMIT_FILE = PACKAGE_DIR / "COMMIT"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m test262",
        description="Run test262 on pyjsvm; compare the failures with test262/expectations.txt.",
    )
    p.add_argument("paths", nargs="*", help="tests or directories (relative to the cwd, the test262 dir, or its "
                   "test/ dir); default: all of test/ except intl402 and staging")
    p.add_argument("--test262-dir", type=Path, default=None,
                   help="test262 checkout (default: $TEST262_DIR)")
    p.add_argument("--main", action="store_true",
                   help="only the main set: outside annexB/, intl402/ and staging/, no proposal features")
    p.add_argument("--features", nargs="+", default=None, metavar="FEATURE",
                   help="only tests that use one of these features (commas allowed)")
    p.add_argument("--sample", type=int, default=None, metavar="N", help="a random sample of N of the selected files")
    p.add_argument("--seed", type=int, default=0, help="random seed for --sample (default 0)")
    p.add_argument("-j", "--jobs", type=int, default=2, help="worker processes (default 2; 0 = in this process, "
                   "no timeouts)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per test file (default 10)")
    p.add_argument("--json", type=Path, default=None, metavar="FILE", help="write every result to FILE")
    p.add_argument("--summary-md", type=Path, default=None, metavar="FILE", help="write the summary as markdown")
    p.add_argument("--ignore-reasons", action="store_true",
                   help="a known failure whose reason changed is listed but does not fail the run")
    p.add_argument("--expectations", type=Path, default=DEFAULT_EXPECTATIONS,
                   help="expectations file (default: test262/expectations.txt)")
    p.add_argument("--update", action="store_true",
                   help="rewrite the expectations for the selected tests (keeping the others) and COMMIT")
    p.add_argument("--engine", choices=sorted(ENGINES), default="pyjsvm",
                   help="engine adapter (node: check the runner itself against node's vm module)")
    p.add_argument("--cannot-block", action="store_true",
                   help="the agent cannot block: run CanBlockIsFalse tests instead of CanBlockIsTrue ones")
    p.add_argument("--memory-limit", type=int, default=None, metavar="MB",
                   help="address-space limit per worker (default 4096 for pyjsvm, none for node; 0 = none)")
    p.add_argument("--max-tests-per-worker", type=int, default=2000, metavar="N",
                   help="replace each worker after N tests (default 2000; 0 = never)")
    p.add_argument("--show-worker-output", action="store_true", help="do not silence the workers' stdout/stderr")
    p.add_argument("--no-progress", action="store_true", help="no progress display")
    p.add_argument("-v", "--verbose", action="store_true", help="list every failure with its reason")
    p.add_argument("--list", action="store_true", help="print the selected test names and exit")
    return p


def detect_commit(test262_dir: Path) -> str:
    """The checkout's commit: ``git rev-parse HEAD`` there, else its ``.test262-commit`` file, else ''."""
    try:
        out = subprocess.run(["git", "-C", str(test262_dir), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=10)
        if out.returncode == 0 and (test262_dir / ".git").exists():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    marker = test262_dir / ".test262-commit"
    if marker.exists():
        return marker.read_text().strip()
    return ""


def pinned_commit() -> str:
    return COMMIT_FILE.read_text().strip() if COMMIT_FILE.exists() else ""


def filter_features(test262_dir: Path, names: list[str], features: list[str]) -> list[str]:
    wanted = {f for arg in features for f in arg.split(",") if f}
    chosen = []
    for name in names:
        try:
            meta = parse_test_metadata((test262_dir / "test" / name).read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, MetadataError):
            chosen.append(name)  # let the run report it
            continue
        if wanted.intersection(meta.features):
            chosen.append(name)
    return chosen


MAIN_EXCLUDED_DIRS = ("annexB/", "intl402/", "staging/")


def proposal_features(test262_dir: Path) -> set[str]:
    """The features test262's ``features.txt`` lists under "Proposed language features" (not yet
    part of a published ECMA-262). Only the "## Proposed ..." and "## Standard ..." headings open
    a section: the proposals section also has lines such as "## https://..." that are comments."""
    found: set[str] = set()
    in_proposals = False
    for line in (test262_dir / "features.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.strip().lower()
            if heading.startswith("## proposed"):
                in_proposals = True
            elif heading.startswith("## standard"):
                in_proposals = False
            continue
        name = line.split("#", 1)[0].strip()
        if in_proposals and name:
            found.add(name)
    return found


def filter_main(test262_dir: Path, names: list[str]) -> list[str]:
    """The "main" set: every test outside annexB/, intl402/ and staging/ that uses no proposal
    feature."""
    proposals = proposal_features(test262_dir)
    chosen = []
    for name in names:
        if name.startswith(MAIN_EXCLUDED_DIRS):
            continue
        try:
            meta = parse_test_metadata((test262_dir / "test" / name).read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, MetadataError):
            chosen.append(name)  # let the run report it
            continue
        if not proposals.intersection(meta.features):
            chosen.append(name)
    return chosen


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = sys.stdout

    test262_dir = args.test262_dir or (Path(os.environ["TEST262_DIR"]) if os.environ.get("TEST262_DIR") else None)
    if test262_dir is None:
        print("error: no test262 checkout: pass --test262-dir or set TEST262_DIR", file=sys.stderr)
        return 2
    test262_dir = test262_dir.resolve()
    try:
        names = select_tests(test262_dir, args.paths)
    except SelectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.features:
        names = filter_features(test262_dir, names, args.features)
    if args.main:
        names = filter_main(test262_dir, names)
    if args.sample is not None:
        names = sample_tests(names, args.sample, args.seed)
    if args.list:
        out.write("".join(n + "\n" for n in names))
        return 0
    if not names:
        print("error: no tests selected", file=sys.stderr)
        return 2

    commit = detect_commit(test262_dir)
    pinned = pinned_commit()
    if commit and pinned and commit != pinned and not args.update:
        print(f"warning: test262 checkout is at {commit}, expectations are for {pinned} (test262/COMMIT)",
              file=sys.stderr)

    memory_limit = args.memory_limit if args.memory_limit is not None else (4096 if args.engine == "pyjsvm" else 0)
    config = WorkerConfig(
        engine=args.engine,
        test262_dir=test262_dir,
        can_block=not args.cannot_block,
        memory_limit_mb=memory_limit,
        quiet=not args.show_worker_output,
        max_tests=args.max_tests_per_worker,
    )
    results: dict[str, TestResult] = {}
    progress = Progress(len(names), enabled=not args.no_progress)

    def on_result(result: TestResult) -> None:
        results[result.name] = result
        progress.update(result)

    print(f"Running {len(names)} test files on {args.engine} with {args.jobs or 'no'} workers "
          f"(test262 {commit[:12] or 'commit unknown'})", file=sys.stderr)
    started = time.monotonic()
    try:
        if args.jobs == 0:
            run_serial(config, names, on_result)
        else:
            preload_engine(args.engine)
            Pool(config, jobs=args.jobs, timeout=args.timeout).run(names, on_result)
    except RunnerError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    elapsed = time.monotonic() - started
    progress.finish()

    ordered = [results[n] for n in names if n in results]
    failures = {r.name: r.reason or "failed" for r in ordered if r.status == FAIL}
    skipped = [r.name for r in ordered if r.status == SKIP]
    summary = Summary.of(ordered)

    if args.verbose:
        for name, reason in failures.items():
            out.write(f"FAIL {name}\t{reason}\n")
    out.write("\n" + summary.text() + "\n")
    out.write(f"\n{summary.overall.passed}/{summary.overall.total} test files passed "
              f"({summary.overall.percent:.1f}%) in {elapsed:.1f} s\n")

    if args.summary_md:
        args.summary_md.write_text(summary.markdown("test262 results", commit or pinned), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({
            "engine": args.engine,
            "test262_commit": commit,
            "elapsed": round(elapsed, 2),
            "passed": summary.overall.passed,
            "total": summary.overall.total,
            "results": [r.to_json() for r in ordered],
        }, indent=1) + "\n", encoding="utf-8")

    expected = exp.load(args.expectations)
    if args.update:
        exp.save(args.expectations, exp.updated(expected, names, failures))
        if commit and args.expectations == DEFAULT_EXPECTATIONS:
            COMMIT_FILE.write_text(commit + "\n", encoding="utf-8")
        out.write(f"updated {args.expectations} ({len(failures)} failures in this selection)\n")
        return 0

    cmp = exp.compare(expected, names, failures, skipped)
    if cmp.new_failures:
        out.write(f"\nNEW FAILURES ({len(cmp.new_failures)}): not in {args.expectations.name}\n")
        for name, reason in cmp.new_failures.items():
            out.write(f"  {name}\t{reason}\n")
    if cmp.new_passes:
        out.write(f"\nNEW PASSES ({len(cmp.new_passes)}): listed in {args.expectations.name}, passing now "
                  "(remove them, or rerun with --update)\n")
        for name in cmp.new_passes:
            out.write(f"  {name}\n")
    if cmp.changed:
        out.write(f"\nCHANGED REASONS ({len(cmp.changed)}): listed in {args.expectations.name}, failing for "
                  "another reason now" + (" (not counted: --ignore-reasons)" if args.ignore_reasons else
                                         " (rerun with --update to record them)") + "\n")
        for name, (was, now) in cmp.changed.items():
            out.write(f"  {name}\n    listed: {was}\n    now:    {now}\n")
    if cmp.ok(reasons=not args.ignore_reasons):
        out.write("Results match the expectations.\n")
        return 0
    return 1
