// node:buffer's isAscii, isUtf8, transcode, Blob and File (and the Blob and File globals)
const b = require('buffer');
console.log(typeof b.isAscii, typeof b.isUtf8, typeof b.Blob, typeof b.File, typeof b.transcode, typeof globalThis.Blob, typeof File, Blob === b.Blob);
console.log(b.isAscii(Buffer.from('abc')), b.isAscii(Buffer.from('é')), b.isUtf8(new Uint8Array([0xc3])), b.isUtf8(Buffer.from('é')), b.isAscii(new ArrayBuffer(2)));
try { b.isAscii('x') } catch (e) { console.log(e.code) }
console.log(b.transcode(Buffer.from('€é'), 'utf8', 'utf16le'), b.transcode(Buffer.from('€é'), 'utf8', 'latin1'), b.transcode(Buffer.from('hi'), 'ascii', 'utf8'));
const bl = new Blob(['ab', new Uint8Array([99]), new Blob(['dé'])], {type: 'Text/Plain'});
console.log(bl.size, bl.type, Object.prototype.toString.call(bl), require('util').inspect(bl), new Blob(['x'], {type: 'a\u00e9'}).type === '');
const f = new File(['x'], 'a.txt', {lastModified: 5, type: 'X/Y'});
console.log(f.name, f.lastModified, f.size, f.type, Object.prototype.toString.call(f), f instanceof Blob, typeof new File([], 'n').lastModified);
try { new Blob('abc') } catch (e) { console.log(e.code) }
try { new File([]) } catch (e) { console.log(e.name) }
(async () => {
  console.log(await bl.text(), (await bl.arrayBuffer()).byteLength, await bl.slice(1, -1).text(), await bl.slice(-3).text(), bl.slice(2, 1).size, bl.slice(0, 2, 'q/r').type);
  console.log(Array.from(await new Blob(['ab']).bytes()));
})();
