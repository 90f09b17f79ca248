// util.inspect(process) has node's shape: the same own properties in the same order, and the
// kinds of values node shows for them (values themselves differ between machines).
const util = require('util');
const top = util.inspect(process).split('\n').filter((l) => /^  [\w$]/.test(l));
const kind = (l) => {
  const v = l.replace(/^  [\w$]+: /, '');
  if (v.startsWith('[Function')) return 'function';
  if (v.startsWith('[Getter')) return v.replace(/,$/, '');
  if (v.startsWith("'")) return 'string';
  if (/^-?\d/.test(v)) return 'number';
  return v.replace(/,$/, '').slice(0, 1);
};
for (const l of top) {
  const name = l.match(/^  ([\w$]+)/)[1];
  console.log(name, name === 'mainModule' ? 'module' : kind(l));  // node shows a Module as a plain object
}
console.log(util.inspect(process).startsWith('process {'), Object.prototype.toString.call(process));
console.log(process.release.name, Object.keys(process.release).join());
console.log(typeof process.getuid(), process.umask() >= 0, process.getBuiltinModule('node:path') === require('path'),
  process.getBuiltinModule('fs') === require('fs'), process.getBuiltinModule('nope'));
process.exitCode = 3;
console.log(process.exitCode);
process.exitCode = undefined;
try { process.exitCode = 'x'; } catch (e) { console.log(e.code); }
console.log(process.kill(process.pid, 0), Object.keys(process.resourceUsage()).join());
console.log(process.features.uv, process.allowedNodeEnvironmentFlags instanceof Set, process.mainModule === module);
require('fs').writeFileSync('.env.test', 'A_FROM_ENV=1\n# comment\nexport B_FROM_ENV="two words"\n');
process.loadEnvFile('.env.test');
console.log(process.env.A_FROM_ENV, process.env.B_FROM_ENV);
