const vm = require('node:vm');
const src = 'function add(a, b) { return a + b; }\nconst x = add(1, 2);\nx';
const script = new vm.Script(src);
const without = script.createCachedData();
script.runInThisContext();
const withAdd = script.createCachedData();
const s2 = new vm.Script(src, { cachedData: withAdd });
console.log(s2.cachedDataRejected, s2.runInNewContext(), without.length > 0);
const s3 = new vm.Script(src + ';', { cachedData: without });
console.log(s3.cachedDataRejected);
const s4 = new vm.Script(src, { produceCachedData: true });
console.log(s4.cachedDataProduced, s4.cachedData.length > 0);
const f = vm.compileFunction('return a + b', ['a', 'b'], { produceCachedData: true });
console.log(f.cachedDataProduced, f(2, 3));
const g = vm.compileFunction('return a + b', ['a', 'b'], { cachedData: f.cachedData });
console.log(g.cachedDataRejected, g(2, 3));
console.log(Object.prototype.toString.call(withAdd), withAdd instanceof Uint8Array);
const view = new DataView(withAdd.buffer, withAdd.byteOffset, withAdd.byteLength);
console.log(new vm.Script(src, { cachedData: view }).cachedDataRejected);
const copy = new Uint8Array(withAdd.length + 4);
copy.set(withAdd, 2);
console.log(new vm.Script(src, { cachedData: copy.subarray(2, 2 + withAdd.length) }).cachedDataRejected);
try { new vm.Script(src, { cachedData: [1, 2, 3] }); } catch (e) { console.log(e.code); }
try { new vm.Script(src, { cachedData: 'x' }); } catch (e) { console.log(e.code); }
