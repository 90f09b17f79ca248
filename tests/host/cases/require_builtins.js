const assert = require('node:assert');
const util = require('util');
const EventEmitter = require('events');
assert.ok(true); assert.strictEqual(1, 1); assert.deepStrictEqual({a:[1,2]}, {a:[1,2]});
assert.throws(() => { throw new TypeError('x') }, TypeError);
assert.match('abc', /b/);
try { assert.strictEqual(1, 2); } catch (e) { console.log(e.message); console.log(e.code, e.name, e.operator); }
try { assert.deepStrictEqual({a:1,b:2}, {a:1,b:3}); } catch (e) { console.log(e.message); }
console.log(util.format('%s=%d', 'x', 5), util.inspect({a:{b:{c:{}}}}, {depth: 0}), util.isDeepStrictEqual([1],[1]));
const e = new EventEmitter(); e.on('hi', (x) => console.log('hi', x)); e.once('hi', () => console.log('once')); e.emit('hi', 1); e.emit('hi', 2);
console.log(e.listenerCount('hi'));
const j = require('./data.json'); console.log(j);
const m = require('./mod'); console.log(m.name, require('./mod') === m);
try { require('./nope') } catch (err) { console.log(err.code, err.message.split('\n')[0]); }
try { require('nope') } catch (err) { console.log(err.code); }
console.log(structuredClone({a:[1,{b:2}], m: new Map([[1,2]])}));
