"""Temporal (sec-temporal-objects): expected values worked out from the spec's algorithms (node 20
has no Temporal, so there is no differential check)."""
from __future__ import annotations

import pytest

from tests.helpers import js_str

from pyjsvm.intrinsics.temporal.common import (
    add_days_to_iso_date, epoch_days, epoch_days_to_iso_date, iso_week_of_year, round_number_to_increment,
)
from pyjsvm.intrinsics.temporal.parser import parse_duration_string, parse_iso_date_time


@pytest.mark.parametrize("src,expected", [
    # PlainDate: construction, fields, arithmetic (CalendarDateAdd constrains the day)
    ("new Temporal.PlainDate(2020, 2, 29).toString()", "2020-02-29"),
    ("new Temporal.PlainDate(2020, 2, 29).add({years: 1}).toString()", "2021-02-28"),
    ("new Temporal.PlainDate(2020, 1, 31).add({months: 1}).toString()", "2020-02-29"),
    ("new Temporal.PlainDate(-5, 1, 1).toString()", "-000005-01-01"),
    ("new Temporal.PlainDate(12345, 1, 1).toString()", "+012345-01-01"),
    ("Temporal.PlainDate.from('2019-12-30').weekOfYear + '/' + Temporal.PlainDate.from('2019-12-30').yearOfWeek",
     "1/2020"),
    ("Temporal.PlainDate.from('2021-01-03').dayOfWeek", "7"),
    ("Temporal.PlainDate.from('2019-01-31').until('2019-03-01', {largestUnit: 'months'}).toString()", "P1M1D"),
    ("Temporal.PlainDate.from('2019-01-01').until('2020-03-15', {largestUnit: 'weeks'}).toString()", "P62W5D"),
    ("Temporal.PlainDate.from('2019-01-01').since('2020-03-15').toString()", "-P439D"),
    ("Temporal.PlainDate.from('2020-01-01').with({month: 2, day: 31}).toString()", "2020-02-29"),
    ("try { Temporal.PlainDate.from('2020-01-01').with({day: 31, month: 2}, {overflow: 'reject'}) } "
     "catch (e) { e.name }", "RangeError"),
    ("try { new Temporal.PlainDate(2020, 13, 1) } catch (e) { e.name }", "RangeError"),
    ("try { Temporal.PlainDate(2020, 1, 1) } catch (e) { e.name }", "TypeError"),
    ("try { Temporal.PlainDate.from('2020-01-01T00:00Z') } catch (e) { e.name }", "RangeError"),
    ("Temporal.PlainDate.from('2020-01-01[u-ca=iso8601]').toString({calendarName: 'always'})",
     "2020-01-01[u-ca=iso8601]"),
    ("try { Temporal.PlainDate.from('2020-01-01[!foo=bar]') } catch (e) { e.name }", "RangeError"),
    # PlainTime: balancing wraps around midnight; rounding
    ("new Temporal.PlainTime(23, 59).add({minutes: 2}).toString()", "00:01:00"),
    ("Temporal.PlainTime.from('12:34:56.789').round({smallestUnit: 'second'}).toString()", "12:34:57"),
    ("Temporal.PlainTime.from('12:34:56.789').toString({fractionalSecondDigits: 2})", "12:34:56.78"),
    ("Temporal.PlainTime.from('T1230').toString()", "12:30:00"),
    ("try { Temporal.PlainTime.from('1214') } catch (e) { e.name }", "RangeError"),
    ("Temporal.PlainTime.from('10:00').until('12:30:15', {largestUnit: 'minutes'}).toString()", "PT150M15S"),
    # PlainDateTime
    ("Temporal.PlainDateTime.from('2020-01-01T23:00').add({hours: 2}).toString()", "2020-01-02T01:00:00"),
    ("Temporal.PlainDateTime.from('2020-01-01T12:00').until('2020-01-03T06:00').toString()", "P1DT18H"),
    ("Temporal.PlainDateTime.from('2020-01-01T12:00').round({smallestUnit: 'day'}).toString()",
     "2020-01-02T00:00:00"),
    # Duration
    ("Temporal.Duration.from('PT1.5H').toString()", "PT1H30M"),
    ("Temporal.Duration.from({hours: 25}).round({largestUnit: 'days'}).toString()", "P1DT1H"),
    ("Temporal.Duration.from('P1M').total({unit: 'days', relativeTo: '2020-02-01'})", "29"),
    ("Temporal.Duration.from('-PT0.000000001S').toString()", "-PT0.000000001S"),
    ("new Temporal.Duration(0, 0, 0, 0, 0, 0, 0, 0, 0, 1e3).toString()", "PT0.000001S"),
    ("Temporal.Duration.compare({hours: 24}, {days: 1})", "0"),
    ("try { new Temporal.Duration(1, -1) } catch (e) { e.name }", "RangeError"),
    ("try { Temporal.Duration.from('P1Y').add('P1M') } catch (e) { e.name }", "RangeError"),
    ("Temporal.Duration.from('P1Y2M').round({smallestUnit: 'years', relativeTo: '2020-01-01'}).toString()", "P1Y"),
    # Instant
    ("new Temporal.Instant(0n).toString()", "1970-01-01T00:00:00Z"),
    ("Temporal.Instant.from('1970-01-01T01:00+01:00').epochNanoseconds", "0"),
    ("Temporal.Instant.fromEpochMilliseconds(1500).add({seconds: 1}).epochMilliseconds", "2500"),
    ("new Temporal.Instant(0n).toString({timeZone: '+05:30'})", "1970-01-01T05:30:00+05:30"),
    ("try { new Temporal.Instant(86400n * 10n**17n + 1n) } catch (e) { e.name }", "RangeError"),
    ("new Date(0).toTemporalInstant().toString()", "1970-01-01T00:00:00Z"),
    # PlainYearMonth / PlainMonthDay
    ("Temporal.PlainYearMonth.from('2020-05').add({months: 8}).toString()", "2021-01"),
    ("Temporal.PlainMonthDay.from('--02-29').toPlainDate({year: 2021}).toString()", "2021-02-28"),
    ("Temporal.PlainMonthDay.from({monthCode: 'M02', day: 30}).toString()", "02-29"),
    # ZonedDateTime with offsets and a named zone
    ("Temporal.ZonedDateTime.from('2020-01-01T00:00+02:00[+02:00]').epochNanoseconds", "1577829600000000000"),
    ("Temporal.ZonedDateTime.from('2020-03-08T02:30[America/New_York]').toString()",
     "2020-03-08T03:30:00-04:00[America/New_York]"),
    ("Temporal.ZonedDateTime.from('2020-03-08T12:00[America/New_York]').hoursInDay", "23"),
    ("Temporal.ZonedDateTime.from('2020-11-01T01:30-05:00[America/New_York]').offset", "-05:00"),
    ("Temporal.ZonedDateTime.from('2020-01-01T00:00Z[UTC]').add({days: 1}).toString()",
     "2020-01-02T00:00:00+00:00[UTC]"),
    ("try { Temporal.ZonedDateTime.from('2020-01-01T00:00+01:00[UTC]') } catch (e) { e.name }", "RangeError"),
    ("Temporal.ZonedDateTime.from('2020-01-01T00:00[America/New_York]').getTimeZoneTransition('next').toString()",
     "2020-03-08T03:00:00-04:00[America/New_York]"),
    ("Temporal.ZonedDateTime.from('2020-03-08T07:00Z[America/New_York]').getTimeZoneTransition('previous')"
     ".toString()", "2019-11-03T01:00:00-05:00[America/New_York]"),
    ("Temporal.ZonedDateTime.from('2020-01-01T00:00[+01:00]').getTimeZoneTransition('next')", "null"),
    ("Temporal.ZonedDateTime.from('2020-01-01T00:00[asia/calcutta]').timeZoneId", "Asia/Calcutta"),
    ("Temporal.ZonedDateTime.from('2020-01-01T00:00[Asia/Calcutta]').equals('2020-01-01T00:00[Asia/Kolkata]')",
     "true"),
    ("Temporal.Now.instant() instanceof Temporal.Instant", "true"),
    ("Object.prototype.toString.call(Temporal)", "[object Temporal]"),
])
def test_temporal(src: str, expected: str) -> None:
    assert js_str(src) == expected


