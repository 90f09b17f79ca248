"""The one implementation of ``node:vm`` behind both of its faces: the Python API
(``pyjsvm.api.vm``) and ``require('node:vm')`` (``pyjsvm.host.node_vm``).

Each face checks its arguments as its side names and shows them (the shared validators of
``api/validators.py``), calls the functions here with plain Python values (str, int, bool,
bytes, realms and engine objects), and converts what comes back: the Python API to Python
values and ``JSError``, the JS side to JS values and JS throws. What happens in between --
making a context's realm, compiling a script, running it in a context under a timeout with its
jobs, compiling a function, measuring memory -- is written once, here; a behaviour fixed here is
fixed for both.

What the functions raise is the engine's: ``JSThrow`` for a JS throw (a compile error is a
``CompileError``, which also keeps the parse error, for the Python side's stack text), and
``ScriptTimeout`` / ``ScriptInterrupted`` / ``ScriptStepLimit`` / ``SigintUnavailable`` of
``api/timeouts.py``, which each face turns into its own error. With ``display_errors``, the
source arrow of an error thrown at a line of the script (``file:line``, the line, a caret) is
recorded in ``ARROWS`` by the innermost run it passes through.
"""
from __future__ import annotations

import gc
import itertools
import threading
import weakref
from functools import cached_property, partial
import random
import unicodedata
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import esprima  # type: ignore[import-untyped,unused-ignore]

from pyjsvm.api.code_cache import (
    compile_function_cached, compile_module_cached, compile_script_cached, create_cached_data,
)
from pyjsvm.api.common import (
    _CONTEXT_REALMS, ARROWS, DEFAULT_FILENAME, _Context, parse_error_object, source_arrow, thrown_arrow,
)
from pyjsvm.api.contextified import ContextifiedGlobal
from pyjsvm.api.timeouts import evaluation, run_with_timeout
from pyjsvm.compiler.core import tracing
from pyjsvm.compiler.emit import mode as emit_mode
from pyjsvm.compiler.engine import ParseError, compile_script
from pyjsvm.intrinsics.realm import Realm, main_realm
from pyjsvm.runtime.agent import AGENT, JSThrow, engine_limits
from pyjsvm.runtime.memory import measure_reachable
from pyjsvm.errors import VMError
from pyjsvm.modules.loading import coded_error
from pyjsvm.modules import (
    CyclicModuleRecord, SourceTextModuleRecord, Status, SyntheticModuleRecord, get_module_namespace,
)
from pyjsvm.runtime.objects import JSObject
from pyjsvm.syntax.constant_literals import is_constant_literal
from pyjsvm.syntax.parse import children
from pyjsvm.syntax.utf16 import python_string_to_js

__all__ = ["new_context", "setup_context", "inherit_determinism", "ScriptCode", "ScriptCache", "SCRIPTS", "CompileError", "syntax_error",
           "compile_function_in", "status_of", "has_async_graph", "link_requests_error", "first_equal_requests", "default_identifier", "module_status_error", "new_source_text_module",
           "new_synthetic_module", "check_can_link", "check_linked_module", "module_error", "module_namespace", "module_has_async_graph", "instantiate_module",
           "module_cached_data", "unlinked_import_error", "evaluate_module", "memory_report", "measure_contexts"]

_context_counter = itertools.count(1)
_MAGIC_NAME = "sourceMappingURL="


def _is_js_whitespace(c: str) -> bool:
    """WhiteSpace (sec-white-space): TAB, VT, FF, ZWNBSP and the space separators (Zs)."""
    return c in "\t\v\f\ufeff" or unicodedata.category(c) == "Zs"


