// The messages of TypeErrors and RangeErrors that built-ins and class constructors throw, as
// node 20 (V8) words them: incompatible receivers (how the receiver shows), Array methods
// called on null or undefined, ToIndex's range errors of typed arrays, ArrayBuffer, DataView
// and Atomics, weak collections' invalid keys, Symbol's and Date's this checks, a derived
// class whose parent is not a constructor (also once its constructor runs hot).
const cases = [
  'Map.prototype.get.call("abc")', 'Map.prototype.get.call(1.5)', 'Map.prototype.get.call(undefined)',
  'Map.prototype.get.call(Symbol("q"))', 'Map.prototype.get.call(new (class Foo {}))', 'Map.prototype.get.call(Object.create(null))',
  'Map.prototype.get.call(new Set)', 'Map.prototype.get.call(1n)', 'Set.prototype.has.call([], 1)', 'new Set().add.call({}, 1)',
  'Object.getOwnPropertyDescriptor(Map.prototype, "size").get.call(new Set)', 'Object.getOwnPropertyDescriptor(Set.prototype, "size").get.call(1)',
  'ArrayBuffer.prototype.slice.call([])', 'ArrayBuffer.prototype.slice.call({})', '[].values().next.call({})', 'new Map().keys().next.call({})', 'new Set().values().next.call(1)',
  'WeakMap.prototype.get.call({})', 'WeakSet.prototype.add.call({})', 'WeakRef.prototype.deref.call({})', 'FinalizationRegistry.prototype.register.call({})',
  'new WeakMap().set(1, 1)', 'new WeakMap([[1, 1]])', 'new WeakSet().add(1)', 'new WeakRef(1)', 'new FinalizationRegistry(() => {}).register(1)',
  'Array.prototype.forEach.call(undefined)', 'Array.prototype.map.call(null)', 'Array.prototype.indexOf.call(null)', 'Array.prototype.concat.call(null)',
  'Array.prototype.reduce.call(null)', 'Array.prototype.findLast.call(undefined)', 'Array.prototype.join.call(null)',
  'new Uint8Array(-1)', 'new Float64Array(-5)', 'new Uint8Array(2**53)', 'new Uint8Array(new ArrayBuffer(4), -1)', 'new Uint8Array(new ArrayBuffer(4), 0, -1)',
  'new ArrayBuffer(-1)', 'new SharedArrayBuffer(-1)', 'new ArrayBuffer(1, { maxByteLength: -1 })', 'new DataView(new ArrayBuffer(4), -1)',
  'new DataView(new ArrayBuffer(4), 0, -1)', 'new DataView(new ArrayBuffer(4)).getInt8(-1)', 'new DataView(new ArrayBuffer(4)).setInt8(-1, 0)',
  'Atomics.load(new Int32Array(4), -1)',
  'Symbol.prototype.toString.call(1)', 'Symbol.prototype.valueOf.call(1)', 'Object.getOwnPropertyDescriptor(Symbol.prototype, "description").get.call(1)',
  'Symbol.prototype[Symbol.toPrimitive].call(1)', 'Symbol.keyFor(1)',
  'Date.prototype.getTime.call({})', 'Date.prototype.getUTCDay.call(1)', 'Date.prototype.valueOf.call({})', 'Date.prototype.toISOString.call(1)',
  'Date.prototype.setTime.call({}, 1)', 'Date.prototype[Symbol.toPrimitive].call(1)', 'Date.prototype.toJSON.call({})', 'Date.prototype.getYear.call({})',
  'class A extends null {}; new A', 'var B = class extends null {}; new B', 'new (class extends null {})',
  'class C extends Object { constructor() { super() } }; Object.setPrototypeOf(C, Math.max); new C',
  'class D extends Object {}; Object.setPrototypeOf(D, null); new D', 'class E extends Object { constructor() { super() } }; Object.setPrototypeOf(E, {}); new E',
];
for (const c of cases) {
  try { (0, eval)(c); console.log('no error:', c) } catch (e) { console.log(c, '=>', e.constructor.name, '|', e.message) }
}
class P {}
class K extends P { constructor(x) { super(); this.x = x } }
for (let i = 0; i < 6; i++) new K(i);
Object.setPrototypeOf(K, null);
try { new K(1) } catch (e) { console.log('hot:', e.message) }
