const fsSetup = require('fs'); fsSetup.mkdirSync(__dirname + '/od/sub', { recursive: true }); fsSetup.writeFileSync(__dirname + '/od/a.txt', 'a'); fsSetup.writeFileSync(__dirname + '/od/b.txt', 'b');
const fs = require('fs');
const d = fs.opendirSync(__dirname + '/od');
const names = [];
let e;
while ((e = d.readSync()) !== null) names.push(e.name + (e.isDirectory() ? '/' : ''));
d.closeSync();
console.log(names.sort().join(','), d.path.endsWith('od'));
try { d.readSync(); } catch (err) { console.log(err.code, err.message); }
(async () => {
  const got = [];
  for await (const ent of await fs.promises.opendir(__dirname + '/od')) got.push(ent.name);
  console.log('async', got.sort().join(','));
  fs.opendir(__dirname + '/nope', (err) => console.log('cb', err.code));
  const d2 = await fs.promises.opendir(__dirname + '/od');
  const first = await d2.read();
  console.log('read', typeof first.name, first.parentPath.endsWith('od'));
  await d2.close();
  d2.close().catch((err) => console.log('twice', err.code));
})();