def _magic_comment_url(comment: str) -> str | None:
    """NON-SPEC (V8's magic comments): the text of a line comment after its ``//``, when it is
    ``#`` or ``@``, one white space and ``sourceMappingURL=``: the URL after it (white space
    before and after it skipped; '' when there is none, or more than one word: no URL); else None
    (no such comment)."""
    if len(comment) < 2 or comment[0] not in "#@" or not _is_js_whitespace(comment[1]) \
            or not comment.startswith(_MAGIC_NAME, 2):
        return None
    rest = comment[2 + len(_MAGIC_NAME):]
    i, n = 0, len(rest)
    while i < n and _is_js_whitespace(rest[i]):
        i += 1
    start = i
    while i < n and not _is_js_whitespace(rest[i]):
        i += 1
    url = rest[start:i]
    while i < n and _is_js_whitespace(rest[i]):
        i += 1
    return url if i == n else ""


def source_map_url(code: str, program: Any = None) -> str | None:
    """NON-SPEC (V8): ``script.sourceMapURL``, the URL of the last ``//# sourceMappingURL=`` (or
    ``//@``) line comment of ``code`` (None when there is none, or the last is malformed). Only
    comments count, never string, template or block comment contents: the comments after the
    last statement of ``program`` (the parsed ``code``, where such a comment usually is) are read
    directly; otherwise the whole text is tokenized (only when it holds the name at all)."""
    if _MAGIC_NAME not in code:
        return None
    body = getattr(program, "body", None)
    last = (getattr(body[-1], "range", None) or [None, None])[1] if body else 0
    if isinstance(body, list) and isinstance(last, int):
        trailing = _trailing_comments_url(code, last)
        if trailing is not _NO_MAGIC:
            return trailing if type(trailing) is str else None
    try:
        with engine_limits():
            tokens = esprima.tokenize(code, {"comment": True})
    except Exception:  # (compiled already: the tokenizer alone failing leaves no URL)
        return None
    url: str | None = None
    for token in tokens:
        if token.type == "LineComment":
            found = _magic_comment_url(token.value)
            if found is not None:
                url = found or None
    return url


_NO_MAGIC: Any = object()  # (no magic comment found where _trailing_comments_url looked)
_LINE_TERMINATORS = "\n\r\u2028\u2029"


def _trailing_comments_url(code: str, start: int) -> Any:
    """The source map URL of the last magic comment in ``code[start:]``, text after the last
    token, so only white space and comments (None: a malformed one); ``_NO_MAGIC`` when it has
    none, or holds what this scan does not read (Annex B's HTML-like comments)."""
    url: Any = _NO_MAGIC
    i, n = start, len(code)
    while i < n:
        c = code[i]
        if c in _LINE_TERMINATORS or _is_js_whitespace(c):
            i += 1
        elif code.startswith("//", i):
            j = i + 2
            while j < n and code[j] not in _LINE_TERMINATORS:
                j += 1
            found = _magic_comment_url(code[i + 2:j])
            if found is not None:
                url = found or None
            i = j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            if j < 0:
                return _NO_MAGIC
            i = j + 2
        else:
            return _NO_MAGIC
    return url


# --- contexts ----------------------------------------------------------------------------------

def new_context(global_store: Callable[[Realm], JSObject] | None, name: str | None, origin: str, strings: bool,
                microtask_mode: str | None, limits: Mapping[str, Any] | None = None,
                creator: Realm | None = None) -> _Context:
    """A new context (``vm.createContext``): a realm with its own built-ins, named ``name``
    (default ``VM Context N``). With ``global_store`` (a function of the new realm giving the
    contextified object as a JS object: a Python mapping's ``MappingObject``, a JS sandbox) its
    global object is a ``ContextifiedGlobal`` over that store; without, an ordinary global
    (``DONT_CONTEXTIFY``). ``strings=False`` makes ``eval`` and ``Function`` throw EvalError;
    ``microtask_mode='afterEvaluate'`` gives it its own job queue; ``limits`` are its
    ``host_defined`` limit entries (``pyjsvm.step_limit`` ...); a realm made by code of
    ``creator`` gets its fixed clock and seeded ``Math.random`` (``inherit_determinism``)."""
    if name is None:
        name = f"VM Context {next(_context_counter)}"
    if global_store is None:
        realm = Realm(name=name, code_generation_strings=strings)
    else:
        store = global_store
        realm = Realm(lambda r: ContextifiedGlobal(r, store(r)), name=name, code_generation_strings=strings)
    if creator is not None:
        inherit_determinism(creator, realm)
    return setup_context(realm, name, origin, limits or {}, microtask_mode, global_store is not None)


