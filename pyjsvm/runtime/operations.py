"""Abstract operations (sec-abstract-operations): type conversion, testing and comparison,
and operations on objects. Each is named after the spec's operation."""
from __future__ import annotations

import math
from typing import Any

from pyjsvm.runtime.agent import EVERY_4096, EVERY_65536, JSThrow, charge_rest, check_alloc, check_every, check_items, check_stop, current_realm, get_agent, throw_range_error, throw_type_error
from pyjsvm.runtime.numeric import string_to_bigint
from pyjsvm.runtime.objects import (
    A, C, E, L, W, WEC, BuiltinFunction, JSArray, JSObject, JSPrimitiveObject, JSStringObject, Prop, PropertyDescriptor,
    array_index, count_proto_epoch, data_desc, same_value,
)
from pyjsvm.runtime.values import (
    MISSING, NULL, SYM_HAS_INSTANCE, JSBigInt, JSSymbol,
)
from pyjsvm.runtime.values import SYM_SPECIES

# The type conversions live in runtime/conversion.py; re-exported here with the other
# abstract operations.
from pyjsvm.runtime.conversion import (
    INF as INF,
    NAN as NAN,
    INDEX_KEYS as INDEX_KEYS,
    index_key as index_key,
    canonical_numeric_index_string as canonical_numeric_index_string,
    key_display as key_display,
    ordinary_to_primitive as ordinary_to_primitive,
    string_to_number as string_to_number,
    to_bigint as to_bigint,
    to_boolean as to_boolean,
    to_display as to_display,
    to_index as to_index,
    to_int32 as to_int32,
    to_integer_or_infinity as to_integer_or_infinity,
    to_length as to_length,
    to_number as to_number,
    to_numeric as to_numeric,
    to_primitive as to_primitive,
    to_property_key as to_property_key,
    to_string as to_string,
    to_uint16 as to_uint16,
    to_uint32 as to_uint32,
)

# WhiteSpace and LineTerminator code points (sec-white-space, sec-line-terminators).


# --- Type conversion (sec-type-conversion) -----------------------------------------------------

















def to_object(v: Any) -> JSObject:
    """ToObject (sec-toobject)."""
    if isinstance(v, JSObject):
        return v
    realm = current_realm()
    t = type(v)
    if t is str:
        return JSStringObject(realm.intrinsics["%String.prototype%"], v)
    if t is float:
        return JSPrimitiveObject(realm.intrinsics["%Number.prototype%"], v)
    if t is bool:
        return JSPrimitiveObject(realm.intrinsics["%Boolean.prototype%"], v)
    if t is JSSymbol:
        return JSPrimitiveObject(realm.intrinsics["%Symbol.prototype%"], v)
    if t is JSBigInt:
        proto = realm.intrinsics.get("%BigInt.prototype%")
        if proto is None:
            throw_type_error("BigInt is not supported yet")
        return JSPrimitiveObject(proto, v)
    if t is int:
        return JSPrimitiveObject(realm.intrinsics["%Number.prototype%"], float(v))
    throw_type_error("Cannot convert undefined or null to object")


def require_object_coercible(v: Any) -> Any:
    """RequireObjectCoercible (sec-requireobjectcoercible)."""
    if v is None or v is NULL:
        throw_type_error("Cannot convert undefined or null to object")
    return v


















# --- Testing and comparison (sec-testing-and-comparison-operations) ---------------------------

def is_callable(v: Any) -> bool:
    """IsCallable (sec-iscallable)."""
    return isinstance(v, JSObject) and v.is_callable


def is_constructor(v: Any) -> bool:
    """IsConstructor (sec-isconstructor)."""
    return isinstance(v, JSObject) and v.is_constructor


def is_array(v: Any) -> bool:
    """IsArray (sec-isarray)."""
    if isinstance(v, JSArray):
        return True
    if isinstance(v, JSObject) and v.is_proxy:
        target = v.proxy_target  # type: ignore[attr-defined]
        if target is None:
            throw_type_error("Cannot perform 'IsArray' on a proxy that has been revoked")
        return is_array(target)
    return False


def same_value_zero(x: Any, y: Any) -> bool:
    """SameValueZero (sec-samevaluezero)."""
    if type(x) is float and type(y) is float:
        return x == y or (x != x and y != y)
    return same_value(x, y)


def is_strictly_equal(x: Any, y: Any) -> bool:
    """IsStrictlyEqual (sec-isstrictlyequal)."""
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is float or tx is str or tx is bool:
        return x == y
    if tx is JSBigInt:
        return x.value == y.value
    return x is y


