// node:http: the vm documentation's "Running an HTTP server within a VM" (port 0 instead of
// 8124, and closed after one request), then a 600 KB request and response body streamed with
// pipe() both ways, and a response cut short by the server
const { runInThisContext } = require('node:vm');
const http = require('node:http');
const { Readable } = require('node:stream');
const log = (...a) => console.log(...a);

const code = `
((require, ready) => {
  const { createServer } = require('node:http');

  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('Hello World\\n');
    server.close();
  }).listen(0, '127.0.0.1', () => ready(server.address().port));

  console.log('Server running at http://127.0.0.1:<port>/');
})`;

runInThisContext(code)(require, (port) => {
  http.get(`http://127.0.0.1:${port}/`, (res) => {
    res.setEncoding('utf8');
    let text = '';
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      log(res.statusCode, res.headers['content-type'], JSON.stringify(text));
      streaming();
    });
  });
});

const big = Buffer.from('0123456789abcdef'.repeat(40000));
function streaming() {
  const server = http.createServer((req, res) => {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => {
      log('server received', n, req.headers['transfer-encoding']);
      if (req.url === '/cut') {
        res.writeHead(200, { 'Content-Length': 100 });
        res.write('only part');
        setTimeout(() => res.destroy(), 20);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      Readable.from([big.subarray(0, 300000), big.subarray(300000)]).pipe(res);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/big' }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => {
        const all = Buffer.concat(parts);
        log('client received', all.length, all.equals(big), res.headers['transfer-encoding'], res.complete);
        const cut = http.get({ port, host: '127.0.0.1', path: '/cut' }, (r) => {
          r.on('data', (d) => log('cut data', JSON.stringify(String(d))));
          r.on('aborted', () => log('cut aborted'));
          r.on('error', (e) => log('cut error', e.code, e.message));
          r.on('close', () => { log('cut close', r.complete); server.close(() => log('closed')); });
        });
        cut.on('error', (e) => log('cut request error', e.code));
      });
    });
    Readable.from([big.subarray(0, 100000), big.subarray(100000)]).pipe(req);
  });
}
