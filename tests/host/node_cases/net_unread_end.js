// node:net: a socket nobody reads still sees its peer end ("end", then "close"), so its server can close
const net = require('net');
const s = net.createServer((k) => {
  k.on('end', () => console.log('server end'));
  k.on('close', () => { console.log('server close'); s.close(() => console.log('closed')); });
}).listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1', () => c.end()); c.on('close', () => console.log('client close')); });
