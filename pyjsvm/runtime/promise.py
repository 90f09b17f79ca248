"""Promise abstract operations (sec-promise-abstract-operations) and jobs (sec-promise-jobs):
the records, resolving functions, reactions, NewPromiseCapability, PromiseResolve and
PerformPromiseThen. The Promise constructor and prototype are ``pyjsvm.intrinsics.promise``.

For the engine (async functions, await, async generators)::

    new_promise(realm) -> (promise, resolve, reject)      # a %Promise% with its resolving functions
    new_promise_capability(C) -> PromiseCapability       # NewPromiseCapability (sec-newpromisecapability)
    promise_resolve(realm, C, x) -> promise              # PromiseResolve (sec-promise-resolve); C None = %Promise%
    perform_promise_then(promise, on_fulfilled, on_rejected, capability=None)   # sec-performpromisethen
    perform_promise_then_internal(promise, on_fulfilled, on_rejected, realm)    # NON-SPEC, for Await
    resolve_promise(promise, resolution) / reject_promise(promise, reason)      # for a promise whose
        # resolving functions were never exposed (an async function's own promise)

Jobs go to ``pyjsvm.runtime.jobs`` (``run_jobs()`` drains them).
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import current_realm, get_agent, JSThrow, throw_type_error
from pyjsvm.runtime.jobs import enqueue_job, host_promise_rejection_tracker
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject, Prop
from pyjsvm.runtime.operations import call, get_function_realm, is_callable, is_constructor, to_display
from pyjsvm.runtime.values import argument

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


PENDING = "pending"


FULFILLED = "fulfilled"


REJECTED = "rejected"


FULFILL = "fulfill"


REJECT = "reject"


class JSPromise(JSObject):
    """A Promise instance (sec-properties-of-promise-instances): [[PromiseState]] ('pending',
    'fulfilled' or 'rejected'), [[PromiseResult]], [[PromiseFulfillReactions]],
    [[PromiseRejectReactions]] (None once settled) and [[PromiseIsHandled]].

    NON-SPEC: ``watchers``, host callbacks (no arguments, no JS) called once when the promise
    settles, right after its state changed; a host waiting for the promise outside JS (an
    asyncio task awaiting it from Python, possibly on another thread) registers one with
    ``watch_settlement`` instead of polling. They are invisible to JS."""

    __slots__ = ("state", "result", "fulfill_reactions", "reject_reactions", "is_handled", "watchers")

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.state = PENDING
        self.result: Any = None
        self.fulfill_reactions: list[PromiseReaction] | None = []
        self.reject_reactions: list[PromiseReaction] | None = []
        self.is_handled = False
        self.watchers: list[Callable[[], None]] | None = None


class PromiseCapability:
    """A PromiseCapability Record (sec-promisecapability-records).

    NON-SPEC: the capability of a realm's %Promise% made by new_promise_capability holds its
    [[Resolve]] and [[Reject]] (CreateResolvingFunctions) unmade until ``resolve`` or
    ``reject`` is read: ``settle``, what a reaction job does with them, runs their steps
    without making them. ``cell`` is their shared [[AlreadyResolved]] state (the promise, None
    once resolved) and ``realm`` theirs."""

    __slots__ = ("promise", "_resolve", "_reject", "cell", "realm")

    def __init__(self, promise: Any, resolve: Any, reject: Any) -> None:
        self.promise = promise
        self._resolve = resolve
        self._reject = reject
        self.cell: list[Any] | None = None
        self.realm: "Realm | None" = None

    @classmethod
    def unmade(cls, promise: "JSPromise", realm: "Realm") -> "PromiseCapability":
        """NON-SPEC: the capability of a new ``promise`` of ``realm``'s %Promise%, whose
        resolving functions are made when first read."""
        cap = cls(promise, None, None)
        cap.cell = [promise]
        cap.realm = realm
        return cap

    def _make(self) -> None:
        assert self.cell is not None and self.realm is not None
        self._resolve, self._reject = create_resolving_functions(self.promise, self.realm, self.cell)

    @property
    def resolve(self) -> Any:
        if self._resolve is None:
            self._make()
        return self._resolve

    @property
    def reject(self) -> Any:
        if self._reject is None:
            self._make()
        return self._reject

    def settle(self, fulfil: bool, value: Any) -> Any:
        """``Call(fulfil ? [[Resolve]] : [[Reject]], undefined, « value »)``: unmade, their
        steps, run in their realm as a call of them would."""
        if self._resolve is not None:
            return call(self._resolve if fulfil else self._reject, None, [value])
        assert self.cell is not None
        agent = get_agent()
        saved = agent.realm
        agent.realm = self.realm
        try:
            _settle_once(self.cell, fulfil, value)
        finally:
            agent.realm = saved
        return None


class PromiseReaction:
    """A PromiseReaction Record (sec-promisereaction-records). ``handler`` is a JS callable, None
    (~empty~), or (NON-SPEC, ``perform_promise_then_internal``) a Python callable taking the
    argument, run in ``realm``."""

    __slots__ = ("capability", "type", "handler", "realm", "context")

    def __init__(self, capability: PromiseCapability | None, type_: str, handler: Any,
                 realm: "Realm | None" = None) -> None:
        self.capability = capability
        self.type = type_
        self.handler = handler
        self.realm = realm
        # NON-SPEC (the AsyncContext proposal): the agent's async_context when the reaction
        # was registered (PerformPromiseThen), restored around its job
        self.context: Any = None


def is_promise(x: Any) -> bool:
    """IsPromise ( x ) (sec-ispromise)."""
    return isinstance(x, JSPromise)


# NON-SPEC: the length and name Props every resolving function shares (both only configurable:
# nothing changes them in place, see BuiltinFunction)
_RESOLVING_PROPS = (Prop(1.0, C), Prop("", C))


def create_resolving_functions(promise: JSPromise, realm: "Realm | None" = None,
                               cell: list[Any] | None = None) -> tuple[BuiltinFunction, BuiltinFunction]:
    """CreateResolvingFunctions ( promise ) (sec-createresolvingfunctions): returns (resolve,
    reject), built-in functions of ``realm`` (default: the running realm) with length 1 and name
    ""; they share the [[AlreadyResolved]] state (``cell``: an unmade capability's)."""
    if realm is None:
        realm = current_realm()
    # 1. Let promiseOrEmpty be the Record { [[Value]]: promise }.
    if cell is None:
        cell = [promise]

    def resolve_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """Promise Resolve Functions (sec-createresolvingfunctions, resolveSteps)."""
        _settle_once(cell, True, args[0] if args else None)
        return None

    def reject_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """Promise Reject Functions (sec-createresolvingfunctions, rejectSteps)."""
        _settle_once(cell, False, args[0] if args else None)
        return None

    return (BuiltinFunction(realm, resolve_steps, "", 1, shared=_RESOLVING_PROPS),
            BuiltinFunction(realm, reject_steps, "", 1, shared=_RESOLVING_PROPS))


def _settle_once(cell: list[Any], fulfil: bool, value: Any) -> None:
    """The steps the resolving functions sharing ``cell`` take (resolveSteps / rejectSteps):
    nothing once [[AlreadyResolved]] (the cell emptied), else resolve or reject its promise."""
    p = cell[0]
    if p is None:
        return
    cell[0] = None
    if fulfil:
        resolve_promise(p, value)
    else:
        reject_promise(p, value)


def resolve_promise(promise: JSPromise, resolution: Any) -> None:
    """The steps of a promise resolve function after its [[AlreadyResolved]] check
    (sec-createresolvingfunctions, resolveSteps 4-15). Call it directly only for a promise
    whose resolving functions were never exposed and that is resolved only once."""
    # 4. If SameValue(resolution, promise) is true, reject with a new TypeError.
    if resolution is promise:
        reject_promise(promise, current_realm().new_error("TypeError", "Chaining cycle detected for promise #<Promise>"))
        return
    # 5. If resolution is not an Object, fulfill.
    if not isinstance(resolution, JSObject):
        fulfill_promise(promise, resolution)
        return
    # 6-8. Let then be Completion(Get(resolution, "then")); reject on abrupt.
    try:
        then = resolution.get("then", resolution)
    except JSThrow as e:
        reject_promise(promise, e.value)
        return
    # 9-10. If IsCallable(thenAction) is false, fulfill.
    if not (isinstance(then, JSObject) and then.is_callable):
        fulfill_promise(promise, resolution)
        return
    # 11-13. Enqueue NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
    job, realm = new_promise_resolve_thenable_job(promise, resolution, then)
    enqueue_job(job, realm)


def fulfill_promise(promise: JSPromise, value: Any) -> None:
    """FulfillPromise ( promise, value ) (sec-fulfillpromise)."""
    # 1. Assert: promise.[[PromiseState]] is pending.
    reactions = promise.fulfill_reactions
    promise.result = value
    promise.fulfill_reactions = None
    promise.reject_reactions = None
    promise.state = FULFILLED
    if promise.watchers is not None:
        _notify_watchers(promise)
    if reactions:
        trigger_promise_reactions(reactions, value)


def reject_promise(promise: JSPromise, reason: Any) -> None:
    """RejectPromise ( promise, reason ) (sec-rejectpromise)."""
    reactions = promise.reject_reactions
    promise.result = reason
    promise.fulfill_reactions = None
    promise.reject_reactions = None
    promise.state = REJECTED
    if promise.watchers is not None:
        _notify_watchers(promise)
    # 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "reject").
    if not promise.is_handled:
        host_promise_rejection_tracker(promise, "reject")
    if reactions:
        trigger_promise_reactions(reactions, reason)


_WATCH_LOCK = threading.Lock()


def _notify_watchers(promise: JSPromise) -> None:
    """NON-SPEC: call the host callbacks waiting for ``promise`` to settle (see JSPromise)."""
    watchers = promise.watchers
    promise.watchers = None
    for w in watchers or ():
        w()


def watch_settlement(promise: JSPromise, callback: Callable[[], None]) -> Callable[[], None]:
    """NON-SPEC (host): call ``callback`` (no JS, any thread) once ``promise`` settles, or at
    once if it has; returns a function that unregisters it. Thread-safe with a settlement on
    another thread: the state is tested after registering (a settlement sets the state before
    it takes the watchers), so the callback is never missed (it may run twice at most, never
    zero times)."""
    with _WATCH_LOCK:  # two threads registering at once must not each make a list
        watchers = promise.watchers
        if watchers is None:
            watchers = promise.watchers = []
        watchers.append(callback)
    if promise.state != PENDING:
        callback()

    def unwatch() -> None:
        w = promise.watchers
        if w is not None:
            try:
                w.remove(callback)
            except ValueError:
                pass
    return unwatch


def trigger_promise_reactions(reactions: list[PromiseReaction], argument: Any) -> None:
    """TriggerPromiseReactions ( reactions, argument ) (sec-triggerpromisereactions)."""
    for reaction in reactions:
        job, realm = new_promise_reaction_job(reaction, argument)
        enqueue_job(job, realm, reaction.context)


def _function_realm(f: Any) -> "Realm":
    """Completion(GetFunctionRealm(f)), the current realm when it throws (revoked proxy)."""
    try:
        realm: Realm = get_function_realm(f)
        return realm
    except JSThrow:
        return current_realm()


def new_promise_reaction_job(reaction: PromiseReaction, argument: Any) -> tuple[Callable[[], Any], "Realm | None"]:
    """NewPromiseReactionJob ( reaction, argument ) (sec-newpromisereactionjob): returns (job,
    handler realm)."""

    def job() -> Any:
        capability = reaction.capability
        handler = reaction.handler
        # 4-5. Apply the handler (or pass the argument through).
        if handler is None:
            ok = reaction.type == FULFILL
            result = argument
        else:
            try:
                if isinstance(handler, JSObject):
                    result = handler.call(None, [argument])  # HostCallJobCallback
                else:
                    result = handler(argument)  # NON-SPEC internal handler
                ok = True
            except JSThrow as e:
                ok = False
                result = e.value
        # 6. If promiseCapability is undefined: Assert handlerResult is not abrupt.
        if capability is None:
            if not ok:
                raise JSThrow(result)
            return None
        # 8-9. Resolve or reject the derived promise.
        return capability.settle(ok, result)

    handler = reaction.handler
    if handler is None:
        realm = None
    elif isinstance(handler, JSObject):
        realm = _function_realm(handler)
    else:
        realm = reaction.realm or get_agent().realm
    return job, realm


def new_promise_resolve_thenable_job(promise_to_resolve: JSPromise, thenable: JSObject,
                                     then: Any) -> tuple[Callable[[], Any], "Realm"]:
    """NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )
    (sec-newpromiseresolvethenablejob): returns (job, then's realm)."""

    def job() -> Any:
        # 1. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
        resolve, reject = create_resolving_functions(promise_to_resolve)
        # 2. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolve, reject »)).
        try:
            return then.call(thenable, [resolve, reject])
        except JSThrow as e:
            # 3. If abrupt, return ? Call(reject, undefined, « thenCallResult.[[Value]] »).
            return reject.call(None, [e.value])

    return job, _function_realm(then)


def _is_intrinsic_promise(c: Any) -> bool:
    """NON-SPEC: ``c`` is some realm's %Promise% (its ``prototype`` is non-writable and
    non-configurable, so constructing it runs no user code)."""
    return type(c) is BuiltinFunction and c.realm.intrinsics.get("%Promise%") is c


def new_promise_capability(c: Any) -> PromiseCapability:
    """NewPromiseCapability ( C ) (sec-newpromisecapability)."""
    # 1. If IsConstructor(C) is false, throw a TypeError exception.
    if not is_constructor(c):
        throw_type_error(f"{to_display(c)} is not a constructor")
    if _is_intrinsic_promise(c):
        # NON-SPEC fast path: Construct(%Promise%, « executor ») with the built-in executor of
        # GetCapabilitiesExecutor is not observable; the resolving functions belong to C's realm.
        realm = c.realm
        return PromiseCapability.unmade(JSPromise(realm.intrinsics["%Promise.prototype%"]), realm)
    # 2. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
    cell: list[Any] = [None, None]

    def executor_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """GetCapabilitiesExecutor Functions (sec-newpromisecapability, executorClosure)."""
        if cell[0] is not None:
            throw_type_error("Promise executor has already been invoked with non-undefined arguments")
        if cell[1] is not None:
            throw_type_error("Promise executor has already been invoked with non-undefined arguments")
        cell[0] = argument(args, 0)
        cell[1] = argument(args, 1)
        return None

    # 4. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
    executor = BuiltinFunction(current_realm(), executor_steps, "", 2)
    # 5. Let promise be ? Construct(C, « executor »).
    promise = c.construct([executor], c)
    # 6-7. If IsCallable(resolve/reject) is false, throw a TypeError exception.
    if not is_callable(cell[0]):
        throw_type_error("Promise resolve or reject function is not callable")
    if not is_callable(cell[1]):
        throw_type_error("Promise resolve or reject function is not callable")
    return PromiseCapability(promise, cell[0], cell[1])


def new_promise(realm: "Realm") -> tuple[JSPromise, BuiltinFunction, BuiltinFunction]:
    """NON-SPEC helper: NewPromiseCapability(%Promise%) of ``realm``, as (promise, resolve,
    reject). For async functions: resolve/reject with ``resolve.call(None, [v])``."""
    promise = JSPromise(realm.intrinsics["%Promise.prototype%"])
    resolve, reject = create_resolving_functions(promise, realm)
    return promise, resolve, reject


def promise_resolve(realm: "Realm | None", c: Any, x: Any) -> Any:
    """PromiseResolve ( C, x ) (sec-promise-resolve). ``c`` None means ``realm``'s %Promise%
    (``realm`` None: the running realm)."""
    if c is None:
        c = (realm or current_realm()).intrinsics["%Promise%"]
    # 1. If IsPromise(x) is true, then
    if isinstance(x, JSPromise):
        # a. Let xConstructor be ? Get(x, "constructor"). b. If SameValue(xConstructor, C), return x.
        if x.get("constructor", x) is c:
            return x
    # 2. Let promiseCapability be ? NewPromiseCapability(C).
    cap = new_promise_capability(c)
    # 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
    cap.settle(True, x)
    return cap.promise


def perform_promise_then(promise: JSPromise, on_fulfilled: Any, on_rejected: Any,
                         capability: PromiseCapability | None = None) -> Any:
    """PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
    (sec-performpromisethen). Returns the capability's promise, or undefined without one."""
    # 3-6. Non-callable handlers become ~empty~.
    if not (isinstance(on_fulfilled, JSObject) and on_fulfilled.is_callable):
        on_fulfilled = None
    if not (isinstance(on_rejected, JSObject) and on_rejected.is_callable):
        on_rejected = None
    _then(promise, PromiseReaction(capability, FULFILL, on_fulfilled), PromiseReaction(capability, REJECT, on_rejected))
    return None if capability is None else capability.promise


def perform_promise_then_internal(promise: JSPromise, on_fulfilled: Callable[[Any], Any],
                                  on_rejected: Callable[[Any], Any], realm: "Realm | None" = None) -> None:
    """NON-SPEC: PerformPromiseThen(promise, onFulfilled, onRejected) without a result
    capability, where the handlers are Python callables ``f(value)`` standing for built-in
    functions of ``realm`` (default: the running realm) that user code never sees -- Await's
    continuations (sec-await). They run as jobs in ``realm``; they must not raise JSThrow."""
    r = realm or get_agent().realm
    _then(promise, PromiseReaction(None, FULFILL, on_fulfilled, r), PromiseReaction(None, REJECT, on_rejected, r))


def _then(promise: JSPromise, fulfill_reaction: PromiseReaction, reject_reaction: PromiseReaction) -> None:
    """PerformPromiseThen steps 9-12."""
    state = promise.state
    if state == PENDING:
        assert promise.fulfill_reactions is not None and promise.reject_reactions is not None
        # NON-SPEC (AsyncContext): the reactions run in the context that registers them (a
        # settled promise's job is queued now, and enqueue_job takes the context itself)
        context = get_agent().async_context
        if context is not None:
            fulfill_reaction.context = reject_reaction.context = context
        promise.fulfill_reactions.append(fulfill_reaction)
        promise.reject_reactions.append(reject_reaction)
    elif state == FULFILLED:
        job, realm = new_promise_reaction_job(fulfill_reaction, promise.result)
        enqueue_job(job, realm)
    else:
        if not promise.is_handled:
            host_promise_rejection_tracker(promise, "handle")
        job, realm = new_promise_reaction_job(reject_reaction, promise.result)
        enqueue_job(job, realm)
    promise.is_handled = True
