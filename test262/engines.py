"""Engine adapters: the small interface the runner drives.

An adapter compiles scripts (once; a compiled script can run in many realms), creates fresh test
realms with the test262 host API (``$262``, ``print``) installed, and runs scripts in them.  JS
errors come back as :class:`EngineError` with the thrown value's constructor name.

* :class:`PyjsvmEngine` -- the engine under test, through its public ``vm`` API.
* :class:`NodeEngine` -- ``node`` (its ``vm`` module) in a child process: a reference used to check
  the runner itself (every test262 test should pass there, modulo V8's own gaps).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, Callable

from .agents import MAIN_AGENT_SETUP, AgentHost, agents_supported, install_main_agent


class EngineError(Exception):
    """A JS exception (or a parse error) reported by an engine."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


class ModuleUnsupported(Exception):
    """The engine has no module API."""


class Engine(ABC):
    name = "engine"

    @property
    def supports_modules(self) -> bool:
        return False

    @abstractmethod
    def compile(self, source: str, filename: str) -> Any:
        """Parse a script; raise EngineError (normally a SyntaxError) on failure."""

    @abstractmethod
    def new_realm(self) -> Any:
        """A fresh realm with ``$262`` and ``print`` defined."""

    @abstractmethod
    def run(self, script: Any, realm: Any) -> None:
        """Run a compiled script in a realm; raise EngineError on an uncaught JS exception."""

    @abstractmethod
    def prints(self, realm: Any) -> list[str]:
        """What the test printed with ``print`` so far (pending jobs having been run)."""

    def run_module(self, realm: Any, source: str, path: Path) -> None:
        """Link and evaluate a module test (fixtures are loaded from its directory)."""
        raise ModuleUnsupported("modules not supported")

    def release(self, realm: Any) -> None:
        """The test is done with this realm."""

    def healthy(self) -> bool:
        """False when the engine cannot run more tests (its worker is then replaced)."""
        return True

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------------------------
# pyjsvm

# Run in every fresh realm (compiled once per worker): a function that builds the realm's $262
# (an ordinary JS object, as INTERPRETING.md describes) over the Python host callables, and
# defines $262 and print as writable, configurable, non-enumerable globals.
_PYJSVM_SETUP = r"""
(function (host) {
  var global = globalThis;
  var $262 = {
    createRealm: function createRealm() { return host.createRealm(); },
    evalScript: function evalScript(src) { return host.evalScript(String(src)); },
    gc: function gc() { host.gc(); },
    global: global,
  };
  if (host.AbstractModuleSource) $262.AbstractModuleSource = host.AbstractModuleSource;
  // (not `if (host.IsHTMLDDA)`: ToBoolean of the object is false)
  if (host.IsHTMLDDA !== undefined) $262.IsHTMLDDA = host.IsHTMLDDA;
  if (typeof ArrayBuffer === 'function' && ArrayBuffer.prototype &&
      typeof ArrayBuffer.prototype.transfer === 'function') {
    var transfer = ArrayBuffer.prototype.transfer;
    var call = Function.prototype.call;
    // DetachArrayBuffer through the public API: transfer() detaches its receiver.
    var detached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached');
    $262.detachArrayBuffer = function detachArrayBuffer(buffer) {
      if (!(detached && call.call(detached.get, buffer))) call.call(transfer, buffer);
      return null;
    };
  }
  var print = function print(msg) { host.print(String(msg)); };
  Object.defineProperty(global, '$262', {value: $262, writable: true, enumerable: false, configurable: true});
  Object.defineProperty(global, 'print', {value: print, writable: true, enumerable: false, configurable: true});
  return $262;
})
"""


def _intrinsic(ctx: Any, name: str) -> Any:
    """An intrinsic of a context's realm, as a Python proxy (the host reaches engine internals)."""
    from pyjsvm.api.convert import to_python
    from pyjsvm.api.vm import _require_context
    realm = _require_context(ctx).realm
    value = realm.intrinsics.get(name)
    return None if value is None else to_python(value, realm)


def _html_dda(ctx: Any) -> Any:
    """A new object with the [[IsHTMLDDA]] internal slot in a context's realm, for
    ``$262.IsHTMLDDA`` (the engine's NON-SPEC host hook; None when the engine lacks it)."""
    try:
        from pyjsvm.runtime.exotic.html_dda import create_html_dda_object
    except ImportError:
        return None
    from pyjsvm.api.convert import to_python
    from pyjsvm.api.vm import _require_context
    realm = _require_context(ctx).realm
    return to_python(create_html_dda_object(realm), realm)


