"""pyjsvm: a JavaScript engine in pure Python with Node's ``vm`` API in snake_case.

    import pyjsvm as vm
    context = vm.create_context({'x': 2})
    vm.run_in_context('x += 40; var y = 17;', context)
    assert context['x'] == 42 and context['y'] == 17

This module only re-exports the public API (``pyjsvm.api``, ``pyjsvm.errors``); the package is typed
(``py.typed``): results are ``JSValue`` (deep copies ``PythonData``), every exception derives from ``PyjsvmError``.
"""
from pyjsvm.api.convert import (
    BigInt, JSArrayProxy, JSFunctionProxy, JSObjectProxy, JSPromiseProxy, JSValue, PythonData, Undefined,
    undefined,
)
from pyjsvm.api.helpers import call, json_default, to_python
from pyjsvm.errors import JSError, PyjsvmError, VMError, VMRangeError, VMTypeError
from pyjsvm.api.modules import Module, ModulePromise, ModuleRequest, SourceTextModule, SyntheticModule
from pyjsvm.api.vm import (
    CachedData, Context, ContextObject, ImportModuleDynamically, Script, compile_function, constants, create_context, is_context,
    measure_memory, release_context,
    run_in_context, run_in_new_context, run_in_this_context,
)

__all__ = [
    "Script", "create_context", "is_context", "run_in_context", "run_in_new_context", "run_in_this_context",
    "compile_function", "constants", "release_context", "ContextObject", "JSError", "VMTypeError",
    "VMRangeError", "Module", "SourceTextModule", "SyntheticModule", "ModuleRequest", "ModulePromise", "VMError",
    "undefined", "Undefined", "JSObjectProxy", "JSArrayProxy", "JSFunctionProxy", "PyjsvmError", "JSValue",
    "Context", "CachedData", "ImportModuleDynamically", "measure_memory",
    "BigInt", "JSPromiseProxy", "call", "to_python", "json_default", "PythonData",
]
