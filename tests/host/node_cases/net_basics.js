// node:net over 127.0.0.1 port 0: a server and clients exchanging data, end/close order, errors
const net = require('node:net');
const log = (...a) => console.log(...a);
log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('fe80::1%eth0'), net.isIP('1.2.3'), net.isIP('01.2.3.4'),
  net.isIP(5), net.isIPv4('10.0.0.255'), net.isIPv6('10.0.0.1'), net.isIPv6('::ffff:1.2.3.4'), net.isIP('256.1.1.1'));
for (const f of [() => net.createServer().listen(70000), () => net.connect({ port: -1 }), () => net.connect({ port: '' }),
  () => net.createServer().listen({ port: 1.5 }), () => new net.Socket('x')]) {
  try { f(); log('no error'); } catch (e) { log(e.name, e.code, e.message); }
}
const server = net.createServer((sock) => {
  log('server: connection', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort, sock.readyState);
  sock.setEncoding('utf8');
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    log('server: end', JSON.stringify(got), sock.bytesRead);
    sock.end('reply:' + got.toUpperCase());
  });
  sock.on('close', (hadError) => log('server: socket close', hadError));
});
log('address before listen', server.address(), server.listening);
server.on('listening', () => log('listening event', server.listening));
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  log('listen callback', address, family, typeof port, port > 0);
  const client = net.createConnection({ port, host: '127.0.0.1' }, () => {
    log('client: connect', client.remoteAddress, client.remotePort === port, client.readyState, client.pending);
    client.write('hello ');
    client.write(Buffer.from('world'));
    client.end();
  });
  log('client state', client.readyState, client.connecting, client.pending);
  client.on('ready', () => log('client: ready'));
  const chunks = [];
  client.on('data', (d) => chunks.push(d));
  client.on('end', () => log('client: end', Buffer.concat(chunks).toString(), client.bytesWritten));
  client.on('close', (hadError) => {
    log('client: close', hadError, client.readyState, client.destroyed);
    // a refused connection
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const freePort = probe.address().port;
      probe.close(() => {
        const bad = net.connect(freePort, '127.0.0.1');
        bad.on('error', (e) => log('refused:', e.code, e.syscall, e.address, e.port === freePort, e.message === `connect ECONNREFUSED 127.0.0.1:${freePort}`));
        bad.on('close', (hadError) => {
          log('refused close', hadError);
          // the port in use
          const again = net.createServer();
          again.on('error', (e) => {
            log('in use:', e.code, e.syscall, e.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
            server.close(() => log('server closed', server.listening, server.address()));
            server.close((e2) => log('second close', e2 && e2.code));
          });
          again.listen(port, '127.0.0.1');
        });
      });
    });
  });
});
process.on('exit', (code) => log('exit', code));