def setup_context(realm: Realm, name: str, origin: str, limits: Mapping[str, Any], microtask_mode: str | None,
                  contextified: bool) -> _Context:
    """Make ``realm`` a context: its limits, its microtask queue, its context record (in
    ``host_defined["pyjsvm.context"]``) and its place among the live contexts that
    ``measure_memory``'s detailed mode lists. ``new_context`` and HostInitializeShadowRealm
    (a realm the engine made) come here."""
    realm.host_defined.update(limits)
    _memory_base(realm)
    if microtask_mode is not None:
        realm.job_queue = deque()
    ctx = _Context(realm, name, origin, contextified=contextified, microtask_mode=microtask_mode)
    _CONTEXT_REALMS.add(realm)
    realm.host_defined["pyjsvm.context"] = ctx
    return ctx


def inherit_determinism(creator: Realm, realm: Realm) -> None:
    """NON-NODE: a realm made by code that runs with a fixed clock or a seeded Math.random (a
    context made by ``vm.createContext`` under ``pyjsvm --sandbox``, a ShadowRealm) gets the same
    clock and a generator seeded from the creator's, so that a whole run replays exactly."""
    fixed = creator.host_defined.get("pyjsvm.fixed_time")
    if fixed is not None:
        realm.host_defined["pyjsvm.fixed_time"] = fixed
    rng = creator.host_defined.get("pyjsvm.random")
    if isinstance(rng, random.Random):
        realm.host_defined["pyjsvm.random"] = random.Random(rng.getrandbits(64))


def _memory_base(realm: Realm) -> None:
    """A memory-limited context's own size when made (its limit counts what JS adds to it)."""
    if "pyjsvm.memory_limit" in realm.host_defined:
        realm.materialise_all()  # built-ins made later would count as what JS added
        realm.host_defined["pyjsvm.memory_base"] = sum(
            measure_reachable([realm.global_object, *realm.intrinsics.values()], (Realm,)).values())


# --- compile errors ----------------------------------------------------------------------------

class CompileError(JSThrow):
    """The throw of a SyntaxError (or early ReferenceError) object made from ``parse_error``
    when ``code`` did not compile."""

    def __init__(self, value: Any, parse_error: ParseError, code: str, line_offset: int) -> None:
        super().__init__(value)
        self.parse_error = parse_error
        self.code = code
        self.line_offset = line_offset


def syntax_error(e: ParseError, code: str, line_offset: int, realm: Realm, display: bool,
                 column_offset: int = 0) -> CompileError:
    """A ParseError as the throw of an error object of ``realm``; with ``display``
    (displayErrors) its source arrow is recorded (``column_offset``: the one the error's column
    includes on the code's first line)."""
    err = parse_error_object(e, realm)
    if display:
        arrow = source_arrow(str(getattr(e, "filename", "") or ""), code, line_offset,
                             int(getattr(e, "line", 0) or 0), int(getattr(e, "column", 0) or 0), column_offset,
                             max(1, int(getattr(e, "length", 1) or 1)))
        if arrow is not None:
            ARROWS[err] = arrow
    return CompileError(err, e, code, line_offset)


# --- scripts -----------------------------------------------------------------------------------

