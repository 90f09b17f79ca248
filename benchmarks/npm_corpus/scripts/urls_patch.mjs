import queryString from 'query-string';
import { URL as WURL, URLSearchParams as WUSP, parseURL, serializeURL } from 'whatwg-url';
import jsonpatch from 'fast-json-patch';
console.log(JSON.stringify(queryString.parse('?a=1&b=2&b=3&c&d=&e[]=x&e[]=y&f=1,2', { arrayFormat: 'bracket', parseNumbers: true, parseBooleans: true })));
console.log(queryString.stringify({ z: [1, 2], a: 'x y', b: null, c: undefined, d: '', e: 'ü&=' }, { arrayFormat: 'comma', sort: false }), queryString.stringifyUrl({ url: 'https://x.com/p?q=1#h', query: { r: 2 } }));
console.log(JSON.stringify(queryString.parseUrl('https://a.b/c?x=1&x=2#frag', { parseFragmentIdentifier: true })), queryString.pick('https://a.b?x=1&y=2&z=3', ['x', 'z']), queryString.exclude('https://a.b?x=1&y=2', ['x']));
for (const u of ['https://user:pw@EXAMPLE.com:443/a/../b/./c?q=1 2#f', 'http://[::ffff:192.168.0.1]/', 'file:///C:/x/../y', 'https://xn--nxasmq6b.com/', 'https://ĥéllo.例え.jp/p', 'http://0x7f.1/', 'blob:https://a.b/uuid', 'javascript:alert(1)', 'http://a.b/%7Efoo/%zz', 'https://a.b?x=%', 'ws://h:80/'])
  { try { const w = new WURL(u); console.log(w.href, w.host, w.origin, w.pathname); } catch (e) { console.log('ERR', u, e.constructor.name); } }
console.log(serializeURL(parseURL('HTTP://a.B/c d')), new WURL('../x?y#z', 'http://h/a/b/c').href, String(new WUSP('a=1&b=%20&a=3&c=%E2%82%AC').getAll('a')), new WUSP([['x', '1 2'], ['y', 'ü']]).toString());
const doc = { a: 1, b: { c: [1, 2, 3] }, d: 'x' };
const patch = [{ op: 'add', path: '/b/c/1', value: 9 }, { op: 'remove', path: '/d' }, { op: 'replace', path: '/a', value: { n: 1 } }, { op: 'move', from: '/b/c/0', path: '/e' }, { op: 'copy', from: '/a', path: '/f' }, { op: 'test', path: '/e', value: 1 }];
const res = jsonpatch.applyPatch(jsonpatch.deepClone(doc), patch); console.log(JSON.stringify(res.newDocument), JSON.stringify(jsonpatch.compare(doc, res.newDocument)));
console.log(JSON.stringify(jsonpatch.validate([{ op: 'bogus', path: '/x' }], doc)), jsonpatch.getValueByPointer(doc, '/b/c/2'));
const obs = { x: [1] }; const o = jsonpatch.observe(obs); obs.x.push(2); obs.y = 'n'; console.log(JSON.stringify(jsonpatch.generate(o)));
try { jsonpatch.applyPatch(doc, [{ op: 'test', path: '/a', value: 2 }]); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
