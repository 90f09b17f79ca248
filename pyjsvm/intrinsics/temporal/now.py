"""Temporal.Now (sec-temporal-now-object) and Date.prototype.toTemporalInstant
(sec-date.prototype.totemporalinstant)."""
from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.date import this_time_value
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.intrinsics.temporal.objects import (
    create_temporal_date, create_temporal_date_time, create_temporal_instant, create_temporal_time,
    create_temporal_zoned_date_time, to_temporal_time_zone_identifier,
)
from pyjsvm.intrinsics.temporal.timezone import get_iso_date_time_for, system_time_zone_identifier

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

now = BuiltinTable()
date_proto = BuiltinTable()


def system_utc_epoch_nanoseconds(realm: "Realm") -> int:
    """SystemUTCEpochNanoseconds (sec-temporal-systemutcepochnanoseconds). NON-SPEC: a host may
    fix the realm's clock (``pyjsvm --fixed-time``, in milliseconds)."""
    fixed = realm.host_defined.get("pyjsvm.fixed_time")
    if fixed is not None:
        return int(fixed) * 10**6
    return time.time_ns()


def system_date_time(realm: "Realm", tz_like: Any) -> Any:
    """SystemDateTime (sec-temporal-systemdatetime)."""
    tz = system_time_zone_identifier() if tz_like is None else to_temporal_time_zone_identifier(tz_like)
    return get_iso_date_time_for(tz, system_utc_epoch_nanoseconds(realm))


@now.method("timeZoneId", 0)
def now_time_zone_id(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Now.timeZoneId ( ) (sec-temporal.now.timezoneid)."""
    return system_time_zone_identifier()


@now.method("instant", 0)
def now_instant(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Now.instant ( ) (sec-temporal.now.instant)."""
    return create_temporal_instant(system_utc_epoch_nanoseconds(realm))


@now.method("plainDateTimeISO", 0)
def now_plain_date_time_iso(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Now.plainDateTimeISO ( [ temporalTimeZoneLike ] ) (sec-temporal.now.plaindatetimeiso)."""
    return create_temporal_date_time(system_date_time(realm, argument(args, 0)), "iso8601")


@now.method("zonedDateTimeISO", 0)
def now_zoned_date_time_iso(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Now.zonedDateTimeISO ( [ temporalTimeZoneLike ] ) (sec-temporal.now.zoneddatetimeiso)."""
    like = argument(args, 0)
    tz = system_time_zone_identifier() if like is None else to_temporal_time_zone_identifier(like)
    return create_temporal_zoned_date_time(system_utc_epoch_nanoseconds(realm), tz, "iso8601")


@now.method("plainDateISO", 0)
def now_plain_date_iso(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Now.plainDateISO ( [ temporalTimeZoneLike ] ) (sec-temporal.now.plaindateiso)."""
    return create_temporal_date(system_date_time(realm, argument(args, 0))[0], "iso8601")


@now.method("plainTimeISO", 0)
def now_plain_time_iso(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Temporal.Now.plainTimeISO ( [ temporalTimeZoneLike ] ) (sec-temporal.now.plaintimeiso)."""
    return create_temporal_time(system_date_time(realm, argument(args, 0))[1])


@date_proto.method("toTemporalInstant", 0)
def date_to_temporal_instant(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Date.prototype.toTemporalInstant ( ) (sec-date.prototype.totemporalinstant)."""
    t = this_time_value(this, "toTemporalInstant")
    if t != t or t in (math.inf, -math.inf):
        throw_range_error("Invalid Date")
    return create_temporal_instant(int(t) * 10**6)


def setup(realm: "Realm", temporal: JSObject) -> None:
    o = JSObject(realm.object_prototype)
    realm.intrinsics["%Temporal.Now%"] = o
    now.install(realm, o)
    o.define_builtin(SYM_TO_STRING_TAG, "Temporal.Now", C)
    temporal.define_builtin("Now", o)
    date_proto.install(realm, realm.intrinsics["%Date.prototype%"])
