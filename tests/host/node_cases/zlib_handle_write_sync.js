// Code outside node that drives a zlib stream's handle itself (pngjs's sync-inflate.js): a
// subclass made with util.inherits that calls zlib.Inflate.call(this), then _handle.writeSync
// into _outBuffer with the room left read from _writeState ([availOutAfter, availInAfter]).
const zlib = require('zlib');
const util = require('util');
function MyInflate(opts) {
  if (!(this instanceof MyInflate)) return new MyInflate(opts);
  zlib.Inflate.call(this, opts);
}
util.inherits(MyInflate, zlib.Inflate);
function processSync(engine, chunk, flushFlag) {
  const state = engine._writeState;
  let buffer = engine._outBuffer;
  let offset = engine._outOffset;
  const chunkSize = engine._chunkSize;
  let availInBefore = chunk.length, availOutBefore = chunkSize - offset, inOff = 0;
  const buffers = [];
  for (;;) {
    engine._handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    const availOutAfter = state[0], availInAfter = state[1];
    const have = availOutBefore - availOutAfter;
    if (have > 0) { buffers.push(buffer.slice(offset, offset + have)); offset += have; }
    if (availOutAfter === 0 || offset >= chunkSize) { availOutBefore = chunkSize; offset = 0; buffer = Buffer.allocUnsafe(chunkSize); }
    if (availOutAfter !== 0) break;
    inOff += availInBefore - availInAfter;
    availInBefore = availInAfter;
  }
  engine._handle.close();
  engine._handle = null;
  return Buffer.concat(buffers);
}
const text = Buffer.from('pyjsvm '.repeat(3000) + Array.from({ length: 500 }, (_, i) => i * i).join(','));
const packed = zlib.deflateSync(text);
const inf = new MyInflate({ chunkSize: 1024 });
console.log(inf instanceof zlib.Inflate, inf._chunkSize, inf._outOffset, inf._outBuffer.length, inf._writeState.length);
const out = processSync(inf, packed, zlib.constants.Z_FINISH);
console.log(out.length, out.equals(text));
const def = new zlib.Deflate({ chunkSize: 64 });
const small = processSync(def, Buffer.from('abc'.repeat(100)), zlib.constants.Z_FINISH);
console.log(small.length, zlib.inflateSync(small).toString().length);
const plain = zlib.Inflate.call(Object.create(zlib.Inflate.prototype));
console.log(typeof plain, plain === undefined);
