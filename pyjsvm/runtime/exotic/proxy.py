"""Proxy exotic objects (sec-proxy-object-internal-methods-and-internal-slots).

A ``JSProxy`` has no own storage: ``props`` stays empty and ``proto`` is None. Every internal
method looks up the handler's trap and, when there is one, calls it and checks the invariants
the spec requires; without a trap it forwards to the target. ``proxy_target`` and
``proxy_handler`` are None once the proxy is revoked.

[[Call]] and [[Construct]] exist only when the target had them at creation (ProxyCreate): the
three Python classes ``JSProxy``, ``JSCallableProxy`` and ``JSConstructorProxy`` carry those
traits.
"""
from __future__ import annotations

from typing import Any, NoReturn

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.objects import JSObject, PropertyDescriptor, same_value, validate_and_apply_property_descriptor
from pyjsvm.runtime.operations import (
    call, complete_property_descriptor, create_array_from_list, create_list_from_array_like,
    from_property_descriptor, is_callable, key_display, to_boolean, to_property_descriptor, value_text,
)
from pyjsvm.runtime.values import NULL, JSSymbol

__all__ = ["JSProxy", "JSCallableProxy", "JSConstructorProxy", "proxy_create", "is_compatible_property_descriptor"]


def is_compatible_property_descriptor(extensible: bool, desc: PropertyDescriptor,
                                      current: PropertyDescriptor | None) -> bool:
    """IsCompatiblePropertyDescriptor (sec-iscompatiblepropertydescriptor)."""
    return validate_and_apply_property_descriptor(None, "", extensible, desc, current)


def _fail(trap: str, msg: str) -> NoReturn:
    throw_type_error(f"'{trap}' on proxy: {msg}")


def _kd(key: Any) -> str:
    return key_display(key) if isinstance(key, (str, JSSymbol)) else str(key)


