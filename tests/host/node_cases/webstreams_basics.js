// Web streams (node:stream/web and the globals): reading, writing, transforming, the order in
// which their promises settle, backpressure, cancel and abort with reasons.
const web = require('node:stream/web');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setTimeout(r, 0));

async function ordering() {
  log('--- ordering');
  const order = [];
  const rs = new ReadableStream({
    start(c) { order.push('start'); c.enqueue('a'); },
    pull(c) { order.push('pull ' + c.desiredSize); c.enqueue('b'); if (order.length > 4) c.close(); },
    cancel(r) { order.push('cancel'); },
  }, { highWaterMark: 2 });
  order.push('constructed');
  const reader = rs.getReader();
  const p1 = reader.read().then((r) => order.push('read1 ' + JSON.stringify(r)));
  const p2 = reader.read().then((r) => order.push('read2 ' + JSON.stringify(r)));
  Promise.resolve().then(() => order.push('micro1')).then(() => order.push('micro2')).then(() => order.push('micro3'));
  await Promise.all([p1, p2]);
  order.push('both');
  let r;
  while (!(r = await reader.read()).done) order.push('more ' + r.value);
  await reader.closed;
  order.push('closed');
  log(order.join(' | '));
}

// each step's position among microtask ticks counted by a poller
async function ticks() {
  log('--- ticks');
  const seen = [];
  const wait = () => new Promise((r) => setTimeout(r, 5));
  const poll = () => { let n = 0; const f = () => { seen.push(n); if (n++ < 12) queueMicrotask(f); }; f(); };
  const flush = (name) => { log(name, seen.join(' ')); seen.length = 0; };
  let r = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }).getReader();
  poll(); r.read().then(() => seen.push('R')); r.read().then(() => seen.push('R2'));
  await wait(); flush('read');
  const from = ReadableStream.from(['a']).getReader();
  poll(); from.read().then((v) => seen.push('read ' + v.value)); from.read().then((v) => seen.push('done ' + v.done));
  await wait(); flush('from');
  let it = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }).values();
  poll(); it.next().then(() => seen.push('N')); it.next().then(() => seen.push('N2'));
  await wait(); flush('next');
  it = new ReadableStream({ start(c) { c.enqueue('x'); } }).values();
  poll(); it.return().then(() => seen.push('RET'));
  await wait(); flush('return');
  const ws = new WritableStream({ write(c) { seen.push('write ' + c); }, close() { seen.push('close'); } });
  poll();
  new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }).pipeTo(ws).then(() => seen.push('piped'));
  await wait(); flush('pipeTo');
  const ts = new TransformStream({ transform(c, ctl) { seen.push('transform'); ctl.enqueue(c); }, flush() { seen.push('flush'); } });
  const tw = ts.writable.getWriter(); const tr = ts.readable.getReader();
  poll();
  tw.write('x').then(() => seen.push('written')); tw.close().then(() => seen.push('closed'));
  tr.read().then((v) => seen.push('read ' + v.value)); tr.read().then((v) => seen.push('read2 ' + v.done));
  await wait(); flush('transform');
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
  poll();
  (async () => { for await (const x of rs) seen.push('it ' + x); seen.push('it done'); })();
  await wait(); flush('for await');
  const w = new WritableStream({ write(c) { seen.push('write ' + c); }, close() { seen.push('close'); } }).getWriter();
  poll();
  w.ready.then(() => seen.push('ready'));
  w.write('x').then(() => seen.push('written')); w.close().then(() => seen.push('closed')); w.closed.then(() => seen.push('closedP'));
  await wait(); flush('writer');
}

