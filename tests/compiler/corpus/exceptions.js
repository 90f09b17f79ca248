var log = [];
function f() {
  try { log.push('try'); throw new TypeError('bad'); }
  catch (e) { log.push(e.name + ':' + e.message); return 'from catch'; }
  finally { log.push('finally'); }
}
var r = f();
function g() { try { return 'try'; } finally { log.push('g-finally'); } }
var r2 = g();
function h() { for (var i = 0; i < 3; i++) { try { if (i === 1) break; } finally { log.push('h' + i); } } return i; }
var r3 = h();
function bare() { try { throw 1; } catch (e) { if (e) { return; } } return 'no'; }
log.push(String(bare()));
var caught;
try { null.x; } catch (e) { caught = e instanceof TypeError; }
try { undefinedVar; } catch (e) { log.push(e.name); }
try { throw 5; } catch (e) { log.push(typeof e); }
log.join(',') + '|' + r + '|' + r2 + '|' + r3 + '|' + caught
