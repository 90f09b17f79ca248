"""Worker processes: each runs tests one at a time; a test that overruns its timeout or crashes its
worker fails, and only that worker is killed and replaced."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from .executor import FAIL, TestResult

_MP = multiprocessing.get_context("fork")


class RunnerError(RuntimeError):
    """The run cannot go on (e.g. the engine cannot be loaded)."""


@dataclass(frozen=True)
class WorkerConfig:
    engine: str
    test262_dir: Path
    can_block: bool = True
    memory_limit_mb: int = 0  # 0: no limit
    quiet: bool = True  # send the worker's own stdout/stderr to /dev/null
    max_tests: int = 0  # replace a worker after this many tests (0: never)


def _worker_main(conn: Connection, config: WorkerConfig) -> None:
    if config.quiet:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
    if config.memory_limit_mb:
        import resource

        limit = config.memory_limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        from .engines import make_engine
        from .executor import Executor

        engine = make_engine(config.engine)
        executor = Executor(engine, config.test262_dir, can_block=config.can_block)
    except BaseException as exc:  # report why, then stop
        conn.send(("fatal", f"cannot start engine {config.engine!r}: {type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", ""))
    while True:
        try:
            name = conn.recv()
        except EOFError:
            break
        if name is None:
            break
        result = executor.run_file(name).to_json()
        try:
            healthy = engine.healthy()
        except Exception:
            healthy = False
        conn.send(("result" if healthy else "result-restart", result))
        if not healthy:
            return
    try:
        engine.close()
    except Exception:
        pass


class _Worker:
    def __init__(self, config: WorkerConfig) -> None:
        self.conn, child = _MP.Pipe()
        self.proc = _MP.Process(target=_worker_main, args=(child, config), daemon=True)
        self.proc.start()
        child.close()
        self.current: str | None = None
        self.deadline = 0.0
        self.started = 0.0
        self.done = 0
        self.ready = False

    def assign(self, name: str, timeout: float) -> None:
        self.conn.send(name)
        self.current = name
        self.started = time.monotonic()
        self.deadline = self.started + timeout

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        self.kill()

    def exit_description(self) -> str:
        self.proc.join(2)
        code = self.proc.exitcode
        if code is None:
            return "worker stopped answering"
        if code < 0:
            import signal

            try:
                return f"worker crashed ({signal.Signals(-code).name})"
            except ValueError:
                return f"worker crashed (signal {-code})"
        return f"worker crashed (exit code {code})"


class Pool:
    def __init__(self, config: WorkerConfig, jobs: int = 2, timeout: float = 10.0) -> None:
        self.config = config
        self.jobs = max(1, jobs)
        self.timeout = timeout

    def run(self, names: Iterable[str], on_result: Callable[[TestResult], None]) -> None:
        queue = deque(names)
        workers = [_Worker(self.config) for _ in range(min(self.jobs, len(queue)))]
        try:
            self._loop(queue, workers, on_result)
        finally:
            for w in workers:
                w.stop() if w.current is None else w.kill()

    def _replace(self, workers: list[_Worker], w: _Worker, kill: bool) -> None:
        w.kill() if kill else w.stop()
        workers[workers.index(w)] = _Worker(self.config)

    def _loop(self, queue: deque[str], workers: list[_Worker], on_result: Callable[[TestResult], None]) -> None:
        while True:
            for w in workers:
                if w.ready and w.current is None and queue:
                    w.assign(queue.popleft(), self.timeout)
            pending = [w for w in workers if w.current is not None or not w.ready]
            if not pending:
                return
            now = time.monotonic()
            busy = [w for w in pending if w.current is not None]
            wait_for = max(0.0, min(w.deadline for w in busy) - now) if busy else None
            ready = wait([w.conn for w in pending], wait_for)
            for w in list(pending):
                if w.conn in ready:
                    self._receive(workers, w, on_result)
            now = time.monotonic()
            for w in list(workers):
                if w.current is not None and now >= w.deadline:
                    on_result(TestResult(w.current, FAIL, f"timeout ({self.timeout:g} s)", now - w.started))
                    w.current = None
                    self._replace(workers, w, kill=True)

    def _receive(self, workers: list[_Worker], w: _Worker, on_result: Callable[[TestResult], None]) -> None:
        try:
            kind, payload = w.conn.recv()
        except (EOFError, OSError):
            reason = w.exit_description()
            if w.current is None:
                raise RunnerError(f"a worker died before running any test: {reason}") from None
            on_result(TestResult(w.current, FAIL, reason, time.monotonic() - w.started))
            w.current = None
            self._replace(workers, w, kill=True)
            return
        if kind == "fatal":
            raise RunnerError(str(payload))
        if kind == "ready":
            w.ready = True
            return
        data: dict[str, Any] = payload
        on_result(TestResult(**data))
        w.current = None
        w.done += 1
        if kind == "result-restart" or (self.config.max_tests and w.done >= self.config.max_tests):
            self._replace(workers, w, kill=False)


def run_serial(config: WorkerConfig, names: Iterable[str], on_result: Callable[[TestResult], None]) -> None:
    """Run in this process (``-j 0``): no timeouts, for debugging."""
    from .engines import make_engine
    from .executor import Executor

    engine = make_engine(config.engine)
    executor = Executor(engine, config.test262_dir, can_block=config.can_block)
    try:
        for name in names:
            on_result(executor.run_file(name))
    finally:
        engine.close()
    sys.stdout.flush()
