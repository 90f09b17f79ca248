// process.binding('tty_wrap') (node 20 still has it): readline-sync, which fengari and so
// ioredis-mock load, reads its TTY when it loads; pyjsvm threw "No such module: tty_wrap"
const t = process.binding('tty_wrap');
console.log(Object.keys(t), typeof t.TTY, t.isTTY(1), t.isTTY(99), process.binding('tty_wrap') === t);
try { process.binding('nope_wrap'); } catch (e) { console.log(e.message); }
