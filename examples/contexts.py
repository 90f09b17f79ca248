"""A tour of pyjsvm's vm API (Node's ``vm`` module in snake_case).

Run it with ``python examples/contexts.py``.
"""
from __future__ import annotations

import pyjsvm as vm


def main() -> None:
    # A context is a separate JS world whose global variables are the items of a Python mapping.
    context = vm.create_context({"x": 2, "animal": "cat"})
    vm.run_in_context("x += 40; var y = 17;", context)
    print("x =", context["x"], "y =", context["y"])

    # A Script is compiled once and can run many times, in any context.
    script = vm.Script('count = (typeof count === "number" ? count : 0) + 1; name = "kitty";',
                       filename="myfile.vm")
    for _ in range(3):
        script.run_in_context(context, timeout=100)
    print("count =", context["count"], "name =", context["name"])

    # Python values cross the boundary: dicts and lists stay live, callables become functions.
    log: list[str] = []
    data = {"items": [3, 1, 2], "log": log.append}
    result = vm.run_in_new_context(
        "items.sort(function (a, b) { return a - b; }); log('sorted ' + items.join(','));"
        "({ total: items.reduce(function (s, v) { return s + v; }, 0), first: items[0] })",
        data,
    )
    assert isinstance(result, vm.JSObjectProxy)  # a JS object comes back as a live proxy
    print("items =", data["items"], "log =", log, "total =", result["total"], "first =", result["first"])

    # JS functions come back as Python callables.
    add = vm.compile_function("return a + b", ["a", "b"])
    print("add(1, 2) =", add(1, 2))

    # A JS exception reaches Python as pyjsvm.JSError.
    try:
        vm.run_in_context("null.boom", context, filename="broken.js")
    except vm.JSError as e:
        print("caught", e.name + ":", e.message)

    # Timeouts interrupt any code; the context stays usable afterwards.
    try:
        vm.run_in_context("while (true) {}", context, timeout=50)
    except vm.JSError as e:
        print("caught", e.message, f"({e.code})")
    print("still usable:", vm.run_in_context("x + y", context))

    # The main realm is shared by every run_in_this_context call.
    vm.run_in_this_context("var greeting = 'hello';")
    print(vm.run_in_this_context("greeting + ' world'"))


if __name__ == "__main__":
    main()
