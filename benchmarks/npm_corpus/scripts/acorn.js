const acorn = require('acorn');
const ast = acorn.parse('const f = async (a, {b = 2, ...c}) => { for await (const x of y) z(x); }; class A { #p = 1; static { } get [k]() { return this.#p ?? 0n } }', {ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true});
console.log(JSON.stringify(ast).length, ast.body.map(n => n.type));
try { acorn.parse('let let = 1', {ecmaVersion: 2020}); } catch (e) { console.log(e.message); }
const toks = [...acorn.tokenizer('a = /re/g + `t${1}`', {ecmaVersion: 2022})].map(t => t.type.label); console.log(toks);