class ScriptCache:
    """NON-SPEC: the compiled scripts of the ``run_in_*`` functions, by source text, filename,
    offsets and compile mode, so that running the same code again (in a new context, say) skips
    parsing, analysis and compilation, and finds its functions compiled as far as the last run
    took them -- what V8's compilation cache does for ``vm.runInNewContext``. The same compiled
    script then runs in several contexts, as a ``Script`` does. A script with a tagged template
    is kept with the realms it ran in (``TAGGED``): GetTemplateObject gives one template object
    per Parse Node and realm (sec-gettemplateobject), so a second run_in_* of it in a realm it
    ran in, a second parse, gets a script compiled anew (ScriptCode.run_code); in any other
    realm the template objects are new anyway. Bounded by the number of scripts and their total
    source length; least recently used first out."""

    MAX_SCRIPTS = 64
    MAX_CHARS = 4_000_000

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> Any:
        with self._lock:
            compiled = self._items.get(key)
            if compiled is not None:
                self._items.move_to_end(key)
            return compiled

    def put(self, key: tuple[Any, ...], compiled: Any) -> None:
        code = key[0]
        if len(code) > self.MAX_CHARS:
            return
        if "`" in code and _has_tagged_template(compiled.program):
            TAGGED[compiled] = weakref.WeakSet()
        with self._lock:
            if key in self._items:
                return
            self._items[key] = compiled
            self._chars += len(code)
            while len(self._items) > self.MAX_SCRIPTS or self._chars > self.MAX_CHARS:
                old, _ = self._items.popitem(last=False)
                self._chars -= len(old[0])

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._chars = 0

    def __len__(self) -> int:
        return len(self._items)


def _has_tagged_template(program: Any) -> bool:
    """Whether ``program`` holds a tagged template (see ScriptCache). A constant literal holds
    none: it is not walked (a data file's was a fifth of its load, h60a's profile)."""
    stack = [program]
    while stack:
        node = stack.pop()
        if getattr(node, "type", None) == "TaggedTemplateExpression":
            return True
        if not is_constant_literal(node):
            stack.extend(children(node))
    return False


SCRIPTS = ScriptCache()
# NON-SPEC: a kept script with a tagged template -> the realms it ran in (see ScriptCache)
TAGGED: "weakref.WeakKeyDictionary[Any, weakref.WeakSet[Realm]]" = weakref.WeakKeyDictionary()


