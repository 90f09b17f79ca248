// rollup 2 (in-memory plugin, tree-shaking), prompts (injected answers), ioredis-mock
import { rollup } from 'rollup';
import prompts from 'prompts';
import Redis from 'ioredis-mock';
const files = {
  'main.js': "import { add, unused } from './math.js';\nimport def from './def.js';\nexport const result = add(2, 3) * def;\nexport default function run() { return result; }\n",
  'math.js': "export function add(a, b) { return a + b; }\nexport function unused() { return 'gone'; }\nexport const PI = 3.14;\n",
  'def.js': "const x = [1, 2, 3].reduce((a, b) => a + b);\nexport default x;\n" };
const virtual = { name: 'virtual', resolveId(id) { const k = id.replace(/^\.\//, ''); return k in files ? k : null; }, load(id) { return files[id] ?? null; } };
const bundle = await rollup({ input: 'main.js', plugins: [virtual] });
for (const format of ['es', 'cjs', 'iife', 'umd']) {
  const { output } = await bundle.generate({ format, name: 'Lib', exports: 'named' });
  console.log(format, output[0].code);
}
console.log(JSON.stringify(bundle.watchFiles), JSON.stringify((await bundle.generate({ format: 'es' })).output[0].exports));
try { await rollup({ input: 'nope.js', plugins: [virtual] }); } catch (e) { console.log(e.code, e.message); }
prompts.inject(['Ann', 33, true, ['b', 'c'], 'green']);
const answers = await prompts([
  { type: 'text', name: 'name', message: 'Name?' }, { type: 'number', name: 'age', message: 'Age?' }, { type: 'confirm', name: 'ok', message: 'OK?' },
  { type: 'multiselect', name: 'opts', message: 'Pick', choices: [{ title: 'A', value: 'a' }, { title: 'B', value: 'b' }, { title: 'C', value: 'c' }] },
  { type: 'select', name: 'color', message: 'Color', choices: [{ title: 'Red', value: 'red' }, { title: 'Green', value: 'green' }] }]);
console.log(JSON.stringify(answers));
const redis = new Redis();
await redis.set('k', 'v'); await redis.incrby('n', 5); await redis.hset('h', { a: 1, b: 2 }); await redis.rpush('l', 'x', 'y', 'z'); await redis.zadd('z', 3, 'c', 1, 'a', 2, 'b'); await redis.sadd('s', 'p', 'q');
console.log(await redis.get('k'), await redis.get('n'), JSON.stringify(await redis.hgetall('h')), JSON.stringify(await redis.lrange('l', 0, -1)), JSON.stringify(await redis.zrange('z', 0, -1, 'WITHSCORES')), JSON.stringify((await redis.smembers('s')).sort()));
const res = await redis.multi().incr('n').lpop('l').expire('k', 100).exec();
console.log(JSON.stringify(res), await redis.ttl('k'), JSON.stringify((await redis.keys('*')).sort()), await redis.exists('nope'));
const sub = new Redis(); const msgs = []; await sub.subscribe('ch'); sub.on('message', (c, m) => msgs.push(c + ':' + m));
await redis.publish('ch', 'hello'); await new Promise(r => setTimeout(r, 10)); console.log(msgs.join());
redis.disconnect(); sub.disconnect();
