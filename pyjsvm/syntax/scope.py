"""Scope analysis: one pass per function collecting what FunctionDeclarationInstantiation
(sec-functiondeclarationinstantiation) and GlobalDeclarationInstantiation need -- var names,
function declarations to initialise, lexical declarations, parameters, strictness -- and the
facts that decide how names are resolved: direct ``eval``, ``with``, ``arguments``, ``this``.

``Scope`` is the compile-time picture of one runtime environment; names in it get slot indices.
"""
from __future__ import annotations

from typing import Any, Iterator

from pyjsvm.syntax.parse import children, poll
from pyjsvm.syntax.constant_literals import is_constant_literal
from pyjsvm.syntax.tree import LazyBody

FUNCTION_TYPES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


def bound_names(pattern: Any) -> list[str]:
    """BoundNames (sec-static-semantics-boundnames) of a binding pattern or identifier."""
    if pattern is None:
        return []
    t = pattern.type
    if t == "Identifier":
        return [pattern.name]
    if t == "ObjectPattern":
        out: list[str] = []
        for p in pattern.properties:
            if p.type == "RestElement":
                out += bound_names(p.argument)
            else:
                out += bound_names(p.value)
        return out
    if t == "ArrayPattern":
        out = []
        for e in pattern.elements:
            if e is not None:
                out += bound_names(e)
        return out
    if t == "AssignmentPattern":
        return bound_names(pattern.left)
    if t == "RestElement":
        return bound_names(pattern.argument)
    return []


def is_strict_body(body: list[Any]) -> bool:
    """Whether a directive prologue contains "use strict" (sec-directive-prologues-and-the-use-strict-directive)."""
    for stmt in body:
        d = getattr(stmt, "directive", None)
        if stmt.type != "ExpressionStatement" or d is None:
            return False
        raw = stmt.expression.raw if stmt.expression.type == "Literal" else ""
        if raw[1:-1] == "use strict":
            return True
    return False


class FunctionInfo:
    """What the analysis pass learned about one function body (or script / eval code)."""

    def __init__(self) -> None:
        self.var_names: list[str] = []          # VarDeclaredNames, in order, no duplicates
        self.func_decls: list[Any] = []          # functions to initialise (last one per name wins)
        self.lex_decls: list[tuple[str, bool]] = []  # (name, is_const) of top-level lexical decls
        self.has_direct_eval = False
        self.has_with = False
        self.uses_arguments = False
        # NON-SPEC: ``f.apply(x, arguments)`` calls (is_apply_arguments_call), not counted in
        # uses_arguments: the compiler may pass the argument list through without an object
        self.apply_arguments = False
        # NON-SPEC: ``arguments`` used otherwise than as the object of a member expression
        # (``arguments.length``, ``arguments[i]``) or the list of such an apply call (an arrow's
        # or a direct eval's use included); where not, the emitted code may make the object
        # only when a use needs it (compiler/emit.py, FunctionEmitter ``pass_args``)
        self.bare_arguments = False
        self.uses_this = False                   # this, super or new.target (also in arrows)
        self.strict = False
        self.annexb_funcs: list[Any] = []        # block-level functions hoisted as vars (Annex B)
        # NON-SPEC: a for/while/do-while/for-in/for-of statement in the body (not in nested
        # functions): such a body runs hot on its first call (compiler/emit.py ``plain_tier``)
        self.has_loop = False


_LOOPS = frozenset(("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"))


def _add_var(info: FunctionInfo, name: str, seen: set[str]) -> None:
    if name not in seen:
        seen.add(name)
        info.var_names.append(name)


class _ExpressionBody:
    """An arrow's expression body seen as a statement, for ``analyze_body``."""

    type = "ExpressionStatement"
    directive = None

    def __init__(self, expression: Any) -> None:
        self.expression = expression


