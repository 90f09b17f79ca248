"""The Temporal built-ins (sec-temporal-objects): one module per class and the shared abstract
operations (common.py: ISO arithmetic and rounding; options.py; parser.py: the ISO 8601 /
RFC 9557 grammar; timezone.py; objects.py: instances, conversions and the ISO 8601 calendar;
ops.py: differences and relative rounding). ``setup`` creates %Temporal% and its classes."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.values import SYM_TO_STRING_TAG
from pyjsvm.intrinsics.temporal import (
    duration, instant, now, plain_date, plain_date_time, plain_month_day, plain_time, plain_year_month, zoned_date_time,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

CLASSES = [instant, plain_date_time, plain_date, plain_time, plain_year_month, plain_month_day, duration,
           zoned_date_time, now]


def setup(realm: "Realm") -> None:
    """Create %Temporal% (sec-temporal-objects) and define the global ``Temporal``."""
    temporal = JSObject(realm.object_prototype)
    realm.intrinsics["%Temporal%"] = temporal
    temporal.define_builtin(SYM_TO_STRING_TAG, "Temporal", C)
    for mod in CLASSES:
        mod.setup(realm, temporal)
    realm.define_global("Temporal", temporal)
