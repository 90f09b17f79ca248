"""The ES module loader of the ``pyjsvm`` command (Node's ESM resolution and loading, simplified).

- Resolution: relative and absolute specifiers and ``file:`` URLs name files exactly (no
  extension guessing, as in Node's ESM); ``node:x`` and bare built-in names are the built-in
  modules; other bare specifiers are packages found in ``node_modules`` through ``package.json``
  ``exports`` (conditions ``node``, ``import``/``require``, ``default``) or ``main``.
- Formats: ``.mjs`` and ``.js`` under a ``package.json`` with ``"type": "module"`` are ES modules
  (Source Text Module Records), and so is a ``.js`` or extensionless file with no ``"type"``
  above it that does not compile as CommonJS but does as a module (Node's module syntax
  detection: ``is_ambiguous_file``, ``contains_module_syntax``); ``.json`` needs ``with { type: 'json' }`` and is a synthetic module
  with a default export; CommonJS files are synthetic modules whose default export is
  ``module.exports`` plus the named exports found statically (host/cjs_exports, as Node's
  cjs-module-lexer finds them); the CommonJS module runs when its record is evaluated;
  built-ins are synthetic modules with ``default`` and their own keys.
- Module records are cached by URL: a relative, absolute or ``file:`` specifier's ``?query`` and
  ``#fragment`` are part of it (the same file under two queries is two modules), as in Node.
  ``import.meta`` has ``url``, ``filename``, ``dirname`` and
  ``resolve(specifier)``.
"""
from __future__ import annotations

import base64
import json
import os
import re
import weakref
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import quote, unquote, urljoin, urlparse

from pyjsvm.api.vm_core import has_async_graph
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.compiler.module_code import ModuleRequest
from pyjsvm.host.jsutil import make_fn, node_error, put
from pyjsvm.modules import SourceTextModuleRecord, SyntheticModuleRecord, get_module_namespace
from pyjsvm.modules.records import CyclicModuleRecord, ModuleRecord
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import enumerable_own_properties
from pyjsvm.compiler.engine import ParseError, compile_module_code, function_source, parse_function
from pyjsvm.host.cjs_exports import detect_exports
from pyjsvm.syntax.parse import parse_module
from pyjsvm.runtime.operations import call, to_string

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ESMLoader", "is_esm_file", "is_ambiguous_file", "contains_module_syntax", "file_source", "file_url",
           "package_imports_target", "split_url_suffix", "typeless_package_warning"]


def file_url(path: str) -> str:
    """``url.pathToFileURL(path).href`` (an absolute path; the characters a URL path cannot hold
    are percent-encoded)."""
    return "file://" + quote(os.path.abspath(path), safe="/:@!$&'()*+,;=[]~")


def split_url_suffix(specifier: str) -> tuple[str, str]:
    """A path-like specifier (relative, absolute or a ``file:`` URL) split before its ``?query``
    or ``#fragment``: (the path part, the suffix, percent-encoded where a URL must be; empty when
    there is none). Node resolves these specifiers as URLs, so the suffix is part of the module's
    URL, its identity in the module map (``./a.mjs?v=1`` and ``./a.mjs?v=2`` are two instances
    of one file) and its ``import.meta.url``, but names no file."""
    cut = min((i for i in (specifier.find("?"), specifier.find("#")) if i >= 0), default=len(specifier))
    return specifier[:cut], quote(specifier[cut:], safe="/?#:@!$&'()*+,;=[]~%")


def _nearest_package(path: str) -> tuple[str | None, str | None]:
    """The nearest package.json above ``path`` (None: none) and its ``type`` (None: none)."""
    d = os.path.dirname(os.path.abspath(path))
    while True:
        pkg = os.path.join(d, "package.json")
        if os.path.isfile(pkg):
            try:
                with open(pkg, encoding="utf-8") as f:
                    data = json.load(f)
            except (OSError, ValueError):
                return pkg, None
            t = data.get("type") if isinstance(data, dict) else None
            return pkg, t if isinstance(t, str) else None
        up = os.path.dirname(d)
        if up == d:
            return None, None
        d = up


def _package_type(path: str) -> str | None:
    """The ``type`` of the nearest package.json above ``path``."""
    return _nearest_package(path)[1]


# the parameters of the function a CommonJS module's body is (require.py runs it; the ES module
# loader parses it for its export names)
WRAPPER_PARAMS = ("exports", "require", "module", "__filename", "__dirname")


def file_source(text: str) -> str:
    """A JS file's text as the source it compiles (a CommonJS module body, an ES module, a
    ``-c`` check): no byte order mark, a ``#!`` line made a comment (node's hashbang)."""
    text = text[1:] if text.startswith("\ufeff") else text
    if text.startswith("#!"):
        nl = text.find("\n")
        text = "//" + text[2:] if nl < 0 else "//" + text[2:nl] + text[nl:]
    return text


