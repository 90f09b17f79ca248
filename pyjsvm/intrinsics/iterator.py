"""Iterator objects (sec-iterator-objects): the abstract %Iterator% constructor, Iterator.from
with %WrapForValidIteratorPrototype%, Iterator.concat, the iterator helper methods of
%Iterator.prototype% and Iterator Helper objects (sec-iterator-helper-objects); also the
proposals test262 covers: chunks/windows, includes, join, Iterator.zip/zipKeyed.

An Iterator Helper is a generator made by CreateIteratorFromClosure. NON-SPEC: instead of a
suspended JS execution context, each helper keeps a Python state machine (a ``_Body``) whose
``step()`` runs the closure up to its next Yield (returning the yielded value, or ``DONE`` when the
closure returns) and whose ``close()`` resumes it at that Yield with a return completion (the
closure's IfAbruptCloseIterator / IteratorClose steps). ``IteratorHelper.state`` is the
[[GeneratorState]]: 'start', 'yield', 'running' (executing) or 'done' (completed).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import JSThrow, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.iteration import (
    DONE, IteratorRecord, get_iterator_direct, iterator_close, iterator_complete, iterator_next,
    iterator_step_value,
)
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import get_options_object
from pyjsvm.runtime.operations import (
    call, create_array_from_list, create_data_property_or_throw, get_method,
    get_prototype_from_constructor, is_callable, ordinary_has_instance, same_value, same_value_zero, set_,
    to_boolean, to_display, to_integer_or_infinity, to_number, to_string,
)
from pyjsvm.runtime.values import NULL, SYM_ITERATOR, SYM_TO_STRING_TAG, WELL_KNOWN_SYMBOLS, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.runtime.iteration import create_iter_result_object
from pyjsvm.runtime.iteration import get_iterator, not_iterable
from pyjsvm.runtime.agent import current_realm
from pyjsvm.runtime.operators import MAX_STRING_LENGTH

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()          # %Iterator.prototype% helpers
statics = BuiltinTable()        # Iterator.*
helper_proto = BuiltinTable()   # %IteratorHelperPrototype%
wrap_proto = BuiltinTable()     # %WrapForValidIteratorPrototype%

MAX_SAFE = 2.0**53 - 1
INF = float("inf")


# --- helpers ---------------------------------------------------------------------------------



def _require_object_this(this: Any, method: str) -> JSObject:
    """Steps 1-2 of the helper methods: the this value must be an Object."""
    if not isinstance(this, JSObject):
        throw_type_error(f"Iterator.prototype.{method} called on non-object {to_display(this)}")
    return this


def _close_with_error(obj: JSObject, kind: str, message: str) -> Any:
    """``Return ? IteratorClose(iterated, ThrowCompletion(a newly created <kind> object))`` where
    iterated only has [[Iterator]] set (argument validation failures)."""
    exc = JSThrow(current_realm().new_error(kind, message))
    iterator_close(IteratorRecord(obj, None), exc)


def _call_or_close(rec: IteratorRecord, fn: Any, args: list[Any]) -> Any:
    """``Completion(Call(fn, undefined, args))`` then IfAbruptCloseIterator(result, rec)."""
    try:
        return call(fn, None, args)
    except JSThrow as e:
        iterator_close(rec, e)
        raise  # unreachable: iterator_close re-raises e


def iterator_step(rec: IteratorRecord) -> Any:
    """IteratorStep (sec-iteratorstep): the result object, or ``DONE``."""
    result = iterator_next(rec)
    try:
        done = iterator_complete(result)
    except JSThrow:
        rec.done = True
        raise
    if done:
        rec.done = True
        return DONE
    return result


def iterator_close_all(iters: list[IteratorRecord], completion: JSThrow | None) -> None:
    """IteratorCloseAll (sec-iteratorcloseall): close in reverse order; the first throw wins
    over later closes' errors."""
    for rec in reversed(iters):
        try:
            iterator_close(rec, completion)
        except JSThrow as e:
            completion = e
    if completion is not None:
        raise completion


def get_iterator_flattenable(obj: Any, iterate_strings: bool) -> IteratorRecord:
    """GetIteratorFlattenable (sec-getiteratorflattenable). ``iterate_strings`` selects
    ~iterate-string-primitives~ (else ~reject-primitives~)."""
    # 1. If obj is not an Object: strings only with iterate-string-primitives.
    if not isinstance(obj, JSObject):
        if not iterate_strings or type(obj) is not str:
            throw_type_error(f"{to_display(obj)} is not an object")
    # 2. Let method be ? GetMethod(obj, %Symbol.iterator%).
    method = get_method(obj, SYM_ITERATOR)
    # 3-4. Without a method the object is its own iterator.
    iterator = obj if method is None else call(method, obj, [])
    # 5. If iterator is not an Object, throw a TypeError exception.
    if not isinstance(iterator, JSObject):
        throw_type_error(f"{to_display(iterator)} is not an iterator object")
    # 6. Return ? GetIteratorDirect(iterator).
    return get_iterator_direct(iterator)


