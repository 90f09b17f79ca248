"""The Object constructor, its static functions and Object.prototype (sec-object-objects),
with Annex B's Object.prototype.__proto__ and legacy accessor methods
(sec-object.prototype.__proto__, sec-object.prototype.__defineGetter__, ...)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import EVERY_4096, JSThrow, check_alloc, check_every, check_items, current_realm, throw_type_error
from pyjsvm.runtime.operators import concat_strings
from pyjsvm.runtime.functions import register_inline
from pyjsvm.runtime.iteration import DONE, get_iterator, iterator_close, iterator_step_value
from pyjsvm.runtime.objects import (
    A, DIGITS, E, JSArray, JSObject, JSStringObject, Prop, PropertyDescriptor, ordered_keys, ordinary_props_type, same_value,
)
from pyjsvm.runtime.operations import (
    create_array_from_list, create_data_property_or_throw, define_property_or_throw,
    enumerable_own_properties, from_property_descriptor, has_own_property, invoke, is_array,
    is_callable, ordinary_create_from_constructor, require_object_coercible, set_,
    set_integrity_level, test_integrity_level, to_display, to_object, to_property_descriptor,
    to_property_key,
)
from pyjsvm.runtime.values import MISSING, NULL, SYM_TO_STRING_TAG, JSBigInt, JSSymbol, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()    # Object.prototype
statics = BuiltinTable()  # Object.*



class ImmutablePrototypeObject(JSObject):
    """An immutable prototype exotic object (sec-immutable-prototype-exotic-objects), used for
    %Object.prototype%."""

    __slots__ = ()
    immutable_prototype = True   # (see JSObject)

    def set_prototype_of(self, v: Any) -> bool:
        """[[SetPrototypeOf]] (sec-immutable-prototype-exotic-objects-setprototypeof-v):
        SetImmutablePrototype (sec-set-immutable-prototype)."""
        current = self.get_prototype_of()
        return same_value(v, current)


# --- The Object constructor ----------------------------------------------------------------

def object_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object ( value ) (sec-object-value)."""
    # 1. If NewTarget is neither undefined nor the active function object, then
    if new_target is not None and new_target is not realm.intrinsics["%Object%"]:
        return ordinary_create_from_constructor(new_target, "%Object.prototype%")
    value = argument(args, 0)
    # 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
    if value is None or value is NULL:
        return JSObject(realm.object_prototype)
    # 3. Return ! ToObject(value).
    return to_object(value)


# --- Object.* ------------------------------------------------------------------------------

