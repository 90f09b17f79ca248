"""The ``pyjsvm`` command's persistent compile cache (like Node's ``module.enableCompileCache()`` /
``NODE_COMPILE_CACHE``): the code cache (api/code_cache.py) of every CommonJS module the command
compiles (CommonJS and ES modules), in files named after a hash of the engine and the module's source;
the host's own modules written in JS (host/jsutil.load_js) likewise; and, in its ``emitted`` folder,
the Python code compiled for emitted function bodies (compiler/emit.build), named after a hash of the
emitted text, of the emitter and of the Python version (what ``__pycache__`` is to Python modules, and
trusted as much: the folder is the user's own).

On by default in the user cache directory (``$XDG_CACHE_HOME/pyjsvm/compile-cache``, else
``~/.cache/...``); ``PYJSVM_COMPILE_CACHE=DIR`` or ``--compile-cache=DIR`` chooses the
directory, ``PYJSVM_COMPILE_CACHE=0`` (or ``off``), ``PYJSVM_DISABLE_COMPILE_CACHE=1`` or
``--no-compile-cache`` disables it. Entries are written when the process ends (so functions
that ran are stored ready for eager compilation), each atomically (a temporary file renamed
into place), so several processes may write at once; a missing, stale or corrupted entry is
ignored and rewritten. Failures to read or write the directory are silent: the cache is only
ever a speed-up.
"""
from __future__ import annotations

import os
import tempfile
from typing import Any

from pyjsvm.api.code_cache import (
    compile_function_cached, compile_module_cached, create_cached_data, engine_id, new_blake2b,
)
from pyjsvm.compiler.engine import function_source

_OFF = ("0", "off", "false", "no", "")
MAX_ENTRY = 64 * 1024 * 1024


def default_directory() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pyjsvm", "compile-cache")


def directory_from_environment() -> str | None:
    """The cache directory the environment asks for, or None when it is disabled."""
    if os.environ.get("PYJSVM_DISABLE_COMPILE_CACHE", "") not in _OFF:
        return None
    value = os.environ.get("PYJSVM_COMPILE_CACHE")
    if value is None:
        return default_directory()
    if value.strip().lower() in _OFF:
        return None
    return value


class CompileCache:
    """One process's view of a compile cache directory."""

    def __init__(self, directory: str) -> None:
        self.directory = os.path.abspath(directory)
        self.pending: dict[str, tuple[Any, str, str]] = {}   # file -> (program, source, goal) to write at exit
        # NON-SPEC: compiled emitted code (compiler/emit.build's CodeStore) to write at exit, by key
        self.emitted: dict[str, bytes] = {}
        self.hits = 0
        self.misses = 0

    def entry_path(self, source: str, goal: str) -> str:
        h = new_blake2b(engine_id(), digest_size=20)
        h.update(goal.encode() + b"\x00")
        h.update(source.encode("utf-8", "surrogatepass"))
        return os.path.join(self.directory, h.hexdigest() + ".pjc")

    def read(self, path: str) -> bytes | None:
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_ENTRY + 1)
        except OSError:
            return None
        return data if len(data) <= MAX_ENTRY else None

    def compile_function(self, realm: Any, body: str, params: list[str], filename: str,
                         extensions: list[Any] | None = None) -> Any:
        """engine.compile_function through the cache (raises ParseError like it); ``extensions``
        as there (a host module written in JS: jsutil.load_js)."""
        source = function_source(body, params)
        path = self.entry_path(source, "function")
        data = self.read(path)
        fn, rejected, _, program = compile_function_cached(realm, body, params, filename, 0, 0, extensions or [], data,
                                                           False)
        self.note(rejected, path, program, source, "function")
        return fn

    def compile_module(self, source: str, filename: str) -> Any:
        """engine.compile_module_code through the cache (raises ParseError like it)."""
        path = self.entry_path(source, "module")
        code, rejected = compile_module_cached(source, filename, self.read(path))
        self.note(rejected, path, code.program, source, "module")
        return code

    def emitted_path(self, key: str) -> str:
        return os.path.join(self.directory, "emitted", key + ".pyc")

    def get_emitted(self, key: str) -> bytes | None:
        """compiler/emit.build's compiled code for ``key`` (a hash of the emitted text, of the
        emitter and of this Python), kept by an earlier process: what ``__pycache__`` is to
        Python modules."""
        return self.read(self.emitted_path(key))

    def put_emitted(self, key: str, data: bytes) -> None:
        self.emitted[key] = data

    def note(self, rejected: bool | None, path: str, program: Any, source: str, goal: str) -> None:
        if rejected is False:
            self.hits += 1
        else:
            self.misses += 1
            self.pending[path] = (program, source, goal)

    def flush(self) -> None:
        """Write the entries of this run (missing or rejected ones), each atomically: the
        modules' code cache data, then the compiled emitted code."""
        pending, self.pending = self.pending, {}
        emitted, self.emitted = self.emitted, {}
        if pending:
            try:
                os.makedirs(self.directory, exist_ok=True)
            except OSError:
                return
            for path, (program, source, goal) in pending.items():
                if program is None:
                    continue
                data = create_cached_data(program, source, goal)
                if data and not self.write(path, data):
                    return
        if emitted:
            try:
                os.makedirs(os.path.dirname(self.emitted_path("x")), exist_ok=True)
            except OSError:
                return
            for key, data in emitted.items():
                if len(data) <= MAX_ENTRY and not self.write(self.emitted_path(key), data):
                    return

    def write(self, path: str, data: bytes) -> bool:
        """Write ``data`` to ``path`` atomically (a temporary file in its folder renamed into
        place); False when the folder takes no file."""
        try:
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".pjc")
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return True
