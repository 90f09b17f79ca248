// A 'beforeExit' listener's throw is an uncaught exception: printed, exit code 1 (whatever
// process.exitCode was), and 'exit' is emitted with 1.
process.exitCode = 5;
process.on('beforeExit', () => {
  Promise.resolve().then(() => console.log('never: the job after the throw'));
  throw new Error('boom');
});
process.on('exit', (code) => console.log('exit', code, process.exitCode));
