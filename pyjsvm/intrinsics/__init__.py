"""Layer 5, intrinsics: the Realm (``realm.py``), its job queue (``jobs.py``), the table that
declares built-in functions (``table.py``) and one module per built-in (``array.py``, ``string.py``,
...), set up in the order of ``order.py``.

May import from errors, syntax, regexp, runtime and compiler; never from modules, api or host."""