def is_loosely_equal(x: Any, y: Any) -> bool:
    """IsLooselyEqual (sec-islooselyequal)."""
    tx = type(x)
    ty = type(y)
    if tx is ty:
        # NON-SPEC: IsStrictlyEqual inline (numbers, strings, booleans, then identity)
        if tx is float or tx is str or tx is bool:
            return x == y  # type: ignore[no-any-return]
        if tx is JSBigInt:
            return x.value == y.value  # type: ignore[no-any-return]
        return x is y
    xn = x is None or x is NULL
    yn = y is None or y is NULL
    if xn or yn:
        if xn and yn:
            return True
        # B.3.6.2 (sec-IsHTMLDDA-internal-slot-aec): an object with [[IsHTMLDDA]] equals null and undefined
        other = y if xn else x
        return isinstance(other, JSObject) and other.is_htmldda
    if tx is float and ty is str:
        return x == string_to_number(y)
    if tx is str and ty is float:
        return string_to_number(x) == y
    if tx is JSBigInt and ty is str:
        n = string_to_bigint(y)
        return n is not None and n == x.value
    if tx is str and ty is JSBigInt:
        return is_loosely_equal(y, x)
    if tx is bool:
        return is_loosely_equal(1.0 if x else 0.0, y)
    if ty is bool:
        return is_loosely_equal(x, 1.0 if y else 0.0)
    xo = isinstance(x, JSObject)
    yo = isinstance(y, JSObject)
    if yo and not xo:
        return is_loosely_equal(x, to_primitive(y))
    if xo and not yo:
        return is_loosely_equal(to_primitive(x), y)
    if (tx is JSBigInt and ty is float) or (tx is float and ty is JSBigInt):
        a = x.value if tx is JSBigInt else x
        b = y.value if ty is JSBigInt else y
        if a != a or b != b or a in (INF, -INF) or b in (INF, -INF):
            return False
        return a == b
    return False




def is_less_than(x: Any, y: Any, left_first: bool = True) -> Any:
    """IsLessThan (sec-islessthan): True, False, or None for undefined (a NaN was involved)."""
    if left_first:
        px = to_primitive(x, "number")
        py = to_primitive(y, "number")
    else:
        py = to_primitive(y, "number")
        px = to_primitive(x, "number")
    if type(px) is str and type(py) is str:
        return px < py
    if type(px) is JSBigInt and type(py) is str:
        ny = string_to_bigint(py)
        return None if ny is None else px.value < ny
    if type(px) is str and type(py) is JSBigInt:
        nx = string_to_bigint(px)
        return None if nx is None else nx < py.value
    nx = to_numeric(px)
    ny = to_numeric(py)
    if type(nx) is type(ny):
        if type(nx) is JSBigInt:
            return nx.value < ny.value
        if nx != nx or ny != ny:
            return None
        return nx < ny
    a = nx.value if type(nx) is JSBigInt else nx
    b = ny.value if type(ny) is JSBigInt else ny
    if a != a or b != b:
        return None
    if a in (INF, -INF) or b in (INF, -INF):
        return a < b
    # exact comparison between an int and a float
    if type(a) is float:
        return (math.floor(a) < b) if a != math.floor(a) else int(a) < b
    return a < (math.ceil(b) if b != math.floor(b) else int(b))


def typeof(v: Any) -> str:
    """The typeof operator (sec-typeof-operator)."""
    t = type(v)
    if t is float:
        return "number"
    if t is str:
        return "string"
    if t is bool:
        return "boolean"
    if v is None:
        return "undefined"
    if v is NULL:
        return "object"
    if t is JSSymbol:
        return "symbol"
    if t is JSBigInt:
        return "bigint"
    if v.is_htmldda:
        # B.3.6.3 (sec-IsHTMLDDA-internal-slot-typeof)
        return "undefined"
    return "function" if v.is_callable else "object"


# --- Operations on objects (sec-operations-on-objects) -------------------------------------------

def get(o: Any, key: Any) -> Any:
    """Get (sec-get-o-p)."""
    return o.get(key, o)


def get_v(v: Any, key: Any) -> Any:
    """GetV (sec-getv): property lookup on any value, primitives via their prototype."""
    if isinstance(v, JSObject):
        return v.get(key, v)
    t = type(v)
    if t is str:
        if key == "length":
            return float(len(v))
        i = array_index(key)
        if 0 <= i < len(v):
            return v[i]
    if v is None or v is NULL:
        throw_type_error(f"Cannot read properties of {to_display(v)} (reading '{key_display(key)}')")
    return to_object(v).get(key, v)






def safe_describe(v: Any) -> str:
    """NON-SPEC: describe a thrown value without running JS code that could throw again."""
    if isinstance(v, JSObject):
        name = peek_data_property(v, "name")
        msg = peek_data_property(v, "message")
        if isinstance(name, str) or isinstance(msg, str):
            n = name if isinstance(name, str) else "Error"
            return f"{n}: {msg}" if isinstance(msg, str) and msg else n
        return "[object]"
    return to_display(v) if type(v) is not str else v


