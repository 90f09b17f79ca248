"""Layer 3, runtime: what compiled code calls. Values (``values.py``), objects (``objects.py``),
environments, function objects, exotic objects (``exotic/``), the agent (running realm, JS throws,
budgets), and the abstract operations (``operations.py``, ``operators.py``, ``iteration.py``,
``generator_objects.py``).

May import from errors, syntax and regexp; never from compiler, intrinsics, modules, api or host
(realm objects are reached through ``AGENT.realm`` at run time)."""
