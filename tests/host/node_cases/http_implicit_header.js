// ServerResponse#_implicitHeader and writeHead on the implicit path, as on-headers (cookie-session,
// express-session, morgan, compression) relies on: a wrapped writeHead runs before the head is
// made by write() or end(), and what it sets is sent; _implicitHeader exists and makes the head
const http = require('http');
const server = http.createServer((req, res) => {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    res.setHeader('X-Wrapped', req.url);
    return writeHead.apply(this, args);
  };
  if (req.url === '/end') res.end('body');
  else if (req.url === '/write') { res.write('a'); res.end('b'); }
  else if (req.url === '/implicit') { res.statusCode = 201; res._implicitHeader(); console.log('headersSent after _implicitHeader', res.headersSent); res.end('x'); }
  else { res.writeHead(202, { 'X-Explicit': '1' }); res.end(); }
});
server.listen(0, '127.0.0.1', async () => {
  for (const path of ['/end', '/write', '/implicit', '/explicit']) {
    await new Promise((resolve) => {
      http.get({ port: server.address().port, host: '127.0.0.1', path, agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log(path, res.statusCode, res.headers['x-wrapped'], res.headers['x-explicit'], res.headers['content-length'], res.headers['transfer-encoding'], body);
          resolve();
        });
      });
    });
  }
  server.close();
});
