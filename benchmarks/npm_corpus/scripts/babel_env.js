const babel = require('@babel/core');
const src = 'const f = async (a, { b = 1, ...rest } = {}) => { for (const x of [...a]) await x; return a?.b ?? `t${b}`; };\nclass A extends B { #p = 1; static s = 2; m() { return super.m() ** 2; } get [k]() {} }\nlet { x, ...y } = o; label: for (let i = 0; i < 3; i++) setTimeout(() => i);\n';
const r = babel.transformSync(src, { babelrc: false, configFile: false, presets: [['@babel/preset-env', { targets: { ie: '11' }, modules: 'commonjs' }]], filename: 'x.js' });
console.log(r.code);
const r2 = babel.transformSync('export default function* g() { yield* [1, 2]; }\nexport const z = 2n ** 3n;', { babelrc: false, configFile: false, presets: [['@babel/preset-env', { targets: { chrome: '60' } }]], filename: 'y.mjs', sourceMaps: true });
console.log(r2.code); console.log(r2.map.mappings.length > 20);
const ast = babel.parseSync('a => a * 2', { babelrc: false, configFile: false }); console.log(ast.program.body[0].expression.type);
const r3 = babel.transformFromAstSync(ast, 'a => a * 2', { babelrc: false, configFile: false, plugins: [() => ({ visitor: { BinaryExpression(p) { if (p.node.operator === '*') p.node.operator = '+'; } } })] }); console.log(r3.code);
