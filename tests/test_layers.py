"""The package's layers: each imports only from the layers before it (CONTRIBUTING.md, "Layers").

Every ``import`` / ``from ... import`` of a pyjsvm module is checked, at module level and inside
functions alike, and so is every ``LazyModule("pyjsvm...")`` (an import made on first use); only
imports under ``if TYPE_CHECKING:`` are exempt (they never run)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pyjsvm"

# In the order data flows; a module may import from its own layer and the layers before it.
LAYERS = ["errors", "syntax", "regexp", "runtime", "compiler", "intrinsics", "modules", "api", "host"]


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "pyjsvm":
        return None
    if len(parts) == 1 or parts[1] == "__main__":  # (``python -m pyjsvm``: the command)
        return "top"
    return parts[1] if parts[1] in LAYERS else None


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def _is_lazy_module(node: ast.AST) -> bool:
    """``LazyModule("pyjsvm.x.y")`` (pyjsvm.syntax.lazy): an import made on first use, checked
    like any other."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "LazyModule" \
        and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)


def _imports(tree: ast.AST) -> list[tuple[int, str, bool, tuple[str, ...]]]:
    """(line, imported module, inside a function, names imported from it) of every import that
    can run (not under ``if TYPE_CHECKING``)."""
    found: list[tuple[int, str, bool, tuple[str, ...]]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    visit(sub, in_function)
                continue
            if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.append((child.lineno, child.module, in_function, tuple(a.name for a in child.names)))
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    found.append((child.lineno, alias.name, in_function, ()))
            elif _is_lazy_module(child):
                found.append((child.lineno, child.args[0].value, in_function, ()))  # type: ignore[attr-defined]
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))
    visit(tree, False)
    return found


def runtime_imports(tree: ast.AST) -> list[tuple[int, str, bool]]:
    """(line, imported module, inside a function) of every import that can run."""
    found: list[tuple[int, str, bool]] = []
    for line, module, in_function, names in _imports(tree):
        found.append((line, module, in_function))
        if module == "pyjsvm":  # ``from pyjsvm import errors`` names a layer
            found.extend((line, f"pyjsvm.{name}", in_function) for name in names)
    return found


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def violations() -> list[str]:
    out = []
    for path in all_modules():
        me = layer_of(module_name(path))
        if me not in LAYERS:
            continue
        for line, target, _ in runtime_imports(ast.parse(path.read_text(), str(path))):
            other = layer_of(target)
            if other == "top" or (other in LAYERS and LAYERS.index(other) > LAYERS.index(me)):
                out.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {me} imports {target} ({other})")
    return out


def test_every_module_belongs_to_a_layer() -> None:
    stray = [str(p.relative_to(PACKAGE.parent)) for p in all_modules()
             if layer_of(module_name(p)) not in (*LAYERS, "top")]
    assert stray == []


def test_no_import_goes_against_the_layers() -> None:
    assert violations() == []


def test_errors_is_a_leaf() -> None:
    tree = ast.parse((PACKAGE / "errors.py").read_text())
    assert [m for _, m, _ in runtime_imports(tree) if m.startswith("pyjsvm")] == []


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    """The checker itself: an upward import inside a function is found, a TYPE_CHECKING one is not."""
    src = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pyjsvm.api.vm import Script\n"
           "def f():\n    from pyjsvm.intrinsics import array\n")
    found = runtime_imports(ast.parse(src))
    assert [(m, f) for _, m, f in found if m.startswith("pyjsvm")] == [("pyjsvm.intrinsics", True)]
    lazy = runtime_imports(ast.parse('_m = LazyModule("pyjsvm.api.vm")\ndef f():\n    LazyModule("pyjsvm.host")\n'))
    assert [(m, f) for _, m, f in lazy] == [("pyjsvm.api.vm", False), ("pyjsvm.host", True)]
    assert layer_of("pyjsvm.intrinsics.array") == "intrinsics"


@pytest.mark.parametrize("layer", LAYERS[1:])
def test_layer_package_says_what_it_may_import(layer: str) -> None:
    doc = ast.get_docstring(ast.parse((PACKAGE / layer / "__init__.py").read_text()))
    assert doc and "import" in doc


def _module_paths() -> dict[str, Path]:
    return {module_name(p): p for p in all_modules()}


def import_graph() -> dict[str, set[str]]:
    """Module -> the pyjsvm modules it imports when it runs (``from pkg import mod`` names the
    submodule ``pkg.mod``; a parent package is not an edge of its own)."""
    known = _module_paths()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        edges: set[str] = set()
        for _, target, _, names in _imports(ast.parse(path.read_text(), str(path))):
            if target not in known:
                continue
            subs = {f"{target}.{n}" for n in names} & known.keys()
            edges |= subs or {target}
        edges.discard(name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strongconnect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return out


def test_no_import_cycles() -> None:
    """No two pyjsvm modules (package ``__init__`` files included) import each other, directly
    or through others."""
    assert cycles(import_graph()) == []


def test_no_pyjsvm_import_inside_a_function() -> None:
    """Imports inside functions were how cycles hid; none is left."""
    found = []
    for path in all_modules():
        for line, target, in_function in runtime_imports(ast.parse(path.read_text(), str(path))):
            if in_function and target.startswith("pyjsvm"):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {target}")
    assert found == []


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
