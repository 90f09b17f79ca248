const fs = require('fs');
const { pipeline, Transform } = require('stream');
fs.writeFileSync('fs_in.txt', 'alpha\nbeta\ngamma\n'.repeat(3));
const r = fs.createReadStream('fs_in.txt', { encoding: 'utf8', highWaterMark: 8 });
let n = 0;
r.on('open', (fd) => console.log('open', typeof fd));
r.on('data', (c) => { n++; });
r.on('end', () => console.log('end chunks', n));
r.on('close', () => {
  console.log('close');
  const w = fs.createWriteStream('fs_out.txt');
  w.write('one\n'); w.write('two\n'); w.end('three\n', () => {
    console.log('written', fs.readFileSync('fs_out.txt', 'utf8').split('\n').length, w.bytesWritten);
    const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
    pipeline(fs.createReadStream('fs_in.txt', 'utf8'), up, fs.createWriteStream('fs_up.txt'), (err) => {
      console.log('pipeline', err, fs.readFileSync('fs_up.txt', 'utf8').slice(0, 11));
      fs.createReadStream('fs_in.txt', { encoding: 'utf8', start: 2, end: 7 }).on('data', (d) => console.log(JSON.stringify(d))).on('end', () =>
      fs.createReadStream('nope.txt').on('error', (e) => { console.log('err', e.code); for (const f of ['fs_in.txt', 'fs_out.txt', 'fs_up.txt']) fs.unlinkSync(f); }));
    });
  });
});
