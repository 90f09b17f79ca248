"""Classes (sec-class-definitions): ClassDefinitionEvaluation, fields, private names, static
blocks, ``super`` property access and ``super()`` calls, and tagged templates' template objects.

Private names (sec-private-names) are ``PrivateName`` objects made anew each time a class
definition is evaluated; they live in slots named ``#x`` of the class scope, so methods find them
like any other binding. An object's private elements are kept in the PrivateName itself (a weak
mapping from object to value) -- NON-SPEC storage with the spec's semantics.
"""
from __future__ import annotations

from typing import Any, Callable

from pyjsvm.runtime.agent import throw_reference_error, throw_type_error
from pyjsvm.compiler.core import Closure
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.runtime.environments import Env
from pyjsvm.runtime.functions import ECMAFunction, FunctionCode, STRICT, prepare_tail_call
from pyjsvm.runtime.objects import C, W, JSObject, Prop, PropertyDescriptor
from pyjsvm.runtime.operations import (
    construct, define_property_or_throw, is_constructor, to_property_key,
)
from pyjsvm.runtime.values import MISSING, NULL
from pyjsvm.syntax.scope import Scope
from pyjsvm.runtime.functions import ClassFieldDefinition, PrivateName, define_field, initialize_instance_elements, set_function_name
from pyjsvm.runtime.operations import get_template_object
from pyjsvm.runtime.operations import to_display
from pyjsvm.compiler.expressions import _SHORT, get_index, get_member_of_primitive


