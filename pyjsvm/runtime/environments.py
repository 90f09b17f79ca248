"""Environment records (sec-environment-records), in a compact NON-SPEC form.

Bindings whose scope is static are resolved at compile time to (depth, slot): a declarative
environment is an ``Env`` holding a Python list ``vars`` and its ``parent``. ``FunctionEnv`` adds
the function environment's fields (this binding, function object, new.target) and ``extra``, the
bindings sloppy direct ``eval`` adds at run time. ``WithEnv`` is an object environment record.
The root of every chain is the realm's ``GlobalEnv`` (sec-global-environment-records).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.objects import C, Prop, PropertyDescriptor
from pyjsvm.runtime.values import MISSING

if TYPE_CHECKING:
    from pyjsvm.runtime.objects import JSObject
    from pyjsvm.intrinsics.realm import Realm


class GlobalCell:
    """NON-SPEC (speed): where emitted code reads one global binding (``compiler/emit.
    _global_read``): ``p`` is an object whose ``value`` is the binding's value, or None when the
    read must be done the general way.

    - A global lexical binding (``let``, ``const``, ``class``) past its TDZ: ``p`` is the cell
      itself, whose ``value`` the binding holds; every assignment of it sets ``value``.
    - An ordinary global object's non-configurable data property (a ``var`` or function
      declaration's): ``p`` is its ``Prop``, which it keeps while the object lives (such a
      property is never deleted, made an accessor or shadowed by a global lexical declaration,
      and ValidateAndApplyPropertyDescriptor updates its Prop in place). Its configurable data
      property held as a Prop (a built-in: ``Math``, ``Object``): ``p`` is that Prop until the
      Prop is deleted or replaced (runtime/objects.PROP_CELLS, emptied by bump_proto_epoch) or
      a global lexical declaration shadows it (``drop_cell``); an assignment sets its value.
    - An item of a ``ContextObject``'s store (``GlobalEnv.cells``): ``p`` is the cell itself,
      whose ``value`` the item holds, while no global lexical binding has its name and the item
      holds a JS value (not a ``HostValue``); every write of the item sets ``value`` or clears
      ``p``, and a lexical declaration of the name clears it (``GlobalEnv.drop_cell``). A
      built-in of that context's global (its own data property, read while the store has no
      item of the name and no accessor at all) likewise: an item of the name written, an
      accessor defined on the store or a built-in deleted clear it (``ContextStore.drop_cells``).

    Nothing else fills a cell: a contextified global's plain dict items (the user's own mapping,
    which Python may change at any time) and an ordinary global's configurable properties
    stored as plain values are read the general way each time."""

    __slots__ = ("p", "value")

    def __init__(self) -> None:
        self.p: Any = None
        self.value: Any = None


class GlobalEnv:
    """A Global Environment Record: the realm's global object plus its declarative part
    (``realm.global_lex``).

    NON-SPEC: ``items`` is the global object's ``global_items`` (see ``JSObject``): the plain
    ``dict`` a contextified global keeps its string-keyed data properties in, or None. Compiled
    code reads and writes those in place (converting ``int`` items to and from Numbers like
    ``pyjsvm.api.convert`` does) instead of going through the object's internal methods;
    ``cache`` (Python key -> (Python value, JS value): the objects converted once), ``attrs``
    (JS key -> flags, for the items whose flags are not all of writable/enumerable/configurable)
    and ``store_props`` (the properties defined on the store beside the items: accessors) are
    then that object's and its ``MappingObject`` store's, all None otherwise. ``props``: the
    global object's own properties where emitted code may read them directly (an ordinary
    global's; a contextified global's built-ins, read after the items), else an empty dict.
    ``js_values``: the items are JS values, not Python ones (a ``ContextObject``'s, see
    ``api/contextified.ContextStore``): read and written as they are, a ``HostValue`` aside;
    ``cache`` is then the ``ContextObject``'s Python values (key -> (JS value, Python value)),
    whose entry a write drops. ``fields``: (this record, ``lex``, ``props``, ``items``, ``cache``,
    ``js_values``), which emitted code loads into its locals with one attribute read (set once:
    none of them changes after __init__). ``cells``: name -> GlobalCell (with ``js_values``, the
    ``ContextObject``'s, which its store keeps too)."""

    __slots__ = ("realm", "obj", "lex", "consts", "glob", "items", "cache", "attrs", "store_props", "props",
                 "js_values", "fields", "cells")

    def __init__(self, realm: "Realm") -> None:
        self.realm = realm
        self.obj: JSObject = realm.global_object
        self.lex: dict[str, Any] = realm.global_lex
        self.consts: set[str] = realm.global_consts
        self.glob = self
        self.items: dict[str, Any] | None = self.obj.global_items
        self.cache: dict[Any, tuple[Any, Any]] | None = None
        self.attrs: dict[str, int] | None = None
        self.store_props: dict[Any, Any] | None = None
        self.props: dict[Any, Any] = self.obj.props if self.obj.simple_props else {}
        self.js_values = False
        self.cells: dict[str, GlobalCell] = {}
        if self.items is not None:  # a contextified global's (api/contextified.py)
            self.cache = getattr(self.obj, "cache")  # noqa: B009
            self.attrs = getattr(self.obj, "attrs")  # noqa: B009
            self.store_props = getattr(self.obj, "store").props  # noqa: B009
            self.props = self.obj.props
            self.js_values = bool(getattr(self.obj, "js_values"))  # noqa: B009
            if self.js_values:
                self.cells = getattr(self.obj, "store").cells  # noqa: B009
        self.fields = (self, self.lex, self.props, self.items, self.cache, self.js_values)

    def cells_for(self, names: tuple[str, ...]) -> tuple[GlobalCell, ...]:
        """NON-SPEC: the cells of ``names``, made when missing."""
        cells = self.cells
        out = []
        for name in names:
            c = cells.get(name)
            if c is None:
                c = cells[name] = GlobalCell()
            out.append(c)
        return tuple(out)

    def drop_cell(self, name: str) -> None:
        """NON-SPEC: the read of ``name`` is to be done the general way (see GlobalCell)."""
        c = self.cells.get(name)
        if c is not None and (c.p is c or type(c.p) is Prop and c.p.flags & C):
            c.p = None

    def resolve_binding(self, name: str) -> tuple[str, Any, Any]:
        """GetIdentifierReference of ``name`` in this record (sec-getidentifierreference steps 2-3)
        with its HasBinding (sec-global-environment-records-hasbinding-n): the declarative part's,
        then the object part's (HasProperty of the global object). NON-SPEC: the reference in the
        shape ``lookup_dynamic`` gives: ('lex', its value, None), ('object', the global object,
        None), or ('none', None, None) for an unresolvable one."""
        lex = self.lex
        if name in lex:
            return "lex", lex[name], None
        if self.obj.has_property(name):
            return "object", self.obj, None
        return "none", None, None

    def has_binding(self, name: str) -> bool:
        """HasBinding(N) of a Global Environment Record (sec-global-environment-records-hasbinding-n)."""
        return self.resolve_binding(name)[0] != "none"

    def can_declare_global_var(self, name: str) -> bool:
        """CanDeclareGlobalVar (sec-candeclareglobalvar)."""
        return self.obj.get_own_property(name) is not None or self.obj.is_extensible()

    def can_declare_global_function(self, name: str) -> bool:
        """CanDeclareGlobalFunction (sec-candeclareglobalfunction)."""
        existing = self.obj.get_own_property(name)
        if existing is None:
            return self.obj.is_extensible()
        if existing.configurable is True:
            return True
        return existing.is_data() and existing.writable is True and existing.enumerable is True

    def create_global_var_binding(self, name: str, deletable: bool) -> None:
        """CreateGlobalVarBinding (sec-createglobalvarbinding)."""
        obj = self.obj
        if obj.get_own_property(name) is None and obj.is_extensible():
            # the object record's CreateMutableBinding, then InitializeBinding (a Set)
            if not obj.define_own_property(name, PropertyDescriptor(value=None, writable=True, enumerable=True,
                                                                    configurable=deletable)):
                throw_type_error(f"Cannot define global variable {name}")
            if not deletable:
                self.realm.global_var_names.add(name)
            obj.set(name, None, obj)

    def create_global_function_binding(self, name: str, value: Any, deletable: bool) -> None:
        """CreateGlobalFunctionBinding (sec-createglobalfunctionbinding)."""
        obj = self.obj
        existing = obj.get_own_property(name)
        if existing is None or existing.configurable is True:
            desc = PropertyDescriptor(value=value, writable=True, enumerable=True, configurable=deletable)
        else:
            desc = PropertyDescriptor(value=value)
        if not obj.define_own_property(name, desc):
            throw_type_error(f"Cannot redefine global function {name}")
        if not deletable:
            self.realm.global_var_names.add(name)
        obj.set(name, value, obj)


class Env:
    """A Declarative Environment Record for a block or catch clause."""

    __slots__ = ("vars", "parent", "glob")

    def __init__(self, vars: list[Any], parent: Any) -> None:
        self.vars = vars
        self.parent = parent
        self.glob: GlobalEnv = parent.glob


class FunctionEnv(Env):
    """A Function Environment Record (also used for script and eval code: then ``func`` is None).

    ``this`` is MISSING while uninitialized (derived constructors before super())."""

    __slots__ = ("this", "func", "new_target", "ret", "extra", "cv", "home")
    ret: Any
    extra: dict[str, Any] | None
    cv: Any

    def __init__(self, vars: list[Any], parent: Any, this: Any, func: Any, new_target: Any) -> None:
        self.vars = vars
        self.parent = parent
        self.glob = parent.glob
        self.this = this
        self.func = func
        self.new_target = new_target
        # NON-SPEC: ``extra`` (bindings added by sloppy direct eval), ``ret`` (the return value)
        # and ``cv`` (script/eval completion value) are set only when needed; read ``extra``
        # with getattr(env, "extra", None).


class WithEnv(Env):
    """An Object Environment Record (sec-object-environment-records) for ``with`` or a context
    extension object."""

    __slots__ = ("obj", "is_with")

    def __init__(self, obj: Any, parent: Any, is_with: bool = True) -> None:
        self.vars = []
        self.parent = parent
        self.glob = parent.glob
        self.obj = obj
        self.is_with = is_with


TDZ = MISSING  # an uninitialized let/const/class binding holds MISSING


class HostValue:
    """NON-SPEC: a Python value the host stored among the JS values of a ``ContextObject``'s
    items (``pyjsvm.api.common``) before any JS code read it: converted (``to_js``) on the first
    read, as the item of any other mapping is, and replaced by its conversion then. Compiled code
    that reads those items directly takes the general way for it."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value
