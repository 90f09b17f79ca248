// jison, @lezer/javascript, buble, jshint
const jison = require('jison');
const grammar = {
  lex: { rules: [['\\s+', '/* skip */'], ['[0-9]+(?:\\.[0-9]+)?\\b', "return 'NUMBER'"], ['\\*', "return '*'"], ['\\/', "return '/'"], ['-', "return '-'"],
    ['\\+', "return '+'"], ['\\^', "return '^'"], ['\\(', "return '('"], ['\\)', "return ')'"], ['$', "return 'EOF'"]] },
  operators: [['left', '+', '-'], ['left', '*', '/'], ['left', '^'], ['left', 'UMINUS']],
  bnf: { expressions: [['e EOF', 'return $1']],
    e: [['e + e', '$$ = $1 + $3'], ['e - e', '$$ = $1 - $3'], ['e * e', '$$ = $1 * $3'], ['e / e', '$$ = $1 / $3'], ['e ^ e', '$$ = Math.pow($1, $3)'],
      ['- e', '$$ = -$2', { prec: 'UMINUS' }], ['( e )', '$$ = $2'], ['NUMBER', '$$ = Number(yytext)']] } };
const parser = new jison.Parser(grammar);
console.log(['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-4 + 10 / 4', '7 - 2 - 1'].map(s => parser.parse(s)).join());
try { parser.parse('1 + * 2'); } catch (e) { console.log(e.message.split('\n').slice(0, 3).join(' / ')); }
const src = parser.generate({ moduleType: 'commonjs' });
console.log(src.length > 1000, typeof new Function('require', 'exports', 'module', src));

(async () => {
  const { parser: jsParser } = await import('@lezer/javascript');
  const code = 'const f = (a, b = 2) => { for (const x of a) if (x > b) return `v${x}`; }\nclass A extends B { #p = 1; get q() { return this.#p } }';
  const tree = jsParser.parse(code);
  const out = [];
  tree.iterate({ enter(n) { if (n.name !== 'Script' && out.length < 60) out.push(n.name + (n.node.firstChild ? '' : '=' + code.slice(n.from, n.to))); } });
  console.log(out.join(' '));
  console.log(tree.length, tree.topNode.childAfter(0).name, String(tree).slice(0, 200));
  const bad = jsParser.parse('let x = (1 + ;');
  let errs = 0; bad.iterate({ enter(n) { if (n.type.isError) errs++; } }); console.log('errors', errs, String(bad));
  const tsParser = jsParser.configure({ dialect: 'ts jsx' });
  console.log(String(tsParser.parse('let x: number = <A b={1}/>;')));

  const buble = require('buble');
  const r = buble.transform('const {a, ...rest} = obj; class K extends P { constructor(x) { super(x); this.y = [...x, `t${x}`]; } static m() { return (x) => x ** 2 } }\nfor (const [k, v] of Object.entries(o)) console.log(k, v);', { transforms: { dangerousForOf: true }, objectAssign: 'Object.assign' });
  console.log(r.code); console.log(JSON.stringify(r.map.mappings.slice(0, 40)));
  try { buble.transform('let x = ;'); } catch (e) { console.log(e.name, e.message.split('\n')[0], JSON.stringify(e.loc)); }

  const { JSHINT } = require('jshint');
  JSHINT('function f(a) {\n  x = a == null\n  var y = 1; var y = 2;\n  return eval("1")\n}\nwith (o) {}\n', { undef: true, eqeqeq: true, esversion: 6, unused: true }, { console: false });
  console.log(JSHINT.errors.filter(Boolean).map(e => `${e.line}:${e.character} ${e.code} ${e.reason}`).join('\n'));
  const data = JSHINT.data(); console.log(JSON.stringify(data.functions.map(f => [f.name, f.param, f.line])), JSON.stringify(data.implieds), JSON.stringify(data.unused));
})();
