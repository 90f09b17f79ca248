import ICAL from 'ical.js';
const ics = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//x//y//EN
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:1@x
DTSTAMP:20240101T000000Z
DTSTART;TZID=Europe/Berlin:20240325T090000
DTEND;TZID=Europe/Berlin:20240325T100000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO,TH
EXDATE;TZID=Europe/Berlin:20240328T090000
SUMMARY:Standup\\, daily
DESCRIPTION:Line one\\nLine two
ATTENDEE;CN="A B";ROLE=REQ-PARTICIPANT:mailto:a@b.c
END:VEVENT
END:VCALENDAR`;
const jcal = ICAL.parse(ics);
const comp = new ICAL.Component(jcal);
const vtz = comp.getFirstSubcomponent('vtimezone');
ICAL.TimezoneService.register(vtz);
const ev = new ICAL.Event(comp.getFirstSubcomponent('vevent'));
console.log(ev.summary, JSON.stringify(ev.description), ev.uid, ev.duration.toString(), ev.attendees[0].getParameter('cn'));
console.log(ev.startDate.toString(), ev.startDate.toUnixTime(), ev.startDate.convertToZone(ICAL.Timezone.utcTimezone).toString());
const it = ev.iterator(); const occ = []; let n; while ((n = it.next())) { occ.push(n.toString() + '/' + n.toUnixTime()); if (occ.length > 10) break; }
console.log(occ.join(' '));
const rr = ICAL.Recur.fromString('FREQ=MONTHLY;BYDAY=2TU;COUNT=5'); const rit = rr.iterator(ICAL.Time.fromDateString('2024-01-01')); const rs = []; let x; while ((x = rit.next())) rs.push(x.toString());
console.log(rs.join(' '), rr.toString());
const t = ICAL.Time.fromDateTimeString('2024-02-28T23:30:00'); t.adjust(1, 1, 0, 0); console.log(t.toString(), t.dayOfWeek(), t.dayOfYear(), t.weekNumber(ICAL.Time.MONDAY));
console.log(ICAL.Duration.fromString('-P1DT2H3M').toSeconds(), new ICAL.Period({ start: ICAL.Time.fromDateString('2024-01-01'), duration: ICAL.Duration.fromString('P2W') }).getEnd().toString());
console.log(comp.toString().split('\r\n').length, ICAL.stringify(jcal).length, JSON.stringify(jcal).length);
