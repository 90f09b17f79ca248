"""An asyncio service that runs untrusted JavaScript plug-ins, each call under its own time limit.

Each plug-in is JS source defining ``async function handle(request)``; it runs in a context of
its own (its globals cannot reach another plug-in's) and sees only what the service hands it:
``lookup(key)``, a Python coroutine function (so ``await lookup('x')`` in JS awaits Python), and
``log(...)``. Every request is served by calling the plug-in's ``handle`` with a per-call
``timeout`` (JS runs on the event loop's thread: this limit is what keeps one plug-in from
stalling the others), then awaiting the promise it returns within a deadline, while other
requests keep being served on the same event loop. A plug-in that loops forever, waits too long
or throws costs one failed request, nothing more.

Run it with ``python examples/plugins.py``; it prints one JSON line per request.
"""
from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

import pyjsvm as vm

PLUGINS = {
    "greeter": """
        async function handle(request) {
            const name = await lookup('name:' + request.user);
            return { text: `Hello, ${name ?? request.user}!`, at: new Date(0) };
        }""",
    "summer": """
        async function handle(request) {
            let total = 0n;
            for (const n of request.numbers) total += BigInt(n);
            log('summed', request.numbers.length, 'numbers');
            return { total, count: request.numbers.length };
        }""",
    "spinner": """
        async function handle(request) { for (;;) {} }""",
    "sleeper": """
        async function handle(request) { await lookup('slow'); return 'too late'; }""",
    "thrower": """
        async function handle(request) { throw new TypeError('bad request: ' + JSON.stringify(request)); }""",
}

DATA = {"name:ada": "Ada Lovelace"}


@dataclass
class Plugin:
    """One loaded plug-in: its context and its ``handle`` function."""

    name: str
    context: vm.ContextObject
    handle: vm.JSFunctionProxy
    logs: list[str] = field(default_factory=list)


async def lookup(key: str) -> str | None:
    """The service's data source, called from JS (``await lookup(key)``)."""
    await asyncio.sleep(5.0 if key == "slow" else 0.01)
    return DATA.get(key)


def load(name: str, source: str) -> Plugin:
    """Compile a plug-in into a fresh context (at most 100 ms for its top-level code)."""
    context = vm.create_context(name=f"plugin:{name}")
    plugin_logs: list[str] = []
    context["lookup"] = lookup
    context["log"] = lambda *parts: plugin_logs.append(" ".join(map(str, parts)))
    vm.run_in_context(source, context, filename=f"{name}.js", timeout=100)
    handle = context.get("handle")
    if not isinstance(handle, vm.JSFunctionProxy):
        raise TypeError(f"plug-in {name} defines no handle() function")
    return Plugin(name, context, handle, plugin_logs)


async def serve(plugin: Plugin, request: dict[str, Any], cpu_ms: int = 100, deadline_ms: int = 1000) -> dict[str, Any]:
    """Answer one request with ``plugin``: the call may run JS for ``cpu_ms``, the whole answer
    (JS jobs and the Python awaits they wait for) must come within ``deadline_ms``."""
    started = time.monotonic()
    try:
        result = plugin.handle(request, timeout=cpu_ms)   # runs JS; raises JSError past cpu_ms
        if isinstance(result, vm.JSPromiseProxy):
            left = max(1, deadline_ms - int((time.monotonic() - started) * 1000))
            result = await result.wait(timeout=left)
        answer = json.loads(json.dumps(result, default=vm.json_default))
        return {"plugin": plugin.name, "ok": True, "result": answer}
    except vm.JSError as e:
        return {"plugin": plugin.name, "ok": False, "error": f"{e.name}: {e.message}", "code": e.code}
    except TimeoutError:
        return {"plugin": plugin.name, "ok": False, "error": "timed out waiting", "code": "TIMEOUT"}


async def main() -> list[dict[str, Any]]:
    plugins = {name: load(name, source) for name, source in PLUGINS.items()}
    requests: list[tuple[str, dict[str, Any]]] = [
        ("greeter", {"user": "ada"}),
        ("greeter", {"user": "bob"}),
        ("summer", {"numbers": [str(2 ** 60), str(2 ** 60), "1"]}),  # ints past 2**53 would be refused
        ("spinner", {}),
        ("sleeper", {}),
        ("thrower", {"x": 1}),
    ]
    answers = await asyncio.gather(*(serve(plugins[name], request) for name, request in requests))
    for answer in answers:
        print(json.dumps(answer))
    print(json.dumps({"logs": plugins["summer"].logs}))
    return list(answers)


if __name__ == "__main__":
    asyncio.run(main())
