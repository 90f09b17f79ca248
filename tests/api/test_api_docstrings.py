"""Every public class and function of ``pyjsvm`` has a docstring with a short example, and every
example runs as shown (doctest), so the reference page generated from them cannot go stale."""
from __future__ import annotations

import doctest
import inspect
from typing import Any

import pytest

import pyjsvm

# Type aliases (no docstring of their own; documented in the module docstrings) and the
# ``undefined`` singleton (its class ``Undefined`` carries the example).
NO_EXAMPLE = {"JSValue", "PythonData", "Context", "CachedData", "ImportModuleDynamically", "undefined"}


def public_objects() -> list[tuple[str, Any]]:
    return [(name, getattr(pyjsvm, name)) for name in pyjsvm.__all__ if name not in NO_EXAMPLE]


@pytest.mark.parametrize("name, obj", public_objects())
def test_public_name_has_an_example(name: str, obj: Any) -> None:
    doc = inspect.getdoc(obj) or ""
    assert ">>>" in doc, f"pyjsvm.{name} has no example in its docstring"
    assert "later issue" not in doc


def examples() -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(recurse=True)
    tests: dict[str, doctest.DocTest] = {}
    for name, obj in public_objects():
        for t in finder.find(obj, f"pyjsvm.{name}", globs={}):
            if t.examples:
                tests[t.name] = t
    tests.update({t.name: t for t in finder.find(pyjsvm, "pyjsvm", globs={}) if t.examples})
    return sorted(tests.values(), key=lambda t: t.name)


@pytest.mark.parametrize("test", examples(), ids=lambda t: t.name)
def test_docstring_example_runs(test: doctest.DocTest) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)
