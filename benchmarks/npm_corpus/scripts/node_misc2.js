const os = require('os'); const path = require('path'); const fs = require('fs');
const gfs = require('graceful-fs');
const dotenv = require('dotenv');
const fg = require('fast-glob');
const tmp = require('tmp');
const pc = require('picocolors');
const kleur = require('kleur');
const log = require('loglevel');
const mime = require('mime').default;
const NodeCache = require('node-cache');
const QuickLRU = require('quick-lru');
const pino = require('pino');
const winston = require('winston');
const dir = fs.mkdtempSync(path.join(__dirname, 'tmpx-'));
try {
  fs.writeFileSync(path.join(dir, '.env'), 'A=1\nB="two words"\n# c\nC=${A}x\nexport D=\'q\'\nMULTI="l1\\nl2"\n');
  const r = dotenv.config({ path: path.join(dir, '.env'), quiet: true }); console.log(JSON.stringify(r.parsed), process.env.B, JSON.stringify(dotenv.parse('X=1\nY= spaced \n')));
  fs.mkdirSync(path.join(dir, 'sub/deep'), { recursive: true }); ['a.js', 'b.ts', 'sub/c.js', 'sub/deep/d.js', 'sub/.hidden.js'].forEach(f => fs.writeFileSync(path.join(dir, f), f));
  console.log(fg.sync('**/*.js', { cwd: dir }).sort().join(','), fg.sync(['**/*', '!**/*.ts'], { cwd: dir, dot: true, onlyFiles: true }).sort().join(','), fg.sync('sub/*', { cwd: dir, onlyDirectories: true }).join(','));
  gfs.writeFileSync(path.join(dir, 'g.txt'), 'graceful'); console.log(gfs.readFileSync(path.join(dir, 'g.txt'), 'utf8'), typeof gfs.close, gfs.existsSync(dir));
  gfs.readFile(path.join(dir, 'a.js'), 'utf8', (e, d) => { console.log('gfs async', e, d); rest(); });
  function rest() {
  tmp.setGracefulCleanup(); const t = tmp.fileSync({ tmpdir: dir, prefix: 'p-', postfix: '.txt' }); console.log(path.basename(t.name).startsWith('p-'), fs.existsSync(t.name)); t.removeCallback(); console.log(fs.existsSync(t.name));
  console.log(JSON.stringify(pc.red('r') + pc.bold(pc.green('g'))), pc.isColorSupported, JSON.stringify(kleur.red().bold('k')), JSON.stringify(kleur.enabled));
  log.setLevel('warn'); log.info('hidden'); log.warn('shown warn'); log.getLogger('child').error('child err');
  console.log(mime.getType('x.json'), mime.getType('a/b/c.HTML'), mime.getExtension('image/svg+xml'), mime.getType('nothing'));
  const cache = new NodeCache({ stdTTL: 100, checkperiod: 0 }); cache.set('a', { x: 1 }); cache.mset([{ key: 'b', val: 2 }, { key: 'c', val: 3, ttl: 0 }]); console.log(JSON.stringify(cache.get('a')), cache.keys().join(','), cache.take('b'), cache.has('b'), JSON.stringify(cache.getStats()));
  const lru = new QuickLRU({ maxSize: 2 }); lru.set('a', 1).set('b', 2); lru.get('a'); lru.set('c', 3); console.log([...lru.keys()].join(','), lru.has('b'), lru.size);
  const lines = []; const dest = new (require('stream').Writable)({ write(c, e, cb) { lines.push(JSON.parse(c)); cb(); } });
  const logger = pino({ base: null, timestamp: false, level: 'debug' }, dest); logger.info({ user: 'u' }, 'hello %s', 'world'); logger.child({ mod: 'm' }).debug('dbg'); logger.trace('no'); logger.error(new Error('bad'));
  setTimeout(() => console.log(JSON.stringify(lines.map(l => { if (l.err) l.err.stack = l.err.stack.split('\n')[0]; return l; }))), 20);
  const wl = []; const wlog = winston.createLogger({ level: 'info', format: winston.format.combine(winston.format.label({ label: 'L' }), winston.format.printf(i => `${i.label} ${i.level}: ${i.message}`)), transports: [new winston.transports.Stream({ stream: new (require('stream').Writable)({ write(c, e, cb) { wl.push(String(c).trim()); cb(); } }) })] });
  wlog.info('one'); wlog.warn('two %d', 2); wlog.debug('x'); setTimeout(() => console.log(wl.join(' | ')), 20);
  setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 50); }
} catch (e) { fs.rmSync(dir, { recursive: true, force: true }); throw e; }
