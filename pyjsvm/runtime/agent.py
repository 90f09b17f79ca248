"""The agent: execution state shared by all realms of one Python thread (sec-agents).

Holds the running realm, the JS call depth and the interrupt budget checked at loop back-edges
and calls. ``JSThrow`` is the Python exception that carries a thrown JS value (a throw
completion, sec-completion-record-specification-type).
"""
from __future__ import annotations

import gc
import sys
import threading
from collections import deque
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterator, NoReturn, TypeVar, cast
from pyjsvm.syntax.parse import set_parse_poll
from pyjsvm.runtime import thread_limit
from pyjsvm.runtime.thread_limit import fields as thread_fields

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


class JSThrow(Exception):
    """A throw completion: ``value`` is the thrown JS value."""

    # How ``str()`` describes the thrown value (a debugging aid). runtime/operations, which
    # imports this module, installs its safe_describe here; until then it is ``repr``.
    describe: ClassVar[Callable[[Any], str]] = repr

    def __init__(self, value: Any) -> None:
        super().__init__(value)
        self.value = value

    def __str__(self) -> str:
        return JSThrow.describe(self.value)


class Interrupted(BaseException):
    """NON-SPEC: raised at a budget check when the host asked to stop (timeout). It is a
    BaseException so that no JS ``catch`` (which only catches ``JSThrow``) can swallow it."""

    def __init__(self, reason: str = "timeout") -> None:
        super().__init__(reason)
        self.reason = reason


# --- the C stack ------------------------------------------------------------------------------

# NON-SPEC: a JS function call is a chain of Python calls that CPython runs without recursing
# on the C stack, but some paths re-enter the interpreter from C: resuming a Python generator
# (JS generators and async functions), and everything inside it, uses C stack per nesting level
# (about 1.5-2.5 KiB per JS level, measured on CPython 3.11). ``c_reentry`` counts these
# re-entries against a budget made from the OS thread's stack size; when the budget is spent,
# the call continues on a helper thread with a large stack (the JS thread waits for it; only
# one of them runs at a time, with the same agent), so deep recursion ends at the JS depth
# limit (RangeError) instead of overflowing the C stack of the host's thread.
C_REENTRY_BYTES = 8 * 1024          # C stack charged per re-entry (with margin)
C_STACK_RESERVE = 1024 * 1024       # left for the host and for uncounted C frames
EXTENSION_STACK_BYTES = 256 * 1024 * 1024
_DEFAULT_STACK_BYTES = 8 * 1024 * 1024


