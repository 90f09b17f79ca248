// close() on a server that never listened: 'close' is emitted and the callback gets
// ERR_SERVER_NOT_RUNNING (fastify's close() waits for it)
const http = require('http');
const net = require('net');
http.createServer().close((e) => console.log('http close cb', e && e.code, e && e.message));
net.createServer().close((e) => console.log('net close cb', e && e.code));
const s = http.createServer();
s.on('close', () => console.log('close event'));
s.close();
const l = net.createServer();
l.listen(0, '127.0.0.1', () => {
  l.close((e) => {
    console.log('listened, closed', e);
    l.close((e2) => console.log('closed twice', e2 && e2.code));
  });
});
