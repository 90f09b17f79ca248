"""ShadowRealm objects (sec-shadowrealm-objects, of the ShadowRealm proposal): a new realm, with
its own intrinsics and global object, that the creating realm reaches only through
``evaluate(sourceText)`` and ``importValue(specifier, exportName)``. What crosses between the two
is a primitive or a wrapped function (pyjsvm.runtime.exotic.wrapped_function).

The realm is made by ``Realm()`` (intrinsics/realm.py), the path every vm context takes; the host
then prepares it (HostInitializeShadowRealm: ``ShadowRealmHostHooks.initialize_shadow_realm``,
which the vm API layer installs: the new realm becomes a context of its own, with the creator's
limits and module loader).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.compiler.engine import prepare_shadow_realm_eval
from pyjsvm.compiler.module_code import ModuleRequest
from pyjsvm.runtime.agent import JSThrow, get_agent, throw_type_error
from pyjsvm.runtime.exotic.wrapped_function import create_type_error_copy, get_wrapped_value
from pyjsvm.runtime.jobs import enqueue_job
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject
from pyjsvm.runtime.operations import get_prototype_from_constructor, has_own_property, to_display, to_string
from pyjsvm.runtime.promise import new_promise, new_promise_capability, perform_promise_then
from pyjsvm.runtime.values import MISSING, SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["JSShadowRealm", "ShadowRealmHostHooks", "perform_shadow_realm_eval", "shadow_realm_import_value",
           "validate_shadow_realm_object", "setup"]

proto = BuiltinTable()   # ShadowRealm.prototype


class JSShadowRealm(JSObject):
    """A ShadowRealm instance (sec-properties-of-shadowrealm-instances): ``shadow_realm`` is its
    [[ShadowRealm]] Realm Record."""

    __slots__ = ("shadow_realm",)

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.shadow_realm: "Realm | None" = None


def _no_host_initialization(realm: "Realm", caller_realm: "Realm", o: JSShadowRealm) -> None:
    """HostInitializeShadowRealm's default: nothing to add."""


class ShadowRealmHostHooks:
    """NON-SPEC: the host operations a ShadowRealm needs, installed by the later layers.

    ``initialize_shadow_realm(realm, caller_realm, o)`` is HostInitializeShadowRealm
    (sec-hostinitializeshadowrealm); it also gets the creating realm (the running one), whose
    host settings the new realm takes. ``load_imported_module(referrer, request, host_defined,
    payload)`` is HostLoadImportedModule (sec-HostLoadImportedModule), set by pyjsvm.modules."""

    initialize_shadow_realm: Callable[["Realm", "Realm", JSShadowRealm], None] = staticmethod(_no_host_initialization)
    load_imported_module: Callable[[Any, ModuleRequest, Any, Any], None] | None = None


def validate_shadow_realm_object(o: Any, method: str) -> JSShadowRealm:
    """ValidateShadowRealmObject ( O ) (sec-validateshadowrealmobject)."""
    # 1. Perform ? RequireInternalSlot(O, [[ShadowRealm]]).
    if not isinstance(o, JSShadowRealm) or o.shadow_realm is None:
        throw_type_error(f"ShadowRealm.prototype.{method} called on {to_display(o)}, which is not a ShadowRealm")
    return o


