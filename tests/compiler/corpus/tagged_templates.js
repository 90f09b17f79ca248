// tagged templates (tag reference and this, one template object per site, raw strings, a non-callable tag) as the emitting tier compiles them
var log = [];
function tag(s, ...v) { return s.raw.join('|') + '/' + s.join('|') + '/' + v.join(',') + '/' + (this === undefined ? 'u' : typeof this); }
function f(x) {
  var o = { t: tag, n: null };
  var sites = [];
  for (var i = 0; i < 2; i++) sites.push((function (s) { return s; })`a${i}b`);
  log.push(tag`x${x}y${x + 1}\n`, o.t`m${1}`, o['t']`c`, sites[0] === sites[1], Object.isFrozen(sites[0]), tag`\unicode`);
  try { o.n`x`; } catch (e) { log.push(e.constructor.name); }
  try { o.zz`x`; } catch (e) { log.push(e.constructor.name, e.message); }
  return (() => String.raw`r${x}\t`)();
}
log.push(f(3), f(4));
log.push(tag`top${1 + 2}${[3][0]}`);
log.join();
