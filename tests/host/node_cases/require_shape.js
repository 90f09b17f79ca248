// require's and module's other members: module.require, require.resolve.paths,
// require.extensions, module.parent, Module._load, and require called with new
console.log(typeof module.require, typeof require.resolve.paths, typeof require.extensions, module.parent, typeof require('module')._load);
try { const u = new require('util'); console.log('constructible', typeof u.inspect); } catch (e) { console.log(e.message); }
console.log(require.resolve.paths('pk')[0].endsWith('node_modules'), require.resolve.paths('fs'), require.resolve.paths('./x').length);
console.log(Object.keys(require.extensions), require.extensions === require('module')._extensions);
const dep = require('./_require_shape_dep'); console.log(dep, module.require('./_require_shape_dep') === dep,
  require('module')._load('./_require_shape_dep', module) === dep);
console.log(module.children.length, module.children[0].parent === module);
