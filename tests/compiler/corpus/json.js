var o = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u00e9\\n","d":true,"e":-1.5e2}');
var rev = JSON.parse('[1,2,3]', function (k, v) { return typeof v === 'number' ? v * 10 : v; });
[JSON.stringify(o), JSON.stringify(rev), JSON.stringify({ u: undefined, f: function () {}, n: NaN, d: [1, { x: 2 }].length }),
 JSON.stringify({ a: 1, b: [1, 2] }, null, 2), JSON.stringify({ a: 1, b: 2, c: 3 }, ['c', 'a']),
 JSON.stringify({ toJSON: function () { return 'custom'; } }), JSON.stringify('\ud800'), JSON.stringify([undefined])].join('\n')
