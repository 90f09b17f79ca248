// Bad arguments to every node:vm function and method: the error's name, code and message, one
// case a line (the differential test of issue 15; .stdout made by node 20, except that a context
// argument that is not an object is named as the documentation names it, "contextifiedObject" or
// "contextObject", where node 20 says "object": vm_bad_arguments.node20).
const vm = require('node:vm');
const ctx = vm.createContext({});
const script = new vm.Script('1');
const cases = [
  // createContext
  "vm.createContext(1)", "vm.createContext('x')", "vm.createContext({}, 1)", "vm.createContext({}, {name: 1})",
  "vm.createContext({}, {origin: 1})", "vm.createContext({}, {codeGeneration: 1})",
  "vm.createContext({}, {codeGeneration: {strings: 1}})", "vm.createContext({}, {codeGeneration: {wasm: 1}})",
  "vm.createContext({}, {microtaskMode: 'x'})", "vm.createContext({}, {microtaskMode: 1})",
  "vm.createContext({}, {importModuleDynamically: 1})", "vm.createContext(null)", "vm.createContext({}, 'str')",
  "vm.createContext({}, null)",
  // isContext
  "vm.isContext()", "vm.isContext(1)", "vm.isContext('s')", "vm.isContext(null)",
  // Script
  "vm.Script('1')", "new vm.Script(1)", "new vm.Script('1', 1)", "new vm.Script('1', {filename: 1})",
  "new vm.Script('1', {lineOffset: 'a'})", "new vm.Script('1', {lineOffset: 1.5})", "new vm.Script('1', {lineOffset: 2**31})",
  "new vm.Script('1', {columnOffset: -(2**31)-1})", "new vm.Script('1', {cachedData: 1})", "new vm.Script('1', {cachedData: 'x'})",
  "new vm.Script('1', {produceCachedData: 1})", "new vm.Script('1', {importModuleDynamically: 1})",
  "new vm.Script('1', null)", "new vm.Script()", "new vm.Script('1', {lineOffset: NaN})", "new vm.Script('1', {lineOffset: Infinity})",
  // script.run*
  "script.runInContext()", "script.runInContext({})", "script.runInContext(1)", "script.runInContext(ctx, 1)",
  "script.runInContext(ctx, {timeout: 0})", "script.runInContext(ctx, {timeout: -1})", "script.runInContext(ctx, {timeout: 1.5})",
  "script.runInContext(ctx, {timeout: 'x'})", "script.runInContext(ctx, {timeout: 2**32})", "script.runInContext(ctx, {displayErrors: 1})",
  "script.runInContext(ctx, {breakOnSigint: 1})", "script.runInContext(ctx, null)", "script.runInContext(ctx, 'str')",
  "script.runInThisContext(1)", "script.runInThisContext({timeout: 0})", "script.runInThisContext({displayErrors: 'x'})",
  "script.runInNewContext(1)", "script.runInNewContext({}, 1)", "script.runInNewContext({}, {contextName: 1})",
  "script.runInNewContext({}, {contextOrigin: 1})", "script.runInNewContext({}, {contextCodeGeneration: 1})",
  "script.runInNewContext({}, {microtaskMode: 'no'})", "script.runInNewContext({}, {timeout: 0})",
  "vm.Script.prototype.runInContext.call({}, ctx)", "vm.Script.prototype.runInThisContext.call(1)",
  "vm.Script.prototype.runInNewContext.call({})", "vm.Script.prototype.createCachedData.call({})",
  // runIn*
  "vm.runInContext(1, ctx)", "vm.runInContext('1')", "vm.runInContext('1', {})", "vm.runInContext('1', 1)",
  "vm.runInContext('1', ctx, 1)", "vm.runInContext('1', ctx, {filename: 1})", "vm.runInContext('1', ctx, {timeout: 0})",
  "vm.runInContext('1', ctx, {lineOffset: 'x'})", "vm.runInContext('1', ctx, {displayErrors: 1})",
  "vm.runInNewContext(1)", "vm.runInNewContext('1', 1)", "vm.runInNewContext('1', {}, 1)", "vm.runInNewContext('1', {}, {contextName: 1})",
  "vm.runInNewContext('1', {}, {timeout: 'x'})", "vm.runInNewContext('1', {}, {microtaskMode: 'x'})", "vm.runInNewContext('1', {}, {contextCodeGeneration: {strings: 1}})",
  "vm.runInThisContext(1)", "vm.runInThisContext('1', 1)", "vm.runInThisContext('1', {timeout: 0})", "vm.runInThisContext('1', {filename: 1})",
  "vm.runInThisContext('1', {breakOnSigint: 'x'})",
  // compileFunction
  "vm.compileFunction(1)", "vm.compileFunction('', 1)", "vm.compileFunction('', ['a', 1])", "vm.compileFunction('', 'a')",
  "vm.compileFunction('', [], 1)", "vm.compileFunction('', [], {filename: 1})", "vm.compileFunction('', [], {lineOffset: 'x'})",
  "vm.compileFunction('', [], {parsingContext: 1})", "vm.compileFunction('', [], {parsingContext: {}})",
  "vm.compileFunction('', [], {contextExtensions: 1})", "vm.compileFunction('', [], {contextExtensions: [1]})",
  "vm.compileFunction('', [], {cachedData: 1})", "vm.compileFunction('', [], {produceCachedData: 1})",
  "vm.compileFunction('', [], {importModuleDynamically: 1})", "vm.compileFunction('', null)", "vm.compileFunction('', undefined, null)",
  // measureMemory
  "vm.measureMemory(1)", "vm.measureMemory({mode: 'x'})", "vm.measureMemory({execution: 'x'})", "vm.measureMemory({mode: 1})",
  "vm.measureMemory(null)", "vm.measureMemory({mode: 'detailed', execution: 5})",
  // arrays, functions, null, numbers past 2**32, NaN, and the order of the checks
  "vm.isContext([])", "vm.isContext(function f(){})", "vm.createContext(function f(){})", "vm.createContext({}, [])",
  "vm.createContext({}, function(){})", "vm.createContext({}, {name: null})", "vm.createContext({}, {codeGeneration: null})",
  "vm.createContext(vm.createContext(), 5)", "new vm.Script('1', [])", "new vm.Script('1', {filename: null})",
  "new vm.Script('1', {lineOffset: 2**40})", "new vm.Script('1', {lineOffset: -0.5})", "new vm.Script('1', {columnOffset: -(2**40)})",
  "vm.runInThisContext('1', [])", "vm.runInThisContext('1', null)", "vm.runInThisContext('1', {timeout: 1e21})",
  "vm.runInThisContext('1', {timeout: -Infinity})", "vm.runInThisContext('1', {timeout: NaN})", "vm.runInThisContext('1', {timeout: 5, filename: 1})",
  "vm.compileFunction('', [], {parsingContext: null})", "vm.compileFunction('', {length: 0})", "vm.compileFunction('', [], {contextExtensions: {}})",
  "vm.runInNewContext('1', {}, {contextName: null})", "vm.runInNewContext('1', {}, {contextCodeGeneration: null})",
  "vm.runInNewContext('1', {}, {microtaskMode: 5})", "vm.runInNewContext('1', {}, null)", "vm.runInNewContext('1', undefined, 1)",
  "vm.runInContext('1', ctx, null)", "vm.runInContext('typeof timeout', ctx, Object.create({timeout: 0}))",
  "vm.runInContext(Symbol(), ctx)", "new vm.Script({toString() { return '7'; }}).runInThisContext()", "new vm.Script()",
  "vm.Script.prototype.runInContext.call({}, 1)", "vm.Script.prototype.runInThisContext.call(1, 5)",
  "vm.Script.prototype.runInNewContext.call({runInContext() { return 9; }})", "vm.Script.prototype.runInNewContext.call({}, 1)",
  "vm.createContext(undefined, 1)", "script.runInContext(ctx, {timeout: 2**40})",
];
for (const c of cases) {
  let r;
  try {
    const v = eval(c);
    if (v && typeof v.catch === 'function') v.catch(() => {});
    r = 'returns ' + (typeof v === 'object' || typeof v === 'function' ? typeof v : String(v));
  } catch (e) { r = `${e.name} ${e.code} ${e.message}`; }
  console.log(`${c}\n  => ${r}`);
}