def shadow_realm_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ShadowRealm ( ) (sec-shadowrealm)."""
    # 1. If NewTarget is undefined, throw a TypeError exception.
    if new_target is None:
        throw_type_error("Constructor ShadowRealm requires 'new'")
    # 2. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%ShadowRealm.prototype%", « [[ShadowRealm]] »).
    o = JSShadowRealm(get_prototype_from_constructor(new_target, "%ShadowRealm.prototype%"))
    # 3-7. InitializeHostDefinedRealm(): a new realm with its own intrinsics and an ordinary
    # global object (NON-SPEC: code generation from strings is allowed where it was allowed).
    caller_realm = realm
    # (the Realm class, intrinsics/realm.py, which imports this module through order.py: it is
    # reached through the creating realm, an instance of it)
    realm_rec = type(caller_realm)(name=f"{caller_realm.name or 'realm'} ShadowRealm",
                      code_generation_strings=caller_realm.code_generation_strings)
    # 8. Set O.[[ShadowRealm]] to realmRec.
    o.shadow_realm = realm_rec
    # 9. Perform ? HostInitializeShadowRealm(realmRec, innerContext, O).
    ShadowRealmHostHooks.initialize_shadow_realm(realm_rec, caller_realm, o)
    return o


def perform_shadow_realm_eval(source_text: str, caller_realm: "Realm", eval_realm: "Realm") -> Any:
    """PerformShadowRealmEval ( sourceText, callerRealm, evalRealm ) (sec-performshadowrealmeval)."""
    # 1-2. HostEnsureCanCompileStrings and the parse: their errors are the caller realm's.
    evaluate = prepare_shadow_realm_eval(eval_realm, source_text)
    # 3-8. GetShadowRealmContext(evalRealm, strictEval) becomes the running context.
    agent = get_agent()
    saved = agent.realm
    agent.realm = eval_realm
    thrown: Any = MISSING
    try:
        # 9-11. EvalDeclarationInstantiation, then the evaluation of the body (empty: undefined).
        result = evaluate()
    except JSThrow as e:
        thrown = e.value
    finally:
        # 12-13. Remove evalContext; resume the caller's context.
        agent.realm = saved
    if thrown is not MISSING:
        # 14. An abrupt completion: throw CreateTypeErrorCopy(callerRealm, result.[[Value]]).
        # (NON-SPEC: raised after the except clause, holding no context: see
        # ordinary_wrapped_function_call)
        raise JSThrow(create_type_error_copy(caller_realm, thrown))
    # 15. Return ? GetWrappedValue(callerRealm, result.[[Value]]).
    return get_wrapped_value(caller_realm, result)


class ExportGetter:
    """An ExportGetter function (sec-exportgetter-functions): ``export_name_string`` is its
    [[ExportNameString]]."""

    __slots__ = ("export_name_string",)

    def __init__(self, export_name_string: str) -> None:
        self.export_name_string = export_name_string

    def __call__(self, realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """ExportGetter ( exports ) (sec-exportgetter-functions)."""
        exports = argument(args, 0)
        # 3-4. Let string be f.[[ExportNameString]].
        string = self.export_name_string
        # 5-6. If ? HasOwnProperty(exports, string) is false, throw a TypeError exception.
        if not isinstance(exports, JSObject) or not has_own_property(exports, string):
            throw_type_error(f"The module has no export named '{string}'")
        # 7. Let value be ? Get(exports, string).
        value = exports.get(string, exports)
        # 8-9. Return ? GetWrappedValue(f.[[Realm]], value).
        return get_wrapped_value(realm, value)


def import_value_error(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """An ImportValueError function (sec-importvalueerror-functions)."""
    # 1-3. Throw CreateTypeErrorCopy(the function's realm, error).
    raise JSThrow(create_type_error_copy(realm, argument(args, 0)))


def shadow_realm_import_value(specifier_string: str, export_name_string: str, caller_realm: "Realm",
                              eval_realm: "Realm") -> Any:
    """ShadowRealmImportValue ( specifierString, exportNameString, callerRealm, evalRealm )
    (sec-shadowrealmimportvalue)."""
    # 2. Let innerCapability be ! NewPromiseCapability(%Promise%).
    inner_capability = new_promise(caller_realm)
    load = ShadowRealmHostHooks.load_imported_module
    request = ModuleRequest(specifier_string, (), "evaluation")

    def load_in_eval_realm() -> None:
        # 3-9. With evalContext running: HostLoadImportedModule(referrer, specifierString, empty,
        # innerCapability), the referrer being the realm (loading, linking and evaluating the
        # module settle innerCapability, as for import(): ContinueDynamicImport).
        if load is None:
            inner_capability[2].call(None, [eval_realm.new_error("TypeError", "ShadowRealm: no module loader")])
            return
        load(eval_realm, request, None, inner_capability)
    # NON-SPEC (host): the loading starts in a job of the eval realm, as for import(), so that it
    # can never run a module's evaluation inside another module's Evaluate().
    enqueue_job(load_in_eval_realm, eval_realm)
    # 10-13. onFulfilled (an ExportGetter) and onRejected (an ImportValueError) of callerRealm.
    on_fulfilled = BuiltinFunction(caller_realm, ExportGetter(export_name_string), "", 1)
    on_rejected = BuiltinFunction(caller_realm, import_value_error, "", 1)
    # 14. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    promise_capability = new_promise_capability(caller_realm.intrinsics["%Promise%"])
    # 15. Return PerformPromiseThen(innerCapability.[[Promise]], onFulfilled, onRejected, promiseCapability).
    return perform_promise_then(inner_capability[0], on_fulfilled, on_rejected, promise_capability)


@proto.method("evaluate", 1)
def shadow_realm_prototype_evaluate(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ShadowRealm.prototype.evaluate ( sourceText ) (sec-shadowrealm.prototype.evaluate)."""
    # 1-2. Perform ? ValidateShadowRealmObject(O).
    o = validate_shadow_realm_object(this, "evaluate")
    # 3. If sourceText is not a String, throw a TypeError exception.
    source_text = argument(args, 0)
    if type(source_text) is not str:
        throw_type_error("ShadowRealm.prototype.evaluate: the source text must be a string")
    # 4-6. Return ? PerformShadowRealmEval(sourceText, callerRealm, O.[[ShadowRealm]]).
    assert o.shadow_realm is not None
    return perform_shadow_realm_eval(source_text, realm, o.shadow_realm)


@proto.method("importValue", 2)
def shadow_realm_prototype_import_value(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ShadowRealm.prototype.importValue ( specifier, exportName ) (sec-shadowrealm.prototype.importvalue)."""
    # 1-2. Perform ? ValidateShadowRealmObject(O).
    o = validate_shadow_realm_object(this, "importValue")
    # 3. Let specifierString be ? ToString(specifier).
    specifier_string = to_string(argument(args, 0))
    # 4. If exportName is not a String, throw a TypeError exception.
    export_name = argument(args, 1)
    if type(export_name) is not str:
        throw_type_error("ShadowRealm.prototype.importValue: the export name must be a string")
    # 5-7. Return ShadowRealmImportValue(specifierString, exportName, callerRealm, O.[[ShadowRealm]]).
    assert o.shadow_realm is not None
    return shadow_realm_import_value(specifier_string, export_name, realm, o.shadow_realm)


def setup(realm: "Realm") -> None:
    """%ShadowRealm% (sec-properties-of-the-shadowrealm-constructor) and %ShadowRealm.prototype%
    (sec-properties-of-the-shadowrealm-prototype-object), with
    ShadowRealm.prototype [ %Symbol.toStringTag% ] (sec-shadowrealm.prototype-@@tostringtag)."""
    sp = JSObject(realm.object_prototype)
    realm.intrinsics["%ShadowRealm.prototype%"] = sp
    ctor = make_constructor(realm, shadow_realm_constructor, "ShadowRealm", 0, sp)
    realm.intrinsics["%ShadowRealm%"] = ctor
    proto.install(realm, sp)
    sp.define_builtin(SYM_TO_STRING_TAG, "ShadowRealm", C)
    realm.define_global("ShadowRealm", ctor)