class JSProxy(JSObject):
    """A Proxy exotic object (sec-proxy-object-internal-methods-and-internal-slots) with the
    [[ProxyTarget]] and [[ProxyHandler]] slots (None when revoked)."""

    __slots__ = ("proxy_target", "proxy_handler")

    class_name = "Object"
    simple_props = False
    is_proxy = True

    def __init__(self, target: JSObject, handler: JSObject) -> None:
        JSObject.__init__(self, None)
        self.proxy_target: JSObject | None = target
        self.proxy_handler: JSObject | None = handler

    def __repr__(self) -> str:
        return f"<{type(self).__name__}{' revoked' if self.proxy_handler is None else ''}>"

    def _trap(self, name: str) -> tuple[JSObject, JSObject, Any]:
        """Steps 1-5 of every internal method: ValidateNonRevokedProxy (sec-validatenonrevokedproxy),
        then target, handler and GetMethod(handler, name)."""
        handler = self.proxy_handler
        target = self.proxy_target
        if handler is None or target is None:
            throw_type_error(f"Cannot perform '{name}' on a proxy that has been revoked")
        # 5. GetMethod(handler, name) (sec-getmethod), with V8's message for a trap that is no function
        trap = handler.get(name, handler)
        if trap is None or trap is NULL:
            return target, handler, None
        if not is_callable(trap):
            throw_type_error(f"'{value_text(trap)}' returned for property '{name}' of object '{value_text(handler)}' is not a function")
        return target, handler, trap

    # --- [[GetPrototypeOf]] (sec-proxy-object-internal-methods-and-internal-slots-getprototypeof) ---
    def get_prototype_of(self) -> Any:
        target, handler, trap = self._trap("getPrototypeOf")
        if trap is None:
            return target.get_prototype_of()
        handler_proto = call(trap, handler, [target])
        if not isinstance(handler_proto, JSObject) and handler_proto is not NULL:
            _fail("getPrototypeOf", "trap returned neither object nor null")
        if target.is_extensible():
            return handler_proto
        target_proto = target.get_prototype_of()
        if not same_value(handler_proto, target_proto):
            _fail("getPrototypeOf", "proxy target is non-extensible but the trap did not return its actual prototype")
        return handler_proto

    # --- [[SetPrototypeOf]] (sec-proxy-object-internal-methods-and-internal-slots-setprototypeof-v) ---
    def set_prototype_of(self, v: Any) -> bool:
        target, handler, trap = self._trap("setPrototypeOf")
        if trap is None:
            return target.set_prototype_of(v)
        if not to_boolean(call(trap, handler, [target, v])):
            return False
        if target.is_extensible():
            return True
        target_proto = target.get_prototype_of()
        if not same_value(v, target_proto):
            _fail("setPrototypeOf", "trap returned truish for setting a new prototype on the non-extensible proxy target")
        return True

    # --- [[IsExtensible]] (sec-proxy-object-internal-methods-and-internal-slots-isextensible) ---
    def is_extensible(self) -> bool:
        target, handler, trap = self._trap("isExtensible")
        if trap is None:
            return target.is_extensible()
        result = to_boolean(call(trap, handler, [target]))
        if result != target.is_extensible():
            _fail("isExtensible", f"trap result does not reflect extensibility of proxy target (which is '{str(not result).lower()}')")
        return result

    # --- [[PreventExtensions]] (sec-proxy-object-internal-methods-and-internal-slots-preventextensions) ---
    def prevent_extensions(self) -> bool:
        target, handler, trap = self._trap("preventExtensions")
        if trap is None:
            return target.prevent_extensions()
        result = to_boolean(call(trap, handler, [target]))
        if result and target.is_extensible():
            _fail("preventExtensions", "trap returned truish but the proxy target is extensible")
        return result

    # --- [[GetOwnProperty]] (sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p) ---
    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        target, handler, trap = self._trap("getOwnPropertyDescriptor")
        if trap is None:
            return target.get_own_property(key)
        trap_result_obj = call(trap, handler, [target, key])
        if not isinstance(trap_result_obj, JSObject) and trap_result_obj is not None:
            _fail("getOwnPropertyDescriptor", f"trap returned neither object nor undefined for property '{_kd(key)}'")
        target_desc = target.get_own_property(key)
        if trap_result_obj is None:
            if target_desc is None:
                return None
            if target_desc.configurable is False:
                _fail("getOwnPropertyDescriptor", f"trap returned undefined for property '{_kd(key)}' which is "
                      "non-configurable in the proxy target")
            if not target.is_extensible():
                _fail("getOwnPropertyDescriptor", f"trap returned undefined for property '{_kd(key)}' which exists "
                      "in the non-extensible proxy target")
            return None
        extensible_target = target.is_extensible()
        result_desc = complete_property_descriptor(to_property_descriptor(trap_result_obj))
        if not is_compatible_property_descriptor(extensible_target, result_desc, target_desc):
            _fail("getOwnPropertyDescriptor", f"trap returned descriptor for property '{_kd(key)}' that is "
                  "incompatible with the existing property in the proxy target")
        if result_desc.configurable is False:
            if target_desc is None or target_desc.configurable is True:
                _fail("getOwnPropertyDescriptor", f"trap reported non-configurability for property '{_kd(key)}' "
                      "which is either non-existent or configurable in the proxy target")
            if result_desc.writable is False and target_desc.writable is True:
                _fail("getOwnPropertyDescriptor", f"trap reported non-configurable and writable for property "
                      f"'{_kd(key)}' which is non-configurable, non-writable in the proxy target")
        return result_desc

    # --- [[DefineOwnProperty]] (sec-proxy-object-internal-methods-and-internal-slots-defineownproperty-p-desc) ---
    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        target, handler, trap = self._trap("defineProperty")
        if trap is None:
            return target.define_own_property(key, desc)
        desc_obj = from_property_descriptor(desc)
        if not to_boolean(call(trap, handler, [target, key, desc_obj])):
            return False
        target_desc = target.get_own_property(key)
        extensible_target = target.is_extensible()
        setting_config_false = desc.configurable is False
        if target_desc is None:
            if not extensible_target:
                _fail("defineProperty", f"trap returned truish for adding property '{_kd(key)}' "
                      " to the non-extensible proxy target")
            if setting_config_false:
                _fail("defineProperty", f"trap returned truish for defining non-configurable property '{_kd(key)}' "
                      "which is either non-existent or configurable in the proxy target")
        else:
            if not is_compatible_property_descriptor(extensible_target, desc, target_desc):
                _fail("defineProperty", f"trap returned truish for adding property '{_kd(key)}' that is "
                      "incompatible with the existing property in the proxy target")
            if setting_config_false and target_desc.configurable is True:
                _fail("defineProperty", f"trap returned truish for defining non-configurable property '{_kd(key)}' "
                      "which is either non-existent or configurable in the proxy target")
            if target_desc.is_data() and target_desc.configurable is False and target_desc.writable is True:
                if desc.writable is False:
                    _fail("defineProperty", f"trap returned truish for defining non-configurable property "
                          f"'{_kd(key)}' which cannot be non-writable, unless there exists a corresponding "
                          "non-configurable, non-writable own property of the target object")
        return True

    # --- [[HasProperty]] (sec-proxy-object-internal-methods-and-internal-slots-hasproperty-p) ---
    def has_property(self, key: Any) -> bool:
        target, handler, trap = self._trap("has")
        if trap is None:
            return target.has_property(key)
        result = to_boolean(call(trap, handler, [target, key]))
        if not result:
            target_desc = target.get_own_property(key)
            if target_desc is not None:
                if target_desc.configurable is False:
                    _fail("has", f"trap returned falsish for property '{_kd(key)}' which exists in the proxy "
                          "target as non-configurable")
                if not target.is_extensible():
                    _fail("has", f"trap returned falsish for property '{_kd(key)}' but the proxy target is "
                          "not extensible")
        return result

    # --- [[Get]] (sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver) ---
    def get(self, key: Any, receiver: Any) -> Any:
        target, handler, trap = self._trap("get")
        if trap is None:
            return target.get(key, receiver)
        trap_result = call(trap, handler, [target, key, receiver])
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.is_data() and target_desc.writable is False:
                if not same_value(trap_result, target_desc.value):
                    _fail("get", f"property '{_kd(key)}' is a read-only and non-configurable data property on "
                          "the proxy target but the proxy did not return its actual value")
            if target_desc.is_accessor() and target_desc.get is None:
                if trap_result is not None:
                    _fail("get", f"property '{_kd(key)}' is a non-configurable accessor property on the proxy "
                          "target and does not have a getter function, but the trap did not return 'undefined'")
        return trap_result

    # --- [[Set]] (sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver) ---
    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        target, handler, trap = self._trap("set")
        if trap is None:
            return target.set(key, value, receiver)
        if not to_boolean(call(trap, handler, [target, key, value, receiver])):
            return False
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.is_data() and target_desc.writable is False:
                if not same_value(value, target_desc.value):
                    _fail("set", f"trap returned truish for property '{_kd(key)}' which exists in the proxy "
                          "target as a non-configurable and non-writable data property with a different value")
            if target_desc.is_accessor() and target_desc.set is None:
                _fail("set", f"trap returned truish for property '{_kd(key)}' which exists in the proxy target "
                      "as a non-configurable and non-writable accessor property without a setter")
        return True

    # --- [[Delete]] (sec-proxy-object-internal-methods-and-internal-slots-delete-p) ---
    def delete(self, key: Any) -> bool:
        target, handler, trap = self._trap("deleteProperty")
        if trap is None:
            return target.delete(key)
        if not to_boolean(call(trap, handler, [target, key])):
            return False
        target_desc = target.get_own_property(key)
        if target_desc is None:
            return True
        if target_desc.configurable is False:
            _fail("deleteProperty", f"trap returned truish for property '{_kd(key)}' which is non-configurable "
                  "in the proxy target")
        if not target.is_extensible():
            _fail("deleteProperty", f"trap returned truish for property '{_kd(key)}' but the proxy target is "
                  "non-extensible")
        return True

    # --- [[OwnPropertyKeys]] (sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys) ---
    def own_property_keys(self) -> list[Any]:
        target, handler, trap = self._trap("ownKeys")
        if trap is None:
            return target.own_property_keys()
        trap_result_array = call(trap, handler, [target])
        if not isinstance(trap_result_array, JSObject):
            _fail("ownKeys", "trap result is not an object")
        trap_result = create_list_from_array_like(trap_result_array, ("String", "Symbol"))
        seen: set[Any] = set()
        for k in trap_result:
            if k in seen:
                _fail("ownKeys", f"trap returned duplicate entries ('{_kd(k)}')")
            seen.add(k)
        extensible_target = target.is_extensible()
        target_keys = target.own_property_keys()
        configurable_keys: list[Any] = []
        nonconfigurable_keys: list[Any] = []
        for k in target_keys:
            d = target.get_own_property(k)
            if d is not None and d.configurable is False:
                nonconfigurable_keys.append(k)
            else:
                configurable_keys.append(k)
        if extensible_target and not nonconfigurable_keys:
            return trap_result
        unchecked = seen  # a set of the same keys: membership and removal are what matters
        for k in nonconfigurable_keys:
            if k not in unchecked:
                _fail("ownKeys", f"trap result did not include '{_kd(k)}'")
            unchecked.discard(k)
        if extensible_target:
            return trap_result
        for k in configurable_keys:
            if k not in unchecked:
                _fail("ownKeys", f"trap result did not include '{_kd(k)}'")
            unchecked.discard(k)
        if unchecked:
            _fail("ownKeys", "trap returned extra keys but proxy target is non-extensible")
        return trap_result


