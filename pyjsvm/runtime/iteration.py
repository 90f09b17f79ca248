"""The iterator protocol (sec-operations-on-iterator-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, NoReturn

from pyjsvm.runtime.agent import JSThrow, check_growth, check_stop, current_realm, get_agent, throw_range_error, throw_type_error
from pyjsvm.runtime.objects import A, BuiltinFunction, JSArray, JSObject, Prop, ordinary_props_type
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.runtime.operations import call, get_method, get_v, is_callable, to_boolean, typeof
from pyjsvm.runtime.values import MISSING, NULL, SYM_ASYNC_ITERATOR, SYM_ITERATOR

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


class IteratorRecord:
    """An Iterator Record (sec-iterator-records)."""

    __slots__ = ("iterator", "next_method", "done")

    def __init__(self, iterator: Any, next_method: Any) -> None:
        self.iterator = iterator
        self.next_method = next_method
        self.done = False


def get_iterator_from_method(obj: Any, method: Any) -> IteratorRecord:
    """GetIteratorFromMethod (sec-getiteratorfrommethod)."""
    iterator = call(method, obj, [])
    if not isinstance(iterator, JSObject):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    return IteratorRecord(iterator, iterator.get("next", iterator))


def not_iterable(obj: Any, kind: str = "sync", subject: str | None = None, spread: bool = False) -> NoReturn:
    """NON-SPEC: throw GetIterator's TypeError for ``obj``, which has no iterator method, in V8's
    words. ``subject``: the source text of the expression that gave ``obj`` (for-of's, an array
    literal's or a call's spread element), rendered at compile time (compiler/expressions.
    describe_iterable): "o is not iterable"; without it (a built-in's argument, yield*, a
    destructuring pattern), its type and value: "number 5 is not iterable (cannot read property
    Symbol(Symbol.iterator))". ``spread``: a call's or ``new``'s spread argument."""
    a = "async " if kind == "async" else ""
    if subject is None:
        t = typeof(obj)
        if type(obj) is float:
            t += " " + number_to_string(obj)
        elif type(obj) is bool:
            t += " true" if obj else " false"
        elif obj is NULL:
            t += " null"
        sym = "Symbol.asyncIterator" if a else "Symbol.iterator"
        throw_type_error(f"{t} is not {a}iterable (cannot read property Symbol({sym}))")
    if spread:
        if obj is None or obj is NULL:
            throw_type_error(f"{subject} is not iterable (cannot read property {'undefined' if obj is None else 'null'})")
        throw_type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
    throw_type_error(f"{subject} is not {a}iterable")


def get_iterator(obj: Any, kind: str = "sync", subject: str | None = None, spread: bool = False) -> IteratorRecord:
    """GetIterator (sec-getiterator). ``kind`` is 'sync' or 'async'; ``subject`` and ``spread``
    word the TypeError where ``obj`` has no iterator method (not_iterable)."""
    if obj is None or obj is NULL:
        not_iterable(obj, kind, subject, spread)  # (GetMethod's GetV would throw first: its words are not V8's)
    if kind == "async":
        method = get_method(obj, SYM_ASYNC_ITERATOR)
        if method is None:
            sync_method = get_method(obj, SYM_ITERATOR)
            if sync_method is None:
                not_iterable(obj, kind, subject, spread)
            rec = get_iterator_from_method(obj, sync_method)
            factory = current_realm().host_defined.get("create_async_from_sync_iterator")
            if factory is None:
                throw_type_error("async iteration is not supported")
            return factory(rec)
    else:
        if type(obj) is JSArray and len(ARRAY_ITERATION) > 3 and SYM_ITERATOR not in obj.props:
            # NON-SPEC fast path: an array inheriting %Array.prototype.values% (of any realm, as
            # installed) as its @@iterator from its prototype's own data property: the
            # method's steps run without [[Call]] (CreateArrayIterator over the array, in the
            # method's realm: nothing there can throw or be observed)
            p = obj.proto
            if type(p) is JSArray or type(p) is JSObject:
                m = builtin_data_property(p, SYM_ITERATOR, ARRAY_ITERATION[3])
                if m is not None:
                    # (CreateArrayIterator in the method's realm, whose %ArrayIteratorPrototype%
                    # holds the new iterator's ``next``: read there when it is the built-in)
                    aip = m.realm.intrinsics["%ArrayIteratorPrototype%"]
                    it = ARRAY_ITERATION[0](aip, obj, ARRAY_ITERATION[2])
                    nm = builtin_data_property(aip, "next", ARRAY_ITERATION[1])
                    return IteratorRecord(it, nm if nm is not None else it.get("next", it))
        method = get_method(obj, SYM_ITERATOR)
    if method is None:
        not_iterable(obj, kind, subject, spread)
    return get_iterator_from_method(obj, method)


