const stable = require('fast-json-stable-stringify');
const safe = require('json-stringify-safe');
const flatted = require('flatted');
const rfdc = require('rfdc')();
const { klona } = require('klona');
const deepmerge = require('deepmerge');
const objectPath = require('object-path');
const obj = { z: 1, a: [3, { y: 2, b: 1 }], m: { q: null, c: 'x' } };
console.log(stable(obj), stable(obj, { cmp: (a, b) => a.key < b.key ? 1 : -1 }));
const circ = { name: 'c', list: [1, 2] }; circ.self = circ; circ.list.push(circ);
console.log(safe(circ), safe(circ, null, 1, () => '[cyc]').length);
const f = flatted.stringify(circ); console.log(f); const back = flatted.parse(f); console.log(back.self === back, back.list[2] === back);
const d = new Date(0); const src = { d, re: /x/g, m: new Map([[1, { a: 1 }]]), s: new Set([1, 2]), arr: [[1], [2]] };
const c1 = rfdc(src), c2 = klona(src);
console.log(c1.d !== d, +c1.d, c1.m.get(1).a, c2.re.source, c2.re !== src.re, c2.s.has(2), c2.arr[1] !== src.arr[1]);
console.log(JSON.stringify(deepmerge({ a: [1], b: { c: 1 } }, { a: [2], b: { d: 2 } })),
  JSON.stringify(deepmerge.all([{ x: 1 }, { y: 2 }, { x: 3 }])),
  JSON.stringify(deepmerge({ a: [1, 2] }, { a: [3] }, { arrayMerge: (t, s) => s })));
const o = {}; objectPath.set(o, 'a.b.0.c', 5); objectPath.push(o, 'a.list', 1); objectPath.insert(o, 'a.list', 0, 0);
console.log(JSON.stringify(o), objectPath.get(o, ['a', 'b', 0, 'c']), objectPath.has(o, 'a.x'), objectPath.get(o, 'a.x', 'dflt'));
objectPath.del(o, 'a.b'); console.log(JSON.stringify(o), objectPath.coalesce(o, ['q', 'a.list'], 9));
