"""Layer 1, syntax: the esprima-fork front end (``parse.py``, ParseError with file, line and
column) and our analysis of its ESTree (``scope.py``: scopes, hoisting, slot resolution).

May import from errors only."""
