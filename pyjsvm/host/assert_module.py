"""``node:assert``: ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual,
deepStrictEqual (and their negations), throws, doesNotThrow, rejects, match, fail, strict; an
AssertionError with Node's messages (a line diff for deep comparisons)."""
from __future__ import annotations

import difflib
import os
from typing import TYPE_CHECKING, Any

from pyjsvm.host.inspect import InspectOptions, inspect
from pyjsvm.host.jsutil import arg, make_fn, new_object
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.stack import JSErrorObject, format_stack
from pyjsvm.runtime.objects import C, Prop, W
from pyjsvm.runtime.values import NULL
from pyjsvm.compiler.engine import compile_function
from pyjsvm.host.jsutil import describe_received, node_error
from pyjsvm.host.util_module import deep_equal

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["make_assert_module", "ASSERT_SOURCE"]

ASSERT_SOURCE = r"""
'use strict';
class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator } = options;
    const generated = message === undefined;
    super(generated ? __message(actual, expected, operator) : String(message));
    this.generatedMessage = generated;
    Object.defineProperty(this, 'name', { value: 'AssertionError', writable: true, enumerable: false, configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    __fixStack(this);
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}
function ok(value, message) {
  if (arguments.length === 0) {
    innerFail({ actual: undefined, expected: true, operator: '==', message: 'No value argument passed to `assert.ok()`' });
  }
  if (!value) {
    let generated;
    if (message === undefined) {
      const text = __callText(new Error());
      generated = text === null ? `${__inspect(value)} == true` : `The expression evaluated to a falsy value:\n\n  ${text}\n`;
      const err = new AssertionError({ actual: value, expected: true, operator: '==', message: generated });
      err.generatedMessage = true;
      throw err;
    }
    innerFail({ actual: value, expected: true, operator: '==', message });
  }
}
function assert(value, message) { return ok.apply(this, arguments.length ? arguments : [undefined]); }
assert.ok = function ok_(value, message) { return ok.apply(this, arguments.length ? arguments : []); };
assert.AssertionError = AssertionError;
assert.fail = function fail(message) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message === undefined ? 'Failed' : message, operator: 'fail' });
};
assert.equal = function equal(actual, expected, message) {
  if (!(actual == expected || (actual !== actual && expected !== expected)))
    innerFail({ actual, expected, message, operator: '==' });
};
assert.notEqual = function notEqual(actual, expected, message) {
  if (actual == expected || (actual !== actual && expected !== expected))
    innerFail({ actual, expected, message, operator: '!=' });
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual' });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual' });
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!__deepEqual(actual, expected, false)) innerFail({ actual, expected, message, operator: 'deepEqual' });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (__deepEqual(actual, expected, false)) innerFail({ actual, expected, message, operator: 'notDeepEqual' });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (!__deepEqual(actual, expected, true)) innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (__deepEqual(actual, expected, true)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
};
function checkError(actual, expected, message, fnName) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      innerFail({ actual, expected, message: message || ('The error is expected to be an instance of "' + expected.name +
        '". Received "' + (actual && actual.constructor && actual.constructor.name) + '"'), operator: fnName });
    }
    if (expected.call({}, actual) === true) return;
    innerFail({ actual, expected, message: message || 'The validation function is expected to return "true". Received false', operator: fnName });
  }
  if (expected instanceof RegExp) {
    if (expected.test(String(actual))) return;
    innerFail({ actual, expected, message: message || ('The input did not match the regular expression ' + __inspect(expected) +
      '. Input:\n\n' + __inspect(String(actual)) + '\n'), operator: fnName });
  }
  if (typeof expected === 'object' && expected !== null) {
    for (const key of Object.keys(expected)) {
      const a = actual == null ? undefined : actual[key];
      const e = expected[key];
      const matches = e instanceof RegExp && typeof a === 'string' ? e.test(a) : __deepEqual(a, e, true);
      if (!matches) innerFail({ actual, expected, message: message || ('Expected values to be strictly deep-equal:\n' + __diff(a, e)), operator: fnName });
    }
  }
}
const NO_EXCEPTION = {};
assert.throws = function throws(fn, expected, message) {
  if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn);
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  let actual = NO_EXCEPTION;
  try { fn(); } catch (e) { actual = e; }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (expected && expected.name) details += ' (' + expected.name + ')';
    details += message ? ': ' + message : '.';
    innerFail({ actual: undefined, expected, operator: 'throws', message: 'Missing expected exception' + details });
  }
  checkError(actual, expected, message, 'throws');
};
assert.doesNotThrow = function doesNotThrow(fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try { fn(); } catch (e) {
    innerFail({ actual: e, expected, operator: 'doesNotThrow',
      message: 'Got unwanted exception' + (message ? ': ' + message : '.') + '\nActual message: "' + (e && e.message) + '"' });
  }
};
assert.rejects = async function rejects(promiseFn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  let actual = NO_EXCEPTION;
  try { await (typeof promiseFn === 'function' ? promiseFn() : promiseFn); } catch (e) { actual = e; }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (expected && expected.name) details += ' (' + expected.name + ')';
    details += message ? ': ' + message : '.';
    innerFail({ actual: undefined, expected, operator: 'rejects', message: 'Missing expected rejection' + details });
  }
  checkError(actual, expected, message, 'rejects');
};
assert.doesNotReject = async function doesNotReject(promiseFn, expected, message) {
  try { await (typeof promiseFn === 'function' ? promiseFn() : promiseFn); } catch (e) {
    innerFail({ actual: e, expected, operator: 'doesNotReject', message: 'Got unwanted rejection.\nActual message: "' + (e && e.message) + '"' });
  }
};
assert.match = function match(string, regexp, message) {
  if (!(regexp instanceof RegExp)) throw __invalidArgType('regexp', 'an instance of RegExp', regexp);
  if (typeof string !== 'string' || !regexp.test(string)) {
    innerFail({ actual: string, expected: regexp, operator: 'match', message: message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' + typeof string + ' (' + __inspect(string) + ')' :
      'The input did not match the regular expression ' + __inspect(regexp) + '. Input:\n\n' + __inspect(string) + '\n') });
  }
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  if (typeof string === 'string' && regexp.test(string)) {
    innerFail({ actual: string, expected: regexp, operator: 'doesNotMatch', message: message ||
      'The input was expected to not match the regular expression ' + __inspect(regexp) + '. Input:\n\n' + __inspect(string) + '\n' });
  }
};
assert.ifError = function ifError(err) { if (err !== null && err !== undefined) throw err; };
const strict = function strict(value, message) { return ok.apply(this, arguments.length ? arguments : [undefined]); };
Object.assign(strict, assert, { equal: assert.strictEqual, notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual, notDeepEqual: assert.notDeepStrictEqual });
strict.strict = strict;
assert.strict = strict;
return assert;
"""


