"""The code cache: Script / compile_function cached data, V8-like lazy and eager functions,
rejection of foreign or damaged data, and the validating decoder (hypothesis fuzzing)."""
from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import pyjsvm
from pyjsvm import Script
from pyjsvm.api import code_cache
from pyjsvm.api.code_cache import HEADER_SIZE, deserialize_program, serialize_program
from pyjsvm.syntax.parse import parse_script
from pyjsvm.syntax.tree import LazyBody
from pyjsvm.syntax.tree_codec import CodecError, decode_program, encode_program

DOC_EXAMPLE = """
function add(a, b) {
  return a + b;
}

const x = add(1, 2);
"""

PROGRAM = r"""
'use strict';
var log = [];
class Point { #x; constructor(x, y) { this.#x = x; this.y = y; } get x() { return this.#x; }
  static of(...a) { return new Point(...a); } }
function* gen(n) { for (let i = 0; i < n; i++) yield i * 2; }
async function later(v) { return await v; }
const arrow = (a, { b = 2, ...rest } = {}) => a + b + Object.keys(rest).length;
label: for (const k of [1, 2, 3]) { if (k === 2) continue label; log.push(k); }
const re = /a(b+)c/giu, big = 12345678901234567890n, tpl = `x${1 + 1}y\u{1F600}`;
try { null.x; } catch ({ name }) { log.push(name); } finally { log.push('f'); }
switch (typeof re) { case 'object': log.push('obj'); break; default: log.push('?'); }
later(1).then(v => log.push('later' + v));
[log.join(','), Point.of(3, 4).x, [...gen(3)].join(), arrow(1, { c: 1 }), String(big), tpl, 0.5 + 1e300 * 10,
 re.exec('xabbcx')[1], "\ud800".length]
"""


def run_fresh(script: Script) -> object:
    """Run in a new context; arrays as lists (proxies compare by identity)."""
    return plain(script.run_in_new_context())


def plain(v: object) -> object:
    from collections.abc import Sequence
    if isinstance(v, Sequence) and not isinstance(v, str):
        return [plain(x) for x in v]
    return v


def test_docs_example_cache_without_and_with_add() -> None:
    script = Script(DOC_EXAMPLE)
    cache_without_add = script.create_cached_data()
    script.run_in_this_context()
    cache_with_add = script.create_cached_data()
    assert isinstance(cache_without_add, bytes) and isinstance(cache_with_add, bytes)
    src_tree = deserialize_program(cache_without_add, DOC_EXAMPLE, "script")
    add = src_tree.body[0]
    assert add.type == "FunctionDeclaration" and type(add.body) is LazyBody   # compiled upon invocation
    ran_tree = deserialize_program(cache_with_add, DOC_EXAMPLE, "script")
    assert type(ran_tree.body[0].body) is not LazyBody                          # ready for eager compilation
    for data in (cache_without_add, cache_with_add):
        s = Script(DOC_EXAMPLE + "\nx", cached_data=data)  # another source: rejected
        assert s.cached_data_rejected is True
        s = Script(DOC_EXAMPLE, cached_data=data)
        assert s.cached_data_rejected is False
        assert s.run_in_new_context() is pyjsvm.undefined or s.run_in_new_context() is None


def test_results_match_source_for_a_varied_program() -> None:
    expected = run_fresh(Script(PROGRAM))
    script = Script(PROGRAM)
    data = script.create_cached_data()
    restored = Script(PROGRAM, cached_data=data)
    assert restored.cached_data_rejected is False
    assert run_fresh(restored) == expected
    # a cache made after a run (eager bodies) gives the same result too
    restored.run_in_new_context()
    again = Script(PROGRAM, cached_data=restored.create_cached_data())
    assert again.cached_data_rejected is False
    assert run_fresh(again) == expected


def test_cached_data_rejected_is_none_without_data_and_accepts_buffer_types() -> None:
    s = Script("1 + 1")
    assert s.cached_data_rejected is None
    data = s.create_cached_data()
    assert s.create_cached_data() == data  # any number of times
    for value in (data, bytearray(data), memoryview(data), memoryview(bytearray(data))):
        assert Script("1 + 1", cached_data=value).cached_data_rejected is False
    with pytest.raises(TypeError):
        Script("1 + 1", cached_data="not bytes")  # type: ignore[arg-type]


def test_produce_cached_data() -> None:
    s = Script("var y = 40 + 2; y", produce_cached_data=True)
    assert s.cached_data_produced is True and isinstance(s.cached_data, bytes)
    assert Script("var y = 40 + 2; y", cached_data=s.cached_data).run_in_new_context() == 42
    plain = Script("1")
    assert plain.cached_data is None and plain.cached_data_produced is None


