"""NON-SPEC (host): objects with the [[IsHTMLDDA]] internal slot (sec-IsHTMLDDA-internal-slot).

Annex B lets a host (a web browser's ``document.all``) create objects that typeof reports as
"undefined", that ToBoolean makes false and that IsLooselyEqual finds equal to null and
undefined. The engine itself never creates one: only a host may, through
:func:`create_html_dda_object` (the test262 runner offers one as ``$262.IsHTMLDDA``). The slot is
the class flag ``is_htmldda`` (runtime/values.py), tested only on the object paths of typeof,
ToBoolean and IsLooselyEqual.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.objects import BuiltinFunction
from pyjsvm.runtime.values import NULL

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


class HTMLDDAObject(BuiltinFunction):
    """A callable object with [[IsHTMLDDA]]; calling it returns null (as test262's
    INTERPRETING.md asks of ``$262.IsHTMLDDA`` for no argument or "")."""

    __slots__ = ()
    is_htmldda = True


def _return_null(realm: Realm, this: Any, args: list[Any], new_target: Any) -> Any:
    return NULL


def create_html_dda_object(realm: Realm) -> HTMLDDAObject:
    """NON-SPEC (host hook): a new object with the [[IsHTMLDDA]] internal slot in ``realm``."""
    return HTMLDDAObject(realm, _return_null, "", 0)