class ClassCompiler:
    """Mixin for the Compiler: classes, super, private names, tagged templates."""

    # provided by the other mixins
    ctx: Any
    expr: Callable[..., Closure]
    error: Callable[..., Any]
    position: Callable[..., Any]
    property_key: Callable[..., Any]
    compile_function_code: Callable[..., FunctionCode]
    mark_method_source: Callable[[Any], None]
    compile_args: Callable[..., Any]
    compile_identifier_get: Callable[..., Closure]
    compile_identifier_set: Callable[..., Any]
    this_scope: Callable[..., Any]
    depth_to: Callable[..., int]
    resolve: Callable[..., Any]
    source_of: Callable[..., str]
    stmt: Callable[..., Closure]
    statement_list: Callable[..., Closure]

    # --- class definitions -----------------------------------------------------------------------
    def e_ClassExpression(self, node: Any) -> Closure:
        return self.compile_class(node)

    def compile_class(self, node: Any, name: Any = None) -> Closure:
        """ClassDefinitionEvaluation (sec-runtime-semantics-classdefinitionevaluation)."""
        class_name = node.id.name if node.id is not None else None
        fname = python_string_to_js(class_name) if class_name is not None else (name if name is not None else "")
        scope = Scope("block", self.ctx.scope, True)
        if class_name is not None:
            scope.add(class_name)
            scope.lexical.add(class_name)
            scope.consts.add(class_name)
        privates: dict[str, str] = {}
        elements = node.body.body
        for m in elements:
            key = getattr(m, "key", None)
            if key is not None and key.type == "PrivateIdentifier":
                pname = "#" + key.name
                kind = "field" if m.type == "PropertyDefinition" else ("method" if m.kind == "method" else "accessor")
                if pname not in privates:
                    scope.add(pname)
                    privates[pname] = kind
        derived = node.superClass is not None
        saved_scope = self.ctx.scope
        saved_strict = self.ctx.strict
        heritage = None
        if node.superClass is not None:
            self.ctx.scope = scope
            self.ctx.strict = True
            try:
                heritage = self.expr(node.superClass)
            finally:
                self.ctx.scope = saved_scope
        self.ctx.scope = scope
        self.ctx.strict = True
        try:
            ctor_node = next((m for m in elements if m.type == "MethodDefinition" and m.kind == "constructor"), None)
            if ctor_node is not None:
                ctor_code = self.compile_function_code(ctor_node.value, fname, method=True, class_constructor=True,
                                                       derived=derived)
            else:
                ctor_code = default_constructor_code(fname, derived, self.ctx.filename)
            ctor_code.source_text = (self.ctx.source, node.range[0], node.range[1])
            ops = []
            for m in elements:
                if m is ctor_node:
                    continue
                ops.append(self.compile_class_element(m, privates))
        finally:
            self.ctx.scope = saved_scope
            self.ctx.strict = saved_strict
        private_names = [(scope.names[p], p, k) for p, k in privates.items()]
        name_slot = scope.names.get(class_name) if class_name is not None else None
        size = scope.size

        def class_definition(env: Any) -> Any:
            realm = env.glob.realm
            cenv = Env([MISSING] * size, env)
            for idx, pname, kind in private_names:
                cenv.vars[idx] = PrivateName(pname, kind)
            if heritage is None:
                proto_parent: Any = realm.object_prototype
                ctor_parent: Any = realm.function_prototype
            else:
                superclass = heritage(cenv)
                if superclass is NULL:
                    proto_parent = None
                    ctor_parent = realm.function_prototype
                elif not is_constructor(superclass):
                    throw_type_error("Class extends value " + _describe(superclass) + " is not a constructor or null")
                else:
                    pp = superclass.get("prototype", superclass)
                    if pp is NULL:
                        proto_parent = None
                    elif isinstance(pp, JSObject):
                        proto_parent = pp
                    else:
                        throw_type_error("Class extends value does not have valid prototype property")
                    ctor_parent = superclass
            proto = JSObject(proto_parent)
            F = ECMAFunction(ctor_code, cenv, ctor_parent, realm)
            F.lazy_proto = False
            F.home_object = proto
            F.props["prototype"] = Prop(proto, 0)
            proto.props["constructor"] = Prop(F, W | C)
            instance_methods: list[Any] = []
            instance_fields: list[Any] = []
            static_elements: list[Any] = []
            for op in ops:
                op(cenv, F, proto, instance_methods, instance_fields, static_elements)
            if instance_methods or instance_fields:
                F.class_fields = (instance_methods, instance_fields)
            if name_slot is not None:
                cenv.vars[name_slot] = F
            for kind, item in static_elements:
                if kind == "method":
                    item.add_method(F)
            for kind, item in static_elements:
                if kind == "field":
                    define_field(F, item)
                elif kind == "block":
                    item.call(F, [])
            return F
        return class_definition

    def compile_class_element(self, m: Any, privates: dict[str, str]) -> Callable[..., None]:
        """ClassElementEvaluation for one element: returns op(env, F, proto, instance_methods,
        instance_fields, static_elements)."""
        is_static = bool(getattr(m, "static", False))
        if m.type == "StaticBlock":
            code = self.synthetic_method_code(m, None, body=m.body)

            def static_block(env: Any, F: Any, proto: Any, im: Any, ifs: Any, se: list[Any]) -> None:
                f = ECMAFunction(code, env, env.glob.realm.function_prototype, env.glob.realm)
                f.home_object = F
                se.append(("block", f))
            return static_block
        key = m.key
        private_slot = None
        if key.type == "PrivateIdentifier":
            private_slot = self.ctx.scope.names["#" + key.name]
            static_key, key_f = None, None
        else:
            static_key, key_f = self.property_key(m)
        if m.type == "PropertyDefinition":
            init_code = self.synthetic_method_code(m, m.value) if m.value is not None else None
            anon_fn = m.value is not None and m.value.type in ("FunctionExpression", "ArrowFunctionExpression",
                                                                  "ClassExpression") and getattr(m.value, "id", None) is None

            def field(env: Any, F: Any, proto: Any, im: Any, ifs: list[Any], se: list[Any]) -> None:
                if private_slot is not None:
                    k = env.vars[private_slot]
                else:
                    k = static_key if key_f is None else key_f(env)
                init = None
                if init_code is not None:
                    init = ECMAFunction(init_code, env, env.glob.realm.function_prototype, env.glob.realm)
                    init.home_object = F if is_static else proto
                fd = ClassFieldDefinition(k, init, private_slot is not None, anon_fn)
                if is_static:
                    se.append(("field", fd))
                else:
                    ifs.append(fd)
            return field
        kind = m.kind
        fname = static_key if static_key is not None else ("#" + key.name if private_slot is not None else "")
        self.mark_method_source(m)
        code = self.compile_function_code(m.value, fname if kind == "method" else "", method=True)

        def method(env: Any, F: Any, proto: Any, im: list[Any], ifs: Any, se: list[Any]) -> None:
            realm = env.glob.realm
            target = F if is_static else proto
            f = ECMAFunction(code, env, _function_proto_for(realm, code), realm)
            f.home_object = target
            if private_slot is not None:
                pn = env.vars[private_slot]
                if kind == "method":
                    set_function_name(f, pn.description)
                    pn.method = f
                elif kind == "get":
                    set_function_name(f, pn.description, "get")
                    pn.getter = f
                else:
                    set_function_name(f, pn.description, "set")
                    pn.setter = f
                if not any(x is pn for x in (im if not is_static else [i for _, i in se])):
                    if is_static:
                        se.append(("method", pn))
                    else:
                        im.append(pn)
                return
            k = static_key if key_f is None else key_f(env)
            if kind == "method":
                if key_f is not None:
                    set_function_name(f, k)
                define_property_or_throw(target, k, PropertyDescriptor(value=f, writable=True, enumerable=False,
                                                                       configurable=True))
            else:
                set_function_name(f, k, kind)
                if kind == "get":
                    desc = PropertyDescriptor(get=f, enumerable=False, configurable=True)
                else:
                    desc = PropertyDescriptor(set=f, enumerable=False, configurable=True)
                define_property_or_throw(target, k, desc)
        return method

    def synthetic_method_code(self, node: Any, value: Any, body: Any = None) -> FunctionCode:
        """A field initializer or static block compiled as a method body (sec-static-semantics-classfielddefinitionevaluation)."""
        fake = _SyntheticFunction(node, value, body)
        code = self.compile_function_code(fake, "", method=True)
        return code

    # --- super ------------------------------------------------------------------------------------
    def super_base_getter(self) -> Callable[[Any], tuple[Any, Any]]:
        """Returns f(env) -> (this value, active function): GetThisBinding (a derived
        constructor's throws until super() binds it); the function's home object gives the
        super base later (``super_base``, after the key's expression)."""
        s = self.this_scope()
        depth = self.depth_to(s)

        def base(env: Any) -> tuple[Any, Any]:
            for _ in range(depth):
                env = env.parent
            this = env.this
            if this is MISSING:
                throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
            return this, env.func
        return base

    def super_raw_key(self, node: Any) -> Closure:
        """The key of a super property as evaluated (ToPropertyKey not yet applied)."""
        if node.computed:
            return self.expr(node.property)
        key = python_string_to_js(node.property.name)
        return lambda env: key

    def compile_super_property_get(self, node: Any) -> Closure:
        base = self.super_base_getter()
        raw_kf = self.super_raw_key(node)
        computed = node.computed

        def super_get(env: Any) -> Any:
            # sec-super-keyword-runtime-semantics-evaluation: this, the key's value,
            # GetSuperBase (MakeSuperPropertyReference), then ToPropertyKey (GetValue)
            this, func = base(env)
            raw = raw_kf(env)
            proto = super_base(func, this)
            return super_get_value(this, proto, to_property_key(raw) if computed else raw)
        return super_get

    def compile_super_reference(self, node: Any) -> Any:
        base = self.super_base_getter()
        raw_kf = self.super_raw_key(node)
        computed = node.computed

        def super_ref(env: Any, want: bool = True) -> Any:
            this, func = base(env)
            raw = raw_kf(env)
            proto = super_base(func, this)
            if not want:
                # an assignment target: ToPropertyKey waits for PutValue (see super_put)
                return (this, proto), raw, None
            k = to_property_key(raw) if computed else raw
            return (this, proto), k, super_get_value(this, proto, k)
        return super_ref

    def compile_super_put(self, node: Any) -> Any:
        """PutValue on a super reference (sec-putvalue): a failed [[Set]] throws only in
        strict code."""
        strict = self.ctx.strict

        def super_put(env: Any, base: Any, key: Any, v: Any) -> None:
            super_put_value(base[0], base[1], key, v, strict)
        return super_put

    def compile_super_call(self, node: Any, argsf: Any) -> Closure:
        """SuperCall evaluation (sec-super-keyword-runtime-semantics-evaluation)."""
        s = self.this_scope()
        depth = self.depth_to(s)

        def super_call_closure(env: Any) -> Any:
            fenv = env
            for _ in range(depth):
                fenv = fenv.parent
            ctor = fenv.func.get_prototype_of()
            return super_call(fenv, ctor, argsf(env))
        return super_call_closure

    # --- private names ----------------------------------------------------------------------------
    def private_slot_getter(self, name: str, node: Any) -> Closure:
        return self.compile_identifier_get(name, node)

    def compile_private_get(self, node: Any, of: Closure) -> Closure:
        pn = self.private_slot_getter("#" + node.property.name, node.property)

        def private_get(env: Any) -> Any:
            return pn(env).get(of(env))
        return private_get

    def private_reader(self, node: Any) -> Callable[[Any, Any], Any]:
        pn = self.private_slot_getter("#" + node.property.name, node.property)
        return lambda env, o: pn(env).get(o)

    def compile_private_reference(self, node: Any, in_chain: bool = False) -> Any:
        """``o.#x`` as a reference; ``in_chain``: a link of an optional chain (``_SHORT`` when
        the chain short-circuits)."""
        of = self.chain(node.object) if in_chain else self.expr(node.object)  # type: ignore[attr-defined]
        pn = self.private_slot_getter("#" + node.property.name, node.property)
        optional = in_chain and node.optional

        def private_ref(env: Any, want: bool = True) -> Any:
            o = of(env)
            if in_chain and (o is _SHORT or (optional and (o is None or o is NULL))):
                return _SHORT
            name = pn(env)
            return o, name, name.get(o) if want else None
        return private_ref

    def compile_private_put(self, node: Any) -> Any:
        return lambda env, base, key, v: key.set(base, v)

    def compile_private_in(self, node: Any) -> Closure:
        pn = self.private_slot_getter("#" + node.left.name, node.left)
        rf = self.expr(node.right)

        def private_in_closure(env: Any) -> Any:
            o = rf(env)
            return private_in(pn(env), o)
        return private_in_closure

    # --- tagged templates -------------------------------------------------------------------------
    def e_TaggedTemplateExpression(self, node: Any) -> Closure:
        quasi = node.quasi
        cooked = [python_string_to_js(q.value.cooked) if q.value.cooked is not None else None for q in quasi.quasis]
        raw = [python_string_to_js(q.value.raw) for q in quasi.quasis]
        site = object()
        subs = [self.expr(e) for e in quasi.expressions]
        tag = node.tag
        if tag.type == "MemberExpression" and (tag.property.type == "PrivateIdentifier" or tag.object.type == "Super"):
            # `o.#m` and `super.m`: the reference's this value (sec-evaluatecall step 1.a)
            ref = self.compile_reference(tag, False)  # type: ignore[attr-defined]
            is_super = tag.object.type == "Super"

            def tag_ref(env: Any) -> tuple[Any, Any]:
                base, _, f = ref(env, True)
                return base[0] if is_super else base, f
        elif tag.type == "MemberExpression" and tag.object.type != "Super":
            of = self.expr(tag.object)
            kf = self.expr(tag.property) if tag.computed else None
            key = None if tag.computed else python_string_to_js(tag.property.name)

            def tag_ref(env: Any) -> tuple[Any, Any]:
                o = of(env)
                if kf is not None:
                    return o, get_index(o, kf(env))
                if isinstance(o, JSObject):
                    return o, o.get(key, o)
                return o, get_member_of_primitive(o, key, None)
        else:
            tf = self.expr(tag)

            def tag_ref(env: Any) -> tuple[Any, Any]:
                return None, tf(env)
        desc = self.source_of(tag)
        tail = getattr(node, "_tail_call", False)  # in tail position (syntax/tail_calls.py)

        def tagged(env: Any) -> Any:
            this, f = tag_ref(env)
            template = get_template_object(env.glob.realm, site, cooked, raw)
            return call_tag(f, this, [template] + [s(env) for s in subs], desc, tail)
        return tagged


