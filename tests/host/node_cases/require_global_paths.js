// Module resolution beyond node_modules: NODE_PATH and $HOME/.node_modules (Module.globalPaths),
// require.resolve(request, { paths }), require.resolve.paths, module.paths and
// Module._nodeModulePaths. Runs itself again with NODE_PATH and HOME set.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const Module = require('module');
const dir = process.argv[2] === 'child' ? process.argv[3] : path.join(process.cwd(), 'rq');
const rel = (p) => (typeof p === 'string' ? p.split(dir).join('<rq>') : p);
if (process.argv[2] !== 'child') {
  const files = {
    'a/node_modules/foo/index.js': 'module.exports = "foo";',
    'b/node_modules/bar/index.js': 'module.exports = "bar";',
    'gp/gpkg/index.js': 'module.exports = "gpkg from NODE_PATH";',
    'home/.node_modules/hpkg/index.js': 'module.exports = "hpkg from ~/.node_modules";',
    'home/.node_libraries/lpkg/index.js': 'module.exports = "lpkg from ~/.node_libraries";',
    'c/rel.js': 'module.exports = "rel";',
  };
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  const env = { ...process.env, NODE_PATH: path.join(dir, 'gp'), HOME: path.join(dir, 'home') };
  const r = spawnSync(process.execPath, [__filename, 'child', dir], { env, encoding: 'utf8', cwd: dir });
  process.stdout.write(r.stdout);
  if (r.status !== 0) console.log('child failed', r.stderr);
} else {
  console.log(rel(require.resolve('foo', { paths: [path.join(dir, 'a')] })));
  console.log(rel(require.resolve('bar', { paths: [path.join(dir, 'a'), path.join(dir, 'b/x')] })));
  console.log(rel(require.resolve('./rel', { paths: [path.join(dir, 'a'), path.join(dir, 'c')] })));
  console.log(require.resolve('fs', { paths: ['/nope'] }));
  try { require.resolve('foo', { paths: [dir] }); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
  try { require.resolve('foo', { paths: 'x' }); } catch (e) { console.log(e.code, e.message); }
  console.log(require('gpkg'), require('hpkg'), require('lpkg'));
  console.log(rel(require.resolve('hpkg')));
  console.log(Module.globalPaths.slice(0, 3).map(rel), Module.globalPaths.length);
  console.log(require.resolve.paths('x').slice(-4, -1).map(rel));
  console.log(rel(module.paths[0]), module.paths.length === Module._nodeModulePaths(path.dirname(__filename)).length);
  console.log(Module._nodeModulePaths('/a/node_modules/b'), Module._nodeModulePaths('/'));
}