class PyjsvmEngine(Engine):
    """pyjsvm through its Node-style API (``pyjsvm.Script``, ``create_context``...).

    Realms are ``create_context(vm.constants.DONT_CONTEXTIFY)`` contexts: their global object is
    an ordinary object, as test262 expects (a contextified mapping's global has Node's interceptor
    semantics).  Set ``PYJSVM_TEST262_CONTEXTIFY=1`` to use ``create_context()`` instead.
    """

    name = "pyjsvm"

    def __init__(self) -> None:
        import pyjsvm

        self.vm: Any = pyjsvm
        self.JSError: type[BaseException] = pyjsvm.JSError
        self._current: PyjsvmRealm | None = None    # the realm running now (dynamic import loads there)
        self._test_path = Path("test.js")
        self._setup: Any = None
        self._agent_setup: Any = None
        # $262.agent runs agents on Python threads: only when the engine keeps its running state
        # per thread (pyjsvm.runtime.agent.get_agent)
        self._threads = agents_supported()
        constants = getattr(pyjsvm, "constants", None)
        plain = getattr(constants, "DONT_CONTEXTIFY", None)
        self._context_arg: Any = None if os.environ.get("PYJSVM_TEST262_CONTEXTIFY") else plain
        # Optional engine hooks (not part of the contract yet; used when present).
        self._drain: Callable[..., Any] | None = next(
            (getattr(pyjsvm, n) for n in ("run_microtasks", "drain_microtasks", "run_jobs") if hasattr(pyjsvm, n)),
            None,
        )

    @staticmethod
    def preload() -> None:
        import pyjsvm

        # Import the engine's lazily imported parts before forking the workers.
        try:
            pyjsvm.Script("0", filename="preload.js")
            pyjsvm.run_in_context("0", pyjsvm.create_context())
        except Exception:
            pass

    @property
    def supports_modules(self) -> bool:
        return hasattr(self.vm, "SourceTextModule")

    # errors ------------------------------------------------------------------------------
    def _engine_error(self, err: BaseException) -> EngineError:
        return EngineError(error_type_name(err), _str_attr(err, "message"))

    # scripts ------------------------------------------------------------------------------
    def compile(self, source: str, filename: str) -> Any:
        try:
            if self.supports_modules:
                return self.vm.Script(source, filename=filename, import_module_dynamically=self._dynamic_import)
            return self.vm.Script(source, filename=filename)
        except self.JSError as err:
            raise self._engine_error(err) from None

    def run(self, script: Any, realm: Any) -> None:
        assert isinstance(realm, PyjsvmRealm)
        saved, self._current = self._current, realm
        try:
            script.run_in_context(realm.ctx)
            if self._drain is not None:
                self._drain()
            self._run_timeouts(realm)
        except self.JSError as err:
            raise self._engine_error(err) from None
        finally:
            self._current = saved

    def prints(self, realm: Any) -> list[str]:
        assert isinstance(realm, PyjsvmRealm)
        return realm.printed

    # realms -------------------------------------------------------------------------------
    def new_realm(self) -> PyjsvmRealm:
        return self._make_realm([])

    def _make_realm(self, printed: list[str], agents: AgentHost | None = None) -> PyjsvmRealm:
        vm = self.vm
        if self.supports_modules:
            ctx = vm.create_context(self._context_arg, import_module_dynamically=self._dynamic_import)
        else:
            ctx = vm.create_context(self._context_arg)
        realm = PyjsvmRealm(self, ctx, printed)
        if self._setup is None:
            self._setup = vm.Script(_PYJSVM_SETUP, filename="test262-host.js")
        install = self._setup.run_in_context(ctx)
        realm.host = install({
            "createRealm": realm.create_realm,
            "evalScript": realm.eval_script,
            "gc": realm.gc,
            "print": realm.print_,
            # the realm's %AbstractModuleSource% intrinsic (no global names it)
            "AbstractModuleSource": _intrinsic(ctx, "%AbstractModuleSource%"),
            "IsHTMLDDA": _html_dda(ctx),
        })
        if self._threads:
            if agents is None:
                agents = AgentHost(vm)
            realm.agents = agents
            if self._agent_setup is None:
                self._agent_setup = vm.Script(MAIN_AGENT_SETUP, filename="test262-agent.js")
            install_main_agent(vm, ctx, realm.host, agents, self._agent_setup)
        return realm

    def release(self, realm: Any) -> None:
        assert isinstance(realm, PyjsvmRealm)
        if realm.agents is not None:
            realm.agents.close()

    def _run_timeouts(self, realm: PyjsvmRealm) -> None:
        """After a script: wait for the timeout jobs it left (Atomics.waitAsync timeouts) and run
        them with the jobs they queue, as an event loop would before the host exits."""
        from pyjsvm.api.vm import _require_context
        from pyjsvm.runtime.jobs import has_pending_jobs, pending_timeout_jobs, run_jobs, wait_for_jobs

        engine_realm = _require_context(realm.ctx).realm
        while pending_timeout_jobs(engine_realm) or has_pending_jobs():
            wait_for_jobs(has_pending_jobs, 0.05)
            run_jobs()

    # modules ------------------------------------------------------------------------------
    def set_test(self, path: Path) -> None:
        """The test about to run: dynamic import() in scripts resolves relative to it."""
        self._test_path = path

    def _load(self, realm: PyjsvmRealm, file: Path, attributes: dict[str, str], text: str | None = None) -> Any:
        """The module at ``file`` in ``realm`` (one instance per file and type), its requests
        linked (fixtures are resolved relative to the importing file)."""
        vm = self.vm
        kind = attributes.get("type", "")
        key = (str(file.resolve()), kind)
        cached = realm.modules.get(key)
        if cached is not None:
            return cached
        if kind == "bytes" and text is None:
            # import-bytes: a default export of a Uint8Array over an immutable ArrayBuffer
            try:
                data = file.read_bytes()
            except OSError as exc:
                thrower = vm.run_in_context("(function (m) { throw new Error(m); })", realm.ctx)
                thrower(f"cannot load {file}: {exc}")
            make = vm.run_in_context(
                "(function (copy) { return { value: new Uint8Array(copy.buffer.transferToImmutable()) }; })", realm.ctx)

            def export_bytes() -> None:
                # the engine's Uint8Array itself (a typed array would reach Python as a memoryview)
                box = make(data).js_object
                holder_b[0].set_export("default", box.get("value", box))
            holder_b: list[Any] = []
            mod = vm.SyntheticModule(["default"], export_bytes, identifier=str(file), context=realm.ctx)
            holder_b.append(mod)
            realm.modules[key] = mod
            return mod
        if text is None:
            try:
                text = file.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                thrower = vm.run_in_context("(function (m) { throw new Error(m); })", realm.ctx)
                thrower(f"cannot load {file}: {exc}")
        if kind in ("json", "text"):
            # JSON modules (json-modules) and text modules (import-text): a default export
            parse = vm.run_in_context("JSON.parse" if kind == "json" else "String", realm.ctx)
            holder: list[Any] = []
            mod = vm.SyntheticModule(["default"], lambda: holder[0].set_export("default", parse(text)),
                                     identifier=str(file), context=realm.ctx)
            holder.append(mod)
            realm.modules[key] = mod
            return mod
        mod = vm.SourceTextModule(text, context=realm.ctx, identifier=str(file),
                                  import_module_dynamically=self._dynamic_import)
        realm.modules[key] = mod
        mod.link_requests([self._load(realm, file.parent / req.specifier, dict(req.attributes))
                           for req in mod.module_requests])
        return mod

    def _dynamic_import(self, specifier: str, referrer: Any, attributes: dict[str, str]) -> Any:
        realm = self._current
        assert realm is not None
        if not isinstance(referrer, self.vm.Module) and referrer is not realm.ctx and self.vm.is_context(referrer):
            # ShadowRealm.prototype.importValue: the referrer is the ShadowRealm's own context
            # (HostInitializeShadowRealm gave it this loader); its modules are its own
            realm = realm.realm_of(referrer)
        base = Path(referrer.identifier) if isinstance(referrer, self.vm.Module) else self._test_path
        return self._load(realm, base.parent / specifier, attributes)

    def run_module(self, realm: Any, source: str, path: Path) -> None:
        """Load the test as a module with its fixtures, link, evaluate and run pending jobs."""
        if not self.supports_modules:
            raise ModuleUnsupported("modules not supported")
        assert isinstance(realm, PyjsvmRealm)
        self._test_path = path
        saved, self._current = self._current, realm
        try:
            root = self._load(realm, path, {}, source)
            root.instantiate()
            promise = root.evaluate()
            if self._drain is not None:
                self._drain()
            self._run_timeouts(realm)
            if root.status == "errored":
                raise EngineError(value_type_name(root.error, "Error"), _str_attr(root.error, "message"))
            _ = promise
        except self.JSError as err:
            raise self._engine_error(err) from None
        finally:
            self._current = saved


