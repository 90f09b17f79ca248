const url = require('url');
const cases = [
  ['https://user:pw@Example.COM:443/a/./b/../c?x=1&y=%20z#frag'],
  ['http://example.com:8080'], ['HTTP://EXAMPLE.com/%7Efoo'], ['http://[::1]:3000/x'], ['http://[2001:db8:0:0:1:0:0:1]/'],
  ['http://192.168.0.1/'], ['http://0x7f.1/'], ['http://999.1.1.1/'], ['file:///etc/passwd'], ['file:///C:/x/../y'],
  ['mailto:someone@example.com'], ['data:text/plain,hello world'], ['javascript:alert(1)'],
  ['../up/x?q#h', 'http://h/a/b/c'], ['//other/p', 'https://h/a'], ['?only', 'http://h/p?old#f'], ['#f2', 'http://h/p?q'],
  ['/abs', 'http://h/a/b'], ['sub', 'file:///dir/file'], ['http://h/a b/c?d e#f g'], ['http://h/ünï?ü=ö#ü'],
  ['http://münchen.de/'], ['ws://h:80/'], ['wss://h:443/'], ['ftp://h:21/'], ['not a url'], ['http://'], ['http://h:99999/'],
  ['foo://host/path'], ['foo:/path'], ['http://h\\a\\b'], ['  http://h/trim  '], ['http://h/%2e%2E/x'],
  ['http://a@b@c/'], ['http://h/?a=1&a=2&b'], ['blob:https://a.com/uuid'], ['http://1.2.3/'], ['http://h./'],
];
for (const [i, b] of cases) {
  try {
    const u = b === undefined ? new URL(i) : new URL(i, b);
    console.log(JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
  } catch (e) { console.log('ERR', e.code, e.message, JSON.stringify(i)); }
}
const u = new URL('https://example.org/p?a=1&b=2');
u.searchParams.append('c', 'x y'); u.searchParams.set('a', '9'); u.searchParams.delete('b');
console.log(u.href, [...u.searchParams], u.searchParams.toString(), u.searchParams.size);
u.pathname = '/new path'; u.hash = 'h'; u.port = '8443'; u.hostname = 'other.org'; u.protocol = 'http'; u.search = '?z=1';
console.log(u.href, String(u), JSON.stringify({ u }));
u.username = 'me'; u.password = 'p@ss'; console.log(u.href);
const sp = new URLSearchParams('q=a+b&r=%C3%A9&q=2&&e=');
console.log(sp.get('q'), sp.getAll('q'), sp.get('r'), sp.has('e'), sp.get('zz'), sp.toString());
sp.sort(); console.log(sp.toString());
console.log(new URLSearchParams({ a: 1, b: 'x&y' }).toString(), new URLSearchParams([['a', 'b'], ['c', '~!*()\'']]).toString());
console.log(url.fileURLToPath('file:///tmp/a%20b.txt'), url.pathToFileURL('/tmp/a b#c?d%e').href);
try { url.fileURLToPath('http://x/'); } catch (e) { console.log(e.code, e.message); }
try { url.fileURLToPath('file:///a%2fb'); } catch (e) { console.log(e.code, e.message); }
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'));
console.log(JSON.stringify(url.parse('http://user:pw@host.com:8080/p/a/t/h?query=string#hash')));
console.log(url.parse('/a?b=c', true).query, url.format({ protocol: 'https', hostname: 'ex.com', pathname: '/x', query: { a: 1 } }));
console.log(url.resolve('http://a/b/c', '../d'), url.resolve('/one/two', 'three'));
console.log(URL.canParse('x:'), URL.canParse('nope'));
console.log(u);
console.log(new URLSearchParams('a=1&b=2'));
console.log(require('querystring').parse('a=1&b=x%20y&a=2&c'), require('querystring').stringify({ x: [1, 2], y: 'é ', z: null }));
