"""``node:url``: the WHATWG ``URL`` and ``URLSearchParams`` (also globals), ``fileURLToPath``,
``pathToFileURL``, ``domainToASCII``/``domainToUnicode``, ``urlToHttpOptions``, ``format``, and
the legacy ``url.parse``/``url.resolve``.

The URL parser is the WHATWG basic URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser)
written in JS as a state machine, with the state overrides the setters use. UTF-8 percent-decoding
and IDNA (``domainToASCII``, via Python's ``idna`` codec) are done by the host.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, js_str, load_js
from pyjsvm.api.convert import python_string_to_js
from pyjsvm.runtime.values import NULL

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_url_module", "URL_SOURCE"]

URL_SOURCE = r"""
(function () {
'use strict';
const SPECIAL = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
const isSpecialScheme = (s) => Object.prototype.hasOwnProperty.call(SPECIAL, s + ':');
const defaultPort = (s) => (isSpecialScheme(s) ? SPECIAL[s + ':'] : null);
const isAlpha = (c) => /^[A-Za-z]$/.test(c);
const isDigit = (c) => c >= '0' && c <= '9';
const isHex = (c) => /^[0-9A-Fa-f]$/.test(c);

// --- percent-encoding ---------------------------------------------------------------------------
const inC0 = (c) => c < 0x20 || c > 0x7e;
const inFragment = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const inQuery = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const inSpecialQuery = (c) => inQuery(c) || c === 0x27;
const inPath = (c) => inQuery(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
const inUserinfo = (c) => inPath(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
  (c >= 0x5b && c <= 0x5e) || c === 0x7c;
const inComponent = (c) => inUserinfo(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
const inForm = (c) => inComponent(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;
const hex2 = (b) => '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
function utf8Bytes(s) { return __recode(s, 'utf8', 'latin1'); }
function encode(s, inSet, spaceAsPlus) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (spaceAsPlus && c === 0x20) out += '+';
      else out += inSet(c) ? hex2(c) : s[i];
      continue;
    }
    let ch = s[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { ch += s[i + 1]; i++; }
    }
    const bytes = utf8Bytes(ch);
    for (let j = 0; j < bytes.length; j++) out += hex2(bytes.charCodeAt(j));
  }
  return out;
}
// percent-decode to a byte string (latin1)
function decodeBytes(s) {
  const bytes = utf8Bytes(s);
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === '%' && i + 2 < bytes.length + 0 && isHex(bytes[i + 1] || '') && isHex(bytes[i + 2] || '')) {
      out += String.fromCharCode(parseInt(bytes.slice(i + 1, i + 3), 16));
      i += 2;
    } else out += c;
  }
  return out;
}
const percentDecode = (s) => __recode(decodeBytes(s), 'latin1', 'utf8');

// --- hosts --------------------------------------------------------------------------------------
const forbiddenHost = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;
const forbiddenDomain = /[\u0000-\u001f #%/:<>?@[\\\]^|\u007f]/;
function parseIPv4Number(s) {
  if (s === '') return NaN;
  let R = 10;
  if (s.length >= 2 && (s.startsWith('0x') || s.startsWith('0X'))) { s = s.slice(2); R = 16; }
  else if (s.length >= 2 && s[0] === '0') { s = s.slice(1); R = 8; }
  if (s === '') return 0;
  const re = R === 10 ? /^[0-9]+$/ : R === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, R);
}
function endsInNumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') { if (parts.length === 1) return false; parts.pop(); }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) { const n = parseIPv4Number(p); if (Number.isNaN(n)) return null; nums.push(n); }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return null;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) { out.unshift(String(ipv4 % 256)); ipv4 = Math.floor(ipv4 / 256); }
  return out.join('.');
}
function parseIPv6(input) {
  const a = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0, compress = null, p = 0;
  const s = input;
  if (s[p] === ':') { if (s[p + 1] !== ':') return null; p += 2; piece++; compress = piece; }
  while (p < s.length) {
    if (piece === 8) return null;
    if (s[p] === ':') { if (compress !== null) return null; p++; piece++; compress = piece; continue; }
    let value = 0, length = 0;
    while (length < 4 && p < s.length && isHex(s[p])) { value = value * 16 + parseInt(s[p], 16); p++; length++; }
    if (s[p] === '.') {
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let seen = 0;
      while (p < s.length) {
        let v4 = null;
        if (seen > 0) { if (s[p] === '.' && seen < 4) p++; else return null; }
        if (!isDigit(s[p] || '')) return null;
        while (isDigit(s[p] || '')) {
          const n = parseInt(s[p], 10);
          if (v4 === null) v4 = n; else if (v4 === 0) return null; else v4 = v4 * 10 + n;
          if (v4 > 255) return null;
          p++;
        }
        a[piece] = a[piece] * 256 + v4;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return null;
      break;
    } else if (s[p] === ':') {
      p++;
      if (p >= s.length) return null;
    } else if (p < s.length) return null;
    a[piece] = value;
    piece++;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = a[compress + swaps - 1]; a[compress + swaps - 1] = a[piece]; a[piece] = t;
      piece--; swaps--;
    }
  } else if (piece !== 8) return null;
  // serialise: compress the first longest run of two or more zero pieces
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (a[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && a[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '', ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && a[i] === 0) continue;
    ignore0 = false;
    if (best === i) { out += i === 0 ? '::' : ':'; ignore0 = true; continue; }
    out += a[i].toString(16);
    if (i !== 7) out += ':';
  }
  return '[' + out + ']';
}
function parseHost(input, notSpecial) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    return parseIPv6(input.slice(1, -1));
  }
  if (notSpecial) {
    if (forbiddenHost.test(input)) return null;
    return encode(input, inC0);
  }
  const domain = percentDecode(input);
  const ascii = B.toASCII(domain);
  if (ascii === null || ascii === '' || forbiddenDomain.test(ascii)) return null;
  if (endsInNumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// --- the basic URL parser -----------------------------------------------------------------------
const isWinLetter = (s, normalizedOnly) => s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
function startsWithWinLetter(s, p) {
  if (s.length - p < 2 || !isAlpha(s[p]) || (s[p + 1] !== ':' && s[p + 1] !== '|')) return false;
  if (s.length - p === 2) return true;
  const c = s[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => { const l = s.toLowerCase(); return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e'; };
function shorten(url) {
  if (url.scheme === 'file' && url.path.length === 1 && isWinLetter(url.path[0], true)) return;
  url.path.pop();
}
const newRecord = () => ({ scheme: '', username: '', password: '', host: null, port: null, path: [], opaque: false,
  query: null, fragment: null });
function copyRecord(u) { return Object.assign(newRecord(), u, { path: u.opaque ? u.path : u.path.slice() }); }

// returns the record, or null on failure; with `state` (a setter) it updates `url` in place and
// returns url, or null when the setter must leave the URL unchanged
function basicParse(input, base, url, state) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  const override = state;
  state = state || 'schemeStart';
  let buffer = '', atSeen = false, insideBrackets = false, passwordSeen = false;
  const chars = Array.from(input);
  for (let p = 0; p <= chars.length; p++) {
    const c = p < chars.length ? chars[p] : undefined;  // undefined is EOF
    const rest = () => chars.slice(p + 1).join('');
    switch (state) {
      case 'schemeStart':
        if (c !== undefined && isAlpha(c)) { buffer += c.toLowerCase(); state = 'scheme'; }
        else if (!override) { state = 'noScheme'; p--; }
        else return null;
        break;
      case 'scheme':
        if (c !== undefined && /^[A-Za-z0-9+\-.]$/.test(c)) buffer += c.toLowerCase();
        else if (c === ':') {
          if (override) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return null;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return null;
            if (url.scheme === 'file' && url.host === '') return null;
          }
          url.scheme = buffer;
          if (override) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') state = 'file';
          else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) state = 'specialRelativeOrAuthority';
          else if (isSpecialScheme(url.scheme)) state = 'specialAuthoritySlashes';
          else if (chars[p + 1] === '/') { state = 'pathOrAuthority'; p++; }
          else { url.path = ''; url.opaque = true; state = 'opaquePath'; }
        } else if (!override) { buffer = ''; state = 'noScheme'; p = -1; }
        else return null;
        break;
      case 'noScheme':
        if (!base || (base.opaque && c !== '#')) return null;
        if (base.opaque && c === '#') {
          url.scheme = base.scheme; url.path = base.path; url.opaque = true; url.query = base.query;
          url.fragment = ''; state = 'fragment';
        } else if (base.scheme !== 'file') { state = 'relative'; p--; }
        else { state = 'file'; p--; }
        break;
      case 'specialRelativeOrAuthority':
        if (c === '/' && chars[p + 1] === '/') { state = 'specialAuthorityIgnoreSlashes'; p++; }
        else { state = 'relative'; p--; }
        break;
      case 'pathOrAuthority':
        if (c === '/') state = 'authority';
        else { state = 'path'; p--; }
        break;
      case 'relative':
        url.scheme = base.scheme;
        if (c === '/') state = 'relativeSlash';
        else if (isSpecialScheme(url.scheme) && c === '\\') state = 'relativeSlash';
        else {
          url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
          url.path = base.path.slice(); url.query = base.query;
          if (c === '?') { url.query = ''; state = 'query'; }
          else if (c === '#') { url.fragment = ''; state = 'fragment'; }
          else if (c !== undefined) { url.query = null; shorten(url); state = 'path'; p--; }
        }
        break;
      case 'relativeSlash':
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) state = 'specialAuthorityIgnoreSlashes';
        else if (c === '/') state = 'authority';
        else {
          url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
          state = 'path'; p--;
        }
        break;
      case 'specialAuthoritySlashes':
        if (c === '/' && chars[p + 1] === '/') { state = 'specialAuthorityIgnoreSlashes'; p++; }
        else { state = 'specialAuthorityIgnoreSlashes'; p--; }
        break;
      case 'specialAuthorityIgnoreSlashes':
        if (c !== '/' && c !== '\\') { state = 'authority'; p--; }
        break;
      case 'authority':
        if (c === '@') {
          if (atSeen) buffer = '%40' + buffer;
          atSeen = true;
          for (const ch of Array.from(buffer)) {
            if (ch === ':' && !passwordSeen) { passwordSeen = true; continue; }
            const enc = encode(ch, inUserinfo);
            if (passwordSeen) url.password += enc; else url.username += enc;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          if (atSeen && buffer === '') return null;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else buffer += c;
        break;
      case 'host':
      case 'hostname':
        if (override && url.scheme === 'file') { p--; state = 'fileHost'; }
        else if (c === ':' && !insideBrackets) {
          if (buffer === '') return null;
          if (override === 'hostname') return null;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host; buffer = ''; state = 'port';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return null;
          if (override && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) return null;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host; buffer = ''; state = 'pathStart';
          if (override) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case 'port':
        if (c !== undefined && isDigit(c)) buffer += c;
        else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\') || override) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (override) return url;
          state = 'pathStart'; p--;
        } else return null;
        break;
      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') state = 'fileSlash';
        else if (base && base.scheme === 'file') {
          url.host = base.host; url.path = base.path.slice(); url.query = base.query;
          if (c === '?') { url.query = ''; state = 'query'; }
          else if (c === '#') { url.fragment = ''; state = 'fragment'; }
          else if (c !== undefined) {
            url.query = null;
            if (!startsWithWinLetter(chars.join(''), p)) shorten(url);
            else url.path = [];
            state = 'path'; p--;
          }
        } else { state = 'path'; p--; }
        break;
      case 'fileSlash':
        if (c === '/' || c === '\\') state = 'fileHost';
        else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWinLetter(chars.join(''), p) && base.path.length > 0 && isWinLetter(base.path[0], true)) url.path.push(base.path[0]);
          }
          state = 'path'; p--;
        }
        break;
      case 'fileHost':
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!override && isWinLetter(buffer, false)) state = 'path';
          else if (buffer === '') {
            url.host = '';
            if (override) return url;
            state = 'pathStart';
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (override) return url;
            buffer = ''; state = 'pathStart';
          }
        } else buffer += c;
        break;
      case 'pathStart':
        if (isSpecialScheme(url.scheme)) { state = 'path'; if (c !== '/' && c !== '\\') p--; }
        else if (!override && c === '?') { url.query = ''; state = 'query'; }
        else if (!override && c === '#') { url.fragment = ''; state = 'fragment'; }
        else if (c !== undefined) { state = 'path'; if (c !== '/') p--; }
        else if (override && url.host === null) url.path.push('');
        break;
      case 'path': {
        const slash = c === '/' || (isSpecialScheme(url.scheme) && c === '\\');
        if (c === undefined || slash || (!override && (c === '?' || c === '#'))) {
          if (isDoubleDot(buffer)) {
            shorten(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) url.path.push('');
          else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWinLetter(buffer, false)) buffer = buffer[0] + ':';
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') { url.query = ''; state = 'query'; }
          if (c === '#') { url.fragment = ''; state = 'fragment'; }
        } else buffer += encode(c, inPath);
        break;
      }
      case 'opaquePath':
        if (c === '?') { url.query = ''; state = 'query'; }
        else if (c === '#') { url.fragment = ''; state = 'fragment'; }
        else if (c !== undefined) url.path += encode(c, inC0);
        break;
      case 'query':
        if ((!override && c === '#') || c === undefined) {
          url.query += encode(buffer, isSpecialScheme(url.scheme) ? inSpecialQuery : inQuery);
          buffer = '';
          if (c === '#') { url.fragment = ''; state = 'fragment'; }
        } else buffer += c;
        break;
      case 'fragment':
        if (c !== undefined) url.fragment += encode(c, inFragment);
        break;
    }
  }
  return url;
}
function serialize(u, excludeFragment) {
  let out = u.scheme + ':';
  if (u.host !== null) {
    out += '//';
    if (u.username !== '' || u.password !== '') {
      out += u.username;
      if (u.password !== '') out += ':' + u.password;
      out += '@';
    }
    out += u.host;
    if (u.port !== null) out += ':' + u.port;
  }
  if (u.host === null && !u.opaque && u.path.length > 1 && u.path[0] === '') out += '/.';
  out += pathString(u);
  if (u.query !== null) out += '?' + u.query;
  if (!excludeFragment && u.fragment !== null) out += '#' + u.fragment;
  return out;
}
const pathString = (u) => (u.opaque ? u.path : u.path.map((s) => '/' + s).join(''));

