// With an 'uncaughtException' listener, an 'exit' listener's throw goes to it, and the exit code
// is process.exitCode (0 when unset).
process.on('uncaughtException', (e, origin) => {
  console.log('caught', e.message, origin);
  process.exitCode = 3;
});
process.on('exit', () => { throw new Error('boom'); });
