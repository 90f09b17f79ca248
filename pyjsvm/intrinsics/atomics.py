"""The Atomics object (sec-atomics-object): atomic read-modify-write operations on integer typed
arrays, wait/notify/waitAsync on Int32Array and BigInt64Array views of SharedArrayBuffers, and
Atomics.pause.

NON-SPEC: agents are Python threads (an agent signifier is a thread id). One lock, ``_CRITICAL``,
is both the waiter lists' critical section and what makes each read-modify-write atomic between
threads. The waiter lists (sec-waiterlist-objects) are kept per Data Block (the bytearray every
SharedArrayBuffer object over it holds) and byte index; a synchronous wait blocks the calling
thread on a ``threading.Event`` until notified or timed out (polling the agent's interrupt flag).
A waitAsync waiter's promise is settled through the host's job hooks (HostEnqueueTimeoutJob for a
finite timeout, HostEnqueueGenericJob when another agent notifies it; ``pyjsvm.runtime.jobs``).
"""
from __future__ import annotations

import math
import threading
import time
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import AGENT, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.buffers import (
    BIGINT64, INT32, get_modify_set_value_in_buffer, get_value_from_buffer, numeric_to_raw_bytes, raw_bytes_to_numeric,
    set_value_in_buffer, typed_array_length_or_none,
)
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import (
    create_data_property_or_throw, to_bigint, to_display, to_index, to_int32, to_integer_or_infinity, to_number,
)
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, JSBigInt, argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.runtime.promise import new_promise
from pyjsvm.runtime.jobs import host_enqueue_generic_job, host_enqueue_timeout_job, job_queue_for

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

table = BuiltinTable()



def validate_integer_typed_array(typed_array: Any, waitable: bool = False, write: bool = False) -> JSTypedArray:
    """ValidateIntegerTypedArray (sec-validateintegertypedarray)."""
    if not isinstance(typed_array, JSTypedArray):
        throw_type_error(f"{to_display(typed_array)} is not an integer typed array")
    if write and typed_array.buffer.immutable:
        throw_type_error("Cannot perform an Atomics write on an immutable ArrayBuffer")
    if typed_array_length_or_none(typed_array) is None:
        throw_type_error("Cannot perform Atomics operation on a detached or out-of-bounds typed array")
    t = typed_array.etype
    if waitable:
        if t is not INT32 and t is not BIGINT64:
            throw_type_error(f"[object {typed_array.name}] is not an int32 or BigInt64 typed array")
    elif t.is_float or t.name == "Uint8C":
        throw_type_error(f"[object {typed_array.name}] is not an integer typed array")
    return typed_array


def validate_atomic_access(typed_array: JSTypedArray, request_index: Any) -> int:
    """ValidateAtomicAccess (sec-validateatomicaccess): the byte index in the buffer."""
    length = typed_array_length_or_none(typed_array) or 0
    access_index = to_index(request_index, "Invalid atomic access index")
    if access_index >= length:
        throw_range_error("Invalid atomic access index")
    return access_index * typed_array.etype.size + typed_array.byte_offset


def validate_atomic_access_on_integer_typed_array(typed_array: Any, request_index: Any, write: bool = False) -> tuple[JSTypedArray, int]:
    """ValidateAtomicAccessOnIntegerTypedArray (sec-validateatomicaccessonintegertypedarray)."""
    ta = validate_integer_typed_array(typed_array, False, write)
    return ta, validate_atomic_access(ta, request_index)


def revalidate_atomic_access(typed_array: JSTypedArray, byte_index: int) -> None:
    """RevalidateAtomicAccess (sec-revalidateatomicaccess)."""
    if typed_array_length_or_none(typed_array) is None:
        throw_type_error("Cannot perform Atomics operation on a detached or out-of-bounds typed array")
    d = typed_array.buffer.data
    if d is None or byte_index >= len(d):
        throw_range_error("Invalid atomic access index")


def _to_integer_value(ta: JSTypedArray, value: Any) -> Any:
    """ToBigInt for BigInt arrays, else 𝔽(? ToIntegerOrInfinity(value))."""
    if ta.etype.bigint:
        return value if type(value) is JSBigInt else to_bigint(value)
    return to_integer_or_infinity(value) + 0.0


def atomic_read_modify_write(typed_array: Any, index: Any, value: Any, op: Callable[[int, int], int]) -> Any:
    """AtomicReadModifyWrite (sec-atomicreadmodifywrite)."""
    ta, byte_index = validate_atomic_access_on_integer_typed_array(typed_array, index, True)
    v = _to_integer_value(ta, value)
    revalidate_atomic_access(ta, byte_index)
    with _CRITICAL:
        return get_modify_set_value_in_buffer(ta.buffer, byte_index, ta.etype, v, op)


