"""Loading modules: HostLoadImportedModule (sec-HostLoadImportedModule),
FinishLoadingImportedModule (sec-FinishLoadingImportedModule), ContinueDynamicImport
(sec-ContinueDynamicImport) and EvaluateImportCall (sec-import-call-runtime-semantics-evaluation).

The host is a *loader*: ``loader(referrer, request, finish)`` loads the module ``request`` (a
``ModuleRequest``) asks for from ``referrer`` (a Module Record, a Script's record, or None) and
calls ``finish(True, module_record)`` or ``finish(False, js_error)`` once, at once or later. A
referrer's loader is its ``host_loader`` attribute; without one, the realm's
``host_defined["pyjsvm.host_loader"]``.
"""
from __future__ import annotations

from typing import Any, Callable

from pyjsvm.compiler.module_code import ModuleRequest
from pyjsvm.intrinsics.shadow_realm import ShadowRealmHostHooks
from pyjsvm.runtime.jobs import enqueue_job
from pyjsvm.runtime.promise import new_promise, perform_promise_then_internal
from pyjsvm.modules.namespace import get_module_namespace
from pyjsvm.modules.records import CyclicModuleRecord, GraphLoadingState, HostHooks, gather_asynchronous_transitive_dependencies, ModuleRecord, all_import_attributes_supported, \
    continue_module_loading
from pyjsvm.runtime.agent import JSThrow, set_import_hook, current_realm
from pyjsvm.runtime.objects import C, W, BuiltinFunction, JSObject, Prop
from pyjsvm.runtime.stack import JSErrorObject
from pyjsvm.runtime.operations import enumerable_own_properties, to_string

Loader = Callable[[Any, ModuleRequest, Callable[[bool, Any], None]], None]


def find_loader(referrer: Any, realm: Any) -> Loader | None:
    loader = getattr(referrer, "host_loader", None) if referrer is not None else None
    if loader is None:
        loader = realm.host_defined.get("pyjsvm.host_loader")
    return loader


