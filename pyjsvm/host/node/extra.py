"""Small node modules (Node's documentation of each), written in JS (``extra_js.py``).

NON-SPEC (node). ``punycode`` (RFC 3492 and IDNA label mapping, as node's deprecated module);
``stream/consumers`` (``text``, ``json``, ``buffer``, ``arrayBuffer``, ``blob`` of a stream or
async iterable); ``dns``: ``lookup`` (and ``dns.promises.lookup``) through Python's
``getaddrinfo`` with node's ``family``/``all`` options, errors and result order; the
``resolve*``/``reverse``/``lookupService`` queries fail with code ``ENOTIMP``; ``v8``:
``getHeapStatistics`` (from the process's resident size), ``cachedDataVersionTag``, no-op flag
and coverage calls (``serialize``/``deserialize`` and heap snapshots throw
ERR_METHOD_NOT_IMPLEMENTED); ``worker_threads`` and ``cluster`` as seen by the main thread and
the primary process (``new Worker`` and ``fork`` throw); ``domain`` for errors thrown
synchronously inside ``run``/``bind``/``intercept``; ``inspector`` never active (``url()``
undefined, ``open`` throws ERR_INSPECTOR_NOT_AVAILABLE, sessions cannot connect) and
``inspector/promises``; ``trace_events`` (which categories are enabled; no trace file is written).
"""
from __future__ import annotations

import socket
import zlib
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js, new_array
from pyjsvm.host.node import extra_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_punycode_module", "make_consumers_module", "make_dns_module", "make_v8_module",
           "make_worker_threads_module", "make_cluster_module", "make_domain_module", "make_inspector_module",
           "make_trace_events_module"]

# node's (libuv's) codes and errno values for getaddrinfo's failures
_GAI_CODES = {socket.EAI_NONAME: "ENOTFOUND", socket.EAI_AGAIN: "EAI_AGAIN", socket.EAI_FAIL: "EAI_FAIL",
              socket.EAI_FAMILY: "EAI_FAMILY", socket.EAI_MEMORY: "EAI_MEMORY", socket.EAI_SERVICE: "EAI_SERVICE",
              socket.EAI_SOCKTYPE: "EAI_SOCKTYPE"}
for _name in ("EAI_NODATA", "EAI_ADDRFAMILY"):
    if hasattr(socket, _name):
        _GAI_CODES[getattr(socket, _name)] = "ENOTFOUND"
_UV_ERRNO = {"ENOTFOUND": -3008, "EAI_AGAIN": -3001, "EAI_FAIL": -3002, "EAI_FAMILY": -3003,
             "EAI_MEMORY": -3005, "EAI_SERVICE": -3010, "EAI_SOCKTYPE": -3011}


def _load(host: "NodeHost", name: str, source: str, extra: dict[str, Any] | None = None) -> Any:
    return load_js(host.realm, "node:" + name, source, host.js_helpers(extra or {}))


def make_punycode_module(host: "NodeHost") -> Any:
    """``require('punycode')``."""
    return _load(host, "punycode", extra_js.PUNYCODE_SOURCE)


def make_consumers_module(host: "NodeHost") -> Any:
    """``require('stream/consumers')``."""
    return _load(host, "stream/consumers", extra_js.CONSUMERS_SOURCE)


def make_dns_module(host: "NodeHost") -> Any:
    """``require('dns')``; ``lookup`` blocks in ``getaddrinfo`` and answers on a later tick."""
    realm = host.realm

    def getaddrinfo(a: list[Any]) -> Any:
        name, family = a[0], a[1]
        af = {4: socket.AF_INET, 6: socket.AF_INET6}.get(family, socket.AF_UNSPEC)
        try:
            infos = socket.getaddrinfo(name, None, af, socket.SOCK_STREAM)
        except socket.gaierror as e:
            return _GAI_CODES.get(e.errno or 0, "ENOTFOUND")
        except (UnicodeError, ValueError):
            return "ENOTFOUND"
        out: list[Any] = []
        seen: set[tuple[str, int]] = set()
        for fam, _, _, _, addr in infos:
            entry = (str(addr[0]), 6 if fam == socket.AF_INET6 else 4)
            if entry not in seen:
                seen.add(entry)
                out.append(new_array(realm, [entry[0], entry[1]]))
        return new_array(realm, out) if out else "ENOTFOUND"
    b = binding(realm, {"getaddrinfo": getaddrinfo, "errno": lambda a: _UV_ERRNO.get(a[0], -3008)})
    return _load(host, "dns", extra_js.DNS_SOURCE, {"B": b})


def make_v8_module(host: "NodeHost") -> Any:
    """``require('v8')``."""
    def memory(a: list[Any]) -> Any:
        try:
            with open("/proc/self/statm", encoding="ascii") as f:
                return float(int(f.read().split()[1]) * 4096)
        except (OSError, ValueError, IndexError):
            import resource
            return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    # (a fixed number per pyjsvm version, as V8's is per V8 version and flags)
    tag = float(zlib.crc32(b"pyjsvm cached data v1"))
    b = binding(host.realm, {"memory": memory, "limit": lambda a: 4345298944.0, "tag": lambda a: tag})
    return _load(host, "v8", extra_js.V8_SOURCE, {"B": b})


def make_worker_threads_module(host: "NodeHost") -> Any:
    """``require('worker_threads')`` (its MessageChannel, MessagePort, BroadcastChannel and
    receiveMessageOnPort are the messaging globals', ``messaging.py``)."""
    messaging = host.realm.host_defined["pyjsvm.messaging.load"]()
    return _load(host, "worker_threads", extra_js.WORKER_THREADS_SOURCE, {"__messaging": messaging})


def make_cluster_module(host: "NodeHost") -> Any:
    """``require('cluster')``."""
    return _load(host, "cluster", extra_js.CLUSTER_SOURCE)


def make_domain_module(host: "NodeHost") -> Any:
    """``require('domain')``."""
    return _load(host, "domain", extra_js.DOMAIN_SOURCE)


def make_inspector_module(host: "NodeHost") -> Any:
    """``require('inspector')``."""
    return _load(host, "inspector", extra_js.INSPECTOR_SOURCE)


def make_trace_events_module(host: "NodeHost") -> Any:
    """``require('trace_events')``."""
    return _load(host, "trace_events", extra_js.TRACE_EVENTS_SOURCE)
