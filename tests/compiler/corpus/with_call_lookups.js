// A call through a with binding resolves the name once (HasBinding, then GetBindingValue).
var log = [];
var env = { f: function () { return this === proxy; } };
var proxy = new Proxy(env, {
  has(t, k) { log.push('has:' + String(k)); return Reflect.has(t, k); },
  get(t, k, r) { log.push('get:' + String(k)); return Reflect.get(t, k, r); }
});
var r;
with (proxy) { r = f(); Object(); }
[r, log.join(',')].join('|')
