const P = require('parsimmon'); const A = require('arcsecond');
const Lang = P.createLanguage({
  Value: (r) => P.alt(r.Number, r.Symbol, r.List, r.String),
  Number: () => P.regexp(/-?[0-9]+(\.[0-9]+)?/).map(Number).desc('number'),
  Symbol: () => P.regexp(/[a-z+\-*/<>=?!]+/).desc('symbol'),
  String: () => P.regexp(/"((?:\\.|[^"\\])*)"/, 1).map((s) => s.replace(/\\(.)/g, '$1')),
  List: (r) => P.string('(').then(P.sepBy(r.Value, P.whitespace)).skip(P.string(')')),
  File: (r) => r.Value.trim(P.optWhitespace).many(),
});
console.log(JSON.stringify(Lang.File.tryParse('(define (sq x) (* x x)) (sq 4.5) "a\\"b"')));
const res = Lang.File.parse('(a (b c) 1'); console.log(res.status, JSON.stringify(res.index), JSON.stringify(res.expected));
console.log(P.formatError('(a (b c) 1', res));
const csv = P.sepBy(P.sepBy(P.regexp(/[^,\n]*/), P.string(',')), P.newline); console.log(JSON.stringify(csv.tryParse('a,b\n1,,3')));
const seq = P.seqObj(['k', P.letters], P.string('='), ['v', P.digits.map(Number)]); console.log(JSON.stringify(seq.sepBy(P.string(';')).tryParse('ab=1;c=22')));
const expr = P.lazy(() => P.seqMap(term, P.seq(P.regexp(/\s*[+-]\s*/).map((s) => s.trim()), term).many(), (a, rest) => rest.reduce((acc, [op, b]) => (op === '+' ? acc + b : acc - b), a)));
const term = P.lazy(() => P.seqMap(factor, P.seq(P.regexp(/\s*[*/]\s*/).map((s) => s.trim()), factor).many(), (a, rest) => rest.reduce((acc, [op, b]) => (op === '*' ? acc * b : acc / b), a)));
const factor = P.alt(P.regexp(/\d+/).map(Number), P.string('(').then(expr).skip(P.string(')')));
console.log(expr.tryParse('2 * (3 + 4) - 10 / 4'), JSON.stringify(P.index.chain((s) => P.string('x').map(() => s)).parse('x').value));
const { str, digits, letters, sequenceOf, choice, many1, sepBy, char, between, recursiveParser, coroutine, optionalWhitespace } = A;
const kv = sequenceOf([letters, char(':'), digits]).map(([k, , v]) => [k, +v]);
console.log(JSON.stringify(sepBy(char(','))(kv).run('a:1,bb:22,c:3')));
const arr = recursiveParser(() => between(char('['))(char(']'))(sepBy(char(','))(choice([digits.map(Number), arr]))));
console.log(JSON.stringify(arr.run('[1,[2,[3]],4]').result), JSON.stringify(arr.run('[1,x]')));
const co = coroutine((run) => { const n = run(digits); run(optionalWhitespace); const w = run(many1(letters)); return { n: +n, w }; }); console.log(JSON.stringify(co.run('42 hello').result));
