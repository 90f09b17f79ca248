// node:test with every test passing (or skipped, or todo): the TAP report, hooks' order, mocks.
const test = require('node:test');
const { describe, it, before, after, beforeEach, afterEach, mock } = test;
const assert = require('node:assert');

// (console output comes before the report of the turn of the event loop it was written in, as
// in node: here before the TAP header)
before(() => console.log('a before() at top level runs when it is registered'));
after(() => console.log('an after() at top level runs once the tests have'));
test('synchronous', () => { console.log('inside the first test'); assert.strictEqual(1 + 1, 2); });
test('second synchronous', () => { console.log('inside the second test'); });
test('asynchronous', async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
test('done callback', (t, done) => { setTimeout(done, 1); });
test('skip option', { skip: true }, () => { throw new Error('not run'); });
test('skip with a reason', { skip: 'not on this platform' }, () => {});
test('todo option', { todo: 'later' }, () => {});
test('todo that fails', { todo: true }, () => { throw new Error('still failing'); });
test('t.skip() and t.todo()', async (t) => {
  await t.test('skipped inside', (t) => { t.skip('skipped at run time'); });
  await t.test('todo inside', (t) => { t.todo(); });
});
test('diagnostics', (t) => { t.diagnostic('a diagnostic line'); t.diagnostic('another'); });
test('subtests', async (t) => {
  const order = [];
  t.beforeEach((t) => order.push('beforeEach ' + t.name));
  t.afterEach((t) => order.push('afterEach ' + t.name));
  t.after(() => console.log('subtest hooks:', order.join(', ')));
  await t.test('first', () => { order.push('first'); });
  await t.test('second', async (t) => {
    order.push('second');
    await t.test('nested', () => { order.push('nested'); });
  });
});
describe('a suite', () => {
  const order = [];
  before(() => order.push('before'));
  beforeEach(() => order.push('beforeEach'));
  afterEach(() => order.push('afterEach'));
  after(() => console.log('suite hooks:', order.join(', ')));
  it('one', () => { order.push('one'); });
  it('two', async () => { order.push('two'); });
  describe('nested suite', () => {
    beforeEach(() => order.push('inner beforeEach'));
    it('three', () => { order.push('three'); });
  });
  it.skip('skipped it');
  it.todo('todo it');
});
describe.skip('skipped suite', () => { it('never', () => {}); });
test('names are escaped: # and \\ and\nnewline', () => {});
test(function namedFunction() {});
test('no function');
test('mock.fn', () => {
  const f = mock.fn((a, b) => a + b);
  assert.strictEqual(f(1, 2), 3);
  f.call('self', 4, 5);
  console.log(f.mock.callCount(), f.mock.calls.map((c) => [c.arguments, c.result, c.this]));
  f.mock.mockImplementationOnce(() => 'once');
  console.log(f(0, 0), f(1, 1));
  f.mock.mockImplementation(() => 'replaced');
  console.log(f(), f.mock.callCount());
  f.mock.resetCalls();
  console.log(f.mock.callCount());
  const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
  console.log(limited(), limited(), limited());
  const failing = mock.fn(() => { throw new RangeError('boom'); });
  assert.throws(() => failing());
  console.log(failing.mock.calls[0].error.name, failing.mock.calls[0].result);
});
test('mock.method and t.mock', async (t) => {
  const calc = { base: 10, add(x) { return this.base + x; } };
  const m = t.mock.method(calc, 'add');
  console.log(calc.add(5), m.mock.calls[0].arguments, m.mock.calls[0].this === calc);
  const m2 = mock.method(calc, 'add', (x) => -x);
  console.log(calc.add(5), m2.mock.callCount());
  m2.mock.restore();
  console.log(calc.add(1), typeof calc.add.mock);
  await t.test('restored after the test', () => {});
});
test('after the t.mock test', () => {});
test('a synchronous subtest not awaited', (t) => {
  t.test('finishes before its parent', () => { console.log('the subtest runs at once'); });
  console.log('then the rest of its parent');
});
test('test() inside a test', async () => {
  test('makes a subtest', () => {});
  await new Promise((resolve) => setTimeout(resolve, 1));
  test('also after an await', () => {});
});
