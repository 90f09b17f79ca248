// package.json "imports" (#specifiers) from CommonJS and ES modules, as chalk 5 uses them
// (the package is written to proj/ first: node caches the package.json lookups it has made)
const fs = require('fs');
fs.mkdirSync('proj/lib/pat', { recursive: true });
fs.mkdirSync('proj/node_modules/dep-pkg', { recursive: true });
fs.writeFileSync('proj/package.json', JSON.stringify({
  name: 'imports-case',
  imports: {
    '#a': './lib/a.js',
    '#cond': { import: './lib/esm.mjs', require: './lib/cjs.js' },
    '#pat/*': './lib/pat/*.js',
    '#dep': 'dep-pkg',
  },
}));
fs.writeFileSync('proj/lib/a.js', "module.exports = 'a:' + require('#pat/x');");
fs.writeFileSync('proj/lib/cjs.js', "module.exports = 'cjs';");
fs.writeFileSync('proj/lib/esm.mjs', "import a from '#a'; import dep from '#dep'; export default 'esm'; export const both = [a, dep];");
fs.writeFileSync('proj/lib/pat/x.js', "module.exports = 'x';");
fs.writeFileSync('proj/node_modules/dep-pkg/index.js', "module.exports = 'dep';");
fs.writeFileSync('proj/main.js', `
console.log(require('#a'), require('#cond'), require('#pat/x'), require('#dep'));
for (const bad of ['#missing', '#', '#/x']) {
  try { require(bad); } catch (e) { console.log(e.code, e.message.split(process.cwd()).join('.')); }
}
import('#cond').then((m) => console.log(m.default, m.both));
import('#nope').catch((e) => console.log(e.code));
`);
require('./proj/main.js');
