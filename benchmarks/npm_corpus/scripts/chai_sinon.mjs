import { expect, assert, should, AssertionError } from 'chai';
import sinon from 'sinon';
import FakeTimers from '@sinonjs/fake-timers';
should();
function tryIt(label, f) { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.message); } }
tryIt('eq', () => expect({ a: [1, 2, { b: 3 }] }).to.deep.equal({ a: [1, 2, { b: 3 }] }));
tryIt('neq', () => expect({ a: [1, 2, { b: 3 }] }).to.deep.equal({ a: [1, 2, { b: 4 }] }));
tryIt('chain', () => expect('foobar').to.be.a('string').that.includes('oba').and.has.lengthOf(6));
tryIt('num', () => expect(3.14159).to.be.closeTo(3.14, 0.001));
tryIt('throw', () => expect(() => { throw new TypeError('bad thing'); }).to.throw(TypeError, /bad/));
tryIt('keys', () => expect({ x: 1, y: 2 }).to.have.all.keys('x', 'y', 'z'));
tryIt('assert', () => assert.strictEqual(1, '1', 'strict'));
tryIt('should', () => (5).should.be.above(3).and.below(4));
tryIt('members', () => expect([3, 1, 2]).to.have.members([1, 2, 3]));
tryIt('map', () => expect(new Map([[1, 'a']])).to.deep.equal(new Map([[1, 'a']])));
tryIt('set', () => expect(new Set([1, 2])).to.include(2));
tryIt('nested', () => expect({ a: { b: [5, 6] } }).to.have.nested.property('a.b[1]', 6));
tryIt('own', () => expect(Object.create({ p: 1 })).to.have.own.property('p'));
tryIt('instanceof', () => expect(new AssertionError('m')).to.be.instanceOf(Error));
tryIt('satisfy', () => expect(10).to.satisfy(n => n % 5 === 0));
tryIt('sealed', () => expect(Object.freeze({})).to.be.frozen);
tryIt('oneOf', () => expect('b').to.be.oneOf(['a', 'c']));
tryIt('respond', () => expect(new Date(0)).to.respondTo('getTime'));
tryIt('NaN', () => expect(NaN).to.be.NaN);
tryIt('promise-ish', () => assert.typeOf(Promise.resolve(), 'promise'));

const obj = { greet(n) { return 'hi ' + n; }, add(a, b) { return a + b; } };
const spy = sinon.spy(obj, 'greet');
obj.greet('ann'); obj.greet('bob');
console.log(spy.callCount, spy.calledWith('bob'), spy.firstCall.args, spy.returnValues, spy.calledTwice);
spy.restore();
const stub = sinon.stub(obj, 'add');
stub.withArgs(1, 2).returns(99); stub.callThrough();
console.log(obj.add(1, 2), obj.add(2, 2), stub.callCount);
stub.onThirdCall().throws(new RangeError('third'));
try { obj.add(0, 0); } catch (e) { console.log('stub threw', e.name, e.message); }
stub.restore();
const fake = sinon.fake.resolves(42);
fake(1).then(v => console.log('fake resolves', v, fake.lastArg));
const mock = sinon.mock(obj); mock.expects('greet').once().withArgs('z').returns('mocked');
console.log(obj.greet('z')); mock.verify(); console.log('mock verified');
try { sinon.assert.calledOnce(sinon.spy()); } catch (e) { console.log('assert', e.name, e.message.split('\n')[0]); }
const m = sinon.match({ a: sinon.match.number, b: sinon.match.string });
console.log(m.test({ a: 1, b: 'x' }), m.test({ a: '1', b: 'x' }));

const clock = sinon.useFakeTimers({ now: Date.UTC(2024, 0, 1) });
const log = [];
setTimeout(() => log.push('t100:' + Date.now()), 100);
const iv = setInterval(() => log.push('iv:' + new Date().toISOString()), 250);
setTimeout(() => { log.push('nested'); setTimeout(() => log.push('inner'), 10); }, 300);
clock.tick(320); clearInterval(iv); clock.tick(1000);
console.log(log.join(' | '));
console.log(new Date().toISOString(), performance.now() >= 0);
clock.restore();

const c2 = FakeTimers.createClock(1000);
const order = [];
c2.setTimeout(() => order.push('a'), 50); c2.setTimeout(() => order.push('b'), 20); c2.setImmediate?.(() => order.push('imm'));
c2.runAll(); console.log(order.join(','), c2.now);
const c3 = FakeTimers.withGlobal(globalThis).install({ toFake: ['setTimeout', 'Date'], now: 0 });
const p = new Promise(r => setTimeout(() => r(Date.now()), 5000));
await c3.tickAsync(5000); console.log('async tick', await p);
c3.uninstall();
console.log(typeof setTimeout(() => {}, 0), 'done');
