// HTTP/1.1 connection upgrades (what the ws package builds on): the server's 'upgrade' event
// with the request, the socket and the bytes after the head; the client's 'upgrade' event on a
// 101 response; a server without 'upgrade' listeners answers the request as an ordinary one.
const http = require('http');
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.readableFlowing = null;
console.log('readableFlowing settable:', r.readableFlowing, r.isPaused());
const server = http.createServer((req, res) => res.end('plain ' + req.url + ' upgrade=' + req.upgrade));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.url, req.headers.upgrade, req.upgrade, JSON.stringify(String(head)));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nhello-from-server');
  socket.on('data', (d) => {
    const text = String(d);
    socket.write('echo:' + text);
    if (text.includes('bye')) socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', path: '/chat', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', () => console.log('unexpected response'));
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(String(head)));
    const got = [];
    socket.on('data', (d) => got.push(String(d)));
    socket.on('end', () => {
      console.log('client got', JSON.stringify(got.join('')));
      socket.end();
      const plain = http.createServer((q, s) => s.end('ordinary ' + q.url + ' ' + q.headers.upgrade));
      plain.listen(0, '127.0.0.1', () => {
        http.get({ port: plain.address().port, host: '127.0.0.1', path: '/x', headers: { Connection: 'Upgrade', Upgrade: 'echo' } }, (res) => {
          let body = '';
          res.on('data', (d) => { body += d; });
          res.on('end', () => { console.log(res.statusCode, body); plain.close(); server.close(); });
        });
      });
    });
    socket.write('ping');
    setTimeout(() => socket.write('bye'), 20);
  });
  req.on('close', () => console.log('request close'));
  req.end();
});
