"""structuredClone where node 20 is not the reference (node_cases/structured_clone.js has the
differential cases): the HTML algorithm's checks of the transfer list, and that a transfer moves
the bytes rather than copying them."""
from __future__ import annotations

from pyjsvm.host.runtime import NodeHost
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.buffers import JSArrayBuffer
from pyjsvm.compiler.engine import eval_script


def run(src: str):
    host = NodeHost()
    saved = AGENT.realm
    AGENT.realm = host.realm
    try:
        return eval_script(host.realm, "{" + src + "}")  # a block: the host realm is shared
    finally:
        AGENT.realm = saved


def test_detached_buffer_in_transfer_list_is_a_data_clone_error() -> None:
    # HTML StructuredSerializeWithTransfer step 4.2 (node 20 returns the value instead)
    out = run("""
      const b = new ArrayBuffer(4); b.transfer();
      try { structuredClone(1, { transfer: [b] }); 'no error' } catch (e) { e.name + ' ' + (e instanceof DOMException) }
    """)
    assert out == "DataCloneError true"


def test_transfer_moves_the_bytes() -> None:
    out = run("""
      const b = new ArrayBuffer(3); new Uint8Array(b).set([1, 2, 3]);
      const c = structuredClone(b, { transfer: [b] });
      [b.detached, c.byteLength, [...new Uint8Array(c)].join()].join(' ')
    """)
    assert out == "true 3 1,2,3"


def test_transferred_block_is_not_copied() -> None:
    host = NodeHost()
    saved = AGENT.realm
    AGENT.realm = host.realm
    try:
        pair = eval_script(host.realm, "{ const b = new ArrayBuffer(4); [b, structuredClone(b, { transfer: [b] })] }")
        old, new = pair.get("0", pair), pair.get("1", pair)
        assert type(old) is JSArrayBuffer and type(new) is JSArrayBuffer
        assert old.data is None and new.data is not None and len(new.data) == 4
    finally:
        AGENT.realm = saved


def test_getter_side_effects_after_serialization_do_not_reach_the_clone() -> None:
    # the bytes of a buffer are copied when it is serialized, before later getters run
    out = run("""
      const u = new Uint8Array([1]);
      const c = structuredClone({ u, get later() { u[0] = 9; return 0; } });
      c.u[0] + ',' + u[0]
    """)
    assert out == "1,9"