def _rmw(name: str, op: Callable[[int, int], int]) -> None:
    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        return atomic_read_modify_write(argument(args, 0), argument(args, 1), argument(args, 2), op)
    impl.__doc__ = f"Atomics.{name} ( typedArray, index, value ) (sec-atomics.{name.lower()})."
    table.method(name, 3)(impl)


_rmw("add", lambda old, v: old + v)
_rmw("and", lambda old, v: old & v)
_rmw("exchange", lambda old, v: v)
_rmw("or", lambda old, v: old | v)
_rmw("sub", lambda old, v: old - v)
_rmw("xor", lambda old, v: old ^ v)


@table.method("compareExchange", 4)
def atomics_compare_exchange(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue ) (sec-atomics.compareexchange)."""
    ta, byte_index = validate_atomic_access_on_integer_typed_array(argument(args, 0), argument(args, 1), True)
    expected = _to_integer_value(ta, argument(args, 2))
    replacement = _to_integer_value(ta, argument(args, 3))
    revalidate_atomic_access(ta, byte_index)
    t = ta.etype
    d = ta.buffer.data
    assert d is not None
    expected_bytes = numeric_to_raw_bytes(t, expected, True)
    with _CRITICAL:
        # the bytes compared are the bytes returned: one read (a second read could see another
        # agent's store made in between)
        raw_bytes_read = bytes(d[byte_index:byte_index + t.size])
        if raw_bytes_read == expected_bytes:
            set_value_in_buffer(ta.buffer, byte_index, t, replacement)
    return raw_bytes_to_numeric(t, raw_bytes_read, True)


@table.method("load", 2)
def atomics_load(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.load ( typedArray, index ) (sec-atomics.load)."""
    ta, byte_index = validate_atomic_access_on_integer_typed_array(argument(args, 0), argument(args, 1))
    revalidate_atomic_access(ta, byte_index)
    return get_value_from_buffer(ta.buffer, byte_index, ta.etype)