def _node_error_prototype(realm: Any, proto: JSObject) -> JSObject:
    """NON-SPEC (node 20's NodeError classes): the prototype Node's internal errors of the kind
    whose prototype is ``proto`` have, made once per realm: its ``constructor`` is the kind's
    (``err.constructor === TypeError``) and its ``toString`` shows the code, as Node's does
    (``String(err)``: ``TypeError [ERR_INVALID_ARG_TYPE]: message``)."""
    protos = realm.host_defined.setdefault("pyjsvm.node_error_prototypes", {})
    made = protos.get(id(proto))
    if made is not None:
        return made
    made = JSObject(proto)
    ctor = proto.get("constructor", proto)
    made.define_builtin("constructor", ctor, W | C)

    def to_string_impl(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
        if not isinstance(this, JSObject):
            return "undefined [undefined]: undefined" if this is None else to_string(this)
        return (to_string(this.get("name", this)) + " [" + to_string(this.get("code", this)) + "]: "
                + to_string(this.get("message", this)))
    made.define_builtin("toString", BuiltinFunction(realm, to_string_impl, "toString", 0), W | C)
    protos[id(proto)] = made
    return made


def coded_error(realm: Any, kind: str, code: str, message: str) -> Any:
    """NON-SPEC (Node's internal errors): an error of ``realm`` with an own enumerable ``code``
    and a stack that starts with ``Kind [CODE]: message``, whose prototype's ``toString`` shows
    the code too (``_node_error_prototype``)."""
    err = realm.new_error(kind, message, lambda proto: _node_error_prototype(realm, proto))
    err.props["code"] = code
    if isinstance(err, JSErrorObject) and err.lazy_stack:
        err.materialize_stack()  # its first line carries the code, as Node's
    st = err.props.get("stack")
    if isinstance(st, Prop) and type(st.value) is str and st.value.startswith(kind):
        st.value = f"{kind} [{code}]" + st.value[len(kind):]
    return err


def missing_callback_error(realm: Any) -> Any:
    """Node's ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING TypeError."""
    return coded_error(realm, "TypeError", "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING",
                       "A dynamic import callback was not specified.")


def host_load_imported_module(referrer: Any, request: ModuleRequest, host_defined: Any, payload: Any) -> None:
    """HostLoadImportedModule (sec-HostLoadImportedModule): hands the request to the loader."""
    realm = getattr(referrer, "realm", None) or current_realm()
    loader = find_loader(referrer, realm)
    done = [False]

    def finish(ok: bool, value: Any) -> None:
        if done[0]:
            return
        done[0] = True
        finish_loading_imported_module(referrer, request, payload, ok, value)
    if loader is None:
        finish(False, missing_callback_error(realm))
        return
    try:
        loader(referrer, request, finish)
    except JSThrow as e:
        finish(False, e.value)


HostHooks.load_imported_module = host_load_imported_module
ShadowRealmHostHooks.load_imported_module = host_load_imported_module


def finish_loading_imported_module(referrer: Any, request: ModuleRequest, payload: Any, ok: bool, value: Any) -> None:
    """FinishLoadingImportedModule (sec-FinishLoadingImportedModule)."""
    if ok and isinstance(referrer, CyclicModuleRecord):
        referrer.add_loaded_module(request, value)
    if isinstance(payload, GraphLoadingState):
        continue_module_loading(payload, ok, value)
    else:
        continue_dynamic_import(payload, request.phase, ok, value)


def continue_dynamic_import(capability: Any, phase: str, ok: bool, value: Any) -> None:
    """ContinueDynamicImport (sec-ContinueDynamicImport): load, link and evaluate the module,
    then resolve the import() promise with its namespace (its module source for the source phase)."""
    _, resolve, reject = capability
    if not ok:
        reject.call(None, [value])
        return
    module: ModuleRecord = value
    if phase == "source":
        try:
            source = module.get_module_source()
        except JSThrow as e:
            reject.call(None, [e.value])
            return
        resolve.call(None, [source])
        return

    def on_loaded(loaded_ok: bool, reason: Any) -> None:
        if not loaded_ok:
            reject.call(None, [reason])
            return
        try:
            module.link()
        except JSThrow as e:
            reject.call(None, [e.value])
            return
        def on_rejected(reason: Any) -> None:
            reject.call(None, [reason])
        if phase == "defer":
            # import.defer(): evaluate only the asynchronous dependencies, then the deferred namespace
            waiting = [m.evaluate() for m in gather_asynchronous_transitive_dependencies(module)]
            remaining = [len(waiting)]

            def one_done(_: Any) -> None:
                remaining[0] -= 1
                if remaining[0] == 0:
                    resolve.call(None, [get_module_namespace(module, True)])
            if not waiting:
                resolve.call(None, [get_module_namespace(module, True)])
            for p in waiting:
                perform_promise_then_internal(p, one_done, on_rejected, module.realm)
            return
        evaluate_promise = module.evaluate()

        def on_fulfilled(_: Any) -> None:
            resolve.call(None, [get_module_namespace(module)])
        perform_promise_then_internal(evaluate_promise, on_fulfilled, on_rejected, module.realm)
    module.load_requested_modules(None, on_loaded)


def evaluate_import_call(referrer: Any, specifier: Any, options: Any, phase: str = "evaluation") -> Any:
    """EvaluateImportCall (sec-import-call-runtime-semantics-evaluation) after its operands were
    evaluated: returns the promise of the import."""
    realm = current_realm()
    cap = new_promise(realm)
    promise, _, reject = cap
    try:
        specifier_string = to_string(specifier)
        attributes: dict[str, str] = {}
        if options is not None:
            if not isinstance(options, JSObject):
                raise JSThrow(realm.new_error("TypeError", "The second argument of import() must be an object"))
            attributes_obj = options.get("with", options)
            if attributes_obj is not None:
                if not isinstance(attributes_obj, JSObject):
                    raise JSThrow(realm.new_error("TypeError", "The 'with' option of import() must be an object"))
                for entry in enumerable_own_properties(attributes_obj, "key+value"):
                    key, value = entry.get("0", entry), entry.get("1", entry)
                    if type(value) is not str:
                        raise JSThrow(realm.new_error("TypeError", "Import attribute values must be strings"))
                    attributes[key] = value
        if not all_import_attributes_supported(tuple(attributes.items())):
            key = next(k for k in attributes if k != "type")
            raise JSThrow(realm.new_error("TypeError", f'Import attribute "{key}" with value "{attributes[key]}" '
                                          f'is not supported'))
    except JSThrow as e:
        reject.call(None, [e.value])
        return promise
    request = ModuleRequest(specifier_string, tuple(sorted(attributes.items())), phase)
    # NON-SPEC (host): the loading starts in a job, so that an import() can never run a module's
    # evaluation inside another module's Evaluate() (sec-moduleevaluation step 1)
    enqueue_job(lambda: host_load_imported_module(referrer, request, None, cap), realm)
    return promise


set_import_hook(evaluate_import_call)

__all__ = ["host_load_imported_module", "finish_loading_imported_module", "continue_dynamic_import",
           "evaluate_import_call", "find_loader", "Loader"]