def test_epoch_days_round_trip() -> None:
    for d in (-100_000_001, -719_468, -1, 0, 59, 60, 365, 11_016, 100_000_000):
        assert epoch_days(epoch_days_to_iso_date(d)) == d
    assert epoch_days((1970, 1, 1)) == 0
    assert epoch_days_to_iso_date(-1) == (1969, 12, 31)
    assert add_days_to_iso_date((2020, 2, 28), 1) == (2020, 2, 29)
    assert add_days_to_iso_date((2019, 2, 28), 1) == (2019, 3, 1)


def test_iso_week_of_year() -> None:
    assert iso_week_of_year((2021, 1, 1)) == (53, 2020)
    assert iso_week_of_year((2020, 12, 31)) == (53, 2020)
    assert iso_week_of_year((2024, 12, 30)) == (1, 2025)


def test_rounding_modes() -> None:
    assert round_number_to_increment(15, 10, "halfEven") == 20
    assert round_number_to_increment(25, 10, "halfEven") == 20
    assert round_number_to_increment(-15, 10, "halfExpand") == -20
    assert round_number_to_increment(-15, 10, "halfCeil") == -10
    assert round_number_to_increment(-11, 10, "floor") == -20
    assert round_number_to_increment(-11, 10, "trunc") == -10


def test_parser() -> None:
    r = parse_iso_date_time("2020-01-02T03:04:05.123456789+01:00[Europe/Paris][u-ca=iso8601]", ("ZonedDateTime",))
    assert (r.year, r.month, r.day) == (2020, 1, 2)
    assert r.time == (3, 4, 5, 123, 456, 789)
    assert (r.offset, r.tz_annotation, r.calendar) == ("+01:00", "Europe/Paris", "iso8601")
    assert parse_duration_string("P1Y2M3W4DT5H6M7.008009010S") == (1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    assert parse_duration_string("-PT1.5M") == (-1, [0, 0, 0, 0, 0, -1, -30, 0, 0, 0])
    assert parse_duration_string("P") is None
    assert parse_duration_string("PT1.5H30M") is None
