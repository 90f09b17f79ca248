// Setting process.env.TZ changes the time zone Date uses, at once (node reads the variable
// again); defining it does too; deleting it leaves no TZ (the machine's zone, not printed here)
const d = () => new Date(2020, 5, 1, 12).getTimezoneOffset() + ' ' + new Date(0).getHours();
const out = [];
process.env.TZ = 'Asia/Tokyo'; out.push(d(), process.env.TZ);
process.env.TZ = 'America/New_York'; out.push(d());
Object.defineProperty(process.env, 'TZ', { value: 'UTC', writable: true, enumerable: true, configurable: true });
out.push(d());
process.env.TZ = 'Europe/Berlin'; out.push(d());
delete process.env.TZ; out.push(typeof process.env.TZ, 'TZ' in process.env);
process.env.TZ = 'Asia/Kolkata'; out.push(d(), new Date(2020, 0, 1).toString().slice(16));
console.log(out.join('|'));
