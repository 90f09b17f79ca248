import cron from 'node-cron'; import pRetry, { AbortError } from 'p-retry'; import pTimeout, { TimeoutError } from 'p-timeout';
import Emittery from 'emittery'; import Bottleneck from 'bottleneck'; import { createParser } from 'eventsource-parser';
import { AsyncLocalStorage } from 'node:async_hooks'; import { setTimeout as sleep } from 'node:timers/promises';
console.log(cron.validate('*/5 * * * *'), cron.validate('61 * * * *'), cron.validate('0 0 1 1 *'));
const ticks = [];
const task = cron.schedule('* * * * * *', () => ticks.push('tick'), { scheduled: false });
console.log(typeof task.start, typeof task.stop); task.stop?.();
let attempts = 0;
const v = await pRetry(async (n) => { attempts++; if (n < 3) throw new Error('flaky ' + n); return 'ok after ' + n; }, { retries: 5, minTimeout: 1, factor: 1, onFailedAttempt: (ctx) => console.log('failed attempt', ctx.attemptNumber ?? ctx.error?.attemptNumber, (ctx.error ?? ctx).message) });
console.log(v, attempts);
try { await pRetry(async () => { throw new AbortError('stop now'); }, { retries: 3 }); } catch (e) { console.log('aborted', e.message, e.name); }
console.log(await pTimeout(sleep(5).then(() => 'fast'), { milliseconds: 200 }));
try { await pTimeout(sleep(300), { milliseconds: 10, message: 'too slow' }); } catch (e) { console.log(e instanceof TimeoutError, e.message); }
console.log(await pTimeout(sleep(300), { milliseconds: 10, fallback: () => 'fallback' }));
const em = new Emittery(); const got = [];
em.on('evt', async (d) => { await sleep(2); got.push('a' + d); }); em.on('evt', (d) => got.push('b' + d)); em.onAny((name, d) => got.push('any:' + name + d));
await em.emit('evt', 1); await em.emitSerial('evt', 2); console.log(got.join(','), em.listenerCount('evt'));
const it = em.events('stream'); setTimeout(() => { em.emit('stream', 'x'); em.emit('stream', 'y'); }, 1);
const seen = []; for await (const x of it) { seen.push(x); if (seen.length === 2) break; } console.log('iter', seen);
const limiter = new Bottleneck({ maxConcurrent: 2, minTime: 5 }); let running = 0, peak = 0;
const jobs = [1, 2, 3, 4, 5].map(i => limiter.schedule({ priority: 9 - i }, async () => { running++; peak = Math.max(peak, running); await sleep(150); running--; return i * i; }));
console.log(await Promise.all(jobs), 'peak', peak, limiter.counts().RUNNING);
const events = []; const parser = createParser({ onEvent: (e) => events.push(e), onRetry: (r) => events.push({ retry: r }) });
parser.feed('retry: 3000\n\nevent: greet\ndata: hel'); parser.feed('lo\ndata: world\nid: 7\n\n: comment\ndata: {"x":1}\n\n');
console.log(JSON.stringify(events));
const als = new AsyncLocalStorage();
const out = await Promise.all([1, 2, 3].map(id => als.run({ id }, async () => { await sleep(3 - id); await Promise.resolve(); return als.getStore().id; })));
console.log('als', out, als.getStore());
const ac = new AbortController(); setTimeout(() => ac.abort(new Error('cancelled')), 5);
try { await sleep(1000, null, { signal: ac.signal }); } catch (e) { console.log(e.name, e.code, e.cause?.message); }
console.log(structuredClone(new Map([[1, { d: new Date(0) }]])).get(1).d.toISOString());
const { port1, port2 } = new MessageChannel(); port2.onmessage = (m) => { console.log('port msg', JSON.stringify(m.data)); port1.close(); port2.close(); };
port1.postMessage({ a: [1, 2], s: new Set([3]).size });
