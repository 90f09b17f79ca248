// fs.watch / fs.watchFile / fs.unwatchFile / fs.promises.watch: events arrive through the event
// loop, a watcher keeps the process alive until closed (or unref'd / persistent: false).
const fs = require('fs');
const path = require('path');
fs.rmSync('d', { recursive: true, force: true });  // the same directory serves node and pyjsvm
fs.mkdirSync('d');
try { fs.watch('missing'); } catch (e) { console.log(e.code, e.syscall, e.message); }
fs.watch('.', { persistent: false }, () => {});  // does not keep the process alive

function waitFor(w, pred) {
  return new Promise((resolve) => {
    const seen = new Set();
    const on = (type, name) => {
      if (!pred(name)) return;
      seen.add(type);
      setTimeout(() => { w.removeListener('change', on); resolve(seen); }, 300);
    };
    w.on('change', on);
  });
}

async function main() {
  const w = fs.watch('d');
  console.log(w.constructor.name, typeof w.on, typeof w.close, typeof w.ref, typeof w.unref);
  let p = waitFor(w, (n) => n === 'a.txt');
  fs.writeFileSync(path.join('d', 'a.txt'), 'hello');
  console.log('create: rename', (await p).has('rename'));
  p = waitFor(w, (n) => n === 'a.txt');
  fs.appendFileSync(path.join('d', 'a.txt'), ' world');
  console.log('append: change', (await p).has('change'));
  p = waitFor(w, (n) => n === 'a.txt');
  fs.unlinkSync(path.join('d', 'a.txt'));
  console.log('unlink: rename', (await p).has('rename'));
  await new Promise((resolve) => { w.on('close', resolve); w.close(); });
  console.log('closed');

  const f = path.join('d', 'b.txt');
  fs.writeFileSync(f, '1');
  const changes = [];
  await new Promise((resolve) => {
    const listener = (curr, prev) => {
      changes.push([prev.size, curr.size, curr.isFile(), curr.mtimeMs === 0]);
      if (changes.length === 1) setTimeout(() => fs.unlinkSync(f), 200);
      if (changes.length === 2) { fs.unwatchFile(f, listener); resolve(); }
    };
    const sw = fs.watchFile(f, { interval: 20 }, listener);
    console.log(sw.constructor.name, typeof sw.ref);
    // One write(2): writeFileSync truncates first, and a poll between the two would see size 0.
    setTimeout(() => fs.appendFileSync(f, '2'), 200);
  });
  console.log(JSON.stringify(changes));

  const ac = new AbortController();
  const it = fs.promises.watch('d', { signal: ac.signal });
  setTimeout(() => fs.writeFileSync(path.join('d', 'c.txt'), 'x'), 100);
  try {
    for await (const ev of it) {
      if (ev.filename === 'c.txt') { console.log('promises.watch', ev.filename); ac.abort(); }
    }
  } catch (e) {
    console.log(e.name, e.code);
  }
  console.log('done');
}
main();
