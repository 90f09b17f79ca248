// node:http over 127.0.0.1 port 0: a server and the client, bodies by Content-Length and chunked,
// headers both ways, status codes, keep-alive, errors, and AsyncLocalStorage across a request
const http = require('node:http');
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const log = (...a) => console.log(...a);
log(http.METHODS.length, http.METHODS.includes('PATCH'), http.STATUS_CODES[404], http.STATUS_CODES[418], http.maxHeaderSize);
for (const f of [() => http.validateHeaderName('bad name'), () => http.validateHeaderValue('x', undefined),
  () => http.validateHeaderValue('x', 'a\nb'), () => http.request('https://example.com/'),
  () => http.request({ method: 'GE T' }), () => http.request({ path: '/a b' })]) {
  try { f(); log('no error'); } catch (e) { log(e.name, e.code, e.message); }
}
const pick = (h) => JSON.stringify(Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'date' && k !== 'host')));

const server = http.createServer((req, res) => {
  log('server:', req.method, req.url, req.httpVersion, pick(req.headers), typeof req.headers.host);
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    log('server body:', JSON.stringify(body), req.complete);
    if (req.url === '/hello') {
      res.setHeader('X-Custom', 'yes');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      log('headers', JSON.stringify(res.getHeaders()), res.getHeaderNames().join(), res.hasHeader('x-custom'), res.getHeader('X-CUSTOM'), res.headersSent);
      res.removeHeader('x-custom');
      res.end('hello ' + body);
      log('after end', res.headersSent, res.writableEnded, res.finished);
    } else if (req.url === '/chunked') {
      res.writeHead(201, 'Made', { 'Content-Type': 'text/plain' });
      res.write('part1;');
      setTimeout(() => { res.write(Buffer.from('part2;')); res.end('done'); }, 10);
    } else if (req.url === '/empty') {
      res.statusCode = 204;
      res.end();
    } else if (req.url === '/head') {
      res.setHeader('Content-Length', 5);
      res.end();
    } else if (req.url === '/echo') {
      res.writeHead(200, [['X-A', '1'], ['X-A', '2']]);
      res.end(body.toUpperCase());
    } else {
      res.writeHead(404);
      try { res.setHeader('x', 'y'); } catch (e) { log('late header', e.code); }
      res.end(http.STATUS_CODES[404]);
    }
  });
  res.on('finish', () => log('server: finish', req.url));
});

function fetchText(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(options, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode, message: res.statusMessage, headers: res.headers, body: Buffer.concat(parts).toString(), complete: res.complete }));
    });
    req.on('error', reject);
    if (Array.isArray(body)) { for (const b of body) req.write(b); req.end(); }
    else req.end(body);
  });
}
const show = (r) => log('client:', r.status, r.message, pick(r.headers), JSON.stringify(r.body), r.complete);

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = { host: '127.0.0.1', port };
  show(await fetchText({ ...base, path: '/hello', method: 'POST' }, 'world'));
  show(await fetchText({ ...base, path: '/chunked', method: 'PUT', headers: { 'X-Req': 'r' } }, ['a', 'b', 'c']));
  show(await fetchText({ ...base, path: '/empty' }));
  show(await fetchText({ ...base, path: '/head', method: 'HEAD' }));
  show(await fetchText({ ...base, path: '/echo', method: 'POST', headers: { 'Content-Length': 4 } }, 'ping'));
  show(await fetchText(`http://127.0.0.1:${port}/missing?x=1`));
  await new Promise((resolve) => {
    als.run('request-store', () => {
      http.get({ ...base, path: '/hello' }, (res) => {
        log('get: store in response', als.getStore(), res.statusCode);
        res.setEncoding('utf8');
        res.on('data', (d) => log('get: data', JSON.stringify(d), als.getStore()));
        res.on('end', () => { log('get: end', als.getStore()); resolve(); });
      });
    });
  });
  server.close(() => {
    log('server closed');
    const req = http.get({ ...base, path: '/', agent: false });
    req.on('error', (e) => log('refused:', e.code, e.syscall));
  });
});
process.on('exit', () => log('exit'));
