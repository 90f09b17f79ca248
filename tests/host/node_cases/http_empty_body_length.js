// a request ended with no body says Content-Length: 0 where a body is expected (POST, PUT, PATCH),
// nothing for GET and DELETE, as node 20 (body-parser tells 'no body' from 'empty body' by it)
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(req.method, req.headers['content-length'], req.headers['transfer-encoding']);
  if (req.url === '/empty') res.end(); else res.end('');
});
server.listen(0, '127.0.0.1', async () => {
  for (const [method, path] of [['POST', '/empty'], ['PUT', '/'], ['GET', '/'], ['DELETE', '/empty'], ['PATCH', '/']]) {
    await new Promise((resolve) => {
      const req = http.request({ method, path, port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
        console.log(' ->', res.statusCode, res.headers['content-length'], res.headers['transfer-encoding']); res.resume(); res.on('end', resolve);
      });
      req.end();
    });
  }
  server.close();
});
