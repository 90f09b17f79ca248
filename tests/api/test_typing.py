"""The public API is typed: ``py.typed`` ships, ``mypy --strict`` is clean on ``pyjsvm/api`` and
``pyjsvm/errors.py``, and a small user program type-checks strictly against the API (and a wrong
use of it does not)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_PROGRAM = '''
from typing import Any
import pyjsvm as vm

context: vm.ContextObject = vm.create_context()
mine: dict[str, Any] = vm.create_context({"x": 2})
result: vm.JSValue = vm.run_in_context("x += 40", mine, timeout=100)
script = vm.Script("count += 1", filename="counter.js")
script.run_in_context(context)
add: vm.JSFunctionProxy = vm.compile_function("return a + b", ["a", "b"])
total = add(1, 2)
plain: vm.JSObjectProxy = vm.create_context(vm.constants.DONT_CONTEXTIFY)
try:
    vm.run_in_new_context("null.x")
except vm.JSError as e:
    message: str = e.message
    code: str | None = e.code
except vm.PyjsvmError:
    pass
if isinstance(result, int):
    print(result + 1)
'''


# A plug-in host as a user would write it: contexts, calls with timeouts, promises awaited from
# asyncio and settled synchronously, conversions, modules.
PLUGIN_PROGRAM = '''
import asyncio
import datetime
import json
from typing import Any

import pyjsvm as vm


async def lookup(key: str) -> str | None:
    await asyncio.sleep(0)
    return {"a": "b"}.get(key)


def load(source: str) -> tuple[vm.ContextObject, vm.JSFunctionProxy]:
    ctx = vm.create_context(name="plugin")
    ctx["lookup"] = lookup
    vm.run_in_context(source, ctx, timeout=100)
    handle = ctx.get("handle")
    if not isinstance(handle, vm.JSFunctionProxy):
        raise TypeError("no handle()")
    return ctx, handle


async def serve(handle: vm.JSFunctionProxy, request: dict[str, Any]) -> str:
    result: vm.JSValue = handle(request, this=vm.undefined, timeout=100)
    if isinstance(result, vm.JSPromiseProxy):
        result = await result.wait(timeout=500)
    return json.dumps(result, default=vm.json_default)


def main() -> None:
    _, handle = load("async function handle(r) { return {v: r.k ? await lookup(r.k) : null, n: 2n, at: new Date(0)}; }")
    print(asyncio.run(serve(handle, {"k": "a"})))
    value = vm.call(handle, {}, timeout=50)
    if isinstance(value, vm.JSPromiseProxy):
        settled: vm.JSValue = value.result(timeout=50)
        state: str = value.state
        print(settled, state, value.done())
    big = vm.BigInt(2 ** 64)
    when: vm.JSValue = vm.run_in_new_context("new Date(0)")
    if isinstance(when, datetime.datetime):
        print(when.isoformat(), big)
    obj = vm.run_in_new_context("({a: [1, 2]})")
    if isinstance(obj, vm.JSObjectProxy):
        plain: vm.PythonData = obj.to_python(timeout=100)
        if isinstance(plain, dict):
            print(plain["a"], len(plain))
        print(plain, vm.to_python(obj, timeout=100), repr(obj))
        obj.setdefault("b", 3)
        count: vm.JSValue | int = obj.pop("missing", 0)
        removed: vm.JSValue = obj.pop("b")
        print(count, removed)
    try:
        vm.run_in_new_context("throw {reason: 'bad'}")
    except vm.JSError as e:
        thrown: vm.JSValue = e.value
        if isinstance(thrown, vm.JSObjectProxy):
            print(thrown["reason"])
    module = vm.SourceTextModule("export const x = 1;")
    module.link(lambda specifier, referrer, extra: None).result()
    module.evaluate(timeout=100).result(timeout=100)


if __name__ == "__main__":
    main()
'''


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "MYPYPATH": str(ROOT)})


def test_py_typed_ships() -> None:
    assert (ROOT / "pyjsvm" / "py.typed").exists()
    assert "py.typed" in (ROOT / "pyproject.toml").read_text()


def test_api_and_errors_are_strictly_typed() -> None:
    r = mypy("--strict", "--follow-imports=silent", "pyjsvm/api", "pyjsvm/errors.py")
    assert r.returncode == 0, r.stdout


@pytest.mark.parametrize("program, ok", [
    (USER_PROGRAM, True),
    (PLUGIN_PROGRAM, True),
    # Results are JSValue, not Any: using one as a str without narrowing is an error.
    (PLUGIN_PROGRAM + "\nfn = vm.run_in_new_context('(x => x)')\nassert isinstance(fn, vm.JSFunctionProxy)\n"
     "text: str = fn(1, timeout=10)\n", False),
    (PLUGIN_PROGRAM + "\np = vm.run_in_new_context('Promise.resolve(1)')\nassert isinstance(p, vm.JSPromiseProxy)\n"
     "n: int = p.result()\n", False),
    # JSError.value, pop, setdefault and to_python() are typed too: not Any.
    (PLUGIN_PROGRAM + "\ntry:\n    vm.run_in_new_context('throw 1')\nexcept vm.JSError as e:\n    bad: str = e.value\n", False),
    (PLUGIN_PROGRAM + "\no = vm.run_in_new_context('({a: 1})')\nassert isinstance(o, vm.JSObjectProxy)\n"
     "bad: str = o.pop('a')\n", False),
    (PLUGIN_PROGRAM + "\no = vm.run_in_new_context('({a: 1})')\nassert isinstance(o, vm.JSObjectProxy)\n"
     "bad: str = o.setdefault('a', 'x')\n", False),
    (PLUGIN_PROGRAM + "\no = vm.run_in_new_context('({a: 1})')\nassert isinstance(o, vm.JSObjectProxy)\n"
     "bad: dict[str, int] = o.to_python()\n", False),
    (PLUGIN_PROGRAM + "\nbad: str = vm.to_python(vm.run_in_new_context('1'))\n", False),
    # A wrong use: a run result is not known to be a str.
    (USER_PROGRAM + "\nwrong: str = vm.run_in_new_context('1')\n", False),
])
def test_user_program_type_checks(tmp_path: Path, program: str, ok: bool) -> None:
    path = tmp_path / "user_program.py"
    path.write_text(textwrap.dedent(program))
    r = mypy("--strict", "--follow-imports=silent", str(path))
    assert (r.returncode == 0) == ok, r.stdout


def test_the_plugin_program_runs(tmp_path: Path) -> None:
    path = tmp_path / "plugin_program.py"
    path.write_text(PLUGIN_PROGRAM)
    r = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == '{"v": "b", "n": 2, "at": "1970-01-01T00:00:00.000Z"}'


def test_the_examples_type_check_strictly() -> None:
    r = mypy("--strict", "--follow-imports=silent", "examples/contexts.py", "examples/plugins.py")
    assert r.returncode == 0, r.stdout
