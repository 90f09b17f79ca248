const loki = require('lokijs'); const alasql = require('alasql'); const { Query, Aggregator } = require('mingo');
const db = new loki('t.db', { env: 'NODEJS', autosave: false }); const users = db.addCollection('users', { indices: ['age'], unique: ['name'] });
users.insert([{ name: 'ann', age: 31, tags: ['a'] }, { name: 'bob', age: 25 }, { name: 'cy', age: 40, tags: ['b', 'a'] }, { name: 'di', age: 25 }]);
console.log(users.find({ age: { $gte: 30 } }).map((u) => u.name).join(), users.chain().find({ age: 25 }).simplesort('name', true).data().map((u) => u.name).join(), users.count(), users.findOne({ tags: { $contains: 'a' } }).name);
const bob = users.by('name', 'bob'); bob.age = 26; users.update(bob); users.findAndRemove({ name: 'di' });
console.log(JSON.stringify(users.chain().find().mapReduce((u) => u.age, (ages) => ages.reduce((a, b) => a + b, 0))), users.find({ age: { $between: [20, 35] } }).length);
const dv = users.addDynamicView('old'); dv.applyFind({ age: { $gt: 30 } }); dv.applySimpleSort('age'); console.log(dv.data().map((u) => u.name).join());
try { users.insert({ name: 'ann' }); } catch (e) { console.log('dup', e.message); }
console.log(JSON.parse(db.serialize()).collections[0].data.length);
alasql('CREATE TABLE city (name STRING, pop INT, country STRING)');
alasql('INSERT INTO city VALUES ("Rome", 2800, "IT"), ("Milan", 1400, "IT"), ("Paris", 2100, "FR"), ("Lyon", 500, "FR"), ("Bern", 130, "CH")');
console.log(JSON.stringify(alasql('SELECT country, SUM(pop) AS tot, COUNT(*) AS cnt FROM city GROUP BY country HAVING SUM(pop) > 200 ORDER BY tot DESC')));
console.log(JSON.stringify(alasql('SELECT a.name, b.v FROM ? a LEFT JOIN ? b ON a.id = b.id WHERE a.name LIKE "%o%"', [[{ id: 1, name: 'foo' }, { id: 2, name: 'bar' }, { id: 3, name: 'boo' }], [{ id: 1, v: 'x' }]])));
console.log(JSON.stringify(alasql('SELECT VALUE MAX(pop) FROM city')), JSON.stringify(alasql('SELECT name, pop FROM city WHERE pop BETWEEN 400 AND 2500 ORDER BY name LIMIT 2 OFFSET 1')), JSON.stringify(alasql('SELECT UPPER(name) AS u, LEN(name) AS l FROM city WHERE country IN ("CH", "FR")')));
const data = [{ a: 1, b: { c: 'x' }, t: ['p', 'q'] }, { a: 5, b: { c: 'y' }, t: ['q'] }, { a: 3, b: { c: 'x' }, t: [] }];
console.log(JSON.stringify(new Query({ $or: [{ a: { $gt: 4 } }, { 'b.c': 'x', t: { $size: 0 } }] }).find(data).all()), JSON.stringify(new Query({ t: { $all: ['q'] } }, { projection: { a: 1, _id: 0 } }).find(data, { a: 1 }).all()));
console.log(JSON.stringify(new Aggregator([{ $unwind: { path: '$t', preserveNullAndEmptyArrays: true } }, { $group: { _id: '$b.c', sum: { $sum: '$a' }, tags: { $addToSet: '$t' } } }, { $sort: { _id: 1 } }, { $project: { sum: 1, n: { $size: '$tags' } } }]).run(data)));
