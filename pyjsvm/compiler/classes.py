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
from pyjsvm.runtime.operations import receiver_display, to_display, value_text
from pyjsvm.runtime.stack import data_name
from pyjsvm.compiler.expressions import _SHORT, get_index, get_member_of_primitive, literal_value


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
        """ClassDefinitionEvaluation (sec-runtime-semantics-classdefinitionevaluation) on the
        closure tier: the heritage and the computed keys compiled in the class scope, evaluated
        in order between the shared steps of the ClassTemplate (the emitter emits the same
        sequence, compiler/emit.py ``emit_class``)."""
        template = self.class_template(node, name)
        heritage, key_fs = self.class_parts(template, node, self.expr)
        elements = template.elements
        pos = self.heritage_position(node.superClass) if node.superClass is not None else None

        def begin(cenv: Any, superclass: Any, name: Any) -> ClassRecord:
            _ = pos  # (a free variable of this frame: where its errors point, stack.register_call_sites)
            return template.begin(cenv, superclass, name)
        # the value of a field with a computed key: named by the field initializer's
        # [[ClassFieldInitializerName]] (sec-runtime-semantics-evaluatebody)
        field_depth = self.depth_to(self.this_scope()) if getattr(node, "field_name", None) is COMPUTED_FIELD_NAME else -1

        def class_definition(env: Any, name: Any = MISSING) -> Any:
            # name: a className known only at run time (a computed key's, NamedEvaluation)
            if field_depth >= 0:
                fenv = env
                for _ in range(field_depth):
                    fenv = fenv.parent
                name = fenv.func.field_name
            cenv = template.class_env(env)
            record = template.begin(cenv, MISSING, name) if heritage is None else begin(cenv, heritage(cenv), name)
            for element, kf in zip(elements, key_fs):
                element(cenv, record, None if kf is None else to_property_key(kf(cenv)))
            return template.finish(cenv, record)
        return class_definition

    def heritage_position(self, heritage: Any) -> tuple[int, int]:
        """NON-SPEC (V8's position): where the TypeError of a ClassHeritage whose value is no
        constructor points: at the expression that gave the value (a comma expression's last),
        as a run-time error of it would (``extends o.p`` at ``p``, ``extends f()`` at ``f``)."""
        while heritage.type == "SequenceExpression":
            heritage = heritage.expressions[-1]
        return self.error_position(heritage)  # type: ignore[attr-defined, no-any-return]

    def class_parts(self, template: ClassTemplate, node: Any, compile_expr: Callable[[Any], Any]) -> tuple[Any, list[Any]]:
        """The heritage (or None) and each element's computed key (or None) compiled by
        ``compile_expr`` in the class scope, strict."""
        saved_scope, saved_strict = self.ctx.scope, self.ctx.strict
        self.ctx.strict = True
        try:
            self.ctx.scope = template.heritage_scope
            heritage = compile_expr(node.superClass) if node.superClass is not None else None
            self.ctx.scope = template.scope
            return heritage, [compile_expr(m.key) if m is not None else None for m in template.computed]
        finally:
            self.ctx.scope, self.ctx.strict = saved_scope, saved_strict

    def class_template(self, node: Any, name: Any = None) -> ClassTemplate:
        """NON-SPEC: compiles what ClassDefinitionEvaluation makes of a class's body, for both
        tiers: the class scope (the inner name binding, the Private Names), the constructor's
        code and one maker per ClassElement (in the current scope: the class scope's parent)."""
        class_name = node.id.name if node.id is not None else None
        if name is None and getattr(node, "field_name", None) is not COMPUTED_FIELD_NAME:
            # the initializer of a field with a static name (ClassFieldDefinitionEvaluation:
            # NamedEvaluation with the field's name, sec-runtime-semantics-evaluatebody)
            name = getattr(node, "field_name", None)
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
            makers = []
            computed = []
            for m in elements:
                if m is ctor_node:
                    continue
                makers.append(self.compile_class_element(m))
                computed.append(m if getattr(m, "computed", False) else None)
        finally:
            self.ctx.scope = saved_scope
            self.ctx.strict = saved_strict
        private_names = [(scope.names[p], p, k) for p, k in privates.items()]
        name_slot = scope.names.get(class_name) if class_name is not None else None
        template = ClassTemplate(scope, class_name, name_slot, private_names, ctor_code, derived, makers, computed)
        if privates:
            # the heritage sees the class environment but the outer PrivateEnvironment (step
            # 8.b): the class scope without the Private Names (the name binding has slot 0)
            template.heritage_scope = Scope("block", self.ctx.scope, True)
            if class_name is not None:
                template.heritage_scope.add(class_name)
                template.heritage_scope.lexical.add(class_name)
                template.heritage_scope.consts.add(class_name)
        return template

    def compile_class_element(self, m: Any) -> Callable[[Any, ClassRecord, Any], None]:
        """ClassElementEvaluation (sec-static-semantics-classelementevaluation) of one element:
        returns ``element(class_env, record, key)``, ``key`` the value of a computed key (its
        ToPropertyKey already applied by the caller), else None."""
        is_static = bool(getattr(m, "static", False))
        if m.type == "StaticBlock":
            # ClassStaticBlockDefinitionEvaluation (sec-runtime-semantics-classstaticblockdefinitionevaluation)
            code = self.synthetic_method_code(m, None, body=m.body)

            def static_block(env: Any, record: ClassRecord, _key: Any) -> None:
                f = ECMAFunction(code, env, env.glob.realm.function_prototype, env.glob.realm)
                f.home_object = record.F
                record.static_elements.append(("block", f))
            return static_block
        key = m.key
        private_slot = None
        if key.type == "PrivateIdentifier":
            private_slot = self.ctx.scope.names["#" + key.name]
            static_key = None
        elif m.computed:
            static_key = None
        else:
            static_key = self.property_key(m)[0]
        if m.type == "PropertyDefinition":
            # ClassFieldDefinitionEvaluation (sec-runtime-semantics-classfielddefinitionevaluation)
            anon_fn = m.value is not None and m.value.type in ("FunctionExpression", "ArrowFunctionExpression",
                                                                  "ClassExpression") and getattr(m.value, "id", None) is None
            named_class = anon_fn and m.value.type == "ClassExpression"
            if named_class:
                # named when made, so that its own static elements see the name: with a computed
                # key, the initializer's [[ClassFieldInitializerName]] holds it
                m.value.field_name = COMPUTED_FIELD_NAME if m.computed else \
                    static_key if private_slot is None else "#" + key.name
                anon_fn = False
            # NON-SPEC: a literal initializer (no regular expression: each evaluation makes a new
            # object) is its value, with no initializer function to call for each object
            constant: Any = None
            if m.value is not None and m.value.type == "Literal" and getattr(m.value, "regex", None) is None:
                constant = literal_value(m.value)
                init_code = None
            else:
                init_code = self.synthetic_method_code(m, m.value) if m.value is not None else None

            def field(env: Any, record: ClassRecord, k: Any) -> None:
                if private_slot is not None:
                    k = env.vars[private_slot]
                elif static_key is not None:
                    k = static_key
                init = None
                if init_code is not None:
                    init = ECMAFunction(init_code, env, env.glob.realm.function_prototype, env.glob.realm)
                    init.home_object = record.F if is_static else record.proto
                    if named_class:
                        init.field_name = k
                fd = ClassFieldDefinition(k, init, private_slot is not None, anon_fn, constant)
                if is_static:
                    record.static_elements.append(("field", fd))
                else:
                    record.instance_fields.append(fd)
            return field
        # MethodDefinitionEvaluation (sec-runtime-semantics-methoddefinitionevaluation)
        kind = m.kind
        fname = static_key if static_key is not None else ("#" + key.name if private_slot is not None else "")
        self.mark_method_source(m)
        code = self.compile_function_code(m.value, fname if kind == "method" else "", method=True)

        def method(env: Any, record: ClassRecord, k: Any) -> None:
            realm = env.glob.realm
            target = record.F if is_static else record.proto
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
                # a getter and setter pair is one PrivateElement (ClassDefinitionEvaluation step 26.e)
                if is_static:
                    if not any(x is pn for _, x in record.static_elements):
                        record.static_elements.append(("method", pn))
                elif not any(x is pn for x in record.instance_methods):
                    record.instance_methods.append(pn)
                return
            if static_key is not None:
                k = static_key
            if kind == "method":
                if static_key is None:
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
            return super_get_value(this, proto, super_property_key(proto, raw) if computed else raw)
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
            k = super_property_key(proto, raw) if computed else raw
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
        site = node  # the Parse Node: the emitted tier keys GetTemplateObject on it too
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
        # in tail position (syntax/tail_calls.py) of a body that resolves TailCalls
        tail = getattr(node, "_tail_call", False) and self.ctx.tail_calls

        def tagged(env: Any) -> Any:
            this, f = tag_ref(env)
            template = get_template_object(env.glob.realm, site, cooked, raw)
            return call_tag(f, this, [template] + [s(env) for s in subs], desc, tail)
        return tagged


