// process.env stores strings, chdir's system error, memoryUsage.rss(), emitWarning's forms and
// its 'warning' event (the printed warnings go to stderr, not compared here)
process.env.PYJSVM_T1 = 1; process.env.PYJSVM_T2 = undefined; process.env.PYJSVM_T3 = true;
console.log(typeof process.env.PYJSVM_T1, process.env.PYJSVM_T1, JSON.stringify(process.env.PYJSVM_T2), process.env.PYJSVM_T3);
console.log(require('child_process').execSync('echo "$PYJSVM_T1"', { encoding: 'utf8' }).trim());
delete process.env.PYJSVM_T1; console.log(process.env.PYJSVM_T1, 'PYJSVM_T1' in process.env);
try { process.env.PYJSVM_S = Symbol('s'); } catch (e) { console.log(e.name, e.message); }
const here = process.cwd();
try { process.chdir('./no-such-dir'); } catch (e) {
  console.log(e.code, e.errno, e.syscall, e.path === here, e.dest, e.message === `ENOENT: no such file or directory, chdir ${JSON.stringify(here).replace(/"/g, "'")} -> './no-such-dir'`);
}
try { process.chdir(5); } catch (e) { console.log(e.code, e.message); }
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 1e6);
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code, w.detail));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'CODE2', detail: 'some detail' });
process.emitWarning(new RangeError('an error'));
try { process.emitWarning(5); } catch (e) { console.log(e.code, e.message); }
console.log('sync part done');