def _to_limit(obj: JSObject, limit: Any) -> float:
    """Steps 3-8 of take / drop: ToNumber(limit), RangeError for NaN, finite values above
    2**53 - 1 and negative ones; each error closes ``obj`` first. Returns an integral float or +inf."""
    try:
        number_limit = to_number(limit)
    except JSThrow as e:
        # IfAbruptCloseIterator(numberLimit, iterated).
        iterator_close(IteratorRecord(obj, None), e)
        raise
    if number_limit != number_limit:
        _close_with_error(obj, "RangeError", f"{to_display(limit)} must be positive")
    if number_limit != INF and number_limit > MAX_SAFE:
        _close_with_error(obj, "RangeError", f"{to_display(limit)} must be a safe integer")
    int_limit = to_integer_or_infinity(number_limit)
    if int_limit < 0:
        _close_with_error(obj, "RangeError", f"{to_display(limit)} must be positive")
    return int_limit


# --- Iterator Helper objects -------------------------------------------------------------------

class _Body:
    """NON-SPEC: the closure of an iterator helper as a state machine."""

    __slots__ = ("iterated",)

    def __init__(self, iterated: IteratorRecord) -> None:
        self.iterated = iterated

    def step(self) -> Any:  # pragma: no cover - abstract
        """Run until the next Yield (return its value) or the end (return ``DONE``)."""
        raise NotImplementedError

    def close(self) -> None:
        """Resume at the current Yield with ReturnCompletion(undefined):
        IfAbruptCloseIterator(completion, iterated) -> IteratorClose(iterated, completion)."""
        iterator_close(self.iterated, None)


class _MapBody(_Body):
    """The closure of Iterator.prototype.map (sec-iterator.prototype.map)."""

    __slots__ = ("mapper", "counter")

    def __init__(self, iterated: IteratorRecord, mapper: Any) -> None:
        super().__init__(iterated)
        self.mapper = mapper
        self.counter = 0.0

    def step(self) -> Any:
        value = iterator_step_value(self.iterated)
        if value is DONE:
            return DONE
        mapped = _call_or_close(self.iterated, self.mapper, [value, self.counter])
        self.counter += 1.0
        return mapped


class _FilterBody(_Body):
    """The closure of Iterator.prototype.filter (sec-iterator.prototype.filter)."""

    __slots__ = ("predicate", "counter")

    def __init__(self, iterated: IteratorRecord, predicate: Any) -> None:
        super().__init__(iterated)
        self.predicate = predicate
        self.counter = 0.0

    def step(self) -> Any:
        while True:
            value = iterator_step_value(self.iterated)
            if value is DONE:
                return DONE
            selected = _call_or_close(self.iterated, self.predicate, [value, self.counter])
            self.counter += 1.0
            if to_boolean(selected):
                return value


class _TakeBody(_Body):
    """The closure of Iterator.prototype.take (sec-iterator.prototype.take)."""

    __slots__ = ("remaining",)

    def __init__(self, iterated: IteratorRecord, limit: float) -> None:
        super().__init__(iterated)
        self.remaining = limit

    def step(self) -> Any:
        # a. If remaining is +0, return ? IteratorClose(iterated, ReturnCompletion(undefined)).
        if self.remaining == 0:
            iterator_close(self.iterated, None)
            return DONE
        # b. Set remaining to remaining - 1 (+inf stays +inf).
        self.remaining -= 1
        # c-d. Let value be ? IteratorStepValue(iterated); done ends the helper.
        return iterator_step_value(self.iterated)


class _DropBody(_Body):
    """The closure of Iterator.prototype.drop (sec-iterator.prototype.drop)."""

    __slots__ = ("remaining",)

    def __init__(self, iterated: IteratorRecord, limit: float) -> None:
        super().__init__(iterated)
        self.remaining = limit

    def step(self) -> Any:
        # a. Repeat, while remaining > 0: skip with IteratorStep.
        while self.remaining > 0:
            self.remaining -= 1
            if iterator_step(self.iterated) is DONE:
                return DONE
        # b. Repeat: IteratorStepValue, Yield.
        return iterator_step_value(self.iterated)


