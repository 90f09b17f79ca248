"""Compiling expressions (sec-ecmascript-language-expressions) into closures ``f(env) -> value``."""
from __future__ import annotations

from math import trunc
from typing import Any, Callable

from pyjsvm.syntax.digits import decimal_to_int
from pyjsvm.runtime.agent import check_stop_compiling, get_agent, throw_type_error
from pyjsvm.compiler.core import Closure, ScopeResolver
from pyjsvm.compiler.specialize import INLINE_OPS, INT32_OPS, specialise
from pyjsvm.runtime.objects import A, C, W, BuiltinFunction, JSArray, JSObject, Prop, array_index, index_sets_stay_own
from pyjsvm.runtime.exotic.typed_array import JSTypedArray, typed_array_get_element, typed_array_set_element
from pyjsvm.runtime.exotic.html_dda import HTMLDDAObject
from pyjsvm.runtime.operations import (
    construct, create_data_property, enumerable_own_value, is_constructor, is_loosely_equal,
    is_strictly_equal, key_display, receiver_display, set_failure_message, to_boolean, to_numeric, to_object, to_property_key,
    index_key,
    to_string, typeof, to_display,
)
from pyjsvm.runtime.operators import (
    BINARY_OPERATORS,
    MAX_STRING_LENGTH,
    NUMBER_OPS, binary_op, bitwise_not, increment, js_add, js_in, number_divide, number_remainder, unary_minus, js_instanceof,
    concat_strings,
)
from pyjsvm.runtime.values import MISSING, NULL, JSBigInt, JSSymbol
from pyjsvm.regexp.validate import validate_regexp_literal
from pyjsvm.runtime.functions import SPECIAL_BUILTINS, create_arguments_object, prepare_tail_call, set_function_name
from pyjsvm.syntax.scope import is_apply_arguments_call
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.runtime.agent import throw_reference_error, throw_syntax_error
from pyjsvm.runtime.operations import to_number
from pyjsvm.runtime.iteration import iterate_to_list
from pyjsvm.compiler.core import _offset, dynamic_this, get_dynamic_ref, lookup_dynamic, not_defined, put_dynamic_ref


def literal_value(node: Any) -> Any:
    """The value of a Literal that is not a regular expression (sec-literals-runtime-semantics-evaluation)."""
    big = getattr(node, "bigint", None)
    if big is not None:
        return JSBigInt(decimal_to_int(big))
    v = node.value
    if v is None:
        return NULL
    if type(v) is bool or type(v) is float:
        return v
    if type(v) is int:
        try:
            return float(v)
        except OverflowError:
            return float("inf")
    return python_string_to_js(v)


def get_member_of_primitive(o: Any, key: Any, pos: Any) -> Any:
    """GetValue on a property reference whose base is a primitive (sec-getvalue)."""
    t = type(o)
    if t is str:
        if key == "length":
            return float(len(o))
        sp = get_agent().realm.intrinsics["%String.prototype%"]  # type: ignore[union-attr]
        if type(key) is str:
            if key and "0" <= key[0] <= "9":  # (an array index starts with a digit)
                i = array_index(key)
                if 0 <= i < len(o):
                    return o[i]
            # NON-SPEC fast path: a data property of %String.prototype% itself (its methods),
            # read without its [[Get]]: its [[StringData]] is "", so no key is a string index
            # of its own (nor of a primitive string, past the check above)
            v = sp.props.get(key, MISSING)
            if type(v) is Prop:
                if not v.flags & A and v.value is not MISSING:
                    return v.value
            elif v is not MISSING:
                return v
        return sp.get(key, o)  # type: ignore[union-attr]
    if o is None or o is NULL:
        throw_type_error(f"Cannot read properties of {'undefined' if o is None else 'null'} (reading '{to_string(key_display(key))}')")
    if t is float or t is bool:
        # NON-SPEC: ToObject's wrapper has no own properties and an ordinary [[Get]], so the
        # lookup starts at its prototype (the receiver stays the primitive), no wrapper made
        proto = get_agent().realm.intrinsics["%Number.prototype%" if t is float else "%Boolean.prototype%"]  # type: ignore[union-attr]
        return proto.get(key, o)
    return to_object(o).get(key, o)


def put_member(o: Any, key: Any, v: Any, strict: bool, pos: Any = None) -> None:
    """PutValue on a property reference (sec-putvalue)."""
    if type(o) is JSObject:
        # NON-SPEC fast path: overwrite an own plain data property of an ordinary object
        props = o.props
        cur = props.get(key, MISSING)
        if cur is not MISSING and type(cur) is not Prop:
            props[key] = v
            return
    if isinstance(o, JSObject):
        if not o.set(key, v, o) and strict:
            throw_type_error(set_failure_message(o, key))
        return
    if o is None or o is NULL:
        throw_type_error(f"Cannot set properties of {'undefined' if o is None else 'null'} (setting '{to_string(key_display(key))}')")
    wrapper = to_object(o)
    ok = wrapper.set(key, v, o)
    if not ok and strict:
        # NON-SPEC (V8's messages): a string's index or length is read-only, any other is new
        shown = o if type(o) is str else to_display(o)
        k = to_string(key_display(key))
        if wrapper.get_own_property(key) is not None:
            throw_type_error(f"Cannot assign to read only property '{k}' of {typeof(o)} '{shown}'")
        throw_type_error(f"Cannot create property '{k}' on {typeof(o)} '{shown}'")


def get_inherited_index(o: Any, p: Any, i: int, key: str) -> Any:
    """OrdinaryGet (sec-ordinaryget) of the array index ``i`` (``key`` its String) that ``o``, an
    ordinary object or an array, lacks as an own property, from its prototype ``p`` on. NON-SPEC
    (speed): along dense arrays (an element, or none: runtime/objects.JSArray's invariant) and
    objects that keep every own property in ``props`` (a plain stored value is the answer), as
    JSObject.get walks them; a Prop (an accessor, a read-only or lazy property) is its holder's
    [[Get]], and any other object's [[Get]] the rest of the walk, with ``o`` as the receiver."""
    while p is not None:
        if p.simple_props:
            v = p.props.get(key, MISSING)
            if v is not MISSING:
                return p.get(key, o) if type(v) is Prop else v
        elif type(p) is JSArray and p.dense is not None:
            d = p.dense
            if i < len(d) and (v := d[i]) is not MISSING:
                return v
        else:
            return p.get(key, o)
        p = p.proto
    return None


def get_index(o: Any, k: Any, pos: Any = None) -> Any:
    """o[k] with the NON-SPEC fast paths for arrays, ordinary objects and strings indexed by
    an integral float."""
    if type(k) is float:
        if type(o) is JSArray:
            d = o.dense
            if d is not None and 0 <= k < 4294967295.0:  # (NaN and the infinities fail it: int() would raise)
                i = int(k)
                if i == k:
                    if i < len(d):
                        v = d[i]
                        if v is not MISSING:
                            return v
                    # NON-SPEC: a hole, or past the end: no own element (JSArray's invariant),
                    # its key as to_property_key makes it
                    return get_inherited_index(o, o.proto, i, index_key(i))
        elif type(o) is JSObject:
            # NON-SPEC: an ordinary object's own plain data property, else along its chain, by
            # an array index (its key made as to_property_key makes it)
            if 0 <= k < 4294967295.0:
                i = int(k)
                if i == k:
                    key = index_key(i)
                    v = o.props.get(key, MISSING)
                    if v is MISSING:
                        return get_inherited_index(o, o.proto, i, key)
                    return o.get(key, o) if type(v) is Prop else v
        elif type(o) is str:
            if 0 <= k < len(o):  # (NaN and the infinities fail it)
                i = int(k)
                if i == k:
                    return o[i]
        elif type(o) is JSTypedArray:
            f = o.fast
            if f is not None and k - k == 0:
                # NON-SPEC fast path: an in-bounds element of a typed array with a memoryview
                i = int(k)
                if i == k and 0 <= i < len(f):
                    v = f[i]
                    return v if type(v) is float else float(v)
            # NON-SPEC: a Number key is a canonical numeric string (-0 names index 0)
            return typed_array_get_element(o, k + 0.0)
    elif o is None or o is NULL:
        throw_type_error(f"Cannot read properties of {'undefined' if o is None else 'null'} (reading '{to_string(key_display(to_property_key(k)) if not isinstance(k, JSObject) else 'object')}')")
    key = to_property_key(k)
    if isinstance(o, JSObject):
        return o.get(key, o)
    return get_member_of_primitive(o, key, pos)


