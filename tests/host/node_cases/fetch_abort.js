'use strict';
// fetch with AbortSignal.timeout, a body cancelled or aborted mid-stream, a 3 MiB body, clone of a fetched response
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/hang') { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('partial'); return; }
  if (req.url === '/never') return;
  if (req.url === '/big') { res.end(Buffer.alloc(3 * 1024 * 1024, 97)); return; }
  res.end('ok');
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try { await fetch(base + '/never', { signal: AbortSignal.timeout(100) }); } catch (e) { console.log('timeout:', e.name, e.message); }
  const r = await fetch(base + '/hang');
  const reader = r.body.getReader();
  console.log(new TextDecoder().decode((await reader.read()).value));
  await reader.cancel('enough');
  console.log('cancelled', r.bodyUsed);
  const ac = new AbortController();
  const r2 = await fetch(base + '/hang', { signal: ac.signal });
  const rd2 = r2.body.getReader(); await rd2.read();
  ac.abort();
  try { await rd2.read(); } catch (e) { console.log('body aborted:', e.name); }
  const big = await fetch(base + '/big'); const ab = await big.arrayBuffer(); console.log(ab.byteLength, big.headers.get('content-length'));
  const r3 = await fetch(base + '/'); const r3c = r3.clone(); console.log(await r3.text(), await r3c.text());
  server.closeAllConnections && server.closeAllConnections();
  server.close(() => console.log('closed'));
});