class _FlatMapBody(_Body):
    """The closure of Iterator.prototype.flatMap (sec-iterator.prototype.flatmap)."""

    __slots__ = ("mapper", "counter", "inner")

    def __init__(self, iterated: IteratorRecord, mapper: Any) -> None:
        super().__init__(iterated)
        self.mapper = mapper
        self.counter = 0.0
        self.inner: IteratorRecord | None = None

    def step(self) -> Any:
        outer = self.iterated
        while True:
            inner = self.inner
            if inner is None:
                value = iterator_step_value(outer)
                if value is DONE:
                    return DONE
                mapped = _call_or_close(outer, self.mapper, [value, self.counter])
                try:
                    inner = get_iterator_flattenable(mapped, False)
                except JSThrow as e:
                    iterator_close(outer, e)
                    raise
                self.inner = inner
            try:
                inner_value = iterator_step_value(inner)
            except JSThrow as e:
                iterator_close(outer, e)
                raise
            if inner_value is DONE:
                self.inner = None
                self.counter += 1.0
                continue
            return inner_value

    def close(self) -> None:
        inner = self.inner
        if inner is not None:
            # backupCompletion = Completion(IteratorClose(innerIterator, completion));
            # IfAbruptCloseIterator(backupCompletion, iterated).
            try:
                iterator_close(inner, None)
            except JSThrow as e:
                iterator_close(self.iterated, e)
                raise
        # Return ? IteratorClose(iterated, completion).
        iterator_close(self.iterated, None)


class _ConcatBody(_Body):
    """The closure of Iterator.concat (sec-iterator.concat). ``iterated`` is the current inner
    Iterator Record (None between iterables)."""

    __slots__ = ("iterables", "index")

    def __init__(self, iterables: list[tuple[Any, Any]]) -> None:
        super().__init__(None)  # type: ignore[arg-type]
        self.iterables = iterables
        self.index = 0

    def step(self) -> Any:
        while True:
            rec = self.iterated
            if rec is None:
                if self.index >= len(self.iterables):
                    return DONE
                method, iterable = self.iterables[self.index]
                self.index += 1
                # i-iii. iterator = ? Call(openMethod, iterable); must be an Object; GetIteratorDirect.
                iterator = call(method, iterable, [])
                if not isinstance(iterator, JSObject):
                    throw_type_error(f"{to_display(iterator)} is not an iterator object")
                rec = get_iterator_direct(iterator)
                self.iterated = rec
            value = iterator_step_value(rec)
            if value is DONE:
                self.iterated = None  # type: ignore[assignment]
                continue
            return value

    def close(self) -> None:
        if self.iterated is not None:
            iterator_close(self.iterated, None)


class IteratorHelper(JSObject):
    """An Iterator Helper object (sec-iterator-helper-objects): a generator with
    [[GeneratorBrand]] "Iterator Helper" and [[UnderlyingIterators]]."""

    __slots__ = ("state", "underlying", "body")

    def __init__(self, proto: JSObject | None, body: _Body, underlying: list[IteratorRecord]) -> None:
        JSObject.__init__(self, proto)
        self.state = "start"
        self.underlying = underlying
        self.body = body


def _make_helper(realm: "Realm", body: _Body, underlying: list[IteratorRecord]) -> IteratorHelper:
    """CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
    « [[UnderlyingIterators]] ») (sec-createiteratorfromclosure)."""
    return IteratorHelper(realm.intrinsics["%IteratorHelperPrototype%"], body, underlying)


def _validate_helper(this: Any, method: str) -> IteratorHelper:
    """GeneratorValidate(generator, "Iterator Helper") (sec-generatorvalidate), minus the
    executing check."""
    if type(this) is not IteratorHelper:
        throw_type_error(f"%IteratorHelperPrototype%.{method} called on incompatible receiver {to_display(this)}")
    return this


@helper_proto.method("next", 0)
def iterator_helper_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%IteratorHelperPrototype%.next ( ) (sec-%iteratorhelperprototype%.next):
    GeneratorResume(this value, undefined, "Iterator Helper")."""
    gen = _validate_helper(this, "next")
    state = gen.state
    if state == "running":
        throw_type_error("Generator is already running")
    if state == "done":
        return create_iter_result_object(None, True, realm)
    gen.state = "running"
    try:
        value = gen.body.step()
    except BaseException:
        gen.state = "done"
        raise
    if value is DONE:
        gen.state = "done"
        return create_iter_result_object(None, True, realm)
    gen.state = "yield"
    return create_iter_result_object(value, False, realm)


@helper_proto.method("return", 0)
def iterator_helper_return(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%IteratorHelperPrototype%.return ( ) (sec-%iteratorhelperprototype%.return)."""
    # 1-2. RequireInternalSlot(O, [[UnderlyingIterators]]).
    gen = _validate_helper(this, "return")
    # 4. suspended-start: complete, close the underlying iterators with a normal completion.
    if gen.state == "start":
        gen.state = "done"
        iterator_close_all(gen.underlying, None)
        return create_iter_result_object(None, True, realm)
    # 5-6. GeneratorResumeAbrupt(O, ReturnCompletion(undefined), "Iterator Helper").
    if gen.state == "running":
        throw_type_error("Generator is already running")
    if gen.state == "done":
        return create_iter_result_object(None, True, realm)
    gen.state = "running"
    try:
        gen.body.close()
    finally:
        gen.state = "done"
    return create_iter_result_object(None, True, realm)


