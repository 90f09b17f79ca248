// the server answers with Connection: close a request whose body it paused (a body parser over
// its limit): node closes the connection once the response is flushed (destroySoon), whatever
// the client does with its side (supertest's server.close() waited for it forever)
const http = require('http');
const net = require('net');
let serverSocketClosed = false;
const server = http.createServer((req, res) => {
  req.once('data', () => {
    req.pause();
    res.setHeader('Connection', 'close');
    res.end('too large');
  });
});
server.on('connection', (s) => s.on('close', () => { serverSocketClosed = true; }));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n' + 'a'.repeat(1000));
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('client got', got.split('\r\n')[0], got.endsWith('too large'));
    setTimeout(() => {
      console.log('server socket closed while the client kept its side open:', serverSocketClosed);
      c.destroy();
      server.close(() => console.log('server closed'));
    }, 300);
  });
});
