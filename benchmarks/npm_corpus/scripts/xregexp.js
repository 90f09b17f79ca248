const XRegExp = require('xregexp');
const date = XRegExp('(?<year>  [0-9]{4} ) -?  # year\n (?<month> [0-9]{2} ) -?  # month\n (?<day>   [0-9]{2} )     # day', 'x');
const m = XRegExp.exec('2021-02-22', date); console.log(m.groups.year, m.groups.month, XRegExp.replace('2021-02-22', date, '$<month>/$<day>/$<year>'));
console.log(XRegExp('^\\p{L}+$').test('Café'), XRegExp.matchRecursive('(t((e))s)t()(ing)', '\\(', '\\)', 'g'), XRegExp.escape('a.b*c'));
