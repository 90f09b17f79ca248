// new Module(id, parent) and module._compile(source, filename), as require-from-string and other
// packages use them: a module object with no file, its children, _compile's require resolving
// from the given file's folder and its return value; Module.wrap and Module.wrapper
const M = require('module');
const fs = require('fs');
fs.writeFileSync(__dirname + '/_module_constructor_dep.js', 'module.exports = 1');
console.log(typeof M, M === module.constructor, typeof M.wrap, M.wrap('x'), M.wrapper);
const m = new M('/x/y.js', module);
console.log(m.id, m.exports, m.loaded, m.parent === module, m.filename, Array.isArray(m.children), module.children.includes(m), m.path);
m.filename = __dirname + '/virtual.js';
m.paths = M._nodeModulePaths(__dirname);
console.log(m._compile("module.exports = require('path').basename(__filename) + require('./_module_constructor_dep'); return 7", m.filename), m.exports);
const e = new M(); console.log(JSON.stringify(e.id), e.path, e.parent, e.paths);
class Sub extends M {}; console.log(new Sub('a') instanceof Sub, Object.keys(new Sub('b')));
try { M('x'); } catch (err) { console.log(err.name, err.message); }
fs.unlinkSync(__dirname + '/_module_constructor_dep.js');