def _message(realm: "Realm", actual: Any, expected: Any, operator: Any) -> str:
    def one(v: Any) -> str:
        return inspect(v)
    if operator in ("strictEqual", "deepStrictEqual"):
        a, e = one(actual), one(expected)
        head = "Expected values to be strictly equal:" if operator == "strictEqual" else \
            "Expected values to be strictly deep-equal:"
        if "\n" not in a and "\n" not in e and (operator == "strictEqual" or a != e) and len(a) + len(e) < 60 \
                and not (operator == "deepStrictEqual" and (a.startswith(("{", "[")) or e.startswith(("{", "[")))):
            if a == e:
                return f"{head[:-1]} (same string representation):\n\n{a} !== {e}\n" if False else \
                    "Values have same structure but are not reference-equal:\n\n" + a + "\n"
            return f"{head}\n\n{a} !== {e}\n"
        return f"{head}\n{_diff(actual, expected)}"
    if operator == "notStrictEqual":
        return f'Expected "actual" to be strictly unequal to: {one(expected)}'
    if operator == "notDeepStrictEqual":
        return f'Expected "actual" not to be strictly deep-equal to: {one(expected)}'
    if operator == "deepEqual":
        return f"Expected values to be loosely deep-equal:\n\n{one(actual)}\n\nshould loosely deep-equal\n\n{one(expected)}"
    if operator == "notDeepEqual":
        return '"actual" deepEqual "expected"' if False else \
            f"Expected \"actual\" not to be loosely deep-equal to:\n\n{one(expected)}"
    return f"{one(actual)} {operator} {one(expected)}"


