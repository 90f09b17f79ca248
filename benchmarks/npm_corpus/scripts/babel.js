const parser = require('@babel/parser'); const generate = require('@babel/generator').default; const traverse = require('@babel/traverse').default;
const ast = parser.parse('const a = <div>{x?.y ?? 1}</div>; function g(x: number): string { return `${x}`; }', {sourceType: 'module', plugins: ['jsx', 'typescript']});
traverse(ast, {Identifier(p) { if (p.node.name === 'x') p.node.name = 'renamed'; }});
console.log(generate(ast).code);
