"""The JS half of ``node:util``: promisify (with ``promisify.custom``), callbackify, deprecate,
debuglog, parseArgs, styleText, stripVTControlCharacters, toUSVString, aborted and the legacy
``is*`` predicates, added to the exports object ``u`` built in ``util_module.py``."""
from __future__ import annotations

__all__ = ["UTIL_SOURCE"]

UTIL_SOURCE = r"""
(function () {
'use strict';
const u = __util;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomArgs = Symbol('customPromisifyArgs');
function promisify(original) {
  if (typeof original !== 'function') throw __invalidArgType('original', 'of type function', original);
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') throw __invalidArgType('util.promisify.custom', 'of type function', fn);
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  const argumentNames = original[kCustomArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const k of Reflect.ownKeys(descriptors)) {
    if (k === 'length' || k === 'name' || k === 'prototype') continue;
    Object.defineProperty(fn, k, descriptors[k]);
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = __nodeError('Error', 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}
function callbackify(original) {
  if (typeof original !== 'function') throw __invalidArgType('original', 'of type function', original);
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw __invalidArgType('last argument', 'of type function', maybeCb);
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  delete descriptors.prototype;
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn);
  if (code !== undefined && typeof code !== 'string') throw __invalidArgType('code', 'of type string', code);
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugEnv = (process.env.NODE_DEBUG || '').trim();
const debugRe = debugEnv ? new RegExp('^(' + debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')
  .replace(/,/g, '$|^') + ')$', 'i') : null;
function debuglog(set, cb) {
  const enabled = debugRe !== null && debugRe.test(set);
  let called = false;
  const logger = function debug(...args) {
    if (!enabled) return;
    if (!called) { called = true; if (typeof cb === 'function') cb(logger); }
    process.stderr.write(`${set.toUpperCase()} ${process.pid}: ${u.format(...args)}\n`);
  };
  Object.defineProperty(logger, 'enabled', { get() { return enabled; }, configurable: true, enumerable: true });
  return logger;
}

// parseArgs: node's algorithm (lib/internal/util/parse_args)
function parseArgsError(code, message) { return __nodeError('TypeError', code, message); }
function parseArgs(config = {}) {
  if (config === null || typeof config !== 'object') throw __invalidArgType('config', 'of type object', config);
  const args = config.args !== undefined ? config.args : process.argv.slice(2);
  const strict = config.strict !== undefined ? config.strict : true;
  const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  const allowNegative = config.allowNegative !== undefined ? config.allowNegative : false;
  const returnTokens = config.tokens !== undefined ? config.tokens : false;
  const options = config.options !== undefined ? config.options : { __proto__: null };
  if (!Array.isArray(args)) throw __invalidArgType('args', 'an instance of Array', args);
  for (const [k, v] of [['strict', strict], ['allowPositionals', allowPositionals], ['tokens', returnTokens], ['allowNegative', allowNegative]]) {
    if (typeof v !== 'boolean') throw __invalidArgType(k, 'of type boolean', v);
  }
  if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (optionConfig === null || typeof optionConfig !== 'object') throw __invalidArgType(`options.${longOption}`, 'of type object', optionConfig);
    const type = optionConfig.type;
    if (type !== 'string' && type !== 'boolean') {
      const e = parseArgsError('ERR_INVALID_ARG_TYPE', `The "options.${longOption}.type" property must be ('string|boolean'). Received ${typeof type === 'string' ? `type string ('${type}')` : __inspect(type)}`);
      throw e;
    }
    if ('short' in optionConfig) {
      const s = optionConfig.short;
      if (typeof s !== 'string') throw __invalidArgType(`options.${longOption}.short`, 'of type string', s);
      if (s.length !== 1) throw parseArgsError('ERR_INVALID_ARG_VALUE', `The property 'options.${longOption}.short' must be a single character. Received '${s}'`);
    }
    if ('multiple' in optionConfig && typeof optionConfig.multiple !== 'boolean') throw __invalidArgType(`options.${longOption}.multiple`, 'of type boolean', optionConfig.multiple);
  }
  const shortToLong = (ch) => {
    for (const [name, o] of Object.entries(options)) if (o.short === ch) return name;
    return ch;
  };
  const optType = (name) => (Object.prototype.hasOwnProperty.call(options, name) ? options[name].type : undefined);
  const isOptionValue = (v) => v !== undefined;
  const isLoneShort = (a) => a.length === 2 && a[0] === '-' && a[1] !== '-';
  const isLoneLong = (a) => a.length > 2 && a.startsWith('--') && !a.includes('=', 3);
  const isLongAndValue = (a) => a.length > 2 && a.startsWith('--') && a.includes('=', 3);
  const isShortGroup = (a) => a.length > 2 && a[0] === '-' && a[1] !== '-' && optType(shortToLong(a[1])) !== 'string';
  const isShortAndValue = (a) => a.length > 2 && a[0] === '-' && a[1] !== '-' && optType(shortToLong(a[1])) === 'string';
  const tokens = [];
  const remaining = args.slice();
  let index = -1, groupCount = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--; else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const a of remaining) tokens.push({ kind: 'positional', index: ++index, value: a });
      break;
    }
    if (isLoneShort(arg)) {
      const name = shortToLong(arg[1]);
      let value, inlineValue;
      if (optType(name) === 'string' && next !== undefined) { value = remaining.shift(); inlineValue = false; }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) ++index;
      continue;
    }
    if (isShortGroup(arg)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const ch = arg[i];
        if (optType(shortToLong(ch)) !== 'string' || i === arg.length - 1) expanded.push(`-${ch}`);
        else { expanded.push(`-${ch}${arg.slice(i + 1)}`); break; }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortAndValue(arg)) {
      tokens.push({ kind: 'option', name: shortToLong(arg[1]), rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLong(arg)) {
      const name = arg.slice(2);
      let value, inlineValue;
      if (optType(name) === 'string' && next !== undefined) { value = remaining.shift(); inlineValue = false; }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) ++index;
      continue;
    }
    if (isLongAndValue(arg)) {
      const eq = arg.indexOf('=');
      tokens.push({ kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq), index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      let name = token.name, value = token.value;
      if (allowNegative && name.startsWith('no-') && optType(name.slice(3)) === 'boolean' && value === undefined) {
        name = name.slice(3); value = false;
      }
      if (strict) {
        const type = optType(name);
        if (type === undefined) {
          const msg = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}` : '';
          throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${token.rawName}'${msg}`);
        }
        const short = options[name].short;
        const shortAndLong = short ? `-${short}, --${name}` : `--${name}`;
        if (type === 'string' && typeof value !== 'string') {
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
        }
        if (type === 'boolean' && token.value !== undefined) {
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
        }
        if (type === 'string' && !token.inlineValue && value[0] === '-') {
          const example = token.rawName.length === 2 ? `'--${name}=-XYZ' or '${token.rawName}-XYZ'` : `'--${name}=-XYZ'`;
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
        }
      }
      const stored = value === undefined ? true : value;
      if (Object.prototype.hasOwnProperty.call(options, name) && options[name].multiple) {
        if (result.values[name] === undefined) result.values[name] = [];
        result.values[name].push(stored);
      } else {
        result.values[name] = stored;
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  }
  for (const [name, o] of Object.entries(options)) {
    if (o.default !== undefined && result.values[name] === undefined) result.values[name] = o.default;
  }
  return result;
}

const colors = { __proto__: null };
for (const [k, v] of [['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
  ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39],
  ['cyan', 36, 39], ['white', 37, 39], ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
  ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54],
  ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39], ['greenBright', 92, 39], ['yellowBright', 93, 39],
  ['blueBright', 94, 39], ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
  ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49],
  ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49]]
  .map(([k, a, b]) => [k, [a, b]])) colors[k] = v;
for (const [alias, target] of [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['dim', 'dim'], ['faint', 'dim'], ['strikeThrough', 'strikethrough'], ['crossedout', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['doubleUnderline', 'doubleunderline'], ['conceal', 'hidden'],
  ['swapColors', 'inverse'], ['swapcolors', 'inverse']]) {
  if (alias !== target) Object.defineProperty(colors, alias, { get() { return this[target]; }, set(v) { this[target] = v; }, configurable: true, enumerable: false });
}
const inspectStyles = Object.assign({ __proto__: null }, { special: 'cyan', number: 'yellow', bigint: 'yellow',
  boolean: 'yellow', undefined: 'grey', null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red',
  module: 'underline' });
if (!('colors' in u.inspect)) {
  Object.defineProperty(u.inspect, 'colors', { value: colors, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(u.inspect, 'styles', { value: inspectStyles, writable: true, enumerable: true, configurable: true });
}
const styles = u.inspect.colors;
function shouldColorize(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined || (env.NODE_DISABLE_COLORS !== undefined && env.NODE_DISABLE_COLORS !== '0') ||
      env.TERM === 'dumb') return false;
  return !!(stream && stream.isTTY);
}
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  // node 20's: an array of formats is always applied; a single one only for a colour stream
  if (typeof text !== 'string') throw __invalidArgType('text', 'of type string', text);
  if (typeof validateStream !== 'boolean') throw __invalidArgType('options.validateStream', 'of type boolean', validateStream);
  const codesOf = (key) => {
    const code = Object.prototype.hasOwnProperty.call(styles, key) ? styles[key] : undefined;
    if (code === undefined) {
      const allowed = Object.keys(styles).map((k) => `'${k}'`).join(', ');
      throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'format' must be one of: ${allowed}. Received ${__inspect(key)}`);
    }
    return code;
  };
  if (Array.isArray(format)) {
    let left = '', right = '';
    for (const key of format) {
      const code = codesOf(key);
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m` + right;
    }
    return `${left}${text}${right}`;
  }
  const code = codesOf(format);
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}
const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw __invalidArgType('str', 'of type string', str);
  return str.replace(ansi, '');
}
function toUSVString(input) { return String(input).toWellFormed(); }
function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object') throw __invalidArgType('signal', 'an instance of AbortSignal', signal);
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) throw __invalidArgType('resource', 'of type object', resource);
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
function isError(e) { return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error; }
const legacy = {
  isBoolean: (a) => typeof a === 'boolean',
  isBuffer: (a) => { const B = __getBuffer(); return B !== undefined && B.isBuffer(a); },
  isNull: (a) => a === null,
  isNullOrUndefined: (a) => a === null || a === undefined,
  isNumber: (a) => typeof a === 'number',
  isString: (a) => typeof a === 'string',
  isSymbol: (a) => typeof a === 'symbol',
  isUndefined: (a) => a === undefined,
  isRegExp: u.types.isRegExp,
  isObject: (a) => a !== null && typeof a === 'object',
  isDate: u.types.isDate,
  isError,
  isFunction: (a) => typeof a === 'function',
  isPrimitive: (a) => a === null || (typeof a !== 'object' && typeof a !== 'function'),
};
function pad(n) { return n.toString().padStart(2, '0'); }
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, u.format(...args));
}
function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}
const add = { promisify, callbackify, deprecate, debuglog, debug: debuglog, parseArgs, styleText, stripVTControlCharacters,
  toUSVString, aborted, log, _extend, ...legacy };
for (const k of Object.keys(add)) {
  Object.defineProperty(u, k, { value: add[k], writable: true, enumerable: true, configurable: true });
}
for (const name of ['setTimeout', 'setImmediate']) {
  const timer = globalThis[name];
  if (typeof timer === 'function' && !timer[kCustomPromisify]) {
    const tp = __require('timers/promises');
    Object.defineProperty(timer, kCustomPromisify, { value: tp[name], enumerable: false, writable: true, configurable: true });
  }
}
for (const name of ['TextEncoder', 'TextDecoder']) {
  Object.defineProperty(u, name, { value: globalThis[name], writable: true, enumerable: true, configurable: true });
}
return u;
})
"""