# --- %Iterator.prototype% methods --------------------------------------------------------------

def _helper_with_callable(realm: "Realm", this: Any, fn: Any, method: str, body_cls: Any) -> Any:
    """The common steps of map / filter / flatMap: check this and the callback (closing the
    iterator on a bad callback), GetIteratorDirect, make the helper."""
    obj = _require_object_this(this, method)
    if not is_callable(fn):
        _close_with_error(obj, "TypeError", f"{to_display(fn)} is not a function")
    iterated = get_iterator_direct(obj)
    return _make_helper(realm, body_cls(iterated, fn), [iterated])


@proto.method("map", 1)
def iterator_map(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.map ( mapper ) (sec-iterator.prototype.map)."""
    return _helper_with_callable(realm, this, argument(args, 0), "map", _MapBody)


@proto.method("filter", 1)
def iterator_filter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.filter ( predicate ) (sec-iterator.prototype.filter)."""
    return _helper_with_callable(realm, this, argument(args, 0), "filter", _FilterBody)


@proto.method("flatMap", 1)
def iterator_flat_map(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.flatMap ( mapper ) (sec-iterator.prototype.flatmap)."""
    return _helper_with_callable(realm, this, argument(args, 0), "flatMap", _FlatMapBody)


@proto.method("take", 1)
def iterator_take(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.take ( limit ) (sec-iterator.prototype.take)."""
    obj = _require_object_this(this, "take")
    limit = _to_limit(obj, argument(args, 0))
    iterated = get_iterator_direct(obj)
    return _make_helper(realm, _TakeBody(iterated, limit), [iterated])


@proto.method("drop", 1)
def iterator_drop(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.drop ( limit ) (sec-iterator.prototype.drop)."""
    obj = _require_object_this(this, "drop")
    limit = _to_limit(obj, argument(args, 0))
    iterated = get_iterator_direct(obj)
    return _make_helper(realm, _DropBody(iterated, limit), [iterated])


def _consumer_setup(this: Any, fn: Any, method: str) -> IteratorRecord:
    """Steps 1-5 of reduce / forEach / some / every / find."""
    obj = _require_object_this(this, method)
    if not is_callable(fn):
        _close_with_error(obj, "TypeError", f"{to_display(fn)} is not a function")
    return get_iterator_direct(obj)


@proto.method("reduce", 1)
def iterator_reduce(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.reduce ( reducer [ , initialValue ] ) (sec-iterator.prototype.reduce)."""
    reducer = argument(args, 0)
    iterated = _consumer_setup(this, reducer, "reduce")
    if len(args) < 2:
        accumulator = iterator_step_value(iterated)
        if accumulator is DONE:
            throw_type_error("Reduce of empty iterator with no initial value")
        counter = 1.0
    else:
        accumulator = args[1]
        counter = 0.0
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return accumulator
        accumulator = _call_or_close(iterated, reducer, [accumulator, value, counter])
        counter += 1.0


@proto.method("toArray", 0)
def iterator_to_array(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.toArray ( ) (sec-iterator.prototype.toarray)."""
    obj = _require_object_this(this, "toArray")
    iterated = get_iterator_direct(obj)
    items: list[Any] = []
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return create_array_from_list(items, realm)
        items.append(value)


@proto.method("forEach", 1)
def iterator_for_each(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.forEach ( procedure ) (sec-iterator.prototype.foreach)."""
    fn = argument(args, 0)
    iterated = _consumer_setup(this, fn, "forEach")
    counter = 0.0
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return None
        _call_or_close(iterated, fn, [value, counter])
        counter += 1.0


@proto.method("some", 1)
def iterator_some(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.some ( predicate ) (sec-iterator.prototype.some)."""
    fn = argument(args, 0)
    iterated = _consumer_setup(this, fn, "some")
    counter = 0.0
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return False
        result = _call_or_close(iterated, fn, [value, counter])
        if to_boolean(result):
            # Return ? IteratorClose(iterated, NormalCompletion(true)).
            iterator_close(iterated, None)
            return True
        counter += 1.0


@proto.method("every", 1)
def iterator_every(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.every ( predicate ) (sec-iterator.prototype.every)."""
    fn = argument(args, 0)
    iterated = _consumer_setup(this, fn, "every")
    counter = 0.0
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return True
        result = _call_or_close(iterated, fn, [value, counter])
        if not to_boolean(result):
            # Return ? IteratorClose(iterated, NormalCompletion(false)).
            iterator_close(iterated, None)
            return False
        counter += 1.0


@proto.method("find", 1)
def iterator_find(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.find ( predicate ) (sec-iterator.prototype.find)."""
    fn = argument(args, 0)
    iterated = _consumer_setup(this, fn, "find")
    counter = 0.0
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return None
        result = _call_or_close(iterated, fn, [value, counter])
        if to_boolean(result):
            # Return ? IteratorClose(iterated, NormalCompletion(value)).
            iterator_close(iterated, None)
            return value
        counter += 1.0


# --- proposals in test262: iterator chunking, includes, join ---------------------------------

def _to_size(obj: JSObject, size: Any, what: str) -> int:
    """Steps 4-6 of chunks / windows (proposal-iterator-chunking): a Number (no coercion),
    integral, in [1, 2**32 - 1]; each error closes ``obj``."""
    if type(size) is not float:
        _close_with_error(obj, "TypeError", f"{what} must be a number")
    if size != size or size in (INF, -INF) or not size.is_integer():
        _close_with_error(obj, "TypeError", f"{what} must be an integer")
    if not 1 <= size <= 2.0**32 - 1:
        _close_with_error(obj, "RangeError", f"{what} must be between 1 and 2**32 - 1")
    return int(size)


class _ChunksBody(_Body):
    """The closure of Iterator.prototype.chunks (proposal-iterator-chunking)."""

    __slots__ = ("size", "finished")

    def __init__(self, iterated: IteratorRecord, size: int) -> None:
        super().__init__(iterated)
        self.size = size
        self.finished = False

    def step(self) -> Any:
        if self.finished:
            return DONE
        buffer: list[Any] = []
        while True:
            value = iterator_step_value(self.iterated)
            if value is DONE:
                # The last, partial chunk is yielded with the underlying iterator exhausted.
                self.finished = True
                return create_array_from_list(buffer) if buffer else DONE
            buffer.append(value)
            if len(buffer) == self.size:
                return create_array_from_list(buffer)

    def close(self) -> None:
        if not self.finished:
            iterator_close(self.iterated, None)


class _WindowsBody(_Body):
    """The closure of Iterator.prototype.windows (proposal-iterator-chunking)."""

    __slots__ = ("size", "allow_partial", "buffer", "finished")

    def __init__(self, iterated: IteratorRecord, size: int, allow_partial: bool) -> None:
        super().__init__(iterated)
        self.size = size
        self.allow_partial = allow_partial
        self.buffer: list[Any] = []
        self.finished = False

    def step(self) -> Any:
        if self.finished:
            return DONE
        buffer = self.buffer
        while True:
            value = iterator_step_value(self.iterated)
            if value is DONE:
                self.finished = True
                if self.allow_partial and buffer and len(buffer) < self.size:
                    return create_array_from_list(buffer)
                return DONE
            if len(buffer) == self.size:
                del buffer[0]
            buffer.append(value)
            if len(buffer) == self.size:
                return create_array_from_list(buffer)

    def close(self) -> None:
        if not self.finished:
            iterator_close(self.iterated, None)


@proto.method("chunks", 1)
def iterator_chunks(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.chunks ( chunkSize ) (proposal-iterator-chunking)."""
    obj = _require_object_this(this, "chunks")
    size = _to_size(obj, argument(args, 0), "chunkSize")
    iterated = get_iterator_direct(obj)
    return _make_helper(realm, _ChunksBody(iterated, size), [iterated])


@proto.method("windows", 1)
def iterator_windows(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.windows ( windowSize [ , undersized ] ) (proposal-iterator-chunking)."""
    obj = _require_object_this(this, "windows")
    size = _to_size(obj, argument(args, 0), "windowSize")
    undersized = argument(args, 1)
    if undersized is None:
        undersized = "only-full"
    if undersized != "only-full" and undersized != "allow-partial":
        _close_with_error(obj, "TypeError", "undersized must be 'only-full' or 'allow-partial'")
    iterated = get_iterator_direct(obj)
    return _make_helper(realm, _WindowsBody(iterated, size, undersized == "allow-partial"), [iterated])


@proto.method("includes", 1)
def iterator_includes(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.includes ( searchElement [ , skippedElements ] ) (proposal-iterator-includes)."""
    obj = _require_object_this(this, "includes")
    search = argument(args, 0)
    skipped_elements = argument(args, 1)
    # 4-8. toSkip: undefined is 0; otherwise an integral Number or ±Infinity, not negative, at
    # most 2**53 - 1 when finite.
    if skipped_elements is None:
        to_skip = 0.0
    else:
        if type(skipped_elements) is not float or skipped_elements != skipped_elements or (
                skipped_elements not in (INF, -INF) and not skipped_elements.is_integer()):
            _close_with_error(obj, "TypeError", "skippedElements must be an integer")
        to_skip = skipped_elements
        if to_skip < 0:
            _close_with_error(obj, "RangeError", "skippedElements must not be negative")
        if to_skip != INF and to_skip > MAX_SAFE:
            _close_with_error(obj, "RangeError", "skippedElements must be a safe integer")
    skipped = 0.0
    iterated = get_iterator_direct(obj)
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return False
        if skipped < to_skip:
            skipped += 1.0
        elif same_value_zero(value, search):
            iterator_close(iterated, None)
            return True


@proto.method("join", 1)
def iterator_join(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.prototype.join ( separator ) (proposal-iterator-join)."""
    obj = _require_object_this(this, "join")
    separator = argument(args, 0)
    if separator is None:
        sep = ","
    else:
        try:
            sep = to_string(separator)
        except JSThrow as e:
            iterator_close(IteratorRecord(obj, None), e)
            raise
    iterated = get_iterator_direct(obj)
    parts: list[str] = []
    total = 0
    while True:
        value = iterator_step_value(iterated)
        if value is DONE:
            return sep.join(parts)
        if value is None or value is NULL:
            nxt = ""
        else:
            try:
                nxt = to_string(value)
            except JSThrow as e:
                iterator_close(iterated, e)
                raise
        total += len(nxt) + (len(sep) if parts else 0)
        if total > MAX_STRING_LENGTH:
            try:
                throw_range_error("Invalid string length")
            except JSThrow as e:
                iterator_close(iterated, e)
                raise
        parts.append(nxt)


@proto.method(WELL_KNOWN_SYMBOLS["dispose"], 0)
def iterator_dispose(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%Iterator.prototype% [ %Symbol.dispose% ] ( ) (sec-%iteratorprototype%-%symbol.dispose%)."""
    ret = get_method(this, "return")
    if ret is not None:
        call(ret, this, [])
    return None


def setter_that_ignores_prototype_properties(this: Any, home: JSObject, key: Any, value: Any) -> None:
    """SetterThatIgnoresPrototypeProperties (sec-SetterThatIgnoresPrototypeProperties)."""
    # 1. If thisValue is not an Object, throw a TypeError exception.
    if not isinstance(this, JSObject):
        throw_type_error("Cannot set a property of a non-object")
    # 2. If SameValue(thisValue, home) is true, throw a TypeError exception.
    if same_value(this, home):
        throw_type_error("Cannot assign to read only property of the Iterator prototype")
    # 3. Let desc be ? thisValue.[[GetOwnProperty]](propertyKey).
    desc = this.get_own_property(key)
    # 4-5. Create the property when absent, else Set it.
    if desc is None:
        create_data_property_or_throw(this, key, value)
    else:
        set_(this, key, value, True)


def _get_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Iterator.prototype.constructor (sec-get-iterator.prototype.constructor)."""
    return realm.intrinsics["%Iterator%"]


def _set_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """set Iterator.prototype.constructor (sec-set-iterator.prototype.constructor)."""
    setter_that_ignores_prototype_properties(this, realm.intrinsics["%Iterator.prototype%"], "constructor", argument(args, 0))
    return None


def _get_to_string_tag(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Iterator.prototype [ %Symbol.toStringTag% ] (sec-get-iterator.prototype-%symbol.tostringtag%)."""
    return "Iterator"


def _set_to_string_tag(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """set Iterator.prototype [ %Symbol.toStringTag% ] (sec-set-iterator.prototype-%symbol.tostringtag%)."""
    setter_that_ignores_prototype_properties(this, realm.intrinsics["%Iterator.prototype%"], SYM_TO_STRING_TAG, argument(args, 0))
    return None


proto.accessor("constructor", _get_constructor, _set_constructor)
proto.accessor(SYM_TO_STRING_TAG, _get_to_string_tag, _set_to_string_tag)


# --- the Iterator constructor ------------------------------------------------------------------

def iterator_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator ( ) (sec-iterator-constructor)."""
    # 1. If NewTarget is either undefined or the active function object, throw a TypeError.
    if new_target is None or new_target is realm.intrinsics["%Iterator%"]:
        throw_type_error("Abstract class Iterator not directly constructable")
    # 2. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Iterator.prototype%").
    return JSObject(get_prototype_from_constructor(new_target, "%Iterator.prototype%"))


class WrapForValidIterator(JSObject):
    """An object of %WrapForValidIteratorPrototype% with an [[Iterated]] Iterator Record."""

    __slots__ = ("iterated",)

    def __init__(self, proto: JSObject | None, iterated: IteratorRecord) -> None:
        JSObject.__init__(self, proto)
        self.iterated = iterated


@statics.method("from", 1)
def iterator_from(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.from ( O ) (sec-iterator.from)."""
    # 1. Let iteratorRecord be ? GetIteratorFlattenable(O, iterate-string-primitives).
    rec = get_iterator_flattenable(argument(args, 0), True)
    # 2-3. If ? OrdinaryHasInstance(%Iterator%, iterator), return it.
    if ordinary_has_instance(realm.intrinsics["%Iterator%"], rec.iterator):
        return rec.iterator
    # 4-6. Wrap it.
    return WrapForValidIterator(realm.intrinsics["%WrapForValidIteratorPrototype%"], rec)


def _require_wrapper(this: Any, method: str) -> WrapForValidIterator:
    if type(this) is not WrapForValidIterator:
        throw_type_error(f"%WrapForValidIteratorPrototype%.{method} called on incompatible receiver {to_display(this)}")
    return this


@wrap_proto.method("next", 0)
def wrap_for_valid_iterator_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%WrapForValidIteratorPrototype%.next ( ) (sec-%wrapforvaliditeratorprototype%.next)."""
    rec = _require_wrapper(this, "next").iterated
    return call(rec.next_method, rec.iterator, [])


@wrap_proto.method("return", 0)
def wrap_for_valid_iterator_return(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%WrapForValidIteratorPrototype%.return ( ) (sec-%wrapforvaliditeratorprototype%.return)."""
    iterator = _require_wrapper(this, "return").iterated.iterator
    ret = get_method(iterator, "return")
    if ret is None:
        return create_iter_result_object(None, True, realm)
    return call(ret, iterator, [])


@statics.method("concat", 0)
def iterator_concat(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.concat ( ...items ) (sec-iterator.concat)."""
    iterables: list[tuple[Any, Any]] = []
    for k, item in enumerate(list(args)):
        if not k & 4095:
            check_stop()
        if not isinstance(item, JSObject):
            throw_type_error(f"{to_display(item)} is not an object")
        method = get_method(item, SYM_ITERATOR)
        if method is None:
            not_iterable(item)
        iterables.append((method, item))
    return _make_helper(realm, _ConcatBody(iterables), [])


# --- joint iteration (proposal-joint-iteration, in test262): Iterator.zip / zipKeyed ----------

def _close_all_on_error(iters: list[IteratorRecord], e: JSThrow) -> Any:
    """IfAbruptCloseIterators(value, iters) for a throw completion."""
    iterator_close_all(iters, e)


class _ZipBody(_Body):
    """The closure of IteratorZip (proposal-joint-iteration). ``open_iters`` is also the helper's
    [[UnderlyingIterators]] list."""

    __slots__ = ("iters", "open_iters", "mode", "padding", "finish")

    def __init__(self, iters: list[IteratorRecord], mode: str, padding: list[Any], finish: Any) -> None:
        super().__init__(None)  # type: ignore[arg-type]
        self.iters: list[IteratorRecord | None] = list(iters)
        self.open_iters = list(iters)
        self.mode = mode
        self.padding = padding
        self.finish = finish

    def _remove(self, rec: IteratorRecord) -> None:
        self.open_iters = [r for r in self.open_iters if r is not rec]

    def step(self) -> Any:
        iters = self.iters
        count = len(iters)
        # a. If iterCount = 0, return ReturnCompletion(undefined).
        if count == 0:
            return DONE
        results: list[Any] = []
        for i in range(count):
            rec = iters[i]
            if rec is None:
                results.append(self.padding[i])
                continue
            try:
                result = iterator_step_value(rec)
            except JSThrow as e:
                self._remove(rec)
                iterator_close_all(self.open_iters, e)
                raise
            if result is DONE:
                self._remove(rec)
                if self.mode == "shortest":
                    iterator_close_all(self.open_iters, None)
                    return DONE
                if self.mode == "strict":
                    if i != 0:
                        self._close_with_type_error("Iterators passed to Iterator.zip in strict mode have different lengths")
                    for k in range(1, count):
                        other = iters[k]
                        assert other is not None
                        try:
                            opened = iterator_step(other)
                        except JSThrow as e:
                            self._remove(other)
                            iterator_close_all(self.open_iters, e)
                            raise
                        if opened is DONE:
                            self._remove(other)
                        else:
                            self._close_with_type_error("Iterators passed to Iterator.zip in strict mode have different lengths")
                    return DONE
                # longest
                if not self.open_iters:
                    return DONE
                iters[i] = None
                result = self.padding[i]
            results.append(result)
        return self.finish(results)

    def _close_with_type_error(self, message: str) -> None:
        iterator_close_all(self.open_iters, JSThrow(current_realm().new_error("TypeError", message)))

    def close(self) -> None:
        iterator_close_all(self.open_iters, None)


def _zip_mode_and_padding(options: Any) -> tuple[str, Any]:
    """Steps 2-7 of Iterator.zip / zipKeyed: the mode and the padding option."""
    opts = get_options_object(options)
    mode = opts.get("mode", opts)
    if mode is None:
        mode = "shortest"
    if type(mode) is not str or mode not in ("shortest", "longest", "strict"):
        throw_type_error("mode must be 'shortest', 'longest' or 'strict'")
    padding_option = None
    if mode == "longest":
        padding_option = opts.get("padding", opts)
        if padding_option is not None and not isinstance(padding_option, JSObject):
            throw_type_error("padding must be an object")
    return mode, padding_option


def _make_zip(realm: "Realm", iters: list[IteratorRecord], mode: str, padding: list[Any], finish: Any) -> Any:
    """IteratorZip (proposal-joint-iteration)."""
    body = _ZipBody(iters, mode, padding, finish)
    # [[UnderlyingIterators]] is only read in suspended-start, before any iterator is removed.
    return _make_helper(realm, body, body.open_iters)


@statics.method("zip", 1)
def iterator_zip(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.zip ( iterables [ , options ] ) (proposal-joint-iteration)."""
    iterables = argument(args, 0)
    if not isinstance(iterables, JSObject):
        throw_type_error(f"{to_display(iterables)} is not an object")
    mode, padding_option = _zip_mode_and_padding(argument(args, 1))
    iters: list[IteratorRecord] = []
    input_iter = get_iterator(iterables)
    while True:
        try:
            nxt = iterator_step_value(input_iter)
        except JSThrow as e:
            _close_all_on_error(iters, e)
            raise
        if nxt is DONE:
            break
        try:
            it = get_iterator_flattenable(nxt, False)
        except JSThrow as e:
            _close_all_on_error([input_iter] + iters, e)
            raise
        iters.append(it)
    padding = _zip_padding(iters, mode, padding_option, None)
    return _make_zip(realm, iters, mode, padding, lambda results: create_array_from_list(results, realm))


def _zip_padding(iters: list[IteratorRecord], mode: str, padding_option: Any, keys: list[Any] | None) -> list[Any]:
    """Step 14 of Iterator.zip / step 13 of Iterator.zipKeyed: the padding list."""
    count = len(iters)
    if mode != "longest":
        return []
    if padding_option is None:
        return [None] * count
    padding: list[Any] = []
    if keys is not None:
        for key in keys:
            try:
                padding.append(padding_option.get(key, padding_option))
            except JSThrow as e:
                _close_all_on_error(iters, e)
                raise
        return padding
    try:
        padding_iter = get_iterator(padding_option)
    except JSThrow as e:
        _close_all_on_error(iters, e)
        raise
    using = True
    for _ in range(count):
        if using:
            try:
                nxt = iterator_step_value(padding_iter)
            except JSThrow as e:
                _close_all_on_error(iters, e)
                raise
            if nxt is DONE:
                using = False
            else:
                padding.append(nxt)
        if not using:
            padding.append(None)
    if using:
        try:
            iterator_close(padding_iter, None)
        except JSThrow as e:
            _close_all_on_error(iters, e)
            raise
    return padding


@statics.method("zipKeyed", 1)
def iterator_zip_keyed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Iterator.zipKeyed ( iterables [ , options ] ) (proposal-joint-iteration)."""
    iterables = argument(args, 0)
    if not isinstance(iterables, JSObject):
        throw_type_error(f"{to_display(iterables)} is not an object")
    mode, padding_option = _zip_mode_and_padding(argument(args, 1))
    iters: list[IteratorRecord] = []
    keys: list[Any] = []
    all_keys = iterables.own_property_keys()
    for key in all_keys:
        try:
            desc = iterables.get_own_property(key)
            if desc is None or desc.enumerable is not True:
                continue
            value = iterables.get(key, iterables)
            if value is None:
                continue
            it = get_iterator_flattenable(value, False)
        except JSThrow as e:
            _close_all_on_error(iters, e)
            raise
        keys.append(key)
        iters.append(it)
    padding = _zip_padding(iters, mode, padding_option, keys)

    def finish(results: list[Any]) -> JSObject:
        obj = JSObject(None)
        for k, v in zip(keys, results):
            create_data_property_or_throw(obj, k, v)
        return obj
    return _make_zip(realm, iters, mode, padding, finish)


# --- setup ---------------------------------------------------------------------------------------

def setup(realm: "Realm") -> None:
    ip = realm.intrinsics["%Iterator.prototype%"]
    ctor = make_constructor(realm, iterator_constructor, "Iterator", 0, ip)
    realm.intrinsics["%Iterator%"] = ctor
    proto.install(realm, ip)  # replaces the data property ``constructor`` by the accessor
    statics.install(realm, ctor)

    hp = JSObject(ip)
    realm.intrinsics["%IteratorHelperPrototype%"] = hp
    helper_proto.install(realm, hp)
    hp.define_builtin(SYM_TO_STRING_TAG, "Iterator Helper", C)

    wp = JSObject(ip)
    realm.intrinsics["%WrapForValidIteratorPrototype%"] = wp
    wrap_proto.install(realm, wp)

    realm.define_global("Iterator", ctor)


__all__ = [
    "setup", "IteratorHelper", "WrapForValidIterator", "get_iterator_flattenable", "iterator_step",
    "iterator_close_all", "setter_that_ignores_prototype_properties",
]
