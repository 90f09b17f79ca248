"""A context the host lets go is freed (a sandbox host makes thousands): nothing module-level in
the engine keeps its realm alive past a full collection. Before, the realm of every context that
ran index stores, a for-in, a property add or a global read stayed alive through the caches that
held its objects: ``LAST_PLAIN_INDEX_CHAIN`` and ``_PLAIN_INDEX_CHAINS`` (runtime/objects.py),
``_NO_ENUMERABLE`` (compiler/statements.py), and, in the compiled script the vm layer's cache
shares between contexts, the global cells pair of its code, its CalleeSites' entries and its put
sites' prototypes (each now let go at a full collection: runtime/agent.drop_at_full_collection)."""
from __future__ import annotations

import gc
import weakref

import pyjsvm as vm
from pyjsvm.api.vm import _context_of
from pyjsvm.compiler.emit import CALLEE_CACHE_FILLS
from pyjsvm.runtime.objects import CalleeSite
from pyjsvm.intrinsics.realm import Realm

PROGRAM = r"""
var o = {a: 1, b: 2}; o.c = 3; o[5] = 6;
var arr = [1, 2, 3]; arr[3] = 4; arr[10] = 5; for (let i = 0; i < 50; i++) arr[i] = i;
class A { #x = 1; static s = 2; get x() { return this.#x } m() { return this.#x + 1 } }
class B extends A { constructor() { super(); this.y = 2 } set z(v) { this.w = v } }
var b = new B(); b.m(); b.x; b.z = 3;
function mk(n) { return () => n + 1 } var fs = [mk(1), mk(2)]; fs[0]();
function* g() { yield 1; yield 2 } [...g()];
var p = Promise.resolve(1).then(x => x + 1);
(async () => { await p; return 3 })();
var px = new Proxy({}, { get: (t, k) => k }); px.foo;
var re = /a(b+)c/g; 'abbc abc'.replace(re, '$1'); re.exec('abc');
var m = new Map([[1, 2]]); var st = new Set([1]); var wm = new WeakMap([[o, 1]]);
JSON.parse(JSON.stringify({x: [1, 2, {y: 3}]}));
Object.keys(o); Object.assign({}, o); [3, 1, 2].sort(); 'abc'.split('');
for (var k in o) {} for (const v of arr) {}
var t = new Uint8Array(8); t[1] = 2; t.map(x => x);
try { null.x } catch (e) { e.stack }
eval('1 + 1'); new Function('return 1')(); Math.max(1, 2); Symbol.for('x');
"""


def _run_one(source: str = PROGRAM) -> "weakref.ref[Realm]":
    ctx = vm.create_context()
    vm.run_in_context(source, ctx)
    mod = vm.SourceTextModule("export const x = [1, 2]; export default function f() { return x.length }",
                              context=ctx)
    mod.link(lambda *args: None)
    mod.evaluate()
    realm = _context_of(ctx).realm
    return weakref.ref(realm)


def _live_realms() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is Realm)


def test_a_context_let_go_is_freed() -> None:
    for _ in range(2):  # (the second time, the compiled script comes from the vm layer's cache)
        ref = _run_one()
        gc.collect()
        assert ref() is None


def test_many_contexts_keep_the_live_realms_bounded() -> None:
    gc.collect()
    before = _live_realms()
    for i in range(300):
        # the same program (its compiled script shared) and one of its own every third time
        _run_one(PROGRAM if i % 3 else PROGRAM + f"var n{i} = {i};")
        if i % 50 == 49:
            gc.collect()
    gc.collect()
    assert _live_realms() <= before


def test_a_context_with_unhandled_rejections_is_freed() -> None:
    """A rejection nobody handles or takes (the Python vm API never takes them, the pyjsvm
    command does) is kept by its realm, not by a module-level table: before, each such context
    stayed alive for good. While the realm lives, the rejection can still be taken."""
    from pyjsvm.runtime import jobs

    source = "Promise.reject(new Error('x')); Promise.resolve().then(() => { throw 1 }); async function f() { throw 2 } f(); 0"
    refs = []
    for _ in range(3):
        ctx = vm.create_context()
        vm.run_in_context(source, ctx)
        refs.append(weakref.ref(_context_of(ctx).realm))
        del ctx
    gc.collect()
    assert [r() for r in refs] == [None, None, None]
    ctx = vm.create_context()
    vm.run_in_context(source, ctx)
    gc.collect()
    taken = jobs.take_unhandled_rejections(_context_of(ctx).realm)
    assert [jobs.rejection_id(p) for p, _ in taken] == sorted(jobs.rejection_id(p) for p, _ in taken)
    assert len(taken) == 3 and not _context_of(ctx).realm.pending_rejections


def test_full_collections_leave_the_call_sites_caching() -> None:
    """The refills after a full collection empties the call sites' entries do not count against
    a site's fills (after CALLEE_CACHE_FILLS of them a site reads by the generic [[Get]] for
    good): a host that collects between runs, more times than that, keeps its method calls on
    the cached path -- the site of ``o.siteKeepsCaching(i)`` still has its entry after each run."""
    ctx = vm.create_context()
    vm.run_in_context("function P() { this.x = 1 } P.prototype.siteKeepsCaching = function (i) { return i };"
                      "function run(n) { var o = new P(), c = 0; for (var i = 0; i < n; i++) c += o.siteKeepsCaching(i); return c }"
                      "run(500); run(500)", ctx)

    g = _context_of(ctx).realm.global_object
    proto = g.get("P", g).get("prototype", g)
    method = proto.get("siteKeepsCaching", proto)

    def our_sites() -> list[CalleeSite]:
        return [o for o in gc.get_objects() if type(o) is CalleeSite and type(o.entry) is tuple and len(o.entry) == 4
                and getattr(o.entry[1], "value", None) is method]

    assert our_sites()
    for _ in range(CALLEE_CACHE_FILLS + 4):
        gc.collect()
        assert vm.run_in_context("run(50)", ctx) == 1225
    sites = our_sites()
    assert sites and all(s.fills < CALLEE_CACHE_FILLS for s in sites)
