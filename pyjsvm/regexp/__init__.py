"""Layer 2, regexp: the RegExp pattern parser (``parser.py``), the backtracking matcher
(``matcher.py``) and character sets (``charset.py``). The RegExp built-in itself lives in
``pyjsvm.intrinsics.regexp``.

May import from errors and syntax only: it knows nothing of JS values or realms."""
