const express = require('express');
const helmet = require('helmet'); const cors = require('cors'); const morgan = require('morgan'); const compression = require('compression');
const session = require('express-session'); const { body, query, validationResult, matchedData } = require('express-validator');
const multer = require('multer'); const request = require('supertest'); const zlib = require('zlib');
const app = express();
const logs = [];
morgan.token('fixed', () => 'T');
app.use(morgan(':method :url :status :res[content-length] :fixed', { stream: { write: l => logs.push(l.trim()) } }));
app.use(helmet()); app.use(cors({ origin: ['https://ok.example'], credentials: true })); app.use(compression({ threshold: 100 }));
app.use(express.json()); app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false, genid: () => 'sid-fixed', name: 'sid' }));
app.post('/login', body('user').isLength({ min: 3 }).trim().escape(), body('age').optional().isInt({ min: 0 }).toInt(), (req, res) => {
  const errs = validationResult(req); if (!errs.isEmpty()) return res.status(422).json(errs.array().map(e => e.path + ':' + e.msg));
  req.session.user = matchedData(req).user; res.json({ ok: true, data: matchedData(req) });
});
app.get('/me', (req, res) => res.json({ user: req.session.user || null }));
app.get('/big', query('n').isInt().toInt(), (req, res) => res.type('text').send('abc'.repeat(req.query.n)));
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1000 } });
app.post('/up', upload.fields([{ name: 'doc' }, { name: 'img' }]), (req, res) => res.json({ fields: req.body, files: Object.values(req.files).flat().map(f => [f.fieldname, f.originalname, f.mimetype, f.size, f.buffer.toString('hex').slice(0, 8)]) }));
app.use((err, req, res, next) => res.status(err.status || 400).json({ err: err.code || err.message }));
async function main() {
  const agent = request.agent(app);
  const r1 = await agent.post('/login').send({ user: 'x' }); console.log(r1.status, r1.body);
  const r2 = await agent.post('/login').send({ user: '  <ann>  ', age: '33' }); console.log(r2.status, r2.body, r2.headers['set-cookie'][0].split(';')[0].slice(0, 12));
  const r3 = await agent.get('/me'); console.log(r3.status, r3.body);
  const r4 = await request(app).get('/big?n=200').set('Accept-Encoding', 'gzip').set('Origin', 'https://ok.example').buffer(true).parse((res, cb) => { const c = []; res.on('data', d => c.push(d)); res.on('end', () => cb(null, Buffer.concat(c))); });
  console.log(r4.status, r4.headers['content-encoding'], r4.headers['access-control-allow-origin'], r4.headers['vary'], r4.body.length < 600);
  const r4b = await request(app).get('/big?n=2').set('Origin', 'https://evil.example'); console.log(r4b.text, r4b.headers['access-control-allow-origin'], r4b.headers['content-encoding']);
  const hdr = r4.headers; console.log(['content-security-policy', 'x-frame-options', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'x-powered-by'].map(h => h + '=' + hdr[h]).join('\n'));
  const r5 = await request(app).options('/login').set('Origin', 'https://ok.example').set('Access-Control-Request-Method', 'POST'); console.log(r5.status, r5.headers['access-control-allow-methods']);
  const r6 = await request(app).post('/up').field('title', 'T1').attach('doc', Buffer.from('hello doc'), 'a.txt').attach('img', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { filename: 'i.png', contentType: 'image/png' });
  console.log(r6.status, JSON.stringify(r6.body));
  const r7 = await request(app).post('/up').attach('doc', Buffer.alloc(2000), 'big.bin'); console.log(r7.status, r7.body);
  const r8 = await request(app).post('/login').type('form').send('user=formuser&age=-1'); console.log(r8.status, r8.body);
  console.log(logs.join('\n'));
}
main().catch(e => { console.log('ERR', e); process.exitCode = 1; });
