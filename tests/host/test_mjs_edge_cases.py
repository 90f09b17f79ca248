"""Edge cases of ES module programs and of node:vm's Module classes (../shared/reference/node-vm.md),
each a small ``.mjs`` program run by ``pyjsvm`` and compared with its recorded output and exit code
and, where node is on PATH, with ``node --experimental-vm-modules`` (where node 20 agrees with the
docs)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm

NODE = shutil.which("node")

# name -> (program, expected stdout, expected exit code, compare with node)
PROGRAMS: dict[str, tuple[str, str, int, bool]] = {
    # A module whose evaluation is stopped by its timeout ends 'errored' (with null as its error,
    # as V8's terminated evaluation), and so does the dependency that looped: it was left
    # 'evaluating' for good, and linking another module to it then never settled.
    "timeout_errors_the_graph": ("""
import vm from 'node:vm';
const d = new vm.SourceTextModule('export let x = 1; while (true);', { identifier: 'd' });
const r = new vm.SourceTextModule('import "d";', { identifier: 'r' });
await r.link(() => d);
try { await r.evaluate({ timeout: 30 }); } catch (e) { console.log(e.code, r.status, d.status, d.error); }
const r2 = new vm.SourceTextModule('import "d";');
try { await r2.link(() => d); } catch (e) { console.log(e.code); }
""", "ERR_SCRIPT_EXECUTION_TIMEOUT errored errored null\nERR_VM_MODULE_LINK_FAILURE\n", 0, True),
    # The same for a SyntheticModule whose evaluateCallback is stopped by the timeout (it stayed
    # 'evaluated').
    "timeout_errors_a_synthetic_module": ("""
import vm from 'node:vm';
const s = new vm.SyntheticModule(['a'], () => { while (true); });
await s.link(() => {});
try { await s.evaluate({ timeout: 30 }); } catch (e) { console.log(e.code, s.status, s.error); }
""", "ERR_SCRIPT_EXECUTION_TIMEOUT errored null\n", 0, True),
    # A top-level await left pending exits with process.exitCode when the program set one
    # (Node: ``process.exitCode ??= 13``), not always with 13.
    "unsettled_tla_keeps_exit_code": ("""
process.exitCode = 3;
console.log('waiting');
await new Promise(() => {});
""", "waiting\n", 3, True),
    "unsettled_tla_exit_code_zero": ("""
process.exitCode = 0;
await new Promise(() => {});
""", "", 0, True),
    "unsettled_tla": ("await new Promise(() => {});", "", 13, True),
    # Importing a directory is ERR_UNSUPPORTED_DIR_IMPORT (its url keeps a "/" the specifier
    # ends with), not ERR_MODULE_NOT_FOUND; both errors end with Node's hint of what require()
    # would have loaded ("Did you mean to import ...?", a path relative to the importer for a
    # relative specifier), in the message and in the stack.
    "directory_imports_and_hints": ("""
const here = import.meta.dirname;
for (const s of ['./', '.', './sub', './sub/', './pk', './empty', './cj', './data', './sub/index', './nothing',
                 '../' + here.split('/').pop() + '/cj', import.meta.dirname + '/cj', new URL('./sub', import.meta.url).href]) {
  try { await import(s); console.log(s, 'loaded'); } catch (e) {
    const shown = s.replace('file://' + here, '<url>').replace(here, '<dir>').replace(here.split('/').pop(), 'XX');
    console.log(shown, e.code, e.message.replaceAll(here, '<dir>'), e.url.replace('file://' + here, '<url>'),
                e.stack.includes(e.message));
  }
}
""", """./ ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/' is not supported resolving ES modules imported from <dir>/directory_imports_and_hints.mjs <url>/ true
. ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/' is not supported resolving ES modules imported from <dir>/directory_imports_and_hints.mjs <url>/ true
./sub ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/sub' is not supported resolving ES modules imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "./sub/index.js"? <url>/sub true
./sub/ ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/sub/' is not supported resolving ES modules imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "./sub/index.js"? <url>/sub/ true
./pk ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/pk' is not supported resolving ES modules imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "./pk/lib.js"? <url>/pk true
./empty ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/empty' is not supported resolving ES modules imported from <dir>/directory_imports_and_hints.mjs <url>/empty true
./cj ERR_MODULE_NOT_FOUND Cannot find module '<dir>/cj' imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "./cj.js"? <url>/cj true
./data ERR_MODULE_NOT_FOUND Cannot find module '<dir>/data' imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "./data.json"? <url>/data true
./sub/index ERR_MODULE_NOT_FOUND Cannot find module '<dir>/sub/index' imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "./sub/index.js"? <url>/sub/index true
./nothing ERR_MODULE_NOT_FOUND Cannot find module '<dir>/nothing' imported from <dir>/directory_imports_and_hints.mjs <url>/nothing true
../XX/cj ERR_MODULE_NOT_FOUND Cannot find module '<dir>/cj' imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "./cj.js"? <url>/cj true
<dir>/cj ERR_MODULE_NOT_FOUND Cannot find module '<dir>/cj' imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "<dir>/cj.js"? <url>/cj true
<url>/sub ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/sub' is not supported resolving ES modules imported from <dir>/directory_imports_and_hints.mjs
Did you mean to import "<dir>/sub/index.js"? <url>/sub true
""", 0, True),
    # data: URL modules (Node's loader): JavaScript (text/ or application/javascript, base64 or
    # percent-encoded) and JSON (with type "json"); the errors of a bad one; a module imported
    # from one resolves only absolute URLs and builtins. And a JSON module's parse error names its
    # file or URL first, as in Node.
    "data_url_modules": ("""
