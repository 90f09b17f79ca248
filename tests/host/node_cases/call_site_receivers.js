// CallSite getThis, getFunction, getTypeName and getMethodName as V8 gives them: the receiver
// and function of sloppy frames (none from the first strict frame outwards), 'Function' for a
// function receiver, and a method's key only among enumerable properties. depd reads these to
// name a deprecated property ('thefn.propautomsg').
function sites() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, s) => s;
  const o = {};
  Error.captureStackTrace(o, sites);
  const st = o.stack;
  Error.prepareStackTrace = prep;
  return st;
}
function describe(c, fn) {
  const t = c.getThis(), f = c.getFunction();
  const thisIs = t === undefined ? 'undefined' : t === globalThis ? 'global' : t === module.exports ? 'module.exports'
    : t === fn ? 'fn' : typeof t;
  const fnIs = f === undefined ? 'undefined' : typeof f === 'function' ? 'function ' + (f.name || '(anonymous)') : typeof f;
  return [thisIs, fnIs, c.getTypeName(), c.getMethodName(), c.getFunctionName(), c.isToplevel(), c.isConstructor()].join(' | ');
}
function show(label, st, fn) { console.log(label); for (const c of st.slice(0, 2)) console.log('  ' + describe(c, fn)); }

function thefn() {}
Object.defineProperty(thefn, 'propautomsg', { get: function () { return sites(); }, configurable: true });
show('getter on a function', thefn.propautomsg, thefn);
const obj = { m: function () { return sites(); } };
show('method', obj.m());
Object.defineProperty(obj, 'hidden', { value: function () { return sites(); } });
show('non-enumerable method', obj.hidden());
class K { meth() { return sites(); } static s() { return sites(); } }
show('class method (strict)', new K().meth());
show('static method (strict)', K.s());
function plain() { return sites(); }
show('plain call', plain());
show('call with a number', plain.call(5));
function strictFn() { 'use strict'; return plain(); }
show('sloppy called from strict', strictFn());
function Ctor() { this.st = sites(); }
show('constructor', new Ctor().st);

// depd's defaultMessage: Type.method for a property of a named function
const c = thefn.propautomsg[0];
const ctx = c.getThis();
let typeName = ctx && c.getTypeName();
if (typeName === 'Function') typeName = ctx.name || typeName;
console.log(typeName, c.getMethodName());