class ScriptCode:
    """A compiled script (Node's ``new vm.Script``): ``code`` compiled once, to run in any
    context any number of times. ``filename``, ``line_offset`` and ``column_offset`` place it in
    stack traces; ``source_map_url`` is its last ``//# sourceMappingURL=``; with
    ``cached_data`` the code cache was tried (``cached_data_rejected``), with ``produce`` one
    was made (``cached_data_produced``, ``cached_data``). A syntax error raises
    ``CompileError`` (an error object of ``error_realm``, default the main realm). The Python API's ``Script`` is this
    class; ``require('node:vm')``'s Script objects hold one."""

    code: str
    filename: str
    line_offset: int
    column_offset: int
    cached_data_rejected: bool | None   # None without cached_data, else whether it was rejected
    cached_data: bytes | None           # with produce_cached_data: the code cache made
    cached_data_produced: bool | None   # with produce_cached_data: whether it was made

    def __init__(self, code: str, filename: str = DEFAULT_FILENAME, line_offset: int = 0, column_offset: int = 0,
                 cached_data: bytes | None = None, produce: bool = False, error_realm: Realm | None = None,
                 display_errors: bool = True, reuse: bool = False) -> None:
        self.code = code
        self.filename = filename
        self.line_offset = line_offset
        self.column_offset = column_offset
        self.cached_data_rejected = None
        self.cached_data = None
        self.cached_data_produced = None
        key = (code, filename, line_offset, column_offset, emit_mode())
        compiled = SCRIPTS.get(key) if reuse and cached_data is None else None
        if compiled is None:
            try:
                compiled, self.cached_data_rejected = compile_script_cached(code, filename, line_offset, column_offset,
                                                                            cached_data)
            except ParseError as e:
                raise syntax_error(e, code, line_offset, error_realm or main_realm(), display_errors,
                                   column_offset) from None
            if reuse and cached_data is None:
                SCRIPTS.put(key, compiled)
        self._compiled = compiled
        # (a kept script with a tagged template: see run_code)
        self._reused = reuse and cached_data is None
        if produce and cached_data is None:
            produced = create_cached_data(compiled.program, code, "script")
            self.cached_data_produced = bool(produced)
            if produced:
                self.cached_data = produced

    @cached_property
    def source_map_url(self) -> str | None:
        """The URL of the script's last ``//# sourceMappingURL=`` comment (see ``source_map_url``).
        NON-SPEC: found on first read, not when the script is made: when the name is anywhere but
        in the comments after the last statement, the whole text is tokenized (1.2 s of a 2.3 s
        run of acorn, whose source names it in a string, run again by ``run_in_new_context``)."""
        return source_map_url(self.code, self._compiled.program)

    def create_cached_data(self) -> bytes:
        """A code cache (bytes) for ``Script(code, cached_data=...)`` (Node: ``createCachedData``), at any
        time and any number of times. Functions that have run by now are kept ready for eager
        compilation; the others compile on their first call. Empty if the tree cannot be encoded."""
        return create_cached_data(self._compiled.program, self.code, "script")

    def _traced_code(self) -> Any:
        """This script compiled with a hook call before each statement (for a context with
        ``on_step``), made once."""
        traced = self.__dict__.get("_traced")
        if traced is None:
            traced = compile_script(self.code, self.filename, self.line_offset, self.column_offset, trace=True)
            traced.referrer.record = self._compiled.referrer.record
            self.__dict__["_traced"] = traced
        return traced

    def run_code(self, realm: Realm, timeout: int | None, display_errors: bool, break_on_sigint: bool,
                 from_python: bool = True) -> Any:
        """Run the script in ``realm`` (a context's realm, or the main one) and return its
        completion value (a JS value): under ``timeout`` ms and ``break_on_sigint``, the jobs it
        queued in the context's own queue run inside them (and, ``from_python``, the agent's
        jobs before control returns to Python, see ``evaluation``)."""
        compiled = self._compiled
        realms = TAGGED.get(compiled) if self._reused else None
        if realms is not None:
            if realm in realms:
                # this run_in_* parses the code again (see ScriptCache): new template sites
                compiled = self._compiled = compile_script(self.code, self.filename, self.line_offset, self.column_offset)
                self._reused = False
            else:
                realms.add(realm)
        if tracing(realm) and not compiled.trace:
            compiled = self._traced_code()
        body = evaluation(realm, partial(compiled.run, realm), from_python)  # (no Python frame of its own)
        try:
            return run_with_timeout(realm, body, timeout, break_on_sigint)
        except JSThrow as e:
            if display_errors:
                value = e.value
                if isinstance(value, JSObject) and value not in ARROWS:
                    arrow = thrown_arrow(value, self.filename, self.code, self.line_offset, self.column_offset)
                    if arrow is not None:
                        ARROWS[value] = arrow
            raise


# --- compileFunction ---------------------------------------------------------------------------

def compile_function_in(realm: Realm, code: str, params: list[str], filename: str, line_offset: int,
                        column_offset: int, extensions: list[JSObject], cached_data: bytes | None, produce: bool,
                        error_realm: Realm) -> tuple[Any, bool | None, bytes | None]:
    """``vm.compileFunction``: a function of ``realm`` with ``params`` and body ``code``, the
    ``extensions`` objects' properties in scope; and the code cache's outcome: whether
    ``cached_data`` was rejected (None without it) and, with ``produce`` and no
    ``cached_data``, the cache made (None if it could not be). A syntax error raises
    ``CompileError`` (an error object of ``error_realm``)."""
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        fn, rejected, produced, _ = compile_function_cached(realm, code, params, filename, line_offset, column_offset,
                                                         extensions, cached_data, produce and cached_data is None)
    except ParseError as e:
        raise syntax_error(e, code, line_offset, error_realm, True) from None
    finally:
        AGENT.realm = saved
    return fn, rejected, produced


# --- modules -----------------------------------------------------------------------------------

