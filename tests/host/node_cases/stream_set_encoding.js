// setEncoding decodes with a StringDecoder: a character split between two chunks is kept for
// the next one, base64 emits whole groups, and what is buffered is decoded at once.
const { Readable } = require('stream');
function collect(r, name) {
  const got = [];
  r.on('data', (d) => got.push(JSON.stringify(d)));
  r.on('end', () => console.log(name, got.join(' ')));
}
const a = new Readable({ read() {} });
a.setEncoding('utf8');
collect(a, 'utf8');
const b = Buffer.from('a€b😀');
for (let i = 0; i < b.length; i += 2) a.push(b.slice(i, i + 2));
a.push(null);
const c = new Readable({ read() {} });
c.setEncoding('base64');
collect(c, 'base64');
c.push(Buffer.from('abcd'));
c.push(Buffer.from('ef'));
c.push(null);
const d = new Readable({ read() {} });
d.push(Buffer.from([0xe2, 0x82]));
d.setEncoding('utf8');
d.push(new Uint8Array([0xac]));
d.push(null);
collect(d, 'late setEncoding');
const e = new Readable({ read() {}, encoding: 'hex' });
e.push('hi');
e.push(Buffer.from([1, 255]));
e.push(null);
collect(e, 'hex option');
const f = new Readable({ read() {} });
f.setEncoding('utf16le');
collect(f, 'utf16le');
const u = Buffer.from('x€y', 'utf16le');
f.push(u.slice(0, 3));
f.push(u.slice(3));
f.push(null);