// --- URLSearchParams ----------------------------------------------------------------------------
function parseForm(s) {
  const out = [];
  for (const seq of s.split('&')) {
    if (seq === '') continue;
    const i = seq.indexOf('=');
    const name = i < 0 ? seq : seq.slice(0, i), value = i < 0 ? '' : seq.slice(i + 1);
    out.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
  }
  return out;
}
const toUSV = (s) => String(s).toWellFormed ? String(s).toWellFormed() : String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
function serializeForm(list) {
  return list.map(([k, v]) => encode(k, inForm, true) + '=' + encode(v, inForm, true)).join('&');
}
const kList = Symbol('query'), kURL = Symbol('context');
class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kURL] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const iter = init[Symbol.iterator];
      if (typeof iter === 'function') {
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw __nodeError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const p = Array.from(pair);
          if (p.length !== 2) throw __nodeError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          this[kList].push([toUSV(p[0]), toUSV(p[1])]);
        }
      } else {
        for (const k of Reflect.ownKeys(init)) {
          if (typeof k !== 'string') continue;
          const d = Reflect.getOwnPropertyDescriptor(init, k);
          if (d !== undefined && d.enumerable) this[kList].push([toUSV(k), toUSV(init[k])]);
        }
      }
    } else {
      let s = toUSV(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = parseForm(s);
    }
  }
  _update() {
    const u = this[kURL];
    if (u === null) return;
    const s = serializeForm(this[kList]);
    u[kRecord].query = s === '' ? null : s;
  }
  get size() { return this[kList].length; }
  append(name, value) {
    if (arguments.length < 2) throw __nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
    this[kList].push([toUSV(name), toUSV(value)]); this._update();
  }
  delete(name, value) {
    name = toUSV(name);
    this[kList] = this[kList].filter(([k, v]) => !(k === name && (value === undefined || v === toUSV(value))));
    this._update();
  }
  get(name) { name = toUSV(name); const e = this[kList].find(([k]) => k === name); return e ? e[1] : null; }
  getAll(name) { name = toUSV(name); return this[kList].filter(([k]) => k === name).map(([, v]) => v); }
  has(name, value) { name = toUSV(name); return this[kList].some(([k, v]) => k === name && (value === undefined || v === toUSV(value))); }
  set(name, value) {
    name = toUSV(name); value = toUSV(value);
    const i = this[kList].findIndex(([k]) => k === name);
    if (i < 0) this[kList].push([name, value]);
    else { this[kList][i][1] = value; this[kList] = this[kList].filter(([k], j) => j <= i || k !== name); }
    this._update();
  }
  sort() {
    this[kList] = this[kList].map((e, i) => [e, i]).sort((a, b) => {
      const x = a[0][0], y = b[0][0];
      return x < y ? -1 : x > y ? 1 : a[1] - b[1];
    }).map(([e]) => e);
    this._update();
  }
  forEach(cb, thisArg) {
    if (typeof cb !== 'function') throw __invalidArgType('callback', 'of type function', cb);
    for (let i = 0; i < this[kList].length; i++) { const [k, v] = this[kList][i]; cb.call(thisArg, v, k, this); }
  }
  *keys() { for (let i = 0; i < this[kList].length; i++) yield this[kList][i][0]; }
  *values() { for (let i = 0; i < this[kList].length; i++) yield this[kList][i][1]; }
  *entries() { for (let i = 0; i < this[kList].length; i++) yield [this[kList][i][0], this[kList][i][1]]; }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return serializeForm(this[kList]); }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return '[Object]';
    const parts = this[kList].map(([k, v]) => `${inspect(k)} => ${inspect(v)}`);
    if (parts.length === 0) return 'URLSearchParams {}';
    const one = `URLSearchParams { ${parts.join(', ')} }`;
    if (one.length <= 80) return one;
    return `URLSearchParams {\n  ${parts.join(',\n  ')} }`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

