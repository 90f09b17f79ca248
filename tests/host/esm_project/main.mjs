// An ES module project run by both pyjsvm and node: the outputs must be equal.
import { strictEqual } from 'node:assert';
import path from 'node:path';
import vm from 'node:vm';
import cjs, { named } from './lib.cjs';
import data from './data.json' with { type: 'json' };
import pkg, { feature } from 'pkg';
import sub from 'pkg/sub';
import plain from 'plain';
import { even } from './cycle_even.mjs';
import { odd } from './cycle_odd.mjs';
import { ready } from './tla.mjs';
import * as ns from './typed/index.js';
import { counter, increment } from './live.mjs';

console.log('cjs', cjs.kind, named);
console.log('json', data.name, data.list.length);
console.log('pkg', pkg, feature(), sub);
console.log('plain', plain.main);
console.log('cycle', even(10), odd(7));
console.log('tla', ready);
console.log('typed', Object.keys(ns), ns.default, ns[Symbol.toStringTag]);
console.log('live', counter, (increment(), counter));
strictEqual(typeof vm.runInNewContext, 'function');
console.log('meta', import.meta.url.startsWith('file://'), path.basename(import.meta.filename),
            import.meta.dirname === path.dirname(import.meta.filename),
            import.meta.resolve('./lib.cjs').endsWith('/lib.cjs'));
const dyn = await import('./dynamic.mjs');
console.log('dynamic', dyn.default, dyn.value);
const fromCjs = await cjs.loadEsm();
console.log('from cjs', fromCjs.value);
try {
  await import('./missing.mjs');
} catch (e) {
  console.log('missing', e.code);
}
try {
  await import('./data.json');
} catch (e) {
  console.log('no attribute', e.code);
}
console.log('typeof require', typeof require, typeof module, typeof exports, this);
