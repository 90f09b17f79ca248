const Fastify = require('fastify');
const Hapi = require('@hapi/hapi');
const inject = require('light-my-request');
async function main() {
  const app = Fastify({ logger: false });
  app.addHook('onRequest', async (req, reply) => { reply.header('x-hook', 'on'); });
  app.decorate('greet', (n) => 'hello ' + n);
  app.get('/hi/:name', { schema: { params: { type: 'object', properties: { name: { type: 'string', minLength: 2 } } }, querystring: { type: 'object', properties: { n: { type: 'integer', default: 1 } } } } },
    async (req) => ({ msg: app.greet(req.params.name), n: req.query.n, nType: typeof req.query.n }));
  app.post('/items', { schema: { body: { type: 'object', required: ['title'], properties: { title: { type: 'string' }, qty: { type: 'number' } }, additionalProperties: false },
    response: { 201: { type: 'object', properties: { id: { type: 'integer' }, title: { type: 'string' } } } } } },
    async (req, reply) => { reply.code(201); return { id: 7, title: req.body.title, secret: 'dropped by serializer' }; });
  app.register(async (sub) => { sub.get('/ping', async () => 'pong'); sub.setErrorHandler((err, req, reply) => reply.code(418).send({ sub: err.message })); sub.get('/boom', async () => { throw new Error('kaboom'); }); }, { prefix: '/v1' });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ nf: req.url }));
  await app.ready();
  for (const opts of [{ url: '/hi/ann?n=3' }, { url: '/hi/a' }, { method: 'POST', url: '/items', payload: { title: 'pen', qty: 2 } }, { method: 'POST', url: '/items', payload: { qty: 2 } },
    { method: 'POST', url: '/items', payload: '{bad', headers: { 'content-type': 'application/json' } }, { url: '/v1/ping' }, { url: '/v1/boom' }, { url: '/nowhere' }]) {
    const r = await app.inject(opts);
    console.log(opts.method || 'GET', opts.url, r.statusCode, r.headers['content-type'], r.headers['x-hook'], r.body);
  }
  console.log(app.printRoutes({ commonPrefix: false }).trim().split('\n').length > 2, app.hasRoute({ method: 'GET', url: '/v1/ping' }));
  await app.close();
  const server = Hapi.server({ port: 0, host: '127.0.0.1' });
  server.route({ method: 'GET', path: '/user/{id}', handler: (req, h) => h.response({ id: Number(req.params.id), q: req.query }).code(200).header('x-h', 'hapi') });
  server.route({ method: 'POST', path: '/echo', handler: (req) => ({ got: req.payload }) });
  server.route({ method: 'GET', path: '/redirect', handler: (req, h) => h.redirect('/user/1') });
  server.ext('onPreResponse', (req, h) => { const r = req.response; if (r.isBoom) return h.response({ boom: r.output.statusCode, msg: r.message }).code(r.output.statusCode); return h.continue; });
  server.state('session', { ttl: null, isSecure: false, isHttpOnly: true, encoding: 'base64json' });
  server.route({ method: 'GET', path: '/cookie', handler: (req, h) => h.response('set').state('session', { u: 1 }) });
  await server.initialize();
  for (const o of [{ url: '/user/42?x=y' }, { method: 'POST', url: '/echo', payload: { a: [1, 2] } }, { url: '/redirect' }, { url: '/missing' }, { url: '/cookie' }]) {
    const r = await server.inject(o);
    console.log('hapi', o.url, r.statusCode, r.headers['x-h'] || r.headers.location || r.headers['set-cookie'] || '', r.payload);
  }
  await server.stop();
  const dispatch = (req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'x-url': req.url }); req.on('data', () => {}); req.on('end', () => res.end(req.method + ' ' + (req.headers['x-a'] || ''))); };
  const lr = await inject(dispatch, { method: 'PUT', url: '/p?q=1', headers: { 'x-a': 'b' }, payload: 'body' });
  console.log('lmr', lr.statusCode, lr.headers['x-url'], lr.payload, lr.headers['content-length']);
}
main().catch(e => { console.log('ERR', e); process.exitCode = 1; });
