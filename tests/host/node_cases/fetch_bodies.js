'use strict';
// Response and Request bodies of every kind (async iterable, Buffer, Blob, DataView, streams), JSON with a BOM, URL normalisation, signals following
(async () => {
  const t = async (f) => { try { console.log(await f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
  await t(() => new Response((async function* () { yield 'a'; yield new Uint8Array([98]); })()).text());
  await t(() => new Response(Buffer.from('buf')).text());
  await t(() => new Response(new Blob(['x'], { type: 'Text/HTML' })).headers.get('content-type'));
  await t(() => new Response(new DataView(new ArrayBuffer(2))).arrayBuffer().then((b) => b.byteLength));
  await t(() => new Response('x', { headers: [['a', '1']], status: 201, statusText: 'Made' }).statusText);
  await t(() => new Response(null, { status: 204 }).status);
  await t(() => new Response('', { status: 600 }));
  await t(() => new Response('x').blob().then((b) => b.type));
  await t(() => new Request('http://a/', { method: 'POST', body: new Blob(['zz'], { type: 'a/b' }) }).headers.get('content-type'));
  await t(() => Response.json({ a: 1 }, { headers: { 'content-type': 'text/x' } }).headers.get('content-type'));
  await t(() => new Response('a').json());
  await t(() => new Response('\ufeff"bom"').json());
  await t(() => new Request(new Request('http://a/', { headers: { x: '1' } }), { method: 'PUT' }).headers.get('x'));
  await t(() => new Request('http://a/#frag').url);
  await t(() => new Request('HTTP://A/b c?d=e f').url);
  await t(() => String(new Request('http://a/').signal.aborted));
  await t(() => { const ac = new AbortController(); const r = new Request('http://a/', { signal: ac.signal }); ac.abort('why'); return r.signal.aborted + ' ' + r.signal.reason; });
  await t(() => new Headers({ 'Content-Type': 'a' }).get('content-TYPE'));
  await t(() => [...new Headers({ b: '1', a: '2', 'set-cookie': 'z' }).keys()].join());
  await t(() => new Response(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } })).text());
  await t(() => { const r = new Response('x'); r.body; return r.text(); });
  await t(() => new Response('x').body.constructor.name);
  await t(() => typeof new Response('x').body.getReader({ mode: 'byob' }));
})();
