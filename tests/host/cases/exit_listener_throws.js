// An 'exit' listener's throw: printed as an uncaught exception; the exit code is 1 (node 20), and
// the listeners after it do not run.
process.on('exit', (code) => console.log('first', code));
process.on('exit', () => { throw new Error('boom'); });
process.on('exit', () => console.log('never'));
