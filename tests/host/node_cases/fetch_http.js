'use strict';
// fetch over HTTP against a node:http server of the same script on port 0: methods, bodies, redirects, gzip, set-cookie, HEAD, FormData uploads, abort, bad ports, refused connections
const http = require('http');
const zlib = require('zlib');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.url === '/redirect') { res.writeHead(302, { location: '/echo?from=redirect' }); res.end(); return; }
    if (req.url === '/see-other') { res.writeHead(303, { location: '/echo' }); res.end(); return; }
    if (req.url === '/gzip') { res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' }); res.end(zlib.gzipSync('squeezed text')); return; }
    if (req.url === '/cookies') { res.setHeader('set-cookie', ['a=1', 'b=2']); res.setHeader('x-multi', ['p', 'q']); res.end('ok'); return; }
    if (req.url === '/status') { res.writeHead(418, 'Teapot Here'); res.end(); return; }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, ct: req.headers['content-type'] || null,
      cl: req.headers['content-length'] || null, x: req.headers['x-custom'] || null, accept: req.headers.accept, ua: req.headers['user-agent'] }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    let r = await fetch(base + '/echo?q=1', { headers: { 'X-Custom': 'v' } });
    console.log(r.status, r.statusText, r.ok, r.type, r.url === base + '/echo?q=1', r.redirected, r.headers.get('content-type'), await r.json());
    r = await fetch(base + '/echo', { method: 'POST', body: 'hello' });
    console.log(await r.json());
    r = await fetch(new Request(base + '/echo', { method: 'PUT', body: new URLSearchParams({ a: 'b c' }) }));
    console.log(await r.json());
    r = await fetch(base + '/redirect');
    console.log(r.status, r.redirected, r.url.slice(base.length), (await r.json()).url);
    r = await fetch(base + '/see-other', { method: 'POST', body: 'x' });
    const j = await r.json(); console.log(r.status, j.method, j.body, j.ct);
    r = await fetch(base + '/redirect', { redirect: 'manual' });
    console.log(r.status, r.headers.get('location'), r.redirected);
    try { await fetch(base + '/redirect', { redirect: 'error' }); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.message); }
    r = await fetch(base + '/gzip'); console.log(await r.text(), r.headers.get('content-encoding'));
    r = await fetch(base + '/cookies'); console.log(r.headers.getSetCookie(), r.headers.get('x-multi'), r.headers.get('set-cookie'));
    r = await fetch(base + '/status'); console.log(r.status, r.statusText, r.ok, r.body === null, await r.text());
    r = await fetch(base + '/echo'); const chunks = []; for await (const c of r.body) chunks.push(c); console.log(chunks.every((c) => c instanceof Uint8Array), Buffer.concat(chunks).length > 0, r.bodyUsed);
    r = await fetch(base + '/echo', { method: 'HEAD' }); console.log(r.status, r.body);
    const fd = new FormData(); fd.append('field', 'value'); fd.append('file', new Blob(['content'], { type: 'text/plain' }), 'a.txt');
    r = await fetch(base + '/echo', { method: 'POST', body: fd }); const fj = await r.json();
    console.log(fj.ct.startsWith('multipart/form-data; boundary='), fj.body.includes('name="file"; filename="a.txt"'), fj.cl);
    const ac = new AbortController(); const p = fetch(base + '/echo', { signal: ac.signal }); ac.abort(); try { await p; } catch (e) { console.log(e.name, e.message); }
    try { await fetch(base.replace(/\d+$/, '1') + '/'); } catch (e) { console.log(e.message, e.cause.message); }
    const free = http.createServer(); await new Promise((res) => free.listen(0, '127.0.0.1', res)); const port = free.address().port; await new Promise((res) => free.close(res));
    try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) { console.log(e.message, e.cause.code, e.cause.syscall, e.cause.message === `connect ECONNREFUSED 127.0.0.1:${port}`); }
  } finally { server.close(); }
});
