// AsyncLocalStorage through the callbacks of host operations: child_process (its events run in
// the context of the spawn), fs, fs.promises, zlib and crypto callbacks.
const { AsyncLocalStorage } = require('node:async_hooks');
const cp = require('child_process');
const als = new AsyncLocalStorage();
const seen = [];
process.on('exit', () => console.log(seen.sort().join('\n')));
als.run('X', () => {
  cp.exec('echo hi', (err, out) => seen.push('exec ' + als.getStore() + ' ' + out.trim()));
  const c = cp.spawn('sh', ['-c', 'echo a']);
  c.stdout.on('data', () => seen.push('data ' + als.getStore()));
  c.on('exit', () => seen.push('exit ' + als.getStore()));
  c.on('close', () => seen.push('close ' + als.getStore()));
  require('fs').readFile(__filename, () => seen.push('readFile ' + als.getStore()));
  require('fs').promises.readFile(__filename).then(() => seen.push('fs.promises ' + als.getStore()));
  require('zlib').gzip('abc', () => seen.push('gzip ' + als.getStore()));
  require('crypto').randomBytes(4, () => seen.push('randomBytes ' + als.getStore()));
});
als.run('Y', () => cp.exec('true', () => seen.push('exec2 ' + als.getStore())));