def _diff(actual: Any, expected: Any) -> str:
    opts = InspectOptions(compact=False, break_length=float("inf"), sorted=False)
    a = inspect(actual, opts).split("\n")
    e = inspect(expected, opts).split("\n")
    out = ["+ actual - expected", ""]
    for line in difflib.ndiff(a, e):
        tag, text = line[:2], line[2:]
        if tag == "? ":
            continue
        if tag == "- ":
            out.append("+ " + text)
        elif tag == "+ ":
            out.append("- " + text)
        else:
            out.append("  " + text)
    return "\n".join(out)


def _call_source(src: str, line: int, col: int) -> str | None:
    """The text of the call expression starting at ``line``:``col`` (1-based) of ``src``: its
    callee and balanced parentheses; later lines lose up to ``col - 1`` leading blanks and are
    indented by two, as node shows them."""
    lines = src.split("\n")
    if not 1 <= line <= len(lines) or col < 1:
        return None
    line_start = sum(len(x) + 1 for x in lines[:line - 1])
    start = line_start + col - 1
    # a call through a property points at the property name (V8's position): back up to the
    # start of the callee chain (`assert.ok(` from `ok`)
    while start > line_start and (src[start - 1].isalnum() or src[start - 1] in "_$."):
        start -= 1
    col = start - line_start + 1
    i = start
    n = len(src)
    end = -1
    while True:  # a callee chain and its argument list, as long as more of the chain follows
        while i < n and (src[i].isalnum() or src[i] in "_$. \t"):
            i += 1
        if i >= n or src[i] != "(":
            break
        depth = 0
        quote = ""
        while i < n:
            c = src[i]
            if quote:
                if c == "\\":
                    i += 1
                elif c == quote:
                    quote = ""
            elif c in "'\"`":
                quote = c
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if i >= n:
            return None
        end = i
        i += 1
    if end < 0:
        return None
    parts = src[start:end + 1].split("\n")
    out = parts[0]
    for part in parts[1:]:
        pos = 0
        while pos < col - 1 and pos < len(part) and part[pos] in " \t":
            pos += 1
        out += "\n  " + part[pos:]
    return out


def make_assert_module(host: "NodeHost") -> Any:
    """The ``node:assert`` export (the ``assert`` function with its methods)."""
    realm = host.realm

    def message(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return _message(r, arg(args, 0), arg(args, 1), arg(args, 2))

    def deq(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return deep_equal(arg(args, 0), arg(args, 1), arg(args, 2) is True)

    def diff(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return _diff(arg(args, 0), arg(args, 1))

    def fix_stack(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        err = arg(args, 0)
        if isinstance(err, JSErrorObject):
            err.frames = [f for f in err.frames if not f[1].startswith("node:")]
            text = format_stack(err)
            name = "AssertionError"
            if text.startswith(name):
                text = name + " [ERR_ASSERTION]" + text[len(name):]
            err.props["stack"] = Prop(text, W | C)
        return None

    def iat(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return node_error(r, "TypeError", "ERR_INVALID_ARG_TYPE",
                          f'The "{arg(args, 0)}" argument must be {arg(args, 1)}. {describe_received(arg(args, 2))}')
    def call_text(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """The source of the assert call that failed (node's message quotes it), or null when
        the source is not at hand."""
        err = arg(args, 0)
        frames = [f for f in getattr(err, "frames", []) if not f[1].startswith("node:")]
        if not frames:
            return NULL
        _name, file, line, col = frames[0][:4]
        src = host.sources.get(file) if os.path.isabs(file) else None  # node reads files: not -e code
        text = _call_source(src, line, col) if src is not None else None
        return NULL if text is None else text
    ext = new_object(realm)
    for name, length, impl in (("__message", 3, message), ("__deepEqual", 3, deq), ("__diff", 2, diff),
                               ("__fixStack", 1, fix_stack), ("__invalidArgType", 3, iat),
                               ("__callText", 1, call_text)):
        ext.props[name] = make_fn(realm, name, length, impl)
    ext.props["__inspect"] = host.inspect_fn
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        fn = compile_function(realm, ASSERT_SOURCE, [], "node:assert", 0, 0, [ext])
        return fn.call(None, [])
    finally:
        AGENT.realm = saved
