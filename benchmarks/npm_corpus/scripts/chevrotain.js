const { createToken, Lexer, CstParser } = require('chevrotain');
const WS = createToken({ name: 'WS', pattern: /\s+/, group: Lexer.SKIPPED });
const Num = createToken({ name: 'Num', pattern: /\d+(\.\d+)?/ });
const Plus = createToken({ name: 'Plus', pattern: /\+/ });
const Times = createToken({ name: 'Times', pattern: /\*/ });
const LP = createToken({ name: 'LP', pattern: /\(/ });
const RP = createToken({ name: 'RP', pattern: /\)/ });
const tokens = [WS, Num, Plus, Times, LP, RP];
const lexer = new Lexer(tokens);
class P extends CstParser {
  constructor() {
    super(tokens);
    const $ = this;
    $.RULE('expr', () => { $.SUBRULE($.term); $.MANY(() => { $.CONSUME(Plus); $.SUBRULE2($.term); }); });
    $.RULE('term', () => { $.SUBRULE($.atom); $.MANY(() => { $.CONSUME(Times); $.SUBRULE2($.atom); }); });
    $.RULE('atom', () => { $.OR([{ ALT: () => $.CONSUME(Num) }, { ALT: () => { $.CONSUME(LP); $.SUBRULE($.expr); $.CONSUME(RP); } }]); });
    this.performSelfAnalysis();
  }
}
const parser = new P();
function ev(n) {
  if (n.name === 'expr') return n.children.term.map(ev).reduce((a, b) => a + b);
  if (n.name === 'term') return n.children.atom.map(ev).reduce((a, b) => a * b);
  if (n.children.Num) return +n.children.Num[0].image;
  return ev(n.children.expr[0]);
}
for (const s of ['1 + 2 * 3', '(1 + 2) * 3.5', '2 * (3 + ']) {
  const lx = lexer.tokenize(s);
  parser.input = lx.tokens;
  const cst = parser.expr();
  console.log(s, lx.tokens.length, parser.errors.length ? parser.errors[0].name + ': ' + parser.errors[0].message : ev(cst));
}
