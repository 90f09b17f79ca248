// fs.futimes / lutimes / fchmod / chown / lchown / fchown / fdatasync in their three forms (tar
// extracts with futimes and fchown; pyjsvm had none of them: "m.default.futimes is not a function").
const fs = require('fs'); const path = require('path');
const dir = fs.mkdtempSync(path.join(__dirname, 'fdt-'));
const file = path.join(dir, 'f.txt'); fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r+');
fs.futimesSync(fd, new Date(1000e3), new Date(2000e3)); console.log('futimesSync', fs.statSync(file).mtimeMs);
fs.fchmodSync(fd, 0o640); console.log('fchmodSync', (fs.statSync(file).mode & 0o777).toString(8));
fs.fchmodSync(fd, '600'); console.log('fchmodSync str', (fs.statSync(file).mode & 0o777).toString(8));
const { uid, gid } = fs.statSync(file);
fs.fchownSync(fd, uid, gid); fs.chownSync(file, uid, gid); fs.fdatasyncSync(fd); console.log('owner kept', fs.statSync(file).uid === uid);
const link = path.join(dir, 'l'); fs.symlinkSync(file, link);
fs.lutimesSync(link, 3000, 4000); fs.lchownSync(link, uid, gid);
console.log('lutimesSync', fs.lstatSync(link).mtimeMs, fs.statSync(file).mtimeMs);
try { fs.futimesSync(12345, 1, 1); } catch (e) { console.log(e.code, e.syscall); }
try { fs.chownSync(file, 'a', 0); } catch (e) { console.log(e.code); }
fs.futimes(fd, 5000, 6000, (err) => {
  console.log('futimes cb', err, fs.statSync(file).mtimeMs);
  fs.fchmod(fd, 0o644, (err) => {
    console.log('fchmod cb', err, (fs.statSync(file).mode & 0o777).toString(8));
    fs.closeSync(fd);
    (async () => {
      await fs.promises.lutimes(link, 7000, 8000); await fs.promises.chown(file, uid, gid);
      const h = await fs.promises.open(file, 'r+'); await h.utimes(9000, 10000); await h.chmod(0o600); await h.chown(uid, gid); await h.datasync(); await h.close();
      console.log('promises', fs.lstatSync(link).mtimeMs, fs.statSync(file).mtimeMs, (fs.statSync(file).mode & 0o777).toString(8));
      fs.rmSync(dir, {recursive: true});
    })();
  });
});
