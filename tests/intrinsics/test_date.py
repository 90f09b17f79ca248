"""Tests of Date objects (sec-date-objects): the time value algorithms, the host time zone,
Date.parse and Date.prototype, with fixed expectations and differential checks against node
(both run with TZ=UTC)."""
from __future__ import annotations

import json
import os
import subprocess
from typing import Any

import pytest

from pyjsvm.runtime.agent import AGENT
from pyjsvm.intrinsics import date as D
from tests.helpers import NODE, js, js_str

NAN = float("nan")


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def realm_ctx() -> Any:
    from pyjsvm.intrinsics.realm import Realm
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


# --- time value algorithms ------------------------------------------------------------------------

def test_day_and_time_within_day() -> None:
    assert D.Day(0.0) == 0.0 and D.Day(-1.0) == -1.0 and D.Day(86399999.0) == 0.0
    assert D.TimeWithinDay(-1.0) == 86399999.0
    # exact near the end of the range, where float division would round
    assert D.Day(-8.64e15 + 86400000 * 0 - 1) == -100000001.0
    assert D.Day(8.64e15 - 1) == 99999999.0


def test_year_month_date_weekday() -> None:
    t = 951782400000.0  # 2000-02-29T00:00:00Z
    assert D.YearFromTime(t) == 2000.0 and D.MonthFromTime(t) == 1.0 and D.DateFromTime(t) == 29.0
    assert D.InLeapYear(t) == 1.0 and D.DaysInYear(1900.0) == 365.0 and D.DaysInYear(2000.0) == 366.0
    assert D.WeekDay(0.0) == 4.0  # Thursday
    assert D.YearFromTime(-8.64e15) == -271821.0 and D.MonthFromTime(-8.64e15) == 3.0
    assert D.DateFromTime(-8.64e15) == 20.0
    assert D.YearFromTime(8.64e15) == 275760.0
    assert D.YearFromTime(-1.0) == 1969.0 and D.DayWithinYear(-1.0) == 364.0


def test_make_time_day_date_clip() -> None:
    assert D.MakeTime(1.0, 2.0, 3.0, 4.5) == 3723004.0
    assert D.MakeTime(NAN, 0.0, 0.0, 0.0) != D.MakeTime(NAN, 0.0, 0.0, 0.0)
    assert D.MakeDay(2000.0, 13.0, 1.0) == D.MakeDay(2001.0, 1.0, 1.0)
    assert D.MakeDay(2000.0, -1.0, 1.0) == D.MakeDay(1999.0, 11.0, 1.0)
    assert D.MakeDay(1970.0, 0.0, 1.0) == 0.0
    assert D.MakeDay(float("inf"), 0.0, 1.0) != D.MakeDay(float("inf"), 0.0, 1.0)
    assert D.MakeDay(1e300, 0.0, 1.0) != D.MakeDay(1e300, 0.0, 1.0)
    assert D.MakeDate(1.0, 5.0) == 86400005.0
    assert D.TimeClip(8.64e15) == 8.64e15 and D.TimeClip(8.64e15 + 1) != D.TimeClip(8.64e15 + 1)
    neg_zero = D.TimeClip(-0.0)
    assert neg_zero == 0.0 and str(neg_zero) == "0.0"
    assert D.TimeClip(1.9) == 1.0 and D.TimeClip(-1.9) == -1.0
    assert D.MakeFullYear(99.0) == 1999.0 and D.MakeFullYear(100.0) == 100.0 and D.MakeFullYear(-0.5) == 1900.0


# --- host time zone --------------------------------------------------------------------------