JSThrow.describe = safe_describe


def peek_data_property(obj: JSObject, key: str) -> Any:
    """NON-SPEC: read a data property along the prototype chain without running any JS code
    (no getters, no proxy traps), so that describing an error can never throw again. None when
    absent, an accessor or behind a proxy."""
    o: JSObject | None = obj
    seen = 0
    while o is not None and seen < 100:
        stored = o.props.get(key, MISSING)
        if stored is not MISSING:
            if type(stored) is Prop:
                return None if stored.flags & A else stored.value
            return stored
        if o.is_proxy:
            return None
        o = o.proto
        seen += 1
    return None


def receiver_display(o: JSObject) -> str:
    """NON-SPEC (V8): how V8's messages show an object: ``[object Array]`` for an array (and
    ``[object String]`` ... for a primitive's wrapper), ``#<Name>`` after its constructor's name
    otherwise, read without running JS code."""
    if isinstance(o, (JSArray, JSPrimitiveObject, JSStringObject)):
        return f"[object {o.class_name}]"
    ctor = peek_data_property(o, "constructor")
    name = peek_data_property(ctor, "name") if isinstance(ctor, JSObject) else None
    return f"#<{name}>" if isinstance(name, str) and name else "[object Object]"


def incompatible_receiver(method: str, v: Any) -> str:
    """NON-SPEC (V8): the message of the TypeError a built-in method throws for a this value
    of the wrong kind: ``Method Map.prototype.get called on incompatible receiver #<Set>``, the
    value shown as ``value_text`` shows it."""
    return f"Method {method} called on incompatible receiver {value_text(v)}"


def value_text(v: Any) -> str:
    """NON-SPEC (V8): how V8's messages show a value without running JS: an object as
    ``receiver_display`` shows it, a function as its source text (a built-in as ``function
    max() { [native code] }`` after its initial name), a proxy as its target (``null`` once
    revoked), a primitive as its string (a symbol's descriptive string)."""
    seen = 0
    while isinstance(v, JSObject) and v.is_proxy and seen < 100_000:
        v = getattr(v, "proxy_target", None)
        seen += 1
    if v is None and seen:
        shown = "null"
    elif isinstance(v, JSObject):
        if v.is_callable:
            text = getattr(getattr(v, "code", None), "source_text", None)
            if isinstance(text, str):
                shown = text
            else:
                name = v.name if isinstance(v, BuiltinFunction) else ""
                if type(name) is JSSymbol:
                    name = "" if name.description is None else f"[{name.description}]"
                shown = f"function {name if type(name) is str else ''}() {{ [native code] }}"
        else:
            shown = receiver_display(v)
    elif type(v) is JSSymbol:
        shown = v.descriptive_string()
    elif type(v) is str:
        shown = v
    else:
        shown = to_display(v)
    return shown


def set_failure_message(o: JSObject, key: Any) -> str:
    """NON-SPEC (V8): the message of the TypeError a strict assignment ``o[key] = v`` throws when
    [[Set]] returned false: a read-only data property or a getter without a setter on the
    prototype chain, or a new property on a non-extensible object. Found without running JS
    code: behind a proxy, the proxy's trap is to blame."""
    k = key_display(key)
    generic = f"Cannot assign to read only property '{k}' of object"
    p: JSObject | None = o
    seen = 0
    try:
        while p is not None and seen < 10000:
            if p.is_proxy:
                return f"'set' on proxy: trap returned falsish for property '{k}'" if p is o else generic
            if p.effectful_own_property:
                return generic  # (a deferred namespace: looking would evaluate its module)
            desc = p.get_own_property(key)
            if desc is not None:
                if desc.is_accessor():
                    if desc.set is None or desc.set is MISSING:
                        return f"Cannot set property {k} of {receiver_display(o)} which has only a getter"
                elif desc.writable is False:
                    what = "function" if o.is_callable else "object"
                    return f"Cannot assign to read only property '{k}' of {what} '{receiver_display(o)}'"
                break
            if (p is o and isinstance(o, JSArray) and not o.length_writable and o.extensible
                    and array_index(key) >= o.length):
                return f"Cannot assign to read only property 'length' of object '{receiver_display(o)}'"
            p = p.proto
            seen += 1
        if not o.is_proxy and not o.effectful_own_property and not o.is_extensible() and o.get_own_property(key) is None:
            return f"Cannot add property {k}, object is not extensible"
    except JSThrow:  # (a module namespace's binding in its TDZ)
        pass
    return generic


