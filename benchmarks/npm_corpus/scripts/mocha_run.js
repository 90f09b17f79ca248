const Mocha = require('mocha').default;
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp_mocha'); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'a.spec.js'), `
const assert = require('assert');
describe('math', function () {
  let n; beforeEach(() => { n = 2; });
  it('adds', () => assert.strictEqual(n + 2, 4));
  it('fails', () => assert.deepStrictEqual({ a: n }, { a: 3 }));
  it('async', async () => { await new Promise(r => setTimeout(r, 5)); assert.ok(true); });
  it('done cb', done => { setImmediate(() => done()); });
  it.skip('skipped', () => {});
  it('pending');
  describe('nested', () => {
    after(() => console.log('after nested'));
    it('throws', () => { throw new RangeError('nope'); });
    it('timeout', function (done) { this.timeout(50); });
  });
});
`);
class Rep { constructor(runner) {
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END, EVENT_SUITE_BEGIN } = Mocha.Runner.constants;
  runner.on(EVENT_SUITE_BEGIN, s => console.log('suite', JSON.stringify(s.fullTitle())));
  runner.on(EVENT_TEST_PASS, t => console.log('pass', t.fullTitle()));
  runner.on(EVENT_TEST_PENDING, t => console.log('pending', t.fullTitle()));
  runner.on(EVENT_TEST_FAIL, (t, e) => console.log('fail', t.fullTitle(), '|', e.name, (e.message || '').split('\n')[0], e.code || ''));
  runner.once(EVENT_RUN_END, () => console.log('stats', JSON.stringify({ ...runner.stats, start: 0, end: 0, duration: 0 })));
} }
const mocha = new Mocha({ reporter: Rep });
mocha.addFile(path.join(dir, 'a.spec.js'));
const s2 = Mocha.Suite.create(mocha.suite, 'built');
s2.addTest(new Mocha.Test('sync ok', () => {}));
s2.addTest(new Mocha.Test('promise rejects', () => Promise.reject(new Error('rej'))));
mocha.loadFilesAsync().then(() => mocha.run(failures => { console.log('failures', failures); fs.rmSync(dir, { recursive: true, force: true });
  const m2 = new Mocha({ reporter: 'tap' }); const s = Mocha.Suite.create(m2.suite, 'tap');
  s.addTest(new Mocha.Test('one', () => {})); s.addTest(new Mocha.Test('two', () => { throw new Error('boom'); }));
  const w = process.stdout.write; const lines = [];
  process.stdout.write = (c) => { lines.push(String(c)); return true; };
  m2.run(f => { process.stdout.write = w; console.log(lines.join('').split('\n').filter(l => !/^\s+at /.test(l)).join('\n')); console.log('tap failures', f); });
}));
