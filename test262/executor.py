"""Running one test file on an engine, following test262's INTERPRETING.md."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engines import Engine, EngineError, ModuleUnsupported
from .metadata import Metadata, MetadataError, parse_test_metadata

PASS = "pass"
FAIL = "fail"
SKIP = "skip"  # not applicable to this host (CanBlockIsFalse/CanBlockIsTrue); reported, never silent

ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure:"
STRICT_PREFIX = '"use strict";\n'
MAX_REASON = 160


@dataclass
class TestResult:
    name: str
    status: str
    reason: str = ""
    duration: float = 0.0
    modes: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "reason": self.reason,
            "duration": round(self.duration, 4),
            "modes": self.modes,
            "features": self.features,
            "flags": self.flags,
        }


def short(text: str, limit: int = MAX_REASON) -> str:
    """One line, no tabs, at most ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def modes_for(meta: Metadata) -> list[str]:
    """The runs a test needs: 'non-strict' and/or 'strict' (or 'module')."""
    if meta.is_module:
        return ["module"]
    if meta.is_raw or "noStrict" in meta.flags:
        return ["non-strict"]
    if "onlyStrict" in meta.flags:
        return ["strict"]
    return ["non-strict", "strict"]


class Failure(Exception):
    """A run failed; the message is the reason."""


class HarnessCache:
    """Harness files compiled once per worker (or the parse error they gave)."""

    def __init__(self, engine: Engine, test262_dir: Path) -> None:
        self.engine = engine
        self.harness_dir = test262_dir / "harness"
        self._compiled: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name not in self._compiled:
            try:
                source = (self.harness_dir / name).read_bytes().decode("utf-8")
            except OSError as exc:
                self._compiled[name] = Failure(f"harness {name}: {exc.strerror}")
            else:
                try:
                    self._compiled[name] = self.engine.compile(source, f"harness/{name}")
                except EngineError as err:
                    self._compiled[name] = Failure(f"harness {name} does not parse: {err.name}: {err.message}")
        entry = self._compiled[name]
        if isinstance(entry, Failure):
            raise entry
        return entry


class Executor:
    def __init__(self, engine: Engine, test262_dir: Path, can_block: bool = True) -> None:
        self.engine = engine
        self.test262_dir = test262_dir
        self.test_dir = test262_dir / "test"
        self.harness = HarnessCache(engine, test262_dir)
        self.can_block = can_block

    def run_file(self, name: str) -> TestResult:
        start = time.perf_counter()
        result = TestResult(name, FAIL)
        path = self.test_dir / name
        set_test = getattr(self.engine, "set_test", None)
        if set_test is not None:
            set_test(path)
        try:
            source = path.read_bytes().decode("utf-8")
            meta = parse_test_metadata(source)
        except (OSError, UnicodeDecodeError, MetadataError) as exc:
            result.reason = short(f"cannot read test: {exc}")
            result.duration = time.perf_counter() - start
            return result
        try:
            result.features = list(meta.features)
            result.flags = sorted(meta.flags)
            if ("CanBlockIsFalse" in meta.flags and self.can_block) or (
                "CanBlockIsTrue" in meta.flags and not self.can_block
            ):
                result.status = SKIP
                result.reason = "not applicable: " + ("CanBlockIsFalse" if self.can_block else "CanBlockIsTrue")
                return result
            result.modes = modes_for(meta)
            for mode in result.modes:
                try:
                    self._run_once(name, path, source, meta, mode)
                except Failure as failure:
                    label = "" if len(result.modes) == 1 else f"[{mode}] "
                    result.reason = short(label + str(failure))
                    return result
            result.status = PASS
        except RecursionError:
            result.reason = "runner: Python RecursionError escaped the engine"
        except Exception as exc:  # an engine bug must not stop the run
            result.reason = short(f"internal error: {type(exc).__name__}: {exc}")
        finally:
            result.duration = time.perf_counter() - start
        return result

    def _includes(self, meta: Metadata) -> list[str]:
        if meta.is_raw:
            return []
        names = ["assert.js", "sta.js"]
        if meta.is_async:
            names.append("doneprintHandle.js")
        names.extend(n for n in meta.includes if n not in names)
        return names

    def _run_once(self, name: str, path: Path, source: str, meta: Metadata, mode: str) -> None:
        negative = meta.negative
        engine = self.engine
        if mode == "module":
            if not engine.supports_modules:
                raise Failure("modules not supported")
            return self._run_module(path, source, meta)

        text = STRICT_PREFIX + source if mode == "strict" else source
        try:
            script = engine.compile(text, name)
        except EngineError as err:
            if negative is not None and negative.phase == "parse":
                if err.name == negative.type:
                    return
                raise Failure(f"expected parse-time {negative.type}, got {err.name}: {err.message}") from None
            if negative is not None:
                raise Failure(f"expected {negative.phase} {negative.type}, got parse-time {err.name}: {err.message}")
            raise Failure(f"{err.name} at parse time: {err.message}") from None
        if negative is not None and negative.phase == "parse":
            raise Failure(f"expected parse-time {negative.type}, but it parsed")

        realm = engine.new_realm()
        try:
            for include in self._includes(meta):
                try:
                    engine.run(self.harness.get(include), realm)
                except EngineError as err:
                    raise Failure(f"harness {include} threw {err.name}: {err.message}") from None
            try:
                engine.run(script, realm)
            except EngineError as err:
                if negative is not None and negative.phase == "runtime":
                    if err.name == negative.type:
                        return
                    raise Failure(f"expected runtime {negative.type}, got {err.name}: {err.message}") from None
                raise Failure(f"{err.name}: {err.message}") from None
            if negative is not None:
                raise Failure(f"expected {negative.phase} {negative.type}, but it completed")
            if meta.is_async:
                self._check_async(engine.prints(realm))
        finally:
            engine.release(realm)

    @staticmethod
    def _check_async(printed: list[str]) -> None:
        for line in printed:
            if line == ASYNC_COMPLETE:
                return
            if line.startswith(ASYNC_FAILURE):
                raise Failure("async: " + line[len(ASYNC_FAILURE):])
        raise Failure("async test did not complete ($DONE not called)")

    def _run_module(self, path: Path, source: str, meta: Metadata) -> None:
        negative = meta.negative
        realm = self.engine.new_realm()
        try:
            for include in self._includes(meta):
                try:
                    self.engine.run(self.harness.get(include), realm)
                except EngineError as err:
                    raise Failure(f"harness {include} threw {err.name}: {err.message}") from None
            try:
                self.engine.run_module(realm, source, path)
            except ModuleUnsupported as exc:
                raise Failure(str(exc)) from None
            except EngineError as err:
                if negative and err.name == negative.type:
                    return  # the phase of a module error is not distinguished by the API
                raise Failure(f"{err.name}: {err.message}") from None
            if negative:
                raise Failure(f"expected {negative.phase} {negative.type}, but it completed")
            if meta.is_async:
                self._check_async(self.engine.prints(realm))
        finally:
            self.engine.release(realm)
