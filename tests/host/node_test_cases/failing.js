// node:test failures: their YAML blocks, the summary and exit code 1.
const test = require('node:test');
const { describe, it, beforeEach } = test;
const assert = require('node:assert');

test('passes', () => {});
test('assertion', () => { assert.strictEqual(1, 2); });
test('deep assertion', () => { assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); });
test('throws an Error', () => { throw new Error('plain error'); });
test('rejects with a TypeError', async () => { throw new TypeError('bad type'); });
test('throws a string', () => { throw 'just a string'; });
test('error with a code', () => { const e = new Error('coded'); e.code = 'E_CUSTOM'; throw e; });
test('multi-line message', () => { throw new Error('line one\nline two'); });
test('done with an error', (t, done) => { const e = new Error('callback error'); setTimeout(() => done(e), 1); });
test('timeout', { timeout: 20 }, async () => { await new Promise((resolve) => setTimeout(resolve, 200)); });
test('failing subtests', async (t) => {
  await t.test('ok one', () => {});
  await t.test('bad one', () => { assert.ok(false); });
  await t.test('bad two', () => { throw new Error('second'); });
});
describe('suite with a failing hook', () => {
  beforeEach(() => { throw new Error('hook failed'); });
  it('never runs its body', () => { console.log('not printed'); });
});
describe('suite with one failure', () => {
  it('fine', () => {});
  it('broken', () => { assert.equal('a', 'b'); });
});
test('todo failure does not count', { todo: true }, () => { throw new Error('todo'); });
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
