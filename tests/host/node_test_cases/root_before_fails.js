// A before() hook at top level that throws fails every test with failureType hookFailed.
const test = require('node:test');
test.before(() => { throw new Error('root before failed'); });
test.after(() => console.log('root after'));
test('a', () => { console.log('a ran'); });
test('b', async () => { await 1; test('late inner', () => {}); });
