const EE = require('eventemitter3');
const e = new EE(); const log = [];
e.on('x', (a, b) => log.push(['x', a, b])); e.once('x', a => log.push(['once', a]));
e.emit('x', 1, 2); e.emit('x', 3); e.removeAllListeners('x'); e.emit('x', 4);
console.log(JSON.stringify(log), e.eventNames(), e.listenerCount('x'));