def set_index(o: Any, k: Any, v: Any, strict: bool, pos: Any = None) -> None:
    """PutValue on ``o[k]``; ``pos`` (emitted code passes it) names the access site for stack traces."""
    if type(k) is float and type(o) is JSArray:
        d = o.dense
        if d is not None and k - k == 0.0:  # a finite Number
            i = int(k)
            if i == k:
                n = len(d)
                if 0 <= i < n and (d[i] is not MISSING or o.extensible and (index_sets_stay_own(o)
                                                                            or _no_index_on_protos(o, i))):
                    d[i] = v  # (NON-SPEC fast path: filling a hole creates the element)
                    return
                if i == n and o.extensible and o.length_writable and (index_sets_stay_own(o) or _no_index_on_protos(o, i)):
                    # NON-SPEC fast path: appending a[a.length] = v to a dense array
                    d.append(v)
                    o.length = i + 1
                    return
    if type(k) is float and type(o) is JSTypedArray and type(v) is float and 0.0 <= k < o.fast_n:
        # NON-SPEC fast path: TypedArraySetElement of a Number at an in-bounds index of a typed
        # array with a fast view: within the element type's bounds as emitted code stores it
        # (JSTypedArray.__init__), else ToIntN / ToUintN done inline; NaN, the infinities and
        # Uint8Clamped's values to clamp take the slow path
        i = trunc(k)
        if i == k:
            if o.fast_lo < v < o.fast_hi:
                o.fast[i] = o.fast_conv(v)
                return
            m = o.fast_mask
            if m >= 0 and v - v == 0:
                x = int(v) & m
                if x > o.fast_smax:
                    x -= m + 1
                o.fast[i] = x
                return
    if type(k) is float and type(o) is JSTypedArray and not o.buffer.immutable:
        # NON-SPEC: a Number key is a canonical numeric string (-0 names index 0); the receiver
        # is the typed array itself, so [[Set]] is TypedArraySetElement
        typed_array_set_element(o, k + 0.0, v)
        return
    if o is None or o is NULL:
        key = to_property_key(k)
        throw_type_error(f"Cannot set properties of {'undefined' if o is None else 'null'} (setting '{to_string(key_display(key))}')")
    put_member(o, to_property_key(k), v, strict)


def _no_index_on_protos(o: JSArray, i: int) -> bool:
    """NON-SPEC: whether no object on ``o``'s prototype chain has (or could intercept) index ``i``."""
    key = None
    p = o.proto
    while p is not None:
        if type(p) is JSArray:
            pd = p.dense
            if pd is None or i < len(pd):
                return False
            # a dense array has no element at or beyond its length (JSArray's invariant)
        elif not p.simple_props:
            return False
        else:
            if key is None:
                key = str(i)
            if key in p.props:
                return False
        p = p.proto
    return True


def delete_property(o: Any, k: Any, strict: bool, computed: bool = False) -> bool:
    """The delete operator on a property reference (sec-delete-operator-runtime-semantics-evaluation
    steps 5.a-e): ToObject of the base, then (``computed``) ToPropertyKey of the key, [[Delete]];
    a false result throws in strict code."""
    obj = to_object(o)
    if computed:
        k = to_property_key(k)
    ok = obj.delete(k)
    if not ok and strict:
        throw_type_error(f"Cannot delete property '{to_string(key_display(k))}' of {receiver_display(obj)}")
    return ok  # type: ignore[no-any-return]


def delete_global_binding(glob: Any, name: str) -> bool:
    """``delete name`` of a name no declarative environment binds (step 5: the global
    Environment Record's DeleteBinding, sec-global-environment-records-deletebinding)."""
    if name in glob.lex:
        return False
    return glob.obj.delete(name)  # type: ignore[no-any-return]


def delete_dynamic_binding(env: Any, steps: Any, name: str) -> bool:
    """``delete name`` of a name resolved at run time (inside ``with``, beside sloppy eval):
    DeleteBinding of the environment that has it (an unresolvable reference: true)."""
    found, holder, _ = lookup_dynamic(env, steps, name)
    if found == "object":
        return holder.delete(name)  # type: ignore[no-any-return]
    if found == "extra":
        del holder[name]
        return True
    return found == "none"


# NON-SPEC: RegExpCreate for a literal in one call, ``(realm, pattern, flags) -> object``, which
# pyjsvm/intrinsics/regexp.py puts here (a later layer)
REGEXP_CREATE: list[Any] = []


def regexp_literal(glob: Any, pattern: str, flags: str) -> Any:
    """RegularExpressionLiteral evaluation (sec-regular-expression-literals-runtime-semantics-evaluation):
    a new RegExp of the realm (the pattern was validated when it was compiled)."""
    realm = glob.realm
    ctor = realm.intrinsics.get("%RegExp%")
    if ctor is None:
        throw_syntax_error("Regular expressions are not supported yet")
    if REGEXP_CREATE:
        return REGEXP_CREATE[0](realm, pattern, flags)
    return construct(ctor, [pattern, flags])


def not_callable(desc: str, pos: Any) -> None:
    """Throw the TypeError for calling a non-callable (``pos`` is the call site)."""
    throw_type_error(f"{desc} is not a function")


def describe_callee(src: str) -> str:
    """The callee's source text for a "... is not a function" message: its whitespace runs as
    one space, at most 60 characters."""
    # NON-SPEC: normalise a growing prefix only (the normalised prefix is a prefix of the
    # normalised text): a callee nested in its own callee (``new new ... F``) split the whole
    # text at each level, quadratic in the nesting
    window = 128
    while True:
        text = " ".join(src[:window].split())
        if len(text) > 60 or window >= len(src):
            break
        window *= 2
    return text if len(text) <= 60 else text[:57] + "..."


def describe_iterable(node: Any, source: str) -> str:
    """NON-SPEC: the subject of a "... is not iterable" message (runtime/iteration.not_iterable)
    for the value of the expression ``node`` of ``source``, as V8 words it: the expression's
    text (as describe_callee gives it); for a call, its callee's, "is not a function or its
    return value"."""
    if node.type == "CallExpression":
        r = node.callee.range
        return describe_callee(source[r[0]:r[1]]) + " is not a function or its return value"
    return describe_callee(source[node.range[0]:node.range[1]])


def object_pattern_coercible(v: Any, key: str | None, subject: str | None) -> None:
    """RequireObjectCoercible (sec-requireobjectcoercible) of an object pattern's value, its
    TypeError in V8's words (NON-SPEC): ``key`` is the pattern's first property's name when it is
    not computed, ``subject`` the source text of the expression that gave the value (a
    declaration's initializer, an assignment's right side), else the value: "Cannot destructure
    property 'a' of 'o' as it is undefined."."""
    if v is None or v is NULL:
        x = "undefined" if v is None else "null"
        of = subject if subject is not None else x
        if key is not None:
            throw_type_error(f"Cannot destructure property '{key}' of '{of}' as it is {x}.")
        throw_type_error(f"Cannot destructure '{of}' as it is {x}.")


def pattern_subjects(node: Any, source: str, assign: bool = False) -> tuple[str | None, str | None]:
    """NON-SPEC: for a pattern whose value is the expression ``node`` of ``source`` (None: not
    an expression's), the subjects of its TypeErrors: (object_pattern_coercible's,
    not_iterable's). As V8 words them, an assignment's array pattern names its value instead."""
    if node is None:
        return None, None
    return describe_callee(source[node.range[0]:node.range[1]]), None if assign else describe_iterable(node, source)


def first_pattern_key(node: Any, key_of: Callable[[Any], Any]) -> str | None:
    """NON-SPEC: the name of an object pattern's first property when it is not computed (for
    object_pattern_coercible's message); ``key_of(property)`` its static key."""
    props = node.properties
    if not props or props[0].type == "RestElement" or props[0].computed:
        return None
    k = key_of(props[0])
    return k if type(k) is str else None


# NON-SPEC: the depth of left-nested binary expressions past which ExpressionCompiler compiles
# them as one chain (binary_chain)
BINARY_CHAIN = 32