def arrow_facts(node: Any, strict: bool) -> tuple[bool, bool, bool]:
    """(uses this, uses arguments, has direct eval) of an arrow function, which its enclosing
    function inherits. Computed once per arrow and kept on its node: a function analyses the
    arrows nested in it, and each of those is analysed again when it is compiled, so without
    the memo nested arrows would cost quadratic time (``x=>x=>...``)."""
    facts = getattr(node, "_arrow_facts", None)
    if facts is None:
        body = node.body.body if node.body.type == "BlockStatement" else [_ExpressionBody(node.body)]
        sub = analyze_body(body, strict, node.params, True)
        facts = node._arrow_facts = (sub.uses_this, sub.uses_arguments, sub.has_direct_eval)
    return facts  # type: ignore[no-any-return]


def is_apply_arguments_call(node: Any) -> bool:
    """NON-SPEC: whether ``node`` is a call ``<expr>.apply(<expr>, arguments)``."""
    if node.type != "CallExpression" or getattr(node, "optional", False) or len(node.arguments) != 2:
        return False
    callee, (this_arg, args) = node.callee, node.arguments
    return (callee.type == "MemberExpression" and not callee.computed and not getattr(callee, "optional", False)
            and callee.property.type == "Identifier" and callee.property.name == "apply"
            and callee.object.type != "Super" and this_arg.type != "SpreadElement"
            and args.type == "Identifier" and args.name == "arguments")