def status_of(r: Any, linking: bool) -> str:
    """Node's ``module.status`` of a module record: 'unlinked', 'linking', 'linked', 'evaluating',
    'evaluated' or 'errored' (evaluated with an [[EvaluationError]], or a link that failed on
    what its linker gave, as Node 20's)."""
    if r.link_error is not None:
        return "errored"
    if isinstance(r, CyclicModuleRecord):
        s = r.status
        if s in (Status.NEW, Status.UNLINKED):
            return "linking" if linking else "unlinked"
        if s == Status.LINKING:
            return "linking"
        if s == Status.LINKED:
            return "linked"
        if s == Status.EVALUATING:
            return "evaluating"
        return "errored" if r.evaluation_error is not None else "evaluated"
    if r.evaluating:
        return "evaluating"
    if r.evaluated_promise is not None:
        return "errored" if r.evaluated_promise.state == "rejected" else "evaluated"
    return "linked" if r.linked else ("linking" if linking else "unlinked")


def has_async_graph(record: Any) -> bool:
    """Whether ``record`` or a module it (transitively) imports has top-level await."""
    seen: set[int] = set()
    stack = [record]
    while stack:
        r = stack.pop()
        if id(r) in seen or not isinstance(r, CyclicModuleRecord):
            continue
        seen.add(id(r))
        if r.has_tla:
            return True
        stack.extend(m for _, m in r.loaded_modules)
    return False


def link_requests_error(record: Any, already_linked: bool, targets: list[Any]) -> tuple[str, str] | None:
    """The (code, message) of Node's error for ``linkRequests(targets)`` on ``record``, or None
    after adding the targets (module records, in ``moduleRequests`` order) to [[LoadedModules]].
    A target that is None stands for a value that is no module (Node checks the count of the
    modules first, then each in turn: a module, of this module's context)."""
    if already_linked or record.status not in (Status.NEW, Status.UNLINKED):
        return "ERR_VM_MODULE_ALREADY_LINKED", "Module has already been linked"
    requests = record.code.all_requests
    if len(targets) != len(requests):
        return "ERR_MODULE_LINK_MISMATCH", f"Expected {len(requests)} modules, got {len(targets)}"
    for t in targets:
        if t is None:
            return "ERR_VM_MODULE_NOT_MODULE", "Provided module is not an instance of Module"
        if t.realm is not record.realm:
            return "ERR_VM_MODULE_DIFFERENT_CONTEXT", "Linked modules must use the same context"
    for i, (req, t) in enumerate(zip(requests, targets)):
        for j in range(i):
            if requests[j].same_as(req) and targets[j] is not t:
                return "ERR_MODULE_LINK_MISMATCH", (f"Module request '{req.specifier}' at index {i} must be linked "
                                                    f"to the same module requested at index {j}")
    for req, t in zip(requests, targets):
        record.add_loaded_module(req, t)
    return None


def first_equal_requests(record: Any) -> list[int]:
    """For each of ``record``'s module requests (``moduleRequests`` order), the index of the first
    request equal to it (ModuleRequestsEqual, sec-modulerequestsequal: the same specifier and
    attributes). NON-SPEC (Node's ``module.link``): the linker is called once per distinct
    request, as node does (V8 lists a request once), and every equal request gets the module it
    returned: a linker that makes a new module per call links ``import a from 'x'; import b from
    'x'``, where one call per request failed with ERR_MODULE_LINK_MISMATCH."""
    first: dict[tuple[str, tuple[tuple[str, str], ...]], int] = {}
    return [first.setdefault((r.specifier, r.attributes), i) for i, r in enumerate(record.code.all_requests)]


_identifier_counters: dict[int, Any] = {}


def default_identifier(realm: Realm) -> str:
    """A module's default ``identifier``: ``vm:module(N)``, counted per context."""
    counter = _identifier_counters.setdefault(id(realm), itertools.count(0))
    return f"vm:module({next(counter)})"


def module_status_error(expected: str) -> VMError:
    """Node's ERR_VM_MODULE_STATUS: ``Module status <expected>``."""
    return VMError(f"Module status {expected}", "ERR_VM_MODULE_STATUS")


