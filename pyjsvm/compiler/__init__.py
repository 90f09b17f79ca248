"""Layer 4, compiler: from analysed source to executable code. Each function body is compiled once,
into Python source compiled by CPython (``emit.py``: every generator, async function and module
body with a top-level await, plain code with a loop, and plain code that got hot) or into a tree
of Python closures (the closure tier: plain code until its TIER_UP_CALLS-th call, or always with
``PYJSVM_EMIT=0``; see ``emit.plain_tier``); ``engine.py`` holds the entry points (eval_script, ...).

``Compiler`` combines the mixins: expressions, statements, functions, classes and modules.
Evaluating a closure never dispatches on the node type again.

May import from errors, syntax, regexp and runtime; never from intrinsics, modules, api or host."""
from __future__ import annotations

from typing import Any

from pyjsvm.compiler.core import Closure, CompileContext
from pyjsvm.compiler.classes import ClassCompiler
from pyjsvm.compiler.functions import FunctionCompiler
from pyjsvm.compiler.module_code import ModuleCompiler


class Compiler(ModuleCompiler, ClassCompiler, FunctionCompiler):
    """Compiles the nodes of one source text."""

    def __init__(self, ctx: CompileContext, line_offset: int = 0, column_offset: int = 0) -> None:
        self.ctx = ctx
        self.line_offset = line_offset
        self.column_offset = column_offset
        # NON-SPEC: the names each function-like subtree mentions (emit._all_names), by node id,
        # so that nested functions are walked once, not once per enclosing function
        self.names_cache: dict[int, tuple[Any, set[str], bool]] = {}
        # NON-SPEC: the function nodes whose emission failed (emit.emit_function_code), by id
        self.emit_declined: dict[int, Any] = {}

    # --- features arriving with later issues -----------------------------------------------------
    def unsupported(self, node: Any, what: str) -> Any:
        raise self.error(node, f"{what} are not supported yet")

    def e_MetaProperty(self, node: Any) -> Closure:
        if node.meta.name == "new" and node.property.name == "target":
            s = self.this_scope()
            depth = self.depth_to(s)

            def new_target(env: Any) -> Any:
                for _ in range(depth):
                    env = env.parent
                return env.new_target if s.kind == "function" else None
            return new_target
        return self.import_meta(node)



__all__ = ["Compiler", "CompileContext"]
