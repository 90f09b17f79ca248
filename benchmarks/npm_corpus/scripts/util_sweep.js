// Calls every function of a few utility libraries with the same argument sets and prints a digest.
const util = require('util');
const samples = [[], [[3, 1, 2, 1]], [{a: 1, b: [2, 3]}, 'b'], ['Hello World-foo_bar', 2], [[1, [2, [3, [4]]]], 2], [x => x * 2, [1, 2, 3]], [[1, 2, 3], x => x % 2], [NaN, -0, 1e21], ['a,b,,c', ','], [new Map([[1, 2]]), new Set([1])], [{x: {y: {z: 1}}}, ['x', 'y', 'z']], [5, 3], ['  padded  '], [[{n: 'b', v: 2}, {n: 'a', v: 1}], 'n']];
function show(v, depth = 0) {
  if (typeof v === 'function') return 'fn' + v.length;
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'bigint') return v + 'n';
  if (v && typeof v === 'object') { if (depth > 2) return '{..}'; try { return util.inspect(v, {depth: 2, breakLength: Infinity, sorted: true}).slice(0, 200); } catch (e) { return 'inspect-error'; } }
  return String(v) + ':' + typeof v;
}
for (const [libName, lib] of [['lodash', require('lodash')], ['ramda', require('ramda')], ['underscore', require('underscore')]]) {
  const skip = new Set(['debounce', 'throttle', 'delay', 'defer', 'now', 'uniqueId', 'random', 'shuffle', 'sample', 'sampleSize', 'runInContext', 'mixin', 'noConflict', 'bindAll', 'templateSettings', 'after', 'before', 'invokeMap', 'times', 'range', 'rangeRight', 'repeat', 'memoize', 'iterate', 'until', 'partial', 'partialRight', 'tryCatch', 'memoizeWith', 'chain', 'tap', 'prototype', 'VERSION', 'restArguments']);
  let out = [];
  for (const k of Object.keys(lib).sort()) {
    const f = lib[k]; if (typeof f !== 'function' || skip.has(k)) continue;
    for (const args of samples) {
      let r; try { r = f(...args); if (typeof r === 'function' && libName === 'ramda') r = 'curried'; r = show(r); } catch (e) { r = 'throws ' + (e && e.constructor && e.constructor.name); }
      out.push(k + '(' + samples.indexOf(args) + ')=' + r);
    }
  }
  let h = 0; const s = out.join('\n'); for (let i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) >>> 0;
  console.log(libName, out.length, h); console.log(s);
}
