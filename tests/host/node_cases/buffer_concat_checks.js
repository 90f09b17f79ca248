// Buffer.concat checks every element (a non-buffer is ERR_INVALID_ARG_TYPE, not a bad total length); an empty buffer inspects as <Buffer >
for (const args of [[[1]], [[Buffer.from('ab'), 'x']], [[Buffer.from('ab'), Buffer.from('cd')], 1], [[Buffer.from('ab'), 5], 1], [[null]], [[]], [[new Uint8Array([1,2]), Buffer.from('c')]], [[Buffer.from('abc')], 5]]) {
  try { console.log(Buffer.concat(...args)) } catch (e) { console.log(e.name, e.code, e.message) }
}
