import fs from 'node:fs'; import path from 'node:path'; import { fileURLToPath } from 'node:url';
import { Low } from 'lowdb'; import { JSONFile, JSONFileSync } from 'lowdb/node'; import { LowSync } from 'lowdb';
import Conf from 'conf'; import { cosmiconfig, cosmiconfigSync } from 'cosmiconfig';
import cacache from 'cacache'; import ssri from 'ssri'; import writeFileAtomic from 'write-file-atomic';
import lockfile from 'proper-lockfile'; import jsonfile from 'jsonfile'; import { rimraf } from 'rimraf'; import { mkdirp } from 'mkdirp';
import Keyv from 'keyv'; import getStream from 'get-stream'; import { Readable } from 'node:stream';
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tmp_config_fs');
await rimraf(dir); await mkdirp(path.join(dir, 'a/b/c')); console.log('mkdirp', fs.existsSync(path.join(dir, 'a/b/c')));
const db = new Low(new JSONFile(path.join(dir, 'db.json')), { posts: [] });
await db.read(); db.data.posts.push({ id: 1, title: 'lowdb' }); await db.update(d => d.posts.push({ id: 2, title: 'two' }));
console.log(fs.readFileSync(path.join(dir, 'db.json'), 'utf8'));
const dbs = new LowSync(new JSONFileSync(path.join(dir, 'db.json')), {}); dbs.read(); console.log('sync read', dbs.data.posts.length);
const conf = new Conf({ projectName: 'h59', cwd: path.join(dir, 'conf'), schema: { port: { type: 'number', default: 8080 }, name: { type: 'string' } } });
conf.set('name', 'svc'); conf.set('nested.deep', [1, 2]); console.log(conf.get('port'), conf.get('name'), conf.get('nested.deep'), conf.size, conf.has('nope'));
try { conf.set('port', 'x'); } catch (e) { console.log('conf err', e.message); }
conf.delete('name'); console.log(JSON.stringify(conf.store), path.basename(conf.path));
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'p', myapp: { fromPkg: true } }));
fs.writeFileSync(path.join(dir, 'a/.myapprc.yml'), 'level: 3\nlist: [x, y]\n');
fs.writeFileSync(path.join(dir, 'a/b/myapp.config.cjs'), 'module.exports = { cjs: 1 + 1 };');
const ex = cosmiconfig('myapp', { stopDir: dir });
for (const from of ['a/b/c', 'a', '']) { const r = await ex.search(path.join(dir, from)); console.log('cosmi', from || '.', path.relative(dir, r.filepath), JSON.stringify(r.config)); }
console.log('cosmi sync', JSON.stringify(cosmiconfigSync('myapp').load(path.join(dir, 'a/.myapprc.yml')).config));
const cache = path.join(dir, 'cache');
const integrity = await cacache.put(cache, 'key-1', 'hello cache', { metadata: { m: 1 } });
console.log(integrity, (await cacache.get(cache, 'key-1')).data.toString(), (await cacache.get.info(cache, 'key-1')).metadata);
console.log((await cacache.get.byDigest(cache, integrity)).toString(), Object.keys(await cacache.ls(cache)));
await cacache.rm.entry(cache, 'key-1'); console.log('after rm', await cacache.get.info(cache, 'key-1'));
const sri = ssri.fromData('data', { algorithms: ['sha256', 'sha512'] }); console.log(sri.toString().slice(0, 60), ssri.checkData('data', sri).algorithm, ssri.checkData('other', sri));
console.log((await ssri.fromStream(Readable.from([Buffer.from('da'), Buffer.from('ta')]))).toString().slice(0, 30));
await writeFileAtomic(path.join(dir, 'atomic.txt'), 'atomic!', { mode: 0o600 }); writeFileAtomic.sync(path.join(dir, 'atomic2.txt'), 'sync');
console.log(fs.readFileSync(path.join(dir, 'atomic.txt'), 'utf8'), (fs.statSync(path.join(dir, 'atomic.txt')).mode & 0o777).toString(8), fs.readFileSync(path.join(dir, 'atomic2.txt'), 'utf8'));
const release = await lockfile.lock(path.join(dir, 'atomic.txt')); console.log('locked', await lockfile.check(path.join(dir, 'atomic.txt')));
try { await lockfile.lock(path.join(dir, 'atomic.txt')); } catch (e) { console.log('second lock', e.code); }
await release(); console.log('released', await lockfile.check(path.join(dir, 'atomic.txt')));
await jsonfile.writeFile(path.join(dir, 'j.json'), { a: [1, { b: 2 }] }, { spaces: 2 }); console.log(fs.readFileSync(path.join(dir, 'j.json'), 'utf8'), jsonfile.readFileSync(path.join(dir, 'j.json')).a[1].b);
const kv = new Keyv({ namespace: 'ns' }); await kv.set('k', { v: 1 }); await kv.set('ttl', 1, 1); console.log(await kv.get('k'), await kv.has('k'));
await new Promise(r => setTimeout(r, 20)); console.log('ttl gone', await kv.get('ttl')); await kv.delete('k'); console.log(await kv.get('k'));
console.log(await getStream(Readable.from(['a', 'b', 'c'])), (await getStream.getStreamAsBuffer?.(Readable.from([Buffer.from('xy')])))?.length);
await rimraf(dir); console.log('cleaned', fs.existsSync(dir));
