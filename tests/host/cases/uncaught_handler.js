process.on('uncaughtException', (err, origin) => { console.log('handled:', err.message, origin); });
process.on('unhandledRejection', (reason) => { console.log('rejection:', reason); });
Promise.reject(7);
setTimeout(() => { throw new Error('later'); }, 1);
setTimeout(() => console.log('still running'), 5);