async function backpressure() {
  log('--- backpressure');
  const writes = [];
  let release;
  const ws = new WritableStream({
    write(chunk) { writes.push(chunk); return new Promise((r) => { release = r; }); },
    close() { writes.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  log('desired', w.desiredSize, ws.locked);
  const ps = [w.write(1), w.write(2), w.write(3)];
  log('desired after 3', w.desiredSize);
  let readySettled = false;
  w.ready.then(() => { readySettled = true; });
  await tick();
  log('writes', writes, 'ready?', readySettled);
  release(); await tick();
  log('writes', writes, 'desired', w.desiredSize, 'ready?', readySettled);
  release(); await tick(); release(); await tick();
  await Promise.all(ps);
  await w.close();
  log('writes', writes, 'desired', w.desiredSize);
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
  log(bl.highWaterMark, bl.size(new Uint8Array(4)), new CountQueuingStrategy({ highWaterMark: 3 }).size());
  const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(4)); log('desired', c.desiredSize); c.enqueue(new Uint8Array(8)); log('desired', c.desiredSize); } }, bl);
  log(rs.locked);
}

async function transform() {
  log('--- transform');
  const upper = new TransformStream({
    start() { log('t start'); },
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); c.enqueue('|'); },
    flush(c) { c.enqueue('!'); log('t flush'); },
  });
  const src = ReadableStream.from(['a', 'b', 'c']);
  const out = [];
  for await (const x of src.pipeThrough(upper)) out.push(x);
  await tick();
  log(out.join(''), src.locked);
  const ts = new TransformStream();
  const w = ts.writable.getWriter();
  log('ts desired', w.desiredSize);
  const wp = w.write('x');
  log('ts desired after write', w.desiredSize);
  const r = ts.readable.getReader();
  log(await r.read(), await wp, w.desiredSize);
  w.close();
  log(await r.read());
  const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
  const tw = term.writable.getWriter();
  tw.write(1);
  const tr = term.readable.getReader();
  log(await tr.read(), await tr.read());
  try { await tw.write(2); } catch (e) { log('after terminate', e.name, e.message); }
}

async function pipes() {
  log('--- pipeTo');
  const got = [];
  const src = new ReadableStream({ start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); } });
  await src.pipeTo(new WritableStream({ write(x) { got.push(x); }, close() { got.push('closed'); } }));
  log(got);
  // an error in the source aborts the destination
  const bad = new ReadableStream({ start(c) { c.enqueue('x'); c.error(new Error('source broke')); } });
  try {
    await bad.pipeTo(new WritableStream({ abort(r) { log('dest abort:', r.message); } }));
  } catch (e) { log('pipeTo rejected:', e.message); }
  // an error in the destination cancels the source
  const src2 = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log('source cancel:', r.message); } });
  try {
    await src2.pipeTo(new WritableStream({ write() { throw new Error('sink broke'); } }));
  } catch (e) { log('pipeTo rejected:', e.message); }
  // preventClose
  const dest = new WritableStream({ close() { log('never'); } });
  await ReadableStream.from([1]).pipeTo(dest, { preventClose: true });
  log('preventClose: dest locked?', dest.locked);
  // an abort signal
  const ac = new AbortController();
  let stopped = false;
  const slow = new ReadableStream({ pull(c) { return new Promise((r) => setTimeout(() => { if (!stopped) c.enqueue(1); r(); }, 5)); },
    cancel(r) { stopped = true; log('cancelled by signal:', r); } });
  const p = slow.pipeTo(new WritableStream({ abort(r) { log('aborted by signal:', r); } }), { signal: ac.signal });
  setTimeout(() => ac.abort('enough'), 20);
  try { await p; } catch (e) { log('signal rejected:', e); }
}

async function tee() {
  log('--- tee');
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  const ra = [], rb = [];
  for await (const x of a) ra.push(x);
  for await (const x of b) rb.push(x);
  log(ra, rb);
  let reason;
  const src = new ReadableStream({ cancel(r) { reason = r; } });
  const [c, d] = src.tee();
  const pc = c.cancel('one');
  await tick();
  log('after one cancel', reason);
  await d.cancel('two');
  await pc;
  log('both cancelled', reason);
}

async function iteration() {
  log('--- iteration');
  const rs = new ReadableStream({ pull(c) { c.enqueue(Math.random()); }, cancel(r) { log('cancel on break', r); } });
  let n = 0;
  for await (const x of rs) { if (++n === 3) break; }
  log(n, rs.locked);
  const rs2 = ReadableStream.from((async function* () { yield 1; yield 2; })());
  const it = rs2.values({ preventCancel: true });
  log(await it.next(), await it.return('r'), rs2.locked);
  const from = ReadableStream.from(new Set(['x', 'y']));
  const vals = [];
  for await (const x of from) vals.push(x);
  log(vals);
  const gen = ReadableStream.from((function* () { yield 1; throw new Error('gen broke'); })());
  try { for await (const x of gen) log('gen', x); } catch (e) { log('iteration error', e.message); }
}

