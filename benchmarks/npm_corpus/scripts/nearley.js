const nearley = require('nearley');
// hand-written compiled grammar (what nearleyc would emit)
function id(x) { return x[0]; }
const grammar = {
  Lexer: undefined,
  ParserRules: [
    {name: 'main', symbols: ['sum'], postprocess: id},
    {name: 'sum', symbols: ['sum', {literal: '+'}, 'prod'], postprocess: d => d[0] + d[2]},
    {name: 'sum', symbols: ['prod'], postprocess: id},
    {name: 'prod', symbols: ['prod', {literal: '*'}, 'num'], postprocess: d => d[0] * d[2]},
    {name: 'prod', symbols: ['num'], postprocess: id},
    {name: 'num$ebnf$1', symbols: [/[0-9]/]},
    {name: 'num$ebnf$1', symbols: ['num$ebnf$1', /[0-9]/], postprocess: d => d[0].concat([d[1]])},
    {name: 'num', symbols: ['num$ebnf$1'], postprocess: d => parseInt(d[0].join(''), 10)},
  ],
  ParserStart: 'main',
};
const p = new nearley.Parser(nearley.Grammar.fromCompiled(grammar));
p.feed('12+3*4+5');
console.log(p.results);
const p2 = new nearley.Parser(nearley.Grammar.fromCompiled(grammar));
try { p2.feed('1+*'); } catch (e) { console.log(e.message.split('\n')[0]); }
