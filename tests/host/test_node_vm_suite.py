"""What running Node's own vm tests (test/parallel/test-vm-*.js of nodejs/node) under ``pyjsvm``
showed to differ from node: each case is our own small program for one difference, and its
output must equal node's (the expected lines are written out, so the test runs without node too;
where node is on PATH it is compared with node as well)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

HAVE_NODE = shutil.which("node") is not None

CASES: dict[str, tuple[str, list[str]]] = {
    # vm.compileFunction's columnOffset shifts the columns of the body's first line (as
    # new vm.Script's does for the script's first line), in nested functions too; the other
    # lines keep theirs (test-vm-basic.js: "at <anonymous>:1:10" for columnOffset 3)
    "compile_function_column_offset": ("""
const vm = require('node:vm');
Error.stackTraceLimit = 1;
const at = (code, options) => {
  try { vm.compileFunction(code, [], options)(); } catch (e) { console.log(e.stack.split('\\n')[1].trim()); }
};
at('throw new Error("x")', { columnOffset: 3 });
at('throw new Error("x")', { columnOffset: 3, lineOffset: 2 });
at('\\nthrow new Error("x")', { columnOffset: 3 });
at('(() => { throw new Error("x") })()', { columnOffset: 3 });
at('  null.x', { columnOffset: 5, lineOffset: 1, contextExtensions: [{}] });
""", ["at <anonymous>:1:10", "at <anonymous>:3:10", "at <anonymous>:2:7", "at <anonymous>:1:19",
      "at <anonymous>:2:13"]),
    # vm.createScript(code, options): new vm.Script(code, options), an enumerable export of
    # length 2 (test-vm-context.js and test-vm-api-handles-getter-errors.js call it); its options
    # are checked, and a throwing option getter's error comes out as it is
    "create_script": ("""
const vm = require('node:vm');
const d = Object.getOwnPropertyDescriptor(vm, 'createScript');
console.log(typeof d.value, d.value.length, d.enumerable, d.writable, d.configurable);
const s = vm.createScript('x * 2', 'f.js');
console.log(s instanceof vm.Script, s.runInNewContext({ x: 21 }));
try { vm.createScript('1', { lineOffset: 'a' }); } catch (e) { console.log(e.code); }
try { vm.createScript('', { get filename() { throw new Error('xyz'); } }); } catch (e) { console.log(e.message); }
try { vm.createScript('a b', 'g.js'); } catch (e) { console.log(e.stack.split('\\n')[0], e.name); }
""", ["function 2 true true true", "true 42", "ERR_INVALID_ARG_TYPE", "xyz", "g.js:1 SyntaxError"]),
    # displayErrors' arrow puts the caret under the error's place in the line as printed: on the
    # first line, whose columns columnOffset shifts, it stood columnOffset spaces too far right
    # (test-vm-context.js: /^ \\^/m for ' throw new Error()' with columnOffset 123)
    "arrow_ignores_column_offset": ("""
const vm = require('node:vm');
const show = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.stack.split('\\n').slice(0, 3))); } };
show(() => new vm.Script(' a b', { columnOffset: 10, filename: 's.js' }));
show(() => new vm.Script('\\n a b', { columnOffset: 10, filename: 's.js' }));
show(() => vm.runInThisContext('  throw new Error("x")', { columnOffset: 7, lineOffset: 3, filename: 'r.js' }));
show(() => vm.runInThisContext('\\n  throw new Error("x")', { columnOffset: 7, filename: 'r.js' }));
show(() => vm.runInNewContext('  null.x', {}, { columnOffset: 4, filename: 'n.js' }));
show(() => vm.runInThisContext('  null.x', { columnOffset: -1, filename: 'm.js' }));
try { vm.runInThisContext('  null.x', { columnOffset: 4, filename: 'p.js' }); } catch (e) {
  console.log(e.stack.split('\\n').find((l) => l.includes(' at ')).trim());
}
""", ['["s.js:1"," a b","   ^"]', '["s.js:2"," a b","   ^"]', '["r.js:4","  throw new Error(\\"x\\")","  ^"]',
      '["r.js:2","  throw new Error(\\"x\\")","  ^"]', '["n.js:1","  null.x","       ^"]',
      '["m.js:1","  null.x","       ^"]', "at p.js:1:12"]),
    # sourceTextModule.linkRequests(modules) (documented; node 24's linkrequests test, not in
    # node 20): a value in the array that is no module is ERR_VM_MODULE_NOT_MODULE (it was
    # ERR_INVALID_ARG_TYPE), checked after the count, and in turn with the context of each
    "link_requests_not_module": ("""
const vm = require('node:vm');
const m = new vm.SourceTextModule('import "foo"');
const other = new vm.SourceTextModule('', { context: vm.createContext() });
for (const v of [[undefined], [null], [{}], [vm.SourceTextModule.prototype], [undefined, undefined], [other], 'x']) {
  try { m.linkRequests(v); } catch (e) { console.log(e.name, e.code); }
}
const two = new vm.SourceTextModule('import "a"; import "b";');
try { two.linkRequests([{}, other]); } catch (e) { console.log(e.code); }
try { two.linkRequests([other, {}]); } catch (e) { console.log(e.code); }
console.log(m.status);
""", ["Error ERR_VM_MODULE_NOT_MODULE", "Error ERR_VM_MODULE_NOT_MODULE", "Error ERR_VM_MODULE_NOT_MODULE",
      "Error ERR_VM_MODULE_NOT_MODULE", "Error ERR_MODULE_LINK_MISMATCH", "Error ERR_VM_MODULE_DIFFERENT_CONTEXT",
      "TypeError ERR_INVALID_ARG_TYPE", "ERR_VM_MODULE_NOT_MODULE", "ERR_VM_MODULE_DIFFERENT_CONTEXT", "unlinked"]),
}

# (not in node 20: the documentation's newer API)
NOT_IN_NODE_20 = {"link_requests_not_module"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_case(name: str) -> None:
    source, expected = CASES[name]
    r = run_pyjsvm("--experimental-vm-modules", "-e", source)
    assert (r.stdout.splitlines(), r.stderr, r.returncode) == (expected, "", 0)


@pytest.mark.skipif(not HAVE_NODE, reason="node is not on PATH")
@pytest.mark.parametrize("name", sorted(set(CASES) - NOT_IN_NODE_20))
def test_case_against_node(name: str) -> None:
    source, expected = CASES[name]
    r = subprocess.run(["node", "--experimental-vm-modules", "--no-warnings", "-e", source], capture_output=True,
                       text=True, timeout=60)
    assert r.stdout.splitlines() == expected
