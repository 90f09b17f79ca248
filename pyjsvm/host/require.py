"""CommonJS modules: ``require``, ``module``, ``exports``, ``require.cache``, built-in modules.

Files are wrapped as Node wraps them: the source is the body of a function of
``(exports, require, module, __filename, __dirname)`` called with ``this === module.exports``.
A module is put in ``require.cache`` before it runs, so a cycle sees the partial exports.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable

from urllib.parse import unquote, urlsplit

from pyjsvm.host.esm import (
    WRAPPER_PARAMS, contains_module_syntax, file_source, is_ambiguous_file, is_esm_file, package_imports_target,
)
from pyjsvm.host.inspect import InspectOptions, inspect
from pyjsvm.host.jsutil import arg, invalid_arg_type, js_str, make_fn, new_array, new_object, node_error, put
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import C, W, JSObject, Prop
from pyjsvm.syntax.parse import ParseError
from pyjsvm.compiler.engine import compile_function, parse_function
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.runtime.operations import call, create_list_from_array_like, is_array, safe_describe, to_string
from pyjsvm.runtime.stack import MODULE_TOP
from pyjsvm.runtime.values import NULL
from pyjsvm.host.jsutil import throw_node_error
from pyjsvm.host.process import exec_path

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ModuleSystem", "BUILTIN_NAMES", "DetectedModule", "WRAPPER_PARAMS"]

BUILTIN_NAMES = ("vm", "assert", "util", "events", "assert/strict", "timers", "process", "console", "path")


class DetectedModule(Exception):
    """NON-SPEC: the main module, a file whose format Node decides by its syntax, did not compile
    as CommonJS but is an ES module (``esm.contains_module_syntax``): the command runs it as the
    main ES module instead."""


class ModuleSystem:
    """The module registry of one host."""

    def __init__(self, host: "NodeHost") -> None:
        self.host = host
        self.realm = host.realm
        self.cache = new_object(self.realm, None)
        self.builtins: dict[str, Callable[[], Any]] = {}
        # built-ins reached only as ``node:name`` (node's node:test): a bare ``name`` is a package
        self.scheme_only: set[str] = set()
        self.builtin_cache: dict[str, Any] = {}
        self.main: JSObject | None = None
        self._stack: list[str] = []
        self._extensions: JSObject | None = None
        self._global_paths: list[str] | None = None
        # module syntax detection: an ambiguous file's verdict (True: an ES module), and the
        # CommonJS parse that gave a False one (used when the file runs)
        self.detected: dict[str, bool] = {}
        self.preparsed: dict[str, tuple[str, Any]] = {}
        self.preloading = False  # the -r preloads run: their require.main is undefined, as in node

    # --- built-ins --------------------------------------------------------------------------
    def register(self, name: str, factory: Callable[[], Any], scheme_only: bool = False) -> None:
        self.builtins[name] = factory
        if scheme_only:
            self.scheme_only.add(name)

    def is_bare_builtin(self, name: str) -> bool:
        """Whether ``name`` without the ``node:`` scheme names a built-in module."""
        return name in self.builtins and name not in self.scheme_only

    def load_builtin(self, name: str) -> Any:
        if name not in self.builtin_cache:
            self.builtin_cache[name] = self.builtins[name]()
        return self.builtin_cache[name]

    # --- resolution -------------------------------------------------------------------------
    def _not_found(self, request: str, parent: str | None) -> JSThrow:
        stack = list(self._stack) or ([parent] if parent else [])
        msg = f"Cannot find module '{request}'"
        if stack:
            msg += "\nRequire stack:\n" + "\n".join(f"- {s}" for s in reversed(stack))
        err = self.realm.new_error("Error", msg)
        err.props["code"] = "MODULE_NOT_FOUND"
        err.props["requireStack"] = new_array(self.realm, list(reversed(stack)))
        return JSThrow(err)

    def _try_file(self, path: str) -> str | None:
        if os.path.isfile(path):
            return path
        for ext in (".js", ".json", ".cjs"):
            if os.path.isfile(path + ext):
                return path + ext
        return None

    def _try_dir(self, path: str) -> str | None:
        if not os.path.isdir(path):
            return None
        pkg = os.path.join(path, "package.json")
        if os.path.isfile(pkg):
            import json
            try:
                with open(pkg, encoding="utf-8") as f:
                    main = json.load(f).get("main")
            except (OSError, ValueError):
                main = None
            if isinstance(main, str):
                target = os.path.normpath(os.path.join(path, main))
                found = self._try_file(target) or self._try_index(target)
                if found:
                    return found
        return self._try_index(path)

    def _try_index(self, path: str) -> str | None:
        for name in ("index.js", "index.json", "index.cjs"):
            p = os.path.join(path, name)
            if os.path.isfile(p):
                return p
        return None

    def resolve(self, request: str, base_dir: str, parent: str | None) -> str:
        """The builtin name (``node:x``) or absolute file name ``request`` designates."""
        if request.startswith("node:"):
            name = request[5:]
            if name in self.builtins:
                return "node:" + name
            raise JSThrow(node_error(self.realm, "Error", "ERR_UNKNOWN_BUILTIN_MODULE",
                                     f"No such built-in module: {request}"))
        if self.is_bare_builtin(request):
            return "node:" + request
        if request.startswith("#") and parent is not None:  # the package's own "imports" map
            scope, target = package_imports_target(self.realm, request, parent, ("node", "require", "default"))
            if not target.startswith("./"):
                return self.resolve(target, scope, parent)
            request, base_dir = target, scope
        if request.startswith(("./", "../", "/")) or request in (".", ".."):
            target = os.path.normpath(os.path.join(base_dir, request))
            found = self._try_file(target) or self._try_dir(target)
            if found:
                return os.path.realpath(found)
            raise self._not_found(request, parent)
        found = self.find_in(request, self.lookup_paths(base_dir), parent)
        if found is None:
            raise self._not_found(request, parent)
        return found

    def find_in(self, request: str, dirs: list[str], parent: str | None) -> str | None:
        """Node's Module._findPath for a package name: in each folder of ``dirs`` in turn (the
        node_modules folders and the global ones), the package's ``exports`` or the file or
        folder ``request`` names; None when none has it."""
        for d in dirs:
            exported = self._package_exports(d, request, parent)
            if exported is not None:
                return exported
            target = os.path.join(d, request)
            found = self._try_file(target) or self._try_dir(target)
            if found:
                return os.path.realpath(found)
        return None

    def resolve_in_paths(self, request: str, search: Any, parent: str | None) -> str:
        """``require.resolve(request, { paths })`` (node's Module._resolveFilename with options):
        a relative request from each folder of ``paths``, a package name in the node_modules
        folders up from each of them (each folder once) and then the global ones."""
        if not is_array(search):
            throw_node_error(self.realm, "TypeError", "ERR_INVALID_ARG_VALUE",
                             "The property 'options.paths' is invalid. Received "
                             + js_str(inspect(search, InspectOptions(depth=-1))))
        starts = [os.path.abspath(js_string_to_python(to_string(p))) for p in create_list_from_array_like(search)]
        if request.startswith(("./", "../")) or request in (".", ".."):
            for start in starts:
                target = os.path.normpath(os.path.join(start, request))
                found = self._try_file(target) or self._try_dir(target)
                if found:
                    return os.path.realpath(found)
            raise self._not_found(request, parent)
        if os.path.isabs(request):
            return self.resolve(request, starts[0] if starts else os.getcwd(), parent)
        dirs: list[str] = []
        for start in starts:
            for d in self.lookup_paths(start):
                if d not in dirs:
                    dirs.append(d)
        found = self.find_in(request, dirs, parent)
        if found is None:
            raise self._not_found(request, parent)
        return found

    @staticmethod
    def node_module_paths(from_dir: str) -> list[str]:
        """Node's Module._nodeModulePaths(from): the node_modules folders from ``from_dir`` up to
        the root (none inside a folder that is itself named node_modules)."""
        out: list[str] = []
        d = os.path.abspath(from_dir)
        while True:
            if os.path.basename(d) != "node_modules":
                out.append(os.path.join(d, "node_modules"))
            up = os.path.dirname(d)
            if up == d:
                return out
            d = up

    def global_paths(self) -> list[str]:
        """Node's Module.globalPaths (Module._initPaths, from the environment at startup): the
        folders of ``NODE_PATH``, then ``$HOME/.node_modules``, ``$HOME/.node_libraries`` and
        ``$PREFIX/lib/node`` (``$PREFIX`` two levels above ``process.execPath``)."""
        if self._global_paths is None:
            prefix = os.path.abspath(os.path.join(exec_path(), "..", ".."))
            paths = [os.path.join(prefix, "lib", "node")]
            home = os.environ.get("HOME")
            if home:
                paths[:0] = [os.path.abspath(os.path.join(home, ".node_modules")),
                             os.path.abspath(os.path.join(home, ".node_libraries"))]
            node_path = os.environ.get("NODE_PATH")
            if node_path:
                paths[:0] = [p for p in node_path.split(os.pathsep) if p]
            self._global_paths = paths
        return self._global_paths

    def lookup_paths(self, base_dir: str) -> list[str]:
        """Where a package name required from ``base_dir`` is looked for (node's
        Module._resolveLookupPaths): the node_modules folders up from it, then the global ones."""
        return self.node_module_paths(base_dir) + self.global_paths()

    def _package_exports(self, d: str, request: str, parent: str | None) -> str | None:
        """A package in the node_modules folder ``d`` whose package.json has ``exports``:
        resolved with the conditions node, require, default (PACKAGE_EXPORTS_RESOLVE)."""
        parts = request.split("/")
        n = 2 if request.startswith("@") else 1
        pkg_dir = os.path.join(d, *parts[:n])
        pkg = os.path.join(pkg_dir, "package.json")
        if not os.path.isfile(pkg):
            return None
        import json
        try:
            with open(pkg, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or "exports" not in data:
            return None
        path = self.host.esm.package_exports_resolve(pkg_dir, data["exports"], "/".join(parts[n:]),
                                                     ("node", "require", "default"), None)
        if os.path.isfile(path):
            return os.path.realpath(path)
        # (Node's finalizeEsmResolution: a target that is no file is require()'s MODULE_NOT_FOUND,
        # naming that file, with the package.json as ``path``)
        err = self.realm.new_error("Error", f"Cannot find module '{path}'")
        err.props["code"] = "MODULE_NOT_FOUND"
        err.props["path"] = python_string_to_js(pkg)
        raise JSThrow(err)

    # --- loading ----------------------------------------------------------------------------
    def make_require(self, base_dir: str, parent: JSObject | None, parent_file: str | None) -> JSObject:
        """A ``require`` function resolving relative to ``base_dir``."""
        ms = self

        def require(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            return ms.require(require_id(r, args), base_dir, parent, parent_file)

        # (a plain function in node: ``new require(x)`` gives the exports when they are an object)
        fn = make_fn(self.realm, "require", 1, require, ctor=True)

        def resolve(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            request = arg(args, 0)
            if type(request) is not str:
                invalid_arg_type(r, "request", "of type string", request)
            options = arg(args, 1)
            search = options.get("paths", options) if isinstance(options, JSObject) else None
            if search is not None and not (request.startswith("node:") or ms.is_bare_builtin(request)):
                res = ms.resolve_in_paths(request, search, parent_file)
            else:
                res = ms.resolve(request, base_dir, parent_file)
            return res[5:] if res.startswith("node:") and not request.startswith("node:") else res

        def paths(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            """``require.resolve.paths(request)``: where a package name is looked for (the
            node_modules folders up from the module's), null for a built-in module."""
            request = arg(args, 0)
            if type(request) is not str:
                invalid_arg_type(r, "request", "of type string", request)
            if request.startswith("node:") or ms.is_bare_builtin(request):
                return NULL
            if request.startswith(("./", "../")) or request in (".", ".."):
                return new_array(r, [base_dir])
            return new_array(r, list(ms.lookup_paths(base_dir)))
        res_fn = make_fn(self.realm, "resolve", 1, resolve)
        res_fn.define_builtin("paths", make_fn(self.realm, "paths", 1, paths))
        fn.define_builtin("resolve", res_fn)
        fn.define_builtin("cache", self.cache, W | C | 2)
        fn.define_builtin("extensions", self.extensions(), W | C | 2)
        if self.main is not None:
            fn.define_builtin("main", self.main, W | C | 2)
        return fn

    def extensions(self) -> JSObject:
        """``require.extensions`` (deprecated in node, still read): a loader per file extension,
        ``(module, filename)``, as the one object every require shares."""
        if self._extensions is None:
            ms = self

            def load(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
                module, filename = arg(args, 0), arg(args, 1)
                if not isinstance(module, JSObject) or type(filename) is not str:
                    invalid_arg_type(r, "module", "of type object", module)
                ms.load(module, filename)
                return None
            ext = new_object(self.realm)
            for name in (".js", ".json", ".node"):
                put(ext, name, make_fn(self.realm, name[1:], 2, load))
            self._extensions = ext
        return self._extensions

    def module_builtin(self) -> JSObject:
        """``require('module')``: as in Node, the constructor of module objects, with its statics
        ``createRequire(filename)``, ``builtinModules``, ``isBuiltin(name)`` and ``Module``."""
        realm = self.realm
        ms = self
        proto = self.host.module_proto
        ctor = proto.get("constructor", proto)
        assert isinstance(ctor, JSObject)

        def create_require(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            filename = arg(args, 0)
            if isinstance(filename, JSObject):  # a URL object: its href
                href = filename.get("href", filename)
                filename = href if type(href) is str and href.startswith("file:") else filename
            path = None
            if type(filename) is str:
                if filename.startswith("file:"):
                    parts = urlsplit(js_string_to_python(filename))
                    if parts.netloc in ("", "localhost"):
                        path = unquote(parts.path)
                elif os.path.isabs(js_string_to_python(filename)):
                    path = js_string_to_python(filename)
            if path is None:
                shown = inspect(filename, InspectOptions(depth=-1))
                throw_node_error(r, "TypeError", "ERR_INVALID_ARG_VALUE",
                                 "The argument 'filename' must be a file URL object, file URL string, or "
                                 f"absolute path string. Received {js_str(shown)}")
            # a name ending in a separator is a directory to resolve from (as in Node)
            base = path if path.endswith(os.sep) else os.path.dirname(path)
            return ms.make_require(base, None, path)

        def is_builtin(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            name = arg(args, 0)
            if type(name) is not str:
                return False
            return name[5:] in ms.builtins if name.startswith("node:") else ms.is_bare_builtin(name)

        # enumerable, as Node's are: `import { createRequire } from 'node:module'` sees them
        put(ctor, "createRequire", make_fn(realm, "createRequire", 1, create_require))
        put(ctor, "isBuiltin", make_fn(realm, "isBuiltin", 1, is_builtin))
        put(ctor, "builtinModules", new_array(realm, sorted((set(ms.builtins) - ms.scheme_only) | {"module"})))
        put(ctor, "Module", ctor)

        def load(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            """``Module._load(request, parent)``: what ``parent``'s require gives (the working
            directory's without a parent)."""
            request = arg(args, 0)
            if type(request) is not str:
                invalid_arg_type(r, "request", "of type string", request)
            return ms.require_from(request, arg(args, 1))
        put(ctor, "_load", make_fn(realm, "_load", 3, load))

        def node_module_paths(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            """``Module._nodeModulePaths(from)``: the node_modules folders up from ``from``."""
            start = arg(args, 0)
            if type(start) is not str:
                invalid_arg_type(r, "from", "of type string", start)
            return new_array(r, ms.node_module_paths(js_string_to_python(start)))
        put(ctor, "_nodeModulePaths", make_fn(realm, "_nodeModulePaths", 1, node_module_paths))
        put(ctor, "globalPaths", new_array(realm, list(ms.global_paths())))
        put(ctor, "_cache", ms.cache)
        put(ctor, "_extensions", ms.extensions())
        return ctor

    def require(self, request: str, base_dir: str, parent: JSObject | None, parent_file: str | None) -> Any:
        key = self.resolve(request, base_dir, parent_file)
        if key.startswith("node:"):
            return self.load_builtin(key[5:])
        cached = self.cache.get(key, self.cache)
        if isinstance(cached, JSObject):
            return cached.get("exports", cached)
        module = self.new_module(key, parent)
        if parent_file:
            self._stack.append(parent_file)
        try:
            self.load(module, key)
        except BaseException:
            self.cache.delete(key)
            raise
        finally:
            if parent_file:
                self._stack.pop()
        return module.get("exports", module)

    def require_from(self, request: str, module: Any) -> Any:
        """``require(request)`` as the module object ``module``'s own: from its file's folder
        (the working directory's when it is no module with a file name)."""
        parent = module if isinstance(module, JSObject) else None
        filename = parent.get("filename", parent) if parent is not None else None
        if type(filename) is not str:
            filename = None
        base = os.path.dirname(filename) if filename is not None else os.getcwd()
        return self.require(request, base, parent, filename)

    def new_module(self, filename: str, parent: JSObject | None) -> JSObject:
        realm = self.realm
        mod_proto = self.host.module_proto
        module = JSObject(mod_proto)
        put(module, "id", filename if parent is not None else ".")
        put(module, "path", os.path.dirname(filename))
        put(module, "exports", new_object(realm))
        put(module, "filename", filename)
        put(module, "loaded", False)
        put(module, "children", new_array(realm, []))
        put(module, "paths", new_array(realm, self.node_module_paths(os.path.dirname(filename))))
        # (node's deprecated ``module.parent``: the module that first required this one, null
        # for the entry point)
        put(module, "parent", parent if parent is not None else NULL)
        if parent is not None:
            ch = parent.get("children", parent)
            if isinstance(ch, JSObject):
                call(ch.get("push", ch), ch, [module])
        return module

    def load(self, module: JSObject, filename: str) -> None:
        if module is not self.main:  # the entry point is always readable, as in Node
            self.host.permissions.check_read(self.realm, filename)
        self.cache.set(filename, module, self.cache)
        try:
            with open(filename, encoding="utf-8") as f:
                source = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise JSThrow(self.realm.new_error("Error", f"Cannot read module '{filename}': {e}")) from None
        if filename.endswith(".json"):
            j = self.realm.intrinsics["%JSON%"]
            try:
                value = call(j.get("parse", j), j, [_strip_bom(source)])
            except JSThrow as e:
                msg = safe_describe(e.value)
                msg = msg.split(": ", 1)[1] if ": " in msg else msg
                raise JSThrow(self.realm.new_error("SyntaxError", f"{filename}: {msg}")) from None
            module.set("exports", value, module)
        elif is_esm_file(filename) or self.detected.get(filename):
            module.set("exports", self.host.esm.require_module(filename), module)
        else:
            try:
                self.run_wrapped(module, filename, source)
            except DetectedModule:
                if module is self.main:
                    raise
                module.set("exports", self.host.esm.require_module(filename), module)
        module.set("loaded", True, module)

    def detected_module(self, filename: str) -> bool:
        """Module syntax detection (Node's detectModuleFormat) of the ambiguous file
        ``filename`` (``esm.is_ambiguous_file``), for the ES module loader: whether it is an ES
        module, i.e. it does not compile as a CommonJS module body and does as a module. The
        CommonJS parse is kept for the module's run."""
        verdict = self.detected.get(filename)
        if verdict is None:
            try:
                with open(filename, encoding="utf-8") as f:
                    body = python_string_to_js(file_source(f.read()))
            except (OSError, UnicodeDecodeError):
                return False  # (the CommonJS loader reports it)
            try:
                self.preparsed[filename] = (body, parse_function(body, WRAPPER_PARAMS, filename))
                verdict = False
            except ParseError:
                verdict = contains_module_syntax(body, filename)
            self.detected[filename] = verdict
        return verdict

    def run_wrapped(self, module: JSObject, filename: str, source: str) -> Any:
        """Compile ``source`` as a CommonJS module body and run it. A body that does not
        compile, of a file whose format Node decides by its syntax, is an ES module when it
        parses as one (DetectedModule)."""
        source = file_source(source)
        self.host.sources[filename] = source
        realm = self.realm
        dirname = os.path.dirname(filename)
        req = self.make_require(dirname, module, filename)
        saved = AGENT.realm
        AGENT.realm = realm
        body = python_string_to_js(source)
        try:
            cache = self.host.compile_cache
            preparsed = self.preparsed.pop(filename, None)
            if cache is not None:
                fn = cache.compile_function(realm, body, list(WRAPPER_PARAMS), filename)
            else:
                program = preparsed[1] if preparsed is not None and preparsed[0] == body else None
                fn = compile_function(realm, body, WRAPPER_PARAMS, filename, 0, 0, program=program)
        except Exception as e:
            if isinstance(e, ParseError):
                if is_ambiguous_file(filename) and contains_module_syntax(body, filename):
                    self.detected[filename] = True
                    raise DetectedModule(filename) from None
                raise JSThrow(self.host.syntax_error(past_the_body(e, source), source)) from None
            raise
        finally:
            AGENT.realm = saved
        try:
            fn.code.name = MODULE_TOP  # the top-level frame's name in stacks, as in Node
            fn.code.referrer.record = _CommonJSReferrer(self.host.esm.loader_for(filename))
        except AttributeError:
            pass
        exports = module.get("exports", module)
        main = None if self.preloading else self.main if self.main is not None else module
        req.define_builtin("main", main, W | C | 2)
        return fn.call(exports, [exports, req, module, python_string_to_js(filename), python_string_to_js(dirname)])

    def run_main(self, filename: str) -> None:
        """Load ``filename`` as the main module."""
        module = self.new_module(filename, None)
        self.main = module
        proc = getattr(self.host, "process", None)
        if isinstance(proc, JSObject):
            put(proc, "mainModule", module)  # node's (deprecated) process.mainModule
        try:
            self.load(module, filename)
        except DetectedModule:  # an ES module main has no CommonJS module
            self.main = None
            self.cache.delete(filename)
            if isinstance(proc, JSObject):
                proc.delete("mainModule")
            raise


class _CommonJSReferrer:
    """The [[HostDefined]] of a CommonJS module's code: import() resolves from its file."""

    def __init__(self, loader: Any) -> None:
        self.host_loader = loader


def _strip_bom(s: str) -> str:
    return s[1:] if s.startswith("\ufeff") else s


def require_id(r: "Realm", args: list[Any]) -> str:
    """The module id a ``require(id)`` call names: a non-empty string, else node's TypeError."""
    request = arg(args, 0)
    if type(request) is not str:
        invalid_arg_type(r, "id", "of type string", request)
    if request == "":
        throw_node_error(r, "TypeError", "ERR_INVALID_ARG_VALUE",
                         "The argument 'id' must be a non-empty string. Received ''")
    return request


def module_prototype(realm: "Realm", host: Any = None) -> JSObject:
    """``Module.prototype`` with a constructor named ``Module`` (so modules inspect as ``Module
    {...}``), and ``require(id)``: the module's own require (from its file's folder)."""
    proto = JSObject(realm.object_prototype)

    def construct(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """``new Module(id = '', parent)`` (node's Module constructor, used by packages that
        compile code as a module of their own: require-from-string, esm): a module with no
        file yet, a child of ``parent``."""
        if nt is None:  # node's constructor assigns to an undefined `this`
            raise JSThrow(r.new_error("TypeError", "Cannot set properties of undefined (setting 'id')"))
        p = nt.get("prototype", nt)
        module = JSObject(p if isinstance(p, JSObject) else proto)
        ident = arg(args, 0)
        ident = "" if ident is None else ident
        put(module, "id", ident)
        put(module, "path", python_string_to_js(os.path.dirname(js_string_to_python(to_string(ident))) or "."))
        put(module, "exports", new_object(r))
        parent = arg(args, 1)
        put(module, "parent", parent, W | C)  # (node's is a deprecated getter: not an own key)
        if isinstance(parent, JSObject):
            children = parent.get("children", parent)
            if isinstance(children, JSObject):
                call(children.get("push", children), children, [module])
        put(module, "filename", NULL)
        put(module, "loaded", False)
        put(module, "children", new_array(r, []))
        return module
    ctor = make_fn(realm, "Module", 0, construct, ctor=True)
    ctor.define_builtin("prototype", proto, 0)
    proto.props["constructor"] = Prop(ctor, W | C)
    wrapper = ["(function (exports, require, module, __filename, __dirname) { ", "\n});"]
    put(ctor, "wrapper", new_array(realm, list(wrapper)))

    def wrap(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """``Module.wrap(script)``: the source of the function a CommonJS module's body becomes."""
        return wrapper[0] + to_string(arg(args, 0)) + wrapper[1]
    put(ctor, "wrap", make_fn(realm, "wrap", 1, wrap))

    def require(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return host.modules.require_from(require_id(r, args), this)

    def compile_module(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """``module._compile(content, filename)``: run ``content`` as the body of this module
        (the file ``filename``: its require resolves from that file's folder); the body's
        completion value is returned, as node's wrapper call result."""
        content, filename = arg(args, 0), arg(args, 1)
        if not isinstance(this, JSObject):
            raise JSThrow(r.new_error("TypeError", "Module.prototype._compile called on a non-module"))
        if type(content) is not str:
            invalid_arg_type(r, "content", "of type string", content)
        if type(filename) is not str:
            invalid_arg_type(r, "filename", "of type string", filename)
        return host.modules.run_wrapped(this, os.path.abspath(js_string_to_python(filename)),
                                        js_string_to_python(content))
    if host is not None:
        proto.define_builtin("require", make_fn(realm, "require", 1, require))
        proto.define_builtin("_compile", make_fn(realm, "_compile", 2, compile_module))
    return proto


def past_the_body(e: ParseError, source: str) -> ParseError:
    """NON-SPEC: a syntax error found in the closing ``})`` of the CommonJS wrapper means the
    module's body ended while something was still open: node (V8 parses the body alone) reports
    "Unexpected end of input" at the end of the source."""
    lines = source.split("\n")
    if e.line > len(lines) or (e.line == len(lines) and e.column > len(lines[-1])):
        return ParseError("Unexpected end of input", e.filename, len(lines), len(lines[-1]) + 1)
    return e
