// process.cpuUsage(previousValue): the CPU time since an earlier result (less than the start-up time measured before it), and node's errors for a malformed previous value
const a = process.cpuUsage(); let x = 0; for (let i = 0; i < 2000; i++) x += i;
const d = process.cpuUsage(a), t = process.cpuUsage();
console.log(typeof d.user, d.user >= 0, d.system >= 0, d.user <= t.user, d.user < a.user, Object.keys(d).join());
for (const v of [{user: 1}, {user: -1, system: 2}, {user: 1, system: 2 ** 53}, {user: '1', system: 1}, 5, 'str', {user: NaN, system: 0}]) {
  try { const r = process.cpuUsage(v); console.log('ok', typeof r.user) } catch (e) { console.log(e.name, e.code, e.message) }
}
console.log(typeof process.cpuUsage(null).user, typeof process.cpuUsage(0).user, typeof process.cpuUsage(undefined).user);