def get_iterator_direct(obj: JSObject) -> IteratorRecord:
    """GetIteratorDirect (sec-getiteratordirect)."""
    return IteratorRecord(obj, obj.get("next", obj))


def iterator_next(rec: IteratorRecord, value: Any = None, has_value: bool = False) -> JSObject:
    """IteratorNext (sec-iteratornext)."""
    # NON-SPEC: the budget check. A built-in next method runs no JS that would check it, and
    # IteratorStep loops in built-ins (Iterator.prototype.drop skipping its limit) have a trip
    # count JS controls: Array(2**32-1).keys().drop(Infinity).next() ran on past its timeout
    check_stop()
    try:
        result = call(rec.next_method, rec.iterator, [value] if has_value else [])
    except JSThrow:
        rec.done = True
        raise
    if not isinstance(result, JSObject):
        rec.done = True
        throw_type_error(f"Iterator result {result} is not an object")
    return result


def iterator_complete(result: JSObject) -> bool:
    """IteratorComplete (sec-iteratorcomplete)."""
    return to_boolean(result.get("done", result))


def iterator_value(result: JSObject) -> Any:
    """IteratorValue (sec-iteratorvalue)."""
    return result.get("value", result)


_DONE: Any = object()


# NON-SPEC: built-in next methods whose step can run without its result object: impl -> step.
# ``step(iterator)`` returns the next value, DONE, or NOT_FAST when it does not apply (another
# receiver); a built-in's result object is fresh and ordinary, so reading its done and value
# properties observes nothing and skipping it is unobservable. Filled by the intrinsics that own
# the next methods (register_fast_next).
_FAST_NEXT: dict[Any, Callable[[Any], Any]] = {}
NOT_FAST: Any = object()


def register_fast_next(impl: Any, step: Callable[[Any], Any]) -> None:
    """NON-SPEC: let IteratorStepValue run ``step`` for a built-in next method whose ``impl`` it is."""
    _FAST_NEXT[impl] = step


# NON-SPEC: (the Array Iterator class, the impl of %ArrayIteratorPrototype%.next, the kind of a
# values iterator), set by intrinsics/array: what array_values_iterator recognises
ARRAY_ITERATION: list[Any] = []


def array_values_iterator(rec: IteratorRecord) -> Any:
    """NON-SPEC: the iterator of ``rec`` when it is an Array Iterator over an array's values
    whose next method is the built-in one (of any realm), else None. Emitted for-of loops take
    such an iterator's steps over a dense array's elements in line: what the built-in's step
    does there (sec-%arrayiteratorprototype%.next: the element at the index below the length,
    the index one more) throws nothing and its result object is never seen."""
    it = rec.iterator
    if ARRAY_ITERATION and type(it) is ARRAY_ITERATION[0] and it.kind == ARRAY_ITERATION[2]:
        nm = rec.next_method
        if type(nm) is BuiltinFunction and nm.impl is ARRAY_ITERATION[1]:
            return it
    return None


def builtin_data_property(o: Any, key: Any, impl: Any) -> Any:
    """NON-SPEC: the BuiltinFunction whose ``impl`` is ``impl`` that the ordinary object ``o``
    holds as its own data property ``key`` (plain or a Prop), else None: what [[Get]] of ``key``
    returns without running anything."""
    m = o.props.get(key)
    if type(m) is Prop:
        if m.flags & A:
            return None
        m = m.value
    return m if type(m) is BuiltinFunction and m.impl is impl else None


