// a ClientRequest destroyed or aborted before its response: 'socket hang up' (ECONNRESET) once it had
// its socket, no 'socket' or 'abort' event when ended in the same tick, as node 20 (supertest's aborted
// requests in express's res.sendFile tests waited for this error)
const http = require('http');
const server = http.createServer((req, res) => { setTimeout(() => res.end('x'), 50); });
server.listen(0, '127.0.0.1', async () => {
  for (const how of ['abort-now', 'destroy-now', 'abort-on-socket', 'abort-after-connect', 'destroy-after-connect']) {
    await new Promise((resolve) => {
      const events = [];
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
      for (const e of ['abort', 'close', 'response', 'socket']) req.on(e, () => { events.push(e); if (e === 'close') { console.log(how, events.join(' ')); resolve(); } });
      req.on('error', (err) => events.push('error:' + err.code + ':' + err.message));
      if (how === 'abort-now') req.abort();
      else if (how === 'destroy-now') req.destroy();
      else if (how === 'abort-on-socket') req.on('socket', () => req.abort());
      else req.on('socket', (s) => s.on('connect', () => setTimeout(() => (how.startsWith('abort') ? req.abort() : req.destroy()), 10)));
    });
  }
  server.close();
});
