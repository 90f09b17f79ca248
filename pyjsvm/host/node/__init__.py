"""Node's built-in modules (``node:fs``, ``node:path``, ``node:os``...) for the ``pyjsvm`` host.
Each is built on first ``require`` by a factory registered here."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable
from pyjsvm.runtime.objects import C, E, W, JSObject
from pyjsvm.runtime.operations import call, enumerable_own_properties, set_integrity_level
from pyjsvm.host.node.small import make_event_target_module
from pyjsvm.host.jsutil import get_prop, make_fn, new_object

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["register_node_modules", "install_globals"]


def register_node_modules(host: "NodeHost") -> None:
    """Register the factories of the modules under ``pyjsvm.host.node`` with ``host``."""
    ms = host.modules

    def lazy(module: str, factory: str) -> Callable[[], Any]:
        def make() -> Any:
            import importlib
            mod = importlib.import_module("pyjsvm.host.node." + module)
            return getattr(mod, factory)(host)
        return make

    def sub(parent: str, key: str) -> Callable[[], Any]:
        def make() -> Any:
            m = ms.load_builtin(parent)
            return m.get(key, m)
        return make

    ms.register("fs", lazy("fs", "make_fs_module"))
    ms.register("fs/promises", sub("fs", "promises"))
    ms.register("path", lazy("path", "make_path_module"))
    ms.register("stream", lazy("webstreams", "make_stream_module_with_web_adapters"))
    ms.register("stream/promises", sub("stream", "promises"))
    ms.register("readline", lazy("readline", "make_readline_module"))
    ms.register("readline/promises", sub("readline", "promises"))
    ms.register("os", lazy("os", "make_os_module"))
    ms.register("url", lazy("url", "make_url_module"))
    ms.register("querystring", lazy("small", "make_querystring_module"))
    ms.register("timers/promises", lazy("small", "make_timers_promises_module"))
    ms.register("perf_hooks", lazy("small", "make_perf_hooks_module"))
    ms.register("string_decoder", lazy("small", "make_string_decoder_module"))
    ms.register("crypto", lazy("crypto", "make_crypto_module"))
    ms.register("child_process", lazy("child_process", "make_child_process_module"))
    ms.register("path/posix", sub("path", "posix"))
    ms.register("path/win32", sub("path", "win32"))
    ms.register("buffer", lazy("buffer", "make_buffer_module"))
    ms.register("util/types", sub("util", "types"))
    ms.register("tty", lazy("stdio", "make_tty_module"))
    ms.register("diagnostics_channel", lazy("diagnostics_channel", "make_diagnostics_channel_module"))
    ms.register("zlib", lazy("zlib", "make_zlib_module"))
    ms.register("async_hooks", lazy("async_hooks", "make_async_hooks_module"))
    ms.register("net", lazy("net", "make_net_module"))
    ms.register("http", lazy("http", "make_http_module"))
    ms.register("tls", lazy("tls", "make_tls_module"))
    ms.register("https", lazy("tls", "make_https_module"))
    ms.register("http2", lazy("http2", "make_http2_module"))
    ms.register("punycode", lazy("extra", "make_punycode_module"))
    ms.register("stream/consumers", lazy("extra", "make_consumers_module"))
    ms.register("stream/web", lazy("webstreams", "make_web_streams_module"))
    ms.register("test", lazy("node_test", "make_test_module"), scheme_only=True)
    ms.register("dns", lazy("extra", "make_dns_module"))
    ms.register("dns/promises", sub("dns", "promises"))
    ms.register("v8", lazy("extra", "make_v8_module"))
    ms.register("worker_threads", lazy("extra", "make_worker_threads_module"))
    ms.register("cluster", lazy("extra", "make_cluster_module"))
    ms.register("domain", lazy("extra", "make_domain_module"))
    ms.register("dgram", lazy("dgram", "make_dgram_module"))
    ms.register("inspector", lazy("extra", "make_inspector_module"))
    ms.register("inspector/promises", sub("inspector", "promises"))
    ms.register("trace_events", lazy("extra", "make_trace_events_module"))
    ms.register("constants", lambda: make_constants_module(host))
    register_aliases(host)


def register_aliases(host: "NodeHost") -> None:
    """NON-SPEC (node): the names under which node also exports objects of other modules:
    ``sys`` (util), ``_stream_*`` (the classes of ``stream``) and ``_http_*`` (those of ``http``
    node has there; its parser internals are not given). A key ``name=key`` in ``picked`` is
    the parent's ``key`` under ``name``."""
    ms = host.modules

    def same(parent: str, key: str | None = None) -> Callable[[], Any]:
        def make() -> Any:
            m = ms.load_builtin(parent)
            return m if key is None else m.get(key, m)
        return make

    def picked(parent: str, keys: tuple[str, ...]) -> Callable[[], Any]:
        def make() -> Any:
            m = ms.load_builtin(parent)
            out = new_object(host.realm)
            for k in keys:
                name, _, key = k.partition("=")
                out.set(name, m.get(key or name, m), out)
            return out
        return make

    ms.register("sys", same("util"))
    for name, key in (("_stream_readable", "Readable"), ("_stream_writable", "Writable"),
                      ("_stream_duplex", "Duplex"), ("_stream_transform", "Transform"),
                      ("_stream_passthrough", "PassThrough")):
        ms.register(name, same("stream", key))
    ms.register("_http_agent", picked("http", ("Agent", "globalAgent")))
    ms.register("_http_client", picked("http", ("ClientRequest",)))
    ms.register("_http_incoming", picked("http", ("IncomingMessage",)))
    ms.register("_http_outgoing", picked("http", ("validateHeaderName", "validateHeaderValue", "OutgoingMessage")))
    ms.register("_http_server", picked("http", ("STATUS_CODES", "Server", "ServerResponse")))
    ms.register("_tls_common", picked("tls", ("SecureContext", "createSecureContext")))
    ms.register("_tls_wrap", picked("tls", ("TLSSocket", "Server", "createServer", "connect")))
    ms.register("_http_common", picked("http", ("methods=METHODS",)))


