const { PNG } = require('pngjs'); const jpeg = require('jpeg-js'); const bwip = require('bwip-js');
const png = new PNG({ width: 16, height: 8 });
for (let y = 0; y < 8; y++) for (let x = 0; x < 16; x++) { const i = (y * 16 + x) * 4; png.data[i] = x * 16; png.data[i + 1] = y * 32; png.data[i + 2] = (x ^ y) * 8; png.data[i + 3] = 255 - x; }
const buf = PNG.sync.write(png, { colorType: 6 }); console.log(buf.length, buf.slice(0, 8).toString('hex'));
const back = PNG.sync.read(buf); console.log(back.width, back.height, back.data.length, Buffer.compare(back.data, png.data));
const rgb = PNG.sync.write(png, { colorType: 2, inputHasAlpha: true }); console.log(rgb.length, PNG.sync.read(rgb).data.slice(0, 8).join());
const raw = { width: 16, height: 16, data: Buffer.alloc(16 * 16 * 4) };
for (let i = 0; i < 256; i++) { raw.data[i * 4] = i; raw.data[i * 4 + 1] = 255 - i; raw.data[i * 4 + 2] = (i * 7) & 255; raw.data[i * 4 + 3] = 255; }
const j = jpeg.encode(raw, 80); console.log(j.data.length, j.data.slice(0, 4).toString('hex'));
const dj = jpeg.decode(j.data, { useTArray: true }); console.log(dj.width, dj.height, Array.from(dj.data.slice(0, 12)).join());
console.log(bwip.toSVG({ bcid: 'code128', text: 'pyjsvm-123', height: 10, includetext: true }).length);
console.log(bwip.toSVG({ bcid: 'qrcode', text: 'https://example.org', scale: 1 }).length, bwip.toSVG({ bcid: 'ean13', text: '590123412345' }).length);
const s = new PNG({ filterType: 4 }); s.on('parsed', function () { console.log('stream parsed', this.width, this.height, this.data[4]); }); s.end(buf);
