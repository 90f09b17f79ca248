const http = require('http');
const { Server } = require('socket.io');
const { io: ioc } = require('socket.io-client');
async function main() {
  const httpServer = http.createServer();
  const io = new Server(httpServer, { cors: { origin: '*' } });
  const log = [];
  io.use((socket, next) => { if (socket.handshake.auth.token === 'bad') return next(new Error('unauthorized')); next(); });
  io.on('connection', socket => {
    log.push('server connection ' + socket.handshake.auth.token);
    socket.join('room1');
    socket.on('echo', (msg, ack) => ack({ got: msg, rooms: [...socket.rooms].filter(r => r !== socket.id) }));
    socket.on('bin', buf => socket.emit('bin-back', Buffer.concat([buf, Buffer.from([9])])));
    socket.on('broadcast', m => io.to('room1').emit('news', m.toUpperCase()));
    socket.on('disconnect', reason => log.push('server disconnect ' + reason));
  });
  io.of('/admin').on('connection', s => s.emit('welcome', 'admin ' + s.nsp.name));
  await new Promise(r => httpServer.listen(0, '127.0.0.1', r));
  const url = 'http://127.0.0.1:' + httpServer.address().port;
  for (const transports of [['websocket'], ['polling']]) {
    const c = ioc(url, { auth: { token: 't-' + transports[0] }, transports, reconnection: false });
    await new Promise((res, rej) => { c.on('connect', res); c.on('connect_error', rej); });
    const ack = await c.emitWithAck('echo', { n: 1, s: 'é', arr: [1, null, true] });
    console.log(transports[0], 'ack', JSON.stringify(ack));
    const back = new Promise(r => c.once('bin-back', r));
    c.emit('bin', Buffer.from([1, 2, 3]));
    console.log(transports[0], 'bin', [...new Uint8Array(await back)].join(','));
    const news = new Promise(r => c.once('news', r));
    c.emit('broadcast', 'hello room'); console.log(transports[0], 'news', await news);
    c.disconnect();
  }
  const bad = ioc(url, { auth: { token: 'bad' }, transports: ['websocket'], reconnection: false });
  console.log('bad', await new Promise(r => bad.on('connect_error', e => r(e.message))));
  bad.close();
  const adm = ioc(url + '/admin', { transports: ['websocket'], reconnection: false });
  console.log(await new Promise(r => adm.on('welcome', r)));
  adm.close();
  await new Promise(r => setTimeout(r, 50));
  console.log(log.join('\n'));
  io.close(); httpServer.close(() => console.log('closed'));
}
main().catch(e => { console.log('ERR', e); process.exitCode = 1; });
