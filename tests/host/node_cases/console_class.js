// console.Console (a console over given streams), console.context, console.createTask.
const { Console } = console;
const { Writable } = require('stream');
console.log(typeof Console, Console.name, Console.length, console instanceof Console, Console === require('console').Console);
console.log(JSON.stringify(Object.keys(console).slice(-6)));
const out = [];
const err = [];
const sink = (arr) => new Writable({ write(chunk, enc, cb) { arr.push(String(chunk)); cb(); } });
const c = new Console(sink(out), sink(err));
console.log(Object.keys(c).length, c instanceof Console, Object.getPrototypeOf(c) === Console.prototype);
c.log('a %d', 1);
c.error('to stderr');
c.warn('warned');
c.group('g');
c.log({ x: 1 });
c.groupEnd();
c.table([{ a: 1 }]);
c.count();
c.count();
c.assert(false, 'nope');
const c2 = new Console({ stdout: sink(out), inspectOptions: { depth: 0 }, groupIndentation: 4 });
c2.group();
c2.log({ a: { b: 1 } });
c2.info('still indented');
const c3 = Console(sink(out));
console.log(c3 instanceof Console);
for (const bad of [undefined, {}, { stdout: {} }]) {
  try { new Console(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new Console(sink(out), { write: 1 }); } catch (e) { console.log(e.code, e.message); }
const ctx = console.context('x');
console.log(typeof ctx, JSON.stringify(Object.keys(ctx)));
ctx.log('context consoles report to the inspector only');
const task = console.createTask('t');
console.log(JSON.stringify(Object.keys(task)), task.run(() => 42), task.run.name, task.run.length);
try { console.createTask(1); } catch (e) { console.log(e.name, e.message); }
try { task.run(1); } catch (e) { console.log(e.name, e.message); }
setTimeout(() => {
  console.log(JSON.stringify(out));
  console.log(JSON.stringify(err));
}, 20);