@statics.method("assign", 2)
def object_assign(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.assign ( target, ...sources ) (sec-object.assign)."""
    to = to_object(argument(args, 0))
    if len(args) <= 1:
        return to
    for source in args[1:]:
        if source is None or source is NULL:
            continue
        from_ = to_object(source)
        plain = type(from_) is JSObject
        for n, key in enumerate(from_.own_property_keys()):
            if not n & EVERY_4096:
                check_every(n, EVERY_4096)  # NON-SPEC: the budget check (a string's or an array's indices)
            if plain:
                # NON-SPEC fast path: an ordinary source's own plain data property (enumerable,
                # read now: a setter run by an earlier step may have changed it) is its value
                v = from_.props.get(key, MISSING)
                if v is MISSING:
                    continue
                if type(v) is not Prop:
                    set_(to, key, v, True)
                    continue
            desc = from_.get_own_property(key)
            if desc is not None and desc.enumerable is True:
                prop_value = from_.get(key, from_)
                set_(to, key, prop_value, True)
    return to


@statics.method("create", 2)
def object_create(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.create ( O, Properties ) (sec-object.create)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject) and o is not NULL:
        throw_type_error(f"Object prototype may only be an Object or null: {to_display(o)}")
    obj = JSObject(None if o is NULL else o)
    properties = argument(args, 1)
    if properties is not None:
        object_define_properties_op(obj, properties)
    return obj


def object_define_properties_op(o: JSObject, properties: Any) -> JSObject:
    """ObjectDefineProperties ( O, Properties ) (sec-objectdefineproperties)."""
    props = to_object(properties)
    keys = props.own_property_keys()
    descriptors: list[tuple[Any, PropertyDescriptor]] = []
    for n, key in enumerate(keys):
        if not n & EVERY_4096:
            check_every(n, EVERY_4096)  # NON-SPEC: the budget check
        prop_desc = props.get_own_property(key)
        if prop_desc is not None and prop_desc.enumerable is True:
            desc_obj = props.get(key, props)
            descriptors.append((key, to_property_descriptor(desc_obj)))
    for n, (key, desc) in enumerate(descriptors):
        if not n & EVERY_4096:
            check_every(n, EVERY_4096)
        define_property_or_throw(o, key, desc)
    return o


@statics.method("defineProperties", 2)
def object_define_properties(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.defineProperties ( O, Properties ) (sec-object.defineproperties)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error("Object.defineProperties called on non-object")
    return object_define_properties_op(o, argument(args, 1))


@statics.method("defineProperty", 3)
def object_define_property(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.defineProperty ( O, P, Attributes ) (sec-object.defineproperty)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error("Object.defineProperty called on non-object")
    key = to_property_key(argument(args, 1))
    desc = to_property_descriptor(argument(args, 2))
    define_property_or_throw(o, key, desc)
    return o


@statics.method("entries", 1)
def object_entries(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.entries ( O ) (sec-object.entries)."""
    obj = to_object(argument(args, 0))
    return create_array_from_list(enumerable_own_properties(obj, "key+value"), realm)


@statics.method("freeze", 1)
def object_freeze(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.freeze ( O ) (sec-object.freeze)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        return o
    if not set_integrity_level(o, "frozen"):
        throw_type_error("Cannot freeze")
    return o


@statics.method("fromEntries", 1)
def object_from_entries(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.fromEntries ( iterable ) (sec-object.fromentries)."""
    iterable = argument(args, 0)
    require_object_coercible(iterable)
    obj = JSObject(realm.object_prototype)
    # AddEntriesFromIterable (sec-add-entries-from-iterable) with CreateDataPropertyOnObject.
    rec = get_iterator(iterable)
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            return obj
        if not isinstance(nxt, JSObject):
            try:
                throw_type_error(f"Iterator value {to_display(nxt)} is not an entry object")
            except JSThrow as e:
                iterator_close(rec, e)
                raise
        try:
            k = nxt.get("0", nxt)
            v = nxt.get("1", nxt)
            # CreateDataPropertyOnObject (sec-create-data-property-on-object-functions)
            create_data_property_or_throw(obj, to_property_key(k), v)
        except JSThrow as e:
            iterator_close(rec, e)
            raise


@statics.method("getOwnPropertyDescriptor", 2)
def object_get_own_property_descriptor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.getOwnPropertyDescriptor ( O, P ) (sec-object.getownpropertydescriptor)."""
    obj = to_object(argument(args, 0))
    key = to_property_key(argument(args, 1))
    return from_property_descriptor(obj.get_own_property(key))


@statics.method("getOwnPropertyDescriptors", 1)
def object_get_own_property_descriptors(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.getOwnPropertyDescriptors ( O ) (sec-object.getownpropertydescriptors)."""
    obj = to_object(argument(args, 0))
    own_keys = obj.own_property_keys()
    descriptors = JSObject(realm.object_prototype)
    for n, key in enumerate(own_keys):
        if not n & EVERY_4096:
            check_every(n, EVERY_4096)  # NON-SPEC: the budget check
        descriptor = from_property_descriptor(obj.get_own_property(key))
        if descriptor is not None:
            create_data_property_or_throw(descriptors, key, descriptor)
    return descriptors


def get_own_property_keys(o: Any, kind: str) -> Any:
    """GetOwnPropertyKeys ( O, type ) (sec-getownpropertykeys): kind 'string' or 'symbol'."""
    obj = to_object(o)
    keys = obj.own_property_keys()
    names: list[Any]
    if kind == "string":
        names = [k for k in keys if type(k) is str]
    else:
        names = [k for k in keys if type(k) is JSSymbol]
    return create_array_from_list(names)


@statics.method("getOwnPropertyNames", 1)
def object_get_own_property_names(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.getOwnPropertyNames ( O ) (sec-object.getownpropertynames)."""
    return get_own_property_keys(argument(args, 0), "string")


@statics.method("getOwnPropertySymbols", 1)
def object_get_own_property_symbols(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.getOwnPropertySymbols ( O ) (sec-object.getownpropertysymbols)."""
    return get_own_property_keys(argument(args, 0), "symbol")


@statics.method("getPrototypeOf", 1)
def object_get_prototype_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.getPrototypeOf ( O ) (sec-object.getprototypeof)."""
    return to_object(argument(args, 0)).get_prototype_of()


def group_by(items: Any, callback: Any, key_coercion: str) -> list[tuple[Any, list[Any]]]:
    """GroupBy ( items, callback, keyCoercion ) (sec-groupby) for keyCoercion ~property~; for
    ~collection~ the caller passes a ``key_coercion`` of 'collection' and gets keys as returned
    by the callback with -0 normalised (CanonicalizeKeyedCollectionKey)."""
    require_object_coercible(items)
    if not is_callable(callback):
        throw_type_error(f"{to_display(callback)} is not a function")
    # NON-SPEC: groups keyed by property key (str/JSSymbol hash as SameValue requires) for
    # ~property~; a list of (key, elements) pairs searched with SameValue for ~collection~.
    groups: dict[Any, list[Any]] = {}
    pairs: list[tuple[Any, list[Any]]] = []
    rec = get_iterator(items)
    k = 0
    while True:
        if k >= 2**53 - 1:
            try:
                throw_type_error("Too many elements")
            except JSThrow as e:
                iterator_close(rec, e)
                raise
        value = iterator_step_value(rec)
        if value is DONE:
            break
        try:
            key = callback.call(None, [value, float(k)])
            if key_coercion == "property":
                key = to_property_key(key)
        except JSThrow as e:
            iterator_close(rec, e)
            raise
        if key_coercion == "property":
            g = groups.get(key)
            if g is None:
                g = groups[key] = []
                pairs.append((key, g))
            g.append(value)
        else:
            if type(key) is float and key == 0.0:
                key = 0.0
            for gk, elements in pairs:
                if same_value(gk, key):
                    elements.append(value)
                    break
            else:
                pairs.append((key, [value]))
        k += 1
    return pairs


@statics.method("groupBy", 2)
def object_group_by(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.groupBy ( items, callback ) (sec-object.groupby)."""
    groups = group_by(argument(args, 0), argument(args, 1), "property")
    obj = JSObject(None)
    for key, elements in groups:
        create_data_property_or_throw(obj, key, create_array_from_list(elements, realm))
    return obj


@statics.method("hasOwn", 2)
def object_has_own(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.hasOwn ( O, P ) (sec-object.hasown)."""
    obj = to_object(argument(args, 0))
    key = to_property_key(argument(args, 1))
    return has_own_property(obj, key)


@statics.method("is", 2)
def object_is(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.is ( value1, value2 ) (sec-object.is)."""
    return same_value(argument(args, 0), argument(args, 1))


@statics.method("isExtensible", 1)
def object_is_extensible(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.isExtensible ( O ) (sec-object.isextensible)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        return False
    return o.is_extensible()


@statics.method("isFrozen", 1)
def object_is_frozen(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.isFrozen ( O ) (sec-object.isfrozen)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        return True
    return test_integrity_level(o, "frozen")


@statics.method("isSealed", 1)
def object_is_sealed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.isSealed ( O ) (sec-object.issealed)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        return True
    return test_integrity_level(o, "sealed")


@statics.method("keys", 1)
def object_keys(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.keys ( O ) (sec-object.keys)."""
    if args and type(o := args[0]) is JSObject:
        # NON-SPEC fast path: EnumerableOwnProperties(O, key) of an ordinary object read from
        # its props (its own keys in order, the enumerable string ones)
        props = o.props
        check_items(len(props))  # (a step budget: a step a key)
        check_alloc(items=len(props))  # (the memory limit, before the keys' list is made)
        # (most often every key is a string that is no index and every property a plain
        # stored value: one pass keeps them all, in order)
        keys = [k for k, v in props.items() if type(k) is str and k[:1] not in DIGITS and type(v) is not Prop]
        if len(keys) != len(props):
            keys = [k for k in ordered_keys(props) if type(k) is str and (type(v := props[k]) is not Prop or v.flags & E)]
        return JSArray(realm.array_prototype, keys)
    obj = to_object(argument(args, 0))
    return create_array_from_list(enumerable_own_properties(obj, "key"), realm)


@statics.method("preventExtensions", 1)
def object_prevent_extensions(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.preventExtensions ( O ) (sec-object.preventextensions)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        return o
    if not o.prevent_extensions():
        throw_type_error("Cannot prevent extensions")
    return o


@statics.method("seal", 1)
def object_seal(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.seal ( O ) (sec-object.seal)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        return o
    if not set_integrity_level(o, "sealed"):
        throw_type_error("Cannot seal")
    return o


@statics.method("setPrototypeOf", 2)
def object_set_prototype_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.setPrototypeOf ( O, proto ) (sec-object.setprototypeof)."""
    o = argument(args, 0)
    p = argument(args, 1)
    require_object_coercible(o)
    if not isinstance(p, JSObject) and p is not NULL:
        throw_type_error(f"Object prototype may only be an Object or null: {to_display(p)}")
    if not isinstance(o, JSObject):
        return o
    if not o.set_prototype_of(p):
        _throw_set_prototype_failed(o)
    return o


@statics.method("values", 1)
def object_values(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.values ( O ) (sec-object.values)."""
    obj = to_object(argument(args, 0))
    return create_array_from_list(enumerable_own_properties(obj, "value"), realm)


def _throw_set_prototype_failed(o: JSObject) -> None:
    if isinstance(o, ImmutablePrototypeObject):
        throw_type_error("Immutable prototype object 'Object.prototype' cannot have their prototype set")
    throw_type_error("Cyclic __proto__ value" if o.is_extensible() else "#<Object> is not extensible")


# --- Object.prototype ----------------------------------------------------------------------

@proto.method("hasOwnProperty", 1)
def object_proto_has_own_property(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.hasOwnProperty ( V ) (sec-object.prototype.hasownproperty)."""
    if args and type(k := args[0]) is str and type(this) is JSObject:
        return k in this.props  # NON-SPEC fast path: an ordinary object's own properties are its props
    key = to_property_key(argument(args, 0))
    o = to_object(this)
    return has_own_property(o, key)


register_inline("hasOwnProperty", object_proto_has_own_property)  # its fast path in line (compiler/emit.py)


@proto.method("isPrototypeOf", 1)
def object_proto_is_prototype_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.isPrototypeOf ( V ) (sec-object.prototype.isprototypeof)."""
    v = argument(args, 0)
    if not isinstance(v, JSObject):
        return False
    o = to_object(this)
    while True:
        v = v.get_prototype_of()
        if v is NULL:
            return False
        if v is o:
            return True


@proto.method("propertyIsEnumerable", 1)
def object_proto_property_is_enumerable(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.propertyIsEnumerable ( V ) (sec-object.prototype.propertyisenumerable)."""
    key = to_property_key(argument(args, 0))
    o = to_object(this)
    desc = o.get_own_property(key)
    if desc is None:
        return False
    return desc.enumerable is True


@proto.method("toLocaleString", 0)
def object_proto_to_locale_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (sec-object.prototype.tolocalestring)."""
    if this is None or this is NULL:  # (Invoke's ToObject would throw: V8's message names the method)
        throw_type_error("Object.prototype.toLocaleString called on null or undefined")
    return invoke(this, "toString")


_TAGGED_CLASSES = frozenset(("Arguments", "Error", "Boolean", "Number", "String", "Date", "RegExp"))


# NON-SPEC: a primitive's type -> (the builtinTag of its ToObject wrapper, that wrapper's
# prototype), for object_to_string's fast path
_PRIMITIVE_TAGS = {str: ("String", "%String.prototype%"), float: ("Number", "%Number.prototype%"),
                   bool: ("Boolean", "%Boolean.prototype%"), JSSymbol: ("Object", "%Symbol.prototype%"),
                   JSBigInt: ("Object", "%BigInt.prototype%")}


def _inherited_tag(p: Any) -> Any:
    """NON-SPEC: Get(O, @@toStringTag) of a primitive's ToObject wrapper O, whose prototype is
    ``p``, without making O: the wrapper has no own symbol-keyed property, so the lookup starts
    at ``p`` (and of an ordinary object or array O without its own such property, whose
    prototype is ``p``); walked while the objects keep their symbol-keyed properties in
    ``props`` with the ordinary [[Get]] for them (an array's too: %Array.prototype%), it finds a
    data property's value or undefined (None). MISSING where it meets an accessor (its getter
    would see O as its this value) or another object: the caller makes O (or does the Get)."""
    while p is not None:
        t = type(p)
        if t is not JSObject and t is not JSArray and t is not JSStringObject and not ordinary_props_type(t):
            return MISSING
        v = p.props.get(SYM_TO_STRING_TAG, MISSING)
        if v is not MISSING:
            if type(v) is Prop:
                return MISSING if v.flags & A else v.value
            return v
        p = p.proto
    return None


def object_to_string(this: Any, realm: "Realm | None" = None) -> str:
    """The steps of Object.prototype.toString (sec-object.prototype.tostring); ``realm``: the
    running one, where the caller knows it."""
    # 1-2.
    if this is None:
        return "[object Undefined]"
    if this is NULL:
        return "[object Null]"
    primitive = _PRIMITIVE_TAGS.get(type(this))
    if primitive is not None:
        # NON-SPEC fast path: the type check ``toString.call(x) === '[object String]'`` of a
        # primitive, without its wrapper (steps 3-16 give the same; see _inherited_tag)
        # (the prototype made here if it is not yet: the realm makes its built-ins on first use)
        proto = (realm or current_realm()).intrinsics.get(primitive[1])
        tag = _inherited_tag(proto) if proto is not None else MISSING
        if tag is not MISSING:
            if type(tag) is not str:
                return "[object " + primitive[0] + "]"
            return "[object " + tag + "]" if len(tag) < 4096 else concat_strings("[object ", tag, "]")
    t = type(this)
    if t is JSObject or t is JSArray:
        # NON-SPEC fast path: an ordinary object or array (builtinTag Object or Array), its own
        # @@toStringTag data property or else the inherited one (_inherited_tag); an accessor
        # met on the way is left to step 15's Get
        tag = this.props.get(SYM_TO_STRING_TAG, MISSING)
        if tag is MISSING:
            tag = _inherited_tag(this.proto)
        elif type(tag) is Prop:
            tag = MISSING if tag.flags & A else tag.value
        if tag is not MISSING:
            if type(tag) is not str:
                return "[object Array]" if t is JSArray else "[object Object]"
            return "[object " + tag + "]" if len(tag) < 4096 else concat_strings("[object ", tag, "]")
    # 3. Let O be ! ToObject(this value).
    o = to_object(this)
    # 4-14. builtinTag.
    if is_array(o):
        builtin_tag = "Array"
    else:
        cls = o.class_name
        if cls == "Arguments":
            builtin_tag = cls
        elif o.is_callable:
            builtin_tag = "Function"
        elif cls in _TAGGED_CLASSES:
            builtin_tag = cls
        else:
            builtin_tag = "Object"
    # 15. Let tag be ? Get(O, @@toStringTag).
    tag = o.get(SYM_TO_STRING_TAG, o)
    # 16. If tag is not a String, set tag to builtinTag.
    if type(tag) is not str:
        tag = builtin_tag
    return concat_strings("[object ", tag, "]")


@proto.method("toString", 0)
def object_proto_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.toString ( ) (sec-object.prototype.tostring)."""
    return object_to_string(this, realm)


@proto.method("valueOf", 0)
def object_proto_value_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.valueOf ( ) (sec-object.prototype.valueof)."""
    return to_object(this)


def object_proto_get_proto(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Object.prototype.__proto__ (sec-get-object.prototype.__proto__)."""
    return to_object(this).get_prototype_of()


def object_proto_set_proto(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """set Object.prototype.__proto__ (sec-set-object.prototype.__proto__)."""
    o = require_object_coercible(this)
    p = argument(args, 0)
    if not isinstance(p, JSObject) and p is not NULL:
        return None
    if not isinstance(o, JSObject):
        return None
    if not o.set_prototype_of(p):
        _throw_set_prototype_failed(o)
    return None


proto.accessor("__proto__", object_proto_get_proto, object_proto_set_proto)


@proto.method("__defineGetter__", 2)
def object_proto_define_getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.__defineGetter__ ( P, getter ) (sec-object.prototype.__defineGetter__)."""
    o = to_object(this)
    getter = argument(args, 1)
    if not is_callable(getter):
        throw_type_error("Object.prototype.__defineGetter__: Expecting function")
    desc = PropertyDescriptor(get=getter, enumerable=True, configurable=True)
    key = to_property_key(argument(args, 0))
    define_property_or_throw(o, key, desc)
    return None


@proto.method("__defineSetter__", 2)
def object_proto_define_setter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.__defineSetter__ ( P, setter ) (sec-object.prototype.__defineSetter__)."""
    o = to_object(this)
    setter = argument(args, 1)
    if not is_callable(setter):
        throw_type_error("Object.prototype.__defineSetter__: Expecting function")
    desc = PropertyDescriptor(set=setter, enumerable=True, configurable=True)
    key = to_property_key(argument(args, 0))
    define_property_or_throw(o, key, desc)
    return None


def _lookup_accessor(this: Any, p: Any, which: str) -> Any:
    o: Any = to_object(this)
    key = to_property_key(p)
    while True:
        desc = o.get_own_property(key)
        if desc is not None:
            if desc.is_accessor():
                f = getattr(desc, which)
                return None if f is MISSING else f
            return None
        o = o.get_prototype_of()
        if o is NULL:
            return None


@proto.method("__lookupGetter__", 1)
def object_proto_lookup_getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.__lookupGetter__ ( P ) (sec-object.prototype.__lookupGetter__)."""
    return _lookup_accessor(this, argument(args, 0), "get")


@proto.method("__lookupSetter__", 1)
def object_proto_lookup_setter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Object.prototype.__lookupSetter__ ( P ) (sec-object.prototype.__lookupSetter__)."""
    return _lookup_accessor(this, argument(args, 0), "set")


def setup(realm: "Realm") -> None:
    op = realm.object_prototype
    # NON-SPEC: the realm makes %Object.prototype% as a plain JSObject before any module runs;
    # give it the immutable-prototype [[SetPrototypeOf]] (sec-properties-of-the-object-prototype-object).
    if type(op) is JSObject:
        op.__class__ = ImmutablePrototypeObject
    ctor = make_constructor(realm, object_constructor, "Object", 1, op)
    realm.intrinsics["%Object%"] = ctor
    proto.install(realm, op)
    statics.install(realm, ctor)
    to_string_fn = op.props["toString"]
    realm.intrinsics["%Object.prototype.toString%"] = to_string_fn.value if type(to_string_fn) is Prop else to_string_fn
    realm.define_global("Object", ctor)