// --- URL ----------------------------------------------------------------------------------------
const kRecord = Symbol('context');
const kParams = Symbol('query');
function invalidURL(input, base) {
  const e = __nodeError('TypeError', 'ERR_INVALID_URL', 'Invalid URL');
  e.input = input;
  if (base !== undefined) e.base = base;
  return e;
}
function parseBase(base) {
  if (base === undefined) return null;
  const b = basicParse(toUSV(base), null);
  return b;
}
class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw __nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
    input = toUSV(input);
    let b = null;
    if (base !== undefined) {
      b = parseBase(base);
      if (b === null) throw invalidURL(input, String(base));
    }
    const rec = basicParse(input, b);
    if (rec === null) throw invalidURL(input, base === undefined ? undefined : String(base));
    this[kRecord] = rec;
    this[kParams] = new URLSearchParams(rec.query || '');
    this[kParams][kURL] = this;
  }
  static canParse(input, base = undefined) {
    try { new URL(input, base); return true; } catch { return false; }
  }
  static parse(input, base = undefined) {
    try { return new URL(input, base); } catch { return null; }
  }
  get href() { return serialize(this[kRecord]); }
  set href(v) {
    const rec = basicParse(toUSV(v), null);
    if (rec === null) throw invalidURL(String(v));
    this[kRecord] = rec;
    this[kParams][kList] = parseForm(rec.query || '');
  }
  get origin() {
    const u = this[kRecord];
    if (u.scheme === 'blob') {
      try { const inner = new URL(pathString(u)); if (inner.protocol === 'http:' || inner.protocol === 'https:') return inner.origin; } catch {}
      return 'null';
    }
    if (['ftp', 'http', 'https', 'ws', 'wss'].includes(u.scheme)) return u.scheme + '://' + u.host + (u.port !== null ? ':' + u.port : '');
    return 'null';
  }
  get protocol() { return this[kRecord].scheme + ':'; }
  set protocol(v) { const c = copyRecord(this[kRecord]); if (basicParse(toUSV(v) + ':', null, c, 'schemeStart')) this[kRecord] = c; }
  get username() { return this[kRecord].username; }
  set username(v) {
    const u = this[kRecord];
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    u.username = encode(toUSV(v), inUserinfo);
  }
  get password() { return this[kRecord].password; }
  set password(v) {
    const u = this[kRecord];
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    u.password = encode(toUSV(v), inUserinfo);
  }
  get host() { const u = this[kRecord]; return u.host === null ? '' : u.port === null ? u.host : u.host + ':' + u.port; }
  set host(v) {
    if (this[kRecord].opaque) return;
    const c = copyRecord(this[kRecord]);
    if (basicParse(toUSV(v), null, c, 'host')) this[kRecord] = c;
  }
  get hostname() { const h = this[kRecord].host; return h === null ? '' : h; }
  set hostname(v) {
    if (this[kRecord].opaque) return;
    const c = copyRecord(this[kRecord]);
    if (basicParse(toUSV(v), null, c, 'hostname')) this[kRecord] = c;
  }
  get port() { const p = this[kRecord].port; return p === null ? '' : String(p); }
  set port(v) {
    const u = this[kRecord];
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    v = toUSV(v);
    if (v === '') { u.port = null; return; }
    const c = copyRecord(u);
    if (basicParse(v, null, c, 'port')) this[kRecord] = c;
  }
  get pathname() { return pathString(this[kRecord]); }
  set pathname(v) {
    const u = this[kRecord];
    if (u.opaque) return;
    const c = copyRecord(u);
    c.path = [];
    if (basicParse(toUSV(v), null, c, 'pathStart')) this[kRecord] = c;
  }
  get search() { const q = this[kRecord].query; return q === null || q === '' ? '' : '?' + q; }
  set search(v) {
    const u = this[kRecord];
    v = toUSV(v);
    if (v === '') { u.query = null; this[kParams][kList] = []; return; }
    if (v[0] === '?') v = v.slice(1);
    u.query = '';
    basicParse(v, null, u, 'query');
    this[kParams][kList] = parseForm(v);
  }
  get searchParams() { return this[kParams]; }
  get hash() { const f = this[kRecord].fragment; return f === null || f === '' ? '' : '#' + f; }
  set hash(v) {
    const u = this[kRecord];
    v = toUSV(v);
    if (v === '') { u.fragment = null; return; }
    if (v[0] === '#') v = v.slice(1);
    u.fragment = '';
    basicParse(v, null, u, 'fragment');
  }
  toString() { return this.href; }
  toJSON() { return this.href; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this).constructor || URL;
    const obj = Object.create({ constructor });
    for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
      'search', 'searchParams', 'hash']) obj[k] = this[k];
    return `${constructor.name} ${inspect(obj, options)}`;
  }
}
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  Object.defineProperty(URL.prototype, k, Object.assign(Object.getOwnPropertyDescriptor(URL.prototype, k), { enumerable: true }));
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
URL.createObjectURL = function () { throw __nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'URL.createObjectURL() is not implemented'); };
URL.revokeObjectURL = function () {};

