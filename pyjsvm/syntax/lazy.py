"""NON-SPEC: ``LazyModule``, a module of the package imported on its first use rather than at
start-up (what ``import pyjsvm`` loads is what every process pays for). Declared at module level
with the module's full name as a literal, so that tests/test_layers.py checks it against the
layers like any import."""
from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for the module ``name``; reading an attribute imports it (once)."""

    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = import_module(self._name)
        return getattr(module, attr)

    def loaded(self) -> ModuleType | None:
        """The module if something imported it already, else None (without importing it): a
        built-in's classes have no instances before its module is loaded."""
        module = self._module
        if module is None:
            module = self._module = sys.modules.get(self._name)
        return module
