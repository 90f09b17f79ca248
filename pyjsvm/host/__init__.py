"""Layer 8, host: the Node-style runtime behind the ``pyjsvm`` command: the CLI and REPL,
``require()`` and the node: modules, console, timers and the event loop, process, inspect.

May import from every layer; nothing in pyjsvm imports from it."""
