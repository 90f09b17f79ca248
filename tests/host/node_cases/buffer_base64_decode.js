// Buffer's base64/base64url decoding as node's base64_decode: characters outside the alphabets
// skipped (also non-ASCII ones, by their low byte), decoding stopped at the first '=', a single
// character giving no byte; Buffer.byteLength's estimates for base64 and hex.
for (const s of ['aGk=aGk=', 'aG=k', 'a', '', 'aGk', 'aGVsbG8', 'a b\nc d', 'aé=Gk', 'héy', '=aGk',
  'aGk==x', '***', 'aGVs.bG8', 'ŁGk', 'aGĽaGk', 'YW-_', 'YW+/', 'a☃GVsbG8']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.byteLength(s, 'base64'),
    Buffer.from(s, 'base64url').toString('hex'), Buffer.alloc(3).write(s, 'base64'));
}
for (const s of ['zz', 'zzz', 'abc', 'ab12', 'abzz12']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'hex').length, Buffer.byteLength(s, 'hex'));
}
console.log(Buffer.byteLength('aé', 'latin1'), Buffer.byteLength('aé', 'utf16le'), Buffer.byteLength('aé☃'));
