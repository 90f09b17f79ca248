"""syntax/parse.py's PROMOTE_PROGRAMS (set by the ``pyjsvm`` command): the tree of a large
program, parsed or decoded from cached data, is made with the cyclic collector off and ends in
its oldest generation, not scanned by young collections; off (the default, the Python API) and
for small programs, nothing changes."""
from __future__ import annotations

import gc
from typing import Any, Callable, Iterator

import pytest

from pyjsvm.syntax import parse, tree_codec

BIG = "".join(f"function f{i}(a, b) {{ return [a, b, {{k: a + {i}}}].map(x => x) }}\n" for i in range(1500))


@pytest.fixture
def promoting() -> Iterator[None]:
    parse.PROMOTE_PROGRAMS[0] = True
    try:
        yield
    finally:
        parse.PROMOTE_PROGRAMS[0] = False


def _in_oldest(obj: Any) -> bool:
    return any(o is obj for o in gc.get_objects(generation=2))


def _decoded(src: str) -> Callable[[], Any]:
    program = parse.parse_script(src, "t.js")
    data, raw_size = tree_codec.encode_program(program)
    return lambda: tree_codec.decode_program(data, len(src), raw_size)


def test_parsed_program_is_old(promoting: None) -> None:
    assert len(BIG) >= parse.PROMOTE_MIN_SOURCE
    program = parse.parse_script(BIG, "t.js")
    assert _in_oldest(program) and _in_oldest(program.body[-1]) and gc.isenabled()


def test_decoded_program_is_old(promoting: None) -> None:
    decode = _decoded(BIG)
    program = decode()
    assert _in_oldest(program) and _in_oldest(program.body[-1]) and gc.isenabled()


def test_module_is_old(promoting: None) -> None:
    program = parse.parse_module(BIG + "export default 1;", "t.mjs")
    assert _in_oldest(program) and gc.isenabled()


def test_default_and_small_programs_left_alone(promoting: None, monkeypatch: pytest.MonkeyPatch) -> None:
    freezes: list[int] = []
    freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (freezes.append(1), freeze()))
    parse.parse_script("var a = [1, 2].map(x => x)", "t.js")
    assert not freezes
    parse.parse_script(BIG, "t.js")
    assert len(freezes) == 1
    parse.PROMOTE_PROGRAMS[0] = False
    parse.parse_script(BIG, "t.js")
    _decoded(BIG)()
    assert len(freezes) == 1


def test_collector_on_after_a_syntax_error(promoting: None) -> None:
    with pytest.raises(parse.ParseError):
        parse.parse_script(BIG + "var = ;", "t.js")
    assert gc.isenabled()