def analyze_body(body: list[Any], strict: bool, params: list[Any] | None = None,
                 is_arrow: bool = False, top_level_lexical: bool = True) -> FunctionInfo:
    """Collect declarations of a function body / script / eval body (not nested functions)."""
    info = FunctionInfo()
    info.strict = strict or is_strict_body(body)
    seen: set[str] = set()
    funcs: dict[str, Any] = {}
    in_arrow = [is_arrow]  # inside an arrow, `arguments` is the enclosing function's
    # B.3.2.1: the blocks (and loop heads, switch case blocks, destructuring catch clauses)
    # around the statement being visited: their lexical names, and their function declarations
    enclosing: list[tuple[set[str], dict[str, list[Any]]]] = []

    def block_names(stmts: list[Any]) -> tuple[set[str], dict[str, list[Any]]]:
        lex: set[str] = set()
        fns: dict[str, list[Any]] = {}
        for st in stmts:
            if st.type == "VariableDeclaration" and st.kind != "var":
                for d in st.declarations:
                    lex.update(bound_names(d.id))
            elif st.type == "ClassDeclaration":
                lex.add(st.id.name)
            elif labelled_item(st).type == "FunctionDeclaration":
                fn = labelled_item(st)
                fns.setdefault(fn.id.name, []).append(fn)
        return lex, fns

    def hoistable(fn: Any) -> bool:
        """B.3.2.1: replacing the declaration with ``var`` would not produce an early error:
        no enclosing block has a lexical declaration of that name (the function's own block
        may have other function declarations of it, B.3.2.4)."""
        name = fn.id.name
        for lex, fns in enclosing:
            if name in lex or (name in fns and fn not in fns[name]):
                return False
        return True

    def visit_scoped(node: Any, names: tuple[set[str], dict[str, list[Any]]]) -> None:
        enclosing.append(names)
        try:
            for c in children(node):
                if c.type.endswith("Statement") or c.type.endswith("Declaration") or c.type in ("SwitchCase", "CatchClause"):
                    visit_stmt(c, False)
                else:
                    visit_expr(c)
        finally:
            enclosing.pop()

    def visit_stmt(node: Any, top: bool) -> None:
        poll()  # a run's timeout holds during the analysis too
        t = node.type
        if t in _LOOPS:
            info.has_loop = True
        if t == "BlockStatement" or t == "StaticBlock":
            visit_scoped(node, block_names(node.body))
            return
        if t == "SwitchStatement":
            visit_scoped(node, block_names([st for c in node.cases for st in c.consequent]))
            return
        if t in ("ForStatement", "ForInStatement", "ForOfStatement"):
            head = node.init if t == "ForStatement" else node.left
            if head is not None and head.type == "VariableDeclaration" and head.kind != "var":
                visit_scoped(node, ({n for d in head.declarations for n in bound_names(d.id)}, {}))
                return
        if t == "CatchClause" and node.param is not None and node.param.type != "Identifier":
            # B.3.4: only a simple catch parameter may share its name with a var
            visit_scoped(node, (set(bound_names(node.param)), {}))
            return
        if t == "VariableDeclaration":
            if node.kind == "var":
                for d in node.declarations:
                    for n in bound_names(d.id):
                        _add_var(info, n, seen)
            elif top and top_level_lexical:
                for d in node.declarations:
                    for n in bound_names(d.id):
                        info.lex_decls.append((n, node.kind == "const"))
            for d in node.declarations:
                visit_expr(d.id)
                if d.init is not None:
                    visit_expr(d.init)
            return
        if t == "FunctionDeclaration":
            if top:
                name = node.id.name
                _add_var(info, name, seen)
                funcs[name] = node
            else:
                if not info.strict and not node.generator and not node.isAsync and hoistable(node):
                    info.annexb_funcs.append(node)
            return
        if t == "ClassDeclaration":
            if top and top_level_lexical:
                info.lex_decls.append((node.id.name, False))
            visit_expr(node)
            return
        if t == "LabeledStatement" and labelled_item(node).type == "FunctionDeclaration":
            # a labelled function declaration is declared as the declaration itself
            # (TopLevelVarScopedDeclarations, LexicallyScopedDeclarations of a LabelledItem)
            visit_stmt(labelled_item(node), top)
            return
        if t == "WithStatement":
            info.has_with = True
        for c in children(node):
            if c.type.endswith("Statement") or c.type.endswith("Declaration") or c.type in ("SwitchCase", "CatchClause"):
                visit_stmt(c, False)
            else:
                visit_expr(c)

    def visit_expr(node: Any) -> None:
        t = node.type
        if t == "Literal":  # (the most common leaf: nothing below it)
            return
        if (t == "ObjectExpression" or t == "ArrayExpression") and is_constant_literal(node):
            return  # (constants all the way down)
        if t == "Identifier":
            if node.name == "arguments":
                info.uses_arguments = True
                info.bare_arguments = True
            return
        if t == "MemberExpression" and node.object.type == "Identifier" and node.object.name == "arguments":
            info.uses_arguments = True
            if node.computed:
                visit_expr(node.property)
            return
        if t in ("ThisExpression", "Super"):
            info.uses_this = True
            return
        if t == "MetaProperty":
            info.uses_this = True
            return
        if t in ("FunctionExpression", "FunctionDeclaration"):
            return
        if t == "CallExpression" and not in_arrow[0] and is_apply_arguments_call(node):
            info.apply_arguments = True
            visit_expr(node.callee)
            visit_expr(node.arguments[0])
            return
        if t == "ArrowFunctionExpression":
            # arrows see the enclosing function's this/arguments/eval-introduced bindings
            if type(node.body) is LazyBody:  # decoded from cached data: its analysis came with it
                _, uses_this, uses_arguments, has_direct_eval = node.body.facts
                info.uses_this = info.uses_this or uses_this
                info.uses_arguments = info.uses_arguments or uses_arguments
                info.bare_arguments = info.bare_arguments or uses_arguments
                info.has_direct_eval = info.has_direct_eval or has_direct_eval
                return
            uses_this, uses_arguments, has_direct_eval = arrow_facts(node, info.strict)
            info.uses_this = info.uses_this or uses_this
            info.uses_arguments = info.uses_arguments or uses_arguments
            info.bare_arguments = info.bare_arguments or uses_arguments
            info.has_direct_eval = info.has_direct_eval or has_direct_eval
            return
        if t == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "eval":
            info.has_direct_eval = True
            info.uses_this = True
            info.uses_arguments = True
            info.bare_arguments = True
        if t in ("ClassDeclaration", "ClassExpression"):
            # class bodies are strict and their methods are functions; only heritage and
            # computed keys run in this scope
            if node.superClass is not None:
                visit_expr(node.superClass)
            for m in node.body.body:
                if getattr(m, "computed", False) and m.key is not None:
                    visit_expr(m.key)
                if m.type == "PropertyDefinition" and m.value is not None:
                    # field initialisers are functions, except for arguments (an early error)
                    pass
            return
        if t in ("Property", "MethodDefinition") and node.value is not None and node.value.type == "FunctionExpression" \
                and (getattr(node, "method", False) or node.kind in ("get", "set") or t == "MethodDefinition"):
            if node.computed:
                visit_expr(node.key)
            return
        for c in children(node):
            if c.type.endswith("Statement") and c.type != "ExpressionStatement":
                visit_stmt(c, False)
            else:
                visit_expr(c)

    if params:
        for p in params:
            visit_expr(p)
    for stmt in body:
        if stmt.type.endswith("Statement") or stmt.type.endswith("Declaration"):
            visit_stmt(stmt, True)
        else:
            visit_expr(stmt)
    info.func_decls = list(funcs.values())
    return info


