// Parsers over a real, large source file (lodash.js, ~540 KB): the AST's shape must match node's.
const fs = require('fs'); const acorn = require('acorn'); const esprima = require('esprima'); const { tokTypes } = acorn;
const src = fs.readFileSync(require.resolve('lodash/lodash.js'), 'utf8');
const ast = acorn.parse(src, {ecmaVersion: 'latest', locations: true});
let n = 0, h = 0; (function walk(x) { if (x && typeof x === 'object') { if (typeof x.type === 'string') { n++; for (let i = 0; i < x.type.length; i++) h = (h * 31 + x.type.charCodeAt(i)) | 0; } for (const k in x) walk(x[k]); } })(ast);
console.log('acorn', n, h, ast.body.length, ast.loc.end.line);
const toks = esprima.tokenize(src.slice(0, 100000)); console.log('esprima tokens', toks.length, toks[toks.length - 1].value);
const js = require('js-tokens'); let c = 0; for (const t of js(src)) if (t.type === 'IdentifierName') c++; console.log('js-tokens identifiers', c);