# NON-SPEC: the field_name of an anonymous class that is the value of a field with a computed key
COMPUTED_FIELD_NAME = object()


class ClassRecord:
    """NON-SPEC: the state of one evaluation of a class definition between its steps: the
    constructor F, the prototype and the lists ClassDefinitionEvaluation collects (steps 22-25;
    ``static_elements`` holds the static private methods too, as ("method", PrivateName))."""

    __slots__ = ("F", "proto", "instance_methods", "instance_fields", "static_elements")

    def __init__(self, F: Any, proto: Any) -> None:
        self.F = F
        self.proto = proto
        self.instance_methods: list[Any] = []
        self.instance_fields: list[Any] = []
        self.static_elements: list[tuple[str, Any]] = []


class ClassTemplate:
    """NON-SPEC: a compiled class definition, shared by both tiers. ClassDefinitionEvaluation
    (sec-runtime-semantics-classdefinitionevaluation) is, for either tier: ``class_env``, the
    heritage evaluated in that environment (by the caller), ``begin`` with its value, then
    ``elements[i](class_env, record, key)`` for each ClassElement in order, the caller first
    evaluating a computed key in the class environment and applying ToPropertyKey (the
    element's ``computed[i]`` is then its node), and ``finish``. A tier that evaluates those
    parts itself (the emitter, where a ``yield``/``await`` in them suspends the emitted body)
    calls the same steps."""

    __slots__ = ("scope", "heritage_scope", "class_name", "name_slot", "private_names", "ctor_code", "derived",
                 "elements", "computed", "size")

    def __init__(self, scope: Scope, class_name: str | None, name_slot: int | None,
                 private_names: list[tuple[int, str, str]], ctor_code: FunctionCode, derived: bool,
                 elements: list[Callable[[Any, ClassRecord, Any], None]], computed: list[Any]) -> None:
        self.scope = scope                   # the class scope: the inner name binding, the Private Names
        self.heritage_scope = scope          # the same seen from the heritage (no Private Names)
        self.class_name = class_name         # the class's own name (the inner binding), or None
        self.name_slot = name_slot
        self.private_names = private_names   # (slot, '#x', kind)
        self.ctor_code = ctor_code
        self.derived = derived               # ClassHeritage is present
        self.elements = elements             # ClassElementEvaluation of each NonConstructorElement
        self.computed = computed             # each element's node when its key is computed, else None
        self.size = scope.size

    def class_env(self, env: Any) -> Env:
        """Steps 1-6: classEnv, its inner name binding uninitialised, and a new Private Name for
        each private identifier the body declares (kept in slots of classEnv)."""
        cenv = Env([MISSING] * self.size, env)
        for idx, pname, kind in self.private_names:
            cenv.vars[idx] = PrivateName(pname, kind)
        return cenv

    def begin(self, cenv: Env, superclass: Any = MISSING, name: Any = MISSING) -> ClassRecord:
        """Steps 7-8 after the heritage's evaluation (``superclass``: its value, MISSING when
        there is none), then steps 9-25: the prototype and the constructor F. ``name``: a
        className known only at run time (NamedEvaluation with a computed key)."""
        realm = cenv.glob.realm
        if superclass is MISSING:
            proto_parent: Any = realm.object_prototype
            ctor_parent: Any = realm.function_prototype
        elif superclass is NULL:
            proto_parent = None
            ctor_parent = realm.function_prototype
        elif not is_constructor(superclass):
            throw_type_error("Class extends value " + value_text(superclass) + " is not a constructor or null")
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
        F = ECMAFunction(self.ctor_code, cenv, ctor_parent, realm)
        if name is not MISSING:
            set_function_name(F, name)
        F.lazy_proto = False
        F.home_object = proto
        F.props["prototype"] = Prop(proto, 0)
        proto.props["constructor"] = Prop(F, W | C)
        return ClassRecord(F, proto)

    def run_elements(self, cenv: Env, record: ClassRecord, start: int, stop: int) -> None:
        """Step 26 for the elements ``start`` to ``stop`` (none with a computed key)."""
        elements = self.elements
        for i in range(start, stop):
            elements[i](cenv, record, None)

    def finish(self, cenv: Env, record: ClassRecord) -> Any:
        """Steps 27-34: the inner name binding initialised, the instance elements recorded on F,
        then the static private methods, static fields and static blocks in order."""
        F = record.F
        if record.instance_methods or record.instance_fields:
            F.class_fields = (record.instance_methods, record.instance_fields)
        if self.name_slot is not None:
            cenv.vars[self.name_slot] = F
        static_elements = record.static_elements
        for kind, item in static_elements:
            if kind == "method":
                item.add_method(F)
        for kind, item in static_elements:
            if kind == "field":
                define_field(F, item)
            elif kind == "block":
                item.call(F, [])
        return F


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
                throw_type_error(super_not_constructor(parent, func))
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


