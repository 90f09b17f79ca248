const { RRule } = require('rrule');
const r = new RRule({freq: RRule.WEEKLY, interval: 2, byweekday: [RRule.MO, RRule.FR], dtstart: new Date(Date.UTC(2024, 0, 1, 10)), count: 5});
console.log(r.all().map(d => d.toISOString()), r.toString(), r.toText());