def set_(o: JSObject, key: Any, value: Any, throw: bool) -> None:
    """Set (sec-set-o-p-v-throw)."""
    ok = o.set(key, value, o)
    if not ok and throw:
        throw_type_error(set_failure_message(o, key))


def create_data_property(o: JSObject, key: Any, value: Any) -> bool:
    """CreateDataProperty (sec-createdataproperty)."""
    if o.simple_props and o.extensible:
        cur = o.props.get(key, MISSING)
        if cur is MISSING or type(cur) is not Prop:
            o.props[key] = value
            return True
    return o.define_own_property(key, data_desc(value))


def create_data_property_or_throw(o: JSObject, key: Any, value: Any) -> None:
    """CreateDataPropertyOrThrow (sec-createdatapropertyorthrow)."""
    if not create_data_property(o, key, value):
        throw_type_error(f"Cannot define property {key_display(key)}")


def create_non_enumerable_data_property_or_throw(o: JSObject, key: Any, value: Any) -> None:
    """CreateNonEnumerableDataPropertyOrThrow (sec-createnonenumerabledatapropertyorthrow)."""
    define_property_or_throw(o, key, PropertyDescriptor(value=value, writable=True, enumerable=False, configurable=True))


def define_property_or_throw(o: JSObject, key: Any, desc: PropertyDescriptor) -> None:
    """DefinePropertyOrThrow (sec-definepropertyorthrow)."""
    if not o.define_own_property(key, desc):
        # NON-SPEC (V8): a new property on a non-extensible object has a message of its own
        if not o.is_proxy and not o.effectful_own_property and not o.is_extensible() and o.get_own_property(key) is None:
            throw_type_error(f"Cannot define property {key_display(key)}, object is not extensible")
        throw_type_error(f"Cannot redefine property: {key_display(key)}")


def delete_property_or_throw(o: JSObject, key: Any) -> None:
    """DeletePropertyOrThrow (sec-deletepropertyorthrow)."""
    if not o.delete(key):
        throw_type_error(f"Cannot delete property '{key_display(key)}' of {receiver_display(o)}")


def get_method(v: Any, key: Any) -> Any:
    """GetMethod (sec-getmethod): the function, or None for undefined/null."""
    func = get_v(v, key)
    if func is None or func is NULL:
        return None
    if not is_callable(func):
        throw_type_error(f"{to_display(func)} is not a function")
    return func


def has_property(o: JSObject, key: Any) -> bool:
    """HasProperty (sec-hasproperty)."""
    return o.has_property(key)


def has_own_property(o: JSObject, key: Any) -> bool:
    """HasOwnProperty (sec-hasownproperty)."""
    if o.simple_props:
        return key in o.props
    return o.get_own_property(key) is not None


def call(f: Any, this: Any, args: list[Any] | None = None) -> Any:
    """Call (sec-call)."""
    if not (isinstance(f, JSObject) and f.is_callable):
        throw_type_error(f"{to_display(f)} is not a function")
    return f.call(this, args if args is not None else [])


def construct(f: Any, args: list[Any] | None = None, new_target: Any = None) -> Any:
    """Construct (sec-construct)."""
    if new_target is None:
        new_target = f
    return f.construct(args if args is not None else [], new_target)


def invoke(v: Any, key: Any, args: list[Any] | None = None) -> Any:
    """Invoke (sec-invoke)."""
    return call(get_v(v, key), v, args)


# NON-SPEC: the implementation of %Function.prototype%[@@hasInstance] (set by
# intrinsics/function.py), which OrdinaryHasInstance recognises on a bound function's target
HAS_INSTANCE_IMPL: list[Any] = []


def ordinary_has_instance(c: Any, o: Any) -> bool:
    """OrdinaryHasInstance (sec-ordinaryhasinstance). NON-SPEC: step 2's InstanceofOperator on a
    bound function's target, when that finds %Function.prototype%[@@hasInstance] of the running
    realm (whose call is OrdinaryHasInstance of the target again, in the same realm: nothing
    tells the two apart), goes on in this loop instead of a recursion a link: a chain of a
    hundred thousand bound functions is a legal value."""
    while True:
        # 1. If IsCallable(C) is false, return false.
        if not is_callable(c):
            return False
        # 2. If C has a [[BoundTargetFunction]] internal slot, then
        target = getattr(c, "bound_target", None)
        if target is None:
            break
        # a-b. Return ? InstanceofOperator(O, BC).
        m = target.get(SYM_HAS_INSTANCE, target)
        if m is None or m is NULL or (type(m) is BuiltinFunction and HAS_INSTANCE_IMPL
                                      and m.impl is HAS_INSTANCE_IMPL[0] and m.realm is current_realm()):
            # (InstanceofOperator's step 4, or its step 2's call: OrdinaryHasInstance(BC, O))
            c = target
            continue
        return instance_of_with(o, target, m)
    if not isinstance(o, JSObject):
        return False
    p = c.get("prototype", c)
    if not isinstance(p, JSObject):
        throw_type_error("Function has non-object prototype in instanceof check")
    while True:
        o = o.get_prototype_of()
        if o is NULL:
            return False
        if o is p:
            return True


