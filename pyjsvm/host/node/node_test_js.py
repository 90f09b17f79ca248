"""The JS of ``node:test`` (``node_test.py``): node 20's test runner as a program run by
``pyjsvm file.js`` sees it: ``test``/``describe``/``it``, hooks, subtests, skip/todo/only,
timeouts, ``mock``, and the TAP reporter writing to stdout."""
from __future__ import annotations

__all__ = ["NODE_TEST_SOURCE"]

NODE_TEST_SOURCE = r"""
(function () {
'use strict';
const process = __require('process');
// (the test whose function is running, through its awaits: test() there makes a subtest of it)
const running = new (__require('async_hooks').AsyncLocalStorage)();
// (milliseconds with node's nanosecond resolution: at most six decimals)
const now = () => Number(process.hrtime.bigint()) / 1e6;
const ms = (d) => Math.round(d * 1e6) / 1e6;

// --- the reporter (node 20's default when stdout is not a terminal: TAP version 13) --------
// Lines are buffered and written by a process.nextTick queued from a microtask, which runs once
// the microtask queue has drained: as in node, a report comes out at the end of the turn of the
// event loop that made it (console output of the tests run in that turn comes first).
let out = '';
let flushScheduled = false;
function emit(text) {
  out += text;
  if (!flushScheduled) {
    flushScheduled = true;
    queueMicrotask(() => process.nextTick(flush));
  }
}
function flush() {
  flushScheduled = false;
  const text = out;
  out = '';
  if (text) process.stdout.write(text);
}
// (as node 20 writes them: a backslash doubled, '#' escaped, a control character as two
// backslashes and its letter)
function tapEscape(s) {
  return String(s).replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\\\n').replace(/\t/g, '\\\\t')
    .replace(/\r/g, '\\\\r').replace(/\f/g, '\\\\f').replace(/\x08/g, '\\\\b').replace(/\v/g, '\\\\v');
}
const inspectOptions = { colors: false, breakLength: Infinity };
function yamlValue(indent, name, value, seen) {
  if (value === null || typeof value !== 'object') {
    const prefix = `${indent}  ${name}:`;
    if (typeof value === 'string') {
      const lines = value.split(/\r?\n/);
      if (lines.length > 1) return `${prefix} |-\n` + lines.map((line) => `${indent}    ${line}\n`).join('');
    }
    return `${prefix} ${__inspect(value, inspectOptions)}\n`;
  }
  seen.add(value);
  const isError = value instanceof Error;
  let result = `${indent}  ${name}:\n`;
  for (const [k, v] of Object.entries(value)) {
    if (isError && (k === 'cause' || k === 'code')) continue;
    if (v !== null && typeof v === 'object' && seen.has(v)) result += `${indent}    ${k}: <Circular>\n`;
    else result += yamlValue(indent + '  ', k, v, seen);
  }
  // (an error's message, code, name and stack follow, at the indentation of its name: node's)
  if (isError) result += errorLines(indent, value.message ?? '<unknown error>', value.code, value, seen);
  return result;
}
function isAssertionLike(e) { return e !== null && typeof e === 'object' && 'expected' in e && 'actual' in e; }
// the error, code, name, expected/actual/operator and stack lines of an error e
function errorLines(indent, message, code, e, seen) {
  const isObject = e !== null && (typeof e === 'object' || typeof e === 'function');
  let result = yamlValue(indent, 'error', message, seen);
  if (code) result += yamlValue(indent, 'code', code, seen);
  const name = isObject ? e.name : undefined;
  if (name && name !== 'Error') result += yamlValue(indent, 'name', name, seen);
  if (isAssertionLike(e)) {
    result += yamlValue(indent, 'expected', e.expected, seen);
    result += yamlValue(indent, 'actual', e.actual, seen);
    result += yamlValue(indent, 'operator', e.operator, seen);
  }
  const stack = isObject ? e.stack : undefined;
  if (typeof stack === 'string') {
    // (the frames, without node:test's own: pyjsvm's runner frames are not node's)
    const frames = [];
    for (const line of stack.split(/\r?\n/)) {
      const m = /^ {4}at (.*)$/.exec(line);
      if (m && !/\(node:test:\d|^node:test:\d/.test(m[1])) frames.push(m[1]);
    }
    if (frames.length > 0) result += `${indent}  stack: |-\n` + frames.map((f) => `${indent}    ${f}\n`).join('');
  }
  return result;
}
// the YAML block of a failure: the error the test's code gave, unwrapped (as node's reporter does)
function errorDetails(indent, failure) {
  const { cause, failureType } = failure;
  const seen = new Set();
  const causeIsObject = cause !== null && (typeof cause === 'object' || typeof cause === 'function');
  let message = failure.message;
  if (failureType === 'testCodeFailure' && causeIsObject && cause.message !== undefined) message = cause.message;
  const code = causeIsObject && cause.code !== undefined && cause.code !== null ? cause.code : 'ERR_TEST_FAILURE';
  return yamlValue(indent, 'failureType', failureType, seen) + errorLines(indent, message, code, cause, seen);
}

// --- tests and suites ---------------------------------------------------------------------
const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
let onlyWarned = false;
function callerLocation() {
  const stack = new Error().stack || '';
  for (const line of stack.split('\n').slice(1)) {
    const m = /^ {4}at (?:.*\()?(.+?:\d+:\d+)\)?$/.exec(line);
    if (m && !m[1].startsWith('node:test:')) return m[1];
  }
  return undefined;
}
function failure(cause, failureType, message) {
  if (message === undefined) {
    if (cause !== null && typeof cause === 'object' && typeof cause.message === 'string') message = cause.message;
    else if (typeof cause === 'string') message = cause;
    else message = __inspect(cause);
  }
  return { cause, failureType, message };
}

class Test {
  constructor(parent, name, options, fn, isSuite, location) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.isSuite = isSuite;
    this.location = location;
    this.depth = parent ? parent.depth + 1 : -1;
    this.children = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.skip = options.skip;
    this.todo = options.todo;
    this.only = options.only;
    this.timeout = options.timeout;
    this.failure = undefined;
    this.cancelled = false;
    this.headerEmitted = false;
    this.finished = false;
    this.fnDone = false;
    this.fnSettled = false;
    this.cancelledByParent = false;
    this.chain = Promise.resolve();
    this.pendingSubtests = 0;
    this.controller = new AbortController();
    this.mock = undefined;
    this.number = 0;
    if (parent) {
      parent.children.push(this);
      this.number = parent.children.length;
    }
  }
  get skipped() { return this.skip !== undefined && this.skip !== false; }
  get isTodo() { return this.todo !== undefined && this.todo !== false; }
  ensureHeader() {
    if (this.headerEmitted || this.depth < 0) return;
    if (this.parent) this.parent.ensureHeader();
    this.headerEmitted = true;
    emit(`${'    '.repeat(this.depth)}# Subtest: ${tapEscape(this.name)}\n`);
  }
  // the beforeEach hooks that apply to this test (outermost first) and the afterEach ones
  // (innermost first)
  eachHooks(kind) {
    const chain = [];
    for (let p = this.parent; p; p = p.parent) chain.unshift(p);
    const hooks = [];
    for (const p of chain) hooks.push(...p.hooks[kind]);
    return kind === 'afterEach' ? hooks.reverse() : hooks;
  }
  async runHooks(hooks, context) {
    for (const hook of hooks) await invoke(hook, context, undefined);
  }
  // (no hooks: nothing to wait for, so that a test's function starts in the same tick)
  hooksToRun(kind) {
    const hooks = kind === 'after' ? this.hooks.after : this.eachHooks(kind);
    return hooks.length > 0 ? hooks : undefined;
  }
  async run() {
    const start = now();
    if (this.skipped) {
      this.report(now() - start);
      return;
    }
    if (this.isSuite) {
      await this.runSuite();
    } else {
      await this.runTest();
    }
    this.report(now() - start);
  }
  async runTest() {
    const context = new TestContext(this);
    let hooksOk = true;
    try {
      if (root.beforeFailure !== undefined) throw root.beforeFailure.error;
      const hooks = this.hooksToRun('beforeEach');
      if (hooks !== undefined) await this.runHooks(hooks, context);
    } catch (e) {
      hooksOk = false;
      this.failure = failure(e, 'hookFailed');
    }
    if (hooksOk && this.fn !== undefined && !this.skipped) {
      // (an uncaught exception or unhandled rejection while the function runs ends the test)
      const interrupted = new Promise((resolve, reject) => {
        this.interrupt = (f) => {
          if (this.failure === undefined) this.failure = f;
          reject(f);
        };
      });
      interrupted.catch(() => {});
      const previous = runningTests.length;
      runningTests.push(this);
      try {
        await this.withTimeout(Promise.race([running.run(this, () => invoke(this.fn, context, this)), interrupted]));
      } catch (e) {
        if (this.failure === undefined) this.failure = e === timedOut ? this.timeoutFailure() : failure(e, 'testCodeFailure');
        if (e === timedOut) this.cancelled = true;
      }
      runningTests.length = previous;
      this.interrupt = undefined;
    }
    this.fnDone = true;
    // (node 20: the subtests whose functions have not finished by now are cancelled; they still
    // run to their end, and this test waits for them)
    for (const child of this.children) if (!child.fnSettled && !child.finished) child.cancelledByParent = true;
    await this.chain;
    try {
      await this.runHooks(this.hooks.after, context);
      await this.runHooks(this.eachHooks('afterEach'), context);
    } catch (e) {
      if (this.failure === undefined) this.failure = failure(e, 'hookFailed');
    }
    if (this.mock !== undefined) this.mock.reset();
    this.checkSubtests();
  }
  async runSuite() {
    const context = new SuiteContext(this);
    try {
      await this.built;
    } catch (e) {
      this.failure = failure(e, 'testCodeFailure');
    }
    if (this.failure === undefined) {
      try {
        await this.runHooks(this.hooks.before, context);
      } catch (e) {
        this.failure = failure(e, 'hookFailed');
      }
    }
    if (this.failure === undefined) {
      for (const child of this.children) await child.run();
      try {
        await this.runHooks(this.hooks.after, context);
      } catch (e) {
        this.failure = failure(e, 'hookFailed');
      }
    } else {
      for (const child of this.children) {
        child.failure = this.failure;
        await child.run();
      }
    }
    this.checkSubtests();
  }
  checkSubtests() {
    if (this.failure !== undefined) return;
    const failed = this.children.filter((c) => (c.failure !== undefined || c.cancelled) && !c.isTodo).length;
    if (failed > 0) {
      this.failure = failure(undefined, 'subtestsFailed', `${failed} subtest${failed === 1 ? '' : 's'} failed`);
    }
  }
  timeoutFailure() {
    return failure(undefined, 'testTimeoutFailure', `test timed out after ${this.timeout}ms`);
  }
  withTimeout(promise) {
    const ms = this.timeout;
    if (typeof ms !== 'number' || !(ms < Infinity)) return promise;
    let timer;
    const limit = new Promise((resolve, reject) => { timer = setTimeout(() => reject(timedOut), ms); });
    return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
  }
  // the test's lines, once it has finished
  report(duration) {
    this.finished = true;
    if (this.cancelledByParent && this.failure === undefined) {
      this.cancelled = true;
      this.failure = failure(undefined, 'cancelledByParent', 'test did not finish before its parent and was cancelled');
    }
    if (this.failure !== undefined && this.failure.failureType === 'cancelledByParent') this.cancelled = true;
    const indent = '    '.repeat(this.depth);
    this.ensureHeader();
    if (this.children.length > 0 && !this.skipped) emit(`${indent}    1..${this.children.length}\n`);
    const failed = this.failure !== undefined;
    let directive = '';
    if (this.skipped) directive = ' # SKIP' + (typeof this.skip === 'string' ? ' ' + tapEscape(this.skip) : '');
    else if (this.isTodo) directive = ' # TODO' + (typeof this.todo === 'string' ? ' ' + tapEscape(this.todo) : '');
    let text = `${indent}${failed ? 'not ok' : 'ok'} ${this.number} - ${tapEscape(this.name)}${directive}\n`;
    text += `${indent}  ---\n${indent}  duration_ms: ${__inspect(ms(duration), inspectOptions)}\n`;
    if (this.isSuite) text += `${indent}  type: 'suite'\n`;
    if (failed) {
      if (this.location !== undefined) text += yamlValue(indent, 'location', this.location, new Set());
      text += errorDetails(indent, this.failure);
    }
    text += `${indent}  ...\n`;
    for (const d of this.diagnostics) text += `${indent}# ${d}\n`;
    emit(text);
    if (this.isSuite) counts.suites++;
    else {
      counts.tests++;
      if (this.skipped) counts.skipped++;
      else if (this.isTodo) counts.todo++;
      else if (this.cancelled) counts.cancelled++;
      else if (failed) counts.fail++;
      else counts.pass++;
    }
    if (failed && !this.isTodo && !this.skipped) root.failedAny = true;
  }
}
const timedOut = Symbol('timed out');

// calls a test's or hook's function with its context (and a done callback when it takes two
// arguments); the promise settles when the function (or done) does
// (test.fnSettled is set as soon as the function has finished: at once for a synchronous one)
function invoke(fn, context, test) {
  const settled = () => { if (test !== undefined) test.fnSettled = true; };
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      let called = false;
      const done = (err) => {
        if (called) return;
        called = true;
        settled();
        if (err) reject(err);
        else resolve();
      };
      try {
        const r = Reflect.apply(fn, context, [context, done]);
        if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
          r.then(undefined, (e) => { settled(); reject(e); });
        }
      } catch (e) {
        settled();
        reject(e);
      }
    });
  }
  let result;
  try {
    result = Reflect.apply(fn, context, [context]);
  } catch (e) {
    settled();
    return Promise.reject(e);
  }
  if (result === null || typeof result !== 'object' || typeof result.then !== 'function') {
    settled();
    return Promise.resolve(result);
  }
  const promise = Promise.resolve(result);
  promise.then(settled, settled);
  return promise;
}

// the (name, options, fn) arguments of test(), describe(), it() and t.test()
function parseArgs(name, options, fn) {
  if (typeof name === 'function') { fn = name; options = undefined; name = fn.name; }
  else if (name !== null && typeof name === 'object') { fn = options; options = name; name = fn !== undefined ? fn.name : undefined; }
  if (typeof options === 'function') { fn = options; options = undefined; }
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  if (fn !== undefined && typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn);
  if (name === undefined || name === null || name === '') name = fn !== undefined && fn.name ? fn.name : '<anonymous>';
  return { name: String(name), options, fn };
}

const root = new Test(undefined, '<root>', {}, undefined, true, undefined);
root.started = false;
root.beforeRun = Promise.resolve();
root.beforeFailure = undefined;
root.pending = 0;
root.failedAny = false;
root.startTime = now();
// (the suite whose describe() body is running, through its awaits)
const building = new (__require('async_hooks').AsyncLocalStorage)();
const currentSuite = () => building.getStore() ?? root;
function startRoot() {
  if (root.started) return;
  root.started = true;
  let release;
  root.chain = new Promise((resolve) => { release = resolve; });
  setImmediate(() => {
    emit('TAP version 13\n');
    release();
  });
  process.on('beforeExit', finishRoot);
  process.on('uncaughtException', asyncFailure('uncaughtException'));
  process.on('unhandledRejection', asyncFailure('unhandledRejection'));
}
// (the tests whose functions are running, outermost first)
const runningTests = [];
// NON-SPEC (node 20): an uncaught exception or unhandled rejection fails the test it came from
// (by async context) while its function runs; later, or outside any test, it is a diagnostic of
// the run, which then fails
function asyncFailure(event) {
  return (error) => {
    root.failedAny = true;
    // (pyjsvm's unhandledRejection listeners run outside the promise's async context: the test
    // running then is taken for a rejection)
    let test = running.getStore();
    if (test === undefined && event === 'unhandledRejection') test = runningTests[runningTests.length - 1];
    if (test !== undefined && test.interrupt !== undefined) {
      test.interrupt(failure(error, event));
      return;
    }
    let what;
    try { what = String(error); } catch { what = __inspect(error); }
    if (test !== undefined) {
      const cwd = process.cwd() + '/';
      const at = test.location !== undefined && test.location.startsWith(cwd) ? test.location.slice(cwd.length) : test.location;
      root.diagnostics.push(`Error: Test "${test.name}" at ${at} generated asynchronous activity after the test ended. ` +
        `This activity created the error "${what}" and would have caused the test to fail, but instead triggered an ${event} event.`);
    } else {
      root.diagnostics.push('Error: A resource generated asynchronous activity after the test ended. ' +
        `This activity created the error "${what}" which triggered an ${event} event, caught by the test runner.`);
    }
  };
}
// NON-SPEC (node 20): a before() hook at top level runs when it is registered; its failure
// fails every test of the root with 'hookFailed'
function runRootBefore(fn) {
  root.beforeRun = root.beforeRun.then(() => invoke(fn, new TestContext(root), undefined)).then(undefined, (error) => {
    if (root.beforeFailure === undefined) root.beforeFailure = { error };
  });
}
// the root's after() hooks, once its queued tests have all run (again for tests queued later)
async function runRootAfter() {
  const hooks = root.hooks.after.splice(0);
  for (const hook of hooks) {
    try { await invoke(hook, new TestContext(root), undefined); } catch (e) { root.failedAny = true; }
  }
}
let finished = false;
function finishRoot() {
  if (finished) return;
  // (tests queued by the last ones still have to run)
  root.chain.then(() => {
    if (finished) return;
    finished = true;
    let text = `1..${root.children.length}\n`;
    for (const d of root.diagnostics) text += `# ${d}\n`;
    for (const k of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) text += `# ${k} ${counts[k]}\n`;
    text += `# duration_ms ${__inspect(ms(now() - root.startTime), inspectOptions)}\n`;
    emit(text);
    if (root.failedAny) process.exitCode = 1;
  });
}
function enqueue(parent, test) {
  const run = async () => {
    if (test.only && !onlyWarned) {
      onlyWarned = true;
      test.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
    if (parent === root) await root.beforeRun;
    await test.run();
    if (parent === root && --root.pending === 0) await runRootAfter();
  };
  if (parent === root) root.pending++;
  // (a subtest starts at once when its parent has none running, as in node)
  const idle = parent !== root && parent.pendingSubtests === 0;
  parent.pendingSubtests++;
  const settle = () => { parent.pendingSubtests--; };
  const p = (idle ? run() : parent.chain.then(run, run)).then(settle, settle);
  parent.chain = p;
  return p.then(() => undefined);
}
// test() and describe(): at top level a test or suite of the root, queued to run; inside a
// describe() body, one of that suite's
function register(isSuite, name, options, fn) {
  const a = parseArgs(name, options, fn);
  const location = callerLocation();
  const suite = currentSuite();
  if (suite !== root) return addToSuite(suite, a, isSuite, location);
  const parent = running.getStore();
  if (parent !== undefined && !isSuite) return enqueue(parent, new Test(parent, a.name, a.options, a.fn, false, location));
  startRoot();
  const t = new Test(root, a.name, a.options, a.fn, isSuite, location);
  if (isSuite) buildSuite(t);
  return enqueue(root, t);
}
function test(name, options, fn) { return register(false, name, options, fn); }
function addToSuite(suite, a, isSuite, location) {
  const t = new Test(suite, a.name, a.options, a.fn, isSuite, location);
  if (isSuite) buildSuite(t);
  return Promise.resolve();
}
function buildSuite(t) {
  try {
    const context = new SuiteContext(t);
    const r = t.fn === undefined || t.skipped ? undefined : building.run(t, () => Reflect.apply(t.fn, context, [context]));
    t.built = Promise.resolve(r);
  } catch (e) {
    t.built = Promise.reject(e);
    t.built.catch(() => {});
  }
}
function describe(name, options, fn) { return register(true, name, options, fn); }
function it(name, options, fn) { return test(name, options, fn); }
function withOption(f, key) {
  return function (name, options, fn) {
    const a = parseArgs(name, options, fn);
    return f(a.name, { ...a.options, [key]: true }, a.fn);
  };
}
for (const f of [test, describe, it]) {
  f.skip = withOption(f, 'skip');
  f.todo = withOption(f, 'todo');
  f.only = withOption(f, 'only');
}
function hook(kind) {
  return function (fn, options) {
    if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn);
    const suite = currentSuite();
    if (suite === root && kind === 'before') runRootBefore(fn);
    else suite.hooks[kind].push(fn);
  };
}
const before = hook('before'), after = hook('after'), beforeEach = hook('beforeEach'), afterEach = hook('afterEach');

class TestContext {
  #test;
  constructor(t) { this.#test = t; }
  get name() { return this.#test.name; }
  get signal() { return this.#test.controller.signal; }
  get mock() {
    const t = this.#test;
    if (t.mock === undefined) t.mock = new MockTracker();
    return t.mock;
  }
  diagnostic(message) { this.#test.diagnostics.push(String(message)); }
  skip(message) { this.#test.skip = message === undefined ? true : String(message); }
  todo(message) { this.#test.todo = message === undefined ? true : String(message); }
  runOnly() {}
  before(fn) { if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn); this.#test.hooks.before.push(fn); }
  after(fn) { if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn); this.#test.hooks.after.push(fn); }
  beforeEach(fn) { if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn); this.#test.hooks.beforeEach.push(fn); }
  afterEach(fn) { if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn); this.#test.hooks.afterEach.push(fn); }
  test(name, options, fn) {
    const parent = this.#test;
    const a = parseArgs(name, options, fn);
    const sub = new Test(parent, a.name, a.options, a.fn, false, callerLocation());
    return enqueue(parent, sub);
  }
}
class SuiteContext {
  #suite;
  constructor(s) { this.#suite = s; }
  get name() { return this.#suite.name; }
  get signal() { return this.#suite.controller.signal; }
}

// --- mocks --------------------------------------------------------------------------------
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #onceImplementations = new Map();
  #times;
  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }
  get calls() { return this.#calls.slice(); }
  callCount() { return this.#calls.length; }
  mockImplementation(implementation) {
    if (typeof implementation !== 'function') throw __invalidArgType('implementation', 'of type function', implementation);
    this.#implementation = implementation;
  }
  mockImplementationOnce(implementation, onCall) {
    if (typeof implementation !== 'function') throw __invalidArgType('implementation', 'of type function', implementation);
    const call = onCall === undefined ? this.#calls.length : onCall;
    this.#onceImplementations.set(call, implementation);
  }
  resetCalls() { this.#calls = []; }
  restore() { if (this.#restore !== undefined) this.#restore(); }
  // (the implementation for the next call, used by the mock function)
  nextImplementation() {
    const n = this.#calls.length;
    const once = this.#onceImplementations.get(n);
    if (once !== undefined) {
      this.#onceImplementations.delete(n);
      return once;
    }
    return this.#implementation;
  }
  // (after its 'times' calls, a mock goes back to the original function)
  record(call) {
    this.#calls.push(call);
    if (this.#times !== undefined && this.#calls.length === this.#times) this.#implementation = this.#original;
  }
}
function makeMockFunction(original, implementation, restore, times) {
  const ctx = new MockFunctionContext(implementation, original, restore, times);
  const mockFn = function (...args) {
    const impl = ctx.nextImplementation();
    const stack = new Error();
    const target = new.target;
    try {
      const result = target !== undefined ? Reflect.construct(impl, args, target) : Reflect.apply(impl, this, args);
      ctx.record({ arguments: args, error: undefined, result, stack, target, this: target !== undefined ? result : this });
      return result;
    } catch (error) {
      ctx.record({ arguments: args, error, result: undefined, stack, target, this: this });
      throw error;
    }
  };
  Object.defineProperty(mockFn, 'name', { value: original.name, configurable: true });
  Object.defineProperty(mockFn, 'length', { value: original.length, configurable: true });
  Object.defineProperty(mockFn, 'mock', { value: ctx, configurable: true });
  return mockFn;
}
class MockTracker {
  #mocks = [];
  fn(original = function () {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') { options = original; original = function () {}; implementation = original; }
    else if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = original; }
    if (typeof original !== 'function') throw __invalidArgType('original', 'of type function', original);
    if (typeof implementation !== 'function') throw __invalidArgType('implementation', 'of type function', implementation);
    const f = makeMockFunction(original, implementation, undefined, timesOption(options));
    this.#mocks.push({ ctx: f.mock, restore: undefined });
    return f;
  }
  method(object, methodName, implementation, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw __invalidArgType('object', 'of type object', object);
    }
    if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = undefined; }
    let descriptor;
    for (let o = object; o !== null && descriptor === undefined; o = Object.getPrototypeOf(o)) {
      descriptor = Object.getOwnPropertyDescriptor(o, methodName);
    }
    const original = descriptor === undefined ? undefined : options.getter ? descriptor.get : options.setter ? descriptor.set : descriptor.value;
    if (typeof original !== 'function') {
      throw __invalidArgType('methodName', 'of type function', original);
    }
    const own = Object.getOwnPropertyDescriptor(object, methodName);
    const restore = () => {
      if (own !== undefined) Object.defineProperty(object, methodName, own);
      else delete object[methodName];
    };
    const f = makeMockFunction(original, implementation === undefined ? original : implementation, restore, timesOption(options));
    const key = options.getter ? 'get' : options.setter ? 'set' : 'value';
    Object.defineProperty(object, methodName, { ...descriptor, [key]: f, configurable: true });
    this.#mocks.push({ ctx: f.mock, restore });
    return f;
  }
  getter(object, methodName, implementation, options = {}) {
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }
  setter(object, methodName, implementation, options = {}) {
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }
  reset() {
    this.restoreAll();
    this.#mocks = [];
  }
  restoreAll() { for (const m of this.#mocks) if (m.restore !== undefined) m.restore(); }
}
function timesOption(options) {
  if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  const times = options.times;
  if (times === undefined) return undefined;
  if (!Number.isInteger(times) || times < 1) {
    throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "options.times" is out of range. It must be >= 1 && <= ${Number.MAX_SAFE_INTEGER}. Received ${__inspect(times)}`);
  }
  return times;
}
const mock = new MockTracker();

function run() {
  throw __nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The run() method is not implemented in pyjsvm');
}
// (node 20's export: the test function with these properties, in this order)
const exported = test;
Object.assign(exported, { after, afterEach, before, beforeEach, describe, it, run, suite: describe, test });
Object.defineProperty(exported, 'mock', { get() { return mock; }, enumerable: true, configurable: true });
return exported;
})
"""
