// hono (app.request with web Request/Response), ky against a local node:http server
import { Hono } from 'hono';
import http from 'node:http';
import ky from 'ky';
const app = new Hono();
app.use('*', async (c, next) => { await next(); c.header('x-mw', 'yes'); });
app.get('/hello/:name', c => c.json({ hi: c.req.param('name'), q: c.req.query('q') ?? null }));
app.post('/echo', async c => { const body = await c.req.json(); return c.json({ got: body, ct: c.req.header('content-type') }, 201); });
app.get('/text', c => c.text('plain', 202));
app.notFound(c => c.text('nf', 404));
app.onError((e, c) => c.text('err:' + e.message, 500));
app.get('/boom', () => { throw new Error('bad'); });
for (const [m, p, b] of [['GET', '/hello/ann?q=1'], ['POST', '/echo', { a: [1, 2] }], ['GET', '/text'], ['GET', '/zzz'], ['GET', '/boom']]) {
  const res = await app.request(p, b ? { method: m, body: JSON.stringify(b), headers: { 'content-type': 'application/json' } } : { method: m });
  console.log(m, p, res.status, res.headers.get('x-mw'), res.headers.get('content-type'), await res.text());
}
const server = http.createServer((req, res) => {
  let body = ''; req.on('data', d => body += d); req.on('end', () => {
    if (req.url === '/retry' && !server.tried) { server.tried = true; res.writeHead(503); res.end(); return; }
    res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ method: req.method, url: req.url, body, h: req.headers['x-k'] || null }));
  });
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const api = ky.create({ prefixUrl: base, headers: { 'x-k': 'v' } });
console.log(JSON.stringify(await api.get('a/b', { searchParams: { x: 1 } }).json()));
console.log(JSON.stringify(await api.post('p', { json: { z: 1 } }).json()));
console.log(JSON.stringify(await api.get('retry', { retry: { limit: 2, delay: () => 1 } }).json()));
server.close();
