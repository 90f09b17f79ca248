"""``examples/plugins.py``: the asyncio plug-in service answers the good plug-ins, and the
spinning, sleeping and throwing ones each cost one failed request, within their limits."""
from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plugins.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("plugins_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["plugins_example"] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["plugins_example"]
    return module


def test_plugin_service() -> None:
    example = load_example()
    t0 = time.monotonic()
    answers = asyncio.run(example.main())
    elapsed = time.monotonic() - t0
    by_plugin: dict[str, list[dict[str, Any]]] = {}
    for a in answers:
        by_plugin.setdefault(str(a["plugin"]), []).append(a)
    greetings = sorted(a["result"]["text"] for a in by_plugin["greeter"])
    assert greetings == ["Hello, Ada Lovelace!", "Hello, bob!"]
    assert by_plugin["greeter"][0]["result"]["at"] == "1970-01-01T00:00:00.000Z"
    assert by_plugin["summer"][0]["result"] == {"total": 2 * 2 ** 60 + 1, "count": 3}
    assert by_plugin["spinner"][0]["code"] == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert by_plugin["sleeper"][0]["code"] == "TIMEOUT"
    assert by_plugin["thrower"][0]["error"] == 'TypeError: bad request: {"x":1}'
    # one deadline (1 s) at most, not the sleeper's 5 s nor a spinner's forever
    assert elapsed < 4.0


def test_a_plugin_without_handle_is_refused() -> None:
    example = load_example()
    try:
        example.load("empty", "var x = 1;")
    except TypeError as e:
        assert "handle" in str(e)
    else:
        raise AssertionError("loaded a plug-in without handle()")