def default_constructor_code(name: Any, derived: bool, filename: str) -> FunctionCode:
    """The default constructor (sec-runtime-semantics-classdefinitionevaluation step 14.a)."""
    code = FunctionCode()
    code.name = name
    code.length = 0
    code.strict = True
    code.this_mode = STRICT
    code.is_class_constructor = True
    code.constructor_kind = "derived" if derived else "base"
    code.is_constructor = True
    code.has_prototype = False
    code.filename = filename
    if derived:
        def run_derived(env: Any, args: list[Any]) -> Any:
            func = env.func
            parent = func.get_prototype_of()
            if not is_constructor(parent):
                throw_type_error("Super constructor is not a constructor")
            result = construct(parent, list(args), env.new_target)
            env.this = result
            initialize_instance_elements(result, func)
            return None
        code.run = run_derived
    else:
        code.run = lambda env, args: None
    return code


class _SyntheticFunction:
    """NON-SPEC: a field initializer or static block shaped like a FunctionExpression node."""

    type = "FunctionExpression"
    generator = False
    isAsync = False
    id = None

    def __init__(self, node: Any, value: Any, body: Any) -> None:
        self.params: list[Any] = []
        self.field_initializer = body is None  # a static block has a body of its own
        self.range = node.range
        self.loc = node.loc
        if body is not None:
            self.body = _Block(body)
        else:
            self.body = _Block([_Return(value)])


