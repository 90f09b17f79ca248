"""The console namespace object of every realm (NON-SPEC: host-defined; the WHATWG Console
Standard's namespace, https://console.spec.whatwg.org/#console-namespace, as V8 gives every
context one, node's vm contexts among them).

A realm of its own writes nowhere: each method does nothing and returns undefined, as a node vm
context's console does (V8 sends it to the inspector). A host that prints replaces the global
(the ``pyjsvm`` command's console, host/console.py; a context object's own ``console``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.objects import C, WEC, JSObject
from pyjsvm.runtime.operations import call, is_callable
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

console = BuiltinTable()

# the namespace's operations, in V8's order (``context`` and ``createTask`` below)
SILENT = ("debug", "error", "info", "log", "warn", "dir", "dirxml", "table", "trace", "group", "groupCollapsed",
          "groupEnd", "clear", "count", "countReset", "assert", "profile", "profileEnd", "time", "timeLog",
          "timeEnd", "timeStamp")


def _silent(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """NON-SPEC: a console operation (WHATWG Console Standard, the namespace's operations) whose
    output goes nowhere: undefined."""
    return None


for _name in SILENT:
    console.method(_name, 0, WEC)(_silent)


@console.method("context", 0, WEC)
def console_context(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """NON-SPEC: console.context ( [ label ] ) (V8's): a new console object of the same kind."""
    return make_console(realm)


task_table = BuiltinTable()


@task_table.method("run", 1, WEC)
def task_run(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """NON-SPEC: a task's run ( f ) (V8's console.createTask): f called with no arguments, its
    result."""
    f = argument(args, 0)
    if not is_callable(f):
        throw_type_error("First argument must be a function.")
    return call(f, None, [])


@console.method("createTask", 1, WEC)
def console_create_task(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """NON-SPEC: console.createTask ( name ) (V8's): a task object whose ``run(f)`` calls f."""
    task = JSObject(realm.object_prototype)
    task_table.install(realm, task)
    return task


def make_console(realm: "Realm") -> JSObject:
    """A console namespace object: its [[Prototype]] an empty object made from
    %Object.prototype%, its operations, @@toStringTag 'console'."""
    c = JSObject(JSObject(realm.object_prototype))
    console.install(realm, c)
    c.define_builtin(SYM_TO_STRING_TAG, "console", C)
    return c


def setup(realm: "Realm") -> None:
    c = realm.intrinsics["%console%"] = make_console(realm)
    realm.define_global("console", c)


__all__ = ["setup", "make_console"]