class PyjsvmRealm:
    """One pyjsvm context and the Python side of its ``$262``."""

    def __init__(self, engine: PyjsvmEngine, ctx: Any, printed: list[str]) -> None:
        self.engine = engine
        self.ctx = ctx
        self.printed = printed
        self.host: Any = None  # the realm's $262 (a proxy)
        self.modules: dict[tuple[str, str], Any] = {}  # loaded modules by (resolved path, type)
        self.agents: AgentHost | None = None  # $262.agent's agents (shared with created realms)
        self.other_realms: list[PyjsvmRealm] = []  # the ShadowRealms' contexts that imported modules

    def realm_of(self, ctx: Any) -> PyjsvmRealm:
        """The PyjsvmRealm of another context (a ShadowRealm's) made while this one ran."""
        for other in self.other_realms:
            if other.ctx is ctx:
                return other
        other = PyjsvmRealm(self.engine, ctx, self.printed)
        self.other_realms.append(other)
        return other

    def print_(self, *args: Any) -> None:
        self.printed.append(str(args[0]) if args else "undefined")

    def create_realm(self, *args: Any) -> Any:
        # the new realm's $262 as its raw engine object: test262's realms share objects directly
        # (cross-realm tests), which the vm API's membrane between contexts would copy or wrap
        return self.engine._make_realm(self.printed, self.agents).host.js_object

    def eval_script(self, *args: Any) -> Any:
        # run_in_context parses in this realm: a syntax error is a SyntaxError of this realm, and
        # a JSError raised here re-throws its value into JS.
        source = args[0] if args and isinstance(args[0], str) else str(args[0] if args else "undefined")
        return self.engine.vm.run_in_context(source, self.ctx, filename="evalScript.js")

    def gc(self, *args: Any) -> None:
        gc.collect()