class _Block:
    type = "BlockStatement"

    def __init__(self, body: list[Any]) -> None:
        self.body = body


class _Return:
    type = "ReturnStatement"

    def __init__(self, argument: Any) -> None:
        self.argument = argument
        self.range = argument.range
        self.loc = argument.loc


_PROTO_BY_KIND = {"generator": "%GeneratorFunction.prototype%", "async": "%AsyncFunction.prototype%",
                  "asyncGenerator": "%AsyncGeneratorFunction.prototype%"}


def _function_proto_for(realm: Any, code: FunctionCode) -> Any:
    """The [[Prototype]] of a method's function object, by the kind of its code."""
    name = _PROTO_BY_KIND.get(code.kind)
    return realm.function_prototype if name is None else realm.intrinsics.get(name, realm.function_prototype)


def _describe(v: Any) -> str:
    return to_display(v)


def super_base(func: Any, this: Any) -> Any:
    """GetSuperBase (sec-getsuperbase) after GetThisBinding (a derived constructor's ``this``
    is MISSING until super() binds it): the home object's prototype."""
    if this is MISSING:
        throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
    home = func.home_object if func is not None else None
    if home is None:
        throw_type_error("'super' keyword unexpected here")
    return home.get_prototype_of()


def super_get_value(this: Any, proto: Any, k: Any) -> Any:
    """GetValue of a super property reference (sec-getvalue step 3 with a Super Reference):
    ``proto.[[Get]](k, this)``."""
    if proto is NULL:
        throw_type_error(f"Cannot read properties of null (reading '{k}')")
    return proto.get(k, this)


