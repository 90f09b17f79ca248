// process.binding('constants'), which old packages still read (tmp, used by many test suites):
// the os, fs, crypto and zlib modules' constants and the trace event phases
const c = process.binding('constants');
console.log(Object.keys(c));
console.log(c.os === require('os').constants, c.fs === require('fs').constants,
  c.crypto === require('crypto').constants, c.zlib === require('zlib').constants);
console.log(c.fs.O_CREAT === require('fs').constants.O_CREAT, c.os.signals.SIGINT);
console.log(c.trace.TRACE_EVENT_PHASE_BEGIN, c.trace.TRACE_EVENT_PHASE_LINK_IDS, Object.keys(c.trace).length);
console.log(process.binding('constants') === c);
try { process.binding('no_such_binding'); } catch (e) { console.log(e.message); }
