// stream/consumers read a stream or an async iterable to its end
const { Readable } = require('stream');
const consumers = require('stream/consumers');
const { text, json, buffer, arrayBuffer, blob } = consumers;
const parts = () => Readable.from([Buffer.from('{"a": [1, '), Buffer.from([0xe2, 0x82]), Buffer.from([0xac]), '"x"]}']);
(async () => {
  console.log(Object.keys(consumers).sort().join());
  console.log(JSON.stringify(await text(parts())));
  console.log(await json(Readable.from(['{"a":', ' 1}'])));
  const b = await buffer(parts());
  console.log(Buffer.isBuffer(b), b.length, b.toString('hex'));
  const ab = await arrayBuffer(parts());
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const bl = await blob(parts());
  console.log(bl instanceof Blob, bl.size, await bl.text());
  async function* gen() { yield 'ab'; yield new Uint8Array([99, 100]); }
  console.log(await text(gen()), (await buffer(gen())).toString());
  try { await json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
})();
