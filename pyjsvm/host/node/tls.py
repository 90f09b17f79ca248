"""``node:tls`` and ``node:https`` (Node's documentation of both).

NON-SPEC (node). The TLS is Python's ``ssl`` inside the ``net`` binding (``net.py``).
``tls.connect``: a ``net.Socket`` whose handle wraps its connection once made: Python's default
context (the system's CA certificates, host names checked) or ``ca`` instead,
``rejectUnauthorized: false`` honoured; its 'connect' comes when the handshake is done, then
'secureConnect' (node's 'connect' comes before the handshake). ``tls.createServer``/
``https.createServer`` with ``cert``/``key`` (PEM): each connection is handed over after its
handshake ('connection', then 'secureConnection'); a failed one is 'tlsClientError'.
``https.request``/``get`` are ``http``'s client over ``https.Agent#createConnection``.
``end()`` of a TLS socket shuts the TCP side without close_notify. Not done: client
certificates, ALPN, sessions, SNI contexts; ``getPeerCertificate``/``getCipher``... answer
empty. Also there: ``tls.DEFAULT_*``, ``getCiphers()``, ``rootCertificates`` (the PEM
certificates of Python's default context), ``checkServerIdentity``, ``createSecureContext``
(an empty context).
"""
from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js
from pyjsvm.host.node.tls_js import HTTPS_SOURCE, TLS_SOURCE
from pyjsvm.host.jsutil import new_array

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_tls_module", "make_https_module"]


def make_tls_module(host: "NodeHost") -> Any:
    """``require('tls')``."""
    realm = host.realm

    def context() -> ssl.SSLContext:
        return ssl.create_default_context()

    def root_certificates(a: list[Any]) -> Any:
        pems = [ssl.DER_cert_to_PEM_cert(der).strip() for der in context().get_ca_certs(binary_form=True)]
        return new_array(realm, pems)

    def ciphers(a: list[Any]) -> Any:
        names = sorted({str(c["name"]).lower() for c in context().get_ciphers()})
        return new_array(realm, names)

    def default_ciphers(a: list[Any]) -> Any:
        return ":".join(str(c["name"]) for c in context().get_ciphers())
    b = binding(realm, {"rootCertificates": root_certificates, "ciphers": ciphers, "defaultCiphers": default_ciphers})
    return load_js(realm, "node:tls", TLS_SOURCE, host.js_helpers({"B": b}))


def make_https_module(host: "NodeHost") -> Any:
    """``require('https')``."""
    return load_js(host.realm, "node:https", HTTPS_SOURCE, host.js_helpers({}))
