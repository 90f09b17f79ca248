"""vm.compileFunction's source (and so every CommonJS module) is parsed once when its parameters
are plain identifiers; a parameter string that could reach into the body still has the body
parsed on its own, so a body that only parses with it is rejected."""
import pytest

import pyjsvm
from pyjsvm.compiler import engine


@pytest.fixture
def parse_count(monkeypatch):
    calls = []
    real = engine.parse_script

    def counting(source, *args, **kwargs):
        calls.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(engine, "parse_script", counting)
    return calls


def test_identifier_parameters_parse_once(parse_count):
    f = pyjsvm.compile_function("return exports + $b_1", ["exports", "$b_1"])
    assert f(2, 3) == 5
    assert len(parse_count) == 1


def test_parameter_opening_a_template_is_still_rejected(parse_count):
    # "(function (a = `) {\n`) {\n})" parses, but the body "`) {" alone does not.
    with pytest.raises(pyjsvm.JSError, match="SyntaxError"):
        pyjsvm.compile_function("`) {", ["a = `"])
    assert len(parse_count) == 2


def test_body_errors_still_reported():
    with pytest.raises(pyjsvm.JSError, match="SyntaxError"):
        pyjsvm.compile_function("let a; let a;", ["b"])
    with pytest.raises(pyjsvm.JSError, match="SyntaxError"):
        pyjsvm.compile_function("}); (function () {", ["b"])