def _long_chain(node: Any) -> bool:
    """Whether ``node`` (a binary or logical expression) heads a chain of more than BINARY_CHAIN
    left operands of its own type (``1 + 1 + ... + 1``), compiled by a loop, not by recursion."""
    left, depth = node.left, 0
    while left.type == node.type and depth <= BINARY_CHAIN:
        left = left.left
        depth += 1
    return depth > BINARY_CHAIN


class ExpressionCompiler(ScopeResolver):
    """Mixin: ``expr(node)`` compiles an expression."""

    def expr(self, node: Any) -> Closure:
        check_stop_compiling()  # a run's timeout holds while its eval / Function code compiles
        m = getattr(self, "e_" + node.type, None)
        if m is None:
            raise self.error(node, f"Unsupported syntax: {node.type}")
        return m(node)

    def source_of(self, node: Any) -> str:
        r = node.range
        return self.ctx.source[r[0]:r[1]]

    # --- primary expressions -----------------------------------------------------------------
    def e_Literal(self, node: Any) -> Closure:
        regex = getattr(node, "regex", None)
        if regex is not None:
            pattern = python_string_to_js(regex.pattern)
            flags = regex.flags
            problem = validate_regexp_literal(pattern, flags)
            if problem is not None:
                raise self.error(node, problem)  # an early error (sec-regular-expression-literals-static-semantics-early-errors)

            return lambda env: regexp_literal(env.glob, pattern, flags)
        value = literal_value(node)
        return lambda env: value

    def e_Identifier(self, node: Any) -> Closure:
        if node.name == "undefined":
            kind, _ = self.resolve("undefined")
            if kind == "global":
                get = self.compile_identifier_get("undefined", node)

                def get_undefined(env: Any) -> Any:
                    g = env.glob
                    if not g.lex and g.obj.simple_props:
                        p = g.obj.props.get("undefined")
                        if type(p) is Prop and not p.flags & (W | C | A):
                            return p.value
                    return get(env)
                return get_undefined
        return self.compile_identifier_get(node.name, node)

    def e_ThisExpression(self, node: Any) -> Closure:
        depth = self.depth_to(self.this_scope())
        derived = self.this_scope().func_node is not None and self.this_scope().class_fields == "derived"
        if depth == 0 and not derived:
            return lambda env: env.this

        def get_this(env: Any) -> Any:
            for _ in range(depth):
                env = env.parent
            t = env.this
            if t is MISSING:
                throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
            return t
        return get_this

    def this_scope(self) -> Any:
        s: Any = self.ctx.scope
        while s is not None:
            if s.kind in ("script", "eval") and not s.is_arrow and s.kind != "eval":
                return s
            if s.kind == "function" and not s.is_arrow:
                return s
            if s.kind == "eval" and s.this_scope is s:
                return s
            s = s.parent
        return self.ctx.scope

    def e_TemplateLiteral(self, node: Any) -> Closure:
        parts: list[Any] = []
        for i, q in enumerate(node.quasis):
            cooked = python_string_to_js(q.value.cooked)
            if cooked:
                parts.append(cooked)
            if i < len(node.expressions):
                parts.append(self.expr(node.expressions[i]))

        def template(env: Any) -> Any:
            out = []
            for p in parts:
                if type(p) is str:
                    out.append(p)
                else:
                    v = p(env)
                    if type(v) is JSSymbol:
                        throw_type_error("Cannot convert a Symbol value to a string")
                    out.append(v if type(v) is str else to_string(v))
            return concat_strings(*out)
        return template

    def e_ArrayExpression(self, node: Any) -> Closure:
        items: list[tuple[int, Any]] = []  # (0 value | 1 hole | 2 spread, closure)
        simple = True
        for el in node.elements:
            if el is None:
                items.append((1, None))
                simple = False
            elif el.type == "SpreadElement":
                items.append((2, (self.expr(el.argument), describe_iterable(el.argument, self.ctx.source))))
                simple = False
            else:
                items.append((0, self.expr(el)))
        if simple:
            fs = [f for _, f in items]

            def array_literal(env: Any) -> Any:
                return JSArray(env.glob.realm.array_prototype, [f(env) for f in fs])
            return array_literal

        def array_literal_general(env: Any) -> Any:
            values: list[Any] = []
            for kind, f in items:
                if kind == 0:
                    values.append(f(env))
                elif kind == 1:
                    values.append(MISSING)
                else:
                    g, subject = f
                    values.extend(iterate_to_list(g(env), None, subject))
            return JSArray(env.glob.realm.array_prototype, values)
        return array_literal_general

    def property_key(self, prop: Any) -> tuple[Any, Closure | None]:
        """A property name: (static key, None) or (None, closure computing ToPropertyKey)."""
        key = prop.key
        if prop.computed:
            kf = self.expr(key)
            return None, lambda env: to_property_key(kf(env))
        if key.type == "Identifier":
            return python_string_to_js(key.name), None
        if key.type == "PrivateIdentifier":
            return None, None
        v = key.value
        if type(v) is str:
            return python_string_to_js(v), None
        if getattr(key, "bigint", None) is not None:
            return key.bigint, None
        return to_property_key(float(v)), None

    def e_ObjectExpression(self, node: Any) -> Closure:
        ops: list[Callable[[Any, Any], None]] = []
        all_simple = True
        simple_pairs: list[tuple[str, Closure]] = []
        for prop in node.properties:
            if prop.type == "SpreadElement":
                all_simple = False
                af = self.expr(prop.argument)

                def spread(env: Any, obj: Any, af: Closure = af) -> None:
                    copy_data_properties(obj, af(env), ())
                ops.append(spread)
                continue
            static_key, key_f = self.property_key(prop)
            kind = prop.kind
            is_proto_setter = (not prop.computed and not prop.shorthand and not getattr(prop, "method", False)
                               and kind == "init" and static_key == "__proto__")
            if is_proto_setter:
                all_simple = False
                vf = self.expr(prop.value)

                def set_proto(env: Any, obj: Any, vf: Closure = vf) -> None:
                    v = vf(env)
                    if isinstance(v, JSObject) or v is NULL:
                        obj.set_prototype_of(v)
                ops.append(set_proto)
                continue
            if kind == "init" and not getattr(prop, "method", False):
                vf = self.named_value(prop.value, static_key)
                if static_key is not None and all_simple:
                    simple_pairs.append((static_key, vf))
                    continue
                all_simple = False
                if static_key is not None:
                    def put_static(env: Any, obj: Any, k: Any = static_key, vf: Closure = vf) -> None:
                        create_data_property(obj, k, vf(env))
                    ops.append(put_static)
                elif prop.value.type == "ClassExpression" and prop.value.id is None:
                    # NamedEvaluation with the key's value, given to ClassDefinitionEvaluation
                    cf = self.compile_class(prop.value)  # type: ignore[attr-defined]

                    def put_computed_class(env: Any, obj: Any, kf: Any = key_f, cf: Any = cf) -> None:
                        k = kf(env)
                        create_data_property(obj, k, cf(env, k))
                    ops.append(put_computed_class)
                else:
                    needs_name = self.is_anonymous_function(prop.value)

                    def put_computed(env: Any, obj: Any, kf: Any = key_f, vf: Closure = vf, nn: bool = needs_name) -> None:
                        k = kf(env)
                        v = vf(env)
                        if nn:
                            set_function_name(v, k)
                        create_data_property(obj, k, v)
                    ops.append(put_computed)
                continue
            # methods, getters and setters
            all_simple = False
            ops.append(self.compile_method_definition(prop, static_key, key_f, enumerable=True))
        if all_simple:
            if not simple_pairs:
                return lambda env: JSObject(env.glob.realm.object_prototype)

            def object_literal(env: Any) -> Any:
                o = JSObject(env.glob.realm.object_prototype)
                props = o.props
                for k, f in simple_pairs:
                    props[k] = f(env)
                return o
            return object_literal

        pre = simple_pairs

        def object_literal_general(env: Any) -> Any:
            o = JSObject(env.glob.realm.object_prototype)
            for k, f in pre:
                o.props[k] = f(env)
            for op in ops:
                op(env, o)
            return o
        return object_literal_general

    def is_anonymous_function(self, node: Any) -> bool:
        """IsAnonymousFunctionDefinition (sec-isanonymousfunctiondefinition)."""
        t = node.type
        if t in ("FunctionExpression", "ClassExpression"):
            return node.id is None
        return t == "ArrowFunctionExpression"

    def named_value(self, node: Any, name: Any) -> Closure:
        """Evaluate ``node``, naming an anonymous function definition (NamedEvaluation)."""
        if name is not None and self.is_anonymous_function(node):
            return self.compile_function_expression(node, name)  # type: ignore[attr-defined]
        return self.expr(node)

    def compile_method_definition(self, prop: Any, static_key: Any, key_f: Any, enumerable: bool) -> Callable[[Any, Any], None]:
        raise NotImplementedError  # provided by FunctionCompiler

    def e_SequenceExpression(self, node: Any) -> Closure:
        fs = [self.expr(e) for e in node.expressions]

        def sequence(env: Any) -> Any:
            v = None
            for f in fs:
                v = f(env)
            return v
        return sequence

    # --- members ----------------------------------------------------------------------------------
    def e_MemberExpression(self, node: Any) -> Closure:
        if node.object.type == "Super":
            return self.compile_super_property_get(node)  # type: ignore[attr-defined]
        of = self.expr(node.object)
        pos = self.error_position(node)
        if node.property.type == "PrivateIdentifier":
            return self.compile_private_get(node, of)  # type: ignore[attr-defined]
        if not node.computed:
            key = python_string_to_js(node.property.name)

            def get_member(env: Any) -> Any:
                o = of(env)
                if type(o) is JSObject:
                    # NON-SPEC fast path: a plain data property of an ordinary object or of its
                    # ordinary prototype
                    v = o.props.get(key, MISSING)
                    if v is MISSING:
                        p = o.proto
                        if type(p) is JSObject:
                            v = p.props.get(key, MISSING)
                    if v is not MISSING and type(v) is not Prop:
                        return v
                    return o.get(key, o)
                if isinstance(o, JSObject):
                    return o.get(key, o)
                return get_member_of_primitive(o, key, pos)
            return get_member
        kf: Closure = self.expr(node.property)

        def get_computed(env: Any) -> Any:
            o = of(env)
            k = kf(env)
            if type(k) is float and type(o) is JSArray:
                d = o.dense
                if d is not None:
                    try:
                        i = int(k)
                    except (OverflowError, ValueError):
                        i = -1
                    if i == k and 0 <= i < len(d):
                        v = d[i]
                        if v is not MISSING:
                            return v
            return get_index(o, k, pos)
        return get_computed

    def e_ChainExpression(self, node: Any) -> Closure:
        inner = self.chain(node.expression)

        def chain(env: Any) -> Any:
            r = inner(env)
            return None if r is _SHORT else r
        return chain

    def chain(self, node: Any) -> Closure:
        """Compile inside an optional chain: returns _SHORT when short-circuited."""
        t = node.type
        if t == "MemberExpression" and node.object.type != "Super":
            of = self.chain(node.object)
            optional = node.optional
            pos = self.error_position(node)
            if node.property.type == "PrivateIdentifier":
                pget = self.private_reader(node)  # type: ignore[attr-defined]

                def chain_private(env: Any) -> Any:
                    o = of(env)
                    if o is _SHORT or (optional and (o is None or o is NULL)):
                        return _SHORT
                    return pget(env, o)
                return chain_private
            if node.computed:
                kf = self.expr(node.property)

                def chain_computed(env: Any) -> Any:
                    o = of(env)
                    if o is _SHORT or (optional and (o is None or o is NULL)):
                        return _SHORT
                    return get_index(o, kf(env), pos)
                return chain_computed
            key = python_string_to_js(node.property.name)

            def chain_member(env: Any) -> Any:
                o = of(env)
                if o is _SHORT or (optional and (o is None or o is NULL)):
                    return _SHORT
                if isinstance(o, JSObject):
                    return o.get(key, o)
                return get_member_of_primitive(o, key, pos)
            return chain_member
        if t == "CallExpression":
            return self.compile_call(node, in_chain=True)
        return self.expr(node)

    # --- calls ------------------------------------------------------------------------------------
    def compile_args(self, args: list[Any]) -> Callable[[Any], list[Any]]:
        return self.compile_args_parts(args)[0]

    def compile_args_parts(self, args: list[Any]) -> tuple[Callable[[Any], list[Any]], list[Closure] | None]:
        """The arguments' closure, and each argument's closure when there is no spread."""
        fs = None if any(a.type == "SpreadElement" for a in args) else [self.expr(a) for a in args]
        return self._args_closure(args, fs), fs

    def _args_closure(self, args: list[Any], compiled: list[Closure] | None) -> Callable[[Any], list[Any]]:
        if compiled is None:
            source = self.ctx.source
            parts = [(describe_iterable(a.argument, source), self.expr(a.argument)) if a.type == "SpreadElement"
                     else (None, self.expr(a)) for a in args]

            def spread_args(env: Any) -> list[Any]:
                out: list[Any] = []
                for subject, f in parts:
                    if subject is not None:
                        out.extend(iterate_to_list(f(env), None, subject, True))
                    else:
                        out.append(f(env))
                return out
            return spread_args
        fs = compiled
        n = len(fs)
        if n == 0:
            return lambda env: []
        if n == 1:
            a0 = fs[0]
            return lambda env: [a0(env)]
        if n == 2:
            a0, a1 = fs
            return lambda env: [a0(env), a1(env)]
        if n == 3:
            a0, a1, a2 = fs
            return lambda env: [a0(env), a1(env), a2(env)]
        return lambda env: [f(env) for f in fs]

    def e_CallExpression(self, node: Any) -> Closure:
        return self.compile_call(node, in_chain=False)

    def compile_call(self, node: Any, in_chain: bool) -> Closure:
        callee = node.callee
        argsf, plain_args = self.compile_args_parts(node.arguments)
        pos = self.error_position(node)
        desc = describe_callee(self.source_of(callee))
        optional = getattr(node, "optional", False)
        if callee.type == "Super":
            return self.compile_super_call(node, argsf)  # type: ignore[attr-defined]
        if not in_chain and is_apply_arguments_call(node):
            fast = self.compile_apply_arguments(node, desc, pos)
            if fast is not None:
                return fast
        if getattr(node, "_tail_call", False) and not in_chain and self.ctx.tail_calls:
            tail = self.compile_tail_call(node, argsf, desc, pos)
            if tail is not None:
                return tail
        if callee.type == "MemberExpression" and callee.object.type != "Super" and callee.property.type != "PrivateIdentifier":
            of = self.chain(callee.object) if in_chain else self.expr(callee.object)
            obj_optional = callee.optional
            if callee.computed:
                kf = self.expr(callee.property)
                key = None
            else:
                kf = None
                key = python_string_to_js(callee.property.name)

            def call_method(env: Any) -> Any:
                o = of(env)
                if in_chain and (o is _SHORT or (obj_optional and (o is None or o is NULL))):
                    return _SHORT
                if kf is None:
                    if type(o) is JSObject:
                        # NON-SPEC fast path (see runtime/objects.py): the method is a data
                        # property of the object or of ordinary objects on its prototype chain.
                        f = o.props.get(key, MISSING)
                        p = o.proto
                        while f is MISSING and p is not None and type(p) is JSObject:
                            f = p.props.get(key, MISSING)
                            p = p.proto
                        if type(f) is Prop and not f.flags & A:
                            f = f.value
                        elif f is MISSING or type(f) is Prop:
                            f = o.get(key, o)
                    elif isinstance(o, JSObject):
                        f = o.get(key, o)
                    else:
                        f = get_member_of_primitive(o, key, pos)
                else:
                    f = get_index(o, kf(env), pos)
                if optional and (f is None or f is NULL):
                    return _SHORT
                args = argsf(env)
                if isinstance(f, JSObject) and f.is_callable:
                    return f.call(o, args)
                not_callable(desc, pos)
            return call_method
        def call_with(env: Any, this: Any, f: Any) -> Any:
            """The call itself, once the callee and its this value are known."""
            if optional and (f is None or f is NULL):
                return _SHORT
            args = argsf(env)
            if isinstance(f, JSObject) and f.is_callable:
                return f.call(this, args)
            not_callable(desc, pos)

        if callee.type == "ChainExpression" and callee.expression.type == "MemberExpression" \
                and callee.expression.object.type != "Super" and callee.expression.property.type != "PrivateIdentifier":
            # `(a?.b)()`: a parenthesized chain still gives a reference, so the call keeps a as
            # its this (sec-function-calls-runtime-semantics-evaluation); a short-circuited chain
            # is undefined, which is not callable
            member = callee.expression
            mof = self.chain(member.object)
            member_optional = member.optional
            mkf = self.expr(member.property) if member.computed else None
            mkey = None if member.computed else python_string_to_js(member.property.name)

            def call_chain_ref(env: Any) -> Any:
                o = mof(env)
                if o is _SHORT or (member_optional and (o is None or o is NULL)):
                    return call_with(env, None, None)
                if mkf is not None:
                    return call_with(env, o, get_index(o, mkf(env), pos))
                if isinstance(o, JSObject):
                    return call_with(env, o, o.get(mkey, o))
                return call_with(env, o, get_member_of_primitive(o, mkey, pos))
            return call_chain_ref
        if callee.type in ("ChainExpression", "MemberExpression"):
            # super.m(), obj.#m() and `(o?.#m)()`: evaluate the reference, call with its this
            member = callee.expression if callee.type == "ChainExpression" else callee
            if member.type == "MemberExpression":
                ref = self.compile_reference(member, in_chain or callee.type == "ChainExpression")  # type: ignore[attr-defined]
                is_super = member.object.type == "Super"
                short_is_undefined = callee.type == "ChainExpression"

                def call_ref(env: Any) -> Any:
                    r = ref(env, True)
                    if r is _SHORT:
                        return call_with(env, None, None) if short_is_undefined else _SHORT
                    base, _, f = r
                    return call_with(env, base[0] if is_super else base, f)
                return call_ref
        if callee.type == "Identifier" and callee.name == "eval" and not optional:
            return self.compile_direct_eval(node, argsf)  # type: ignore[attr-defined]
        ff = self.chain(callee) if in_chain else self.expr(callee)
        with_base = None
        if callee.type == "Identifier":
            kind, _ = self.resolve(callee.name)
            if kind == "dynamic":
                with_base = self.compile_with_base_lookup(callee.name)

        if not in_chain and not optional and with_base is None and plain_args is not None and len(plain_args) <= 2:
            # NON-SPEC fast paths: a plain call f(a), f(a, b), f() with the arguments built inline
            if callee.type == "Identifier" and self.resolve(callee.name)[0] == "global":
                return self.call_global(callee.name, ff, plain_args, desc, pos)
            if len(plain_args) == 1:
                a0 = plain_args[0]

                def call_1(env: Any) -> Any:
                    f = ff(env)
                    args = [a0(env)]
                    if isinstance(f, JSObject) and f.is_callable:
                        return f.call(None, args)
                    not_callable(desc, pos)
                return call_1
            if len(plain_args) == 2:
                a0, a1 = plain_args

                def call_2(env: Any) -> Any:
                    f = ff(env)
                    args = [a0(env), a1(env)]
                    if isinstance(f, JSObject) and f.is_callable:
                        return f.call(None, args)
                    not_callable(desc, pos)
                return call_2

            def call_0(env: Any) -> Any:
                f = ff(env)
                if isinstance(f, JSObject) and f.is_callable:
                    return f.call(None, [])
                not_callable(desc, pos)
            return call_0

        if with_base is not None:
            # a name that a with statement may bind: one ResolveBinding gives both the
            # function and its this value (sec-evaluatecall step 1.b, WithBaseObject)
            name = callee.name
            steps = self.resolve(name)[1]
            strict = self.ctx.strict
            callee_pos = self.position(callee)

            def call_dynamic(env: Any) -> Any:
                ref = lookup_dynamic(env, steps, name)
                f = get_dynamic_ref(ref, name, callee_pos, False, strict)
                if optional and (f is None or f is NULL):
                    return _SHORT
                this = dynamic_this(ref, env)
                args = argsf(env)
                if isinstance(f, JSObject) and f.is_callable:
                    return f.call(this, args)
                not_callable(desc, pos)
            return call_dynamic

        def call_function(env: Any) -> Any:
            f = ff(env)
            if f is _SHORT:
                return _SHORT
            if optional and (f is None or f is NULL):
                return _SHORT
            args = argsf(env)
            if isinstance(f, JSObject) and f.is_callable:
                return f.call(None, args)
            not_callable(desc, pos)
        return call_function

    def compile_tail_call(self, node: Any, argsf: Callable[[Any], list[Any]], desc: str, pos: Any) -> Closure | None:
        """A call in tail position (syntax/tail_calls.py): EvaluateCall with tailPosition true
        (sec-evaluatecall), the callable check at the call site, then PrepareForTailCall and
        Call (runtime/functions.prepare_tail_call). None for the callees left to the ordinary
        call (super and private members, names a with statement may bind)."""
        callee = node.callee
        if callee.type == "MemberExpression":
            if callee.object.type == "Super" or callee.property.type == "PrivateIdentifier":
                return None
            of = self.expr(callee.object)
            kf = self.expr(callee.property) if callee.computed else None
            key = None if callee.computed else python_string_to_js(callee.property.name)

            def tail_call_method(env: Any) -> Any:
                o = of(env)
                if kf is not None:
                    f = get_index(o, kf(env), pos)
                elif isinstance(o, JSObject):
                    f = o.get(key, o)
                else:
                    f = get_member_of_primitive(o, key, pos)
                args = argsf(env)
                if isinstance(f, JSObject) and f.is_callable:
                    return prepare_tail_call(f, o, args)
                not_callable(desc, pos)
            return tail_call_method
        if callee.type == "Identifier":
            if callee.name == "eval":
                return self.compile_direct_eval(node, argsf, tail=True)  # type: ignore[attr-defined]
            if self.resolve(callee.name)[0] == "dynamic":
                return None
        elif callee.type == "ChainExpression":
            return None
        ff = self.expr(callee)

        def tail_call_function(env: Any) -> Any:
            f = ff(env)
            args = argsf(env)
            if isinstance(f, JSObject) and f.is_callable:
                return prepare_tail_call(f, None, args)
            not_callable(desc, pos)
        return tail_call_function

    def compile_apply_arguments(self, node: Any, desc: str, pos: Any) -> Closure | None:
        """NON-SPEC: ``f.apply(x, arguments)`` in a function that makes no arguments object
        (Scope.raw_args_slot): when ``apply`` is %Function.prototype.apply% and ``f`` is callable,
        ``f`` is called with a copy of the argument list (in a sloppy function, the parameters'
        current values, as the mapped arguments object would show them); otherwise the
        arguments object is made then (once) and the call is the ordinary one."""
        s: Any = self.ctx.scope
        while s is not None and s.kind != "function":
            if "arguments" in s.names or s.kind == "with":
                return None
            s = s.parent
        if s is None or s.is_arrow or s.raw_args_slot is None or "arguments" in s.names:
            return None
        kind, data = self.resolve("%args")
        if kind != "slot":
            return None
        depth, idx = data[0], data[1]
        mapped_n = 0 if s.strict else s.raw_args_nparams
        mapped = None if s.strict else [(n, i) for n, i in s.names.items() if i < mapped_n]
        of = self.expr(node.callee.object)
        tf = self.expr(node.arguments[0])
        apply_impl = SPECIAL_BUILTINS["apply"]

        def apply_arguments(env: Any) -> Any:
            o = of(env)
            f = o.get("apply", o) if isinstance(o, JSObject) else get_member_of_primitive(o, "apply", pos)
            this_arg = tf(env)
            fenv = env
            for _ in range(depth):
                fenv = fenv.parent
            raw = fenv.vars[idx]
            if type(raw) is list:
                if type(f) is BuiltinFunction and f.impl is apply_impl and isinstance(o, JSObject) and o.is_callable:
                    if mapped_n:
                        vs = fenv.vars
                        return o.call(this_arg, [vs[i] if i < mapped_n else raw[i] for i in range(len(raw))])
                    return o.call(this_arg, raw[:])
                raw = fenv.vars[idx] = create_arguments_object(fenv.func, fenv, raw, mapped)
            if isinstance(f, JSObject) and f.is_callable:
                return f.call(o, [this_arg, raw])
            not_callable(desc, pos)
        return apply_arguments

    def call_global(self, name: str, ff: Closure, plain_args: list[Closure], desc: str, pos: Any) -> Closure:
        """NON-SPEC fast path: calling a global function, reading the global inline."""
        n = len(plain_args)
        a0 = plain_args[0] if n > 0 else None
        a1 = plain_args[1] if n > 1 else None

        def call_global_function(env: Any) -> Any:
            g = env.glob
            f = MISSING
            if not g.lex:
                obj = g.obj
                if obj.simple_props:
                    v = obj.props.get(name, MISSING)
                    if type(v) is Prop:
                        if not v.flags & A:
                            f = v.value
                    else:
                        f = v
                else:
                    f = obj.lookup_binding(name)
            if f is MISSING:
                f = ff(env)
            if n == 1:
                args = [a0(env)]  # type: ignore[misc]
            elif n == 2:
                args = [a0(env), a1(env)]  # type: ignore[misc]
            else:
                args = []
            if isinstance(f, JSObject) and f.is_callable:
                return f.call(None, args)
            not_callable(desc, pos)
        return call_global_function

    def compile_with_base_lookup(self, name: str) -> Closure:
        """The this value of a call through a with-object binding (sec-evaluatecall step 1.b)."""
        _, steps = self.resolve(name)

        def base(env: Any) -> Any:
            found, holder, _ = lookup_dynamic(env, steps, name)
            if found == "object" and holder is not env.glob.obj:
                return holder
            return None
        return base

    def e_NewExpression(self, node: Any) -> Closure:
        cf = self.expr(node.callee)
        argsf = self.compile_args(node.arguments)
        desc = describe_callee(self.source_of(node.callee))
        pos = self.position(node)

        def new(env: Any) -> Any:
            c = cf(env)
            args = argsf(env)
            if not is_constructor(c):
                throw_type_error(f"{desc} is not a constructor")
            _ = pos
            return c.construct(args, c)
        return new

    # --- unary and update -----------------------------------------------------------------------
    def e_UnaryExpression(self, node: Any) -> Closure:
        op = node.operator
        arg = node.argument
        if op == "typeof":
            if arg.type == "Identifier":
                f = self.compile_identifier_get(arg.name, arg, for_typeof=True)
            else:
                f = self.expr(arg)
            return lambda env: typeof(f(env))
        if op == "delete":
            return self.compile_delete(arg)
        f = self.expr(arg)
        if op == "!":
            return lambda env: not to_boolean(f(env))
        if op == "-":
            def neg(env: Any) -> Any:
                v = f(env)
                if type(v) is float:
                    return -v
                return unary_minus(v)
            return neg
        if op == "+":
            def plus(env: Any) -> Any:
                v = f(env)
                if type(v) is float:
                    return v
                return to_number(v)
            return plus
        if op == "~":
            return lambda env: bitwise_not(f(env))
        if op == "void":
            def void(env: Any) -> Any:
                f(env)
                return None
            return void
        raise self.error(node, f"Unknown unary operator {op}")

    def compile_delete(self, arg: Any) -> Closure:
        """The delete operator (sec-delete-operator-runtime-semantics-evaluation)."""
        strict = self.ctx.strict
        if arg.type == "ChainExpression":
            inner = arg.expression
            if inner.type == "MemberExpression":
                of = self.chain(inner.object)
                kf2 = self.expr(inner.property) if inner.computed else None
                key2 = None if inner.computed else python_string_to_js(inner.property.name)
                optional = inner.optional

                def delete_chain(env: Any) -> Any:
                    o = of(env)
                    if o is _SHORT or (optional and (o is None or o is NULL)):
                        return True
                    k = to_property_key(kf2(env)) if kf2 is not None else key2
                    obj = to_object(o)
                    ok = obj.delete(k)
                    if not ok and strict:
                        throw_type_error(f"Cannot delete property '{to_string(key_display(k))}' of {receiver_display(obj)}")
                    return ok
                return delete_chain
            f = self.expr(arg)
            return lambda env: (f(env), True)[1]
        if arg.type == "MemberExpression":
            if arg.object.type == "Super":
                # the super reference is evaluated (this binding first, then the key: sec-super-keyword-
                # runtime-semantics-evaluation), then delete throws (sec-delete-operator step 4)
                base0 = self.super_base_getter()  # type: ignore[attr-defined]
                kf0 = self.expr(arg.property) if arg.computed else None

                def delete_super(env: Any) -> Any:
                    base0(env)
                    if kf0 is not None:
                        kf0(env)
                    throw_reference_error("Unsupported reference to 'super'")
                return delete_super
            of = self.expr(arg.object)
            kf = self.expr(arg.property) if arg.computed else None
            key = None if arg.computed else python_string_to_js(arg.property.name)

            def delete_member(env: Any) -> Any:
                o = of(env)
                if kf is None:
                    return delete_property(o, key, strict)
                return delete_property(o, kf(env), strict, True)
            return delete_member
        if arg.type == "Identifier":
            name = arg.name
            kind, data = self.resolve(name)
            if kind == "slot":
                return lambda env: False
            if kind == "global":
                return lambda env: delete_global_binding(env.glob, name)
            steps = data
            return lambda env: delete_dynamic_binding(env, steps, name)
        f = self.expr(arg)

        def delete_value(env: Any) -> Any:
            f(env)
            return True
        return delete_value

    def e_UpdateExpression(self, node: Any) -> Closure:
        delta = 1 if node.operator == "++" else -1
        prefix = node.prefix

        def compute(old: Any) -> tuple[Any, Any]:
            if type(old) is float:
                return old, old + delta
            n = to_numeric(old)
            return n, increment(n, delta)
        arg = node.argument
        if arg.type == "Identifier":
            get = self.compile_identifier_get(arg.name, arg)
            put = self.compile_identifier_set(arg.name, arg)
            kind, data = self.resolve(arg.name, _offset(arg))
            if kind == "dynamic":
                def dyn_step(env: Any, old: Any) -> Any:
                    o, n = compute(old)
                    return (n if prefix else o), n
                return self.compile_dynamic_update(arg, dyn_step)
            if kind == "slot" and data[0] == 0 and not data[2] and not data[3] and not data[4]:
                idx = data[1]

                def update_local(env: Any) -> Any:
                    vs = env.vars
                    old = vs[idx]
                    if type(old) is float:
                        new = old + delta
                        vs[idx] = new
                        return new if prefix else old
                    o, n = compute(old)
                    vs[idx] = n
                    return n if prefix else o
                return update_local

            def update_var(env: Any) -> Any:
                o, n = compute(get(env))
                put(env, n)
                return n if prefix else o
            return update_var
        ref = self.compile_reference(arg, False)  # type: ignore[attr-defined]
        putref = self.compile_reference_put(arg)  # type: ignore[attr-defined]

        def update_member(env: Any) -> Any:
            base, key, old = ref(env, True)
            o, n = compute(old)
            putref(env, base, key, n)
            return n if prefix else o
        return update_member

    # --- binary ---------------------------------------------------------------------------------
    def e_BinaryExpression(self, node: Any) -> Closure:
        op = node.operator
        if node.left.type == "PrivateIdentifier":
            return self.compile_private_in(node)  # type: ignore[attr-defined]
        if _long_chain(node):
            return self.binary_chain(node)
        if op in INLINE_OPS or op in INT32_OPS:
            slow = BINARY_OPERATORS[op]
            fast = specialise(op, self.operand_form(node.left), self.operand_form(node.right), slow)
            if fast is not None:
                return fast
        lf = self.expr(node.left)
        rf = self.expr(node.right)
        if op == "+":
            def add(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    return a + b
                return js_add(a, b)
            return add
        if op == "-":
            def sub(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    return a - b
                return binary_op("-", a, b)
            return sub
        if op == "*":
            def mul(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    return a * b
                return binary_op("*", a, b)
            return mul
        if op == "/":
            def div(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    if b:
                        return a / b
                    return number_divide(a, b)
                return binary_op("/", a, b)
            return div
        if op == "%":
            def mod(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    if a > 0 and b > 0 and b != float("inf") and a != float("inf"):
                        r = a % b
                        return r
                    return number_remainder(a, b)
                return binary_op("%", a, b)
            return mod
        if op in ("<<", ">>", ">>>", "&", "|", "^", "**"):
            fn = NUMBER_OPS[op]

            def bitop(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    return fn(a, b)
                return binary_op(op, a, b)
            return bitop
        if op == "===":
            def seq(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    return a == b
                return is_strictly_equal(a, b)
            return seq
        if op == "!==":
            def sne(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    return a != b
                return not is_strictly_equal(a, b)
            return sne
        if op in ("==", "!="):
            return self.compile_loose_equality(node, lf, rf, op == "!=")
        if op in ("<", ">", "<=", ">="):
            slow = BINARY_OPERATORS[op]
            if op == "<":
                def lt(env: Any) -> Any:
                    a = lf(env)
                    b = rf(env)
                    if type(a) is float and type(b) is float:
                        return a < b
                    return slow(a, b)
                return lt
            if op == ">":
                def gt(env: Any) -> Any:
                    a = lf(env)
                    b = rf(env)
                    if type(a) is float and type(b) is float:
                        return a > b
                    return slow(a, b)
                return gt
            if op == "<=":
                def le(env: Any) -> Any:
                    a = lf(env)
                    b = rf(env)
                    if type(a) is float and type(b) is float:
                        return a <= b
                    return slow(a, b)
                return le

            def ge(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                if type(a) is float and type(b) is float:
                    return a >= b
                return slow(a, b)
            return ge
        if op == "in":
            return lambda env: js_in(lf(env), rf(env))
        if op == "instanceof":
            return lambda env: js_instanceof(lf(env), rf(env))
        raise self.error(node, f"Unknown binary operator {op}")

    def binary_chain(self, node: Any) -> Closure:
        """NON-SPEC: a long chain of left-nested binary expressions (``1 + 1 + ... + 1``, a
        generated concatenation) compiled and run in loops: its innermost left operand, then
        each operator with its right operand in turn (the order of evaluation of nested
        expressions, sec-evaluate-stringornumericbinaryexpression), instead of a Python frame a
        level when compiling and when running (100,000 terms overflowed both)."""
        links = []
        while node.type == "BinaryExpression" and node.left.type != "PrivateIdentifier":
            links.append(node)
            node = node.left
        first = self.expr(node)
        steps = [(BINARY_OPERATORS[n.operator], self.expr(n.right)) for n in reversed(links)]

        def chain(env: Any) -> Any:
            v = first(env)
            for fn, rf in steps:
                v = fn(v, rf(env))
            return v
        return chain

    def compile_loose_equality(self, node: Any, lf: Closure, rf: Closure, negate: bool) -> Closure:
        """IsLooselyEqual (sec-islooselyequal) with NON-SPEC fast paths: a comparison with the
        literal ``null`` (or ``undefined``, when it is the global's) is a test for either, and
        two values of one type (numbers, strings, objects ...) compare strictly."""
        def is_nullish_literal(n: Any) -> bool:
            return (n.type == "Literal" and n.value is None and getattr(n, "regex", None) is None
                    and n.raw == "null")
        if is_nullish_literal(node.right) or is_nullish_literal(node.left):
            other = lf if is_nullish_literal(node.right) else rf
            # (an object with [[IsHTMLDDA]] equals null too: sec-IsHTMLDDA-internal-slot-aec)
            if negate:
                return lambda env: not ((v := other(env)) is None or v is NULL or type(v) is HTMLDDAObject)
            return lambda env: (v := other(env)) is None or v is NULL or type(v) is HTMLDDAObject
        if negate:
            def loose_ne(env: Any) -> Any:
                a = lf(env)
                b = rf(env)
                t = type(a)
                if t is type(b) and (t is float or t is str):
                    return a != b
                return not is_loosely_equal(a, b)
            return loose_ne

        def loose_eq(env: Any) -> Any:
            a = lf(env)
            b = rf(env)
            t = type(a)
            if t is type(b) and (t is float or t is str):
                return a == b
            return is_loosely_equal(a, b)
        return loose_eq

    def operand_form(self, node: Any) -> tuple[str, Any]:
        """How a binary operand can be read: ('const', float), ('local', slot) or ('closure', f)."""
        if node.type == "Literal" and type(node.value) in (int, float) and getattr(node, "bigint", None) is None \
                and getattr(node, "regex", None) is None and type(node.value) is not bool:
            try:
                return "const", float(node.value)
            except OverflowError:
                return "const", float("inf")
        if node.type == "Identifier" and node.name not in ("undefined", "NaN", "Infinity"):
            kind, data = self.resolve(node.name, _offset(node))
            if kind == "slot" and data[0] == 0 and not data[2]:
                return "local", data[1]
        return "closure", self.expr(node)

    def e_LogicalExpression(self, node: Any) -> Closure:
        if _long_chain(node):
            return self.logical_chain(node)
        lf = self.expr(node.left)
        rf = self.expr(node.right)
        op = node.operator
        if op == "&&":
            def and_(env: Any) -> Any:
                v = lf(env)
                if v is True or (v is not False and to_boolean(v)):
                    return rf(env)
                return v
            return and_
        if op == "||":
            def or_(env: Any) -> Any:
                v = lf(env)
                if v is True or (v is not False and to_boolean(v)):
                    return v
                return rf(env)
            return or_

        def coalesce(env: Any) -> Any:
            v = lf(env)
            if v is None or v is NULL:
                return rf(env)
            return v
        return coalesce

    def logical_chain(self, node: Any) -> Closure:
        """NON-SPEC: a long chain of left-nested logical expressions (``a || b || ... || z``)
        compiled and run in a loop, as binary_chain does: the innermost left operand, then each
        operator in turn, whose right operand is evaluated only when its left value (the value
        so far) does not decide it (sec-binary-logical-operators-runtime-semantics-evaluation)."""
        links = []
        while node.type == "LogicalExpression":
            links.append(node)
            node = node.left
        first = self.expr(node)
        steps = [(n.operator, self.expr(n.right)) for n in reversed(links)]

        def chain(env: Any) -> Any:
            v = first(env)
            for op, rf in steps:
                if op == "??":
                    if v is None or v is NULL:
                        v = rf(env)
                elif (v is True or (v is not False and to_boolean(v))) is (op == "&&"):
                    v = rf(env)
            return v
        return chain

    def e_ConditionalExpression(self, node: Any) -> Closure:
        tf = self.expr(node.test)
        cf = self.expr(node.consequent)
        af = self.expr(node.alternate)

        def conditional(env: Any) -> Any:
            v = tf(env)
            if v is True or (v is not False and to_boolean(v)):
                return cf(env)
            return af(env)
        return conditional

    # --- assignment -------------------------------------------------------------------------------
    def e_AssignmentExpression(self, node: Any) -> Closure:
        op = node.operator
        left = node.left
        if op == "=":
            if left.type in ("ObjectPattern", "ArrayPattern"):
                return self.compile_destructuring_assignment(left, self.expr(node.right), node.right)  # type: ignore[attr-defined]
            if left.type == "Identifier":
                # NamedEvaluation only for a bare identifier: `(f) = function () {}` names nothing
                parenthesized = node.range[0] != left.range[0]
                rf = self.expr(node.right) if parenthesized else self.named_value(node.right, python_string_to_js(left.name))
                kind, data = self.resolve(left.name, _offset(left))
                if kind == "slot" and data[0] == 0 and not data[2] and not data[3] and not data[4]:
                    idx = data[1]

                    def assign_local(env: Any) -> Any:
                        v = rf(env)
                        env.vars[idx] = v
                        return v
                    return assign_local
                if kind == "dynamic":
                    # the reference is resolved before the right side is evaluated
                    return self.compile_dynamic_assign(left, rf)
                put = self.compile_identifier_set(left.name, left)
                if self.resolves_before_value(left.name, node.right, self.ctx.strict):
                    name = left.name
                    pos = self.assign_op_position(left)

                    def assign_resolved_var(env: Any) -> Any:
                        found = env.glob.has_binding(name)
                        v = rf(env)
                        if not found:
                            not_defined(name, pos)  # (sec-putvalue step 3.a)
                        put(env, v)
                        return v
                    return assign_resolved_var

                def assign_var(env: Any) -> Any:
                    v = rf(env)
                    put(env, v)
                    return v
                return assign_var
            rf = self.expr(node.right)
            strict = self.ctx.strict
            if left.type == "MemberExpression" and left.object.type != "Super" and left.property.type != "PrivateIdentifier":
                of = self.expr(left.object)
                pos = self.error_position(node)
                if not left.computed:
                    key = python_string_to_js(left.property.name)

                    def assign_member(env: Any) -> Any:
                        o = of(env)
                        v = rf(env)
                        if type(o) is JSObject:
                            props = o.props
                            cur = props.get(key, MISSING)
                            if cur is MISSING:
                                if o.extensible:
                                    # NON-SPEC fast path: a new property, when the prototype chain
                                    # (ordinary objects only) has no setter or read-only ``key``
                                    p = o.proto
                                    while p is not None and type(p) is JSObject:
                                        c = p.props.get(key, MISSING)
                                        if c is not MISSING:
                                            if type(c) is not Prop:
                                                p = None
                                            break
                                        p = p.proto
                                    if p is None:
                                        props[key] = v
                                        return v
                            elif type(cur) is not Prop:
                                props[key] = v
                                return v
                        put_member(o, key, v, strict, pos)
                        return v
                    return assign_member
                kf = self.expr(left.property)

                def assign_computed(env: Any) -> Any:
                    o = of(env)
                    k = kf(env)
                    v = rf(env)
                    set_index(o, k, v, strict, pos)  # (``pos``: the site in stack traces, as emitted code gives)
                    return v
                return assign_computed
            putref = self.compile_reference_put(left)  # type: ignore[attr-defined]
            ref = self.compile_reference(left, False)  # type: ignore[attr-defined]

            def assign_ref(env: Any) -> Any:
                base, key, _ = ref(env, False)
                v = rf(env)
                putref(env, base, key, v)
                return v
            return assign_ref
        # compound and logical assignment
        bop = op[:-1]
        if left.type == "Identifier":
            get = self.compile_identifier_get(left.name, left)
            put = self.compile_identifier_set(left.name, left)
            if bop in ("&&", "||", "??"):
                rf = self.named_value(node.right, python_string_to_js(left.name))

                def logical_assign_var(env: Any) -> Any:
                    v = get(env)
                    if (bop == "&&" and not to_boolean(v)) or (bop == "||" and to_boolean(v)) or \
                            (bop == "??" and v is not None and v is not NULL):
                        return v
                    v = rf(env)
                    put(env, v)
                    return v
                return logical_assign_var
            rf = self.expr(node.right)
            kind, data = self.resolve(left.name, _offset(left))
            if kind == "dynamic":
                def dyn_compound(env: Any, a: Any) -> Any:
                    b = rf(env)
                    r = js_add(a, b) if bop == "+" else binary_op(bop, a, b)
                    return r, r
                return self.compile_dynamic_update(left, dyn_compound)
            if bop == "+" and kind == "slot" and data[0] == 0 and not data[2] and not data[3] and not data[4]:
                idx = data[1]

                def add_assign_local(env: Any) -> Any:
                    vs = env.vars
                    a = vs[idx]
                    b = rf(env)
                    if type(a) is float and type(b) is float:
                        r = a + b
                    elif type(a) is str and type(b) is str and len(a) + len(b) <= MAX_STRING_LENGTH:
                        # NON-SPEC: drop the slot's reference so CPython can grow the string in place
                        vs[idx] = None
                        a += b
                        vs[idx] = a
                        return a
                    else:
                        r = js_add(a, b)
                    vs[idx] = r
                    return r
                return add_assign_local

            def compound_var(env: Any) -> Any:
                a = get(env)
                b = rf(env)
                if bop == "+":
                    r = js_add(a, b)
                elif type(a) is float and type(b) is float:
                    r = NUMBER_OPS[bop](a, b)
                else:
                    r = binary_op(bop, a, b)
                put(env, r)
                return r
            return compound_var
        ref = self.compile_reference(left, False)  # type: ignore[attr-defined]
        putref = self.compile_reference_put(left)  # type: ignore[attr-defined]
        if bop in ("&&", "||", "??"):
            rf = self.expr(node.right)

            def logical_assign_member(env: Any) -> Any:
                base, key, v = ref(env, True)
                if (bop == "&&" and not to_boolean(v)) or (bop == "||" and to_boolean(v)) or \
                        (bop == "??" and v is not None and v is not NULL):
                    return v
                v = rf(env)
                putref(env, base, key, v)
                return v
            return logical_assign_member
        rf = self.expr(node.right)
        if left.type == "MemberExpression" and not left.computed and left.object.type != "Super" \
                and left.property.type != "PrivateIdentifier":
            return self.compound_named_member(left, bop, rf)

        def compound_member(env: Any) -> Any:
            base, key, a = ref(env, True)
            b = rf(env)
            if bop == "+":
                r = js_add(a, b)
            elif type(a) is float and type(b) is float:
                r = NUMBER_OPS[bop](a, b)
            else:
                r = binary_op(bop, a, b)
            putref(env, base, key, r)
            return r
        return compound_member

    def compound_named_member(self, left: Any, bop: str, rf: Closure) -> Closure:
        """``o.k op= v`` with a NON-SPEC fast path for an own plain data property."""
        of = self.expr(left.object)
        key = python_string_to_js(left.property.name)
        strict = self.ctx.strict
        pos = self.position(left)
        fn = NUMBER_OPS.get(bop)

        def compound_named(env: Any) -> Any:
            o = of(env)
            if type(o) is JSObject:
                props = o.props
                a = props.get(key, MISSING)
                if a is MISSING or type(a) is Prop:
                    a = o.get(key, o)
            elif isinstance(o, JSObject):
                a = o.get(key, o)
            else:
                a = get_member_of_primitive(o, key, pos)
            b = rf(env)
            if type(a) is float and type(b) is float and fn is not None:
                r = fn(a, b)
            elif bop == "+":
                r = js_add(a, b)
            else:
                r = binary_op(bop, a, b)
            put_member(o, key, r, strict, pos)
            return r
        return compound_named

    def compile_dynamic_assign(self, left: Any, rf: Closure) -> Closure:
        """Assignment to a name that needs a run-time lookup: the reference is resolved before
        the right side runs (sec-assignment-operators-runtime-semantics-evaluation)."""
        name = left.name
        _, steps = self.resolve(name)
        strict = self.ctx.strict
        pos = self.position(left)

        def assign_dynamic(env: Any) -> Any:
            ref = lookup_dynamic(env, steps, name)
            v = rf(env)
            put_dynamic_ref(env, ref, name, v, steps, strict, pos)
            return v
        return assign_dynamic

    def compile_dynamic_update(self, left: Any, update: Callable[[Any, Any], Any]) -> Closure:
        """Compound assignment / update on a run-time-resolved name: one lookup serves both the
        read and the write. ``update(env, old) -> (result, new value)``."""
        name = left.name
        _, steps = self.resolve(name)
        strict = self.ctx.strict
        pos = self.position(left)

        def update_dynamic(env: Any) -> Any:
            ref = lookup_dynamic(env, steps, name)
            old = get_dynamic_ref(ref, name, pos, False, strict)
            result, new = update(env, old)
            put_dynamic_ref(env, ref, name, new, steps, strict, pos)
            return result
        return update_dynamic

    def e_SpreadElement(self, node: Any) -> Closure:
        raise self.error(node, "Unexpected spread")


class _Short:
    """NON-SPEC: marks an optional chain that short-circuited."""

    __slots__ = ()


_SHORT: Any = _Short()


def copy_data_properties(target: JSObject, source: Any, excluded: Any) -> None:
    """CopyDataProperties (sec-copydataproperties)."""
    if source is None or source is NULL:
        return
    frm = to_object(source)
    if type(frm) is JSObject and type(target) is JSObject:
        # NON-SPEC (speed): an ordinary source's [[GetOwnProperty]] and [[Get]] of a data
        # property are what it stores, read as each key is reached (a getter met before may
        # have changed it; an accessor's Get runs it); CreateDataProperty on an ordinary
        # target stores the value unless the key holds a Prop there
        props, tprops = frm.props, target.props
        for key in frm.own_property_keys():
            if excluded and key in excluded or (v := enumerable_own_value(frm, props, key)) is MISSING:
                continue
            if target.extensible and type(tprops.get(key)) is not Prop:
                tprops[key] = v
            else:
                create_data_property(target, key, v)
        return
    if type(frm) is JSArray and frm.dense is not None and not excluded:
        for i, v in enumerate(frm.dense):
            if v is not MISSING:
                create_data_property(target, str(i), v)
    for key in frm.own_property_keys():
        if key in excluded:
            continue
        if type(frm) is JSArray and frm.dense is not None and array_index(key) >= 0 and not excluded:
            continue
        desc = frm.get_own_property(key)
        if desc is not None and desc.enumerable is True:
            create_data_property(target, key, frm.get(key, frm))


