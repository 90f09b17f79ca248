import http from 'node:http';
import superagent from 'superagent';
import zlib from 'node:zlib';
const server = http.createServer((req, res) => {
  let body = ''; req.setEncoding('utf8'); req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.url === '/json') { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ method: req.method, body, q: req.url })); }
    else if (req.url === '/gzip') { res.setHeader('content-encoding', 'gzip'); res.setHeader('content-type', 'text/plain; charset=utf-8'); res.end(zlib.gzipSync('héllo '.repeat(50))); }
    else if (req.url === '/redirect') { res.statusCode = 302; res.setHeader('location', '/json'); res.end(); }
    else { res.statusCode = 404; res.end('nope'); }
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const s = await superagent.post(`${base}/json`).send({ y: [1, 2] }).set('x-h', 'v'); console.log('superagent', s.status, JSON.stringify(s.body));
const sg = await superagent.get(`${base}/gzip`); console.log('superagent gzip', sg.text.length);
try { await superagent.get(`${base}/missing`); } catch (e) { console.log('superagent error', e.status, e.response.text); }
server.close();