def instance_of(v: Any, target: Any) -> bool:
    """InstanceofOperator (sec-instanceofoperator)."""
    if not isinstance(target, JSObject):
        throw_type_error("Right-hand side of 'instanceof' is not an object")
    return instance_of_with(v, target, target.get(SYM_HAS_INSTANCE, target))


def instance_of_with(v: Any, target: JSObject, inst_of: Any) -> bool:
    """InstanceofOperator (sec-instanceofoperator) from step 2 on, ``inst_of`` the value
    GetV(target, @@hasInstance) gave (GetMethod's steps 2-3 are done here)."""
    if inst_of is not None and inst_of is not NULL:
        if not is_callable(inst_of):
            throw_type_error(f"{to_display(inst_of)} is not a function")
        return to_boolean(call(inst_of, target, [v]))
    if not target.is_callable:
        throw_type_error("Right-hand side of 'instanceof' is not callable")
    return ordinary_has_instance(target, v)


def length_of_array_like(o: JSObject) -> int:
    """LengthOfArrayLike (sec-lengthofarraylike)."""
    if type(o) is JSArray:
        return o.length
    return to_length(o.get("length", o))


def create_array_from_list(elements: list[Any], realm: Any = None) -> JSArray:
    """CreateArrayFromList (sec-createarrayfromlist)."""
    r = realm if realm is not None else current_realm()
    return JSArray(r.array_prototype, list(elements))


def array_create(length: int, proto: JSObject | None = None) -> JSArray:
    """ArrayCreate (sec-arraycreate)."""
    if length > 2**32 - 1:
        throw_range_error("Invalid array length")
    a = JSArray(proto if proto is not None else current_realm().array_prototype)
    if length:
        a._grow(length)
    return a


