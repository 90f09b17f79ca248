// Node's internal errors show their code in String(err) (a toString on their prototype, which
// tape's t.fail(err) and template literals use), and so does an AssertionError, whose name is
// an own property
const EE = require('events');
const assert = require('assert');
function show(fn) {
  try { fn(); } catch (e) {
    console.log(String(e).split('\n')[0]);
    console.log('  ', e.name, e.constructor.name, e instanceof Error, Object.keys(e),
      Object.getPrototypeOf(e) === e.constructor.prototype, typeof Object.getOwnPropertyDescriptor(e, 'toString'));
  }
}
show(() => new EE().on('x', null));
show(() => Buffer.alloc(-1));
show(() => Buffer.from('ab').readUInt8(5));
show(() => Buffer.from('x', 'nope'));
show(() => new EE().emit('error', 'plain'));
show(() => new TextDecoder('nope'));
show(() => assert.strictEqual(1, 2));
show(() => assert.match('a', /b/));
const e = new assert.AssertionError({ message: 'm' });
console.log(`${e}`, Object.getOwnPropertyNames(e), Object.getOwnPropertyDescriptor(e, 'name'));
console.log(Object.getOwnPropertyNames(assert.AssertionError.prototype));
try { require('fs').readFileSync('/no/such/file'); } catch (err) { console.log(String(err)); }
