const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc'); dayjs.extend(utc);
const d = dayjs.utc('2024-02-29T12:34:56Z');
console.log(d.format('YYYY-MM-DD HH:mm:ss dddd MMM'), d.add(1, 'year').format(), d.startOf('month').toISOString());
console.log(d.diff(dayjs.utc('2024-01-01'), 'day'), d.isValid(), dayjs('nope').isValid(), d.day(), d.unix());
