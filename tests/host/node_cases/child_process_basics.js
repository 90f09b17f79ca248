const cp = require('child_process');
console.log(JSON.stringify(cp.execSync('echo hello; echo err 1>&2', { encoding: 'utf8', stdio: 'pipe' })));
const r = cp.spawnSync('sh', ['-c', 'cat; exit 3'], { input: 'in put', encoding: 'utf8' });
console.log(r.status, r.signal, JSON.stringify(r.stdout), r.output.length);
try { cp.execSync('echo bad >&2; exit 2', { stdio: 'pipe' }); } catch (e) { console.log(e.status, e.message); }
const bad = cp.spawnSync('no-such-cmd-xyz', [], { encoding: 'utf8' });
console.log(bad.error.code, bad.error.syscall, bad.error.path, bad.status, bad.error.message);
console.log(cp.execFileSync('printf', ['%s-%s', 'a', 'b'], { encoding: 'utf8' }));
console.log(cp.execSync('echo $FOO', { env: { FOO: 'bar', PATH: process.env.PATH }, encoding: 'utf8' }));
console.log(cp.execSync('pwd', { cwd: '/', encoding: 'utf8' }));
cp.exec('echo async; echo e2 >&2; exit 0', (err, out, errout) => {
  console.log('exec', err, JSON.stringify(out), JSON.stringify(errout));
  const child = cp.spawn('sh', ['-c', 'read x; echo got:$x; exit 4']);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => console.log('data', JSON.stringify(d)));
  child.on('exit', (code, sig) => console.log('exit', code, sig));
  child.on('close', (code) => {
    console.log('close', code);
    cp.exec('exit 5', (err) => {
      console.log('exec5', err.code, err.message.trim());
      const s = cp.spawn('no-such-cmd-xyz');
      s.on('error', (e) => {
        console.log('spawn error', e.code, e.message, e.path, e.spawnargs);
        const k = cp.spawn('sleep', ['10']);
        k.on('exit', (c, s2) => {
          console.log('killed', c, s2, k.killed);
          cp.execFile('echo', ['file', 'x'], (e, out) => console.log('execFile', e, out));
        });
        setTimeout(() => k.kill(), 50);
      });
    });
  });
  child.stdin.write('hi\n');
  child.stdin.end();
});
