// url-parse, deep-diff, json-pointer, jsonpath, tldts, ip-address, ua-parser-js
const URLParse = require('url-parse');
const u = new URLParse('https://user:pw@sub.example.co.uk:8080/a/b/../c?x=1&y=two#frag', true);
console.log(u.protocol, u.username, u.hostname, u.port, u.pathname, JSON.stringify(u.query), u.hash);
u.set('pathname', '/new/path'); u.set('query', { q: 'a b', n: 3 });
console.log(u.toString());
console.log(new URLParse('../x/y?z', 'http://h.com/a/b/c').href);

const diff = require('deep-diff');
const lhs = { name: 'a', tags: ['x', 'y'], nested: { n: 1, m: [1, 2, 3] }, gone: true };
const rhs = { name: 'b', tags: ['x', 'z', 'w'], nested: { n: 2, m: [1, 3] }, added: null };
const d = diff(lhs, rhs);
console.log(JSON.stringify(d));
const target = JSON.parse(JSON.stringify(lhs));
d.forEach(ch => diff.applyChange(target, true, ch));
console.log(JSON.stringify(target) === JSON.stringify(rhs));

const pointer = require('json-pointer');
const doc = { a: { 'b/c': [10, 20, { d: 'e' }] }, '~t': 1 };
console.log(pointer.get(doc, '/a/b~1c/2/d'), pointer.get(doc, '/~0t'), JSON.stringify(pointer.dict(doc)));
pointer.set(doc, '/a/new/deep', 5); console.log(JSON.stringify(doc), pointer.has(doc, '/a/zz'));

const jp = require('jsonpath');
const store = { store: { book: [ { category: 'ref', author: 'Rees', title: 'Sayings', price: 8.95 },
  { category: 'fiction', author: 'Waugh', title: 'Sword', price: 12.99 },
  { category: 'fiction', author: 'Melville', title: 'Moby Dick', isbn: '0-553', price: 8.99 } ],
  bicycle: { color: 'red', price: 19.95 } } };
console.log(JSON.stringify(jp.query(store, '$..author')));
console.log(JSON.stringify(jp.query(store, '$..book[?(@.price<10)].title')));
console.log(JSON.stringify(jp.paths(store, '$..book[-1:]')), jp.value(store, '$..bicycle.color'));
console.log(JSON.stringify(jp.nodes(store, '$.store.book[0,2].price')));

const tldts = require('tldts');
for (const h of ['https://www.bbc.co.uk/news', 'http://a.b.github.io', 'mail.google.com', '127.0.0.1', 'http://xn--80ak6aa92e.com/'])
  console.log(JSON.stringify(tldts.parse(h)));

const { Address4, Address6 } = require('ip-address');
const a4 = new Address4('192.168.1.77/26');
console.log(a4.startAddress().address, a4.endAddress().address, a4.toHex(), a4.bigInt().toString(), a4.isInSubnet(new Address4('192.168.0.0/16')));
const a6 = new Address6('2001:db8::ff00:42:8329/64');
console.log(a6.correctForm(), a6.canonicalForm(), a6.startAddress().correctForm(), a6.getScope(), a6.to4().address);
console.log(Address6.fromAddress4('10.0.0.1').correctForm(), new Address6('::ffff:1.2.3.4').is4());

const { UAParser } = require('ua-parser-js');
for (const ua of ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0']) {
  const r = new UAParser(ua).getResult();
  console.log(r.browser.name, r.browser.version, r.os.name, r.os.version, r.device.type, r.device.vendor, r.engine.name, r.cpu.architecture);
}