def body_facts(fn: Any) -> tuple[bool, bool, bool, bool]:
    """What a function's header and the enclosing function's analysis need to know about the
    function's body (and parameters): whether it has a "use strict" directive, uses
    this/super/new.target, uses ``arguments``, contains a direct ``eval``."""
    body = fn.body
    if type(body) is LazyBody:
        return body.facts
    is_arrow = fn.type == "ArrowFunctionExpression"
    if body.type == "BlockStatement":
        stmts = body.body
        info = analyze_body(stmts, False, fn.params, is_arrow)
        return (is_strict_body(stmts), info.uses_this, info.uses_arguments or info.apply_arguments,
                info.has_direct_eval)
    info = analyze_body([body], False, fn.params, True)
    return False, info.uses_this, info.uses_arguments, info.has_direct_eval


def walk_functions(node: Any) -> Iterator[Any]:
    """Yield nested function nodes (not descending into them)."""
    for c in children(node):
        if c.type in FUNCTION_TYPES:
            yield c
        else:
            yield from walk_functions(c)


class Scope:
    """The compile-time picture of one runtime environment.

    kind: 'function' (a FunctionEnv), 'script' and 'eval' (FunctionEnv without a function),
    'block' and 'catch' (Env), 'with' (WithEnv). ``names`` maps each binding to its slot.
    ``lexical`` holds names needing a TDZ check; ``consts`` the immutable ones.
    ``dynamic_vars``: sloppy direct eval may add var bindings here at run time (FunctionEnv.extra).
    ``is_global``: var names of this scope live on the global object, not in slots.
    """

    def __init__(self, kind: str, parent: "Scope | None", strict: bool = False) -> None:
        self.kind = kind
        self.parent = parent
        # NON-SPEC: how many scopes enclose this one (the compiler's depth_to in one step: a walk
        # up per nested statement was quadratic, 40,000 nested with statements compiled in 30 s)
        self.level: int = 0 if parent is None else parent.level + 1
        self.names: dict[str, int] = {}
        self.lexical: set[str] = set()
        self.consts: set[str] = set()
        self.strict = strict
        self.dynamic_vars = False
        self.is_global = False
        self.info: FunctionInfo | None = None
        self.func_node: Any = None
        self.is_arrow = False
        self.fn_kind = "normal"          # normal, generator, async, asyncgenerator
        self.this_scope: Scope | None = None  # nearest non-arrow function/script scope
        self.funcname_binding: str | None = None  # a named function expression's own name
        # a function whose parameters have expressions: its parameters and ``arguments`` live in
        # an environment of their own (sec-functiondeclarationinstantiation step 20)
        self.has_param_env = False
        # NON-SPEC (speed): a let/const binding of this scope -> (its source text, the offset at
        # which its declaration has initialized it). A reference compiled from the same source,
        # in the same function, at or past that offset cannot see the binding uninitialized
        # (control reaches it only through the declaration), so it skips the TDZ check. Never
        # set for a switch's case block (a case label can jump past a declaration).
        self.initialized_after: dict[str, tuple[str, int]] = {}
        self.is_switch = False
        # a method (it has a [[HomeObject]]), and a class field initializer: what a direct eval
        # in it may contain (sec-performeval step 11)
        self.has_home = False
        self.field_initializer = False
        self.class_fields: Any = None
        # NON-SPEC: the slot of a function's argument list when its only uses of `arguments`
        # are ``f.apply(x, arguments)`` calls (see FunctionCompiler.function_scope_setup)
        self.raw_args_slot: int | None = None
        self.raw_args_nparams = 0
        # a module's import bindings (sec-module-environment-records-createimportbinding): their
        # slot holds (target vars, target index), an indirect binding read through at each use
        self.imports: set[str] = set()
        # NON-SPEC: a script's own global declarations (its VarDeclaredNames and lexically
        # declared names), made when first needed (Compiler.resolves_before_value)
        self.global_declared: set[str] | None = None

    def add(self, name: str) -> int:
        i = self.names.get(name)
        if i is None:
            i = len(self.names)
            self.names[name] = i
        return i

    @property
    def size(self) -> int:
        return len(self.names)

    @property
    def is_function_like(self) -> bool:
        return self.kind in ("function", "script", "eval")

    def var_scope(self) -> "Scope":
        s: Scope = self
        while not s.is_function_like or (s.kind == "function" and s.is_arrow and False):
            assert s.parent is not None
            s = s.parent
        return s