def super_not_constructor(parent: Any, func: Any) -> str:
    """NON-SPEC (V8): the message of the TypeError a derived constructor throws when its
    parent (``func``'s [[GetPrototypeOf]]) is not a constructor: ``Super constructor null of A
    is not a constructor``, the parent as V8 shows it (a function by its name, null when it
    has none) and the class by its name (read without running JS)."""
    if isinstance(parent, JSObject):
        shown = (data_name(parent) or "null") if parent.is_callable else receiver_display(parent)
    else:
        shown = "null" if parent is NULL or parent is None else to_display(parent)
    return f"Super constructor {shown} of {data_name(func) or 'anonymous class'} is not a constructor"


def super_base(func: Any, this: Any) -> Any:
    """GetSuperBase (sec-getsuperbase) after GetThisBinding (a derived constructor's ``this``
    is MISSING until super() binds it): the home object's prototype."""
    if this is MISSING:
        throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
    home = func.home_object if func is not None else None
    if home is None:
        throw_type_error("'super' keyword unexpected here")
    return home.get_prototype_of()


def super_property_key(proto: Any, raw: Any) -> Any:
    """The computed key of a super property reference as GetValue uses it (sec-getvalue step
    3): ToObject of the base first (a null base throws), then ToPropertyKey."""
    if proto is NULL:
        throw_type_error("Cannot read properties of null" + (f" (reading '{raw}')" if type(raw) is str else ""))
    return to_property_key(raw)


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
        throw_type_error(super_not_constructor(super_ctor, fenv.func))
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
