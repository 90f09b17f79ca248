// Suites built asynchronously, failing builds and hooks, and how errors of every shape are reported
// (nested errors in expected/actual, null and undefined, extra properties).
const test = require('node:test');
const { describe, it, beforeEach, afterEach, after, before, mock } = test;
const assert = require('node:assert');
describe('outer', () => {
  after(() => console.log('outer after'));
  describe('inner', async () => {
    await null;
    it('async-built it', () => {});
  });
  it('fails', () => { assert.deepStrictEqual([1, 2], [1, 3]); });
  it.todo('todo with reason', () => {});
  it('todo string', { todo: 'reason here' }, () => { throw new Error('x'); });
  describe('empty suite', () => {});
});
describe('throws while building', () => { throw new Error('build failed'); });
describe('afterEach fails', () => {
  afterEach(() => { throw new Error('afterEach boom'); });
  it('body ok', () => {});
});
test('rejects with undefined', () => Promise.reject());
test('throws null', () => { throw null; });
test('error with extra props', () => { const e = new RangeError('r'); e.extra = 1; throw e; });
test('assert.throws mismatch', () => { assert.throws(() => { throw new Error('a'); }, /b/); });
test('assert.equal numbers', () => { assert.equal(1, 2, 'custom message'); });
test('nested object actual', () => { assert.deepStrictEqual({ a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'y' }] } }); });