class ImplicitBlock:
    """NON-SPEC: the block that B.3.3 (FunctionDeclarations in IfStatement Statement Clauses)
    puts around ``if (x) function f() {}``: the declaration then behaves as it would in a
    block (a lexical binding in it, and Annex B's var binding)."""

    type = "BlockStatement"

    def __init__(self, decl: Any) -> None:
        self.body = [decl]
        self.range = decl.range
        self.loc = decl.loc


def labelled_item(node: Any) -> Any:
    """The LabelledItem under any labels of ``node`` (``node`` itself when unlabelled)."""
    while node.type == "LabeledStatement":
        node = node.body
    return node


def if_clause(node: Any) -> Any:
    """A clause of an if statement, with a function declaration wrapped in its implicit block."""
    return ImplicitBlock(node) if node.type == "FunctionDeclaration" else node


_FUNCTION_TYPES = ("FunctionExpression", "FunctionDeclaration", "ArrowFunctionExpression")


def contains_suspend(node: Any, async_generator: bool) -> bool:
    """Whether evaluating ``node`` can suspend its function: it contains a yield or await (not
    inside a nested function), a ``for await``, or (in an async generator, whose ``return``
    awaits its operand) a return with an operand. Cached on the node as ``_susp``."""
    cached = getattr(node, "_susp", None)
    if cached is not None:
        return bool(cached)
    t = node.type
    if t in _FUNCTION_TYPES:
        r = False
    elif t in ("YieldExpression", "AwaitExpression"):
        r = True
        for c in children(node):
            contains_suspend(c, async_generator)
    elif (t == "ForOfStatement" and getattr(node, "allowAwait", False)) or \
            (t == "VariableDeclaration" and getattr(node, "using", None) == "await using"):
        # an `await using` declaration awaits when its scope's resources are disposed
        r = True
        for c in children(node):
            contains_suspend(c, async_generator)
    else:
        r = async_generator and t == "ReturnStatement" and node.argument is not None
        for c in children(node):
            if contains_suspend(c, async_generator):
                r = True
    try:
        node._susp = r
    except AttributeError:  # pragma: no cover - nodes without a __dict__
        pass
    return r
