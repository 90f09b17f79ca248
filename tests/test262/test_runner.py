"""Unit tests of the test262 runner's logic, with a scripted fake engine (no test262 checkout needed)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from test262 import expectations as exp
from test262.cli import main
from test262.discovery import area_of, select_tests
from test262.engines import ENGINES, Engine, EngineError
from test262.executor import FAIL, PASS, SKIP, Executor, modes_for
from test262.metadata import parse_test_metadata
from test262.pool import Pool, WorkerConfig


class FakeEngine(Engine):
    """Scripts are Python-free directives in comments: FAKE-SYNTAX, FAKE-THROW:<name>, FAKE-HANG,
    FAKE-CRASH, FAKE-PRINT:<text>, FAKE-STRICT-THROW (throws only when run with the strict prefix)."""

    name = "fake"

    def compile(self, source: str, filename: str) -> Any:
        if "FAKE-SYNTAX" in source:
            raise EngineError("SyntaxError", "fake parse error")
        return source

    def new_realm(self) -> Any:
        return {"prints": [], "ran": []}

    def run(self, script: Any, realm: Any) -> None:
        realm["ran"].append(script)
        for line in script.splitlines():
            if "FAKE-THROW:" in line:
                raise EngineError(line.split("FAKE-THROW:")[1].strip(), "thrown")
            if "FAKE-STRICT-THROW" in line and script.startswith('"use strict";\n'):
                raise EngineError("TypeError", "strict only")
            if "FAKE-HANG" in line:
                time.sleep(60)
            if "FAKE-CRASH" in line:
                os._exit(3)
            if "FAKE-PRINT:" in line:
                realm["prints"].append(line.split("FAKE-PRINT:")[1].strip())

    def prints(self, realm: Any) -> list[str]:
        return list(realm["prints"])


ENGINES["fake"] = FakeEngine


def make_suite(root: Path, tests: dict[str, str]) -> Path:
    (root / "harness").mkdir(parents=True)
    for name in ("assert.js", "sta.js", "doneprintHandle.js", "helper.js"):
        (root / "harness" / name).write_text(f"// {name}\n")
    for name, body in tests.items():
        path = root / "test" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body)
    return root


def t(front: str, body: str = "") -> str:
    return f"/*---\ndescription: x\n{front}\n---*/\n{body}\n"


TESTS = {
    "language/a/pass.js": t("includes: [helper.js]", "ok"),
    "language/a/throws.js": t("", "FAKE-THROW:Test262Error"),
    "language/a/strict-only-fail.js": t("", "FAKE-STRICT-THROW"),
    "language/a/nostrict.js": t("flags: [noStrict]", "FAKE-STRICT-THROW"),
    "language/b/neg-parse.js": t("negative:\n  phase: parse\n  type: SyntaxError", "FAKE-SYNTAX"),
    "language/b/neg-parse-missing.js": t("negative:\n  phase: parse\n  type: SyntaxError", "ok"),
    "language/b/neg-runtime.js": t("negative:\n  phase: runtime\n  type: ReferenceError", "FAKE-THROW:ReferenceError"),
    "language/b/neg-runtime-wrong.js": t("negative:\n  phase: runtime\n  type: ReferenceError", "FAKE-THROW:TypeError"),
    "built-ins/Math/async-ok.js": t("flags: [async]", "FAKE-PRINT:Test262:AsyncTestComplete"),
    "built-ins/Math/async-fail.js": t("flags: [async]", "FAKE-PRINT:Test262:AsyncTestFailure:Test262Error: no"),
    "built-ins/Math/async-none.js": t("flags: [async]", ""),
    "built-ins/Math/module.js": t("flags: [module]", ""),
    "built-ins/Math/canblock.js": t("flags: [CanBlockIsFalse]", ""),
    "built-ins/Math/dep_FIXTURE.js": "",
    "annexB/x.js": t("flags: [raw]", "ok"),
}


@pytest.fixture()
def suite(tmp_path: Path) -> Path:
    return make_suite(tmp_path / "t262", TESTS)


def test_metadata_forms() -> None:
    meta = parse_test_metadata(t("includes:\n  - a.js\n  - b.js\nflags: [onlyStrict, async]\nfeatures: [Symbol]"))
    assert meta.includes == ("a.js", "b.js")
    assert meta.flags == {"onlyStrict", "async"}
    assert meta.features == ("Symbol",)
    assert modes_for(meta) == ["strict"]
    assert modes_for(parse_test_metadata(t(""))) == ["non-strict", "strict"]
    assert modes_for(parse_test_metadata(t("flags: [raw]"))) == ["non-strict"]


def test_selection_and_areas(suite: Path) -> None:
    names = select_tests(suite, [])
    assert "built-ins/Math/dep_FIXTURE.js" not in names
    assert select_tests(suite, ["test/language/b"]) == select_tests(suite, ["language/b"])
    assert area_of("language/b/x.js") == "language/b"
    assert area_of("built-ins/Math/abs/x.js") == "built-ins/Math"
    assert area_of("annexB/language/x.js") == "annexB"


def test_executor_outcomes(suite: Path) -> None:
    ex = Executor(FakeEngine(), suite)
    got = {n: ex.run_file(n) for n in select_tests(suite, [])}
    status = {n: r.status for n, r in got.items()}
    assert status == {
        "annexB/x.js": PASS,
        "built-ins/Math/async-fail.js": FAIL,
        "built-ins/Math/async-none.js": FAIL,
        "built-ins/Math/async-ok.js": PASS,
        "built-ins/Math/canblock.js": SKIP,
        "built-ins/Math/module.js": FAIL,
        "language/a/nostrict.js": PASS,
        "language/a/pass.js": PASS,
        "language/a/strict-only-fail.js": FAIL,
        "language/a/throws.js": FAIL,
        "language/b/neg-parse-missing.js": FAIL,
        "language/b/neg-parse.js": PASS,
        "language/b/neg-runtime-wrong.js": FAIL,
        "language/b/neg-runtime.js": PASS,
    }
    assert got["built-ins/Math/module.js"].reason == "modules not supported"
    assert got["language/a/strict-only-fail.js"].reason.startswith("[strict] TypeError")
    assert "\t" not in got["built-ins/Math/async-fail.js"].reason


def test_harness_order(suite: Path) -> None:
    engine = FakeEngine()
    realms: list[Any] = []
    orig = engine.new_realm

    def new_realm() -> Any:
        realms.append(orig())
        return realms[-1]

    engine.new_realm = new_realm  # type: ignore[method-assign]
    Executor(engine, suite).run_file("built-ins/Math/async-ok.js")
    assert [s.splitlines()[0] for s in realms[0]["ran"][:3]] == ["// assert.js", "// sta.js", "// doneprintHandle.js"]
    realms.clear()
    Executor(engine, suite).run_file("annexB/x.js")
    assert len(realms[0]["ran"]) == 1  # raw: no harness


def test_pool_timeout_and_crash(tmp_path: Path) -> None:
    root = make_suite(tmp_path / "t262", {
        "language/x/hang.js": t("", "FAKE-HANG"),
        "language/x/crash.js": t("", "FAKE-CRASH"),
        **{f"language/x/ok{i}.js": t("", "ok") for i in range(6)},
    })
    results: dict[str, Any] = {}
    config = WorkerConfig(engine="fake", test262_dir=root, quiet=True)
    Pool(config, jobs=2, timeout=1.0).run(select_tests(root, []), lambda r: results.__setitem__(r.name, r))
    assert len(results) == 8
    assert results["language/x/hang.js"].reason.startswith("timeout")
    assert "crashed" in results["language/x/crash.js"].reason
    assert all(results[f"language/x/ok{i}.js"].status == PASS for i in range(6))


def test_expectations_compare_and_update() -> None:
    expected = {"a.js": "old", "b.js": "old", "outside.js": "kept"}
    cmp = exp.compare(expected, ["a.js", "b.js", "c.js"], {"a.js": "r", "c.js": "new"})
    assert cmp.new_failures == {"c.js": "new"} and cmp.new_passes == ["b.js"]
    assert cmp.changed == {"a.js": ("old", "r")} and not cmp.ok() and not cmp.ok(reasons=False)
    # only a reason change: fails unless reasons are ignored; spacing and a timeout's length do not count
    cmp = exp.compare({"a.js": "old", "t.js": "timeout (10 s)"}, ["a.js", "t.js"],
                      {"a.js": "new  reason", "t.js": "timeout (30 s)"})
    assert cmp.changed == {"a.js": ("old", "new  reason")} and not cmp.ok() and cmp.ok(reasons=False)
    assert exp.compare({"a.js": "same  reason"}, ["a.js"], {"a.js": "same reason"}).ok()
    assert exp.updated(expected, ["a.js", "b.js", "c.js"], {"a.js": "r", "c.js": "new"}) == {
        "a.js": "r", "c.js": "new", "outside.js": "kept"}


def test_cli_end_to_end(suite: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expectations = tmp_path / "exp.txt"
    args = ["--test262-dir", str(suite), "--engine", "fake", "--expectations", str(expectations),
            "--no-progress", "-j", "2", "--timeout", "5"]
    assert main(args) == 1  # everything failing is new
    assert main([*args, "--update"]) == 0
    lines = expectations.read_text().splitlines()
    assert "language/a/throws.js\t[non-strict] Test262Error: thrown" in lines
    assert main([*args, "--summary-md", str(tmp_path / "s.md")]) == 0
    assert "| language/a |" in (tmp_path / "s.md").read_text()
    # a listed test that passes now is reported too
    expectations.write_text(expectations.read_text() + "language/a/pass.js\tx\n")
    assert main(args) == 1
    assert "NEW PASSES (1)" in capsys.readouterr().out
    # a listed failure that fails for another reason now fails the run, unless --ignore-reasons
    text = expectations.read_text().replace("language/a/pass.js\tx\n", "")
    expectations.write_text(text.replace("Test262Error: thrown", "Test262Error: something else"))
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "CHANGED REASONS (1)" in out and "something else" in out and "NEW" not in out
    assert main([*args, "--ignore-reasons"]) == 0


def test_main_set_selection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--main keeps tests outside annexB/, intl402/ and staging/ whose features are all standard."""
    root = make_suite(tmp_path / "t262", {
        "language/std.js": t("features: [let, Array.fromAsync]", "ok"),
        "language/proposal.js": t("features: [let, decorators]", "ok"),
        "language/later-proposal.js": t("features: [error-stack-accessor]", "ok"),
        "built-ins/plain.js": t("", "ok"),
        "annexB/old.js": t("", "ok"),
        "intl402/i.js": t("", "ok"),
        "staging/s.js": t("", "ok"),
    })
    (root / "features.txt").write_text(
        "## Proposed language features\n#\n# comment\ndecorators\n\n"
        "# Source Phase Imports\n## https://example.org/a-link-line\nsource-phase-imports\n\n"
        "# Error Stack Accessor\nerror-stack-accessor\n\n"
        "## Standard language features\n#\nlet\nArray.fromAsync  # a note\n")
    assert main(["--test262-dir", str(root), "--main", "--list"]) == 0
    assert capsys.readouterr().out.split() == ["built-ins/plain.js", "language/std.js"]


def test_pyjsvm_shadow_realm_import_value_loads_into_the_shadow_realm(tmp_path: Path) -> None:
    """ShadowRealm.prototype.importValue in a module test: the fixture (and what it imports) is
    loaded relative to the test into the ShadowRealm's own context, where there is no $262."""
    from test262.engines import PyjsvmEngine
    suite = make_suite(tmp_path / "t262", {
        "built-ins/ShadowRealm/iv.js": t("flags: [async, module]", """
new ShadowRealm().importValue('./iv_FIXTURE.js', 'where').then(
  w => print(w() === 'undefined,1' ? 'Test262:AsyncTestComplete' : 'Test262:AsyncTestFailure:' + w()),
  e => print('Test262:AsyncTestFailure:' + e));"""),
        "built-ins/ShadowRealm/iv_FIXTURE.js": "import { n } from './dep_FIXTURE.js';\n"
                                               "export const where = () => typeof $262 + ',' + n;\n",
        "built-ins/ShadowRealm/dep_FIXTURE.js": "export const n = typeof $262 === 'undefined' ? 1 : 2;\n",
    })
    result = Executor(PyjsvmEngine(), suite).run_file("built-ins/ShadowRealm/iv.js")
    assert (result.status, result.reason) == (PASS, "")