async function cancelAbort() {
  log('--- cancel and abort');
  const rs = new ReadableStream({ cancel(r) { log('source cancel', r); return 'ignored'; } });
  log(await rs.cancel('reason1'));
  const r = rs.getReader();
  log(await r.read(), await r.closed);
  const errored = new ReadableStream({ start(c) { c.error(new TypeError('bad')); } });
  await errored.cancel().catch((e) => log('cancel errored:', e.message));
  const ws = new WritableStream({ abort(r) { log('sink abort', r); } });
  const w = ws.getWriter();
  const closed = w.closed.catch((e) => log('closed rejects with', e));
  await w.abort('stop');
  await closed;
  try { await w.write(1); } catch (e) { log('write after abort', e); }
  const ws2 = new WritableStream({ start(c) { setTimeout(() => c.error(new Error('sink error')), 1); } });
  const w2 = ws2.getWriter();
  await tick(); await tick();
  try { await w2.write('x'); } catch (e) { log('write after controller.error', e.message, w2.desiredSize); }
  const ws3 = new WritableStream({ write(c, ctl) { log('signal aborted?', ctl.signal.aborted); return tick(); } });
  const w3 = ws3.getWriter();
  w3.write('a').catch((e) => log('pending write rejects with', e));
  await w3.abort('why');
  log('released', (w3.releaseLock(), ws3.locked));
  const r2 = new ReadableStream().getReader();
  const pending = r2.read().catch((e) => log('pending read on release', e.name, e.code));
  r2.releaseLock();
  await pending;
  await r2.closed.catch((e) => log('closed after release', e.code, e.message));
}

async function encoding() {
  log('--- text and compression');
  const te = new TextEncoderStream();
  const tw = te.writable.getWriter();
  tw.write('h\u00e9'); tw.write('\ud83d'); tw.write('\ude00!'); tw.close();
  const bytes = [];
  for await (const c of te.readable) bytes.push(...c);
  log(bytes, te.encoding);
  const td = new TextDecoderStream();
  const dw = td.writable.getWriter();
  dw.write(new Uint8Array([0x68, 0xc3])); dw.write(new Uint8Array([0xa9, 0xf0, 0x9f])); dw.write(new Uint8Array([0x98, 0x80])); dw.close();
  const parts = [];
  for await (const s of td.readable) parts.push(s);
  log(parts, td.encoding, td.fatal, td.ignoreBOM);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const text = 'hello hello hello hello web streams';
    const packed = ReadableStream.from([new TextEncoder().encode(text)]).pipeThrough(new CompressionStream(format));
    const unpacked = packed.pipeThrough(new DecompressionStream(format)).pipeThrough(new TextDecoderStream());
    let s = '';
    for await (const x of unpacked) s += x;
    log(format, s === text);
  }
  const fromText = new CompressionStream('deflate');
  const textWriter = fromText.writable.getWriter();
  textWriter.write('text is compressed as UTF-8 \u00e9');
  textWriter.close();
  const packedText = [];
  for await (const c of fromText.readable) packedText.push(...c);
  log(require('zlib').inflateSync(Buffer.from(packedText)).toString());
  const ds = new DecompressionStream('gzip');
  const readErr = (async () => { try { for await (const c of ds.readable) log(c); } catch (e) { log('read', e.name, e.code, e.message); } })();
  const w = ds.writable.getWriter();
  await w.write(new Uint8Array([1, 2, 3, 4, 5])).then(() => log('write ok'));
  await w.close().catch((e) => log('close', e.code, e.message));
  await readErr;
}