def create_list_from_array_like(o: Any, element_types: tuple[str, ...] | None = None,
                                max_length: int | None = None) -> list[Any]:
    """CreateListFromArrayLike (sec-createlistfromarraylike). NON-SPEC: a RangeError past
    ``max_length`` elements (a resource limit of the caller's: arguments of a call)."""
    if not isinstance(o, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    if type(o) is JSArray and o.dense is not None and MISSING not in o.dense and element_types is None:
        if max_length is not None and len(o.dense) > max_length:
            throw_range_error("Maximum call stack size exceeded")
        check_items(len(o.dense))  # NON-SPEC: a step per element, as the loop below charges
        check_alloc(items=len(o.dense))  # NON-SPEC: the memory limit, before the copy is made
        return list(o.dense)
    n = length_of_array_like(o)
    if max_length is not None and n > max_length:
        throw_range_error("Maximum call stack size exceeded")
    check_alloc(items=n)  # NON-SPEC: the memory limit, before the list is made
    out = []
    agent = get_agent()
    for i in range(n):
        if agent.stop:  # NON-SPEC: the budget check (JS controls the length)
            agent.interrupt()
        v = o.get(str(i), o)
        if element_types is not None and not (type(v) is str or type(v) is JSSymbol):
            throw_type_error("element is not a property key")
        out.append(v)
    return out


def get_function_realm(f: JSObject) -> Any:
    """GetFunctionRealm (sec-getfunctionrealm). NON-SPEC: the recursion of steps 2-3 is a loop
    (a chain of a hundred thousand bound functions or proxies is a legal value, and a Python
    frame a link overflowed the C stack)."""
    while True:
        # 2. A bound function exotic object: GetFunctionRealm of its target. (It has no [[Realm]]:
        # its ``realm`` attribute is this function's answer, so it is looked at first.)
        target = getattr(f, "bound_target", None)
        if target is not None:
            f = target
            continue
        # 1. If obj has a [[Realm]] internal slot, return obj.[[Realm]].
        realm = getattr(f, "realm", None) if f.is_callable else None
        if realm is not None:
            return realm
        # 3. A Proxy exotic object: a TypeError if revoked, else GetFunctionRealm of its target.
        if f.is_proxy:
            t = f.proxy_target  # type: ignore[attr-defined]
            if t is None:
                throw_type_error("Cannot perform operation on a revoked proxy")
            f = t
            continue
        # 4. Return the current Realm Record.
        return current_realm()


def copy_name_and_length(f: JSObject, target: JSObject, prefix: str | None = None, arg_count: int = 0) -> None:
    """CopyNameAndLength ( F, Target [ , prefix [ , argCount ] ] ) (sec-copynameandlength, of the
    ShadowRealm proposal; Function.prototype.bind's steps 5-10 use it too)."""
    # 1-4. The target's own "length", if it has one.
    target_len = target.get("length", target) if has_own_property(target, "length") else None
    # 7. Let targetName be ? Get(Target, "name"). (Read before step 6's SetFunctionLength, which
    # no JS code can observe: see set_name_and_length)
    target_name = target.get("name", target)
    set_name_and_length(f, target_len, target_name, prefix, arg_count)


def set_name_and_length(f: JSObject, target_len: Any, target_name: Any, prefix: str | None, arg_count: int) -> None:
    """Steps 2-10 of CopyNameAndLength (sec-copynameandlength) after its reads: ``target_len``
    the target's own "length" (None when it has none), ``target_name`` its "name"."""
    # 2-5. L: the target's own "length" if it is a Number, less argCount, at least 0.
    length = 0.0
    if type(target_len) is float and target_len == target_len:   # (ToIntegerOrInfinity(NaN) is 0)
        if target_len == math.inf:
            length = math.inf
        elif target_len != -math.inf:
            # (ToIntegerOrInfinity of a finite Number: its truncation; a result <= 0, -0 too, is 0)
            length = float(math.trunc(target_len)) - arg_count
            if length <= 0.0:
                length = 0.0
    # NON-SPEC: F is the function just made by BoundFunctionCreate or WrappedFunctionCreate,
    # with no own properties and out of JS's reach, so each DefinePropertyOrThrow below is
    # written straight into its ``props`` (no prototype chain can hold F yet: nothing to tell
    # the emitted sites' caches, see PROTO_EPOCH)
    # 6. Perform SetFunctionLength(F, L).
    f.props["length"] = Prop(length, C)
    # 8. If targetName is not a String, set targetName to the empty String.
    if type(target_name) is not str:
        target_name = ""
    # 9-10. Perform SetFunctionName(F, targetName, prefix).
    f.props["name"] = Prop(prefix + " " + target_name if prefix else target_name, C)


def get_prototype_from_constructor(new_target: JSObject, default: str) -> JSObject:
    """GetPrototypeFromConstructor (sec-getprototypefromconstructor). ``default`` is an
    intrinsic's name such as '%Object.prototype%'."""
    proto = new_target.get("prototype", new_target)
    if not isinstance(proto, JSObject):
        proto = get_function_realm(new_target).intrinsics[default]
    return proto


def ordinary_create_from_constructor(new_target: JSObject, default: str) -> JSObject:
    """OrdinaryCreateFromConstructor (sec-ordinarycreatefromconstructor) for plain objects."""
    return JSObject(get_prototype_from_constructor(new_target, default))


def species_constructor(o: JSObject, default: JSObject) -> Any:
    """SpeciesConstructor (sec-speciesconstructor)."""
    c = o.get("constructor", o)
    if c is None:
        return default
    if not isinstance(c, JSObject):
        throw_type_error("object.constructor is not an object")
    s = c.get(SYM_SPECIES, c)
    if s is None or s is NULL:
        return default
    if is_constructor(s):
        return s
    throw_type_error("object.constructor[Symbol.species] is not a constructor")


def enumerable_own_value(o: JSObject, props: dict[Any, Any], key: Any) -> Any:
    """NON-SPEC: for an ordinary object ``o`` (``props`` its own properties): MISSING when it has
    no own enumerable property ``key`` ([[GetOwnProperty]]), else Get(o, key): a data
    property's stored value, an accessor's getter run."""
    v = props.get(key, MISSING)
    if type(v) is Prop:
        if not v.flags & E:
            return MISSING
        return v.value if not v.flags & (A | L) else o.get(key, o)
    return v


def enumerable_own_properties(o: JSObject, kind: str) -> list[Any]:
    """EnumerableOwnProperties (sec-enumerableownproperties): kind 'key', 'value' or 'key+value'."""
    out: list[Any] = []
    if type(o) is JSObject and kind != "key":
        # NON-SPEC (speed): an ordinary object's [[GetOwnProperty]] and [[Get]] of a key it
        # holds as a data property are what it stores (read when the key is reached: a getter
        # met before may have changed it); an accessor's Get runs the getter
        props = o.props
        ap = current_realm().array_prototype if kind != "value" else None
        check_alloc(items=len(props), objects=len(props) if ap is not None else 0)  # the memory limit, first
        for n, key in enumerate(o.own_property_keys()):
            if not n & EVERY_4096:
                check_every(n, EVERY_4096)
            if type(key) is not str or (v := enumerable_own_value(o, props, key)) is MISSING:
                continue
            out.append(v if ap is None else JSArray(ap, [key, v]))
        return out
    if type(o) is JSArray and (dense := o.dense) is not None:
        # NON-SPEC (speed): a dense array's elements are plain data properties that come first
        # among its keys (JSArray.own_property_keys), and reading them runs no code: their keys
        # and values in one pass; the keys after them (``length``, then the others) as below
        pairs = kind == "key+value"
        ap = current_realm().array_prototype if pairs else None
        check_alloc(items=len(dense), objects=len(dense) if pairs else 0)  # the memory limit, first
        for i, v in enumerate(dense):
            if v is not MISSING:
                out.append(str(i) if kind == "key" else v if not pairs else JSArray(ap, [str(i), v]))
            if not i & EVERY_65536:
                check_every(i, EVERY_65536)
        charge_rest(len(dense), EVERY_65536)
        keys = o.keys_after_dense()
    else:
        keys = o.own_property_keys()
        check_alloc(items=len(keys), objects=len(keys) if kind == "key+value" else 0)  # NON-SPEC: the memory limit
    for n, key in enumerate(keys):
        if not n & EVERY_4096:
            check_every(n, EVERY_4096)  # NON-SPEC: the budget check (a string's or typed array's indices)
        if type(key) is not str:
            continue
        if o.simple_props:
            s = o.props.get(key, MISSING)
            if s is MISSING or (type(s) is Prop and not s.flags & E):
                continue
        else:
            d = o.get_own_property(key)
            if d is None or d.enumerable is not True:
                continue
        if kind == "key":
            out.append(key)
        else:
            v = o.get(key, o)
            if kind == "value":
                out.append(v)
            else:
                out.append(create_array_from_list([key, v]))
    return out


# NON-SPEC: the steps SetIntegrityLevel's generic steps charge a key (see set_integrity_level)
INTEGRITY_STEPS_PER_KEY = 8


def set_integrity_level(o: JSObject, level: str) -> bool:
    """SetIntegrityLevel (sec-setintegritylevel): level 'sealed' or 'frozen'."""
    if type(o) is JSObject and not any(type(v) is Prop and v.flags & L for v in o.props.values()):
        # NON-SPEC: an ordinary object (its internal methods the ordinary ones, its own
        # properties all in ``props``, none a lazy slot): no step below can run code or fail,
        # and each DefinePropertyOrThrow would leave exactly these attributes, set here in one
        # pass (a Prop changed in place, a plain value made a Prop)
        o.extensible = False
        props = o.props
        check_items(len(props))  # (a step budget: a step a property of a big object)
        drop = C | W if level == "frozen" else C
        for k, v in props.items():
            if type(v) is Prop:
                v.flags &= ~C if v.flags & A else ~drop
            else:
                props[k] = Prop(v, WEC & ~drop)
        count_proto_epoch()
        return True
    if not o.prevent_extensions():
        return False
    keys = o.own_property_keys()
    # NON-SPEC: the steps charged a step budget, first: a key's [[DefineOwnProperty]] (an array's
    # element made a property of its own) takes the time of about ten steps, charged one before
    check_items(len(keys) * INTEGRITY_STEPS_PER_KEY)
    if level == "sealed":
        for n, k in enumerate(keys):
            if not n & EVERY_4096:
                check_stop(0)  # NON-SPEC: the timeout check (the steps were charged above)
            define_property_or_throw(o, k, PropertyDescriptor(configurable=False))
    else:
        for n, k in enumerate(keys):
            if not n & EVERY_4096:
                check_stop(0)
            d = o.get_own_property(k)
            if d is not None:
                if d.is_accessor():
                    desc = PropertyDescriptor(configurable=False)
                else:
                    desc = PropertyDescriptor(configurable=False, writable=False)
                define_property_or_throw(o, k, desc)
    return True


def test_integrity_level(o: JSObject, level: str) -> bool:
    """TestIntegrityLevel (sec-testintegritylevel)."""
    if o.is_extensible():
        return False
    for n, k in enumerate(o.own_property_keys()):
        if not n & EVERY_4096:
            check_every(n, EVERY_4096)  # NON-SPEC: the budget check (an array's elements)
        d = o.get_own_property(k)
        if d is not None:
            if d.configurable is True:
                return False
            if level == "frozen" and d.is_data() and d.writable is True:
                return False
    return True


def to_property_descriptor(obj: Any) -> PropertyDescriptor:
    """ToPropertyDescriptor (sec-topropertydescriptor)."""
    if not isinstance(obj, JSObject):
        throw_type_error(f"Property description must be an object: {to_display(obj)}")
    desc = PropertyDescriptor()
    if obj.has_property("enumerable"):
        desc.enumerable = to_boolean(obj.get("enumerable", obj))
    if obj.has_property("configurable"):
        desc.configurable = to_boolean(obj.get("configurable", obj))
    if obj.has_property("value"):
        desc.value = obj.get("value", obj)
    if obj.has_property("writable"):
        desc.writable = to_boolean(obj.get("writable", obj))
    if obj.has_property("get"):
        g = obj.get("get", obj)
        if g is not None and not is_callable(g):
            throw_type_error(f"Getter must be a function: {to_display(g)}")
        desc.get = g
    if obj.has_property("set"):
        s = obj.get("set", obj)
        if s is not None and not is_callable(s):
            throw_type_error(f"Setter must be a function: {to_display(s)}")
        desc.set = s
    if (desc.get is not MISSING or desc.set is not MISSING) and (desc.value is not MISSING or desc.writable is not MISSING):
        throw_type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, "
                         + receiver_display(obj))
    return desc