def new_source_text_module(code: str, identifier: str, cached_data: bytes | None, realm: Realm,
                           meta_hook: Callable[[JSObject, Any], None] | None, line_offset: int = 0,
                           column_offset: int = 0) -> SourceTextModuleRecord:
    """``new vm.SourceTextModule``: the module record of ``code`` in ``realm`` (from the code
    cache when ``cached_data`` is accepted), its positions in errors and stack traces shifted by
    ``line_offset`` and ``column_offset``. A syntax error raises ``CompileError``; rejected
    cached data a ``VMError`` ERR_VM_MODULE_CACHED_DATA_REJECTED (Node throws: a module has no
    ``cachedDataRejected``)."""
    try:
        compiled, rejected = compile_module_cached(code, identifier, cached_data, line_offset, column_offset)
    except ParseError as e:
        raise syntax_error(e, code, line_offset, realm, True, column_offset) from None
    if rejected:
        raise VMError("cachedData buffer was rejected", "ERR_VM_MODULE_CACHED_DATA_REJECTED")
    return SourceTextModuleRecord(realm, compiled, None, meta_hook)


def new_synthetic_module(realm: Realm, export_names: list[str], steps: Callable[[Any], None]) -> SyntheticModuleRecord:
    """``new vm.SyntheticModule``: its record, linked when made (it has no dependencies), so
    that ``setExport`` works at once."""
    record = SyntheticModuleRecord(realm, export_names, steps)
    record.link()
    return record


def check_can_link(record: Any, linking: bool) -> None:
    """What ``module.link()`` requires of the module it links: unlinked (not yet linked, nor
    linking)."""
    status = status_of(record, linking)
    if status == "linked":
        raise VMError("Module has already been linked", "ERR_VM_MODULE_ALREADY_LINKED")
    if status != "unlinked":
        raise module_status_error("must be unlinked")


def check_linked_module(record: Any, target: Any, target_linking: bool, specifier: str) -> None:
    """What ``module.link()`` checks of the module record ``target`` its linker gave for the
    import ``specifier`` of ``record``: the same context, and not errored."""
    if target.realm is not record.realm:
        raise VMError("Linked modules must use the same context", "ERR_VM_MODULE_DIFFERENT_CONTEXT")
    if status_of(target, target_linking) == "errored":
        raise VMError(f"request for '{specifier}' resolved to an errored module", "ERR_VM_MODULE_LINK_FAILURE")


def module_error(record: Any, linking: bool) -> Any:
    """``module.error``: the value its evaluation threw (only when 'errored')."""
    if status_of(record, linking) != "errored":
        raise module_status_error("must be errored")
    if record.link_error is not None:
        return record.link_error
    if isinstance(record, CyclicModuleRecord):
        assert record.evaluation_error is not None
        return record.evaluation_error.value
    return record.evaluated_promise.result


def module_namespace(record: Any, linking: bool) -> Any:
    """``module.namespace``: its namespace object (once linked)."""
    if status_of(record, linking) in ("unlinked", "linking") or record.link_error is not None:
        raise module_status_error("must not be unlinked or linking")
    return _in_realm(record.realm, get_module_namespace, record)


def module_has_async_graph(record: Any, linking: bool) -> bool:
    """``sourceTextModule.hasAsyncGraph()`` (once linked)."""
    if status_of(record, linking) in ("unlinked", "linking") or record.link_error is not None:
        raise module_status_error("must not be unlinked or linking")
    return has_async_graph(record)


def instantiate_module(record: Any) -> None:
    """``sourceTextModule.instantiate()``: link the graph whose imports ``linkRequests`` gave;
    an import that names no export throws (SyntaxError)."""
    if record.status in (Status.LINKING, Status.EVALUATING):
        raise module_status_error("must be unlinked, linked, evaluated or errored")
    if not isinstance(record, CyclicModuleRecord):
        record.link()
        return

    def steps() -> None:
        state = record.load_requested_modules()
        if state.error is not None:
            raise state.error
        record.link()
    _in_realm(record.realm, steps)


