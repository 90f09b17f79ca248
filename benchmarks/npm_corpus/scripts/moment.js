const moment = require('moment');
const m = moment.utc('2023-10-05T08:09:10Z');
console.log(m.format('dddd, MMMM Do YYYY, h:mm:ss a'), m.add(3, 'days').format('L'), m.toISOString());
console.log(moment.duration(3725, 'seconds').humanize(), moment.utc('2020-01-01').from(moment.utc('2020-03-01')));
console.log(moment('2020-13-01', 'YYYY-MM-DD', true).isValid(), moment.utc([2020, 1, 29]).week());
