// inspector (never active in pyjsvm, as node without --inspect) and trace_events bookkeeping
const inspector = require('inspector');
console.log(inspector.url(), typeof inspector.console.log, Object.keys(inspector.Network || {}).join());
try { inspector.waitForDebugger(); } catch (e) { console.log(e.code, e.message); }
const s = new inspector.Session();
console.log(s instanceof require('events'));
try { s.post('Runtime.evaluate', { expression: '1' }); } catch (e) { console.log(e.code, e.message); }
s.disconnect();
inspector.close();
const te = require('trace_events');
console.log(te.getEnabledCategories());
const t = te.createTracing({ categories: ['node.perf', 'v8'] });
console.log(t.categories, t.enabled);
t.enable();
console.log(t.enabled, te.getEnabledCategories());
const t2 = te.createTracing({ categories: ['node.async_hooks'] }); t2.enable();
console.log(te.getEnabledCategories());
t.disable();
console.log(t.enabled, te.getEnabledCategories());
t2.disable();
console.log(te.getEnabledCategories());
try { te.createTracing({ categories: [] }); } catch (e) { console.log(e.code, e.message); }
try { te.createTracing({}); } catch (e) { console.log(e.code, e.message); }
try { te.createTracing(); } catch (e) { console.log(e.code, e.message); }
console.log(require('util').inspect(t));
const ip = require('inspector/promises');
console.log(typeof ip.Session, ip.url());