def test_lazy_functions_compile_on_first_call_and_keep_semantics() -> None:
    code = """
    function outer(a) { var x = a * 2; return function inner(b) { 'use strict'; return [x + b, this]; }; }
    function sloppyThis() { return typeof this; }
    const arrowArgs = function () { return (() => arguments.length)(); };
    function withEval(s) { var local = 5; return eval(s); }
    [outer(1)(3), sloppyThis(), arrowArgs(1, 2, 3), withEval('local + 1'), outer.length, outer.name,
     String(outer).slice(0, 17)]
    """
    expected = run_fresh(Script(code))
    data = Script(code).create_cached_data()
    tree = deserialize_program(data, code, "script")
    assert type(tree.body[0].body) is LazyBody
    s = Script(code, cached_data=data)
    assert s.cached_data_rejected is False
    assert run_fresh(s) == expected
    assert expected[0] == [5, pyjsvm.undefined] and expected[1] == "object" and expected[2] == 3 and expected[3] == 6


def test_compile_function_cache() -> None:
    f = pyjsvm.compile_function("return a * b + (this === undefined)", ["a", "b"], produce_cached_data=True)
    assert f.cached_data_produced is True and f.cached_data_rejected is None
    assert f(6, 7) == 42
    g = pyjsvm.compile_function("return a * b + (this === undefined)", ["a", "b"], cached_data=f.cached_data)
    assert g.cached_data_rejected is False
    assert g(6, 7) == 42
    other_params = pyjsvm.compile_function("return a * b", ["a", "c"], cached_data=f.cached_data)
    assert other_params.cached_data_rejected is True
    other_body = pyjsvm.compile_function("return a * b + 1", ["a", "b"], cached_data=f.cached_data)
    assert other_body.cached_data_rejected is True and other_body(1, 1) == 2
    script_data = Script("1").create_cached_data()
    assert pyjsvm.compile_function("1", [], cached_data=script_data).cached_data_rejected is True


def test_wrong_goal_version_or_engine_rejected() -> None:
    data = Script("1 + 2").create_cached_data()
    assert deserialize_program(data, "1 + 2", "module") is None
    bumped = bytearray(data)
    struct.pack_into("<H", bumped, 8, code_cache.FORMAT_VERSION + 1)
    assert Script("1 + 2", cached_data=bytes(bumped)).cached_data_rejected is True
    other_engine = bytearray(data)
    other_engine[12] ^= 1
    assert Script("1 + 2", cached_data=bytes(other_engine)).cached_data_rejected is True


def test_syntax_error_still_reported_with_foreign_cache() -> None:
    data = Script("1").create_cached_data()
    with pytest.raises(pyjsvm.JSError):
        Script("1 +", cached_data=data)


def test_cache_is_smaller_than_three_times_the_source() -> None:
    code = ("(function () {" + PROGRAM + "})();\n") * 3
    assert len(Script(code).create_cached_data()) <= 3 * len(code)


# --- crafted data: the decoder validates every node ---------------------------------------------

def _craft(program_source: str, mutate: object) -> bytes:
    """Cached data for ``program_source`` whose tree was changed by ``mutate`` before encoding,
    with a valid checksum and source hash: what an attacker can produce."""
    tree = parse_script(program_source)
    mutate(tree)  # type: ignore[operator]
    from pyjsvm.syntax import tree_codec
    enc = tree_codec._Encoder()
    enc.node = _unchecked_node.__get__(enc)  # type: ignore[method-assign]
    enc.node(tree, frozenset({"Program"}), 0, 1)
    return _wrap(enc, program_source)


def _unchecked_node(self: object, n: object, allowed: object, pstart: int, pline: int) -> None:
    """The encoder's ``node`` without its check of which node types may appear where."""
    from pyjsvm.syntax import tree_codec
    tree_codec._Encoder.node(self, n, frozenset(tree_codec.TYPE_NAMES), pstart, pline)  # type: ignore[arg-type]


def _wrap(enc: object, source: str) -> bytes:
    import zlib
    from array import array
    strings = enc.strings  # type: ignore[attr-defined]
    lengths = array("I", (len(s) for s in strings))
    blob = "".join(strings).encode("utf-8", "surrogatepass")
    head = array("I", [len(lengths), len(blob), len(enc.floats), len(enc.ints)])  # type: ignore[attr-defined]
    raw = head.tobytes() + lengths.tobytes() + blob + enc.floats.tobytes() + enc.ints.tobytes()  # type: ignore[attr-defined]
    payload = zlib.compress(raw)
    header = code_cache._HEADER.pack(code_cache.MAGIC, code_cache.FORMAT_VERSION, 1, 0, code_cache.engine_id(),
                                     code_cache.source_hash(source, "script"), len(raw), len(payload),
                                     b"")[:-16]
    return header + code_cache._checksum(header, payload) + payload


def test_crafted_node_in_wrong_place_rejected() -> None:
    source = "a.b; x = 1;"

    def put_statement_where_expression_goes(tree: object) -> None:
        stmt = tree.body[0]  # type: ignore[attr-defined]
        stmt.expression.property = tree.body[1]  # an ExpressionStatement as a member's property

    data = _craft(source, put_statement_where_expression_goes)
    assert deserialize_program(data, source, "script") is None
    s = Script(source, cached_data=data)
    assert s.cached_data_rejected is True


def test_crafted_operator_rejected() -> None:
    source = "1 + 2"

    def odd_operator(tree: object) -> None:
        tree.body[0].expression.operator = "__import__"  # type: ignore[attr-defined]

    with pytest.raises(CodecError):
        _craft(source, odd_operator)  # not even encodable: the enumeration is checked both ways


