"""``node:assert``: ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual,
deepStrictEqual (and their negations), throws, doesNotThrow, rejects, match, fail, strict; an
AssertionError with Node's messages (a line diff for deep comparisons)."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjsvm.host.inspect import InspectOptions, inspect
from pyjsvm.host.jsutil import arg, make_fn, new_object
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.stack import JSErrorObject, format_stack
from pyjsvm.runtime.objects import C, JSObject, Prop, W
from pyjsvm.runtime.operations import to_string
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
    if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
    const { message, operator } = options;
    let { actual, expected } = options;
    let text;
    if (message != null && operator !== 'strictEqual' && operator !== 'deepStrictEqual') {
      text = String(message);
    } else {
      if (message == null && isErrorWithStack(actual) && isErrorWithStack(expected)) {
        // two errors are shown without their stacks (copies with their own properties)
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = __message(actual, expected, operator, message ? `${message}` : '');
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError', writable: true, enumerable: false, configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    __fixStack(this);
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
function isErrorWithStack(v) {
  return typeof v === 'object' && v !== null && 'stack' in v && v instanceof Error;
}
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
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
let failWarned = false;
assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, message, operator: operator === undefined ? 'fail' : operator });
  if (internalMessage) err.generatedMessage = true;
  throw err;
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
      if (!matches) innerFail({ actual, expected, message: message || __diff(a, e), operator: fnName });
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
assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += __inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
  // the new error's frames down to the first one the original error has, then the original's
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const start = origStack.indexOf('\n    at');
    if (start !== -1) {
      const originalFrames = origStack.slice(start + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};
const strict = function strict(value, message) { return ok.apply(this, arguments.length ? arguments : [undefined]); };
Object.assign(strict, assert, { equal: assert.strictEqual, notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual, notDeepEqual: assert.notDeepStrictEqual });
strict.strict = strict;
assert.strict = strict;
return assert;
"""


# node 20's headings of generated messages (lib/internal/assert/assertion_error.js)
_READABLE_OPERATOR = {
    "deepStrictEqual": "Expected values to be strictly deep-equal:",
    "strictEqual": "Expected values to be strictly equal:",
    "strictEqualObject": 'Expected "actual" to be reference-equal to "expected":',
    "deepEqual": "Expected values to be loosely deep-equal:",
    "notDeepStrictEqual": 'Expected "actual" not to be strictly deep-equal to:',
    "notStrictEqual": 'Expected "actual" to be strictly unequal to:',
    "notStrictEqualObject": 'Expected "actual" not to be reference-equal to "expected":',
    "notDeepEqual": 'Expected "actual" not to be loosely deep-equal to:',
    "notIdentical": "Values have same structure but are not reference-equal:",
    "notDeepEqualUnequal": "Expected values not to be loosely deep-equal:",
}
# two values whose inspected lengths add up to at most this are shown as `a !== b`
_MAX_SHORT_LENGTH = 12


def _inspect_value(v: Any) -> str:
    """A value as node's assertion messages show it (node's inspectValue: every level and
    element, keys sorted, one item a line, getters read, no custom inspect functions)."""
    return inspect(v, InspectOptions(compact=False, custom_inspect=False, depth=1000, max_array_length=float("inf"),
                                     sorted=True, getters=True))


def _is_object(v: Any) -> bool:
    return isinstance(v, JSObject) and not v.is_callable


def _message(actual: Any, expected: Any, operator: Any, message: str) -> str:
    """The message of a node AssertionError for ``operator`` (node 20): the diff of
    strictEqual and deepStrictEqual (after ``message`` when one is given), otherwise the generated
    text (``message`` is empty then)."""
    if operator in ("strictEqual", "deepStrictEqual"):
        return _err_diff(actual, expected, operator, message)
    if operator in ("notDeepStrictEqual", "notStrictEqual"):
        base = _READABLE_OPERATOR[operator]
        lines = _inspect_value(actual).split("\n")
        if operator == "notStrictEqual" and isinstance(actual, JSObject):
            base = _READABLE_OPERATOR["notStrictEqualObject"]
        if len(lines) > 50:
            lines = lines[:46] + ["..."]
        if len(lines) == 1:
            return base + ("\n\n" if len(lines[0]) > 5 else " ") + lines[0]
        return base + "\n\n" + "\n".join(lines) + "\n"
    res, other = _inspect_value(actual), _inspect_value(expected)
    known = _READABLE_OPERATOR.get(operator) if type(operator) is str else None
    if operator == "notDeepEqual" and res == other:
        res = f"{known}\n\n{res}"
        return res[:1021] + "..." if len(res) > 1024 else res
    if len(res) > 512:
        res = res[:509] + "..."
    if len(other) > 512:
        other = other[:509] + "..."
    if operator == "deepEqual":
        return f"{known}\n\n{res}\n\nshould loosely deep-equal\n\n{other}"
    unequal = _READABLE_OPERATOR.get(f"{operator}Unequal") if type(operator) is str else None
    if unequal is not None:
        return f"{unequal}\n\n{res}\n\nshould not loosely deep-equal\n\n{other}"
    return f"{res} {to_string(operator)} {other}"


