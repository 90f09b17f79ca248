"""``node:stream/web`` and the web stream globals (``ReadableStream``, ``WritableStream``,
``TransformStream``, the queuing strategies, ``TextEncoderStream``/``TextDecoderStream``,
``CompressionStream``/``DecompressionStream``), written in JS (``webstreams_js.py``) from the
WHATWG Streams standard's algorithms.

NON-SPEC (node). Byte streams (``type: 'bytes'``, ``ReadableStreamBYOBReader`` with
``min``, ``ReadableStreamBYOBRequest``, the byte tee) as the standard has them. Left out:
transferring streams (``postMessage``). Compression goes through Python's ``zlib`` here (a
small binding: one compressor or decompressor per stream)."""
from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js, new_array, new_object, view_bytes
from pyjsvm.host.node.stream import make_stream_module
from pyjsvm.host.node.webstreams_js import STREAM_ADAPTERS_SOURCE, WEB_STREAMS_SOURCE
from pyjsvm.runtime.operations import call
from pyjsvm.runtime.buffers import JSArrayBuffer
from pyjsvm.runtime.operations import construct

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_web_streams_module", "make_stream_module_with_web_adapters"]

_WBITS = {"deflate": 15, "deflate-raw": -15, "gzip": 31}


def make_web_streams_module(host: "NodeHost") -> Any:
    """``require('stream/web')``."""
    realm = host.realm
    engines: dict[int, tuple[Any, bool]] = {}  # handle -> (zlib engine, whether it decompresses)
    counter = [0]

    def chunks(pieces: list[bytes]) -> Any:
        out = []
        for piece in pieces:
            if piece:
                buf = JSArrayBuffer(realm.intrinsics["%ArrayBuffer.prototype%"], bytearray(piece))
                out.append(construct(realm.intrinsics["%Uint8Array%"], [buf]))
        return new_array(realm, out)

    def z_open(a: list[Any]) -> Any:
        fmt, decompress = a[0], a[1]
        wbits = _WBITS[fmt]
        engine = zlib.decompressobj(wbits) if decompress else zlib.compressobj(-1, zlib.DEFLATED, wbits)
        counter[0] += 1
        engines[counter[0]] = (engine, bool(decompress))
        return float(counter[0])

    def failure(e: zlib.error) -> str:
        text = str(e)
        if "incorrect header check" in text:
            return "Z_DATA_ERROR\nincorrect header check"
        return "Z_DATA_ERROR\n" + (text.split(": ", 1)[-1] if ": " in text else text)

    def z_push(a: list[Any]) -> Any:
        engine, decompress = engines[int(a[0])]
        data = view_bytes(realm, a[1], "chunk")
        try:
            return chunks([engine.decompress(data) if decompress else engine.compress(data)])
        except zlib.error as e:
            engines.pop(int(a[0]), None)
            return failure(e)

    def z_finish(a: list[Any]) -> Any:
        engine, decompress = engines.pop(int(a[0]))
        if decompress and not engine.eof:
            return "Z_BUF_ERROR\nunexpected end of file"
        return chunks([engine.flush()])
    b = binding(realm, {"open": z_open, "push": z_push, "finish": z_finish})
    # (what the module lends the host's other JS modules: the Fetch globals ask isDisturbed)
    internals = new_object(realm, None)
    realm.host_defined["pyjsvm.webstreams.internals"] = internals
    return load_js(realm, "node:stream/web", WEB_STREAMS_SOURCE, host.js_helpers({"__zlib": b, "__internals": internals}))


def make_stream_module_with_web_adapters(host: "NodeHost") -> Any:
    """``require('stream')``: node:stream's module, its Readable, Writable and Duplex given
    node's ``toWeb``/``fromWeb``."""
    stream_module = make_stream_module(host)

    def web_internals(a: list[Any]) -> Any:
        host.modules.load_builtin("stream/web")
        return host.realm.host_defined["pyjsvm.webstreams.internals"]
    web = binding(host.realm, {"internals": web_internals})
    add = load_js(host.realm, "node:stream/web adapters", STREAM_ADAPTERS_SOURCE, host.js_helpers({"__web": web}))
    call(add, None, [stream_module])
    return stream_module
