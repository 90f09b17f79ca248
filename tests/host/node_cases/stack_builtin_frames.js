// Frames of built-in functions in stack traces, as V8 shows them: 'at Array.map (<anonymous>)'
// for the built-ins that call back into JS, none for Function.prototype.call/apply, bound
// functions, Reflect.apply/construct, getters and valueOf; the CallSite API on such frames.
function top(f) {
  try { f(); } catch (e) {
    return e.stack.split('\n').slice(1, 4).map((s) => {
      s = s.trim();
      const paren = s.indexOf(' (');
      return paren < 0 ? 'at <file>' : s.slice(0, paren) + (s.endsWith('(<anonymous>)') ? ' (<anonymous>)' : '');
    }).join(' | ');
  }
  return 'no throw';
}
const thrower = () => { throw new Error('x'); };
const cases = {
  map: () => [1].map(thrower),
  forEach: () => [1].forEach(thrower),
  reduce: () => [1, 2].reduce(thrower),
  reduceEmpty: () => [].reduce((a) => a),
  sort: () => [2, 1].sort(thrower),
  filter: () => [1].filter(thrower),
  replace: () => 'a'.replace('a', thrower),
  replaceRe: () => 'a'.replace(/a/, thrower),
  replaceAll: () => 'aa'.replaceAll('a', thrower),
  jsonParse: () => JSON.parse('{"a":1}', thrower),
  jsonParseBad: () => JSON.parse('{bad'),
  jsonStringify: () => JSON.stringify({ toJSON: thrower }),
  reflectApply: () => Reflect.apply(thrower, null, []),
  reflectConstruct: () => Reflect.construct(function F() { throw new Error('x'); }, []),
  call: () => thrower.call(null),
  apply: () => thrower.apply(null, []),
  bind: () => thrower.bind(null)(),
  arrayFrom: () => Array.from([1], thrower),
  find: () => [1].find(thrower),
  some: () => [1].some(thrower),
  every: () => [1].every(thrower),
  mapForEach: () => new Map([[1, 2]]).forEach(thrower),
  setForEach: () => new Set([1]).forEach(thrower),
  getter: () => Object.defineProperty({}, 'x', { get: thrower }).x,
  toString: () => String({ toString: thrower }),
  valueOf: () => 1 + { valueOf: thrower },
  objectKeys: () => Object.keys(new Proxy({}, { ownKeys: thrower })),
  typedMap: () => new Uint8Array(1).map(thrower),
  strSplit: () => 'a'.split({ [Symbol.split]: thrower }),
  flatMap: () => [1].flatMap(thrower),
  nullProp: () => [1].map(() => null.x),
  promiseExecutor: () => { let err; new Promise(() => { try { thrower(); } catch (e) { err = e; } }); throw err; },
  subclass: () => { class E2 extends Error {} [1].map(() => { throw new E2('s'); }); },
};
for (const [k, f] of Object.entries(cases)) console.log(k.padEnd(18), top(f));

Error.prepareStackTrace = (e, cs) => cs;
function describe(cs) {
  return [cs.getFunctionName(), cs.getTypeName(), cs.getMethodName(), cs.getFileName(), cs.getLineNumber(),
    cs.getColumnNumber(), cs.isNative(), cs.isToplevel(), cs.isEval(), cs.isConstructor(),
    cs.getScriptNameOrSourceURL(), typeof cs.getThis(), typeof cs.getFunction(), String(cs)].map(String).join(' | ');
}
console.log(describe([1].map(() => new Error('a').stack)[0][1]));
console.log(describe(JSON.parse('[1]', function () { return new Error('b').stack; })[1]));
let executorStack;
new Promise(() => { executorStack = new Error('c').stack; });
console.log(describe(executorStack[1]));
Error.prepareStackTrace = undefined;
// code that Function() compiles names its caller, not Function's own frame, as made by 'eval at'
const origin = (f) => { try { f(); } catch (e) { return /eval at ([^ ]+)/.exec(e.stack)[1]; } return 'no throw'; };
console.log('evalOrigin', origin(function viaFunction() { Function('throw new Error("x")')(); }),
  origin(function viaNew() { new Function('throw new Error("x")')(); }));
// a generator's next shows under the generator function's name; yield* resumes through it
function* gen1(n) { if (n === 0) yield new Error('g').stack; else yield* gen1(n - 1); }
console.log('generator', gen1(2).next().value.split('\n').slice(1, 7).map((s) => s.trim().split(' (')[0]).join(' | '));
