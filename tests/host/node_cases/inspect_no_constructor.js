// An object whose prototype chain has no named constructor but does not end at once: node
// prints its class name and its prototype's name, or the prototype at depth -1 (pyjsvm printed
// an empty name: " { a: 1 }").
const util = require('util');
const nullProto = Object.create(null);
const o = Object.create(nullProto); o.a = 1;
console.log(o);
const filled = Object.create(null); filled.x = 1;
console.log(Object.create(filled), [Object.create(filled)]);
const q = Object.create(Object.create(Object.create(null)));
console.log(q, {x: {y: {z: q}}});
console.log(util.inspect(o, {colors: true}));
const fn = function f() {}; Object.setPrototypeOf(fn, Object.create(null));
console.log(fn, [fn]);
console.log(util.format('%o|%O', o, o));
try { require('path').join(o); } catch (e) { console.log(e.code, e.message.replace(/\n/g, ' ')); }
