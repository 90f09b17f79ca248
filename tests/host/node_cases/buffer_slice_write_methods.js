// Buffer.prototype.asciiSlice ... utf8Write, the per-encoding methods of node (busboy calls
// latin1Slice): arguments, bounds, receivers and errors as node 20 gives them.
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return e.name + ':' + e.code + ':' + e.message; } };
const b = Buffer.from([0x61, 0xe9, 0xff, 0x62, 0x80, 0x63]);
const out = [];
for (const m of ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'utf8Slice']) {
  out.push(m + ' ' + [t(() => b[m]()), t(() => b[m](1)), t(() => b[m](1, 4)), t(() => b[m](4, 2)), t(() => b[m](-1)), t(() => b[m](0, 7)), t(() => b[m]('2', 3.7)), t(() => b[m](NaN, undefined)), t(() => b[m](6, 6)), t(() => b[m].call(new Uint8Array([0x41, 0x42]), 0, 2)), t(() => b[m].call({}, 0, 1)), b[m].name, b[m].length].join(' '));
}
for (const m of ['asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite', 'ucs2Write', 'utf8Write']) {
  const r = [];
  for (const args of [['héy'], ['aGk=', 2], ['ffee', 1, 1], ['zz', 6], ['q', 7], ['abc', -1], ['€uro', 0, 2], [42]]) {
    const c = Buffer.alloc(6); r.push(t(() => c[m](...args)) + '=' + c.toString('hex'));
  }
  r.push(t(() => b[m].call({}, 'a')), b[m].name, b[m].length);
  out.push(m + ' ' + r.join(' '));
}
console.log(out.join('\n'));
console.log(Object.getOwnPropertyDescriptor(Buffer.prototype, 'latin1Slice').enumerable, Object.getOwnPropertyDescriptor(Buffer.prototype, 'latin1Slice').writable);