const here = import.meta.dirname;
const imports = [
  ['data:text/javascript,export default 42'],
  ['data:text/javascript;charset=utf-8,export default "%E2%9C%93 a%20b"'],
  ['data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgNw=='],
  ['data:text/javascript;base64,ZXhwb3J0IGRl ZmF1bHQgNw'],
  ['data:application/javascript,export default 1?2:3#fragment'],
  ['data:TEXT/JAVASCRIPT,export default import.meta.url'],
  ['data:text/javascript,export default Object.keys(import.meta)'],
  ['data:application/json,{"q":[1]}', { with: { type: 'json' } }],
  ['data:application/json,{"q":1}'],
  ['data:application/json,{bad', { with: { type: 'json' } }],
  ['./bad.json', { with: { type: 'json' } }],
  ['data:text/plain,hi'],
  ['data:,hi'],
  ['data:text/javascript,export default "%ZZ"'],
  ['data:text/javascript,throw new RangeError("in data")'],
  ['data:text/javascript,import "./cj.js"'],
  ['data:text/javascript,import fs from "node:fs"; export default typeof fs.readFileSync'],
  ['data:text/javascript,export { default } from "' + import.meta.url.replace(/[^/]*$/, 'data.json') + '" with { type: "json" }'],
  ['data:text/javascript,export default import.meta.resolve("node:fs")'],
];
for (const [s, o] of imports) {
  const shown = s.replaceAll(here, '<dir>');
  try { const m = await import(s, o); console.log(shown, 'ok', JSON.stringify(m.default)); }
  catch (e) { console.log(shown, e.name, e.code, e.message.replaceAll(here, '<dir>')); }
}
const a = await import('data:text/javascript,export const o = {}');
console.log('same module', a === await import('data:text/javascript,export const o = {}'));
""", """data:text/javascript,export default 42 ok 42
data:text/javascript;charset=utf-8,export default "%E2%9C%93 a%20b" ok "\u2713 a b"
data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgNw== ok 7
data:text/javascript;base64,ZXhwb3J0IGRl ZmF1bHQgNw ok 7
data:application/javascript,export default 1?2:3#fragment ok 1
data:TEXT/JAVASCRIPT,export default import.meta.url ok "data:TEXT/JAVASCRIPT,export default import.meta.url"
data:text/javascript,export default Object.keys(import.meta) ok ["resolve","url"]
data:application/json,{"q":[1]} ok {"q":[1]}
data:application/json,{"q":1} TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "data:application/json,{"q":1}" needs an import attribute of type "json"
data:application/json,{bad SyntaxError undefined data:application/json,{bad: Expected property name or '}' in JSON at position 1
./bad.json SyntaxError undefined <dir>/bad.json: Expected property name or '}' in JSON at position 1
data:text/plain,hi RangeError ERR_UNKNOWN_MODULE_FORMAT Unknown module format: text/plain for URL data:text/plain,hi
data:,hi TypeError ERR_INVALID_URL Invalid URL
data:text/javascript,export default "%ZZ" URIError undefined URI malformed
data:text/javascript,throw new RangeError("in data") RangeError undefined in data
data:text/javascript,import "./cj.js" TypeError ERR_UNSUPPORTED_RESOLVE_REQUEST Failed to resolve module specifier "./cj.js" from "data:text/javascript,import "./cj.js"": Invalid relative URL or base scheme is not hierarchical.
data:text/javascript,import fs from "node:fs"; export default typeof fs.readFileSync ok "function"
data:text/javascript,export { default } from "file://<dir>/data.json" with { type: "json" } ok {"k":1}
data:text/javascript,export default import.meta.resolve("node:fs") ok "node:fs"
same module true
""", 0, True),
    # USE_MAIN_CONTEXT_DEFAULT_LOADER resolves relative to the code's filename option when it is an
    # absolute path or a file: URL (vm docs, caveat 1), else relative to the current directory;
    # a URL of another scheme is no base (from an http: one only relative and absolute specifiers
    # are allowed, and fail). It had always resolved from the current directory.
    "main_context_loader_resolves_from_filename": ("""
import vm from 'node:vm';
import path from 'node:path';
const L = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
const dir = import.meta.dirname;
const abs = path.join(dir, 'other', 'x.js');
const cases = [
  ['Script, absolute path', () => new vm.Script('import("./w.mjs")', { filename: abs, importModuleDynamically: L }).runInThisContext()],
  ['Script, file URL', () => new vm.Script('import("./w.mjs")', { filename: 'file://' + abs + '?q#f', importModuleDynamically: L }).runInThisContext()],
  ['Script, relative path', () => new vm.Script('import("./w.mjs")', { filename: 'other/x.js', importModuleDynamically: L }).runInThisContext()],
  ['Script, no filename', () => new vm.Script('import("./w.mjs")', { importModuleDynamically: L }).runInThisContext()],
  ['compileFunction', () => vm.compileFunction('return import("./w.mjs")', [], { filename: abs, importModuleDynamically: L })()],
  ['runInNewContext', () => vm.runInNewContext('import("./w.mjs")', {}, { filename: abs, importModuleDynamically: L })],
  ['http URL', () => new vm.Script('import("./w.mjs")', { filename: 'http://example.com/x.js', importModuleDynamically: L }).runInThisContext()],
  ['http URL, builtin', () => new vm.Script('import("node:path").then(m => ({ where: typeof m.join }))', { filename: 'http://example.com/x.js', importModuleDynamically: L }).runInThisContext()],
];
for (const [name, f] of cases) {
  try { console.log(name, (await f()).where); } catch (e) { console.log(name, e.code, e.message); }
}
""", """Script, absolute path other
Script, file URL other
Script, relative path top
Script, no filename top
compileFunction other
runInNewContext other
http URL ERR_UNSUPPORTED_ESM_URL_SCHEME Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'http:'
http URL, builtin ERR_NETWORK_IMPORT_DISALLOWED import of 'node:path' by http://example.com/x.js is not supported: only relative and absolute specifiers are supported.
""", 0, True),
    # vm modules made by a subclass's constructor are instances of it (new.target's prototype);
    # they had SourceTextModule's or SyntheticModule's prototype, so a subclass's methods were
    # missing and instanceof was false.
    "module_subclasses": ("""
import vm from 'node:vm';
class Mine extends vm.SourceTextModule { kind() { return 'mine ' + this.identifier; } }
const m = new Mine('export const a = 1', { identifier: 'sub' });
console.log(m instanceof Mine, m instanceof vm.SourceTextModule, Object.getPrototypeOf(m) === Mine.prototype, m.kind());
await m.link(() => {});
await m.evaluate();
console.log(m.status, m.namespace.a);
class Syn extends vm.SyntheticModule {}
const s = new Syn(['x'], function () { this.setExport('x', 2); });
console.log(s instanceof Syn, s instanceof vm.Module);
function Plain() {}
Plain.prototype = 5;
console.log(Object.getPrototypeOf(Reflect.construct(vm.SourceTextModule, [''], Plain)) === Object.prototype);
""", """true true true mine sub
evaluated 1
true true
true
""", 0, True),
    # console.log / util.inspect of a vm module shows its class, status, identifier and context
    # (Node's [util.inspect.custom]); it showed 'SourceTextModule {}'.
    "module_inspect": ("""
import vm from 'node:vm';
import util from 'node:util';
const ctx = vm.createContext({ a: 1 });
const m = new vm.SourceTextModule('export default 1', { identifier: 'shown', context: ctx });
console.log(m);
await m.link(() => {});
console.log(util.inspect(m, { compact: true }));
class Sub extends vm.SourceTextModule {}
console.log(util.inspect(new Sub('', { identifier: 'sub' }), { breakLength: Infinity }));
console.log(m[util.inspect.custom](-1) === m);
try { m[util.inspect.custom].call({}); } catch (e) { console.log(e.code); }
""", """SourceTextModule {
  status: 'unlinked',
  identifier: 'shown',
  context: { a: 1 }
}
SourceTextModule { status: 'linked', identifier: 'shown', context: { a: 1 } }
Sub { status: 'unlinked', identifier: 'sub', context: undefined }
true
ERR_INVALID_ARG_TYPE
""", 0, True),
    # Import attributes other than 'type' reach a vm linker or importModuleDynamically callback,
    # which decides (as in node, whose V8 supports every key); only Node's ESM loader rejects
    # them, with TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED. The engine rejected them itself: a
    # SyntaxError after the linker ran, a TypeError before the callback ran, no code.
    "unknown_import_attributes": ("""
import vm from 'node:vm';
const m = new vm.SourceTextModule('import a from "x" with { foo: "bar" }; export default a');
await m.link((s, r, extra) => {
  console.log('linker', s, JSON.stringify(extra.attributes));
  const d = new vm.SyntheticModule(['default'], () => d.setExport('default', 5));
  return d;
});
await m.evaluate();
console.log(m.namespace.default);
const script = new vm.Script('import("y", { with: { foo: "baz", type: "t" } })', {
  async importModuleDynamically(specifier, referrer, attributes) {
    console.log('callback', specifier, JSON.stringify(attributes));
    const d = new vm.SyntheticModule(['default'], () => d.setExport('default', 6));
    await d.link(() => {});
    await d.evaluate();
    return d;
  },
});
console.log((await script.runInThisContext()).default);
for (const load of [() => import('./w.mjs', { with: { foo: 'bar' } }),
                    () => import('./data.json', { with: { type: 'json', other: 'x' } }),
                    () => import('data:text/javascript,import "./w.mjs" with { q: "1" }')]) {
  try { await load(); } catch (e) { console.log(e.name, e.code, e.message); }
}
""", """linker x {"foo":"bar"}
5
callback y {"foo":"baz","type":"t"}
6
TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED Import attribute "foo" with value "bar" is not supported
TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED Import attribute "other" with value "x" is not supported
TypeError ERR_UNSUPPORTED_RESOLVE_REQUEST Failed to resolve module specifier "./w.mjs" from "data:text/javascript,import "./w.mjs" with { q: "1" }": Invalid relative URL or base scheme is not hierarchical.
""", 0, True),
    # A SyntheticModule is 'evaluating' while its evaluateCallback runs, so evaluate() from
    # inside it rejects with ERR_VM_MODULE_STATUS (the docs: it cannot be called then); it was
    # 'evaluated' already and a second evaluate() resolved.
    "synthetic_module_evaluating": ("""
import vm from 'node:vm';
const s = new vm.SyntheticModule(['a'], () => {
  console.log('in callback', s.status);
  s.evaluate().then(() => console.log('inner resolved'), (e) => console.log('inner', e.code));
});
await s.link(() => {});
await s.evaluate();
console.log(s.status);
""", "in callback evaluating\ninner ERR_VM_MODULE_STATUS\nevaluated\n", 0, True),
    # A module evaluated from inside the callback of a synthetic module it imports rejects with a
    # TypeError (V8 aborts the process); a Python AssertionError had ended the program silently.
    "module_importing_an_evaluating_synthetic_module": ("""
import vm from 'node:vm';
let m;
const s = new vm.SyntheticModule(['x'], () => {
  m.evaluate().then(() => console.log('m evaluated'), (e) => console.log('m', e.name, e.message));
});
m = new vm.SourceTextModule('import { x } from "s";');
await m.link(() => s);
await s.evaluate();
console.log(s.status, m.status);
""", "m TypeError Cannot evaluate a module that imports a synthetic module while that module's evaluation steps are "
        "running\nevaluated errored\n", 0, False),
    # import.meta.resolve gives the URL of a missing file or of a directory (Node returns the
    # url of ERR_MODULE_NOT_FOUND / ERR_UNSUPPORTED_DIR_IMPORT) and of a URL of any scheme; it
    # threw. Importing a URL of a scheme other than file, data or node is
    # ERR_UNSUPPORTED_ESM_URL_SCHEME (it was 'Cannot find package "http:"').
    "import_meta_resolve_and_url_schemes": ("""
const here = import.meta.dirname;
for (const s of ['./w.mjs', './missing.mjs', './', './sub', '/abs/nowhere.mjs', 'file:///x/y.mjs', 'node:fs',
                 'http://x.com/a.mjs', 'nopkg']) {
  try { console.log(s, import.meta.resolve(s).replace('file://' + here, '<url>')); }
  catch (e) { console.log(s, e.code); }
}
for (const s of ['http://x.com/a.mjs', 'https://x.com/a.mjs', 'pkg:foo', 'C:/x.mjs']) {
  try { await import(s); } catch (e) { console.log(s, e.name, e.code, e.message); }
}
""", """./w.mjs <url>/w.mjs
./missing.mjs <url>/missing.mjs
./ <url>/
./sub <url>/sub
/abs/nowhere.mjs file:///abs/nowhere.mjs
file:///x/y.mjs file:///x/y.mjs
node:fs node:fs
http://x.com/a.mjs http://x.com/a.mjs
nopkg ERR_MODULE_NOT_FOUND
http://x.com/a.mjs Error ERR_UNSUPPORTED_ESM_URL_SCHEME Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'http:'
https://x.com/a.mjs Error ERR_UNSUPPORTED_ESM_URL_SCHEME Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'https:'
pkg:foo Error ERR_UNSUPPORTED_ESM_URL_SCHEME Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'pkg:'
C:/x.mjs Error ERR_UNSUPPORTED_ESM_URL_SCHEME Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'c:'
""", 0, True),
    # A JSON module imported with a type other than 'json' ('JSON') is an unsupported type
    # (Node's handleInvalidType; node 22's code and message, node 20 says
    # ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED), not a missing one: it said the attribute was missing.
    "json_module_with_a_wrong_type": ("""
for (const [s, type] of [['./data.json', 'JSON'], ['./data.json', undefined], ['./w.mjs', 'json'], ['./w.mjs', 'css']]) {
  try { await import(s, type === undefined ? undefined : { with: { type } }); console.log(s, type, 'loaded'); }
  catch (e) { console.log(s, type, e.name, e.code, e.message.replace(import.meta.url.replace(/[^/]*$/, ''), '')); }
}
""", """./data.json JSON TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED Import attribute "type" with value "JSON" is not supported
./data.json undefined TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "data.json" needs an import attribute of type "json"
./w.mjs json TypeError ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE Module "w.mjs" is not of type "json"
./w.mjs css TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED Import attribute "type" with value "css" is not supported
""", 0, False),
    # ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING is shaped as Node's internal errors: its stack
    # starts 'TypeError [ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING]: ...' and its code is an own
    # enumerable property (shown by util.inspect); it had neither.
    "missing_callback_error_shape": ("""
import vm from 'node:vm';
for (const run of [() => vm.runInThisContext('import("x")'), () => vm.runInNewContext('import("x")'),
                   () => vm.compileFunction('return import("x")')()]) {
  try { await run(); } catch (e) {
    console.log(e.stack.split('\\n')[0], JSON.stringify(Object.keys(e)), e.name, e.code);
  }
}
""", "TypeError [ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING]: A dynamic import callback was not specified. "
        '["code"] TypeError ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING\n' * 3, 0, True),
    # A specifier whose resolved path holds an encoded "/" or "\" (%2F, %5C) is TypeError
    # ERR_INVALID_MODULE_SPECIFIER, as Node's finalizeResolution says; it was decoded into a path
    # separator ('./x%2F..%2Fw.mjs' named another file).
    "encoded_separators_in_specifiers": ("""
const dir = import.meta.dirname;  // (a path without characters a URL path encodes)
for (const s of ['./a%2Fb.mjs', './a%5cb.mjs', './x%2F..%2Fw.mjs', 'file:///x%2fy.mjs', './w%2emjs']) {
  try { await import(s); console.log(s, 'loaded'); }
  catch (e) { console.log(s, e.name, e.code, e.message.replaceAll(dir, '<dir>')); }
}
try { import.meta.resolve('./a%2Fb.mjs'); } catch (e) { console.log('resolve', e.code); }
""", """./a%2Fb.mjs TypeError ERR_INVALID_MODULE_SPECIFIER Invalid module "<dir>/a%2Fb.mjs" must not include encoded "/" or "\\" characters imported from <dir>/encoded_separators_in_specifiers.mjs
./a%5cb.mjs TypeError ERR_INVALID_MODULE_SPECIFIER Invalid module "<dir>/a%5cb.mjs" must not include encoded "/" or "\\" characters imported from <dir>/encoded_separators_in_specifiers.mjs
./x%2F..%2Fw.mjs TypeError ERR_INVALID_MODULE_SPECIFIER Invalid module "<dir>/x%2F..%2Fw.mjs" must not include encoded "/" or "\\" characters imported from <dir>/encoded_separators_in_specifiers.mjs
file:///x%2fy.mjs TypeError ERR_INVALID_MODULE_SPECIFIER Invalid module "/x%2fy.mjs" must not include encoded "/" or "\\" characters imported from <dir>/encoded_separators_in_specifiers.mjs
./w%2emjs loaded
resolve ERR_INVALID_MODULE_SPECIFIER
""", 0, True),
    # Code made by Function() or an indirect eval has the [[ScriptOrModule]] of the code that
    # called them (GetActiveScriptOrModule): its import() calls that script's, module's or
    # compiled function's importModuleDynamically with that referrer, not the realm's default
    # loader (a script without the option loaded node:fs). Each text is distinct: V8's eval
    # cache would hand a repeated one the code compiled for an earlier caller.
    "dynamic_code_takes_the_callers_referrer": ("""
import vm from 'node:vm';
const mk = (name) => (s, r) => { console.log('cb', name, s, r.constructor.name, r.tag); return import('node:fs'); };
const show = async (label, p) => { try { await p; console.log(label, 'ok'); } catch (e) { console.log(label, e.code); } };
await show('Function', vm.runInThisContext('Function("return import(\\'node:fs\\')")()'));
await show('indirect', vm.runInThisContext('(0, eval)("import(\\'node:os\\')")'));
await show('in context', vm.runInNewContext('Function("return import(\\'node:path\\')")()'));
const loader = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
await show('default', new vm.Script('Function("return import(\\'node:url\\')")()', { importModuleDynamically: loader }).runInNewContext());
const A = new vm.Script(`function mk() { return Function("return import('a')")(); }
  function ev() { return (0, eval)("import('a2')"); }
  async function af() { await 1; return Function("return import('a3')")(); }
  class K { static s = Function("return import('a4')")(); } globalThis.K = K;`, { importModuleDynamically: mk('A') });
A.tag = 'A';
A.runInThisContext();
const B = new vm.Script(`[mk(), ev(), Reflect.apply(Function, null, ["return import('b')"])(), af(), K.s,
  eval("Function('return import(\\\\"b2\\\\")')")()]`, { importModuleDynamically: mk('B') });
B.tag = 'B';
for (const p of B.runInThisContext()) await show('B', p);
const m = new vm.SourceTextModule(`export const p = Function("return import('m')")();
  await 0; export const q = (0, eval)("import('m2')");`, { context: vm.createContext(), importModuleDynamically: mk('M') });
m.tag = 'M';
await m.link(() => {}); await m.evaluate();
await show('M', m.namespace.p); await show('M', m.namespace.q);
const f = vm.compileFunction('return [eval("import(\\'c\\')"), Function("return import(\\'c2\\')")()]', [],
                             { importModuleDynamically: mk('CF') });
f.tag = 'CF';
for (const p of f()) await show('CF', p);
""", """Function ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
indirect ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
in context ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
default ok
cb A a4 Script A
cb A a Script A
cb A a2 Script A
cb B b Script B
cb B b2 Script B
cb A a3 Script A
B ok
B ok
B ok
B ok
B ok
B ok
cb M m SourceTextModule M
cb M m2 SourceTextModule M
M ok
M ok
cb CF c Function CF
cb CF c2 Function CF
CF ok
CF ok
""", 0, True),
    # A vm module past util.inspect's depth is "[SourceTextModule]" (its class's name, styled
    # 'special'), as node shows it; it was "SourceTextModule {}".
    "module_past_the_inspect_depth": ("""
import vm from 'node:vm';
import util from 'node:util';
class Sub extends vm.SourceTextModule {}
const m = new vm.SourceTextModule(''), s = new vm.SyntheticModule([], () => {});
console.log(util.inspect({ m, s, sub: new Sub('') }, { depth: 0 }));
console.log(util.inspect({ x: { y: m } }, { depth: 1 }), util.inspect(m, { depth: -1 }));
console.log(JSON.stringify(util.inspect([m], { depth: 0, colors: true })), m[util.inspect.custom](-1) === m);
// (what is past the depth is styled 'special' with colors: it was plain)
console.log(JSON.stringify(util.inspect({ a: { b: 1 }, n: Object.create(null), f: { g() {} } }, { depth: 0, colors: true })));
""", """{ m: [SourceTextModule], s: [SyntheticModule], sub: [Sub] }
{ x: { y: [SourceTextModule] } } [SourceTextModule]
"[ \\u001b[36m[SourceTextModule]\\u001b[39m ]" true
"{ a: \\u001b[36m[Object]\\u001b[39m, n: [Object: null prototype] {}, f: \\u001b[36m[Object]\\u001b[39m }"
""", 0, True),
    # CommonJS imported by an ES module runs when its record is evaluated, in its place among
    # the imports (it ran at link time, before './cjs/first.mjs'), and exports the names found
    # statically as node's cjs-module-lexer finds them, not every key module.exports has at run
    # time: no 'dyn' (a computed key), no getter of another form ('g'), no property of the
    # literal after one whose value is no identifier; reexports add their names.
    "commonjs_named_exports_and_order": ("""
import './cjs/first.mjs';
import * as c from './cjs/c.cjs';
import * as d from './cjs/d.cjs';
import * as e from './cjs/e.cjs';
import * as f from './cjs/f.cjs';
import * as b from './cjs/babel.cjs';
import * as t from './cjs/ts.cjs';
import def, { x } from './cjs/c.cjs';
for (const ns of [c, d, e, f, b, t]) console.log(Object.keys(ns).join());
console.log(def === c.default, x, c.dyn, c.never, c.default.dyn, e.y, b.x, t.fromd2, typeof t.join);
try { await import('./cjs/throws.cjs'); } catch (err) { console.log('caught', err.message); }
""", """first runs
c runs
d runs
e runs
f runs
babel runs
ts runs
default,never,w,x,y,z
a,b,c,default,e
default,never,w,x,y,z
__esModule,default,esm,not-id
__esModule,default,never,own,w,x,y,z
__esModule,default,fromd2
true 1 undefined undefined 6 2 1 1 undefined
throws runs
caught boom
""", 0, True),
    # A module of a microtaskMode 'afterEvaluate' context whose body, after an await, is stopped
    # by a timeout (of its own evaluate() or of a later script whose run drains the context's
    # microtasks) ends 'errored' with that timeout error, and its evaluate() promise and its
    # importer's reject with it, as the docs describe an evaluation that ends in an exception.
    # It stayed 'evaluated' (module.error threw) and, stopped by a script, never settled. (Node 20
    # leaves it so too: not compared.)
    "timeout_errors_a_module_continuation": ("""
import vm from 'node:vm';
const ctx = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
const err = (m) => { try { return m.error.code; } catch (e) { return 'throws ' + e.code; } };
const m = new vm.SourceTextModule('await 0; while (true);', { context: ctx });
await m.link(() => {});
await m.evaluate({ timeout: 30 }).catch(e => console.log('own', e.code, m.status, err(m), e === m.error));
vm.runInContext('globalThis.gate = new Promise(r => globalThis.open = r)', ctx);
const d = new vm.SourceTextModule('await gate; while (true);', { context: ctx });
const r = new vm.SourceTextModule('import "d";', { context: ctx });
await r.link(() => d);
const p = r.evaluate().then(() => console.log('fulfilled'), e => console.log('importer', e.code, r.status, d.status, e === d.error));
try { vm.runInContext('open()', ctx, { timeout: 30 }); } catch (e) { console.log('script', e.code, d.status, err(d)); }
await p;
await r.evaluate().catch(e => console.log('again', e.code));
""", """own ERR_SCRIPT_EXECUTION_TIMEOUT errored ERR_SCRIPT_EXECUTION_TIMEOUT true
script ERR_SCRIPT_EXECUTION_TIMEOUT errored ERR_SCRIPT_EXECUTION_TIMEOUT
importer ERR_SCRIPT_EXECUTION_TIMEOUT errored errored true
again ERR_SCRIPT_EXECUTION_TIMEOUT
""", 0, False),
    # A function called through a module namespace shows "at Module.f" in stacks (the
    # namespace's class, V8's type name for an object with no constructor on its chain); it
    # showed "at Object.f".
    "namespace_method_frames": ("""
import * as ns from './st/lib.mjs';
import vm from 'node:vm';
const line = (s) => s.split('\\n')[1].replace(/\\(.*\\//, '(');
try { ns.f(); } catch (e) { console.log(line(e.stack)); }
console.log(line(ns.g()), line(ns.default()));
const m = new vm.SourceTextModule('export function h() { return new Error("q").stack; }');
await m.link(() => {}); await m.evaluate();
console.log(line(m.namespace.h()));
Error.prepareStackTrace = (e, sites) => sites[0].getTypeName();
console.log(new Error().stack, ns.g());
""", """    at Module.f (lib.mjs:1:29)
    at Module.g (lib.mjs:2:30)     at Module.default (lib.mjs:3:37)
    at Module.h (vm:module(0):1:30)
null Module
""", 0, True),
}


# Files beside every program (for the ones that import them).
FILES = {
    "cj.js": "module.exports = 1;",
    "data.json": '{"k": 1}',
    "bad.json": '{bad',
    "sub/index.js": "module.exports = 2;",
    "pk/package.json": '{"main": "lib.js"}',
    "pk/lib.js": "module.exports = 3;",
    "empty/keep.txt": "",
    "w.mjs": "export const where = 'top';",
    "other/w.mjs": "export const where = 'other';",
    "cjs/first.mjs": "console.log('first runs');",
    "st/lib.mjs": """export function f() { throw new Error('x'); }
export function g() { return new Error('y').stack; }
export default function () { return new Error('z').stack; }
""",
    "cjs/c.cjs": """console.log('c runs');
exports.x = 1;
exports['y'] = 2;
module.exports.z = 3;
Object.defineProperty(exports, 'w', { enumerable: true, value: 4 });
Object.defineProperty(exports, 'g', { enumerable: true, get() { return 5; } });
const k = 'dyn'; exports[k] = 6;
exports.default = 'not the default export';
if (false) exports.never = 7;
""",
    "cjs/d.cjs": """console.log('d runs');
module.exports = { a, 'b': b, c: c, ...o, e: require('./d2.cjs'), f, p: 1 };
function a() {} var b = 2, c = 3, o = { q: 1 }, f;
""",
    "cjs/d2.cjs": "exports.fromd2 = 1;",
    "cjs/e.cjs": "console.log('e runs');\nmodule.exports = require('./c.cjs');",
    "cjs/f.cjs": """console.log('f runs');
Object.defineProperty(exports, '__esModule', { value: true });
exports.esm = 1; exports['not-id'] = 2;
Object.defineProperty(exports, 'p', { get: () => 1 });
""",
    "cjs/babel.cjs": """"use strict";
console.log('babel runs');
exports.__esModule = true;
var _external = require("./c.cjs");
Object.keys(_external).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  exports[key] = _external[key];
});
module.exports.own = 1;
""",
    "cjs/ts.cjs": """"use strict";
console.log('ts runs');
function __export(m) { for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p]; }
Object.defineProperty(exports, "__esModule", { value: true });
__export(require("./d2.cjs"));
__export(require("node:path"));
""",
    "cjs/throws.cjs": "console.log('throws runs');\nexports.t = 1;\nthrow new Error('boom');",
}


def _write(tmp_path: Path, name: str, program: str) -> str:
    for file, text in FILES.items():
        (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / file).write_text(text, encoding="utf-8")
    path = tmp_path / (name + ".mjs")
    path.write_text(program, encoding="utf-8")
    return path.name


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program(name: str, tmp_path: Path) -> None:
    program, expected, code, _ = PROGRAMS[name]
    r = run_pyjsvm("--experimental-vm-modules", _write(tmp_path, name, program), cwd=str(tmp_path), timeout=60)
    assert (r.stdout, r.stderr, r.returncode) == (expected, "", code)


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", sorted(n for n, (_, _, _, with_node) in PROGRAMS.items() if with_node))
def test_program_against_node(name: str, tmp_path: Path) -> None:
    program = PROGRAMS[name][0]
    file = _write(tmp_path, name, program)
    r = run_pyjsvm("--experimental-vm-modules", file, cwd=str(tmp_path), timeout=60)
    n = subprocess.run([NODE or "node", "--experimental-vm-modules", "--no-warnings", file], capture_output=True,
                       text=True, cwd=str(tmp_path), timeout=60)
    assert (r.stdout, r.returncode) == (n.stdout, n.returncode)


# name -> (command-line arguments, stdin, expected stdout with {CWD} for the directory, exit code)
COMMANDS: dict[str, tuple[list[str], str | None, str, int]] = {
    # ES module input read from stdin is [eval1], as -e code is (it was [stdin])
    "stdin_module_is_eval1": (["--input-type=module"], "console.log(import.meta.url); await 1;",
                              "file://{CWD}/[eval1]\n", 0),
    # a bad --input-type is a bad command-line argument: exit code 9 (it was 1)
    "bad_input_type_exits_9": (["--input-type=bogus", "-e", "1"], None, "", 9),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command(name: str, tmp_path: Path) -> None:
    args, stdin, expected, code = COMMANDS[name]
    r = run_pyjsvm(*args, stdin=stdin, cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == (expected.replace("{CWD}", str(tmp_path)), code)


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_against_node(name: str, tmp_path: Path) -> None:
    args, stdin, _, _ = COMMANDS[name]
    r = run_pyjsvm(*args, stdin=stdin, cwd=str(tmp_path))
    n = subprocess.run([NODE or "node", *args], capture_output=True, text=True, input=stdin, cwd=str(tmp_path),
                       timeout=60)
    assert (r.stdout, r.returncode) == (n.stdout, n.returncode)


def test_no_commonjs_hint_for_a_file_the_permission_model_denies(tmp_path: Path) -> None:
    # Node's hint comes from require()'s lookup, which the permission model denies too: no
    # 'Did you mean to import "../secret/hidden.js"?' revealing a file outside --allow-fs-read.
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "hidden.js").write_text("module.exports = 1;", encoding="utf-8")
    (tmp_path / "allowed").mkdir()
    (tmp_path / "allowed" / "main.mjs").write_text(
        "try { await import('../secret/hidden'); } catch (e) { console.log(e.code, e.message.includes('Did you mean')); }",
        encoding="utf-8")
    r = run_pyjsvm("--experimental-permission", f"--allow-fs-read={tmp_path / 'allowed'}", "allowed/main.mjs",
                   cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("ERR_MODULE_NOT_FOUND false\n", 0)
    r = run_pyjsvm("allowed/main.mjs", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("ERR_MODULE_NOT_FOUND true\n", 0)
