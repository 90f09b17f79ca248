// An 'exit' listener's throw keeps process.exitCode as the exit code (as the listener left it);
// after process.exit(4) that is 4.
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  process.exitCode = 9;
  throw new Error('boom');
});
process.exitCode = 5;
process.exit(4);
