// Error.prepareStackTrace with CallSite objects, as depd (express, body-parser, http-errors),
// callsites and get-caller-file read them: the caller's file, line and function name
function getStack() {
  const limit = Error.stackTraceLimit;
  const obj = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (o, stack) => stack;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}
function callSiteLocation(callSite) {
  const file = callSite.getFileName() || '<anonymous>';
  return [require('path').basename(file), callSite.getLineNumber(), callSite.getColumnNumber(), callSite.getFunctionName()];
}
function deprecatedFn() { return callSiteLocation(getStack()[0]); }
function user() { return deprecatedFn(); }
console.log(JSON.stringify(user()));
function getCallerFile() {
  const old = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  const stack = new Error().stack;
  Error.prepareStackTrace = old;
  return stack[2].getFileName();
}
function who() { return getCallerFile(); }
console.log(require('path').basename(who()));
const site = (() => { Error.prepareStackTrace = (_, s) => s; try { return new Error().stack[0]; } finally { Error.prepareStackTrace = undefined; } })();
console.log(String(site).replace(__filename, 'F'), site.getTypeName(), site.isToplevel());