def _identical_run(res: list[str], lines: list[str], i: int, identical: int) -> int:
    """Before a diverging line: show up to three of the ``identical`` lines before line ``i``
    (``...`` for more than five); the number of lines printed, or -1 with ``...`` shown."""
    printed = 0
    skipped = False
    if identical > 2:
        if identical > 3:
            if identical > 4:
                if identical == 5:
                    res.append("\n  " + lines[i - 3])
                    printed += 1
                else:
                    res.append("\n...")
                    skipped = True
            res.append("\n  " + lines[i - 2])
            printed += 1
        res.append("\n  " + lines[i - 1])
        printed += 1
    return -printed - 1 if skipped else printed


def _err_diff(actual: Any, expected: Any, operator: str, message: str) -> str:
    """Node 20's line diff of two inspected values (its createErrDiff): lines of ``actual``
    marked ``+``, of ``expected`` ``-``, runs of equal lines collapsed, equal trailing lines
    shortened, a short pair of primitives as ``a !== b``, a ``^`` under the first difference
    of a one-line pair."""
    actual_text = _inspect_value(actual)
    a_lines = actual_text.split("\n")
    e_lines = _inspect_value(expected).split("\n")
    other = res_end = indicator = ""
    skipped = False
    i = 0
    if operator == "strictEqual" and ((_is_object(actual) and _is_object(expected)) or (
            isinstance(actual, JSObject) and actual.is_callable and isinstance(expected, JSObject)
            and expected.is_callable)):
        operator = "strictEqualObject"
    heading = message or _READABLE_OPERATOR[operator]
    if len(a_lines) == 1 and len(e_lines) == 1 and a_lines[0] != e_lines[0]:
        a0, e0 = a_lines[0], e_lines[0]
        if len(a0) + len(e0) <= _MAX_SHORT_LENGTH:
            if not isinstance(actual, JSObject) and not isinstance(expected, JSObject) \
                    and not (actual == 0 and expected == 0 and type(actual) is float and type(expected) is float):
                return f"{heading}\n\n{a0} !== {e0}\n"
        elif operator != "strictEqualObject" and len(a0) + len(e0) < 80:  # (stderr no terminal)
            while i < len(a0) and i < len(e0) and a0[i] == e0[i]:
                i += 1
            if i > 2:
                indicator = "\n  " + " " * i + "^"
                i = 0
    # equal lines at the end: the last three kept (one more when more were equal)
    while a_lines and e_lines and a_lines[-1] == e_lines[-1]:
        if i < 3:
            res_end = "\n  " + a_lines[-1] + res_end
        else:
            other = a_lines[-1]
        i += 1
        a_lines.pop()
        e_lines.pop()
    max_lines = max(len(a_lines), len(e_lines))
    if max_lines == 0:  # the same text, different objects
        lines = actual_text.split("\n")
        if len(lines) > 50:
            lines = lines[:46] + ["..."]
        return _READABLE_OPERATOR["notIdentical"] + "\n\n" + "\n".join(lines) + "\n"
    if i >= 5:
        res_end = "\n..." + res_end
        skipped = True
    if other:
        res_end = "\n  " + other + res_end
        other = ""
    printed = identical = 0
    head = f"{heading}\n+ actual - expected"
    skipped_msg = " ... Lines skipped"
    res: list[str] = []
    lines, plus_minus, max_length = a_lines, "+", len(e_lines)
    if len(a_lines) < max_lines:
        lines, plus_minus, max_length = e_lines, "-", len(a_lines)
    for i in range(max_lines):
        if max_length < i + 1:  # only one side has lines left
            n = _identical_run(res, lines, i, identical)
            skipped = skipped or n < 0
            printed += n if n >= 0 else -n - 1
            identical = 0
            if lines is a_lines:
                res.append(f"\n{plus_minus} {lines[i]}")
            else:
                other += f"\n{plus_minus} {lines[i]}"
            printed += 1
        else:
            e_line, a_line = e_lines[i], a_lines[i]
            diverging = a_line != e_line and (not a_line.endswith(",") or a_line[:-1] != e_line)
            if diverging and e_line.endswith(",") and e_line[:-1] == a_line:
                diverging = False
                a_line += ","
            if diverging:
                n = _identical_run(res, a_lines, i, identical)
                skipped = skipped or n < 0
                printed += n if n >= 0 else -n - 1
                identical = 0
                res.append(f"\n+ {a_line}")
                other += f"\n- {e_line}"
                printed += 2
            else:
                res.append(other)
                other = ""
                identical += 1
                if identical <= 2:
                    res.append(f"\n  {a_line}")
                    printed += 1
        if printed > 50 and i < max_lines - 2:
            return f"{head}{skipped_msg}\n{''.join(res)}\n...{other}\n..."
    return f"{head}{skipped_msg if skipped else ''}\n{''.join(res)}{other}{res_end}{indicator}"


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
        text = arg(args, 3)
        return _message(arg(args, 0), arg(args, 1), arg(args, 2), text if type(text) is str else "")

    def deq(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return deep_equal(arg(args, 0), arg(args, 1), arg(args, 2) is True)

    def diff(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return _err_diff(arg(args, 0), arg(args, 1), "deepStrictEqual", "")

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
    for name, length, impl in (("__message", 4, message), ("__deepEqual", 3, deq), ("__diff", 2, diff),
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
