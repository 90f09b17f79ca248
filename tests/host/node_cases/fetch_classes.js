'use strict';
// Headers, Request, Response, FormData and fetch of data: URLs and bad URLs (no network)
const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message, e.code, e.cause && e.cause.message); } };
console.log(fetch.length, fetch.name, Headers.length, Request.length, Response.length, FormData.length);
t(() => new Headers({ 'a b': 'x' }));
t(() => new Headers({ 'a': 'x\n' }));
t(() => new Headers([['a']]));
t(() => new Headers(5));
t(() => new Headers('x'));
const h = new Headers({ B: ' 1 ', a: '2', 'set-cookie': 'x=1' }); h.append('b', '3'); h.append('Set-Cookie', 'y=2');
console.log([...h], h.get('B'), h.get('zz'), h.getSetCookie(), h.has('A'), String(h));
t(() => h.get());
t(() => Response.error().headers.set('a', 'b'));
t(() => new Response('x', { status: 99 }));
t(() => new Response('x', { status: 200, statusText: 'a\nb' }));
t(() => new Response('x', { status: 204 }));
t(() => new Request('/x'));
t(() => new Request('http://x/', { method: 'CONNECT' }));
t(() => new Request('http://x/', { method: 'GET', body: 'a' }));
t(() => new Request('http://x/', { method: 'bad method' }));
console.log(new Request('http://x/a/../b', { method: 'post' }).method, new Request('http://x/', { method: 'patch' }).method, new Request('http://x/', { method: 'Foo' }).method);
t(() => Response.redirect('http://x/', 200));
t(() => Response.redirect('/rel'));
const r = Response.redirect('http://x/y', 301); console.log(r.status, r.headers.get('location'), r.type);
t(() => r.headers.set('a', 'b'));
const j = Response.json({ a: 1 }, { status: 201 }); console.log(j.status, j.headers.get('content-type'));
const first = (async () => {
  const r1 = new Response('hello'); console.log(r1.bodyUsed, await r1.text(), r1.bodyUsed);
  try { await r1.text(); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { r1.clone(); } catch (e) { console.log(e.name + ': ' + e.message); }
  const r2 = new Response('{"x":1}'); const c = r2.clone(); console.log(await r2.json(), await c.text());
  const r3 = new Response(new Uint8Array([1,2,3])); console.log(new Uint8Array(await r3.arrayBuffer()));
  const r4 = new Response('abc', { headers: { 'content-type': 'text/plain' } }); const b = await r4.blob(); console.log(b.type, b.size);
  const fd = new FormData(); fd.append('a', '1'); fd.append('f', new Blob(['zz']), 'n.txt'); fd.set('a', '2');
  console.log([...fd].map(([k, v]) => [k, typeof v === 'string' ? v : v.name + ':' + v.size]));
  const r5 = new Response(fd); console.log(r5.headers.get('content-type').slice(0, 30));
  const fd2 = await r5.formData(); console.log([...fd2.keys()], fd2.get('f').name, await fd2.get('f').text());
  const r6 = new Response('a=1&b=%20x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }); console.log([...(await r6.formData())]);
  const r7 = new Response(new URLSearchParams('q=1')); console.log(r7.headers.get('content-type'));
  console.log(Object.prototype.toString.call(new Headers()), Object.prototype.toString.call(new Response()), Object.prototype.toString.call(new FormData()));
  const rq = new Request('http://x/', { method: 'POST', body: 'hi', headers: { 'X-A': '1' } }); console.log(rq.url, rq.headers.get('content-type'), await rq.text(), rq.bodyUsed, rq.redirect, rq.cache, rq.mode, rq.credentials, rq.signal instanceof AbortSignal);
  const res = new Response(null); console.log(res.body, res.status, res.ok, res.statusText, res.type, res.url, res.redirected);
  console.log(new Response('x').body instanceof ReadableStream);
  const d = await fetch('data:text/plain;charset=utf-8,hello%20world'); console.log(d.status, d.headers.get('content-type'), await d.text());
  try { await fetch('nope://x'); } catch (e) { console.log(e.name + ': ' + e.message, e.cause && e.cause.message); }
})();

const t2 = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name + ': ' + e.message, e.code, e.cause && e.cause.message); } };
t2(() => new Headers({ a: 'x\0y' }));
t2(() => new Headers({ a: '\u0100' }));
t2(() => new Headers().append('a'));
t2(() => new Request('http://x/', { redirect: 'nope' }));
t2(() => new Request('http://x/', { mode: 'navigate' }));
t2(() => new Request('http://x/', { signal: 5 }));
t2(() => new Request('http://u:p@x/'));
t2(() => new FormData(5));
t2(() => new FormData().append('a'));
t2(() => new FormData().append('a', 'b', 'c'));
t2(() => Response.json(undefined));
Response.prototype.text.call({}).catch((e) => console.log('rejected', e.name + ': ' + e.message, e.code));
t2(() => new Response(new ReadableStream(), {}).clone());
t2(() => new Request('http://x/', { method: 'POST', body: new ReadableStream() }));
t2(() => Headers.prototype.get.call({}, 'a'));
t2(() => new Response('', { headers: 5 }));
const fd = new FormData(); fd.append('b', new File(['x'], 'f.txt', {type:'text/x'})); fd.append('c', new Blob(['y'])); console.log(fd.get('b') instanceof File, fd.get('b').type, fd.get('c').name, fd.get('c') instanceof File);
const it = new Headers({a: '1'}).entries(); console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it, Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
first.then(async () => {
  try { await new Response('x').formData(); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { await new Response('{').json(); } catch (e) { console.log(e.name + ': ' + e.message); }
  const r = new Response('abc'); const rd = r.body.getReader(); console.log(r.bodyUsed, r.body.locked); await rd.read(); console.log(r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name + ': ' + e.message); }
  const r2 = new Response('abc'); r2.body.getReader(); try { await r2.text(); } catch (e) { console.log(e.name + ': ' + e.message); } console.log(r2.bodyUsed);
  const req = new Request('http://x/', { method: 'POST', body: 'zz' }); const req2 = new Request(req); console.log(req.bodyUsed, await req2.text());
  const ac = new AbortController(); ac.abort(); try { await fetch('http://127.0.0.1:9/', { signal: ac.signal }); } catch (e) { console.log(e.name + ': ' + e.message, e.code); }
  try { await fetch('http://127.0.0.1:9/'); } catch (e) { console.log(e.name + ': ' + e.message, e.cause.message); }
  try { await fetch('/rel'); } catch (e) { console.log(e.name + ': ' + e.message, e.cause && e.cause.message); }
  try { await fetch('file:///etc/passwd'); } catch (e) { console.log(e.name + ': ' + e.message, e.cause && e.cause.message); }
  const d = await fetch('data:;base64,aGk='); console.log(d.headers.get('content-type'), await d.text(), d.url, d.type, d.statusText);
  try { await fetch('data:,%'); } catch (e) { console.log(e.name + ': ' + e.message, e.cause && e.cause.message); }
  try { await fetch('data:;base64,a'); } catch (e) { console.log(e.name + ': ' + e.message, e.cause && e.cause.message); }
});

first.then(() => {
  const vm = require('vm');
  console.log('vm context:', vm.runInNewContext('[typeof fetch, typeof Headers, typeof Response, typeof FormData].join()'));
  const d = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  console.log('fetch property:', typeof d.value, d.writable, d.enumerable, d.configurable, Object.keys(globalThis).includes('fetch'));
  const h = new Headers([['b', '2'], ['a', '1'], ['c', '3']]);
  const keys = []; const it = h.keys(); keys.push(it.next().value); h.append('aa', '0'); for (const k of it) keys.push(k);
  console.log(keys, [...h.values()]);
  h.forEach(function (v, k, o) { console.log(k, v, o === h, this.x); }, { x: 'this' });
  console.log(new Headers(new Headers({ z: '1', Y: '2' })), new Headers(new Map([['m', 'v']])));
  const fd = new FormData(); fd.append('x', '1'); fd.append('x', '2'); fd.append('y', '3'); fd.set('x', '4');
  console.log([...fd.entries()], fd.getAll('x'), fd.has('y'), fd.get('nope')); fd.delete('y'); console.log([...fd.keys()], fd);
  console.log(Object.keys(Headers.prototype), Object.keys(Response.prototype));
});
