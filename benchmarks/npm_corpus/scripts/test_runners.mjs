import tape from 'tape';
import { suite, test as uvuTest } from 'uvu'; import * as uassert from 'uvu/assert';
const lines = [];
const harness = tape.createHarness();
harness.createStream().on('data', (l) => lines.push(String(l).replace(/\s+at .*\n/g, '').replace(/\(\d+ms\)/g, ''))).on('end', () => {
  console.log(lines.join('').split('\n').filter((l) => !/^\s+(at|stack|\[|\.\.\.|---|operator|expected|actual)/.test(l)).join('\n'));
  runUvu();
});
harness('arith', (t) => { t.equal(1 + 1, 2, 'adds'); t.deepEqual({ a: [1] }, { a: [1] }, 'deep'); t.notEqual(1, 2); t.end(); });
harness('fails', (t) => { t.plan(2); t.ok(true, 'first'); t.equal('a', 'b', 'second differs'); });
harness('async', async (t) => { await new Promise((r) => setTimeout(r, 5)); t.throws(() => { throw new TypeError('x'); }, TypeError, 'throws'); });
harness('skip me', { skip: true }, (t) => t.end());
harness('todo', { todo: true }, (t) => { t.fail('not yet'); t.end(); });
function runUvu() {
  const out = [];
  const origWrite = process.stdout.write.bind(process.stdout);
  const s = suite('math');
  s.before((ctx) => { ctx.base = 10; });
  s('adds', (ctx) => uassert.is(ctx.base + 1, 11));
  s('fails', (ctx) => uassert.equal({ x: ctx.base }, { x: 11 }));
  s('async', async () => { await new Promise((r) => setTimeout(r, 2)); uassert.ok(true); });
  s('throws', () => uassert.throws(() => { throw new Error('boom'); }, /boom/));
  process.stdout.write = (c) => { out.push(String(c)); return true; };
  s.run();
  uvuTest('standalone', () => uassert.type('s', 'string'));
  uvuTest.run();
  const iv = setInterval(() => {
    if (!out.join('').includes('Duration')) return;
    clearInterval(iv);
    process.stdout.write = origWrite;
    console.log(out.join('').replace(/\x1b\[[0-9;]*m/g, '').replace(/Duration: .*/g, 'Duration: X').replace(/\n\s+at .*/g, '').split('\n').filter((l) => l.trim()).join('\n'));
    process.exitCode = 0;
  }, 20);
}