class JSCallableProxy(JSProxy):
    """A Proxy whose target is callable: it has [[Call]]
    (sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist)."""

    __slots__ = ()
    class_name = "Function"
    is_callable = True

    def call(self, this: Any, args: list[Any]) -> Any:
        target, handler, trap = self._trap("apply")
        if trap is None:
            return call(target, this, args)
        arg_array = create_array_from_list(args)
        return call(trap, handler, [target, this, arg_array])


class JSConstructorProxy(JSCallableProxy):
    """A Proxy whose target is a constructor: it also has [[Construct]]
    (sec-proxy-object-internal-methods-and-internal-slots-construct-argumentslist-newtarget)."""

    __slots__ = ()
    is_constructor = True

    def construct(self, args: list[Any], new_target: Any) -> Any:
        target, handler, trap = self._trap("construct")
        if trap is None:
            return target.construct(args, new_target)
        arg_array = create_array_from_list(args)
        new_obj = call(trap, handler, [target, arg_array, new_target])
        if not isinstance(new_obj, JSObject):
            _fail("construct", "trap returned non-object")
        return new_obj


def proxy_create(target: Any, handler: Any) -> JSProxy:
    """ProxyCreate (sec-proxycreate)."""
    if not isinstance(target, JSObject):
        throw_type_error("Cannot create proxy with a non-object as target or handler")
    if not isinstance(handler, JSObject):
        throw_type_error("Cannot create proxy with a non-object as target or handler")
    if target.is_callable:
        if target.is_constructor:
            return JSConstructorProxy(target, handler)
        return JSCallableProxy(target, handler)
    return JSProxy(target, handler)
