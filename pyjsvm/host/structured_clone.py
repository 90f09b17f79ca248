"""``structuredClone(value, { transfer })``: the HTML structured clone algorithm
(html: structured-data, StructuredSerializeWithTransfer and StructuredDeserializeWithTransfer) for
the values pyjsvm has, with Node's argument checks and messages.

Serialization walks the value once and builds Python records (``_Rec``), running getters in the
order the algorithm does and copying the bytes of ArrayBuffers at that moment; then the transferred
ArrayBuffers are detached (their bytes move to the new buffers, no copy); then deserialization
builds the new objects in the current realm. A value met twice (or in a cycle) is serialized once,
and deserializes to one object.

What clones: primitives except symbols; Boolean, Number, BigInt and String objects; Date; RegExp
(source and flags); ArrayBuffer (resizable ones stay resizable) and SharedArrayBuffer (the clone
shares the memory); typed arrays and DataView (with their buffer; length-tracking views stay so);
Map; Set; Error objects (name, message, cause, stack); arrays and ordinary objects (own enumerable
string-keyed properties). Anything else (functions, symbols, promises, weak collections, proxies,
arguments objects, the global object ...) throws a DataCloneError DOMException.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.inspect import _table_items
from pyjsvm.host.jsutil import throw_node_error
from pyjsvm.intrinsics.date import JSDateObject
from pyjsvm.intrinsics.map_set import JSMap, JSSet
from pyjsvm.intrinsics.regexp import JSRegExpObject
from pyjsvm.runtime.agent import EVERY_4096, JSThrow, charge_rest, check_every
from pyjsvm.runtime.buffers import (
    JSArrayBuffer, JSDataView, detach_array_buffer, is_detached_buffer,
)
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.iteration import iterate_to_list
from pyjsvm.runtime.objects import C, W, JSArray, JSObject, JSPrimitiveObject, JSStringObject, Prop
from pyjsvm.runtime.stack import JSErrorObject
from pyjsvm.runtime.operations import construct, create_data_property_or_throw, get_method, to_object, to_string
from pyjsvm.runtime.values import NULL, SYM_ITERATOR, JSSymbol

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["structured_clone", "structured_clone_function"]

ERROR_NAMES = ("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")


class _Rec:
    """One serialized object: ``kind`` and its fields (the HTML algorithm's serialized Records)."""

    __slots__ = ("kind", "fields")

    def __init__(self, kind: str, **fields: Any) -> None:
        self.kind = kind
        self.fields = fields


def data_clone_error(realm: "Realm", message: str) -> JSThrow:
    """A throw completion of a new DataCloneError DOMException (Node's message)."""
    ctor = realm.global_object.get("DOMException", realm.global_object)
    if isinstance(ctor, JSObject) and ctor.is_constructor:
        return JSThrow(construct(ctor, [message, "DataCloneError"]))
    err = realm.new_error("Error", message)  # NON-SPEC: a realm without DOMException
    err.props["name"] = Prop("DataCloneError", W | C)
    return JSThrow(err)


def _describe(v: Any) -> str:
    """How V8 names a value it cannot clone."""
    if type(v) is JSSymbol:
        return v.descriptive_string()
    if v.is_callable:
        src = getattr(v, "source_text", None)
        return src if isinstance(src, str) else "function"
    if isinstance(v, JSPrimitiveObject) and type(v.primitive) is JSSymbol:
        return "[object Symbol]"
    ctor_name = type(v).__name__
    for cls, name in (("JSPromise", "Promise"), ("JSWeakMap", "WeakMap"), ("JSWeakSet", "WeakSet"),
                      ("JSWeakRef", "WeakRef"), ("JSFinalizationRegistry", "FinalizationRegistry"),
                      ("JSGenerator", "Generator"), ("JSAsyncGenerator", "AsyncGenerator")):
        if ctor_name == cls:
            return f"#<{name}>"
    return "#<Object>"


class _Serializer:
    """StructuredSerializeInternal (html: structuredserializeinternal) with a memory."""

    def __init__(self, realm: "Realm", memory: dict[int, Any]) -> None:
        self.realm = realm
        self.memory = memory
        self.keep: list[Any] = []   # the serialized JS objects, so that their ids stay unique
        self.values = 0  # NON-SPEC: the values serialized, a step each (the budget checked every 4,096)

    def fail(self, v: Any) -> JSThrow:
        return data_clone_error(self.realm, f"{_describe(v)} could not be cloned.")

    def serialize(self, v: Any) -> Any:
        n = self.values = self.values + 1
        if not n & EVERY_4096:
            check_every(n, EVERY_4096)
        if type(v) is JSSymbol:
            raise self.fail(v)
        if not isinstance(v, JSObject):
            return v  # undefined, null, booleans, numbers, BigInts, strings
        got = self.memory.get(id(v))
        if got is not None:
            return got
        self.keep.append(v)
        t = type(v)
        if isinstance(v, JSPrimitiveObject):
            p = v.primitive
            if type(p) is JSSymbol:
                raise self.fail(v)
            return self._remember(v, _Rec("Primitive", value=p))
        if isinstance(v, JSStringObject):
            return self._remember(v, _Rec("Primitive", value=v.primitive))
        if isinstance(v, JSDateObject):
            return self._remember(v, _Rec("Date", value=v.date_value))
        if isinstance(v, JSRegExpObject):
            return self._remember(v, _Rec("RegExp", source=v.original_source, flags=v.original_flags))
        if isinstance(v, JSArrayBuffer):
            return self._remember(v, self._array_buffer(v))
        if isinstance(v, (JSTypedArray, JSDataView)):
            return self._view(v)
        if isinstance(v, JSMap):
            rec = self._remember(v, _Rec("Map", entries=[]))
            # the entries as they are now (html: "Let copiedList be ...")
            for k, val in _table_items(v.map_data):
                rec.fields["entries"].append((self.serialize(k), self.serialize(val)))
            return rec
        if isinstance(v, JSSet):
            rec = self._remember(v, _Rec("Set", entries=[]))
            for k, _ in _table_items(v.set_data):
                rec.fields["entries"].append(self.serialize(k))
            return rec
        if isinstance(v, JSErrorObject):
            return self._error(v)
        if v.is_callable or not isinstance(v, JSArray) and t is not JSObject:
            raise self.fail(v)
        if isinstance(v, JSArray):
            rec = self._remember(v, _Rec("Array", length=v.length, props=[]))
        else:
            if v is self.realm.global_object:
                raise self.fail(v)
            rec = self._remember(v, _Rec("Object", props=[]))
        props = rec.fields["props"]
        keys = []  # EnumerableOwnProperties(value, key), before any getter runs
        for key in v.own_property_keys():
            if type(key) is str:
                desc = v.get_own_property(key)
                if desc is not None and desc.enumerable:
                    keys.append(key)
        for key in keys:
            if v.get_own_property(key) is not None:  # HasOwnProperty: a getter may have deleted it
                props.append((key, self.serialize(v.get(key, v))))
        return rec

    def _remember(self, v: JSObject, rec: _Rec) -> _Rec:
        self.memory[id(v)] = rec
        return rec

    def _array_buffer(self, buf: JSArrayBuffer) -> _Rec:
        if buf.shared:
            return _Rec("SharedArrayBuffer", data=buf.data, max_byte_length=buf.max_byte_length)
        if is_detached_buffer(buf):
            raise data_clone_error(self.realm, "An ArrayBuffer is detached and could not be cloned.")
        assert buf.data is not None
        return _Rec("ArrayBuffer", data=bytearray(buf.data), max_byte_length=buf.max_byte_length)

    def _view(self, v: Any) -> _Rec:
        buffer = self.serialize(v.buffer)
        if type(v) is JSDataView:
            return self._remember(v, _Rec("DataView", buffer=buffer, offset=v.byte_offset, length=v.byte_length))
        return self._remember(v, _Rec("TypedArray", name=v.name, buffer=buffer, offset=v.byte_offset,
                                      length=v.array_length))

    def _error(self, v: JSErrorObject) -> _Rec:
        name = v.get("name", v)
        if name not in ERROR_NAMES:
            name = "Error"
        desc = v.get_own_property("message")
        message = to_string(desc.value) if desc is not None and not desc.is_accessor() else None
        rec = self._remember(v, _Rec("Error", name=name, message=message, cause=None, has_cause=False, stack=None))
        stack = v.get_own_property("stack")
        if stack is not None and not stack.is_accessor() and type(stack.value) is str:
            rec.fields["stack"] = stack.value
        cause = v.get_own_property("cause")
        if cause is not None and not cause.is_accessor():
            rec.fields["has_cause"] = True
            rec.fields["cause"] = self.serialize(cause.value)
        return rec


class _Deserializer:
    """StructuredDeserialize (html: structureddeserialize) into the current realm."""

    def __init__(self, realm: "Realm", memory: dict[int, Any]) -> None:
        self.realm = realm
        self.memory = memory
        self.values = 0  # NON-SPEC: the values made, a step each (the budget checked every 4,096)

    def deserialize(self, rec: Any) -> Any:
        n = self.values = self.values + 1
        if not n & EVERY_4096:
            check_every(n, EVERY_4096)
        if type(rec) is not _Rec:
            return rec
        got = self.memory.get(id(rec))
        if got is not None:
            return got
        realm = self.realm
        kind, f = rec.kind, rec.fields
        out: Any
        if kind == "Primitive":
            out = to_object(f["value"])
        elif kind == "Date":
            out = JSDateObject(realm.intrinsics["%Date.prototype%"], f["value"])
        elif kind == "RegExp":
            out = construct(realm.intrinsics["%RegExp%"], [f["source"], f["flags"]])
        elif kind in ("ArrayBuffer", "SharedArrayBuffer"):
            out = JSArrayBuffer(realm.intrinsics[f"%{kind}.prototype%"], f["data"], f["max_byte_length"],
                                shared=kind == "SharedArrayBuffer")
        elif kind == "TypedArray":
            buffer = self.deserialize(f["buffer"])
            args = [buffer, float(f["offset"])]
            if f["length"] is not None:
                args.append(float(f["length"]))
            out = construct(realm.intrinsics[f"%{f['name']}%"], args)
        elif kind == "DataView":
            buffer = self.deserialize(f["buffer"])
            args = [buffer, float(f["offset"])]
            if f["length"] is not None:
                args.append(float(f["length"]))
            out = construct(realm.intrinsics["%DataView%"], args)
        elif kind == "Map":
            out = construct(realm.intrinsics["%Map%"], [])
            self.memory[id(rec)] = out
            for k, v in f["entries"]:
                out.map_data.add(self.deserialize(k), self.deserialize(v))
        elif kind == "Set":
            out = construct(realm.intrinsics["%Set%"], [])
            self.memory[id(rec)] = out
            for k in f["entries"]:
                out.set_data.add(self.deserialize(k), None)
        elif kind == "Error":
            out = realm.new_error(f["name"], f["message"] or "")
            message = out.props.pop("message", None)
            if f["stack"] is not None:  # V8's order of the own properties: stack, message, cause
                out.props.pop("stack", None)
                out.props["stack"] = Prop(f["stack"], W | C)
            if f["message"] is not None and message is not None:
                out.props["message"] = message
            self.memory[id(rec)] = out
            if f["has_cause"]:
                out.props["cause"] = Prop(self.deserialize(f["cause"]), W | C)
        else:
            out = JSArray(realm.array_prototype, []) if kind == "Array" else JSObject(realm.object_prototype)
            if kind == "Array":
                out.set("length", float(f["length"]), out)
            self.memory[id(rec)] = out
            for key, value in f["props"]:
                create_data_property_or_throw(out, key, self.deserialize(value))
        self.memory[id(rec)] = out
        return out


def structured_clone(realm: "Realm", value: Any, transfer: list[Any] | None = None) -> Any:
    """structuredClone: StructuredSerializeWithTransfer then StructuredDeserializeWithTransfer
    (html: structuredserializewithtransfer, structureddeserializewithtransfer)."""
    memory: dict[int, Any] = {}
    transferred: list[tuple[JSArrayBuffer, _Rec]] = []
    for t in transfer or ():
        if type(t) is not JSArrayBuffer or t.shared:
            throw_node_error(realm, "TypeError", "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList")
        if id(t) in memory:
            raise data_clone_error(realm, "Transfer list contains duplicate ArrayBuffer")
        rec = _Rec("ArrayBuffer", data=None, max_byte_length=None)
        memory[id(t)] = rec
        transferred.append((t, rec))
    serializer = _Serializer(realm, memory)
    serializer.keep.extend(t for t, _ in transferred)
    serialized = serializer.serialize(value)
    charge_rest(serializer.values + 1, EVERY_4096)  # (its checks are at 4,096, 8,192 ...: the rest)
    for buf, rec in transferred:
        if is_detached_buffer(buf):
            raise data_clone_error(realm, "An ArrayBuffer is detached and could not be cloned.")
    for buf, rec in transferred:
        # the bytes move: the new buffer takes the very bytearray (the old one's fast views go)
        rec.fields["data"] = buf.data
        rec.fields["max_byte_length"] = buf.max_byte_length
        detach_array_buffer(buf, buf.detach_key)
    deserializer = _Deserializer(realm, {})
    out = deserializer.deserialize(serialized)
    charge_rest(deserializer.values + 1, EVERY_4096)
    return out


def _transfer_list(realm: "Realm", options: Any) -> list[Any]:
    """Node's reading of ``options.transfer``."""
    if options is None or options is NULL:
        return []
    if not isinstance(options, JSObject):
        throw_node_error(realm, "TypeError", "ERR_INVALID_ARG_TYPE",
                         "The options argument must be either an object or undefined")
    transfer = options.get("transfer", options)
    if transfer is None or transfer is NULL:
        return []
    if not isinstance(transfer, JSObject):
        throw_node_error(realm, "TypeError", "ERR_INVALID_ARG_TYPE", "Optional transferList argument must be an iterable")
    if get_method(transfer, SYM_ITERATOR) is None:
        return []  # NON-SPEC (as Node 20): an object that is not iterable transfers nothing
    return iterate_to_list(transfer)


def structured_clone_function(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """structuredClone ( value [ , options ] ) (html: dom-structuredclone)."""
    if not args:
        throw_node_error(realm, "TypeError", "ERR_MISSING_ARGS", "The value argument must be specified")
    transfer = _transfer_list(realm, args[1] if len(args) > 1 else None)
    value = args[0]
    if value is NULL:
        return NULL
    return structured_clone(realm, value, transfer)
