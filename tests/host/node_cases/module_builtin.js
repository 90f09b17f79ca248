// require('module'): createRequire, isBuiltin, builtinModules; require() of an ES module
// that exports 'module.exports' gives that export (as yargs-parser 22 relies on)
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { createRequire, isBuiltin, builtinModules } = Module;
fs.writeFileSync('data.json', '{"v": 42}');
fs.mkdirSync('sub', { recursive: true });
fs.writeFileSync('sub/data.json', '{"v": "sub"}');
console.log(typeof Module, module.constructor === Module, Module.Module === Module);
const r1 = createRequire(path.join(process.cwd(), 'x.js'));
console.log(r1('./data.json').v, typeof r1.resolve, r1.resolve('./data.json') === path.join(process.cwd(), 'data.json'));
console.log(createRequire(path.join(process.cwd(), 'sub') + '/')('./data.json').v);
console.log(createRequire('file://' + path.join(process.cwd(), 'sub', 'y.js'))('./data.json').v);
console.log(createRequire(new URL('file://' + path.join(process.cwd(), 'sub', 'y.js')))('./data.json').v);
console.log(isBuiltin('fs'), isBuiltin('node:path'), isBuiltin('fs/promises'), isBuiltin('nope'), isBuiltin(5));
console.log(Array.isArray(builtinModules), builtinModules.includes('path'), builtinModules.includes('module'));
for (const bad of ['rel', 5, undefined]) {
  try { createRequire(bad); } catch (e) { console.log(e.code, e.message); }
}
fs.writeFileSync('esm_default.mjs', "const parse = (s) => s.split(','); export { parse as 'module.exports' }; export const other = 1;\n");
fs.writeFileSync('esm_plain.mjs', 'export const a = 1; export default 2;\n');
const parse = require('./esm_default.mjs');
console.log(typeof parse, parse('a,b'));
const ns = require('./esm_plain.mjs');
console.log(ns.a, ns.default, ns[Symbol.toStringTag], Object.keys(ns), ns.__esModule, ns === require('./esm_plain.mjs'));
// with a default export, require() adds __esModule (unless the module has its own): transpiled
// CommonJS (_interopRequireDefault) then finds the default export
const interop = (obj) => (obj && obj.__esModule ? obj : { default: obj });
console.log(interop(require('./esm_plain.mjs')).default);
fs.writeFileSync('esm_live.mjs', 'export let n = 1; export default function bump() { n += 1; }\n');
const live = require('./esm_live.mjs');
live.default();
console.log(live.n, Object.keys(live));
fs.writeFileSync('esm_own.mjs', 'export const __esModule = false; export default 3;\n');
console.log(Object.keys(require('./esm_own.mjs')), require('./esm_own.mjs').__esModule);
fs.writeFileSync('esm_nodefault.mjs', 'export const x = 1;\n');
console.log(Object.keys(require('./esm_nodefault.mjs')));