def untouched_array_iteration(obj: Any) -> Any:
    """NON-SPEC: for a dense array whose iteration nothing changed -- no own @@iterator, its
    prototype (an ordinary object) holding the built-in %Array.prototype.values% of some realm
    as its own data property, that realm's %ArrayIteratorPrototype%.next the built-in -- that
    %ArrayIteratorPrototype%, else None. GetIterator and the iterator's steps then observe
    nothing but the reads of the elements (a hole's reads the prototype chain)."""
    # (a dense array's length is len(dense))
    if type(obj) is not JSArray or obj.dense is None or SYM_ITERATOR in obj.props:
        return None
    p = obj.proto
    if type(p) is not JSArray and type(p) is not JSObject:
        return None
    m = builtin_data_property(p, SYM_ITERATOR, ARRAY_ITERATION[3])
    if m is None:
        return None
    aip = m.realm.intrinsics["%ArrayIteratorPrototype%"]
    # (an Array Iterator has no own properties: its ``next`` is its prototype's)
    return aip if builtin_data_property(aip, "next", ARRAY_ITERATION[1]) is not None else None


def array_pattern_values(obj: Any, n: int, rest: bool) -> list[Any] | None:
    """NON-SPEC (speed): the values an array pattern of ``n`` elements (and a rest element with
    ``rest``) takes from ``obj`` by IteratorBindingInitialization
    (sec-runtime-semantics-iteratorbindinginitialization), when ``obj`` is a dense array without
    holes whose iteration nothing changed (untouched_array_iteration): each step reads the next
    element (undefined past the length), and the rest element takes the elements left. Returns the ``n`` values, the rest's list with ``rest``, then (last) that
    %ArrayIteratorPrototype% when the iterator is not done after the steps (IteratorClose then
    looks up its ``return``: array_pattern_close) or None; else None (the caller takes the
    iterator's steps)."""
    aip = untouched_array_iteration(obj)
    if aip is None:
        return None
    d = obj.dense
    values = d[:] if rest else d[:n]
    if MISSING in values:   # (MISSING equals nothing but itself)
        return None   # a hole: the step reads the prototype chain
    if rest:
        out = values[:n]
        if len(out) < n:
            out.extend([None] * (n - len(out)))
        out.append(values[n:])
        out.append(None)
        return out
    if len(values) < n:
        # the step past the last element finds the iterator done
        values.extend([None] * (n - len(values)))
        values.append(None)
    else:
        values.append(aip)
    return values


def array_pattern_close(obj: Any, n: int, values: list[Any], completion: BaseException | None) -> None:
    """NON-SPEC (speed): IteratorClose (sec-iteratorclose) of the Array Iterator over ``obj``
    whose ``n`` steps array_pattern_values took (``values``: what it returned, whose last item,
    the iterator's prototype, is cleared: the iterator is closed once). GetMethod(iterator,
    "return") walks the prototype chain: while it meets ordinary objects without ``return``
    there is nothing to call; otherwise the iterator is made as the steps left it and closed."""
    aip = p = values[-1]
    values[-1] = None
    while p is not None:
        if "return" in p.props or not (type(p) is JSObject or ordinary_props_type(type(p))):
            it = ARRAY_ITERATION[0](aip, obj, ARRAY_ITERATION[2])
            it.index = n
            iterator_close(IteratorRecord(it, None), completion)
            return
        p = p.proto
    if completion is not None:
        raise completion


def iterator_step_value(rec: IteratorRecord) -> Any:
    """IteratorStepValue (sec-iteratorstepvalue): the next value, or ``DONE``."""
    # NON-SPEC: the budget check. A built-in next method (an array's iterator) runs no JS that
    # would check it, and the loops that step it (spread, Array.from, new Set, Promise.all ...)
    # have a trip count JS controls
    agent = get_agent()
    if agent.stop:
        agent.interrupt()
    nm = rec.next_method
    if type(nm) is BuiltinFunction:
        step = _FAST_NEXT.get(nm.impl)
        # in the built-in's own realm only (errors it throws belong to the running realm)
        if step is not None and nm.realm is agent.realm:
            try:
                v = step(rec.iterator)
            except JSThrow:
                rec.done = True
                raise
            if v is not NOT_FAST:
                if v is _DONE:
                    rec.done = True
                return v
    result = iterator_next(rec)
    try:
        done = iterator_complete(result)
    except JSThrow:
        rec.done = True
        raise
    if done:
        rec.done = True
        return _DONE
    try:
        return iterator_value(result)
    except JSThrow:
        rec.done = True
        raise


