const chrono = require('chrono-node');
const moment = require('moment-timezone');
const ref = new Date('2024-03-15T12:00:00Z');
for (const s of ['tomorrow at 5pm', 'next friday', 'in 3 days', 'March 3rd 2021 10:30', 'last monday noon', '2 weeks ago', 'from 10 to 11am on Saturday']) {
  const r = chrono.parse(s, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
  console.log(s, '=>', r.length ? r[0].start.date().toISOString() + (r[0].end ? ' - ' + r[0].end.date().toISOString() : '') + ' [' + r[0].text + ']' : 'none');
}
const t = moment.tz('2024-03-10 01:30', 'America/New_York');
console.log(t.format(), t.clone().add(1, 'hour').format(), t.clone().tz('Asia/Kolkata').format('YYYY-MM-DD HH:mm z Z'), t.clone().tz('Europe/London').format('LLLL zz'), moment.tz.zone('Europe/Berlin').utcOffset(Date.UTC(2024, 6, 1)), moment.tz('2024-11-03 01:30', 'America/Chicago').isDST());
console.log(moment.tz.names().length > 300, moment.tz('2020-02-29T23:59:59Z', 'Pacific/Auckland').format('dddd, MMMM Do YYYY h:mm:ss a ZZ'), moment.utc('2024-01-01').tz('Australia/Lord_Howe').format('Z'), moment.tz.guess !== undefined);
