const meriyah = require('meriyah');
const sucrase = require('sucrase');
const coffee = require('coffeescript');
const ohm = require('ohm-js');
const src = 'export default class A<T> extends B { private x: number = 1; async *gen(): AsyncGenerator<T> { yield* other(); } } const el = <div className="x">{a ?? b}</div>; enum E { A, B = 5 } type Q = keyof A;';
console.log(sucrase.transform(src, { transforms: ['typescript', 'jsx', 'imports'] }).code);
const m = meriyah.parseModule('import x, {y as z} from "m"; export const f = async (a, ...b) => { for await (const q of a) await q; }; label: { break label; } class C { static #p; #m() {} static { this.#p = 1 } }', { ranges: true, loc: true, next: true });
console.log(JSON.stringify(m).length, m.body.map(n => n.type).join(','), m.body[2].loc.start.line, m.end);
try { meriyah.parseScript('let [a] = ; '); } catch (e) { console.log(e.constructor.name, e.message, e.index, e.line, e.column); }
console.log(coffee.compile('square = (x) -> x * x\nclass Animal\n  constructor: (@name) ->\n  speak: -> "#{@name} speaks"\nlist = (square n for n in [1..5] when n isnt 3)\nconsole.log list, new Animal("cat").speak()', { bare: true }));
try { coffee.compile('a = (->'); } catch (e) { console.log(e.name, e.message, e.location && e.location.first_line); }
const g = ohm.grammar(`Arith {
  Exp = AddExp
  AddExp = AddExp "+" MulExp  -- plus
         | AddExp "-" MulExp  -- minus
         | MulExp
  MulExp = MulExp "*" PriExp  -- times
         | PriExp
  PriExp = "(" Exp ")"  -- paren
         | number
  number = digit+
}`);
const sem = g.createSemantics().addOperation('eval', {
  AddExp_plus(a, _, b) { return a.eval() + b.eval(); }, AddExp_minus(a, _, b) { return a.eval() - b.eval(); },
  MulExp_times(a, _, b) { return a.eval() * b.eval(); }, PriExp_paren(_, e, __) { return e.eval(); }, number(d) { return parseInt(this.sourceString, 10); },
});
for (const s of ['1 + 2 * (3 - 1)', '10 - 4 - 3', '2 * (3 +']) { const r = g.match(s); console.log(s, r.succeeded() ? sem(r).eval() : r.message); }