def _c_budget(stack_bytes: int) -> int:
    return max(16, (stack_bytes - C_STACK_RESERVE) // C_REENTRY_BYTES)


def _thread_stack_bytes() -> int:
    """The running OS thread's stack size, as far as we can tell (conservative)."""
    ident = threading.get_ident()
    size = _extension_stacks.get(ident)
    if size is not None:
        return size
    limit = _DEFAULT_STACK_BYTES
    try:
        import resource
        soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
        if 0 < soft < limit:
            limit = soft
    except (ImportError, OSError, ValueError):  # pragma: no cover - not POSIX
        pass
    if threading.current_thread() is not threading.main_thread():
        configured = threading.stack_size()
        if configured:
            limit = min(limit, configured) if configured < limit else limit
    return limit


_extension_stacks: dict[int, int] = {}   # thread ident -> stack bytes, for our helper threads
_extension_lock = threading.Lock()
_idle_extensions: list["_StackExtension"] = []


class _StackExtension:
    """A helper thread with a large stack that runs one call at a time for a waiting JS thread."""

    def __init__(self) -> None:
        self.ready = threading.Semaphore(0)
        self.done = threading.Semaphore(0)
        self.job: Any = None
        self.result: Any = None
        self.error: BaseException | None = None
        with _extension_lock:
            previous = threading.stack_size()
            threading.stack_size(EXTENSION_STACK_BYTES)
            try:
                self.thread = threading.Thread(target=self._loop, name="pyjsvm-stack", daemon=True)
                self.thread.start()
            finally:
                threading.stack_size(previous)

    def _loop(self) -> None:
        _extension_stacks[threading.get_ident()] = EXTENSION_STACK_BYTES
        raise_thread_limit()  # this thread runs only engine code
        while True:
            self.ready.acquire()
            agent, fn, arg = self.job
            _current.set(agent)
            saved = (agent.c_depth, agent.c_limit)
            agent.c_depth = 0
            agent.c_limit = _c_budget(EXTENSION_STACK_BYTES)
            try:
                self.result = fn(arg)
            except BaseException as e:  # handed to the waiting thread
                self.error = e
            finally:
                agent.c_depth, agent.c_limit = saved
                self.job = None
                _current.set(_MAIN_AGENT)
                self.done.release()

    def call(self, agent: "Agent", fn: Any, arg: Any) -> Any:
        self.job = (agent, fn, arg)
        self.error = None
        self.ready.release()
        interrupted: BaseException | None = None
        while True:
            try:
                self.done.acquire()
                break
            except BaseException as e:  # KeyboardInterrupt while waiting: stop the JS, then raise
                interrupted = e
                run = Run(agent, "host-interrupt")
                agent.runs.insert(0, run)
                run.fire()
        if interrupted is not None:
            agent.runs[:] = [r for r in agent.runs if r.token != "host-interrupt"]
            raise interrupted
        error, result = self.error, self.result
        self.error = self.result = None
        if error is not None:
            raise error
        return result


def on_new_stack(agent: "Agent", fn: Any, arg: Any) -> Any:
    """NON-SPEC: ``fn(arg)`` on a helper thread with a large stack, this thread waiting."""
    with _extension_lock:
        ext = _idle_extensions.pop() if _idle_extensions else None
    if ext is None:
        ext = _StackExtension()
    try:
        return ext.call(agent, fn, arg)
    finally:
        with _extension_lock:
            if len(_idle_extensions) < 4:
                _idle_extensions.append(ext)


def c_reentry(agent: "Agent", fn: Any, arg: Any) -> Any:
    """NON-SPEC: ``fn(arg)`` for a call that re-enters the interpreter from C (a generator's
    ``send``/``throw``): counted against the thread's C-stack budget, continued on a helper
    thread's stack when the budget is spent."""
    depth = agent.c_depth + 1
    agent.c_depth = depth
    try:
        if depth < agent.c_limit:
            return fn(arg)
        return on_new_stack(agent, fn, arg)
    finally:
        agent.c_depth = depth - 1


class Run:
    """NON-SPEC: the stop state of one limited run (a ``timeout``, SIGINT or step budget).

    ``fire()`` may be called from any thread (the watchdog, a signal handler): it marks the run
    and sets its agent's ``stop`` flag; the thread running JS sees the flag at its next budget
    check and raises ``Interrupted(run.token)`` for the outermost run that fired."""

    __slots__ = ("agent", "token", "fired", "armed", "steps", "check", "allocate")

    def __init__(self, agent: "Agent", token: str, steps: int | None = None) -> None:
        self.agent = agent
        self.token = token
        self.fired = False
        self.armed = True
        # NON-SPEC: a step budget (loop iterations and calls left), or None. While a run with
        # a budget is active the agent's ``stop`` stays set, so that every budget check comes
        # to ``Agent.interrupt``, which counts it: no cost for runs without one.
        self.steps = steps
        # NON-SPEC: a periodic check (the memory limit): when the run fires, ``Agent.interrupt``
        # calls it instead of stopping the run; it may throw a JS error or re-arm the run.
        self.check: Any = None
        # NON-SPEC: the memory limit's check of one allocation of ``nbytes`` before it happens
        # (``check_allocation``): ``allocate(nbytes)`` may throw its RangeError, or None
        self.allocate: Any = None

    def fire(self) -> None:
        if self.armed:
            self.fired = True       # first the run, then the flag (see Agent.interrupt)
            self.agent.request_stop()


class Agent:
    """Engine state of one Python thread (sec-agents): the running realm, the JS call depth,
    the stop flag checked at loop back-edges and calls, the runs that may set it, and the job
    queue. Each thread that runs JS has its own agent (``get_agent()``); another thread (the
    timeout watchdog, a signal handler) only ever sets ``stop`` through a ``Run``."""

    realm: "Realm | None"
    depth: int
    max_depth: int
    call_limit: int
    stop: bool
    # NON-SPEC: EvaluateImportCall, installed by ``pyjsvm.modules`` (a later layer than the
    # compiler that emits import()) for every thread: hook(referrer, specifier, options, phase)
    import_dynamically: Any = None

    def __init__(self) -> None:
        self.realm = None
        self.depth = 0
        self.max_depth = 10500
        # NON-SPEC: what a call compares its depth with, ``max_depth``, lowered to -1 while
        # ``stop`` is set (``request_stop``): one compare checks both on every call, and a
        # call past it goes to the slow path (``ECMAFunction._call_checks``) that tells which
        self.call_limit = self.max_depth
        self.stop = False
        self.thread_id = threading.get_ident()
        # C-stack re-entries (a Python generator resumed by send/throw...) on this OS thread's
        # stack, and how many fit (see ``c_reentry``)
        self.c_depth = 0
        self.c_limit = _c_budget(_thread_stack_bytes())
        # NON-SPEC: the Python frame that entered the engine outermost on this thread (see
        # engine_limits): no frame below it runs JS, so a walk of the stack for JS frames
        # (runtime/stack.capture_frames) stops there
        self.entry_frame: Any = None
        # the limited runs in progress on this thread, outermost first
        self.runs: list[Run] = []
        # the agent's job queue (sec-jobs): (job, realm, async context) triples, see pyjsvm.runtime.jobs
        self.job_queue: deque[tuple[Any, Any, Any]] = deque()
        # NON-SPEC (vm layer): how many vm Script runs are on this thread's stack (the outermost
        # one drains the job queue)
        self.script_runs = 0
        # NON-SPEC: the objects Array.prototype.join / toLocaleString are joining (a cycle
        # joins as the empty string)
        self.join_stack: list[Any] = []
        # NON-SPEC (the TC39 AsyncContext proposal's [[AsyncContextMapping]]; node's async
        # context): an opaque value the host sets (None: the empty context), taken when a
        # promise reaction or a job is created and restored around the job (pyjsvm.runtime.jobs);
        # node:async_hooks keeps its frames here
        self.async_context: Any = None

    def poll(self) -> None:
        """The budget check, for code that polls rather than reading ``stop`` inline (the
        RegExp matcher). NON-SPEC: the matcher polls after about 4,096 of its steps (or 16
        starts of a search), and a poll charges a step budget that much work: charged one
        step, a match of a minute ran past a ``step_limit`` of 200,000 as if it were free."""
        if self.stop:
            self.interrupt(REGEXP_POLL_COST)

    def request_stop(self) -> None:
        """NON-SPEC: set ``stop`` (from any thread), and lower ``call_limit`` so that calls see
        it too."""
        self.stop = True
        self.call_limit = -1

    def interrupt(self, cost: int = 1) -> None:
        """Called when ``stop`` was seen set at a budget check: raise ``Interrupted`` for the
        outermost run that fired (``stop`` stays set, so that JS ``finally`` code met while
        unwinding stops too, until that run ends); a flag left by a run that already ended is
        cleared. ``cost`` is the number of steps the check charges to a step budget (a loop
        iteration or call: 1; a built-in's piece of work: see ``check_stop``)."""
        # cleared before the runs are read: a run firing now (its ``fired`` set before the
        # flags) sets them again, or is seen fired below
        self.call_limit = self.max_depth
        self.stop = False
        counting = False
        for run in self.runs:
            if run.fired:
                if run.check is not None:
                    run.fired = False
                    run.check()  # may throw a JS error (a RangeError), which JS can catch
                    continue
                self.request_stop()
                raise Interrupted(run.token)
            if run.steps is not None:
                counting = True
                run.steps -= cost
                if run.steps < 0:
                    run.fired = True
                    self.request_stop()
                    raise Interrupted(run.token)
        if counting:
            self.request_stop()  # every check must come here while a step budget is active


# NON-SPEC: how the engine's module-level caches that hold JS objects (a prototype, an object's
# ``props``, an inline cache's entries in code that a cache of compiled scripts shares between
# contexts) let them go: each registers a function that empties it (``drop_at_full_collection``),
# called when the cyclic collector starts a full collection (generation 2, as ``gc.collect()``),
# so that a context the host let go is freed by that collection instead of staying alive,
# with its realm, for as long as a cache holds one of its objects. A cache emptied is refilled
# by the next lookup that misses; full collections are rare while JS runs (engine_limits raises
# the collector's thresholds). A dropper may run between any two bytecodes of engine code (a
# collection starts at an allocation): it only replaces items or empties containers that no
# caller iterates.
_CACHE_DROPPERS: list[Callable[[], None]] = []


def drop_at_full_collection(drop: Callable[[], None]) -> Callable[[], None]:
    """NON-SPEC: register ``drop``, which empties a module-level cache of JS objects, to be
    called at the start of every full collection (see _CACHE_DROPPERS); returns it."""
    _CACHE_DROPPERS.append(drop)
    return drop


def _drop_engine_caches(phase: str, info: dict[str, int]) -> None:
    if phase == "start" and info.get("generation") == 2:
        for drop in _CACHE_DROPPERS:
            drop()


gc.callbacks.append(_drop_engine_caches)


def set_import_hook(hook: Any) -> None:
    """NON-SPEC: install the dynamic import() hook (one loader for every thread's agent)."""
    Agent.import_dynamically = staticmethod(hook)


_MAIN_AGENT = Agent()
_current: ContextVar[Agent] = ContextVar("pyjsvm.agent", default=_MAIN_AGENT)

#: The running thread's agent: ``get_agent()``. Cheap (a context-variable read, about 15 ns):
#: hot paths call it once per JS call or loop and keep the result in a local.
get_agent = _current.get


def enter_agent() -> Agent:
    """NON-SPEC: the running thread's agent, made on its first entry into the engine (entry
    points call this; a context copied into another thread, as by ``asyncio.to_thread``, gets
    a new agent there rather than sharing the first thread's)."""
    agent = _current.get()
    if agent.thread_id != threading.get_ident() and threading.get_ident() not in _extension_stacks:
        agent = Agent()
        _current.set(agent)
    return agent


# NON-SPEC: the steps a RegExp matcher's poll charges (Agent.poll): the matcher steps between two
# of its polls (regexp/codegen.py's POLL_EVERY, the interpreter's mask of 0xFFF)
REGEXP_POLL_COST = 4096


def check_stop(cost: int = 1) -> None:
    """The budget check for loops in built-ins whose trip count JS controls. NON-SPEC: ``cost``
    is what the work since the last check charges to a step budget (``step_limit``): one step
    per element, property, iteration or match a built-in visits (a loop that checks every 256
    elements charges them through ``check_every``), so that a budget bounds the work of built-ins
    as it bounds JS loops.
    Free without a budget or a timeout (one flag read)."""
    agent = _current.get()
    if agent.stop:
        agent.interrupt(cost)


# NON-SPEC: how often a built-in's loop over elements JS controls checks the budget, as the mask
# its index is tested with (``if not i & EVERY_4096: check_every(i, EVERY_4096)``): a loop whose
# elements may run code or allocate (a [[Get]], a callback, a conversion) checks every 256, a loop
# of plain reads every 4,096, a loop of a few bytecodes an element every 65,536
EVERY_256 = 0xFF
EVERY_4096 = 0xFFF
EVERY_65536 = 0xFFFF


def check_every(i: int, mask: int) -> None:
    """NON-SPEC: the budget check of a built-in's loop at its element ``i``, called when
    ``not i & mask`` (the test stays inline in the loop, so that the other elements pay one AND):
    charges the ``mask + 1`` elements visited since the last check, or one step at the loop's
    first element (``i == 0``); the loop's end charges the rest (``charge_rest``), so that the
    loop charges a step per element in all (see ``check_stop``)."""
    agent = _current.get()
    if agent.stop:
        agent.interrupt(mask + 1 if i else 1)


def charge_rest(n: int, mask: int) -> None:
    """NON-SPEC: the budget check where a built-in's loop that checks every ``mask + 1`` elements
    (``check_every``) ends, having visited ``n`` of them (indices 0 .. n - 1): charges the
    ``(n - 1) & mask`` elements visited since its last check, so that with what ``check_every``
    charged the loop charges ``n`` steps. A loop shorter than its check interval charged only its
    first element before, so a built-in called many times on small inputs ran free under a step
    budget (``Object.assign`` of a 1,000-key object, 20,000 times: 9 s under ``step_limit=300000``,
    which ordinary JS spends in 0.1 s). Free without a budget or a timeout (one flag read)."""
    agent = _current.get()
    if agent.stop and n > 1:
        agent.interrupt((n - 1) & mask)


# NON-SPEC: the code units (or bytes, or BigInt digits) that bulk work in one Python operation
# (repeat, a string search, a copy of binary data) does per step charged
UNITS_PER_STEP = 1 << 10


def check_digits(digits: int) -> None:
    """NON-SPEC: the budget check before a BigInt of about ``digits`` digits is converted to or
    from a string: past CPython's own int/str limit the engine converts it by divide and conquer
    on Python's quadratic division (79,000 digits: 0.3 s), so a step budget is charged
    (digits / 1,024) ** 2 steps for a number of 4,096 digits or more."""
    agent = _current.get()
    if agent.stop and digits >= 4096:
        agent.interrupt((digits >> 10) ** 2)


def check_bigint_product(m: int, n: int) -> None:
    """NON-SPEC: the budget check before Python multiplies integers of ``m`` and ``n`` bits (a
    BigInt ``*`` or ``**``): a step per 2**21 bit pairs is charged to a step budget (Karatsuba's
    work on two of 131,000 bits, 2 ms, the time of about 6,000 steps, charged one)."""
    agent = _current.get()
    if agent.stop and m * n >= 1 << 21:
        agent.interrupt((m * n) >> 21)


def check_bigint_quotient(m: int, n: int) -> None:
    """NON-SPEC: the budget check before Python divides an integer of ``m`` bits by one of ``n``
    (a BigInt ``/`` or ``%``): its long division works through the quotient's bits times the
    divisor's, and a step per 2**17 of those pairs is charged to a step budget (262,000 bits by
    130,000: 28 ms, the time of about 80,000 steps, charged one)."""
    agent = _current.get()
    if agent.stop and m > n and (m - n) * n >= 1 << 17:
        agent.interrupt(((m - n) * n) >> 17)


def check_bulk(units: int) -> None:
    """NON-SPEC: the budget check before bulk work on ``units`` code units, bytes or digits done
    in one Python operation (``'x'.repeat(n)``, ``indexOf`` on a long string, a copy of binary
    data): one step per ``UNITS_PER_STEP`` of them is charged to a step budget *before* the work,
    so that ``step_limit`` refuses it instead of seeing it after it happened."""
    agent = _current.get()
    if agent.stop and units >= UNITS_PER_STEP:
        agent.interrupt(units >> 10)


# NON-SPEC: the code units that work done a code unit at a time, but making or comparing Python
# objects as it goes (a JSON text parsed by the C scanner into JS objects, the collation weights
# of two strings compared), does per step charged (about what a step of JS takes)
SCAN_UNITS_PER_STEP = 16


def check_scan(units: int) -> None:
    """NON-SPEC: the budget check before such work on ``units`` code units: a step per
    ``SCAN_UNITS_PER_STEP`` of them is charged to a step budget (JSON.parse of a 12,000 code-unit
    text took the time of 750 steps and was free)."""
    agent = _current.get()
    if agent.stop and units >= SCAN_UNITS_PER_STEP:
        agent.interrupt(units // SCAN_UNITS_PER_STEP)


# NON-SPEC: the items of a long list JS gave (a call's arguments) handled between two budget checks
ITEM_PIECE = 1 << 12


def check_items(n: int) -> None:
    """NON-SPEC: the budget check of bulk work on ``n`` elements, keys or pieces done in one
    Python operation (the keys of an object, the pieces of a split): a step each is charged to a
    step budget, however few (a list of 4,096 or fewer was free before, so that Object.keys of a
    1,000-key object in a loop ran free under a step budget)."""
    agent = _current.get()
    if agent.stop and n:
        agent.interrupt(n)


_Seq = TypeVar("_Seq", list[Any], range)  # (what checked_pieces slices)


def checked_pieces(items: _Seq, size: int = ITEM_PIECE) -> Iterator[_Seq]:
    """NON-SPEC: ``items`` (a list, a range) in slices of ``size``, the budget checked
    (check_stop, a step per item) before each when there is more than one: a built-in's loop over
    a million arguments (Math.max(...a)) stops at a run's timeout and a step budget. One piece is
    not charged: the list is a call's arguments, charged a step each where they were made (a
    spread, ``apply``'s CreateListFromArrayLike), and a pass over it costs less than that."""
    if len(items) <= size:
        yield items
        return
    for b in range(0, len(items), size):
        check_stop(min(size, len(items) - b))
        yield cast(_Seq, items[b:b + size])


def check_stop_compiling() -> None:
    """NON-SPEC: the budget check of the parser (every token) and the compiler: a run that fired
    (its timeout, SIGINT, a memory check) interrupts the compilation of eval / Function / vm code
    as it would a loop; a step budget (``step_limit``) counts what runs, not what is compiled, so
    it is not charged here."""
    agent = _current.get()
    if agent.stop:
        for run in agent.runs:
            if run.fired:
                agent.interrupt()
                return


set_parse_poll(check_stop_compiling)


class _AgentView:
    """``AGENT``: the running thread's agent, for code off the hot paths (each attribute access
    reads the context variable; hot paths call ``get_agent()`` once and keep the agent)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        return getattr(_current.get(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(_current.get(), name, value)


AGENT: Agent = cast(Agent, _AgentView())


def current_realm() -> "Realm":
    realm = _current.get().realm
    assert realm is not None, "no running realm"
    return realm


def throw_error(kind: str, message: str) -> NoReturn:
    """Throw a new native error of ``kind`` ('TypeError', 'RangeError', ...) made in the
    running realm."""
    raise JSThrow(current_realm().new_error(kind, message))


def throw_type_error(message: str) -> NoReturn:
    throw_error("TypeError", message)


def throw_range_error(message: str) -> NoReturn:
    throw_error("RangeError", message)


# NON-SPEC: allocations smaller than this are left to the periodic memory check
ALLOCATION_CHECK_MIN = 1 << 16

# NON-SPEC: the bytes a new list of values takes an element (a pointer: the values themselves are
# the source's, or counted where they were made), and a new string a code unit (Latin-1: a lower
# bound), in the estimate of a result's size that ``check_alloc`` checks before it is made
BYTES_PER_ITEM = 8
BYTES_PER_UNIT = 1
# NON-SPEC: ... and a new small object (an entry's [key, value] array: the object and its list)
BYTES_PER_OBJECT = 160
# NON-SPEC: ... and the parser's and compiler's records of a code unit of eval or Function code
# (a body of 10 MB of 'x++;' took 860 MB, out of the memory walk's sight, for a minute)
BYTES_PER_SOURCE_UNIT = 32


def check_allocation(nbytes: int) -> None:
    """NON-SPEC: before one allocation of about ``nbytes`` that JS asked for (a long string from
    repeat/padStart/padEnd/join..., an ArrayBuffer or typed array, a copy of an array): a
    RangeError when it would take the running context past its ``memory_limit``, so that one huge
    allocation is refused instead of seen only after it happened. A limited run decides on its
    use as last measured, what it has grown since and ``nbytes`` (``Run.allocate``: measured again
    before a refusal); elsewhere the use as last measured plus ``nbytes`` decides."""
    if nbytes < ALLOCATION_CHECK_MIN:
        return
    agent = get_agent()
    checked = False
    for run in agent.runs:
        if run.allocate is not None:
            run.allocate(nbytes)  # may throw the limit's RangeError
            checked = True
    realm = agent.realm
    if checked or realm is None:
        return
    host = realm.host_defined
    limit = host.get("pyjsvm.memory_limit")
    if limit is not None and nbytes + host.get("pyjsvm.memory_used", 0) > limit:
        throw_range_error(f"Memory limit of {limit} bytes exceeded (an allocation of {nbytes} bytes)")


def check_alloc(items: int = 0, units: int = 0, objects: int = 0) -> None:
    """NON-SPEC: the memory limit's check (``check_allocation``) before a built-in makes a result
    of ``items`` elements (an array's or a list's, a Map's or Set's entries, a call's arguments),
    ``units`` code units (a string) and ``objects`` small objects (Object.entries' pairs): the one
    estimate of a result's size from its lengths (``BYTES_PER_ITEM``, ``BYTES_PER_UNIT``,
    ``BYTES_PER_OBJECT``). Free below ``ALLOCATION_CHECK_MIN`` bytes."""
    nbytes = items * BYTES_PER_ITEM + units * BYTES_PER_UNIT + objects * BYTES_PER_OBJECT
    if nbytes >= ALLOCATION_CHECK_MIN:
        check_allocation(nbytes)


def check_source(units: int) -> None:
    """NON-SPEC: before eval or Function code of ``units`` code units is parsed and compiled: a step
    per code unit charged to a step budget (check_stop: eval('1;'.repeat(2e5)) compiled for 12 s),
    and the parser's and compiler's records (``BYTES_PER_SOURCE_UNIT`` a code unit) checked
    against the memory limit (check_allocation)."""
    check_stop(units)
    if units * BYTES_PER_SOURCE_UNIT >= ALLOCATION_CHECK_MIN:
        check_allocation(units * BYTES_PER_SOURCE_UNIT)


def check_growth(n: int) -> None:
    """NON-SPEC: the memory limit's check of a list that grows an element at a time (an iterator
    spread, Array.from's elements, a flattened array), called at its ``n``-th element where
    ``not n & EVERY_4096``: at each power of two, before the list's next doubling (``n`` elements
    more), check_alloc; a list of 2**24 elements is refused before it passes the limit instead of
    being seen by the periodic walk after it did."""
    if not n & (n - 1):
        check_alloc(items=n)


def throw_syntax_error(message: str) -> NoReturn:
    throw_error("SyntaxError", message)


def throw_reference_error(message: str) -> NoReturn:
    throw_error("ReferenceError", message)


# --- process settings the engine needs while JS runs ------------------------------------------

# NON-SPEC: each JS call uses several Python frames; the JS depth limit (AGENT.max_depth) is what
# stops runaway recursion, so the thread running JS must be allowed far more Python frames than
# CPython's default while engine code runs. Only that thread gets them (runtime/thread_limit: a
# grant of frames in its own thread state): other threads of the host and
# ``sys.getrecursionlimit()`` keep the host's setting, and Python code that JS calls
# (``call_python``) runs with the host's limit counted from where it was called
# (``host_limit_enter``). Where the thread state cannot be read (not CPython, an unknown layout)
# the process-wide limit is raised while engine code is on the stack, as a fallback. The int/str
# digit limit (CPython's CVE-2020-10735 mitigation) is never touched: the engine's BigInt <->
# string conversions split long numbers themselves (runtime/numeric._digits_to_int,
# intrinsics/bigint.bigint_to_string).
ENGINE_RECURSION_LIMIT = 200_000
# NON-SPEC (speed): JS programs allocate many small containers (objects, their property dicts,
# environments), many of them long-lived; with CPython's default thresholds (700, 10, 10) the cyclic
# collector took 60% of Octane's Splay and 15% of EarleyBoyer. While JS runs the first threshold
# is raised to ENGINE_GC_THRESHOLD0 and the second to ENGINE_GC_THRESHOLD1 (a host's higher
# settings are kept): most survivors of a young collection then die (by reference count) before
# the middle generation is traversed, and full collections come rarer. Cyclic garbage waits
# longer (a few MB more at most). The host's thresholds are restored after. Measured (CPU s
# spent in collections, per run, against (10,000, 10)): Splay 1.30 -> 0.57, EarleyBoyer 0.43 ->
# 0.10, DeltaBlue 0.035 -> 0.009; peak RSS Splay 257 -> 260 MB, EarleyBoyer 92 -> 119 MB, a
# loop making 600,000 cyclic objects 31 -> 35 MB (see CONTRIBUTING.md).
ENGINE_GC_THRESHOLD0 = 50_000
ENGINE_GC_THRESHOLD1 = 50
# NON-SPEC: the fewest Python frames the engine runs with when host code that JS called enters
# it again (the frames of all re-entries come out of one grant, see ``thread_limit.grant``): with
# fewer left, the entry is a RangeError rather than a parse or call failing a few frames later
REENTRY_MIN_FRAMES = 2_000
_limits_lock = threading.Lock()
_limits_users = 0
_limits_saved = 0
_gc_saved: tuple[int, ...] | None = None


def _engine_frames(limit: int) -> int:
    return ENGINE_RECURSION_LIMIT - limit if limit < ENGINE_RECURSION_LIMIT else 0


def raise_thread_limit() -> None:
    """NON-SPEC: grant the running thread the engine's frames for good (the engine's own
    helper threads, which run only engine code)."""
    f = thread_fields()
    if f is not None:
        thread_limit.grant(f, _engine_frames(f[1].value))


@contextmanager
def engine_limits() -> Iterator[None]:
    """Grant the running thread the engine's Python frames and raise the cyclic collector's
    first threshold while the block runs (re-entrant: an inner block finds the grant held; the
    outermost exit of any thread restores the host's thresholds).

    NON-SPEC: re-entries share one budget. Host code that JS called (a Python callable, a
    mapping's ``__getitem__``) may enter the engine again, and JS <-> Python mutual recursion
    piles up C frames (the host call and the re-entry go through C) that the JS depth does not
    see when only built-ins and scripts are on the loop. So each entry is charged to the
    thread's C-stack budget (``Agent.c_depth``, as ``c_reentry`` charges a generator's resume),
    and an entry past it throws a RangeError there (host code cannot continue on a helper
    thread's stack as JS code does); a re-entry's Python frames are what is left of the grant
    the host call suspended (``thread_limit.grant``), and one with fewer than
    ``REENTRY_MIN_FRAMES`` left throws the same RangeError. An entry from engine code
    (compiling a function) costs one unit while it lasts; it always fits, since a resume never
    leaves ``c_depth`` past ``c_limit`` on the thread that runs JS."""
    agent = enter_agent()
    depth = agent.c_depth + 1
    if depth > agent.c_limit:
        throw_range_error("Maximum call stack size exceeded")
    f = thread_fields()
    agent.c_depth = depth
    # (a helper thread's stack counts from zero again: the entry stays the first thread's, which
    # a walk of the helper's stack never meets)
    entry = depth == 1 and agent.entry_frame is None
    if entry:
        # (0: this generator's frame, 1: the context manager's __enter__, 2: the ``with``'s)
        agent.entry_frame = sys._getframe(2)
    try:
        with _process_limits(recursion=f is None):
            if f is None:
                yield
                return
            wanted = _engine_frames(f[1].value)
            frames = thread_limit.grant(f, wanted)
            if frames is None:
                yield
                return
            try:
                if frames < wanted and frames < REENTRY_MIN_FRAMES:
                    # re-entered from host code with the thread's frames all but spent
                    throw_range_error("Maximum call stack size exceeded")
                yield
            finally:
                thread_limit.take_back(f, frames)
    finally:
        agent.c_depth = depth - 1
        if entry:
            agent.entry_frame = None


def host_limit_enter() -> "tuple[int, bool, int | None] | None":
    """NON-SPEC: before JS calls host (Python) code: the thread's grant is suspended and its
    depth reads zero, as on a fresh thread, so that host code recursing through C
    (``json.loads``, ``repr``) gets Python's RecursionError at the host's limit as it would
    outside JS. Returns what ``host_limit_exit`` needs."""
    f = thread_fields()
    return None if f is None else thread_limit.host_enter(f)


def host_limit_exit(saved: "tuple[int, bool, int | None] | None") -> None:
    """NON-SPEC: after the host code of ``host_limit_enter`` (at the same depth)."""
    if saved is not None:
        f = thread_fields()
        if f is not None:
            thread_limit.host_exit(f, saved)


def _engine_thresholds(host: tuple[int, ...]) -> tuple[int, ...]:
    """The collector's thresholds while JS runs, for the host's ``host`` (none while the host
    has switched automatic collection off with a first threshold of 0)."""
    if host[0] <= 0:
        return host
    return (max(host[0], ENGINE_GC_THRESHOLD0), max(host[1], ENGINE_GC_THRESHOLD1), *host[2:])


@contextmanager
def _process_limits(recursion: bool) -> Iterator[None]:
    """The process-wide settings while any thread runs engine code: the collector's threshold,
    and with ``recursion`` (the fallback where the thread state cannot be read) the recursion
    limit."""
    global _limits_users, _limits_saved, _gc_saved
    with _limits_lock:
        if _limits_users == 0:
            _limits_saved = sys.getrecursionlimit()
            if recursion and _limits_saved < ENGINE_RECURSION_LIMIT:
                sys.setrecursionlimit(ENGINE_RECURSION_LIMIT)
            thresholds = gc.get_threshold()
            _gc_saved = None
            engine = _engine_thresholds(thresholds)
            if engine != thresholds:
                _gc_saved = thresholds
                gc.set_threshold(*engine)
        _limits_users += 1
    try:
        yield
    finally:
        with _limits_lock:
            _limits_users -= 1
            if _limits_users == 0:
                if sys.getrecursionlimit() == ENGINE_RECURSION_LIMIT != _limits_saved:
                    sys.setrecursionlimit(_limits_saved)
                # the host's thresholds, unless something changed them while JS ran
                if _gc_saved is not None and gc.get_threshold() == _engine_thresholds(_gc_saved):
                    gc.set_threshold(*_gc_saved)
                _gc_saved = None
