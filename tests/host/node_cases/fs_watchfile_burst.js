// fs.watchFile while the event loop is blocked by many writes: every 'change' event carries stats that
// differ from the previous ones (libuv's fs_poll compares them), however many polls saw changes meanwhile.
const fs = require('fs');
const f = 'burst.txt';
fs.writeFileSync(f, '');
const events = [];
fs.watchFile(f, { interval: 1 }, (curr, prev) => events.push([prev.size, curr.size, curr.mtimeMs === prev.mtimeMs]));
setTimeout(() => {
  const end = Date.now() + 300;
  let n = 0;
  while (Date.now() < end) fs.writeFileSync(f, 'x'.repeat(++n % 7));  // truncate, then write
  fs.writeFileSync(f, 'done');
  setTimeout(() => {
    fs.unwatchFile(f);
    const same = events.filter(([a, b, m]) => a === b && m).length;
    console.log('events', events.length > 0, 'identical', same, 'last size', events[events.length - 1][1]);
  }, 300);
}, 50);
