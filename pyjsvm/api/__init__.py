"""Layer 7, api: the Python <-> JS boundary. ``vm.py`` is the public vm API (Node's ``node:vm`` in
snake_case), ``convert.py`` hands values across, ``contextified.py`` is the global object backed by a
Python mapping.

May import from every layer before it (errors, syntax, regexp, runtime, compiler, intrinsics,
modules); never from host."""
