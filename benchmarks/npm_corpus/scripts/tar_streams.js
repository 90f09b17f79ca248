const tar = require('tar'); const fs = require('fs'); const path = require('path'); const zlib = require('zlib'); const { pipeline, Readable, Writable } = require('stream');
const dir = path.join(__dirname, 'tar_tmp'); fs.rmSync(dir, {recursive: true, force: true}); fs.mkdirSync(path.join(dir, 'src/sub'), {recursive: true});
fs.writeFileSync(path.join(dir, 'src/a.txt'), 'A'.repeat(1000)); fs.writeFileSync(path.join(dir, 'src/sub/b.txt'), 'bee');
tar.c({gzip: true, file: path.join(dir, 'out.tgz'), cwd: dir, portable: true, mtime: new Date(0)}, ['src']).then(() => {
  const entries = []; return tar.t({file: path.join(dir, 'out.tgz'), onReadEntry: e => entries.push(e.path + ':' + e.size)}).then(() => console.log(entries.sort()));
}).then(() => { fs.mkdirSync(path.join(dir, 'x')); return tar.x({file: path.join(dir, 'out.tgz'), cwd: path.join(dir, 'x')}); })
  .then(() => { console.log(fs.readFileSync(path.join(dir, 'x/src/sub/b.txt'), 'utf8')); 
    const chunks = []; pipeline(Readable.from([Buffer.from('abc'.repeat(100))]), zlib.createGzip(), zlib.createGunzip(), new Writable({write(c, e, cb) { chunks.push(c); cb(); }}), err => { console.log('pipe', err, Buffer.concat(chunks).length); fs.rmSync(dir, {recursive: true}); });
  }).catch(e => console.log('ERR', e));
const archiver = require('archiver'); const out = []; const a = archiver('zip', {zlib: {level: 9}}); a.on('data', d => out.push(d)); a.on('end', () => console.log('zip bytes>0', Buffer.concat(out).length > 100)); a.append('hello', {name: 'h.txt', date: new Date(0)}); a.finalize();
