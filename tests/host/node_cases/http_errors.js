// node:http errors: a response that is not HTTP, a bad request line answered 400 (and given
// to 'clientError' when listened for), a body shorter than its Content-Length
const net = require('node:net');
const http = require('node:http');
const log = (...a) => console.log(...a);
const steps = [notHttp, badRequest, clientError, shortBody];
function next() { const s = steps.shift(); if (s) s(); }

function notHttp() {
  const s = net.createServer((k) => k.end('hi')).listen(0, '127.0.0.1', () => {
    http.get(`http://127.0.0.1:${s.address().port}/`).on('error', (e) => {
      log('not http:', e.code, e.message, e.reason);
      s.close();
      next();
    });
  });
}
function badRequest() {
  const server = http.createServer(() => log('no request expected'));
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write('NONSENSE\r\n\r\n'));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => { log('bad request:', JSON.stringify(got)); server.close(next); });
  });
}
function clientError() {
  const server = http.createServer(() => log('no request expected'));
  server.on('clientError', (err, socket) => {
    log('clientError:', err.code, err.message);
    socket.end('HTTP/1.1 418 Teapot\r\n\r\n');
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n'));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => { log('answer:', JSON.stringify(got)); server.close(next); });
  });
}
function shortBody() {
  const s = net.createServer((k) => {
    k.on('data', () => k.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'));
  }).listen(0, '127.0.0.1', () => {
    http.get(`http://127.0.0.1:${s.address().port}/`, (res) => {
      res.on('data', (d) => log('short: data', String(d)));
      res.on('aborted', () => log('short: aborted', res.complete));
      res.on('error', (e) => log('short: error', e.code, e.message));
      res.on('close', () => { log('short: close'); s.close(next); });
    });
  });
}
next();
