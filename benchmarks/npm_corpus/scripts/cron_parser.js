const { CronExpressionParser } = require('cron-parser');
const it = CronExpressionParser.parse('*/15 9-17 * * 1-5', {currentDate: new Date('2024-03-01T16:50:00Z'), tz: 'UTC'});
console.log(it.next().toISOString(), it.next().toISOString(), it.next().toISOString());