def super_put_value(this: Any, proto: Any, key: Any, v: Any, strict: bool) -> None:
    """PutValue on a super property reference (sec-putvalue step 3 with a Super Reference):
    ToObject of the base (null throws), ToPropertyKey of the key, ``proto.[[Set]](key, v,
    this)``; a failed [[Set]] throws only in strict code."""
    if proto is NULL:
        throw_type_error("Cannot set properties of null")
    if type(key) is not str:
        key = to_property_key(key)
    ok = proto.set(key, v, this)
    if not ok and strict:
        throw_type_error(f"Cannot assign to read only property '{key}' of object")


def super_call(fenv: Any, super_ctor: Any, args: list[Any]) -> Any:
    """SuperCall evaluation (sec-super-keyword-runtime-semantics-evaluation) from step 5, in the
    constructor's FunctionEnv ``fenv``: Construct, BindThisValue, InitializeInstanceElements."""
    if not is_constructor(super_ctor):
        throw_type_error("Super constructor " + _describe(super_ctor) + " of anonymous class is not a constructor")
    result = construct(super_ctor, args, fenv.new_target)
    if fenv.this is not MISSING:
        throw_reference_error("Super constructor may only be called once")
    fenv.this = result
    initialize_instance_elements(result, fenv.func)
    return result


def private_in(pn: Any, o: Any) -> bool:
    """``#x in o`` from step 5 (sec-relational-operators-runtime-semantics-evaluation): the
    PrivateName ``pn``'s element is found on the object ``o``."""
    if not isinstance(o, JSObject):
        throw_type_error("Cannot use 'in' operator to search for a private field in a non-object")
    return pn.has(o)  # type: ignore[no-any-return]


def call_tag(f: Any, this: Any, args: list[Any], desc: str, tail: bool) -> Any:
    """EvaluateCall of a tagged template (sec-tagged-templates-runtime-semantics-evaluation):
    the tag called with the template object and the substitutions; in tail position through
    PrepareForTailCall."""
    if not (isinstance(f, JSObject) and f.is_callable):
        throw_type_error(f"{desc} is not a function")
    return prepare_tail_call(f, this, args) if tail else f.call(this, args)
