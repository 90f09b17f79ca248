"""The JS face of ``node:vm`` (``require('node:vm')`` in the ``pyjsvm`` command) checked item by
item against Node's vm documentation (../shared/reference/node-vm.md): each test runs a small
program and compares what it prints with what the documentation says (and, where node 20 has
the item, with node)."""
from __future__ import annotations

import shutil
import subprocess

from tests.host.conftest import run_pyjsvm

HAVE_NODE = shutil.which("node") is not None


def js(source: str) -> list[str]:
    """The lines a CommonJS program prints under ``pyjsvm`` (which must exit cleanly)."""
    r = run_pyjsvm("--experimental-vm-modules", "-e", source)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    return r.stdout.splitlines()


def node(source: str) -> list[str]:
    r = subprocess.run(["node", "--experimental-vm-modules", "--no-warnings", "-e", source], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def agrees(source: str, expected: list[str]) -> None:
    """``source`` prints ``expected`` under pyjsvm, and under node where it is on PATH."""
    assert js(source) == expected
    if HAVE_NODE:
        assert node(source) == expected


# "When the importModuleDynamically option is not specified or undefined ... when the compiled
# code is executed and it actually calls import(), the result will reject with
# ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING."
MISSING_CALLBACK = """
const vm = require('node:vm');
const show = (p) => p.then(() => 'loaded', (e) => e.code);
Promise.all([
  show(vm.runInThisContext('import("node:path")')),
  show(new vm.Script('import("node:path")').runInThisContext()),
  show(vm.runInContext('import("node:path")', vm.createContext())),
  show(vm.runInNewContext('import("node:path")')),
  show(vm.runInThisContext('eval("import(\\'node:path\\')")')),
  show(vm.compileFunction('return import("node:path")')()),
]).then((r) => console.log(r.join(' ')));
"""


def test_import_without_callback_rejects() -> None:
    expected = ["ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING " * 5 + "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING"]
    agrees(MISSING_CALLBACK, expected)


# timeout: a run that times out throws; what the program queued before it still runs.
TIMEOUT_KEEPS_JOBS = """
const vm = require('node:vm');
globalThis.log = [];
Promise.resolve().then(() => log.push('before'));
try { vm.runInThisContext('while (true) {}', { timeout: 20 }); } catch (e) { log.push(e.code); }
const c = vm.createContext({ log });
Promise.resolve().then(() => log.push('before 2'));
try { vm.runInContext('while (true) {}', c, { timeout: 20 }); } catch (e) { log.push(e.code); }
setTimeout(() => console.log(log.join(' ')));
"""


def test_timeout_keeps_jobs_queued_before_the_run() -> None:
    expected = ["ERR_SCRIPT_EXECUTION_TIMEOUT ERR_SCRIPT_EXECUTION_TIMEOUT before before 2"]
    agrees(TIMEOUT_KEEPS_JOBS, expected)


# SourceTextModule lineOffset / columnOffset: "displayed in stack traces produced by this Module"
MODULE_OFFSETS = """
const vm = require('node:vm');
(async () => {
  for (const [code, options] of [['\\nthrow new Error("x")', { identifier: 'lo.mjs', lineOffset: 10, columnOffset: 5 }],
                                  ['throw new Error("x")', { identifier: 'co.mjs', columnOffset: 5 }]]) {
    const m = new vm.SourceTextModule(code, options);
    await m.link(() => {});
    try { await m.evaluate(); } catch (e) { console.log(e.stack.split('\\n')[1].trim()); }
  }
})();
"""


def test_source_text_module_offsets_show_in_stack_traces() -> None:
    expected = ["at lo.mjs:12:7", "at co.mjs:1:12"]
    agrees(MODULE_OFFSETS, expected)


# module.evaluate([options]): options is an object; SourceTextModule's importModuleDynamically is
# a {Function} ("USE_MAIN_CONTEXT_DEFAULT_LOADER ... is currently not supported for
# vm.SourceTextModule").
MODULE_OPTIONS = """
const vm = require('node:vm');
const show = (e) => `${e.name} ${e.code} ${e.message}`;
(async () => {
  const m = new vm.SourceTextModule('');
  await m.link(() => {});
  for (const options of [5, null, 'x']) {
    try { await m.evaluate(options); console.log('evaluated'); } catch (e) { console.log(show(e)); }
  }
  try {
    new vm.SourceTextModule('', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    console.log('made');
  } catch (e) { console.log(show(e)); }
})();
"""


def test_module_option_types() -> None:
    expected = [
        'TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5)',
        'TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received null',
        "TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type string ('x')",
        'TypeError ERR_INVALID_ARG_TYPE The "options.importModuleDynamically" property must be of type function. '
        'Received type symbol (Symbol(vm_dynamic_import_main_context_default))',
    ]
    agrees(MODULE_OPTIONS, expected)


# The exports as Node has them: each function's length (its declared parameters before the first
# optional one), and vm.constants frozen.
SHAPES = """
const vm = require('node:vm');
console.log(['createContext', 'isContext', 'runInContext', 'runInNewContext', 'runInThisContext',
             'compileFunction', 'measureMemory', 'Script', 'Module', 'SourceTextModule', 'SyntheticModule']
  .map((k) => `${k}:${vm[k].length}`).join(' '));
console.log(['runInContext', 'runInNewContext', 'runInThisContext', 'createCachedData']
  .map((k) => `${k}:${vm.Script.prototype[k].length}`).join(' '));
console.log(Object.isFrozen(vm.constants), JSON.stringify(Object.getOwnPropertyDescriptor(vm.constants, 'DONT_CONTEXTIFY')));
"""


def test_export_shapes() -> None:
    expected = [
        "createContext:0 isContext:1 runInContext:3 runInNewContext:3 runInThisContext:2 compileFunction:2 "
        "measureMemory:0 Script:1 Module:1 SourceTextModule:1 SyntheticModule:2",
        "runInContext:2 runInNewContext:2 runInThisContext:1 createCachedData:0",
        'true {"writable":false,"enumerable":true,"configurable":false}',
    ]
    agrees(SHAPES, expected)


# module.evaluate(): without top-level await, "the promise will be fulfilled [or rejected]
# synchronously"; a SyntheticModule's "always ... fulfills synchronously": its reactions come
# before those of a promise settled after the call.
EVALUATE_SYNC = """
const vm = require('node:vm');
(async () => {
  const log = [];
  const modules = [new vm.SourceTextModule('export const x = 1;'), new vm.SourceTextModule('throw new Error("e")'),
                   new vm.SyntheticModule([], () => {}), new vm.SyntheticModule([], () => { throw new Error('s'); })];
  for (const m of modules) await m.link(() => {});
  modules.forEach((m, i) => {
    m.evaluate().then(() => log.push(`${i} fulfilled`), (e) => log.push(`${i} rejected ${e.message}`));
    Promise.resolve().then(() => log.push(`${i} later`));
  });
  await new Promise((resolve) => setTimeout(resolve));
  console.log(log.join(', '));
})();
"""


def test_evaluate_settles_synchronously() -> None:
    expected = ["0 fulfilled, 0 later, 1 rejected e, 1 later, 2 fulfilled, 2 later, 3 rejected s, 3 later"]
    assert js(EVALUATE_SYNC) == expected  # (node 20 settles only the throwing SyntheticModule's at once)


# displayErrors: "When true, if an Error occurs while compiling the code, the line of code
# causing the error is attached to the stack trace" (runtime errors of the run too, as node).
DISPLAY_ERRORS = r"""
const vm = require('node:vm');
const head = (f, n = 5) => { try { f(); } catch (e) { return JSON.stringify(e.stack.split('\n').slice(0, n)); } };
console.log(head(() => vm.runInNewContext('var x = 1;\n  null.foo', {}, { filename: 'q.js' })));
console.log(head(() => vm.runInNewContext('var x = 1;\n  null.foo', {}, { filename: 'q.js', displayErrors: false }), 2));
console.log(head(() => new vm.Script('var = 1', { filename: 's.js' })));
console.log(head(() => new vm.Script('null.y', { filename: 'r.js' }).runInThisContext()));
console.log(head(() => new vm.Script('null.y', { filename: 'r.js' }).runInThisContext({ displayErrors: false }), 2));
const e = new Error('outer');
console.log(head(() => vm.runInNewContext('\nthrow e', { e }, { filename: 't.js' })));
console.log(head(() => vm.runInThisContext('throw e', { filename: 't2.js' })));  // decorated once only
try { vm.runInNewContext('throw {stack: "S"}', {}, { filename: 'o.js' }); } catch (o) { console.log(JSON.stringify(o.stack)); }
try { vm.runInNewContext('throw Object.freeze(new Error("f"))', {}, { filename: 'f.js' }); } catch (f) { console.log(JSON.stringify(f.stack.split('\n')[0])); }
console.log(head(() => vm.compileFunction('return ]', [], { filename: 'cf.js' }), 4));
"""


def test_display_errors_attaches_the_source_line_to_the_stack() -> None:
    expected = [
        '["q.js:2","  null.foo","       ^","","TypeError: Cannot read properties of null (reading \'foo\')"]',
        '["TypeError: Cannot read properties of null (reading \'foo\')","    at q.js:2:8"]',
        '["s.js:1","var = 1","    ^","","SyntaxError: Unexpected token \'=\'"]',
        '["r.js:1","null.y","     ^","","TypeError: Cannot read properties of null (reading \'y\')"]',
        '["TypeError: Cannot read properties of null (reading \'y\')","    at r.js:1:6"]',
        '["t.js:2","throw e","^","","Error: outer"]',
        '["t.js:2","throw e","^","","Error: outer"]',
        '"o.js:1\\nthrow {stack: \\"S\\"}\\n^\\n\\nS"',
        '"Error: f"',
        '["cf.js:1","return ]","       ^",""]',
    ]
    agrees(DISPLAY_ERRORS, expected)


UNCAUGHT = """
const vm = require('node:vm');
vm.runInNewContext('var x = 1;\\n  null.foo', {}, { filename: 'u.js' });
"""


def test_uncaught_decorated_error_shows_its_arrow_once() -> None:
    r = run_pyjsvm("-e", UNCAUGHT)
    assert r.returncode == 1
    assert r.stderr.splitlines()[:6] == ["u.js:2", "  null.foo", "       ^", "",
                                         "TypeError: Cannot read properties of null (reading 'foo')", "    at u.js:2:8"]


# compileFunction's filename "Default: ''": a frame of a script without a name shows as V8 shows it.
UNNAMED = """
const vm = require('node:vm');
try { vm.compileFunction('throw new Error("x")')(); } catch (e) { console.log(e.stack.split('\\n')[1]); }
try { vm.runInThisContext('throw new Error("y")', { filename: '', displayErrors: false }); } catch (e) { console.log(e.stack.split('\\n')[1]); }
"""


def test_unnamed_code_frames() -> None:
    expected = ["    at <anonymous>:1:7", "    at <anonymous>:1:7"]
    agrees(UNNAMED, expected)


# importModuleDynamically(specifier, referrer, importAttributes, phase): "phase {string} The phase
# of the dynamic import ("source" or "evaluation")".
IMPORT_PHASE = """
const vm = require('node:vm');
const seen = [];
const importModuleDynamically = (specifier, referrer, attributes, phase) => {
  seen.push(`${specifier} ${JSON.stringify(attributes)} ${phase}`);
  return new vm.SyntheticModule(['x'], () => {});
};
const s = new vm.Script('import("a", { with: { type: "json" } })', { importModuleDynamically });
s.runInThisContext().then(() => console.log(seen.join(', ')));
"""


def test_import_callback_gets_the_phase() -> None:
    assert js(IMPORT_PHASE) == ['a {"type":"json"} evaluation']


# createContext importModuleDynamically: "used ... when import() is called in this context without
# a referrer script or module" (eval run by a promise job); the script's own callback is not called.
CONTEXT_IMPORT = """
const vm = require('node:vm');
let referrer;
const ctx = vm.createContext({}, { importModuleDynamically: (s, r) => { referrer = r; return new vm.SyntheticModule(['x'], () => {}); } });
const s = new vm.Script('Promise.resolve("import(\\'./m.mjs\\')").then(eval)', { importModuleDynamically: () => { throw new Error('script callback'); } });
s.runInContext(ctx).then((ns) => console.log(referrer === ctx, Object.keys(ns).join()), (e) => console.log(e.message));
"""


def test_context_import_callback_serves_code_without_referrer() -> None:
    assert js(CONTEXT_IMPORT) == ["true x"]


# SourceTextModule identifier: "Default: 'vm:module(i)' where i is a context-specific ascending
# index". Node checks the other options (lineOffset, columnOffset, initializeImportMeta,
# importModuleDynamically, cachedData) before Module's constructor takes the context and the
# index, so a module refused for one of them uses no index, and they are checked in that order.
MODULE_OPTION_ORDER = """
const vm = require('node:vm');
const first = (o) => { try { new vm.SourceTextModule('', o); return 'made'; } catch (e) { return e.message.split(' property')[0]; } };
console.log([first({ context: {}, cachedData: 1 }), first({ identifier: 1, cachedData: 1 }),
             first({ initializeImportMeta: 1, importModuleDynamically: 1, cachedData: 1 }),
             first({ importModuleDynamically: 1, cachedData: 1 }), first({ lineOffset: 'x', context: {} })].join(', '));
const ctx = vm.createContext();
for (const o of [{ lineOffset: 'x' }, { columnOffset: 1.5 }, { importModuleDynamically: 1 }, { initializeImportMeta: 1 },
                 { cachedData: 1 }]) {
  first({ ...o, context: ctx });
}
console.log(new vm.SourceTextModule('', { context: ctx }).identifier);
"""


def test_module_options_are_checked_before_the_identifier() -> None:
    expected = ['The "options.cachedData", The "options.cachedData", The "options.initializeImportMeta", '
                'The "options.importModuleDynamically", The "options.lineOffset"', "vm:module(0)"]
    agrees(MODULE_OPTION_ORDER, expected)


# produceCachedData: "a Buffer with V8's code cache data will be produced and stored in the
# cachedData property ... The cachedDataProduced value will be set": node's Script defines cachedData
# first, its compileFunction cachedDataProduced first.
PRODUCED_KEYS = """
const vm = require('node:vm');
console.log(Object.keys(new vm.Script('1', { produceCachedData: true })).join());
console.log(Object.keys(vm.compileFunction('1', [], { produceCachedData: true })).join());
"""


def test_produced_cached_data_keys() -> None:
    expected = ["cachedData,cachedDataProduced,sourceMapURL", "cachedDataProduced,cachedData"]
    agrees(PRODUCED_KEYS, expected)


# timeout: "If execution is terminated, an Error will be thrown". Node's C++ side makes it: a plain
# Error (stack and toString without a [CODE]) with an own enumerable code; a script's comes from
# the context it ran in, module.evaluate's from the caller's.
TIMEOUT_ERROR = """
const vm = require('node:vm');
const ctx = vm.createContext({});
const show = (what, e, C) => console.log(what, e.stack.split('\\n')[0], '|', String(e), '|', Object.keys(e).join(),
                                         e.code, e instanceof Error, e instanceof C);
const CtxError = vm.runInContext('Error', ctx);
try { vm.runInThisContext('while (1);', { timeout: 5 }); } catch (e) { show('this', e, Error); }
try { vm.runInContext('while (1);', ctx, { timeout: 5 }); } catch (e) { show('context', e, CtxError); }
try { new vm.Script('while (1);').runInNewContext({}, { timeout: 5 }); } catch (e) { console.log('new', e instanceof Error); }
(async () => {
  const m = new vm.SourceTextModule('while (1);', { context: ctx });
  await m.link(() => {});
  try { await m.evaluate({ timeout: 5 }); } catch (e) { show('module', e, Error); }
})();
"""


def test_timeout_error_is_a_plain_error_of_the_context() -> None:
    tail = "Error: Script execution timed out after 5ms | Error: Script execution timed out after 5ms | " \
           "code ERR_SCRIPT_EXECUTION_TIMEOUT"
    expected = [f"this {tail} true true", f"context {tail} false true", "new false", f"module {tail} true true"]
    agrees(TIMEOUT_ERROR, expected)


# displayErrors: "the line of code causing the error is attached to the stack trace": node's
# carets cover the offending token, keep the line's tabs and stop at the end of the input.
SYNTAX_ARROWS = r"""
const vm = require('node:vm');
for (const code of ['foo bar baz', '\tx y', 'a = {', '1\n\x0b x y']) {
  try { new vm.Script(code, { filename: 't.js' }); } catch (e) { console.log(JSON.stringify(e.stack.split('\n').slice(0, 3))); }
}
"""


def test_syntax_error_arrows() -> None:
    expected = ['["t.js:1","foo bar baz","    ^^^"]', r'["t.js:1","\tx y","\t  ^"]', '["t.js:1","a = {","     "]',
                r'["t.js:2","\u000b x y","    ^"]']
    agrees(SYNTAX_ARROWS, expected)


# compileFunction "Compiles the given code into the provided context": with a parsingContext, a
# syntax error in the body is that context's SyntaxError, as node's (it was the caller's)
COMPILE_FUNCTION_SYNTAX_ERROR_REALM = """
const vm = require('node:vm');
const c = vm.createContext();
try { vm.compileFunction('var;', [], { parsingContext: c }); } catch (e) {
  console.log(e instanceof SyntaxError, e instanceof vm.runInContext('SyntaxError', c));
}
try { vm.compileFunction('var;'); } catch (e) { console.log(e instanceof SyntaxError); }
"""


def test_compile_function_syntax_error_is_the_parsing_context_s() -> None:
    agrees(COMPILE_FUNCTION_SYNTAX_ERROR_REALM, ["false true", "true"])


# module.link(linker): the linker is called once per distinct request (specifier and attributes),
# as in node, so a linker that makes a new module per call links a module that imports 'x'
# twice; it was called per import and the link failed with ERR_MODULE_LINK_MISMATCH
LINK_ONCE_PER_REQUEST = """
const vm = require('node:vm');
(async () => {
  const m = new vm.SourceTextModule('import a from "x"; import b from "x"; import c from "x" with {type: "json"};'
    + ' export * from "x"; import "y"; export { a, b, c };');
  const calls = [];
  await m.link((specifier, referrer, extra) => {
    calls.push(specifier + JSON.stringify(extra.attributes));
    return new vm.SourceTextModule('export default 1');
  });
  await m.evaluate();
  console.log(calls.join(' '), m.status, m.dependencySpecifiers.join(), m.namespace.a + m.namespace.b + m.namespace.c);
})();
"""


def test_link_calls_the_linker_once_per_distinct_request() -> None:
    agrees(LINK_ONCE_PER_REQUEST, ['x{} x{"type":"json"} y{} evaluated x,x,y 3'])