def test_local_time_new_york(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert D.LocalTime(0.0) == -5 * 3600000.0
    # sec-utc-t notes: 1:30 on 2017-11-05 repeats: the earlier (UTC-04) instant is used.
    t = D.MakeDate(D.MakeDay(2017.0, 10.0, 5.0), D.MakeTime(1.0, 30.0, 0.0, 0.0))
    assert t - D.UTC(t) == -4 * 3600000.0
    # 2:30 on 2017-03-12 is skipped: interpreted with the offset before the transition (UTC-05).
    t = D.MakeDate(D.MakeDay(2017.0, 2.0, 12.0), D.MakeTime(2.0, 30.0, 0.0, 0.0))
    assert t - D.UTC(t) == -5 * 3600000.0
    assert js_str("new Date(2017, 2, 12, 2, 30).toString()") == \
        "Sun Mar 12 2017 03:30:00 GMT-0400 (Eastern Daylight Time)"
    assert js_str("new Date(2020, 6, 1).getTimezoneOffset()") == "240"
    assert js_str("new Date(2020, 0, 1).toTimeString()") == "00:00:00 GMT-0500 (Eastern Standard Time)"
    # Beyond the years datetime covers, the zone's DST rules still apply (400-year cycles).
    assert js_str("new Date(8.64e15).toString()") == \
        "Fri Sep 12 275760 20:00:00 GMT-0400 (Eastern Daylight Time)"
    assert js_str("new Date(12345, 6, 1).getTimezoneOffset()") == "240"
    # Before the zone's first rule: local mean time, with its seconds (sec-utc-t truncates to ms).
    assert js_str("new Date(1800, 0, 1).toString()") == "Wed Jan 01 1800 00:00:00 GMT-0456 (Eastern Standard Time)"


@pytest.mark.parametrize("zone, expected", [
    # local mean time: New York -4:56:02, Kolkata +5:53:28 (Madras time from 1870: +5:21:10)
    ("America/New_York", "296,296,300"), ("Asia/Kolkata", "-353,-321,-330"), ("UTC", "0,0,0"),
])
def test_timezone_offset_in_whole_minutes(monkeypatch: pytest.MonkeyPatch, zone: str, expected: str) -> None:
    # (as V8: the offset truncated towards zero; the spec's quotient was fractional, 296.0333...)
    monkeypatch.setenv("TZ", zone)
    src = "[new Date(1800, 0, 1), new Date(1880, 0, 1), new Date(1980, 0, 1)].map(d => d.getTimezoneOffset()).join()"
    assert js_str(src) == expected
    if NODE is not None:
        r = subprocess.run([NODE, "-p", src], capture_output=True, text=True, env={**os.environ, "TZ": zone}, timeout=60)
        assert r.stdout.strip() == expected


def test_other_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    assert js_str("new Date(2020, 6, 1).toString()") == "Wed Jul 01 2020 00:00:00 GMT+0530 (India Standard Time)"
    monkeypatch.setenv("TZ", "Europe/Paris")
    assert js_str("new Date(2020, 6, 1).toString()") == \
        "Wed Jul 01 2020 00:00:00 GMT+0200 (Central European Summer Time)"
    monkeypatch.setenv("TZ", "No/Such_Zone")
    assert js_str("new Date(0).getTimezoneOffset()") == "0"


# --- fixed JS expectations -------------------------------------------------------------------

@pytest.mark.parametrize("src, expected", [
    ("new Date(2001, 0, 2, 3, 4, 5).toString()", "Tue Jan 02 2001 03:04:05 GMT+0000 (Coordinated Universal Time)"),
    ("new Date(0).toUTCString()", "Thu, 01 Jan 1970 00:00:00 GMT"),
    ("new Date(-62198755200000).toUTCString()", "Fri, 01 Jan -0001 00:00:00 GMT"),
    ("new Date(-1).toISOString()", "1969-12-31T23:59:59.999Z"),
    ("new Date(8.64e15).toISOString()", "+275760-09-13T00:00:00.000Z"),
    ("new Date(-8.64e15).toISOString()", "-271821-04-20T00:00:00.000Z"),
    ("new Date(8.64e15 + 1).getTime()", "NaN"),
    ("new Date(NaN).toISOString()", "THROW RangeError: Invalid time value"),
    ("String(new Date(NaN))", "Invalid Date"),
    ("new Date(NaN).toJSON()", "null"),
    ("Date.prototype.toGMTString === Date.prototype.toUTCString", "true"),
    ("Date.prototype.toString.call({})", "THROW TypeError: Method Date.prototype.toString called on incompatible receiver #<Object>"),
    ("Object.prototype.toString.call(Date.prototype)", "[object Object]"),
    ("Object.prototype.toString.call(new Date(0))", "[object Date]"),
    ("new Date(new Date(5)).getTime()", "5"),
    ("new Date('1970-01-01T00:00:00.005Z').getTime()", "5"),
    ("new Date(99, 0).getFullYear()", "1999"),
    ("Date.UTC()", "NaN"),
    ("Date.UTC(2000)", "946684800000"),
    ("Date.length + ',' + Date.UTC.length + ',' + Date.prototype.setHours.length", "7,7,4"),
    ("var d = new Date(0); d.setMonth(1, 29) + ',' + d.getDate()", "5097600000,1"),
    ("var d = new Date(NaN); d.setFullYear(2000) ", "946684800000"),
    ("var d = new Date(NaN); d.setHours(1)", "NaN"),
    ("var d = new Date(0); d.setYear(99); d.getFullYear()", "1999"),
    ("new Date(0).getYear()", "70"),
    ("var d = new Date(0); [d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('default')].join('|')",
     "0|Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)"),
    ("new Date(0)[Symbol.toPrimitive]('bad')", "THROW TypeError: Invalid hint: bad"),
    ("var p = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive); p.writable + ',' + p.configurable",
     "false,true"),
    ("new Date(0) - 0", "0"),
    ("class D extends Date {}; var x = new D(3); (x instanceof D) + ',' + x.getTime()", "true,3"),
    ("new Date(Date.UTC(2001, 0, 2, 15, 4, 5)).toLocaleString()", "1/2/2001, 3:04:05 PM"),
    ("typeof Date(1, 2, 3)", "string"),
])
def test_js(src: str, expected: str) -> None:
    assert js_str(src) == expected


def test_now_is_integral() -> None:
    v = js("Date.now()")
    assert type(v) is float and v == int(v) and v > 1.6e12


@pytest.mark.parametrize("s, expected", [
    ("2000-01-01T00:00:00Z", 946684800000.0),
    ("2000-01-01", 946684800000.0),
    ("2000-01", 946684800000.0),
    ("2000", 946684800000.0),
    ("+002000-01-01T00:00:00.000Z", 946684800000.0),
    ("-000000-01-01T00:00:00Z", NAN),
    ("2000-01-02T24:00", 946857600000.0),
    ("2000-01-02T24:01", NAN),
    ("2000-13-01", NAN),
    ("2000-01-01T00:00:00+01:00", 946681200000.0),
    ("Tue Jan 02 2001 03:04:05 GMT+0000 (Coordinated Universal Time)", 978404645000.0),
    ("Tue, 02 Jan 2001 03:04:05 GMT", 978404645000.0),
    ("Jan 1 2000", 946684800000.0),
    ("2000/01/02 10:00", 946807200000.0),
    ("Jan 1 2000 10:00 PM EST", 946782000000.0),
    ("nonsense", NAN),
    ("", NAN),
])
def test_parse(s: str, expected: float) -> None:
    v = D.parse_date(s)
    if expected != expected:
        assert v != v
    else:
        assert v == expected


# --- differential checks against node -----------------------------------------------------

_DIFF_EXPRS = [
    "new Date(2001, 0, 2, 3, 4, 5).toString()", "new Date(0).toDateString()", "new Date(0).toTimeString()",
    "new Date(-1e14).toString()", "new Date(-1e14).toUTCString()", "new Date(-1e14).toISOString()",
    "new Date(1e14).toISOString()", "new Date(8.64e15).toString()", "new Date(-8.64e15).toString()",
    "new Date(2000, 1, 29).getDay()", "new Date(1e12).getUTCDay()", "new Date(1.5e12).getMilliseconds()",
    "new Date(2016, 1, 29, 23, 59, 59, 999).valueOf()", "new Date(2000, 0, 1, 0, 0, 0, 0.9).valueOf()",
    "new Date(1970, 0, 1, 0, 0, 0, -0.5).valueOf()", "new Date(2000, 24).valueOf()", "new Date(2000, -25).valueOf()",
    "new Date(2000, 0, 0).valueOf()", "new Date(2000, 0, 1e9).valueOf()", "new Date(275760, 8, 13).valueOf()",
    "new Date(275760, 8, 13, 0, 0, 0, 1).valueOf()", "new Date(-271821, 3, 20).valueOf()",
    "new Date(-271821, 3, 19, 23, 59, 59, 999).valueOf()", "new Date(Infinity, 0).valueOf()",
    "new Date('x').valueOf()", "new Date(true).valueOf()", "new Date(null).valueOf()", "new Date(undefined).valueOf()",
    "Date.UTC(99, 11, 31, 23, 59, 59, 999)", "Date.UTC(-1, 0)", "Date.UTC(1e6)", "Date.UTC(2000, 0, 1, 25)",
    "var d = new Date(0); d.setUTCHours(25, 61, 61, 1001)", "var d = new Date(0); d.setMinutes(-1)",
    "var d = new Date(0); d.setSeconds(30, 500)", "var d = new Date(0); d.setMilliseconds(-1)",
    "var d = new Date(0); d.setDate(0)", "var d = new Date(0); d.setUTCFullYear(2000, 1, 30)",
    "var d = new Date(0); d.setUTCMonth(13)", "var d = new Date(0); d.setTime('12')", "var d = new Date(0); d.setTime()",
    "var d = new Date(NaN); d.setUTCFullYear(2000)", "var d = new Date(NaN); d.setYear(2000)",
    "var d = new Date(0); d.setYear(NaN)", "new Date(2000, 5).getYear()", "new Date(0).getTimezoneOffset()",
    "JSON.stringify({d: new Date(0)})", "new Date(0) + ''", "`${new Date(0)}`", "new Date(0) == new Date(0).toString()",
    "new Date(0).toLocaleDateString()", "new Date(0).toLocaleTimeString()", "new Date(1e12).toLocaleString()",
    "new Date(NaN).toString()", "new Date(NaN).toUTCString()", "new Date(NaN).toDateString()",
    "new Date(NaN).toLocaleString()", "new Date(NaN).getTimezoneOffset()",
    "Date.prototype.toJSON.call({toISOString() { return 'x'; }, valueOf() { return 1; }})",
    "Date.prototype.toJSON.call({valueOf() { return Infinity; }})",
    "Date.prototype[Symbol.toPrimitive].call({toString() { return 's'; }}, 'default')",
    "Date.prototype[Symbol.toPrimitive].call(1, 'number')",
    "Date.prototype.getTime.call(Object.create(Date.prototype))",
    "Object.getOwnPropertyNames(Date.prototype).sort().join()",
    "Object.getOwnPropertyNames(Date).sort().join()",
    "Date.prototype[Symbol.toPrimitive].name + Date.prototype[Symbol.toPrimitive].length",
]

_PARSE_STRINGS = [
    "Jan 5", "1/2", "2000-01-02 10:00", "2019-02-30", "2019-02-31T00:00", "2019-02-29", "2020-02-29",
    "Tue, 02 Jan 2001 03:04:05 GMT", "Mon Jan 01 -0001 00:00:00 GMT+0000", "2000-01-02T10:00:00.5Z",
    "2000-01-02T24:00", "2000-01-02t10:00z", "1970-01-01T00:00:00.000+0100", "Jan 1 2000 10:00 PM EST",
    "2000-1-2", "December 25, 2000", "25 Dec 2000", "12/25/2000 10:00", "2000", "+002000-01-01",
    "-000000-01-01T00:00:00Z", "2000-01-02Z", "2000-01-02T10:00:00.123456Z", " 2000-01-02T10:00Z",
    "foo 2000", "2000 foo", "Thu Jan 01 1970 00:00:00 GMT+0100 (CET)", "Thu Jan 01 1970 00:00:00 GMT-0830",
    "2000-01-01T00:00:00.000-23:59", "2000-01-01T00:00:00.000+24:00", "2000-01-01T00:00:60", "2000-01-01T25:00",
    "2000-01-01T00:00:00,5", "2000-01-01T00:00:00Z ", "2000-01-01T00", "2000-01-01T0:00", "01/02/03",
    "1 January 2000 12:30:15 UTC", "Sat, 01-Jan-2000 08:00:00 GMT", "Jan 1, 2000 12:00 AM",
    "Jan 1, 2000 12:00 PM", "Jan 1, 2000 13:00 PM", "2000/1/2 3:4:5", "2000/1/2 3:4:5.678", "Mar 3 99",
    "Mar 3 49", "Mar 3 50", "10:00 2000/01/01", "2000-01-01 10:00:00 +0200", "2000-01-01 10:00:00 GMT+2",
    "2000-01-01 10:00:00 UTC+02:00", "2000-01-01 10:00:00 z", "Thursday, January 1, 1970", "(comment) Jan 1 2000",
    "Jan (x) 1 2000", "+275760-09-13T00:00:00.000Z", "+275760-09-13T00:00:00.001Z", "-271821-04-20T00:00:00.000Z",
    "-271821-04-19T23:59:59.999Z", "-271821-04-20T00:00:00.000+00:01", "0000-01-01", "0001-01-01T00:00:00Z",
    "99999-01-01", "2000-01-01T12:00:00.000Z garbage", "jan 1 2000 utc", "JAN 1 2000 UT", "2000-02-30T00:00Z",
]


def _throw_kind(s: str) -> str:
    """Error messages differ from node's: compare only the error name of a throw."""
    return s.split(":", 1)[0] if s.startswith("THROW ") else s


def _pyjsvm_outputs(src_exprs: list[str]) -> list[str]:
    return [_throw_kind(js_str(e)) for e in src_exprs]


def _node_outputs(src_exprs: list[str], tz: str = "UTC") -> list[str]:
    assert NODE is not None
    prog = (
        "const vm = require('vm'); const exprs = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const res = exprs.map(e => { try { const v = vm.runInNewContext(e);"
        " return (typeof v === 'object' && v !== null) ? '[object]' : typeof v === 'function' ? '[function]' : String(v); }"
        " catch (err) { return 'THROW ' + err.name + ': ' + err.message; } });"
        "process.stdout.write(JSON.stringify(res));"
    )
    env = dict(os.environ, TZ=tz)
    r = subprocess.run([NODE, "-e", prog], input=json.dumps(src_exprs), capture_output=True, text=True,
                       timeout=60, env=env)
    return [_throw_kind(v) for v in json.loads(r.stdout)]


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_differential_expressions() -> None:
    ours = _pyjsvm_outputs(_DIFF_EXPRS)
    theirs = _node_outputs(_DIFF_EXPRS)
    diffs = [(e, a, b) for e, a, b in zip(_DIFF_EXPRS, ours, theirs) if a != b]
    # Node includes Intl-only / Temporal extras in the property-name lists.
    diffs = [d for d in diffs if not d[0].startswith("Object.getOwnPropertyNames")]
    assert diffs == []


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_differential_property_names() -> None:
    exprs = ["Object.getOwnPropertyNames(Date.prototype).sort().join()", "Object.getOwnPropertyNames(Date).sort().join()"]
    # Node 20 has no Temporal, so no Date.prototype.toTemporalInstant.
    ours = [o.replace("toTemporalInstant,", "") for o in _pyjsvm_outputs(exprs)]
    theirs = _node_outputs(exprs)
    assert ours == theirs
    assert "toTemporalInstant" in _pyjsvm_outputs(exprs)[0]


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_differential_parse() -> None:
    exprs = [f"Date.parse({json.dumps(s)})" for s in _PARSE_STRINGS]
    ours = _pyjsvm_outputs(exprs)
    theirs = _node_outputs(exprs)
    diffs = [(s, a, b) for s, a, b in zip(_PARSE_STRINGS, ours, theirs) if a != b]
    assert diffs == []


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_differential_round_trip() -> None:
    times = [0, -1, 1e12, -1e12, 951782400000, 8.64e15 - 1000, -8.64e15, -62198755200000, 253402300800000]
    exprs = []
    for t in times:
        exprs.append(f"Date.parse(new Date({t}).toString())")
        exprs.append(f"Date.parse(new Date({t}).toUTCString())")
        exprs.append(f"Date.parse(new Date({t}).toISOString())")
    assert _pyjsvm_outputs(exprs) == _node_outputs(exprs)
