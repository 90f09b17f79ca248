var log = [];
Object.prototype.toJSON = undefined; console.log(JSON.stringify({a: [1, {b: 2}]})); delete Object.prototype.toJSON;
Object.defineProperty(Object.prototype, 'toJSON', {get() { log.push('get'); return undefined }, configurable: true});
console.log(JSON.stringify({a: 1}), log.length); delete Object.prototype.toJSON;
Array.prototype.toJSON = function () { return 'arr' }; console.log(JSON.stringify({a: [1]})); delete Array.prototype.toJSON;
var p = new Proxy({x: 1}, {get(t, k) { log.push('proxy ' + String(k)); return t[k] }}); console.log(JSON.stringify(p), log.join());
var o = Object.create({toJSON() { return 'inh' }}); console.log(JSON.stringify([o]), JSON.stringify({d: new Date(0)}), JSON.stringify(10n === 10n ? {} : 0));
