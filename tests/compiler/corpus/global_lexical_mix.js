// Global var/function reads and writes from functions while the script also has global let/const
// (emit.py _global_read/_global_write: the fast path is skipped only for a name a global lexical
// declaration binds), and a let that shadows a property of the global object.
let L = 1; const C = 2;
var v = 10;
function f() { var s = 0; for (var i = 0; i < 3; i++) s += v + L + C; v = v + 1; return s; }
var r = [f(), v];
let shadow = 5;
function g() { return typeof shadow + shadow; }
r.push(g());
globalThis.shadow = 'prop'; r.push(g(), globalThis.shadow);
r.join();
