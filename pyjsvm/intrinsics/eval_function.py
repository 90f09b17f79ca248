"""The global ``eval`` function (sec-eval-x); a call to it named ``eval`` in source is a direct
eval, handled by the compiler."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.objects import BuiltinFunction
from pyjsvm.compiler.engine import indirect_eval

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


def eval_impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """eval ( x ) (sec-eval-x): an indirect eval."""
    return indirect_eval(realm, args[0] if args else None)


def setup(realm: "Realm") -> None:
    f = BuiltinFunction(realm, eval_impl, "eval", 1)
    realm.intrinsics["%eval%"] = f
    realm.define_global("eval", f)
