import superjson from 'superjson';
import * as devalue from 'devalue';
const data = { d: new Date(86400000), m: new Map([['k', 1n]]), s: new Set([1, 'a']), u: undefined, re: /a+b/gi, n: NaN, i: -Infinity, z: -0, e: new Error('boom') };
const { json, meta } = superjson.serialize(data);
console.log(JSON.stringify(json), JSON.stringify(meta));
const back = superjson.parse(superjson.stringify(data));
console.log(back.d instanceof Date, back.d.toISOString(), back.m.get('k'), [...back.s], back.re.flags, Object.is(back.z, -0), back.e.message, 'u' in back);
const cyc = { a: [1, 2] }; cyc.self = cyc; cyc.b = cyc.a;
const s = devalue.stringify({ x: cyc, d: new Date(0), big: 10n, m: new Map([[1, 2]]), neg: -0, u: undefined });
console.log(s);
const p = devalue.parse(s); console.log(p.x.self === p.x, p.x.b === p.x.a, p.big, p.m.get(1), Object.is(p.neg, -0));
console.log(devalue.uneval({ a: 1, b: [new Date(1000), 'x</script>'], c: new Set([1]) }));
try { devalue.stringify({ f() {} }); } catch (e) { console.log(e.name, e.message); }