# NON-SPEC (Node's esm loader): a data: URL module. Its URL's path (up to a "?" or "#") is a MIME
# type, optional parameters and ";base64", then "," and the percent-encoded body.
_DATA_URL = re.compile(r"^[^/]+/[^,;]+(?:[^,]*?)(;base64)?,(.*)$", re.S)
_DATA_MIME = re.compile(r"^([^/]+/[^;,]+)(?:[^,]*?)(;base64)?,", re.S)
_JS_MIME = re.compile(r"^\s*(text|application)/javascript\s*(;\s*charset=utf-?8\s*)?$", re.I)
_BASE64_CHARS = re.compile(r"[^A-Za-z0-9+/\-_]")
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_ENCODED_SEPARATOR = re.compile(r"%2f|%5c", re.I)


def data_url_format(url: str) -> tuple[str | None, str]:
    """The module format of a data: URL ('module', 'json' or None: unknown) and its MIME type
    (Node's getDataProtocolModuleFormat)."""
    m = _DATA_MIME.match(_data_url_path(url))
    mime = m.group(1) if m else ""
    if _JS_MIME.match(mime):
        return "module", mime
    return ("json" if mime == "application/json" else None), mime


def _data_url_path(url: str) -> str:
    """The path of a data: URL: after "data:", up to its query or fragment."""
    rest = url[len("data:"):]
    end = min((i for i in (rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    return rest[:end]


def decode_uri_component(text: str) -> str | None:
    """decodeURIComponent of a Python string (None where it throws URIError: a "%" not followed
    by two hex digits, or escapes that are not UTF-8)."""
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%":
            h = text[i + 1:i + 3]
            if len(h) != 2 or any(d not in "0123456789abcdefABCDEF" for d in h):
                return None
            out.append(int(h, 16))
            i += 3
        else:
            out += c.encode("utf-8", "surrogatepass")
            i += 1
    try:
        return out.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None


def data_url_body(url: str) -> str | None:
    """The text of a data: URL (its body percent-decoded, then decoded from base64 when marked so,
    as Node's Buffer does: other characters skipped, the end at a "=", invalid UTF-8 replaced);
    None when it is no data URL Node accepts. Raises ValueError where decodeURIComponent throws."""
    m = _DATA_URL.match(_data_url_path(url))
    if m is None:
        return None
    body = decode_uri_component(m.group(2))
    if body is None:
        raise ValueError("URI malformed")
    if not m.group(1):
        return body
    chars = _BASE64_CHARS.sub("", body.split("=", 1)[0]).replace("-", "+").replace("_", "/")
    chars = chars[:len(chars) - len(chars) % 4] if len(chars) % 4 == 1 else chars
    raw = base64.b64decode(chars + "=" * (-len(chars) % 4))
    return raw.decode("utf-8", "replace")


def is_ambiguous_file(path: str) -> bool:
    """Whether Node decides the format of ``path`` by its syntax (module syntax detection): a
    ``.js`` or extensionless file whose nearest package.json has no ``"type"`` (or that has no
    package.json); such a file is an ES module when it does not compile as CommonJS but does as
    a module (``contains_module_syntax``)."""
    base = os.path.basename(path)
    if not (base.endswith(".js") or "." not in base):
        return False
    return _package_type(path) not in ("module", "commonjs")


def contains_module_syntax(source: str, filename: str) -> bool:
    """NON-SPEC (Node's containsModuleSyntax): whether ``source``, which did not compile as a
    CommonJS module body, parses as an ES module: module syntax (import and export declarations,
    ``import.meta``, a top-level ``await``) or a top-level declaration of a name the CommonJS
    wrapper binds (``const require = ...``), the errors that only a CommonJS body has."""
    try:
        parse_module(python_string_to_js(source), filename)
    except ParseError:
        return False
    return True


def typeless_package_warning(path: str) -> str | None:
    """Node's MODULE_TYPELESS_PACKAGE_JSON warning for ``path``, a file found to be an ES module
    by its syntax, when a package.json without ``"type"`` is above it (not inside node_modules);
    None: no warning."""
    pkg, _ = _nearest_package(path)
    if pkg is None or "node_modules" in os.path.abspath(path).split(os.sep):
        return None
    return (f"Module type of {file_url(path)} is not specified and it doesn't parse as CommonJS.\n"
            "Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n"
            f"To eliminate this warning, add \"type\": \"module\" to {pkg}.")


def is_esm_file(path: str) -> bool:
    """Whether Node would load ``path`` as an ES module."""
    if path.endswith(".mjs"):
        return True
    if path.endswith(".cjs"):
        return False
    return path.endswith(".js") and _package_type(path) == "module"


def _match_exports(exports: Any, subpath: str, conditions: tuple[str, ...]) -> str | None:
    """PACKAGE_EXPORTS_RESOLVE for one subpath ('.' or './x'), with subpath patterns ('./*')."""
    if isinstance(exports, (str, list)) or (isinstance(exports, dict) and exports and
                                            not any(k.startswith(".") for k in exports)):
        exports = {".": exports}
    if not isinstance(exports, dict):
        return None
    return _match_map(exports, subpath, conditions)


def _match_map(mapping: dict[str, Any], key: str, conditions: tuple[str, ...]) -> str | None:
    """PACKAGE_IMPORTS_EXPORTS_RESOLVE: ``key`` matched against the keys of an ``exports`` or
    ``imports`` map, exactly or by a pattern with one ``*``."""
    if key in mapping and "*" not in key:
        return _target(mapping[key], conditions, "")
    for pattern, value in mapping.items():
        if "*" in pattern:
            pre, _, post = pattern.partition("*")
            if key.startswith(pre) and key.endswith(post) and len(key) >= len(pre) + len(post):
                return _target(value, conditions, key[len(pre):len(key) - len(post)])
    return None


def package_scope(path: str) -> str | None:
    """LOOKUP_PACKAGE_SCOPE: the directory of the nearest package.json above ``path``, not
    looking past a ``node_modules`` directory."""
    d = os.path.dirname(os.path.abspath(path))
    while True:
        if os.path.basename(d) == "node_modules":
            return None
        if os.path.isfile(os.path.join(d, "package.json")):
            return d
        up = os.path.dirname(d)
        if up == d:
            return None
        d = up


def package_imports_target(realm: "Realm", specifier: str, parent_file: str,
                           conditions: tuple[str, ...]) -> tuple[str, str]:
    """PACKAGE_IMPORTS_RESOLVE for a ``#name`` specifier: (the package's directory, the target
    of its ``imports`` map), the target a relative path or a bare package specifier to resolve
    from that directory. Throws Node's errors for an invalid or undefined specifier."""
    if specifier == "#" or specifier.startswith("#/"):
        raise JSThrow(node_error(realm, "TypeError", "ERR_INVALID_MODULE_SPECIFIER",
                                 f'Invalid module "{specifier}" is not a valid internal imports specifier '
                                 f"name imported from {parent_file}"))
    scope = package_scope(parent_file)
    if scope is not None:
        pkg = os.path.join(scope, "package.json")
        try:
            with open(pkg, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            data = None
        imports = data.get("imports") if isinstance(data, dict) else None
        if isinstance(imports, dict):
            target = _match_map(imports, specifier, conditions)
            if target is not None:
                return scope, target
        raise JSThrow(node_error(realm, "TypeError", "ERR_PACKAGE_IMPORT_NOT_DEFINED",
                                 f'Package import specifier "{specifier}" is not defined in package {pkg} '
                                 f"imported from {parent_file}"))
    raise JSThrow(node_error(realm, "TypeError", "ERR_PACKAGE_IMPORT_NOT_DEFINED",
                             f'Package import specifier "{specifier}" is not defined imported from {parent_file}'))


def _target(value: Any, conditions: tuple[str, ...], star: str) -> str | None:
    if isinstance(value, str):
        return value.replace("*", star)
    if isinstance(value, list):
        for v in value:
            t = _target(v, conditions, star)
            if t is not None:
                return t
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            if k in conditions:
                t = _target(v, conditions, star)
                if t is not None:
                    return t
    return None


class ESMLoader:
    """The module map and HostLoadImportedModule of one NodeHost, or of one ShadowRealm made in
    it (``realm``): a ShadowRealm has its own module map, and loads ES modules and JSON only (a
    CommonJS module or a built-in would hand it objects of the main realm)."""

    def __init__(self, host: "NodeHost", realm: "Realm | None" = None, base: str | None = None) -> None:
        self.host = host
        self.realm: Realm = realm or host.realm
        self.shadow = realm is not None
        self.cache: dict[str, ModuleRecord] = {}
        self.require_facades: dict[str, ModuleRecord] = {}  # url -> the facade require() gives
        # each source text module's URL, ?query and #fragment kept: its import.meta.url
        self.urls: "weakref.WeakKeyDictionary[ModuleRecord, str]" = weakref.WeakKeyDictionary()
        self.entry: str | None = None  # the main script's path, once known
        self.warned: set[str] = set()  # the files warn_typeless warned about
        realm = self.realm
        realm.host_defined["pyjsvm.host_loader"] = self.loader_for(base or os.path.join(os.getcwd(), "[eval]"))
        if not self.shadow:
            realm.host_defined["pyjsvm.default_loader"] = self.default_loader
            realm.host_defined["pyjsvm.initialize_shadow_realm"] = self.initialize_shadow_realm

    def initialize_shadow_realm(self, realm: "Realm", caller_realm: "Realm", shadow_realm_object: Any) -> None:
        """HostInitializeShadowRealm (sec-hostinitializeshadowrealm), the command's part: the
        ShadowRealm gets a module loader of its own. ``importValue`` specifiers resolve from the
        main script (as a page's ShadowRealm resolves from the page), else from the current
        directory."""
        ESMLoader(self.host, realm, self.entry or os.path.join(os.getcwd(), "[eval]"))

    # --- errors -----------------------------------------------------------------------------
    def _not_found(self, what: str, specifier: str, parent: str, url: str | None = None, hint: str = "") -> JSThrow:
        if what == "package":
            msg = f"Cannot find package '{specifier}' imported from {parent}"
        else:
            msg = f"Cannot find module '{specifier}' imported from {parent}"
        err = node_error(self.realm, "Error", "ERR_MODULE_NOT_FOUND", msg + hint)
        if url is not None:
            put(err, "url", url)
        return JSThrow(err)

    # --- resolution -------------------------------------------------------------------------
    def resolve(self, specifier: str, parent_file: str, conditions: tuple[str, ...] = ("node", "import", "default")) -> str:
        """The URL (``file:///...`` or ``node:x``) ``specifier`` names from ``parent_file``."""
        builtins = self.host.modules.builtins
        if specifier.startswith("node:"):
            if specifier[5:] in builtins:
                return specifier
            raise JSThrow(node_error(self.realm, "Error", "ERR_UNKNOWN_BUILTIN_MODULE",
                                     f"No such built-in module: {specifier}"))
        if self.host.modules.is_bare_builtin(specifier):
            return "node:" + specifier
        if specifier.startswith("data:"):
            return specifier
        scheme = _URL_SCHEME.match(specifier)
        if scheme is not None and scheme.group(1).lower() not in ("file", "node", "data"):
            return specifier  # (a URL of a scheme no loader loads: load() says so, as Node's)
        if parent_file.startswith("data:") and not specifier.startswith("file:"):
            # (Node: a data: URL is no base a relative URL or a package can resolve against)
            raise JSThrow(node_error(self.realm, "TypeError", "ERR_UNSUPPORTED_RESOLVE_REQUEST",
                                     f'Failed to resolve module specifier "{specifier}" from "{parent_file}": '
                                     f'Invalid relative URL or base scheme is not hierarchical.'))
        base = os.path.dirname(parent_file)
        if specifier.startswith("#"):  # the package's own "imports" map
            scope, target = package_imports_target(self.realm, specifier, parent_file, conditions)
            if not target.startswith("./"):
                return file_url(self._resolve_package(target, scope, parent_file, conditions))
            specifier, base = target, scope
        if specifier.startswith("file:"):
            rest, suffix = split_url_suffix(specifier)
            self._check_encoded_separators(urlparse(rest).path, parent_file)
            path = unquote(urlparse(rest).path)
            shown = path
        elif specifier.startswith(("./", "../", "/")) or specifier in (".", ".."):
            rest, suffix = split_url_suffix(specifier)
            self._check_encoded_separators(urlparse(urljoin(file_url(parent_file), quote(rest, safe="/%"))).path,
                                           parent_file)
            path = os.path.normpath(os.path.join(base, unquote(rest)))
            # (as a URL resolves it: a directory named by "/", "." or ".." at the end keeps its "/")
            shown = path if not rest.endswith(("/", "/.", "/..")) and rest not in (".", "..") else path.rstrip("/") + "/"
        else:
            return file_url(self._resolve_package(specifier, base, parent_file, conditions))
        if not os.path.isfile(path):
            hint = self._commonjs_hint(path if specifier.startswith("file:") else specifier, parent_file)
            if os.path.isdir(path):
                err = node_error(self.realm, "Error", "ERR_UNSUPPORTED_DIR_IMPORT", f"Directory import '{shown}' is "
                                 f"not supported resolving ES modules imported from {parent_file}{hint}")
                put(err, "url", file_url(path) + ("/" if shown.endswith("/") and path != "/" else "") + suffix)
                raise JSThrow(err)
            raise self._not_found("module", path, parent_file, file_url(path) + suffix, hint)
        return file_url(path) + suffix

    def _check_encoded_separators(self, pathname: str, parent_file: str) -> None:
        """Node's finalizeResolution: a resolved URL whose path holds an encoded "/" or "\\"
        (%2F, %5C) is ERR_INVALID_MODULE_SPECIFIER, not a path with one more separator."""
        if _ENCODED_SEPARATOR.search(pathname):
            raise JSThrow(node_error(self.realm, "TypeError", "ERR_INVALID_MODULE_SPECIFIER",
                                     f'Invalid module "{pathname}" must not include encoded "/" or "\\" characters '
                                     f"imported from {parent_file}"))

    def _commonjs_hint(self, specifier: str, parent_file: str) -> str:
        """NON-SPEC (Node's decorateErrorWithCommonJSHints): for a relative or absolute
        ``specifier`` that names no file an ES module import can load but that require() would
        resolve (an extension or an index file added, a package.json "main"), the line
        'Did you mean to import "./x.js"?' that Node adds to the error's message; else ''."""
        try:
            found = self.host.modules.resolve(specifier, os.path.dirname(parent_file), parent_file)
            if found.startswith("node:"):
                return ""
            self.host.permissions.check_read(self.realm, found)  # (Node: its lookup is denied too)
        except JSThrow:
            return ""
        if specifier.startswith(("./", "../")) or specifier in (".", ".."):
            found = os.path.relpath(found, os.path.dirname(parent_file)).replace(os.sep, "/")
            if not found.startswith("../"):
                found = "./" + found
        if found == specifier:
            return ""
        return "\nDid you mean to import " + json.dumps(found, ensure_ascii=False) + "?"

    def _resolve_package(self, specifier: str, base: str, parent_file: str, conditions: tuple[str, ...]) -> str:
        parts = specifier.split("/")
        n = 2 if specifier.startswith("@") else 1
        name, rest = "/".join(parts[:n]), "/".join(parts[n:])
        d = base
        while True:
            pkg_dir = os.path.join(d, "node_modules", name)
            if os.path.isdir(pkg_dir):
                return self.resolve_in_package(pkg_dir, rest, specifier, parent_file, conditions)
            up = os.path.dirname(d)
            if up == d:
                break
            d = up
        raise self._not_found("package", name, parent_file)

    def package_exports_resolve(self, pkg_dir: str, exports: Any, rest: str, conditions: tuple[str, ...],
                                parent_file: str | None) -> str:
        """PACKAGE_EXPORTS_RESOLVE (Node's ESM resolution algorithm): the path the ``exports`` of
        the package in ``pkg_dir`` maps the subpath ``./rest`` to, whether or not a file is there;
        ERR_PACKAGE_PATH_NOT_EXPORTED when it maps none (the message names the importing file,
        as import's does; require()'s names none: Node passes it no base)."""
        sub = "./" + rest if rest else "."
        target = _match_exports(exports, sub, conditions)
        if target is None:
            pkg = os.path.join(pkg_dir, "package.json")
            importer = f" imported from {parent_file}" if parent_file is not None else ""
            # (node words it apart when the package's main entry, ".", is the one not exported)
            what = "No \"exports\" main defined" if sub == "." else f"Package subpath '{sub}' is not defined by \"exports\""
            raise JSThrow(node_error(self.realm, "Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", f"{what} in {pkg}{importer}"))
        return os.path.normpath(os.path.join(pkg_dir, target))

    def resolve_in_package(self, pkg_dir: str, rest: str, specifier: str, parent_file: str,
                            conditions: tuple[str, ...]) -> str:
        data: Any = {}
        pkg = os.path.join(pkg_dir, "package.json")
        if os.path.isfile(pkg):
            try:
                with open(pkg, encoding="utf-8") as f:
                    data = json.load(f)
            except (OSError, ValueError):
                data = {}
        if isinstance(data, dict) and "exports" in data:
            path = self.package_exports_resolve(pkg_dir, data["exports"], rest, conditions, parent_file)
            if os.path.isfile(path):
                return path
            raise self._not_found("module", path, parent_file, file_url(path))
        if rest:
            path = os.path.join(pkg_dir, rest)
        else:
            main = data.get("main") if isinstance(data, dict) else None
            path = os.path.join(pkg_dir, main if isinstance(main, str) else "index.js")
        for candidate in (path, path + ".js", path + ".json", os.path.join(path, "index.js")):
            if os.path.isfile(candidate):
                return os.path.normpath(candidate)
        raise self._not_found("package", specifier, parent_file)

    # --- loading ----------------------------------------------------------------------------
    def load(self, url: str, attributes: dict[str, str], via_require: bool = False) -> ModuleRecord:
        """The module record for ``url`` (cached), checked against the import attributes
        (``via_require``: for require(), which Node does not warn about)."""
        scheme = _URL_SCHEME.match(url)
        if scheme is not None and scheme.group(1).lower() not in ("file", "node", "data"):
            raise JSThrow(node_error(self.realm, "Error", "ERR_UNSUPPORTED_ESM_URL_SCHEME",
                                     f"Only URLs with a scheme in: file, data, and node are supported by the default "
                                     f"ESM loader. Received protocol '{scheme.group(1).lower()}:'"))
        for key, value in attributes.items():  # (Node's validateAttributes: 'type' only)
            if key != "type":
                raise JSThrow(node_error(self.realm, "TypeError", "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED",
                                         f'Import attribute "{key}" with value "{value}" is not supported'))
        kind = attributes.get("type")
        cached = self.cache.get(url)
        is_data = url.startswith("data:")
        path = "" if url.startswith("node:") or is_data else unquote(urlparse(url).path)  # (no ?query, no #fragment)
        data_format, mime = data_url_format(url) if is_data else (None, "")
        is_json = data_format == "json" if is_data else path.endswith(".json")
        if is_json and kind is None:
            raise JSThrow(node_error(self.realm, "TypeError", "ERR_IMPORT_ASSERTION_TYPE_MISSING",
                                     f'Module "{url}" needs an import attribute of type "json"'))
        if kind is not None and kind != "json" or (kind == "json" and not is_json):
            raise JSThrow(node_error(self.realm, "TypeError", "ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE"
                                     if kind == "json" else "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED",
                                     f'Module "{url}" is not of type "{kind}"' if kind == "json" else
                                     f'Import attribute "type" with value "{kind}" is not supported'))
        if cached is not None:
            return cached
        record: ModuleRecord
        if url.startswith("node:"):
            if self.shadow:
                raise JSThrow(node_error(self.realm, "Error", "ERR_UNKNOWN_BUILTIN_MODULE",
                                         f"No such built-in module in a ShadowRealm: {url}"))
            record = self._builtin(url[5:])
        elif is_data:
            record = self._data_module(url, data_format, mime)
        else:
            self.host.permissions.check_read(self.realm, path)  # --permission: imports read files too
            if path.endswith(".json"):
                record = self._json(path)
            elif is_esm_file(path):
                record = self._source_text(path, url)
            elif is_ambiguous_file(path) and self.host.modules.detected_module(path):
                if not via_require:  # (Node warns on import, not on require)
                    self.warn_typeless(path)
                record = self._source_text(path, url)
            elif self.shadow:
                raise JSThrow(node_error(self.realm, "TypeError", "ERR_UNKNOWN_MODULE_FORMAT",
                                         f"A ShadowRealm imports ES modules and JSON only, not the CommonJS "
                                         f"module {path} (name it .mjs, or use a package.json with \"type\": \"module\")"))
            elif path.endswith((".js", ".cjs")) or "." not in os.path.basename(path):
                record = self._commonjs(path, url)
            else:
                ext = os.path.splitext(path)[1]
                raise JSThrow(node_error(self.realm, "TypeError", "ERR_UNKNOWN_FILE_EXTENSION",
                                         f'Unknown file extension "{ext}" for {path}'))
        self.cache[url] = record
        return record

    def _read(self, path: str) -> str:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise JSThrow(self.realm.new_error("Error", python_string_to_js(f"Cannot read module '{path}': {e}"))) from None
        return text[1:] if text.startswith("\ufeff") else text

    def _data_module(self, url: str, data_format: str | None, mime: str) -> ModuleRecord:
        """The module of a data: URL: an ES module (text/javascript) or JSON (application/json)."""
        try:
            text = data_url_body(url)
        except ValueError:
            raise JSThrow(self.realm.new_error("URIError", "URI malformed")) from None
        if text is None:
            err = node_error(self.realm, "TypeError", "ERR_INVALID_URL", "Invalid URL")
            put(err, "input", python_string_to_js(url))
            raise JSThrow(err)
        if data_format == "json":
            return self._json_text(python_string_to_js(text), url)
        if data_format is None:
            raise JSThrow(node_error(self.realm, "RangeError", "ERR_UNKNOWN_MODULE_FORMAT",
                                     f"Unknown module format: {mime} for URL {url}"))
        return self._source_text(url, url, text)

    def _source_text(self, path: str, url: str, text: str | None = None) -> SourceTextModuleRecord:
        """The ES module of the file ``path`` (or of ``text``: a data: URL's, ``path`` its URL)."""
        source = python_string_to_js(file_source(self._read(path) if text is None else text))
        self.host.sources[url] = source
        cache = self.host.compile_cache
        try:
            code = compile_module_code(source, url) if cache is None else cache.compile_module(source, url)
        except ParseError as e:
            raise JSThrow(self.host.syntax_error(e, source, self.realm)) from None
        record = SourceTextModuleRecord(self.realm, code, path, self._import_meta)
        record.host_loader = self.loader_for(path)
        self.urls[record] = url
        return record

    def _synthetic(self, names: list[str], values: Callable[[], dict[str, Any]], where: str) -> SyntheticModuleRecord:
        def steps(module: SyntheticModuleRecord) -> None:
            for k, v in values().items():
                module.set_synthetic_export(k, v)
        return SyntheticModuleRecord(self.realm, names, steps, where)

    def _json(self, path: str) -> SyntheticModuleRecord:
        return self._json_text(python_string_to_js(self._read(path)), path)

    def _json_text(self, text: str, where: str) -> SyntheticModuleRecord:
        """A JSON module of ``text``, read from ``where`` (a file name or a data: URL): JSON.parse
        at its evaluation, a SyntaxError's message starting with ``where`` as in Node."""
        j = self.realm.intrinsics["%JSON%"]

        def values() -> dict[str, Any]:
            try:
                return {"default": call(j.get("parse", j), j, [text])}
            except JSThrow as e:
                err = e.value
                if isinstance(err, JSObject) and err.proto is self.realm.intrinsics["%SyntaxError.prototype%"]:
                    message = err.get("message", err)
                    if type(message) is str:
                        err.set("message", python_string_to_js(where + ": ") + message, err)
                raise
        return self._synthetic(["default"], values, where)

    def _exports_of(self, exports: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"default": exports}
        if isinstance(exports, JSObject):
            for key in enumerable_own_properties(exports, "key"):
                if key != "default":
                    out[key] = exports.get(key, exports)
        return out

    def _builtin(self, name: str) -> SyntheticModuleRecord:
        exports = self.host.modules.load_builtin(name)
        values = self._exports_of(exports)
        return self._synthetic(list(values), lambda: self._exports_of(exports), "node:" + name)

    def _commonjs(self, path: str, url: str) -> SyntheticModuleRecord:
        """A CommonJS module as an ES module imports it (Node's commonjs translator): its export
        names found statically (``_commonjs_names``) and ``default``; the module runs when this
        record is evaluated, in its place among the importer's imports, and each name gets the
        value of module.exports' own property of that name (else undefined), ``default``
        module.exports itself."""
        names = [n for n in self._commonjs_names(path, set()) if n != "default"]

        def values() -> dict[str, Any]:
            exports = self.host.modules.require(path, os.path.dirname(path), None, None)
            out: dict[str, Any] = {"default": exports}
            for k in names:
                own = isinstance(exports, JSObject) and exports.get_own_property(k) is not None
                out[k] = exports.get(k, exports) if own else None
            return out
        return self._synthetic(["default", *names], values, path)

    def _commonjs_names(self, path: str, seen: set[str]) -> list[str]:
        """The names the CommonJS file ``path`` exports to ES modules (host/cjs_exports), with
        those of the modules it reexports (less their ``default``); none for a file that does
        not parse (it throws when it runs)."""
        if path in seen:
            return []
        seen.add(path)
        modules = self.host.modules
        pre = modules.preparsed.get(path)
        if pre is not None:
            program = pre[1]
        else:
            try:
                with open(path, encoding="utf-8") as f:
                    body = python_string_to_js(file_source(f.read()))
                program = parse_function(body, WRAPPER_PARAMS, path)
            except (OSError, UnicodeDecodeError, ParseError, RecursionError):
                return []  # (it fails when it runs)
            modules.preparsed[path] = (body, program)  # (the parse the module runs from)
        names, reexports = detect_exports(program.body[0].expression.body.body,
                                          function_source(modules.preparsed[path][0], WRAPPER_PARAMS))
        out = dict.fromkeys(names)
        for spec in reexports:
            try:
                target = self.host.modules.resolve(spec, os.path.dirname(path), path)
            except JSThrow:
                continue
            # (as in node 20, a built-in's names are not reexported)
            if not target.startswith("node:") and (target.endswith((".js", ".cjs"))
                                                    or "." not in os.path.basename(target)):
                found = self._commonjs_names(target, seen)
            else:
                continue
            out.update(dict.fromkeys(n for n in found if n != "default"))
        return list(out)

    # --- HostLoadImportedModule -------------------------------------------------------------
    def loader_for(self, parent_file: str) -> Callable[[Any, ModuleRequest, Callable[[bool, Any], None]], None]:
        """The loader of code in ``parent_file`` (a module, a CommonJS file, or ``[eval]``)."""
        def load(referrer: Any, request: ModuleRequest, finish: Callable[[bool, Any], None]) -> None:
            saved = AGENT.realm
            AGENT.realm = self.realm
            try:
                url = self.resolve(request.specifier, parent_file)
                record = self.load(url, dict(request.attributes))
            except JSThrow as e:
                finish(False, e.value)
                return
            finally:
                AGENT.realm = saved
            finish(True, record)
        return load

    def default_loader(self, referrer: Any, request: ModuleRequest, finish: Callable[[bool, Any], None],
                       filename: str | None = None) -> None:
        """vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER: resolve relative to ``filename`` (the
        ``filename`` option of the vm code importing) when it is an absolute path or a URL, else
        relative to the current directory (Node's caveat 1 in the vm docs). Of URLs only file: and
        data: ones can be a base (with another scheme only builtins and data: URLs import, and
        from http: or https: only relative and absolute specifiers, which fail)."""
        parent = os.path.join(os.getcwd(), "")  # (Node: 'imported from /cwd/')
        if filename is not None:
            scheme = _URL_SCHEME.match(filename)
            if os.path.isabs(filename):
                parent = filename
            elif scheme is not None and scheme.group(1).lower() == "file":
                parent = unquote(urlparse(filename).path)
            elif scheme is not None and scheme.group(1).lower() == "data":
                parent = filename
            elif scheme is not None:
                spec, protocol = request.specifier, scheme.group(1).lower()
                relative = spec.startswith(("./", "../", "/")) or spec in (".", "..") or (
                    _URL_SCHEME.match(spec) is not None and not spec.startswith("node:"))
                if protocol in ("http", "https") and not relative:
                    finish(False, node_error(
                        self.realm, "Error", "ERR_NETWORK_IMPORT_DISALLOWED",
                        f"import of '{spec}' by {filename} is not supported: only relative and absolute "
                        f"specifiers are supported."))
                    return
                if not (spec.startswith(("node:", "data:")) or self.host.modules.is_bare_builtin(spec)):
                    finish(False, node_error(
                        self.realm, "Error", "ERR_UNSUPPORTED_ESM_URL_SCHEME",
                        f"Only URLs with a scheme in: file, data, and node are supported by the default ESM "
                        f"loader. Received protocol '{protocol}:'"))
                    return
        self.loader_for(parent)(referrer, request, finish)

    def _import_meta(self, meta: JSObject, module: Any) -> None:
        """HostGetImportMetaProperties + HostFinalizeImportMeta: url, filename, dirname, resolve."""
        path = module.host_defined
        if not path.startswith("data:"):  # (a data: URL module has neither)
            put(meta, "dirname", python_string_to_js(os.path.dirname(path)))
            put(meta, "filename", python_string_to_js(path))
        loader = self

        def resolve(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            spec = to_string(args[0] if args else None)
            try:
                return python_string_to_js(loader.resolve(spec, path))
            except JSThrow as e:
                # Node: a file that does not exist, or a directory, still has its URL
                err = e.value
                if isinstance(err, JSObject) and err.get("code", err) in ("ERR_MODULE_NOT_FOUND",
                                                                          "ERR_UNSUPPORTED_DIR_IMPORT"):
                    url = err.get("url", err)
                    if type(url) is str:
                        return url
                raise
        put(meta, "resolve", make_fn(self.realm, "resolve", 1, resolve))
        put(meta, "url", python_string_to_js(self.urls.get(module) or file_url(path)))

    # --- entry points -----------------------------------------------------------------------
    def load_graph(self, record: ModuleRecord) -> None:
        """LoadRequestedModules + Link (synchronous: every file is read at once)."""
        state = record.load_requested_modules()
        if state.error is not None:
            raise state.error
        record.link()

    def warn_typeless(self, path: str) -> None:
        """Node's MODULE_TYPELESS_PACKAGE_JSON warning (``typeless_package_warning``), once per
        file, for a file found to be an ES module by its syntax."""
        text = typeless_package_warning(path)
        if text is None or path in self.warned:
            return
        self.warned.add(path)
        process = self.host.process
        call(process.get("emitWarning", process), process, [text, "Warning", "MODULE_TYPELESS_PACKAGE_JSON"])

    def run_main(self, path: str) -> Any:
        """Load, link and evaluate ``path`` as the main ES module; returns the evaluation promise."""
        url = file_url(path)
        self.entry = path
        record = self._source_text(path, url)
        self.cache[url] = record
        self.load_graph(record)
        self.main = record
        return record.evaluate()

    def run_source(self, source: str, name: str) -> Any:
        """``--input-type=module``: ``source`` as the main module (named ``name``, resolved from the cwd)."""
        src = python_string_to_js(source)
        self.host.sources[name] = src
        try:
            code = compile_module_code(src, name)
        except ParseError as e:
            raise JSThrow(self.host.syntax_error(e, src)) from None
        path = os.path.join(os.getcwd(), name)
        record = SourceTextModuleRecord(self.realm, code, path, self._import_meta)
        record.host_loader = self.loader_for(path)
        self.load_graph(record)
        self.main = record
        return record.evaluate()

    def require_module(self, path: str) -> Any:
        """``require()`` of an ES module: its namespace (or its export named ``module.exports``),
        when the graph has no top-level await."""
        url = file_url(path)
        record = self.load(url, {}, via_require=True)
        self.load_graph(record)
        if isinstance(record, CyclicModuleRecord) and has_async_graph(record):
            raise JSThrow(node_error(self.realm, "Error", "ERR_REQUIRE_ASYNC_MODULE",
                                     "require() cannot be used on an ESM graph with top-level await. Use import() "
                                     f"instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From {path}"))
        promise = record.evaluate()
        if promise.state == "rejected":
            raise JSThrow(promise.result)
        namespace = get_module_namespace(record)
        # a module's export named "module.exports" is what require() gives, as in Node
        # (`export { parse as 'module.exports' }`)
        if namespace.has_property("module.exports"):
            return namespace.get("module.exports", namespace)
        # as in Node: with a default export (and no __esModule of its own), the namespace of a
        # facade that adds `__esModule: true`, by which transpiled CommonJS code
        # (`_interopRequireDefault`) finds the default export
        if namespace.has_property("default") and not namespace.has_property("__esModule"):
            return get_module_namespace(self._require_facade(url, path))
        return namespace

    def _require_facade(self, url: str, path: str) -> ModuleRecord:
        """The module ``export * from url; export { default } from url; export const
        __esModule = true;`` (made once per module; its bindings are the module's, live)."""
        facade = self.require_facades.get(url)
        if facade is None:
            target = json.dumps(url)  # (a JSON string is a JS string literal)
            source = (f"export * from {target}; export {{ default }} from {target}; "
                      "export const __esModule = true;\n")
            facade = SourceTextModuleRecord(self.realm, compile_module_code(python_string_to_js(source), url), path,
                                            self._import_meta)
            facade.host_loader = self.loader_for(path)
            self.load_graph(facade)
            promise = facade.evaluate()
            if promise.state == "rejected":
                raise JSThrow(promise.result)
            self.require_facades[url] = facade
        return facade