def make_constants_module(host: "NodeHost") -> Any:
    """``require('constants')`` (deprecated, still required by graceful-fs and so by fs-extra):
    as in Node, a frozen object with the properties of ``os.constants.dlopen``, ``errno``,
    ``priority``, ``signals`` and ``fs.constants`` (``crypto.constants`` is empty in pyjsvm)."""
    realm = host.realm
    ms = host.modules
    os_constants = get_prop(ms.load_builtin("os"), "constants")
    fs_module = ms.load_builtin("fs")
    sources = [get_prop(os_constants, k) for k in ("dlopen", "errno", "priority", "signals")]
    sources.append(get_prop(fs_module, "constants"))
    out = new_object(realm)
    for src in sources:
        if isinstance(src, JSObject):
            for key in enumerable_own_properties(src, "key"):
                out.set(key, src.get(key, src), out)
    set_integrity_level(out, "frozen")
    return out


# (node 20's globals from node:stream/web; ReadableStreamBYOBRequest and
# ReadableByteStreamController are globals too, as in node)
WEB_STREAM_GLOBALS = ("ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader",
                      "ReadableStreamBYOBRequest", "ReadableByteStreamController",
                      "ReadableStreamDefaultController", "TransformStream", "TransformStreamDefaultController",
                      "WritableStream", "WritableStreamDefaultWriter", "WritableStreamDefaultController",
                      "ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream",
                      "TextDecoderStream", "CompressionStream", "DecompressionStream")


