// Byte streams: ReadableByteStreamController, BYOB readers and requests, byte tee, Blob.stream().
const log = (...a) => console.log(...a);
(async () => {
  // BYOB reads with respond
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('pull', req ? req.view.byteLength : null, c.desiredSize);
      if (req) { req.view[0] = 65 + n; req.view[1] = 66 + n; req.respond(2); }
      else c.enqueue(new Uint8Array([1, 2, 3]));
      if (++n === 3) c.close();
    },
  });
  const r = rs.getReader({ mode: 'byob' });
  let res = await r.read(new Uint8Array(8));
  log(res.value, res.done, res.value.buffer.byteLength);
  res = await r.read(new Uint16Array(4));
  log(res.value, res.done);
  res = await r.read(new Uint8Array(4));
  log(res.value, res.done);
  res = await r.read(new Uint8Array(4));
  log(res.value, res.done);
  log(rs);
  // default reader on a byte stream, enqueue before read
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3])); c.close(); } });
  const d = rs2.getReader();
  log(await d.read(), await d.read(), await d.read());
  // BYOB read collecting queued bytes across chunks, with min
  const rs3 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3, 4, 5])); } });
  const b3 = rs3.getReader({ mode: 'byob' });
  log(await b3.read(new Uint8Array(4)));
  log(await b3.read(new Uint8Array(4)));
  // autoAllocateChunkSize
  const rs4 = new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 4, pull(c) { const v = c.byobRequest.view; v[0] = 9; c.byobRequest.respond(1); c.close(); } });
  const d4 = rs4.getReader();
  log(await d4.read(), await d4.read());
  // respondWithNewView
  const rs5 = new ReadableStream({ type: 'bytes', pull(c) { const v = c.byobRequest.view; c.byobRequest.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 1).fill(7)); } });
  const b5 = rs5.getReader({ mode: 'byob' });
  log(await b5.read(new Uint8Array(3)));
  // enqueue while a BYOB read is pending
  let ctl;
  const rs6 = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const b6 = rs6.getReader({ mode: 'byob' });
  const p6 = b6.read(new Uint8Array(2));
  ctl.enqueue(new Uint8Array([5, 6, 7]));
  log(await p6, ctl.desiredSize);
  log(await b6.read(new Uint8Array(2)));
  // cancel with a pending BYOB read
  const rs7 = new ReadableStream({ type: 'bytes', cancel(r) { log('cancel', r); } });
  const b7 = rs7.getReader({ mode: 'byob' });
  const p7 = b7.read(new Uint8Array(2));
  await b7.cancel('stop');
  log(await p7);
  // tee of a byte stream
  const [t1, t2] = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1])); c.enqueue(new Uint8Array([2])); c.close(); } }).tee();
  log(t1, await t1.getReader({ mode: 'byob' }).read(new Uint8Array(4)));
  const out = []; for await (const c of t2) out.push(...c); log(out);
  // error
  const rs8 = new ReadableStream({ type: 'bytes', pull(c) { c.error(new Error('byte error')); } });
  try { await rs8.getReader({ mode: 'byob' }).read(new Uint8Array(1)); } catch (e) { log(e.message); }
  // release with pending read
  const rs9 = new ReadableStream({ type: 'bytes' });
  const b9 = rs9.getReader({ mode: 'byob' });
  const p9 = b9.read(new Uint8Array(1)).catch((e) => log('released', e.code, e.message));
  b9.releaseLock();
  await p9;
  log(new Blob(['ab']).stream());
  const br = new Blob(['abc', 'de']).stream().getReader({ mode: 'byob' });
  log(await br.read(new Uint8Array(2)), await br.read(new Uint8Array(10)));
  for await (const c of ReadableStream.from([1]).pipeThrough(new TransformStream())) log(c);
  const view = new Uint8Array(4);
  const rsx = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1])); } });
  const bx = rsx.getReader({ mode: 'byob' });
  await bx.read(view);
  log(view.byteLength, view.buffer.byteLength);
  const empty = new Blob([]).stream().getReader({ mode: 'byob' });
  log(await empty.read(new Uint8Array(2)));
  const errors = {
  sizeFn: () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }),
  enqueueNotView: () => { let c; new ReadableStream({ type: 'bytes', start(x) { c = x; } }); c.enqueue('x'); },
  enqueueEmpty: () => { let c; new ReadableStream({ type: 'bytes', start(x) { c = x; } }); c.enqueue(new Uint8Array(0)); },
  enqueueClosed: () => { let c; new ReadableStream({ type: 'bytes', start(x) { c = x; } }); c.close(); c.enqueue(new Uint8Array(1)); },
  closeTwice: () => { let c; new ReadableStream({ type: 'bytes', start(x) { c = x; } }); c.close(); c.close(); },
  byobReadNotView: () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read('x'),
  byobReadEmpty: () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0)),
  byobReleased: () => { const r = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }); r.releaseLock(); return r.read(new Uint8Array(1)); },
  autoAlloc0: () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
  respondTooBig: async () => { const s = new ReadableStream({ type: 'bytes', pull(c) { c.byobRequest.respond(100); } }); await s.getReader({ mode: 'byob' }).read(new Uint8Array(4)); },
  ctorBYOBReq: () => new ReadableStreamBYOBRequest(),
  byobCtorOnDefault: () => new ReadableStreamBYOBReader(new ReadableStream()),
  };
  for (const [k, f] of Object.entries(errors)) {
    try {
      const r = f();
      if (r && r.then) { try { await r; log(k, 'resolved'); } catch (e) { log(k, 'rejects', e.name, e.code, e.message); } } else log(k, 'ok');
    } catch (e) { log(k, 'throws', e.name, e.code, e.message); }
  }
  log(Object.getOwnPropertyNames(ReadableByteStreamController.prototype), Object.getOwnPropertyNames(ReadableStreamBYOBReader.prototype), Object.getOwnPropertyNames(ReadableStreamBYOBRequest.prototype));
})();
