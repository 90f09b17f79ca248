// process.kill(process.pid, signal) reaches process's listeners for the signal, called on the
// event loop with the signal's name and number (this: process); a once() listener is gone after
// the first signal.
process.on('SIGINT', (name, num) => console.log('SIGINT listener', name, num));
process.once('SIGUSR2', (name, num) => console.log('once', name, typeof num, process.listenerCount('SIGUSR2')));
process.on('SIGTERM', function (name, num) { console.log(name, num, this === process); });
process.kill(process.pid, 'SIGINT');
setTimeout(() => {
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => console.log('done'), 20);
  }, 20);
}, 20);
console.log('sync end');
