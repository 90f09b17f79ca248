const { format, addDays, differenceInDays, parseISO, formatISO, isLeapYear, eachDayOfInterval } = require('date-fns');
const d = parseISO('2024-02-28T10:00:00');
console.log(format(d, 'yyyy-MM-dd HH:mm EEEE do MMMM'), format(addDays(d, 2), 'PPP'));
console.log(differenceInDays(new Date(2024, 11, 25), new Date(2024, 0, 1)), isLeapYear(d));
console.log(eachDayOfInterval({start: new Date(2024,0,30), end: new Date(2024,1,2)}).map(x => format(x, 'MM/dd')));
console.log(formatISO(new Date(2020, 5, 15, 1, 2, 3), {representation: 'date'}));
