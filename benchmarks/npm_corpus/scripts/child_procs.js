const execa = require('execa');
const spawn = require('cross-spawn');
(async () => {
  const r = await execa('node', ['-e', 'console.log("out"); console.error("err"); process.exit(3)'], { reject: false });
  console.log(r.exitCode, r.stdout, r.stderr, r.failed);
  const r2 = await execa('sh', ['-c', 'cat; echo done'], { input: 'piped\n' }); console.log(JSON.stringify(r2.stdout));
  console.log(execa.sync('echo', ['a b', 'c']).stdout, (await execa.command('echo one two')).stdout);
  try { await execa('sh', ['-c', 'exit 2']); } catch (e) { console.log(e.exitCode, e.shortMessage); }
  const s = spawn.sync('sh', ['-c', 'echo $X'], { env: { ...process.env, X: 'envx' } }); console.log(s.status, String(s.stdout).trim());
  const c = spawn('sh', ['-c', 'echo async-spawn']); c.stdout.on('data', d => console.log(String(d).trim())); c.on('close', code => console.log('closed', code));
})();
