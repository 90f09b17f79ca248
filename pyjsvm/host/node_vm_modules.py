"""``vm.Module``, ``vm.SourceTextModule`` and ``vm.SyntheticModule`` on the JS side of
``node:vm``, with Node's names (see ``../shared/reference/node-vm.md``, "Class: vm.Module"). What a module
does -- its record, status, errors, instantiation, evaluation under a timeout, code cache -- is
the core's (``pyjsvm.api.vm_core``), which the Python API's modules (``pyjsvm.api.modules``) use
too; this file converts JS arguments and results at the edge."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.host.jsutil import arg, bytes_to_buffer, invalid_arg_type, make_fn, method, new_array, new_object, \
    node_error, put, throw_node_error, view_bytes
from pyjsvm.runtime.jobs import host_promise_rejection_tracker
from pyjsvm.runtime.promise import FULFILLED, REJECTED, new_promise, perform_promise_then_internal, promise_resolve
from pyjsvm.modules import ModuleNamespace, SourceTextModuleRecord, SyntheticModuleRecord
from pyjsvm.modules.loading import coded_error, missing_callback_error
from pyjsvm.api.validators import check_int32
from pyjsvm.host.inspect import inspect
from pyjsvm.host.jsutil import checked
from pyjsvm.runtime.agent import AGENT, JSThrow, throw_type_error
from pyjsvm.runtime.objects import C, E, W, JSArray, JSObject
from pyjsvm.runtime.operations import call, create_list_from_array_like, enumerable_own_properties, \
    get_prototype_from_constructor, is_callable, set_integrity_level
from pyjsvm.runtime.values import SYM_TO_STRING_TAG
from pyjsvm.intrinsics.symbol import registered_symbol
from pyjsvm.api.timeouts import ScriptInterrupted, ScriptTimeout, SigintUnavailable
from pyjsvm.api.vm_core import (
    check_can_link, check_linked_module, default_identifier, first_equal_requests, evaluate_module, instantiate_module, link_requests_error, module_cached_data, module_error,
    module_has_async_graph, module_namespace, new_source_text_module, new_synthetic_module, status_of,
    unlinked_import_error,
)
from pyjsvm.errors import VMError

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["install_module_classes"]

JS_STOPS = (ScriptTimeout, ScriptInterrupted, SigintUnavailable)  # (as node_vm's)


class JSModule(JSObject):
    """A ``vm.Module`` instance: its record, identifier and context."""

    __slots__ = ("record", "identifier", "context", "linking", "requests_linked")
    # NON-SPEC: util.inspect shows it past the depth as "[SourceTextModule]", as node does (node's
    # module has own internal symbol keys, which make it bracketed there; ours has none)
    inspect_hidden_keys = True

    def __init__(self, proto: JSObject | None, record: Any, identifier: str, context: Any) -> None:
        JSObject.__init__(self, proto)
        self.record = record
        self.identifier = identifier
        self.context = context
        self.linking = False
        self.requests_linked = False
        record.host_defined = self


class _Referrer:
    """The [[HostDefined]] of a script or function compiled with importModuleDynamically."""

    def __init__(self, loader: Callable[..., None]) -> None:
        self.host_loader = loader


def install_module_classes(vm: JSObject, host: "NodeHost", context_realm: Callable[["Realm", Any], "Realm"],
                           stop_throw: Callable[["Realm", Exception], JSThrow],
                           run_opts: Callable[["Realm", Any], tuple[int | None, bool]]) -> Any:
    """Add Module, SourceTextModule and SyntheticModule to the ``vm`` object (``make_vm_module``
    exports them with ``--experimental-vm-modules``); returns
    ``set_dynamic_import(r, owner, options, target)`` for Script, compileFunction and createContext:
    ``target`` is a compiled code's referrer holder, or a realm (the context's default)."""
    main = host.realm

    def core(r: "Realm", fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` of the core (``api/vm_core``), its VMError thrown as Node's error."""
        try:
            return fn(*args)
        except VMError as e:
            raise JSThrow(node_error(r, "Error", e.code, str(e))) from None

    def opt(options: Any, key: str) -> Any:
        return options.get(key, options) if isinstance(options, JSObject) else None

    def realm_of(r: "Realm", options: Any) -> tuple["Realm", Any]:
        ctx = opt(options, "context")
        if ctx is None:
            return main, None
        return context_realm(r, ctx), ctx

    def identifier_of(r: "Realm", options: Any, realm: "Realm") -> str:
        ident = opt(options, "identifier")
        if ident is None:
            return default_identifier(realm)
        if type(ident) is not str:
            invalid_arg_type(r, "options.identifier", "of type string", ident)
        return ident

    def this_module(r: "Realm", this: Any, kind: type | None = None) -> JSModule:
        """The receiver of a Module method, checked as Node's validateThisInternalField: a TypeError
        ERR_INVALID_ARG_TYPE 'The "this" argument must be an instance of Module' (or of the
        subclass the method belongs to)."""
        if not isinstance(this, JSModule) or (kind is not None and not isinstance(this.record, kind)):
            cls = {SourceTextModuleRecord: "SourceTextModule", SyntheticModuleRecord: "SyntheticModule"}.get(
                kind, "Module") if kind is not None else "Module"
            invalid_arg_type(r, "this", f"an instance of {cls}", this)
        return this

    def module_of(r: "Realm", value: Any) -> Any:
        if isinstance(value, JSModule):
            return value.record
        if isinstance(value, ModuleNamespace):
            return value.module
        raise JSThrow(node_error(r, "Error", "ERR_VM_MODULE_NOT_MODULE", "Provided module is not an instance of Module"))

    # --- Module -----------------------------------------------------------------------------------
    module_proto = JSObject(main.object_prototype)

    def module_ctor(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if nt is None:
            throw_type_error("Class constructor Module cannot be invoked without 'new'")  # a class's own
        throw_type_error("Module is not a constructor")  # Node's: only its subclasses construct
    module_class = make_fn(main, "Module", 1, module_ctor, ctor=True)
    module_class.define_builtin("prototype", module_proto, 0)
    module_proto.define_builtin("constructor", module_class, W | C)

    def getter(name: str, fn: Callable[["Realm", JSModule], Any], proto: JSObject | None = None,
               kind: type | None = None) -> None:
        def get(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            return fn(r, this_module(r, this, kind))
        (proto or module_proto).define_accessor(name, make_fn(main, "get " + name, 0, get), None, C)

    getter("identifier", lambda r, m: m.identifier)
    getter("context", lambda r, m: m.context)
    getter("status", lambda r, m: status_of(m.record, m.linking))

    def get_error(r: "Realm", m: JSModule) -> Any:
        return core(r, module_error, m.record, m.linking)
    getter("error", get_error)
    getter("namespace", lambda r, m: core(r, module_namespace, m.record, m.linking))

    def rejected(r: "Realm", error: Any) -> Any:
        promise, _, reject = new_promise(r)
        reject.call(None, [error])
        return promise

    @method(module_proto, main, "evaluate", 0)
    def module_evaluate(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """module.evaluate([options]): a promise settled with the module's evaluation."""
        options = arg(args, 0)
        try:  # evaluate is an async function in Node: its errors reject
            m = this_module(r, this)
            timeout, break_on_sigint = run_opts(r, options)
            inner = core(r, evaluate_module, m.record, m.linking, timeout, break_on_sigint, False)
        except JSThrow as e:
            return rejected(r, e.value)
        except JS_STOPS as e:
            return rejected(r, stop_throw(r, e).value)
        promise, resolve, reject = new_promise(r)
        if inner.state == FULFILLED:  # no top-level await: settled synchronously, as the docs say
            resolve.call(None, [None])
        elif inner.state == REJECTED:
            if not inner.is_handled:  # (its rejection reaches the caller through ``promise``)
                host_promise_rejection_tracker(inner, "handle")
                inner.is_handled = True
            reject.call(None, [inner.result])
        else:
            perform_promise_then_internal(inner, lambda v: resolve.call(None, [None]),
                                          lambda e: reject.call(None, [e]), r)
        return promise

    def module_inspect(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """NON-SPEC (Node): ``module[util.inspect.custom](depth, options, inspect)``, what
        console.log and util.inspect show of a module: an object of its class (its prototype, its
        class's name as tag) with its status, identifier and context, inspected without custom
        inspection; the module itself at a negative depth."""
        m = this_module(r, this)
        depth = arg(args, 0)
        if type(depth) is float and depth < 0:
            return this
        shown = JSObject(m.proto)
        put(shown, "status", status_of(m.record, m.linking))
        put(shown, "identifier", m.identifier)
        put(shown, "context", m.context)
        ctor = shown.get("constructor", shown)
        name = ctor.get("name", ctor) if isinstance(ctor, JSObject) and is_callable(ctor) else None
        shown.define_builtin(SYM_TO_STRING_TAG, name if type(name) is str else "Module", C)
        options = new_object(r)
        given = arg(args, 1)
        if isinstance(given, JSObject):
            for key in enumerable_own_properties(given, "key"):
                put(options, key, given.get(key, given))
        put(options, "customInspect", False)
        inspect_fn = arg(args, 2)
        if not is_callable(inspect_fn):
            util = host.modules.load_builtin("util")
            inspect_fn = util.get("inspect", util)
        return call(inspect_fn, None, [shown, options])
    module_proto.define_builtin(registered_symbol("nodejs.util.inspect.custom"),
                                make_fn(main, "[nodejs.util.inspect.custom]", 2, module_inspect), W | C)

    @method(module_proto, main, "link", 1)
    def module_link(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """module.link(linker): call linker(specifier, referencingModule, extra) for every request of
        the graph (a module or a promise of one), then instantiate."""
        linker = arg(args, 0)
        try:  # link is an async function in Node: its errors reject
            root = this_module(r, this)
            if isinstance(root.record, SyntheticModuleRecord):
                promise, resolve, _ = new_promise(r)  # linked when made: nothing to do
                resolve.call(None, [None])
                return promise
            if not is_callable(linker):
                invalid_arg_type(r, "linker", "of type function", linker)
            core(r, check_can_link, root.record, root.linking)
        except JSThrow as e:
            return rejected(r, e.value)
        promise, resolve, reject = new_promise(r)
        state = {"outstanding": 0, "failed": False}
        visited: set[int] = set()
        linking: list[JSModule] = [root]  # the modules visited

        def fail(error: Any, errored: bool = True) -> None:
            """Reject the link; as Node 20, a failure on what a linker gave (no module, another
            context's, an errored one, a rejection) leaves the root and the modules still linking
            'errored' with it as their ``error`` (a linker's synchronous throw, an instantiation's
            error do not)."""
            if not state["failed"]:
                state["failed"] = True
                if errored:
                    for x in linking:
                        if x is root or x.linking:
                            x.linking = False
                            x.record.link_error = error
                reject.call(None, [error])

        def done_one() -> None:
            state["outstanding"] -= 1
            if state["outstanding"] == 0 and not state["failed"]:
                try:
                    instantiate(r, root)
                except JSThrow as e:
                    fail(e.value, False)  # (Node 20: the module stays 'unlinked')
                    return
                resolve.call(None, [None])

        def visit(m: JSModule) -> None:
            if id(m) in visited or not isinstance(m.record, SourceTextModuleRecord) or m.requests_linked:
                return
            visited.add(id(m))
            linking.append(m)
            requests = m.record.code.all_requests
            firsts = first_equal_requests(m.record)  # (the linker is called once per distinct request)
            distinct = [i for i, f in enumerate(firsts) if f == i]
            results: list[Any] = [None] * len(requests)
            remaining = [len(distinct)]
            m.linking = True
            state["outstanding"] += len(distinct)

            def got(i: int, value: Any) -> None:
                if state["failed"]:
                    return
                if not isinstance(value, JSModule):
                    fail(node_error(r, "Error", "ERR_VM_MODULE_NOT_MODULE", "Provided module is not an instance of Module"))
                    return
                try:
                    core(r, check_linked_module, m.record, value.record, value.linking, requests[i].specifier)
                except JSThrow as e:
                    fail(e.value)
                    return
                for j, f in enumerate(firsts):
                    if f == i:
                        results[j] = value
                remaining[0] -= 1
                if remaining[0] == 0:
                    m.linking = False
                    error = link_requests_error(m.record, m.requests_linked, [x.record for x in results])
                    if error is not None:
                        fail(node_error(r, "Error", error[0], error[1]))
                        return
                    m.requests_linked = True
                    for x in results:
                        visit(x)
                done_one()
            for i in distinct:
                req = requests[i]
                extra = new_object(r)
                attrs = new_object(r, None)
                for k, v in req.attributes:
                    put(attrs, k, v)
                put(extra, "attributes", attrs)
                put(extra, "assert", attrs)
                try:
                    value = call(linker, None, [req.specifier, m, extra])
                    p = promise_resolve(r, None, value)
                except JSThrow as e:
                    fail(e.value, False)
                    return
                perform_promise_then_internal(p, _bind(got, i), fail, r)
        state["outstanding"] += 1
        visit(root)
        done_one()
        return promise

    def instance_proto(nt: Any, cls: JSObject, default: JSObject) -> JSObject:
        """The prototype of a module made by ``new`` with new.target ``nt``: a subclass's
        (``class M extends vm.SourceTextModule``), as a class constructor's ``this`` gets it
        (OrdinaryCreateFromConstructor: %Object.prototype% when nt.prototype is no object)."""
        return default if nt is cls else get_prototype_from_constructor(nt, "%Object.prototype%")

    # --- SourceTextModule --------------------------------------------------------------------------
    stm_proto = JSObject(module_proto)

    def stm_ctor(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """new vm.SourceTextModule(code[, options])."""
        if nt is None:
            throw_type_error("Class constructor SourceTextModule cannot be invoked without 'new'")  # a class's own
        code, options = arg(args, 0), arg(args, 1)
        if type(code) is not str:
            invalid_arg_type(r, "sourceText", "of type string", code)
        if options is not None and not isinstance(options, JSObject):
            invalid_arg_type(r, "options", "of type object", options)
        offsets = [0, 0]
        for i, key in enumerate(("lineOffset", "columnOffset")):
            if opt(options, key) is not None:
                offsets[i] = checked(r, check_int32, opt(options, key), f"options.{key}")
        init_meta = opt(options, "initializeImportMeta")
        if init_meta is not None and not is_callable(init_meta):
            invalid_arg_type(r, "options.initializeImportMeta", "of type function", init_meta)
        dyn = check_dynamic_option(r, options, allow_main_loader=False)  # a {Function} for modules
        cached = opt(options, "cachedData")
        data = None if cached is None else view_bytes(r, cached, "options.cachedData")
        # (node's order: the options above, then Module's constructor takes the context and the
        # identifier, so a module refused for a bad option uses no "vm:module(i)" index)
        realm, ctx = realm_of(r, options)
        ident = identifier_of(r, options, realm)
        holder: list[JSModule] = []

        def meta_hook(meta: JSObject, record: Any) -> None:
            if init_meta is not None:
                call(init_meta, None, [meta, holder[0]])
        proto = instance_proto(nt, stm_class, stm_proto)
        record = core(r, new_source_text_module, code, ident, data, realm, meta_hook,
                      offsets[0], offsets[1])  # a CompileError is a JS throw
        host.sources[ident] = "\n" * offsets[0] + code if offsets[0] >= 0 else code
        m = JSModule(proto, record, ident, ctx)
        holder.append(m)
        record.host_loader = js_loader(r, m, dyn)
        return m
    stm_class = make_fn(main, "SourceTextModule", 1, stm_ctor, ctor=True)
    stm_class.define_builtin("prototype", stm_proto, 0)
    stm_class.proto = module_class
    stm_proto.define_builtin("constructor", stm_class, W | C)

    def stm_getter(name: str, fn: Callable[["Realm", JSModule], Any]) -> None:
        getter(name, fn, stm_proto, SourceTextModuleRecord)

    # SourceTextModule.prototype has its own status and error (as Node's, which track linking)
    stm_getter("status", lambda r, m: status_of(m.record, m.linking))
    stm_getter("error", get_error)

    def module_requests(r: "Realm", m: JSModule) -> Any:
        items = []
        for req in m.record.code.all_requests:
            o = new_object(r)
            attrs = new_object(r)
            for k, v in req.attributes:
                put(attrs, k, v)
            set_integrity_level(attrs, "frozen")
            put(o, "specifier", req.specifier)
            put(o, "attributes", attrs)
            put(o, "phase", req.phase)
            set_integrity_level(o, "frozen")
            items.append(o)
        arr = new_array(r, items)
        set_integrity_level(arr, "frozen")
        return arr
    stm_getter("moduleRequests", module_requests)

    def dependency_specifiers(r: "Realm", m: JSModule) -> Any:
        arr = new_array(r, [req.specifier for req in m.record.requested_modules])
        set_integrity_level(arr, "frozen")
        return arr
    stm_getter("dependencySpecifiers", dependency_specifiers)

    @method(stm_proto, main, "hasTopLevelAwait", 0)
    def stm_has_tla(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return bool(this_module(r, this, SourceTextModuleRecord).record.has_tla)

    @method(stm_proto, main, "hasAsyncGraph", 0)
    def stm_has_async_graph(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        m = this_module(r, this, SourceTextModuleRecord)
        return core(r, module_has_async_graph, m.record, m.linking)

    @method(stm_proto, main, "linkRequests", 1)
    def stm_link_requests(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """sourceTextModule.linkRequests(modules)."""
        m = this_module(r, this, SourceTextModuleRecord)
        modules = arg(args, 0)
        if not isinstance(modules, JSArray):
            invalid_arg_type(r, "modules", "an instance of Array", modules)
        # (a value that is no module: ERR_VM_MODULE_NOT_MODULE, after the count is checked)
        targets = [x.record if isinstance(x, JSModule) else None for x in create_list_from_array_like(modules)]
        error = link_requests_error(m.record, m.requests_linked, targets)
        if error is not None:
            throw_node_error(r, "Error", error[0], error[1])
        m.requests_linked = True
        return None

    def instantiate(r: "Realm", m: JSModule) -> None:
        core(r, instantiate_module, m.record)

    @method(stm_proto, main, "instantiate", 0)
    def stm_instantiate(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """sourceTextModule.instantiate()."""
        instantiate(r, this_module(r, this, SourceTextModuleRecord))
        return None

    @method(stm_proto, main, "createCachedData", 0)
    def stm_create_cached_data(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        m = this_module(r, this, SourceTextModuleRecord)
        return bytes_to_buffer(r, core(r, module_cached_data, m.record, m.linking))

    # --- SyntheticModule ---------------------------------------------------------------------------
    syn_proto = JSObject(module_proto)

    def syn_ctor(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """new vm.SyntheticModule(exportNames, evaluateCallback[, options])."""
        if nt is None:
            throw_type_error("Class constructor SyntheticModule cannot be invoked without 'new'")  # a class's own
        names_v, callback, options = arg(args, 0), arg(args, 1), arg(args, 2)
        if not isinstance(names_v, JSArray):
            invalid_arg_type(r, "exportNames", "an Array of unique strings", names_v)
        names = create_list_from_array_like(names_v)
        for n in names:
            if type(n) is not str:
                invalid_arg_type(r, "exportNames", "an Array of unique strings", names_v)
        if len(set(names)) != len(names):
            dup = next(n for n in names if names.count(n) > 1)
            throw_node_error(r, "TypeError", "ERR_INVALID_ARG_VALUE",
                             f"The property 'exportNames.{dup}' is duplicated. Received {inspect(dup)}")
        if not is_callable(callback):
            invalid_arg_type(r, "evaluateCallback", "of type function", callback)
        if options is not None and not isinstance(options, JSObject):
            invalid_arg_type(r, "options", "of type object", options)
        realm, ctx = realm_of(r, options)
        ident = identifier_of(r, options, realm)
        holder: list[JSModule] = []

        def steps(record: Any) -> None:
            call(callback, holder[0], [])
        proto = instance_proto(nt, syn_class, syn_proto)
        record = new_synthetic_module(realm, names, steps)
        m = JSModule(proto, record, ident, ctx)
        holder.append(m)
        return m
    syn_class = make_fn(main, "SyntheticModule", 2, syn_ctor, ctor=True)
    syn_class.define_builtin("prototype", syn_proto, 0)
    syn_class.proto = module_class
    syn_proto.define_builtin("constructor", syn_class, W | C)

    @method(syn_proto, main, "setExport", 2)
    def syn_set_export(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """syntheticModule.setExport(name, value)."""
        m = this_module(r, this, SyntheticModuleRecord)
        name = arg(args, 0)
        if type(name) is not str:
            invalid_arg_type(r, "name", "of type string", name)
        if name not in m.record.binding_slots:
            raise JSThrow(r.new_error("ReferenceError", f"Export '{name}' is not defined in module"))
        m.record.set_synthetic_export(name, arg(args, 1))
        return None

    # --- import() ------------------------------------------------------------------------------------
    def js_loader(r: "Realm", m: JSModule, dyn: Any) -> Callable[..., None]:
        """HostLoadImportedModule for a SourceTextModule: its static imports must come from
        linkRequests()/link(); import() goes to its importModuleDynamically."""
        dynamic = dynamic_loader(r, m, dyn)

        def load(referrer: Any, request: Any, finish: Callable[[bool, Any], None]) -> None:
            err = unlinked_import_error(m.record, referrer, request.specifier, r)
            if err is not None:
                finish(False, err)
                return
            dynamic(referrer, request, finish)
        return load

    def dynamic_loader(r: "Realm", owner: Any, dyn: Any, filename: str | None = None) -> Callable[..., None]:
        """import() through an ``importModuleDynamically`` option: a function
        (specifier, referrer, attributes, phase) returning a module, a namespace or a promise of one, or
        vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER (resolving relative to ``filename``, the
        compiled code's ``filename`` option, as the docs say). A function is not called without
        ``--experimental-vm-modules``: import() rejects with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG
        ("Support of dynamic import() in compilation APIs")."""
        def load(referrer: Any, request: Any, finish: Callable[[bool, Any], None]) -> None:
            if dyn is None:
                finish(False, missing_callback_error(AGENT.realm or r))
                return
            if dyn is _main_loader(vm):
                host.esm.default_loader(referrer, request, finish, filename)
                return
            if not host.options.experimental_vm_modules:
                finish(False, coded_error(AGENT.realm or r, "TypeError", "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG",
                                          "A dynamic import callback was invoked without --experimental-vm-modules"))
                return
            attrs = new_object(r, None)
            for k, v in request.attributes:
                put(attrs, k, v)
            phase = "source" if request.phase == "source" else "evaluation"
            try:
                value = call(dyn, None, [request.specifier, owner, attrs, phase])
                p = promise_resolve(r, None, value)
            except JSThrow as e:
                finish(False, e.value)
                return

            def got(v: Any) -> None:
                try:
                    finish(True, module_of(r, v))
                except JSThrow as e:
                    finish(False, e.value)
            perform_promise_then_internal(p, got, lambda e: finish(False, e), r)
        return load

    def check_dynamic_option(r: "Realm", options: Any, allow_main_loader: bool = True) -> Any:
        """The ``importModuleDynamically`` option: a function, or (not for a SourceTextModule)
        vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER."""
        dyn = opt(options, "importModuleDynamically")
        if dyn is not None and not is_callable(dyn) and (dyn is not _main_loader(vm) or not allow_main_loader):
            invalid_arg_type(r, "options.importModuleDynamically", "of type function", dyn)
        return dyn

    for name, value in (("Module", module_class), ("SourceTextModule", stm_class), ("SyntheticModule", syn_class)):
        put(vm, name, value, W | E | C)

    def set_dynamic_import(r: "Realm", owner: Any, options: Any, target: Any) -> None:
        dyn = check_dynamic_option(r, options)
        is_realm = hasattr(target, "host_defined")  # a realm: code without a referrer in that context
        if dyn is None and is_realm:
            return
        # Without the option, import() in a compiled script or function rejects with
        # ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING (dynamic_loader's answer to no callback), as the
        # docs say: it must not reach the main context's loader.
        # (Script's options may be its file name; a context's loader has no file: the cwd)
        filename = options if type(options) is str else opt(options, "filename")
        loader = dynamic_loader(r, owner, dyn, None if is_realm or type(filename) is not str else filename)
        if is_realm:
            target.host_defined["pyjsvm.host_loader"] = loader
        else:
            target.record = _Referrer(loader)
    return set_dynamic_import


def _bind(fn: Callable[[int, Any], None], i: int) -> Callable[[Any], None]:
    return lambda v: fn(i, v)


def _main_loader(vm: JSObject) -> Any:
    constants = vm.get("constants", vm)
    return constants.get("USE_MAIN_CONTEXT_DEFAULT_LOADER", constants) if isinstance(constants, JSObject) else None