async function shapes() {
  log('--- shapes');
  log(Object.keys(web));
  for (const k of Object.keys(web)) if (globalThis[k] !== web[k]) log('global differs', k);
  log(new ReadableStream(), new WritableStream(), new CountQueuingStrategy({ highWaterMark: 3 }));
  log(new TransformStream());
  log(Object.prototype.toString.call(new ReadableStream()), String(new WritableStream().getWriter()));
  log(ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
  log(Object.getOwnPropertyNames(ReadableStream.prototype), Object.getOwnPropertyNames(WritableStream.prototype));
  for (const C of Object.values(web)) {
    log(C.name, Object.keys(C.prototype).join(','), '|', Object.keys(C).join(','), JSON.stringify(Object.getOwnPropertyDescriptor(C.prototype, Symbol.toStringTag)));
  }
  log(Object.keys(Object.getPrototypeOf(new ReadableStream().values())));
  log(Object.getOwnPropertyNames(ReadableStreamDefaultReader.prototype), Object.getOwnPropertyNames(WritableStreamDefaultWriter.prototype));
  log(Object.getOwnPropertyNames(ReadableStreamDefaultController.prototype), Object.getOwnPropertyNames(TransformStreamDefaultController.prototype));
  const errors = {
    lockedGetReader: () => { const s = new ReadableStream(); s.getReader(); s.getReader(); },
    lockedCancel: () => { const s = new ReadableStream(); s.getReader(); return s.cancel(); },
    badThis: () => ReadableStream.prototype.getReader.call({}),
    badMode: () => new ReadableStream().getReader({ mode: 'x' }),
    badType: () => new ReadableStream({ type: 'x' }),
    badHWM: () => new ReadableStream({}, { highWaterMark: -1 }),
    readerReleased: () => { const s = new ReadableStream(); const r = s.getReader(); r.releaseLock(); return r.read(); },
    enqueueClosed: () => { let c; new ReadableStream({ start(x) { c = x; } }); c.close(); c.enqueue(1); },
    wLocked: () => { const w = new WritableStream(); w.getWriter(); w.getWriter(); },
    wAbortLocked: () => { const w = new WritableStream(); w.getWriter(); return w.abort(); },
    writerReleased: () => { const w = new WritableStream(); const wr = w.getWriter(); wr.releaseLock(); return wr.write(1); },
    writeClosing: () => { const w = new WritableStream(); const wr = w.getWriter(); wr.close(); return wr.write(1); },
    closeTwice: () => { const w = new WritableStream(); const wr = w.getWriter(); wr.close(); return wr.close(); },
    pipeToLocked: () => { const s = new ReadableStream(); s.getReader(); return s.pipeTo(new WritableStream()); },
    pipeToNotWritable: () => new ReadableStream().pipeTo({}),
    pipeThroughBad: () => new ReadableStream().pipeThrough({}),
    teeLocked: () => { const s = new ReadableStream(); s.getReader(); s.tee(); },
    fromNumber: () => ReadableStream.from(5),
    controllerCtor: () => new ReadableStreamDefaultController(),
    readerCtor: () => new ReadableStreamDefaultReader({}),
    strategyInit: () => new CountQueuingStrategy(),
    strategyMissing: () => new CountQueuingStrategy({}),
    readableType: () => new TransformStream({ readableType: 'bytes' }),
    badFormat: () => new DecompressionStream('x'),
    negativeSize: () => { let c; new ReadableStream({ start(x) { c = x; } }, { size() { return -1; } }); c.enqueue(1); },
    startNotFunction: () => new ReadableStream({ start: 5 }),
    sinkType: () => new WritableStream({ type: 'x' }),
    strategyNumber: () => new ReadableStream({}, 5),
  };
  for (const [k, f] of Object.entries(errors)) {
    try {
      const r = f();
      if (r && typeof r.then === 'function') {
        try { await r; log(k, 'resolved'); } catch (e) { log(k, 'rejects', e.name, e.code, e.message); }
      } else log(k, 'ok');
    } catch (e) { log(k, 'throws', e.name, e.code, e.message); }
  }
}

(async () => {
  for (const f of [ordering, ticks, backpressure, transform, pipes, tee, iteration, cancelAbort, encoding, shapes]) await f();
})();
