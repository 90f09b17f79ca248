"""Objects with the [[IsHTMLDDA]] internal slot (sec-IsHTMLDDA-internal-slot), created only through
the host hook runtime/exotic/html_dda.create_html_dda_object: typeof, ToBoolean and IsLooselyEqual
in both tiers (the emitting compiler and the closure compiler), and everything else unchanged."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.conversion import to_boolean
from pyjsvm.runtime.exotic.html_dda import create_html_dda_object
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import create_data_property, is_loosely_equal, to_string, typeof
from pyjsvm.runtime.values import NULL
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.helpers import both_tiers


def with_dda(src: str) -> str:
    """Run ``src`` in a fresh realm whose global ``dda`` is an [[IsHTMLDDA]] object."""
    realm = Realm()
    create_data_property(realm.global_object, "dda", create_html_dda_object(realm))
    return js_string_to_python(to_string(eval_script(realm, src)))


CASES = {
    "typeof dda": "undefined",
    "typeof dda === 'undefined'": "true",
    "(function () { 'use strict'; return typeof dda; })()": "undefined",
    "!dda": "true",
    "!!dda": "false",
    "dda ? 'yes' : 'no'": "no",
    "Boolean(dda)": "false",
    "dda || 'other'": "other",
    "String(dda && 'other') === String(dda)": "true",
    "var n = 0; if (dda) n = 1; n": "0",
    "var n = 0; while (dda) { n++; break; } n": "0",
    "[dda == null, dda == undefined, null == dda, undefined == dda, dda != null, dda != undefined].join()":
        "true,true,true,true,false,false",
    "var u; var z = null; [dda == u, dda == z, u == dda, z != dda].join()": "true,true,true,false",
    # what Annex B leaves alone: strict equality, nullishness, SameValue, calling, the object itself
    "[dda === undefined, dda === null, dda !== undefined].join()": "false,false,true",
    "(dda ?? 'default') === dda": "true",
    "var o = {}; o.x = dda; o.x ??= 1; o.x === dda": "true",
    "function f(a = 'default') { return a; } f(dda) === dda": "true",
    "var [a = 'default'] = [dda]; a === dda": "true",
    "Object.is(dda, undefined)": "false",
    "[dda(), dda('')].join() === ','": "true",
    "dda() === null": "true",
    "dda == dda": "true",
    "dda == 0 || dda == ''": "false",
    "Object.prototype.toString.call(dda)": "[object Function]",
}


@pytest.mark.parametrize("src", list(CASES))
def test_is_html_dda_in_both_tiers(src: str) -> None:
    assert both_tiers(with_dda, src) == (CASES[src], CASES[src])


def test_abstract_operations() -> None:
    realm = Realm()
    dda: Any = create_html_dda_object(realm)
    assert typeof(dda) == "undefined"
    assert to_boolean(dda) is False
    assert is_loosely_equal(dda, None) and is_loosely_equal(NULL, dda)
    assert not is_loosely_equal(dda, 0.0)
    # ordinary objects and functions keep their answers
    plain = JSObject(realm.intrinsics["%Object.prototype%"])
    assert typeof(plain) == "object" and to_boolean(plain) is True and not is_loosely_equal(plain, None)
    fn = realm.intrinsics["%Object%"]
    assert typeof(fn) == "function" and to_boolean(fn) is True and not is_loosely_equal(NULL, fn)


def test_engine_never_makes_one() -> None:
    """No built-in value has the slot: only the host hook creates such objects."""
    src = "[typeof document, typeof globalThis, !!Function.prototype, typeof Object.prototype].join()"
    assert both_tiers(with_dda, src) == ("undefined,object,true,object",) * 2