def test_crafted_but_valid_tree_runs_other_js_in_the_sandbox_only() -> None:
    source = "1 + 2"

    def swap(tree: object) -> None:
        tree.body[0].expression.operator = "*"  # type: ignore[attr-defined]

    data = _craft(source, swap)
    s = Script(source, cached_data=data)
    assert s.cached_data_rejected is False
    assert s.run_in_new_context() == 2  # other JS, same sandbox


# --- fuzzing: every mutation of valid data is rejected, the script still runs from source -----

FUZZ_SOURCE = "function f(a, b) { return a + b; } var o = { k: [1, 'two', /3/g, `4${5}`] }; f(2, 3)"
_VALID = Script(FUZZ_SOURCE).create_cached_data()
_OTHER = Script("function g() { return 1 } g()").create_cached_data()


def _check_rejected(data: bytes) -> None:
    if data == _VALID:
        return
    s = Script(FUZZ_SOURCE, cached_data=data)
    assert s.cached_data_rejected is True
    assert s.run_in_new_context() == 5


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(_VALID) * 8 - 1))
def test_fuzz_bit_flips(bit: int) -> None:
    data = bytearray(_VALID)
    data[bit // 8] ^= 1 << (bit % 8)
    _check_rejected(bytes(data))


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=0, max_value=len(_VALID) - 1))
def test_fuzz_truncations(n: int) -> None:
    _check_rejected(_VALID[:n])


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=0, max_value=len(_VALID)), st.integers(min_value=0, max_value=len(_OTHER)))
def test_fuzz_splices(i: int, j: int) -> None:
    _check_rejected(_VALID[:i] + _OTHER[j:])


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=600))
def test_fuzz_random_bytes(blob: bytes) -> None:
    _check_rejected(blob)
    _check_rejected(_VALID[:HEADER_SIZE] + blob)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_fuzz_decoder_on_mutated_payloads(data: st.DataObject) -> None:
    """The payload decoder itself (past the checksum) on mutated integer streams: CodecError or
    a tree, never another exception."""
    import zlib
    from array import array
    payload, raw_size = encode_program(parse_script(FUZZ_SOURCE))
    raw = bytearray(zlib.decompress(payload))
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] = data.draw(st.integers(0, 255))
    try:
        tree = decode_program(zlib.compress(bytes(raw)), 2 * len(FUZZ_SOURCE) + 2, len(raw))
    except CodecError:
        return
    # lazy bodies validate when they are decoded
    for stmt in tree.body:
        body = getattr(stmt, "body", None)
        if type(body) is LazyBody:
            try:
                body.materialize()
            except CodecError:
                pass
    del array


def test_decoder_rejects_decompression_bomb() -> None:
    import zlib
    bomb = zlib.compress(b"\x00" * 10_000_000)
    with pytest.raises(CodecError):
        decode_program(bomb, 100, 10_000)


def test_serialize_roundtrip_keeps_tree() -> None:
    tree = parse_script(PROGRAM)
    data = serialize_program(tree, PROGRAM, "script")
    back = deserialize_program(data, PROGRAM, "script")
    assert back is not None
    assert [n.type for n in back.body] == [n.type for n in tree.body]
    assert back.body[0].range == tree.body[0].range
    assert back.body[0].loc.start.line == tree.body[0].loc.start.line


def test_deep_trees_and_long_literals_roundtrip() -> None:
    code = "var s = " + " + ".join(["1"] * 1500) + "; [s, " + "7" * 4000 + "n % 1000n]"
    data = Script(code).create_cached_data()
    assert data
    s = Script(code, cached_data=data)
    assert s.cached_data_rejected is False
    assert run_fresh(s) == run_fresh(Script(code)) == [1500, 777]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_crafted_payloads_with_valid_checksums_never_reach_python(data: st.DataObject) -> None:
    """What an attacker can send: a mutated tree under a correct checksum and source hash. It is
    rejected, or it runs as some JS in the sandbox (a JSError at worst, bounded by a timeout):
    no other Python exception, no crash."""
    import zlib

    payload, _ = encode_program(parse_script(FUZZ_SOURCE))
    raw = bytearray(zlib.decompress(payload))
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(16, len(raw) - 1))
        raw[pos] = data.draw(st.sampled_from([0, 1, 2, 3, 7, 9, 40, 255, raw[pos] ^ 1]))
    body = zlib.compress(bytes(raw))
    head = code_cache._HEADER.pack(code_cache.MAGIC, code_cache.FORMAT_VERSION, 1, 0, code_cache.engine_id(),
                                   code_cache.source_hash(FUZZ_SOURCE, "script"), len(raw), len(body), b"")[:-16]
    crafted = head + code_cache._checksum(head, body) + body
    s = Script(FUZZ_SOURCE, cached_data=crafted)
    if s.cached_data_rejected:
        assert s.run_in_new_context() == 5
        return
    try:
        s.run_in_new_context(timeout=2000)
    except pyjsvm.JSError:  # a JS throw, or the timeout (ERR_SCRIPT_EXECUTION_TIMEOUT)
        pass
