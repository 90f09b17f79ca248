// Buffer fill with a string or bytes pattern: node's results for offsets, encodings, a pattern
// longer than the range, an overlapping view, and 64 MiB filled (a byte at a time, minutes)
const out = [];
const cases = [
  () => Buffer.alloc(10, 'ab'), () => Buffer.alloc(7, 'héllo'), () => Buffer.alloc(5, '€'), () => Buffer.alloc(9, 'aGk=', 'base64'),
  () => Buffer.alloc(6, 'abcd', 'hex'), () => Buffer.alloc(8, 'xyz', 'utf16le'), () => Buffer.alloc(3, 'abcdef'),
  () => Buffer.alloc(10).fill('ab', 3), () => Buffer.alloc(10).fill('ab', 3, 8), () => Buffer.alloc(10).fill('ab', 3, 4),
  () => Buffer.alloc(10).fill(Buffer.from([1, 2, 3]), 1, 9), () => Buffer.alloc(10).fill(new Uint16Array([258, 772])),
  () => { const b = Buffer.from('abcdefgh'); return b.fill(b.subarray(0, 3), 2); },
  () => Buffer.alloc(10).fill('ab', 'latin1'), () => Buffer.alloc(1, 'ab'), () => Buffer.alloc(4, 'a'),
];
for (const c of cases) { try { out.push(c().toString('hex')); } catch (e) { out.push(e.code || e.name); } }
const big = Buffer.alloc(1 << 26, "string");
out.push(big.length, big.toString('latin1', 0, 20), big.toString('latin1', (1 << 26) - 7), big.indexOf('gstr'));
console.log(out.join('\n'));