DONE = _DONE


def iterator_close(rec: IteratorRecord, completion: BaseException | None = None) -> None:
    """IteratorClose (sec-iteratorclose). With ``completion`` (the exception being thrown) the
    original exception wins and is re-raised; otherwise errors from ``return`` propagate."""
    iterator = rec.iterator
    try:
        ret = get_method(iterator, "return")
        if ret is None:
            if completion is not None:
                raise completion
            return
        inner = call(ret, iterator, [])
    except JSThrow:
        if completion is not None:
            raise completion
        raise
    if completion is not None:
        raise completion
    if not isinstance(inner, JSObject):
        throw_type_error("iterator.return() did not return an object")


# NON-SPEC: the values IteratorToList(GetIterator(array)) gives for an array whose iteration is
# unobservable, or None (registered by the Array intrinsics: register_fast_list)
_FAST_LIST: list[Callable[[Any], "list[Any] | None"]] = []


def register_fast_list(values: Callable[[Any], "list[Any] | None"]) -> None:
    """NON-SPEC: let iterate_to_list ask ``values(array)`` first for a JSArray."""
    _FAST_LIST[:] = [values]


# NON-SPEC: a resource limit on the values one spread element passes as arguments (f(...a)),
# as Function.prototype.apply's MAX_APPLY_ARGS (V8 throws the same RangeError past about 120k)
MAX_SPREAD_ARGS = 1 << 20


def iterate_to_list(obj: Any, method: Any = None, subject: str | None = None, spread: bool = False) -> list[Any]:
    """IteratorToList (sec-iteratortolist) over GetIterator(obj) (or the given method);
    ``subject`` and ``spread`` (the spread of an argument list) word GetIterator's TypeError
    (not_iterable). NON-SPEC: an argument list's spread stops with a RangeError past
    MAX_SPREAD_ARGS values (a call with 2**24 arguments ran Math.max for seconds)."""
    if method is None and type(obj) is JSArray and _FAST_LIST:
        values = _FAST_LIST[0](obj)
        if values is not None:
            if spread and len(values) > MAX_SPREAD_ARGS:
                throw_range_error("Maximum call stack size exceeded")
            return values
    rec = get_iterator_from_method(obj, method) if method is not None else get_iterator(obj, "sync", subject, spread)
    out: list[Any] = []
    while True:
        v = iterator_step_value(rec)
        if v is DONE:
            return out
        out.append(v)
        if not len(out) & 4095:
            check_stop()  # NON-SPEC: the budget check (a built-in next runs no JS code)
            check_growth(len(out))  # NON-SPEC: the memory limit, before the list doubles
            if spread and len(out) > MAX_SPREAD_ARGS:
                throw_range_error("Maximum call stack size exceeded")


def iterator_rest(rec: IteratorRecord) -> list[Any]:
    """The values an iterator record still yields (the rest element of an array pattern,
    sec-runtime-semantics-iteratorbindinginitialization): none when it is already done."""
    items: list[Any] = []
    while not rec.done:
        x = iterator_step_value(rec)
        if x is DONE:
            break
        items.append(x)
    return items


def create_iter_result_object(value: Any, done: bool, realm: "Realm | None" = None) -> JSObject:
    """CreateIteratorResultObject (sec-createiterresultobject), in ``realm`` (default: the running
    realm)."""
    # 1. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    o = JSObject((realm or current_realm()).object_prototype)
    # 2-3. CreateDataPropertyOrThrow(obj, "value", value), (obj, "done", done). NON-SPEC fast path:
    # on a fresh ordinary object these are plain writable, enumerable, configurable data properties.
    o.props["value"] = value
    o.props["done"] = done
    return o


__all__ = ["IteratorRecord", "get_iterator", "not_iterable", "get_iterator_from_method", "get_iterator_direct", "iterator_next",
           "iterator_complete", "iterator_value", "iterator_step_value", "iterator_close", "iterate_to_list",
           "create_iter_result_object", "DONE", "get_v", "is_callable"]
