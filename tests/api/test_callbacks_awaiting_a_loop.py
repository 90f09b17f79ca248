"""A linker or dynamic-import callback may return an awaitable that completes without waiting
on an event loop (pyjsvm drives it synchronously); one that waits on an event loop's future
gets a clear VMError (ERR_VM_MODULE_LINK_FAILURE), never asyncio's "await wasn't used with
future" RuntimeError."""
from __future__ import annotations

import asyncio

import pytest

import pyjsvm as vm


def _dep() -> vm.SyntheticModule:
    dep = vm.SyntheticModule(["v"], lambda: dep.set_export("v", "async"))
    return dep


def test_an_awaitable_that_needs_no_loop_links() -> None:
    async def linker(spec: str, ref: object, extra: object) -> vm.Module:
        await asyncio.sleep(0)  # yields None: no loop needed
        return _dep()

    root = vm.SourceTextModule("import { v } from 'dep'; export default v")
    root.link(linker).result()
    root.evaluate().result()
    assert root.namespace["default"] == "async"


def test_a_linker_that_awaits_a_loop_gets_a_clear_error() -> None:
    async def linker(spec: str, ref: object, extra: object) -> vm.Module:
        await asyncio.sleep(0.01)
        return _dep()

    async def main() -> None:
        root = vm.SourceTextModule("import { v } from 'dep'; export default v")
        with pytest.raises(vm.VMError) as info:
            await root.link(linker)
        assert info.value.code == "ERR_VM_MODULE_LINK_FAILURE" and "event loop" in info.value.message

    asyncio.run(main())


def test_an_import_callback_that_awaits_a_loop_rejects_the_import() -> None:
    async def imp(spec: str, ref: object, attrs: object) -> vm.Module:
        await asyncio.sleep(0.01)
        return _dep()

    async def main() -> str:
        s = vm.Script("import('x').then(() => 'ok', e => e.code + ' ' + e.message)", import_module_dynamically=imp)
        return str(await s.run_in_this_context())

    out = asyncio.run(main())
    assert out.startswith("ERR_VM_MODULE_LINK_FAILURE") and "event loop" in out