def from_property_descriptor(desc: PropertyDescriptor | None) -> Any:
    """FromPropertyDescriptor (sec-frompropertydescriptor)."""
    if desc is None:
        return None
    o = JSObject(current_realm().object_prototype)
    if desc.value is not MISSING:
        o.props["value"] = desc.value
    if desc.writable is not MISSING:
        o.props["writable"] = desc.writable
    if desc.get is not MISSING:
        o.props["get"] = desc.get
    if desc.set is not MISSING:
        o.props["set"] = desc.set
    if desc.enumerable is not MISSING:
        o.props["enumerable"] = desc.enumerable
    if desc.configurable is not MISSING:
        o.props["configurable"] = desc.configurable
    return o


def complete_property_descriptor(desc: PropertyDescriptor) -> PropertyDescriptor:
    """CompletePropertyDescriptor (sec-completepropertydescriptor)."""
    if desc.is_generic() or desc.is_data():
        if desc.value is MISSING:
            desc.value = None
        if desc.writable is MISSING:
            desc.writable = False
    else:
        if desc.get is MISSING:
            desc.get = None
        if desc.set is MISSING:
            desc.set = None
    if desc.enumerable is MISSING:
        desc.enumerable = False
    if desc.configurable is MISSING:
        desc.configurable = False
    return desc


