"""NON-SPEC: installing a Temporal class in a realm, and the calendar getters shared by
PlainDate, PlainDateTime, PlainYearMonth, PlainMonthDay and ZonedDateTime
(sec-temporal.plaindate.prototype.year and neighbours)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.values import SYM_TO_STRING_TAG
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.temporal.common import (
    ISODate, iso_day_of_week, iso_day_of_year, iso_days_in_month, iso_week_of_year, is_leap_year,
    mathematical_days_in_year,
)
from pyjsvm.intrinsics.temporal.objects import create_month_code, require

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


def install_class(realm: "Realm", temporal: JSObject, name: str, ctor_impl: Any, length: int, proto: BuiltinTable,
                  statics: BuiltinTable) -> JSObject:
    """Create Temporal.<name> and its prototype, register their intrinsics and define the
    constructor on the Temporal object."""
    p = JSObject(realm.object_prototype)
    realm.intrinsics[f"%Temporal.{name}.prototype%"] = p
    ctor = make_constructor(realm, ctor_impl, name, length, p)
    realm.intrinsics[f"%Temporal.{name}%"] = ctor
    proto.install(realm, p)
    statics.install(realm, ctor)
    p.define_builtin(SYM_TO_STRING_TAG, f"Temporal.{name}", C)
    temporal.define_builtin(name, ctor)
    return ctor


FIELD_GETTERS: dict[str, Callable[[ISODate], Any]] = {
    "era": lambda d: None,
    "eraYear": lambda d: None,
    "year": lambda d: float(d[0]),
    "month": lambda d: float(d[1]),
    "monthCode": lambda d: create_month_code(d[1], False),
    "day": lambda d: float(d[2]),
    "dayOfWeek": lambda d: float(iso_day_of_week(d)),
    "dayOfYear": lambda d: float(iso_day_of_year(d)),
    "weekOfYear": lambda d: float(iso_week_of_year(d)[0]),
    "yearOfWeek": lambda d: float(iso_week_of_year(d)[1]),
    "daysInWeek": lambda d: 7.0,
    "daysInMonth": lambda d: float(iso_days_in_month(d[0], d[1])),
    "daysInYear": lambda d: float(mathematical_days_in_year(d[0])),
    "monthsInYear": lambda d: 12.0,
    "inLeapYear": lambda d: is_leap_year(d[0]),
}


def add_calendar_getters(table: BuiltinTable, cls: type, class_name: str, names: tuple[str, ...],
                         iso_date_of: Callable[[Any], ISODate]) -> None:
    """Declare the getters ``names`` (from FIELD_GETTERS) of a class on its prototype table."""
    for name in names:
        field = FIELD_GETTERS[name]

        def getter(realm: Any, this: Any, args: list[Any], nt: Any, field: Any = field, name: str = name) -> Any:
            obj = require(this, cls, f"Temporal.{class_name}.prototype.{name}")
            return field(iso_date_of(obj))
        getter.__doc__ = (f"get Temporal.{class_name}.prototype.{name} "
                          f"(sec-get-temporal.{class_name.lower()}.prototype.{name.lower()}).")
        getter.__name__ = f"{class_name}_{name}"
        table.getter(name)(getter)


def add_calendar_id_getter(table: BuiltinTable, cls: type, class_name: str) -> None:
    """get Temporal.X.prototype.calendarId."""
    def calendar_id(realm: Any, this: Any, args: list[Any], nt: Any) -> Any:
        return require(this, cls, f"Temporal.{class_name}.prototype.calendarId").calendar
    calendar_id.__doc__ = f"get Temporal.{class_name}.prototype.calendarId (sec-get-temporal.{class_name.lower()}.prototype.calendarid)."
    table.getter("calendarId")(calendar_id)
