// a ServerResponse made by hand on a request object without headers, given a socket of the
// caller's (light-my-request and @hapi/shot inject requests this way, with no server)
const http = require('http');
const net = require('net');
const { Writable } = require('stream');
const written = [];
const sink = () => new Writable({ write(c, e, cb) { written.push(String(c)); setImmediate(cb); } });
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
const socket = sink();
res.on('socket', (s) => console.log('socket event', s === socket));
res.assignSocket(socket);
console.log(res.socket === socket, res.connection === socket, socket._httpMessage === res);
try { new http.ServerResponse({ method: 'GET' }).assignSocket(socket); } catch (e) { console.log(e.code, e.message); }
res.setHeader('x-a', '1');
res.writeHead(201, { 'content-type': 'text/plain' });
res.write('hello ');
res.end('world', () => {
  console.log(res.statusCode, res.headersSent, res.finished);
  console.log(written.join('').replace(/Date: [^\r]*\r\n/, 'Date: X\r\n').split('\r\n').join('|'));
  res.detachSocket(socket);
  console.log(res.socket, socket._httpMessage);
  const res2 = new http.ServerResponse({ method: 'HEAD', httpVersionMajor: 1, httpVersionMinor: 0, headers: {} });
  const s2 = sink();
  res2.assignSocket(s2);
  res2.on('close', () => { console.log('res2 close on socket close', res2.destroyed); keepAlive(); });
  s2.destroy();
});
// a server's responses say its keepAliveTimeout (and maxRequestsPerSocket)
function keepAlive() {
const server = http.createServer((req, r) => r.end('x'));
server.keepAliveTimeout = 7500; server.maxRequestsPerSocket = 3;
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('GET / HTTP/1.1\r\nHost: a\r\n\r\n'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => { console.log(got.split('\r\n').filter((l) => /^(Keep-Alive|Connection)/.test(l)).join('|')); server.close(); });
});
}
