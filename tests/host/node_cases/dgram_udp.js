// dgram: a UDP echo between two sockets on 127.0.0.1; implicit bind on send, connect, errors
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const log = [];
server.on('message', (msg, rinfo) => {
  log.push(`server got ${msg} (${rinfo.size} bytes, ${rinfo.family}, from 127.0.0.1: ${rinfo.address === '127.0.0.1'})`);
  server.send(Buffer.from('echo:' + msg), rinfo.port, rinfo.address);
});
server.on('listening', () => {
  const { port, family, address } = server.address();
  console.log('listening', typeof port, family, address);
  const taken = dgram.createSocket('udp4');
  taken.on('error', (e) => { console.log('error', e.code, e.syscall, e.message === `bind EADDRINUSE 127.0.0.1:${port}`); taken.close(); });
  taken.bind(port, '127.0.0.1');
  const client = dgram.createSocket({ type: 'udp4' });
  let n = 0;
  client.on('message', (msg) => {
    log.push('client got ' + msg);
    if (++n === 2) {
      client.connect(port, '127.0.0.1', () => {
        console.log('connected', client.remoteAddress().port === port);
        client.send('hello world', 6, 5, (err, bytes) => log.push('connected send ' + err + ' ' + bytes));
        try { client.send('x', port); } catch (e) { console.log(e.code); }
      });
    } else if (n === 3) {
      client.close(() => server.close(() => { console.log(log.join('\n')); console.log('closed'); }));
    }
  });
  client.send('one', port, '127.0.0.1', (err, bytes) => {
    log.push('sent ' + err + ' ' + bytes);
    client.send(['tw', Buffer.from('o')], port, (err2) => log.push('sent list ' + err2));
  });
});
server.bind(0, '127.0.0.1');
try { dgram.createSocket('udp5'); } catch (e) { console.log(e.code, e.message); }
try { server.address(); } catch (e) { console.log(e.code, e.message); }
try { dgram.createSocket('udp4').send('x', 0); } catch (e) { console.log(e.code); }
// an unref'd bound socket does not keep the process alive
const idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', () => { idle.unref(); console.log('idle bound'); });
