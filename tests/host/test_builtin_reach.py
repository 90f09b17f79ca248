"""The built-in modules that reach the host's network and async machinery (node:async_hooks,
node:net, node:http) exist only for the ``pyjsvm`` command and the contexts a host gives
``require`` to: a plain ``vm.run_in_new_context`` has no ``require``, no ``process`` and no
``import()`` of them, and neither has a context that a program makes with ``node:vm``."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from tests.host.conftest import run_pyjsvm

MODULES = ["async_hooks", "net", "http"]


@pytest.mark.parametrize("name", MODULES)
def test_plain_context_cannot_reach(name: str) -> None:
    probe = ("[typeof require, typeof process, typeof module, "
             "this.constructor.constructor('return typeof require')()].join()")
    assert vm.run_in_new_context(probe) == "undefined,undefined,undefined,undefined"
    p = vm.run_in_new_context(f"import('node:{name}').then(() => 'loaded', e => e.name + ': ' + e.message)")
    assert p.result(timeout=5000) == "TypeError: A dynamic import callback was not specified."


@pytest.mark.parametrize("name", MODULES)
def test_command_has_it_but_its_vm_contexts_do_not(name: str) -> None:
    src = (f"const m = require('node:{name}'); console.log(typeof m, Object.keys(m).length > 3);"
           "const vm = require('vm');"
           "console.log(vm.runInNewContext('typeof require + typeof process'));"
           f"vm.runInNewContext(\"import('node:{name}')\").then(() => console.log('loaded'), e => console.log(e.code));")
    r = run_pyjsvm("-e", src)
    assert r.stdout == "object true\nundefinedundefined\nERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING\n", r.stderr
