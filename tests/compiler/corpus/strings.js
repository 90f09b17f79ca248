var s = 'Hello, World';
[s.length, s.charAt(4), s.charCodeAt(0), s.indexOf('o'), s.lastIndexOf('o'), s.slice(-5), s.substring(3, 1),
 s.substr(-5, 3), s.toUpperCase(), s.split(', ').join('|'), '  x '.trim() + '!', 'abc'.padStart(5, '-'),
 'ab'.repeat(3), s.replace('o', '0'), 'a-b-c'.replaceAll('-', '+'), '\u00e9'.normalize('NFD').length,
 'x'.concat(1, 2), s.startsWith('Hell'), s.endsWith('ld'), s.includes('lo, W'), '😀'.length, '😀'.codePointAt(0),
 String.fromCharCode(72, 105), 'abc'.at(-1), 'Z'.localeCompare('a') > 0].join(';')
