const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, 'tmpfs');
fs.rmSync(d, { recursive: true, force: true });
console.log(fs.mkdirSync(d + '/a/b', { recursive: true }) === d);
fs.writeFileSync(d + '/a/x.txt', 'héllo\n');
fs.appendFileSync(d + '/a/x.txt', 'more 😀\n');
console.log(JSON.stringify(fs.readFileSync(d + '/a/x.txt', 'utf8')));
console.log(fs.readFileSync(d + '/a/x.txt', { encoding: 'base64' }));
console.log(fs.existsSync(d + '/a/x.txt'), fs.existsSync(d + '/nope'));
const st = fs.statSync(d + '/a/x.txt');
console.log(st.isFile(), st.isDirectory(), st.size, st.mtime instanceof Date);
console.log(fs.readdirSync(d + '/a'));
console.log(fs.readdirSync(d + '/a', { withFileTypes: true }).map(e => [e.name, e.isDirectory()]));
try { fs.readFileSync(d + '/nope', 'utf8'); } catch (e) { console.log(e.code, e.errno, e.syscall, e.message.replace(d, 'D')); }
try { fs.mkdirSync(d + '/a'); } catch (e) { console.log(e.code, e.message.replace(d, 'D')); }
try { fs.rmdirSync(d + '/a'); } catch (e) { console.log(e.code, e.message.replace(d, 'D')); }
fs.renameSync(d + '/a/x.txt', d + '/a/y.txt');
fs.copyFileSync(d + '/a/y.txt', d + '/z.txt');
console.log(fs.readdirSync(d), fs.readdirSync(d, { recursive: true }).sort());
console.log(fs.statSync(d + '/nope', { throwIfNoEntry: false }));
fs.unlinkSync(d + '/z.txt');
const fd = fs.openSync(d + '/fd.txt', 'w'); fs.writeSync(fd, 'abc'); fs.closeSync(fd);
console.log(fs.readFileSync(d + '/fd.txt', 'latin1'));
fs.readFile(d + '/fd.txt', 'utf8', (err, data) => {
  console.log('cb', err, data);
  fs.readFile(d + '/none', (err) => {
    console.log('cb2', err.code);
    fs.promises.readFile(d + '/fd.txt', 'utf8').then(async (t) => {
      console.log('promise', t);
      await require('fs/promises').writeFile(d + '/p.txt', 'P');
      console.log(await fs.promises.readdir(d));
      try { await fs.promises.stat(d + '/none'); } catch (e) { console.log('rej', e.code); }
      fs.rmSync(d, { recursive: true });
      console.log(fs.existsSync(d));
    });
  });
});
console.log(fs.readdirSync(d + '/a', { withFileTypes: true })[0], Object.getOwnPropertySymbols(fs.readdirSync(d + '/a', { withFileTypes: true })[0]));