def module_cached_data(record: Any, linking: bool) -> bytes:
    """``sourceTextModule.createCachedData()``, before the module is evaluated."""
    if record.link_error is None and status_of(record, linking) in ("evaluating", "evaluated", "errored"):
        raise VMError("Cached data cannot be created for a module which has been evaluated",
                      "ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA")
    code = record.code
    return create_cached_data(code.program, code.source, "module")


def unlinked_import_error(record: Any, referrer: Any, specifier: str, realm: Realm) -> JSObject | None:
    """The error of loading a static import of ``record`` that ``linkRequests()``/``link()``
    did not provide (ERR_VM_MODULE_LINK_FAILURE, an Error of ``realm``), or None when
    ``referrer`` asks for something else (an ``import()``)."""
    if referrer is record and record.status in (Status.NEW, Status.UNLINKED):
        err: JSObject = coded_error(realm, "Error", "ERR_VM_MODULE_LINK_FAILURE",
                                    python_string_to_js(f"request for '{specifier}' is not linked"))
        return err
    return None


def evaluate_module(record: Any, linking: bool, timeout: int | None, break_on_sigint: bool,
                    from_python: bool = True) -> Any:
    """``module.evaluate()``: Evaluate() of the linked module ``record`` in its realm, under
    ``timeout`` ms and ``break_on_sigint``, the jobs it queued in its context's own queue inside
    them (see ``evaluation``); returns the promise Evaluate() returns."""
    if status_of(record, linking) not in ("linked", "evaluated", "errored") or record.link_error is not None:
        raise module_status_error("must be one of linked, evaluated, or errored")
    realm = record.realm
    return run_with_timeout(realm, evaluation(realm, record.evaluate, from_python), timeout, break_on_sigint)


def _in_realm(realm: Realm, fn: Callable[..., Any], *args: Any) -> Any:
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        return fn(*args)
    finally:
        AGENT.realm = saved


# --- measuring memory --------------------------------------------------------------------------

MemoryEstimate = dict[str, Any]


def memory_report(current: Realm, others: Iterable[Realm], mode: str, execution: str) -> dict[str, Any]:
    """NON-SPEC: the measurement behind ``vm.measure_memory`` and JS's ``vm.measureMemory`` (see
    ``pyjsvm.runtime.memory`` for what is counted). Each context's estimate counts what it
    reaches that no context before it reached (the current context first); the top of its range
    counts everything it reaches, shared values included. Keys are Node's, in snake_case."""
    if execution == "eager":
        gc.collect()
    realms = [current] if mode == "summary" else [current, *(r for r in others if r is not current)]
    counted: set[int] = set()
    estimates: list[MemoryEstimate] = []
    for realm in realms:
        # One walk per context: what it reaches, and of that what no context before it reached.
        sizes = measure_reachable([realm.global_object, *realm.intrinsics.values()], (Realm,))
        own = sum(size for i, size in sizes.items() if i not in counted)
        counted.update(sizes)
        estimates.append({"js_memory_estimate": own, "js_memory_range": [own, sum(sizes.values())]})
    total_low = sum(e["js_memory_estimate"] for e in estimates)
    total_high = sum(e["js_memory_range"][1] for e in estimates)
    report: dict[str, Any] = {"total": {"js_memory_estimate": total_low, "js_memory_range": [total_low, total_high]}}
    if mode == "detailed":
        report["current"] = estimates[0]
        report["other"] = estimates[1:]
    return report


def measure_contexts(current: Realm, mode: str, execution: str) -> dict[str, Any]:
    """``vm.measureMemory`` (validated ``mode`` and ``execution``): the report of ``current``
    ('summary') or of it and every live context ('detailed'), keys in snake_case."""
    with engine_limits():
        return memory_report(current, list(_CONTEXT_REALMS), mode, execution)
