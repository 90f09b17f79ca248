// node:net: a 1 MB transfer both ways with backpressure, pause/resume, allowHalfOpen, idle
// timeouts, destroy(), an unref'd server, and AsyncLocalStorage across connection and data events
const net = require('node:net');
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const log = (...a) => console.log(...a);
const payload = Buffer.from('pyjsvm, node! '.repeat(1 << 16));

const steps = [echoBig, halfOpen, idleTimeout, destroyed, unrefServer];
function next() { const s = steps.shift(); if (s) s(); }

function echoBig() {
  const server = als.run('server', () => net.createServer({ noDelay: true }, (sock) => {
    log('connection store', als.getStore());
    sock.on('data', (d) => {
      if (!sock.write(d)) { sock.pause(); sock.once('drain', () => sock.resume()); }
    });
    sock.on('end', () => { log('server data store', als.getStore()); sock.end(); });
  }));
  server.listen(0, '127.0.0.1', () => {
    als.run('client', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      const got = [];
      let paused = false;
      c.on('data', (d) => {
        got.push(d);
        if (!paused) { paused = true; c.pause(); setTimeout(() => c.resume(), 20); }
      });
      c.on('end', () => {
        const all = Buffer.concat(got);
        log('echoed', all.length, all.equals(payload), als.getStore(), c.bytesRead, c.bytesWritten);
        server.getConnections((err, n) => log('connections', err, typeof n));
        server.close(() => { log('closed 1'); next(); });
      });
      let written = 0;
      const chunk = 64 * 1024;
      (function pump() {
        while (written < payload.length) {
          const ok = c.write(payload.subarray(written, written + chunk));
          written += chunk;
          if (!ok) { c.once('drain', pump); return; }
        }
        c.end();
      })();
    });
  });
}

function halfOpen() {
  const server = net.createServer({ allowHalfOpen: true }, (sock) => {
    sock.setEncoding('utf8');
    let got = '';
    sock.on('data', (d) => { got += d; });
    sock.on('end', () => {
      log('half-open: server got end, still writable', sock.writable, JSON.stringify(got));
      setTimeout(() => sock.end('late reply'), 10);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => c.end('question'));
    c.setEncoding('utf8');
    let reply = '';
    c.on('data', (d) => { reply += d; });
    c.on('end', () => log('half-open: client got', JSON.stringify(reply)));
    c.on('close', () => server.close(() => { log('closed 2'); next(); }));
  });
}

function idleTimeout() {
  const server = net.createServer((sock) => { sock.on('data', () => {}); sock.on('end', () => sock.end()); });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.setTimeout(30, () => { log('timeout fired', c.destroyed); c.end(); });
    c.on('close', () => server.close(() => { log('closed 3'); next(); }));
    c.resume();
  });
}

function destroyed() {
  const server = net.createServer((sock) => {
    sock.on('error', (e) => log('server socket error', e.code));
    sock.on('close', (hadError) => { log('server socket close'); server.close(() => { log('closed 4'); next(); }); });
    sock.resume();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.destroy(new Error('bye')));
    c.on('error', (e) => log('client error', e.message));
    c.on('close', (hadError) => log('client close', hadError, c.destroyed));
  });
}

function unrefServer() {
  const server = net.createServer();
  server.listen(0, () => {
    const a = server.address();
    log('no host:', a.address, a.family);
    server.unref();
    log('unref: the process may now exit');
  });
}
process.on('exit', () => log('exit'));
next();