// --- node helpers -------------------------------------------------------------------------------
function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!(path instanceof URL)) throw __invalidArgType('path', 'of type string or an instance of URL', path);
  if (path.protocol !== 'file:') throw __nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') {
    throw __nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw __nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
    }
  }
  return percentDecode(pathname);
}
function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw __invalidArgType('path', 'of type string', filepath);
  let resolved = __require('path').resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const u = new URL('file://');
  let enc = '';
  for (const ch of resolved) {
    enc += ch === '%' ? '%25' : ch === '\\' ? '%5C' : ch === '\n' ? '%0A' : ch === '\r' ? '%0D' : ch === '\t' ? '%09'
      : ch === '#' ? '%23' : ch === '?' ? '%3F' : ch;
  }
  u.pathname = enc;
  return u;
}
function domainToASCII(d) { const r = parseHost(String(d), false); return r === null ? '' : r; }
function domainToUnicode(d) { const r = parseHost(String(d), false); return r === null ? '' : B.toUnicode(r); }
function urlToHttpOptions(url) {
  const o = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash, search: url.search, pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`, href: url.href,
  };
  if (url.port !== '') o.port = Number(url.port);
  if (url.username || url.password) o.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return o;
}

// --- the legacy API -----------------------------------------------------------------------------
function Url() {
  this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
  this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null;
  this.path = null; this.href = null;
}
const slashedProtocol = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:']);
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  if (typeof url !== 'string') throw __invalidArgType('url', 'of type string', url);
  const u = new Url();
  let rest = url.trim();
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) { u.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
  const qAt = rest.indexOf('?');
  if (qAt >= 0) { u.search = rest.slice(qAt); u.query = rest.slice(qAt + 1); rest = rest.slice(0, qAt); }
  else if (parseQueryString) { u.search = ''; u.query = {}; }
  if (parseQueryString && typeof u.query === 'string') u.query = __require('querystring').parse(u.query);
  rest = rest.replace(/\\/g, '/');
  const m = /^([a-zA-Z][a-zA-Z0-9+\-.]*:)/.exec(rest);
  if (m) { u.protocol = m[1].toLowerCase(); rest = rest.slice(m[1].length); }
  if ((slashesDenoteHost || u.protocol) && rest.startsWith('//') && u.protocol !== 'javascript:') {
    u.slashes = true;
    rest = rest.slice(2);
    let end = rest.search(/[/?#]/);
    if (end < 0) end = rest.length;
    let hostPart = rest.slice(0, end);
    rest = rest.slice(end);
    const at = hostPart.lastIndexOf('@');
    if (at >= 0) { u.auth = decodeURIComponent(hostPart.slice(0, at)); hostPart = hostPart.slice(at + 1); }
    const pm = /:([0-9]*)$/.exec(hostPart);
    if (pm) { if (pm[1] !== '') u.port = pm[1]; hostPart = hostPart.slice(0, pm.index); }
    u.hostname = hostPart.toLowerCase();
    if (u.hostname.startsWith('[') && u.hostname.endsWith(']')) u.hostname = u.hostname.slice(1, -1);
    u.host = (u.hostname.includes(':') ? '[' + u.hostname + ']' : u.hostname) + (u.port ? ':' + u.port : '');
  }
  if (rest !== '') u.pathname = rest;
  else if (u.slashes && slashedProtocol.has(u.protocol)) u.pathname = '/';
  if (u.pathname !== null || u.search !== null) u.path = (u.pathname || '') + (u.search || '');
  u.href = urlFormat(u);
  return u;
}
function urlFormat(obj, options) {
  if (typeof obj === 'string') obj = urlParse(obj);
  else if (obj instanceof URL) {
    const o = Object.assign({ fragment: true, search: true, auth: true, unicode: false }, options);
    const r = copyRecord(obj[kRecord]);
    if (!o.auth) { r.username = ''; r.password = ''; }
    if (!o.search) r.query = null;
    if (!o.fragment) r.fragment = null;
    if (o.unicode && r.host) r.host = B.toUnicode(r.host);
    return serialize(r);
  } else if (obj === null || typeof obj !== 'object') throw __invalidArgType('urlObject', 'one of type object or string', obj);
  let auth = obj.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  let protocol = obj.protocol || '';
  let pathname = obj.pathname || '';
  let hash = obj.hash || '';
  let host = '';
  let query = '';
  if (obj.host) host = auth + obj.host;
  else if (obj.hostname) host = auth + (obj.hostname.includes(':') ? '[' + obj.hostname + ']' : obj.hostname) + (obj.port ? ':' + obj.port : '');
  if (obj.query !== null && typeof obj.query === 'object') query = __require('querystring').stringify(obj.query);
  let search = obj.search || (query && ('?' + query)) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  if (obj.slashes || ((!protocol || slashedProtocol.has(protocol)) && host !== '')) {
    host = '//' + host;
    if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
  }
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  search = search.replace('#', '%23');
  return protocol + host + pathname + search + hash;
}
function urlResolve(from, to) {
  const base = basicParse(from, null);
  if (base !== null) { const r = basicParse(to, base); if (r !== null) return serialize(r); }
  const fake = basicParse(from, basicParse('resolve://x/', null));
  const r = basicParse(to, fake);
  if (r === null) return to;
  const s = serialize(r);
  if (s.startsWith('resolve://x')) {
    const tail = s.slice('resolve://x'.length);
    return from.startsWith('/') ? tail : tail.replace(/^\//, '');
  }
  return s;
}
return {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode, urlToHttpOptions,
  format: urlFormat, parse: urlParse, resolve: urlResolve, Url,
};
})
"""


def make_binding(host: "NodeHost") -> Any:
    realm = host.realm

    def to_ascii(a: list[Any]) -> Any:
        """UTS 46-like domain to ASCII: lower-case, IDNA for non-ASCII labels (None on failure)."""
        d = js_str(a[0]) if a and type(a[0]) is str else ""
        if d.isascii():
            return python_string_to_js(d.lower())
        try:
            labels = []
            for label in d.replace("\u3002", ".").replace("\uff0e", ".").replace("\uff61", ".").split("."):
                if label.isascii():
                    labels.append(label.lower())
                else:
                    labels.append(label.lower().encode("idna").decode("ascii"))
            return python_string_to_js(".".join(labels))
        except UnicodeError:
            return NULL

    def to_unicode(a: list[Any]) -> Any:
        d = js_str(a[0]) if a and type(a[0]) is str else ""
        out = []
        for label in d.split("."):
            if label.startswith("xn--"):
                try:
                    label = label.encode("ascii").decode("idna")
                except UnicodeError:
                    pass
            out.append(label)
        return python_string_to_js(".".join(out))
    return binding(realm, {"toASCII": to_ascii, "toUnicode": to_unicode})


def make_url_module(host: "NodeHost") -> Any:
    """``require('url')``."""
    return load_js(host.realm, "node:url", URL_SOURCE, host.js_helpers({"B": make_binding(host)}))
