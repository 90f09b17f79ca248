// Web streams at their edges: pipeTo options and signals, a closed destination, highWaterMark 0,
// tee and from() with errors and cancellation, throwing size functions, desiredSize after close.
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setTimeout(r, 0));
(async () => {
  // pipeTo: preventCancel with a failing destination
  const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log('never cancelled'); } });
  try { await src.pipeTo(new WritableStream({ write() { throw new Error('w'); } }), { preventCancel: true }); } catch (e) { log('rejected', e.message, src.locked); }
  // preventAbort with a failing source
  const bad = new ReadableStream({ start(c) { c.error(new Error('r')); } });
  const dest = new WritableStream({ abort() { log('never aborted'); } });
  try { await bad.pipeTo(dest, { preventAbort: true }); } catch (e) { log('rejected', e.message, dest.locked); }
  // an already aborted signal
  const ac = new AbortController(); ac.abort();
  try { await new ReadableStream().pipeTo(new WritableStream(), { signal: ac.signal }); } catch (e) { log(e.name, e.message); }
  // a closed destination
  const closed = new WritableStream(); await closed.close();
  try { await new ReadableStream({ cancel(r) { log('cancel reason', r.message); } }).pipeTo(closed); } catch (e) { log(e.name, e.message); }
  // highWaterMark 0 writer
  const w0 = new WritableStream({}, { highWaterMark: 0 }).getWriter();
  log(w0.desiredSize);
  let ready = false; w0.ready.then(() => { ready = true; });
  await tick(); log('ready with hwm 0?', ready);
  // transform with readable strategy
  const ts = new TransformStream({}, undefined, { highWaterMark: 2 });
  const tw = ts.writable.getWriter();
  log(tw.desiredSize); await tw.write('a'); log(tw.desiredSize); tw.write('b'); tw.write('c'); await tick(); log(tw.desiredSize);
  // tee with an error
  const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('tee err')); } }).tee();
  try { for await (const x of a) log('a', x); } catch (e) { log('a error', e.message); }
  try { for await (const x of b) log('b', x); } catch (e) { log('b error', e.message); }
  // from: async generator cancelled
  const gen = (async function* () { try { yield 1; yield 2; } finally { log('generator finally'); } })();
  const rs = ReadableStream.from(gen);
  for await (const x of rs) { log('from', x); break; }
  // reader.read after cancel, desiredSize after close/error
  let ctl; const rs2 = new ReadableStream({ start(c) { ctl = c; } });
  ctl.enqueue('q'); log(ctl.desiredSize); ctl.close(); log(ctl.desiredSize);
  const r2 = rs2.getReader(); log(await r2.read(), ctl.desiredSize, await r2.read());
  let ctl3; new ReadableStream({ start(c) { ctl3 = c; } }); ctl3.error('x'); log(ctl3.desiredSize);
  // size function throwing
  let c4; const rs4 = new ReadableStream({ start(c) { c4 = c; } }, { size() { throw new Error('size boom'); } });
  try { c4.enqueue(1); } catch (e) { log('enqueue threw', e.message); }
  await rs4.getReader().closed.catch((e) => log('stream errored', e.message));
  // a writer's write with a throwing size
  const w5 = new WritableStream({}, { size() { throw new Error('wsize'); } }).getWriter();
  await w5.write(1).catch((e) => log('write rejected', e.message));
  log(await w5.closed.catch((e) => 'closed: ' + e.message));
  log(new ReadableStream().getReader(), new WritableStream().getWriter());
  log(String(Object.getPrototypeOf(new ReadableStream().values())), Object.prototype.toString.call(new ReadableStream().values()));
})();