def check_depth() -> None:
    """NON-SPEC: raise RangeError when the JS call depth exceeds the limit."""
    agent = get_agent()
    if agent.depth > agent.max_depth:
        throw_range_error("Maximum call stack size exceeded")


__all__ = [name for name in dir() if not name.startswith("_") and name not in ("annotations", "math", "re", "Any")]


def get_template_object(realm: Any, site: Any, cooked: list[Any], raw: list[str]) -> Any:
    """GetTemplateObject (sec-gettemplateobject): one frozen array per site and realm."""
    t = realm.template_map.get(site)
    if t is not None:
        return t
    raw_obj = JSArray(realm.array_prototype, list(raw))
    set_integrity_level(raw_obj, "frozen")
    template = JSArray(realm.array_prototype, list(cooked))
    template.define_own_property("raw", PropertyDescriptor(value=raw_obj, writable=False, enumerable=False,
                                                           configurable=False))
    set_integrity_level(template, "frozen")
    realm.template_map[site] = template
    return template


# NON-SPEC: the ~required~ default of GetOption
REQUIRED: Any = object()


def get_options_object(options: Any) -> JSObject:
    """GetOptionsObject ( options ) (sec-getoptionsobject)."""
    # 1. If options is undefined, return OrdinaryObjectCreate(null).
    if options is None:
        return JSObject(None)
    # 2. If options is an Object, return options.
    if isinstance(options, JSObject):
        return options
    # 3. Throw a TypeError exception.
    throw_type_error(f"{to_display(options)} is not an object")


def get_option(options: "JSObject | None", prop: str, typ: str, values: Any, default: Any) -> Any:
    """GetOption ( options, property, type, values, default ) (sec-getoption). NON-SPEC: ``options``
    may be None (ECMA-402 callers that have no options object), read as an empty one."""
    # 1. Let value be ? Get(options, property).
    value = None if options is None else options.get(prop, options)
    # 2. If value is undefined, then
    if value is None:
        if default is REQUIRED:
            throw_range_error(f"{prop} is required")
        return default
    # 3-5. Coerce to the type.
    if typ == "boolean":
        value = to_boolean(value)
    else:
        value = to_string(value)
    # 6. If values is not EMPTY and values does not contain value, throw a RangeError exception.
    if values is not None and value not in values:
        throw_range_error(f"Value {value} out of range for options property {prop}")
    return value
