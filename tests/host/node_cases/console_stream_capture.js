// The global console writes through process.stdout.write when JS replaced it (tests capture
// output so), and through the streams console._stdout and console._stderr name (node's lazily
// bound streams: process.stdout and process.stderr until set)
console.log('before');
const orig = process.stdout.write;
const got = [];
process.stdout.write = function (s) { got.push(s); return true; };
console.log('captured %d', 1);
console.info({ a: 1 });
console.error('to stderr');
process.stdout.write = orig;
console.log('got', got);
console._stderr = process.stdout;
console.error('error now on stdout');
const { Writable } = require('stream');
const chunks = [];
console._stdout = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
console.log('into a writable');
console._stdout = process.stdout;
console.log('chunks', chunks, typeof Object.getOwnPropertyDescriptor(console, '_stdout').get);
