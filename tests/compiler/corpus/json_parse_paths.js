// JSON.parse without a reviver (CPython's scanner, then the hand-written parser for what it leaves):
// duplicates, __proto__, integer keys, escapes and surrogates, numbers, errors, deep nesting.
var texts = ['{"a":1,"b":[1,2,{"c":null}],"a":3}', '[]', '{}', 'null', 'true', '"x"', '-0', '1e400', '12345678901234567890',
  '{"__proto__":{"x":1}}', '{"2":1,"1":2,"b":3,"0":4}', '"\\ud83d\\ude00"', '"\\ud800"', '"\ud83d\ude00"', '"a\\u0041\\n"',
  ' \t\n\r[1 , 2 ]\n', '[1,]', '{"a":1,}', 'NaN', 'Infinity', '[-Infinity]', '01', '1.', '.5', '+1', '"\t"', "'x'", '[1] x', '',
  '{"a" 1}', '"\\x41"', '{"k":[[[[null]]]],"n":-1.5e-7}', '"\\/"', '1E+2', '[1e-400]'];
var out = [];
for (var i = 0; i < texts.length; i++) {
  try {
    var v = JSON.parse(texts[i]);
    out.push(JSON.stringify(v, function (k, x) { return x === undefined ? 'UNDEF' : typeof x === 'number' && 1 / x === -Infinity ? '-0' : x; }).slice(0, 80),
             v !== null && typeof v === 'object' ? Object.keys(v).join('|') + ':' + Object.getPrototypeOf(v === null ? {} : v).constructor.name : typeof v);
  } catch (e) { out.push(e.name); }
}
var d = JSON.parse('['.repeat(3000) + ']'.repeat(3000)), depth = 0;
while (Array.isArray(d) && d.length) { d = d[0]; depth++; }
out.push(depth);
var o = JSON.parse('{"__proto__":[1]}'); out.push(Array.isArray(o.__proto__), Object.getPrototypeOf(o) === Object.prototype);
out.push(JSON.parse('[1,2]', function (k, v) { return typeof v === 'number' ? v * 10 : v; }).join());
out.push(JSON.parse('"\\ud83d\\ude00"').length, JSON.parse('"\\ud83d\\ude00"').charCodeAt(1));
JSON.stringify(out);
