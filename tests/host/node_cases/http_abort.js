// node:http: a client that destroys its request mid-response; the server request is aborted
// (its response had not finished) and the server closes once the connection is gone
const http = require('http');
const server = http.createServer((req, res) => {
  req.on('aborted', () => { console.log('server req aborted'); server.close(() => console.log('closed')); });
  res.write('x');
});
server.listen(0, '127.0.0.1', () => {
  const r = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.on('data', () => r.destroy());
    res.on('close', () => console.log('client res close', res.aborted));
  });
  r.on('error', (e) => console.log('req error', e.code));
  r.on('close', () => console.log('req close'));
});
