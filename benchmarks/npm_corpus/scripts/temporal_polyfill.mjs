import { Temporal, Intl as TIntl, toTemporalInstant } from '@js-temporal/polyfill';
const d = Temporal.PlainDate.from('2024-01-31');
console.log(String(d.add({ months: 1 })), String(d.add({ months: 1 }, { overflow: 'constrain' })), d.dayOfWeek, d.weekOfYear, d.daysInMonth, d.inLeapYear);
try { d.add({ months: 1 }, { overflow: 'reject' }); } catch (e) { console.log(e.constructor.name); }
const a = Temporal.PlainDateTime.from('2024-03-10T01:30'), b = Temporal.PlainDateTime.from('2025-06-01T12:00:30.5');
console.log(String(a.until(b)), String(a.until(b, { largestUnit: 'year', smallestUnit: 'minute', roundingMode: 'halfExpand' })), String(b.round({ smallestUnit: 'hour' })));
const z = Temporal.ZonedDateTime.from('2024-03-31T01:30:00+01:00[Europe/Berlin]');
console.log(String(z.add({ hours: 1 })), String(z.add({ days: 1 })), z.hoursInDay, String(z.withTimeZone('America/New_York')), z.offset);
console.log(String(Temporal.ZonedDateTime.from({ year: 2024, month: 11, day: 3, hour: 1, minute: 30, timeZone: 'America/New_York' }, { disambiguation: 'later' })));
const dur = Temporal.Duration.from({ hours: 50, minutes: 90 }); console.log(String(dur.round({ largestUnit: 'day' })), dur.total('minute'), String(Temporal.Duration.from('P1Y2M3DT4H5M6.789S').negated()));
console.log(Temporal.PlainDate.compare('2024-01-01', '2023-12-31'), String(Temporal.PlainYearMonth.from('2024-02').add({ months: 13 })), String(Temporal.PlainMonthDay.from('02-29').toPlainDate({ year: 2023 })));
const inst = Temporal.Instant.fromEpochMilliseconds(1700000000123); console.log(String(inst), String(inst.toZonedDateTimeISO('Asia/Kolkata')), String(inst.round({ smallestUnit: 'second', roundingMode: 'ceil' })));
console.log(String(toTemporalInstant.call(new Date(0))), String(Temporal.PlainTime.from('23:59:59.999999999').add({ nanoseconds: 1 })));
console.log(new TIntl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(Temporal.PlainDate.from('2024-07-04')));
console.log(String(Temporal.PlainDate.from('2024-02-29').with({ year: 2025 })), String(Temporal.PlainDate.from('2024-02-29').since('2020-02-29', { largestUnit: 'years' })));
