// sift, minisearch, flexsearch, @seald-io/nedb
const sift = require('sift');
const people = [{ name: 'Ann', age: 31, tags: ['a', 'b'], addr: { city: 'Oslo' } }, { name: 'Bob', age: 17, tags: ['b'], addr: { city: 'Rome' } },
  { name: 'Cid', age: 45, tags: [], addr: { city: 'Oslo' } }, { name: 'Dee', age: 28, tags: ['c', 'a'] }];
for (const q of [{ age: { $gt: 20, $lt: 40 } }, { 'addr.city': 'Oslo' }, { tags: { $in: ['c'] } }, { $or: [{ name: /^a/i }, { tags: { $size: 0 } }] },
  { addr: { $exists: false } }, { tags: { $all: ['a', 'b'] } }, { age: { $mod: [2, 1] } }, { name: { $not: { $regex: 'b', $options: 'i' } } }, { $where() { return this.age > 40; } }])
  console.log(JSON.stringify(q, (k, v) => v instanceof RegExp ? String(v) : typeof v === 'function' ? 'fn' : v), people.filter(sift(q)).map(p => p.name).join());

const MiniSearch = require('minisearch');
const docs = [
  { id: 1, title: 'Moby Dick', text: 'Call me Ishmael. Some years ago never mind how long precisely', category: 'fiction' },
  { id: 2, title: 'Zen and the Art of Motorcycle Maintenance', text: 'I can see by my watch, without taking my hand from the left grip of the cycle', category: 'fiction' },
  { id: 3, title: 'Neuromancer', text: 'The sky above the port was the color of television, tuned to a dead channel', category: 'fiction' },
  { id: 4, title: 'Zen and the Art of Archery', text: 'At first sight it must seem intolerably degrading for Zen', category: 'non-fiction' }];
const ms = new MiniSearch({ fields: ['title', 'text'], storeFields: ['title', 'category'], searchOptions: { boost: { title: 2 }, fuzzy: 0.2 } });
ms.addAll(docs);
const r3 = x => Math.round(x * 1000) / 1000;
for (const q of ['zen art motorcycle', 'ishmael', 'televison', 'art']) console.log(q, JSON.stringify(ms.search(q).map(r => [r.id, r3(r.score), r.terms])));
console.log(JSON.stringify(ms.search('zen', { filter: r => r.category === 'non-fiction' }).map(r => r.title)), JSON.stringify(ms.autoSuggest('zen ar').map(s => s.suggestion)), JSON.stringify(ms.search('moto', { prefix: true, combineWith: 'AND' }).map(r => r.id)));
ms.discard(2); console.log(ms.documentCount, JSON.stringify(ms.search('zen').map(r => r.id)));
const ms2 = MiniSearch.loadJSON(JSON.stringify(ms), { fields: ['title', 'text'] }); console.log(ms2.documentCount, ms2.search('sky').length);

const { Index, Document } = require('flexsearch');
const idx = new Index({ tokenize: 'forward' });
docs.forEach(d => idx.add(d.id, d.title + ' ' + d.text));
console.log(JSON.stringify(idx.search('zen')), JSON.stringify(idx.search('tele')), JSON.stringify(idx.search('the art', { limit: 2 })));
const fdoc = new Document({ document: { id: 'id', index: ['title', 'text'], store: ['title'] }, tokenize: 'strict' });
docs.forEach(d => fdoc.add(d));
console.log(JSON.stringify(fdoc.search('zen', { enrich: true })), JSON.stringify(fdoc.search({ query: 'channel', index: 'text' })));

const Datastore = require('@seald-io/nedb');
(async () => {
  const db = new Datastore();
  await db.insertAsync(people.map(p => ({ ...p, _id: p.name.toLowerCase() })));
  await db.ensureIndexAsync({ fieldName: 'age' });
  console.log(JSON.stringify(await db.findAsync({ age: { $gte: 28 } }).sort({ age: -1 }).projection({ name: 1, _id: 0 })));
  console.log(await db.updateAsync({ 'addr.city': 'Oslo' }, { $inc: { age: 1 }, $push: { tags: 'oslo' } }, { multi: true }).then(r => r.numAffected));
  console.log(JSON.stringify(await db.findOneAsync({ name: 'Cid' }, { _id: 0 })), await db.countAsync({ tags: 'oslo' }), await db.removeAsync({ age: { $lt: 20 } }, {}));
  console.log(JSON.stringify((await db.findAsync({}).sort({ name: 1 })).map(d => d.name + d.age)));
  try { await db.insertAsync({ _id: 'ann' }); } catch (e) { console.log(e.errorType, e.key); }
})();
