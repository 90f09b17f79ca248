const yazl = require('yazl'); const yauzl = require('yauzl');
const zip = new yazl.ZipFile();
zip.addBuffer(Buffer.from('hello '.repeat(200)), 'a/hello.txt', { mtime: new Date(Date.UTC(2024, 0, 2, 3, 4, 6)), mode: 0o100644 });
zip.addBuffer(Buffer.from([0, 1, 2, 3, 255]), 'b.bin', { compress: false, mtime: new Date(Date.UTC(2020, 5, 6)) });
zip.addEmptyDirectory('empty/', { mtime: new Date(Date.UTC(2021, 0, 1)) });
zip.addBuffer(Buffer.from('ünïcödé'), 'ü/名前.txt', { mtime: new Date(Date.UTC(2022, 1, 2)) });
const chunks = []; zip.outputStream.on('data', (c) => chunks.push(c)).on('end', () => {
  const buf = Buffer.concat(chunks); console.log('zip', buf.length, buf.slice(0, 4).toString('hex'));
  yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zf) => {
    if (err) throw err; console.log('entries', zf.entryCount);
    zf.readEntry(); zf.on('entry', (e) => {
      if (/\/$/.test(e.fileName)) { console.log('dir', e.fileName); zf.readEntry(); return; }
      zf.openReadStream(e, (err2, rs) => { const parts = []; rs.on('data', (d) => parts.push(d)); rs.on('end', () => { const d = Buffer.concat(parts); console.log(e.fileName, e.compressionMethod, e.compressedSize, e.uncompressedSize, d.length, d.slice(0, 12).toString('hex'), e.getLastModDate().toISOString()); zf.readEntry(); }); });
    });
    zf.on('end', () => console.log('done'));
  });
});
zip.end();