def _str_attr(obj: Any, name: str) -> str:
    try:
        value = getattr(obj, name)
    except Exception:
        return ""
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _js_get(value: Any, key: str) -> Any:
    try:
        return value[key]
    except Exception:
        return None


def error_type_name(err: BaseException) -> str:
    """The thrown value's constructor name (what test262's ``negative.type`` names), else ``err.name``.

    ``Test262Error`` has no ``name`` property, so the constructor is what identifies it.
    """
    return value_type_name(getattr(err, "value", None), _str_attr(err, "name") or "Thrown")


def value_type_name(value: Any, default: str) -> str:
    if value is not None and not isinstance(value, (str, float, bool, int)):
        ctor = _js_get(value, "constructor")
        if ctor is not None:
            name = _js_get(ctor, "name")
            if isinstance(name, str) and name:
                return name
    return default


# --------------------------------------------------------------------------------------------
# node


class NodeEngine(Engine):
    """node's vm module in a child process, driven over JSON lines (see node_driver.js)."""

    name = "node"

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("node is not on PATH")
        driver = Path(__file__).with_name("node_driver.js")
        self.proc = subprocess.Popen(
            [node, "--unhandled-rejections=none", str(driver)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="surrogatepass",
        )
        self._next_id = 0

    @staticmethod
    def preload() -> None:
        pass

    def _call(self, **request: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"node driver exited ({self.proc.poll()})")
        reply: dict[str, Any] = json.loads(line)
        if "internal" in reply:
            raise RuntimeError(f"node driver: {reply['internal']}")
        return reply

    def _check(self, reply: dict[str, Any]) -> dict[str, Any]:
        if not reply.get("ok"):
            raise EngineError(reply.get("name", "Error"), reply.get("message", ""))
        return reply

    def compile(self, source: str, filename: str) -> Any:
        self._next_id += 1
        self._check(self._call(op="compile", id=self._next_id, source=source, filename=filename))
        return self._next_id

    def new_realm(self) -> Any:
        return self._call(op="realm")["id"]

    def run(self, script: Any, realm: Any) -> None:
        self._check(self._call(op="run", script=script, realm=realm))

    def prints(self, realm: Any) -> list[str]:
        printed: list[str] = self._call(op="prints", realm=realm)["prints"]
        return printed

    def release(self, realm: Any) -> None:
        if self.healthy():
            self._call(op="drop", realm=realm)

    def healthy(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=5)


ENGINES: dict[str, type[Engine]] = {"pyjsvm": PyjsvmEngine, "node": NodeEngine}


def make_engine(name: str) -> Engine:
    try:
        cls = ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})") from None
    return cls()


def preload_engine(name: str) -> None:
    cls = ENGINES[name]
    preload = getattr(cls, "preload", None)
    if preload is not None:
        preload()


__all__ = ["Engine", "EngineError", "ModuleUnsupported", "PyjsvmEngine", "NodeEngine", "make_engine"]
