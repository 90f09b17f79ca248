const { DateTime, Duration, Interval } = require('luxon');
const dt = DateTime.fromISO('2024-03-10T15:20:00', {zone: 'utc'});
console.log(dt.toISO(), dt.plus({months: 1, days: 3}).toFormat('yyyy LLL dd HH:mm'), dt.weekday, dt.weekNumber);
console.log(Duration.fromObject({hours: 2, minutes: 90}).shiftTo('minutes').toObject());
console.log(Interval.fromDateTimes(dt, dt.plus({days: 10})).length('days'), dt.startOf('year').toISODate());