@table.method("store", 3)
def atomics_store(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.store ( typedArray, index, value ) (sec-atomics.store)."""
    ta, byte_index = validate_atomic_access_on_integer_typed_array(argument(args, 0), argument(args, 1), True)
    v = _to_integer_value(ta, argument(args, 2))
    revalidate_atomic_access(ta, byte_index)
    with _CRITICAL:
        # inside the critical section, so that no store falls between a read-modify-write's
        # read and its write (which would lose the store)
        set_value_in_buffer(ta.buffer, byte_index, ta.etype, v)
    return v


@table.method("isLockFree", 1)
def atomics_is_lock_free(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.isLockFree ( size ) (sec-atomics.islockfree)."""
    n = to_integer_or_infinity(argument(args, 0))
    return n in (1.0, 2.0, 4.0, 8.0)


@table.method("pause", 0)
def atomics_pause(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.pause ( [ N ] ) (sec-atomics.pause)."""
    n = argument(args, 0)
    if n is not None and (type(n) is not float or n - n != 0 or n != math.floor(n)):
        throw_type_error("Atomics.pause argument must be undefined or an integer")
    return None


# --- waiter lists (sec-waiterlist-objects) ------------------------------------------------------

class Waiter:
    """A Waiter Record (sec-waiter-record). [[AgentSignifier]] is the waiting Python thread
    (``agent``); a synchronous waiter blocks on ``event``, an asynchronous one has the promise's
    ``resolve`` function (and the ``realm`` whose jobs settle it)."""

    __slots__ = ("agent", "event", "result", "resolve", "realm", "queue")

    def __init__(self, resolve: Any = None, realm: Any = None) -> None:
        self.agent = threading.get_ident()
        self.event = threading.Event()
        self.result = "ok"
        self.resolve = resolve
        self.realm = realm
        # NON-SPEC: where this agent's jobs for ``realm`` go, for a settlement sent by another agent
        self.queue = job_queue_for(realm) if resolve is not None else None


class WaiterList:
    """A WaiterList Record (sec-waiterlist-objects): the waiters on one byte index of one Data
    Block, in FIFO order. Its critical section is the module's ``_CRITICAL`` lock."""

    __slots__ = ("key", "block", "waiters")

    def __init__(self, block: bytearray, i: int) -> None:
        self.key = (id(block), i)
        self.block = block    # NON-SPEC: keeps the block (and so its id) alive while listed
        self.waiters: list[Waiter] = []


# NON-SPEC: one lock stands for every WaiterList's critical section (EnterCriticalSection,
# sec-entercriticalsection) and makes the read-modify-write operations atomic between agent threads.
_CRITICAL = threading.RLock()
# (id of the Data Block, byte index) -> WaiterList. A Data Block is the bytearray that every
# SharedArrayBuffer object sharing it (one per agent) holds; an empty list is dropped.
_WAITER_LISTS: dict[tuple[int, int], WaiterList] = {}


def get_waiter_list(block: bytearray, i: int) -> WaiterList:
    """GetWaiterList ( block, i ) (sec-getwaiterlist). Called in the critical section."""
    key = (id(block), i)
    wl = _WAITER_LISTS.get(key)
    if wl is None:
        wl = _WAITER_LISTS[key] = WaiterList(block, i)
    return wl


def remove_waiter(wl: WaiterList, waiter: Waiter) -> None:
    """RemoveWaiter ( WL, waiterRecord ) (sec-removewaiter), dropping the list once empty."""
    wl.waiters.remove(waiter)
    _drop_if_empty(wl)


def remove_waiters(wl: WaiterList, c: float) -> list[Waiter]:
    """RemoveWaiters ( WL, c ) (sec-removewaiters): the first ``c`` waiters, removed."""
    n = len(wl.waiters) if c == math.inf else min(int(c), len(wl.waiters))
    taken = wl.waiters[:n]
    for w in taken:
        remove_waiter(wl, w)
    return taken


def notify_waiter(waiter: Waiter) -> None:
    """NotifyWaiter ( WL, waiterRecord ) (sec-notifywaiter). Called in the critical section."""
    if waiter.resolve is None:
        waiter.event.set()  # wake the suspended agent
    elif waiter.agent == threading.get_ident():
        waiter.resolve.call(None, [waiter.result])
    else:
        enqueue_resolve_in_agent_job(waiter)


def enqueue_resolve_in_agent_job(waiter: Waiter) -> None:
    """EnqueueResolveInAgentJob ( agentSignifier, promiseCapability, resolution )
    (sec-enqueueresolveinagentjob): the waiter's agent settles its own promise."""
    resolve, result = waiter.resolve, waiter.result
    host_enqueue_generic_job(lambda: resolve.call(None, [result]), waiter.realm, waiter.queue)


def enqueue_atomics_wait_async_timeout_job(wl: WaiterList, waiter: Waiter, realm: "Realm", ms: float) -> None:
    """EnqueueAtomicsWaitAsyncTimeoutJob ( WL, waiterRecord ) (sec-enqueueatomicswaitasynctimeoutjob)."""
    def timeout_job() -> None:
        with _CRITICAL:
            if waiter in wl.waiters:
                waiter.result = "timed-out"
                remove_waiter(wl, waiter)
                notify_waiter(waiter)
    host_enqueue_timeout_job(timeout_job, realm, ms)


def suspend_this_agent(wl: WaiterList, waiter: Waiter, timeout: float) -> None:
    """SuspendThisAgent ( WL, waiterRecord ) (sec-suspendthisagent), entered in the critical
    section: leave it, block until notified or ``timeout`` ms pass (NON-SPEC: polling the agent's
    interrupt flag so that a host timeout still ends the wait), then re-enter it."""
    deadline = None if timeout == math.inf else time.monotonic() + timeout / 1000.0
    _CRITICAL.release()
    try:
        while not waiter.event.is_set():
            remaining = 0.05 if deadline is None else min(0.05, deadline - time.monotonic())
            if remaining <= 0:
                break
            waiter.event.wait(remaining)
            if AGENT.stop:
                try:
                    AGENT.interrupt()
                except BaseException:
                    with _CRITICAL:
                        if waiter in wl.waiters:
                            remove_waiter(wl, waiter)
                    raise
    finally:
        _CRITICAL.acquire()
    # Woken by NotifyWaiter (already removed from WL), or timed out (still listed).
    if waiter in wl.waiters:
        waiter.result = "timed-out"
        remove_waiter(wl, waiter)


def do_wait(realm: "Realm", mode: str, typed_array: Any, index: Any, value: Any, timeout: Any) -> Any:
    """DoWait ( mode, typedArray, index, value, timeout ) (sec-dowait). ``mode`` is 'sync' or
    'async'."""
    # 1-4.
    ta = validate_integer_typed_array(typed_array, True)
    buffer = ta.buffer
    if not buffer.shared:
        throw_type_error("Atomics.wait needs a typed array over a SharedArrayBuffer")
    byte_index = validate_atomic_access(ta, index)
    # 5-7.
    if ta.etype is BIGINT64:
        v: Any = to_bigint(value)
        v = JSBigInt(((v.value + (1 << 63)) % (1 << 64)) - (1 << 63))
    else:
        v = float(to_int32(value))
    # 8-11.
    q = to_number(timeout)
    if q != q or q == math.inf:
        t = math.inf
    elif q == -math.inf:
        t = 0.0
    else:
        t = max(q, 0.0)
    # 12. AgentCanSuspend()
    if mode == "sync" and not realm.host_defined.get("can_block", True):
        throw_type_error("Atomics.wait cannot be called in this context")
    block = buffer.data
    assert block is not None
    # 15-16.
    promise = resolve = None
    if mode == "async":
        promise, resolve, _reject = new_promise(realm)
    with _CRITICAL:
        wl = get_waiter_list(block, byte_index)
        # 18-19.
        w = get_value_from_buffer(buffer, byte_index, ta.etype)
        equal = (w.value == v.value) if type(w) is JSBigInt else w == v
        if not equal:
            _drop_if_empty(wl)
            if mode == "sync":
                return "not-equal"
            return _async_result(realm, False, "not-equal")
        # 20.
        if t == 0 and mode == "async":
            _drop_if_empty(wl)
            return _async_result(realm, False, "timed-out")
        if mode == "sync":
            # NON-SPEC: a step budget is charged a step per millisecond the wait may block (an
            # unbounded wait more than any budget) before it blocks: the wait polled the budget
            # every 50 ms, one step each, so Atomics.wait(ta, 0, 0) under step_limit alone hung
            try:
                check_stop(_UNBOUNDED_WAIT_STEPS if t == math.inf else min(int(t), _UNBOUNDED_WAIT_STEPS))
            except BaseException:
                _drop_if_empty(wl)
                raise
        # 21-26.
        waiter = Waiter(resolve, realm)
        wl.waiters.append(waiter)   # AddWaiter (sec-addwaiter)
        if mode == "sync":
            suspend_this_agent(wl, waiter, t)
            return waiter.result
        if t != math.inf:
            enqueue_atomics_wait_async_timeout_job(wl, waiter, realm, t)
    return _async_result(realm, True, promise)


# NON-SPEC: what an unbounded Atomics.wait charges a step budget (more than any budget holds)
_UNBOUNDED_WAIT_STEPS = 1 << 62


def _drop_if_empty(wl: WaiterList) -> None:
    if not wl.waiters and _WAITER_LISTS.get(wl.key) is wl:
        del _WAITER_LISTS[wl.key]


def _async_result(realm: "Realm", is_async: bool, value: Any) -> JSObject:
    o = JSObject(realm.object_prototype)
    create_data_property_or_throw(o, "async", is_async)
    create_data_property_or_throw(o, "value", value)
    return o


@table.method("wait", 4)
def atomics_wait(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.wait ( typedArray, index, value, timeout ) (sec-atomics.wait)."""
    return do_wait(realm, "sync", argument(args, 0), argument(args, 1), argument(args, 2), argument(args, 3))


@table.method("waitAsync", 4)
def atomics_wait_async(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.waitAsync ( typedArray, index, value, timeout ) (sec-atomics.waitasync)."""
    return do_wait(realm, "async", argument(args, 0), argument(args, 1), argument(args, 2), argument(args, 3))


@table.method("notify", 3)
def atomics_notify(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Atomics.notify ( typedArray, index, count ) (sec-atomics.notify)."""
    ta = validate_integer_typed_array(argument(args, 0), True)
    byte_index = validate_atomic_access(ta, argument(args, 1))
    count = argument(args, 2)
    c = math.inf if count is None else max(to_integer_or_infinity(count), 0.0)
    buffer = ta.buffer
    if not buffer.shared:
        return 0.0
    block = buffer.data
    assert block is not None
    with _CRITICAL:
        wl = _WAITER_LISTS.get((id(block), byte_index))
        if wl is None:
            return 0.0
        woken = remove_waiters(wl, c)
        for w in woken:
            notify_waiter(w)
    return float(len(woken))


def setup(realm: "Realm") -> None:
    atomics = JSObject(realm.object_prototype)
    realm.intrinsics["%Atomics%"] = atomics
    table.install(realm, atomics)
    atomics.define_builtin(SYM_TO_STRING_TAG, "Atomics", C)
    realm.define_global("Atomics", atomics)


__all__ = ["setup", "do_wait", "validate_integer_typed_array", "validate_atomic_access", "Waiter", "WaiterList",
           "get_waiter_list"]