def install_globals(host: "NodeHost") -> None:
    """Node's globals that come from modules: ``URL``, ``URLSearchParams``, ``performance`` and
    perf_hooks' classes, ``crypto`` and its classes, the web events ``Event``, ``CustomEvent``, ``EventTarget``,
    ``AbortController``, ``AbortSignal``, ``DOMException``, ``Buffer``, ``TextEncoder``,
    ``TextDecoder``, ``atob``, ``btoa``, the web streams, the Fetch globals (``fetch``,
    ``Headers``, ``Request``, ``Response``, ``FormData``) and the messaging ones (``MessageChannel``,
    ``MessagePort``, ``MessageEvent``, ``BroadcastChannel``). Each but ``fetch`` is an accessor until
    first read, which loads the module and turns it into an ordinary data property (writable,
    configurable, not enumerable), so startup compiles nothing."""
    realm = host.realm
    g = realm.global_object
    ms = host.modules
    events: list[Any] = []

    def event_target() -> Any:
        if not events:
            events.append(make_event_target_module(host))
        return events[0]
    sources: list[tuple[str, Callable[[], Any], str]] = [
        ("URL", lambda: ms.load_builtin("url"), "URL"),
        ("URLSearchParams", lambda: ms.load_builtin("url"), "URLSearchParams"),
        ("performance", lambda: ms.load_builtin("perf_hooks"), "performance"),
        # (node 20's globals from perf_hooks; its PerformanceObserverEntryList and
        # PerformanceResourceTiming pyjsvm does not have)
        *[(name, lambda: ms.load_builtin("perf_hooks"), name)
          for name in ("Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure", "PerformanceObserver")],
        ("crypto", lambda: ms.load_builtin("crypto"), "webcrypto")]

    def web_crypto_classes() -> Any:
        ms.load_builtin("crypto")
        return realm.host_defined["pyjsvm.crypto.__webClasses"]
    for name in ("Crypto", "CryptoKey", "SubtleCrypto"):
        sources.append((name, web_crypto_classes, name))
    for name in ("Event", "CustomEvent", "EventTarget", "AbortController", "AbortSignal", "DOMException"):
        sources.append((name, event_target, name))
    for name in ("Buffer", "TextEncoder", "TextDecoder", "atob", "btoa", "Blob", "File"):
        sources.append((name, lambda: ms.load_builtin("buffer"), name))
    for name in WEB_STREAM_GLOBALS:
        sources.append((name, lambda: ms.load_builtin("stream/web"), name))

    def web_globals(module: str, factory: str) -> Callable[[], Any]:
        """The loader of the object of globals ``pyjsvm.host.node.<module>.<factory>(host,
        events)`` makes, made when first needed."""
        made: list[Any] = []

        def load() -> Any:
            if not made:
                import importlib  # (loaded when first used, as the modules above are)
                make = getattr(importlib.import_module("pyjsvm.host.node." + module), factory)
                made.append(make(host, event_target()))
            return made[0]
        return load
    fetch_globals = web_globals("fetch", "make_fetch_globals")
    for name in ("fetch", "Headers", "Request", "Response", "FormData"):
        sources.append((name, fetch_globals, name))
    messaging_globals = web_globals("messaging", "make_messaging_globals")
    for name in ("MessageChannel", "MessagePort", "MessageEvent", "BroadcastChannel"):
        sources.append((name, messaging_globals, name))
    realm.host_defined["pyjsvm.messaging.load"] = messaging_globals
    # (as in node, atob, btoa, performance, fetch and crypto are enumerable, and in this order: what
    # Object.keys(globalThis) and for-in over the global show)
    enumerable = ["atob", "btoa", "performance", "fetch", "crypto"]
    sources.sort(key=lambda source: enumerable.index(source[0]) if source[0] in enumerable else -1)
    for name, load, key in sources:
        flags = E if name in enumerable else 0
        if name == "fetch":
            # (as in node, fetch is a data property: a function that loads the Fetch globals
            # when first called)
            def fetch(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
                m = fetch_globals()
                return call(m.get("fetch", m), this, args)
            g.define_builtin("fetch", make_fn(realm, "fetch", 1, fetch), W | E | C)
            continue

        def getter(r: Any, this: Any, args: list[Any], nt: Any, name: str = name, load: Callable[[], Any] = load,
                   key: str = key, flags: int = flags) -> Any:
            m = load()
            v = m.get(key, m)
            g.define_builtin(name, v, W | C | flags)
            return v

        def setter(r: Any, this: Any, args: list[Any], nt: Any, name: str = name, flags: int = flags) -> Any:
            g.define_builtin(name, args[0] if args else None, W | C | flags)
            return None
        g.define_accessor(name, make_fn(realm, "get " + name, 0, getter), make_fn(realm, "set " + name, 1, setter),
                          C | flags)
