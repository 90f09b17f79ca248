"""``node:path``: ``path.posix`` and ``path.win32`` (pure string functions, written in JS; only
``process.cwd()`` reaches the host). ``require('path')`` is the posix one on POSIX hosts."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import load_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_path_module", "PATH_SOURCE"]

PATH_SOURCE = r"""
(function () {
'use strict';
function checkString(v, name) {
  if (typeof v !== 'string') throw __invalidArgType(name, 'of type string', v);
}
// Collapse '.', '..' and repeated separators of a path without its root.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}
function lastSegmentBounds(path, start, isSep) {
  // [begin, end) of the last segment after `start`, ignoring trailing separators
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > start && !isSep(path.charCodeAt(begin - 1))) begin--;
  return [begin, end];
}
function basenameOf(path, suffix, start, isSep) {
  const [b, e] = lastSegmentBounds(path, start, isSep);
  let base = path.slice(b, e);
  if (suffix !== undefined && suffix.length > 0 && base.endsWith(suffix)) {
    // Node keeps a segment equal to the suffix unless it is the whole path
    if (base !== suffix || (b === start && e === path.length)) base = base.slice(0, base.length - suffix.length);
  }
  return base;
}
function extOf(base, rootedDotDot) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  if (base === '..' && !rootedDotDot) return '';
  return base.slice(dot);
}

function makePath(win) {
  const sep = win ? '\\' : '/';
  const isSep = win ? (c) => c === 47 || c === 92 : (c) => c === 47;
  const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // { device, rootEnd, absolute } of a path
  function root(path) {
    if (!win) return { device: '', rootEnd: path.length > 0 && path.charCodeAt(0) === 47 ? 1 : 0, absolute: path.charCodeAt(0) === 47 };
    const len = path.length;
    if (len === 0) return { device: '', rootEnd: 0, absolute: false };
    const c0 = path.charCodeAt(0);
    if (isSep(c0)) {
      if (len > 1 && isSep(path.charCodeAt(1))) {
        // UNC: \\server\share
        let j = 2;
        let last = j;
        while (j < len && !isSep(path.charCodeAt(j))) j++;
        if (j < len && j !== last) {
          const server = path.slice(last, j);
          while (j < len && isSep(path.charCodeAt(j))) j++;
          if (j < len && j !== last) {
            last = j;
            while (j < len && !isSep(path.charCodeAt(j))) j++;
            if (j === len) return { device: '\\\\' + server + '\\' + path.slice(last), rootEnd: j, absolute: true, unc: true };
            if (j !== last) return { device: '\\\\' + server + '\\' + path.slice(last, j), rootEnd: j + 1, absolute: true, unc: true };
          }
        }
      }
      return { device: '', rootEnd: 1, absolute: true };
    }
    if (len >= 2 && isLetter(c0) && path.charCodeAt(1) === 58) {
      if (len > 2 && isSep(path.charCodeAt(2))) return { device: path.slice(0, 2), rootEnd: 3, absolute: true };
      return { device: path.slice(0, 2), rootEnd: 2, absolute: false };
    }
    return { device: '', rootEnd: 0, absolute: false };
  }
  const P = {};
  P.sep = sep;
  P.delimiter = win ? ';' : ':';
  P.isAbsolute = function isAbsolute(path) {
    checkString(path, 'path');
    return root(path).absolute;
  };
  P.normalize = function normalize(path) {
    checkString(path, 'path');
    if (path.length === 0) return '.';
    const r = root(path);
    let tail = normalizeSegments(path.slice(r.rootEnd), !r.absolute, sep, isSep);
    if (tail.length === 0 && !r.absolute) tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(path.length - 1))) tail += sep;
    if (!win) return (r.absolute ? '/' : '') + tail;
    if (r.device === '') {
      // a colon in a relative path must not read as a drive letter
      if (!r.absolute && tail.includes(':')) return '.\\' + tail;
      return (r.absolute ? '\\' : '') + tail;
    }
    if (r.absolute) return r.device + '\\' + tail;
    return r.device + tail;
  };
  P.join = function join(...parts) {
    if (parts.length === 0) return '.';
    let joined;
    for (let i = 0; i < parts.length; i++) {
      checkString(parts[i], 'path');
      if (parts[i].length > 0) joined = joined === undefined ? parts[i] : joined + sep + parts[i];
    }
    if (joined === undefined) return '.';
    if (win) {
      // keep a leading UNC root only when the first part had one
      const first = parts.find((x) => x.length > 0);
      let needsReplace = true, slashes = 0;
      if (isSep(first.charCodeAt(0))) {
        ++slashes;
        if (first.length > 1 && isSep(first.charCodeAt(1))) {
          ++slashes;
          if (first.length > 2) { if (isSep(first.charCodeAt(2))) ++slashes; else needsReplace = false; }
        }
      }
      if (needsReplace) {
        while (slashes < joined.length && isSep(joined.charCodeAt(slashes))) slashes++;
        if (slashes >= 2) joined = '\\' + joined.slice(slashes);
      }
    }
    return P.normalize(joined);
  };
  P.resolve = function resolve(...args) {
    let device = '', tail = '', absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) { path = args[i]; checkString(path, `paths[${i}]`); if (path.length === 0) continue; }
      else path = process.cwd();
      const r = root(path);
      if (win && r.device.length > 0 && device.length > 0 && r.device.toLowerCase() !== device.toLowerCase()) continue;
      if (win && device.length === 0 && r.device.length > 0) device = r.device;
      if (!absolute) {
        tail = path.slice(r.rootEnd) + (tail.length ? sep + tail : '');
        absolute = r.absolute;
      }
      if (absolute && (!win || device.length > 0)) break;
      if (absolute && win && i < 0) break;
    }
    tail = normalizeSegments(tail, !absolute, sep, isSep);
    if (!win) return absolute ? '/' + tail : (tail.length > 0 ? tail : '.');
    const r = device + (absolute ? '\\' : '') + tail;
    return r.length > 0 ? r : '.';
  };
  P.relative = function relative(from, to) {
    checkString(from, 'from');
    checkString(to, 'to');
    if (from === to) return '';
    const f = P.resolve(from), t = P.resolve(to);
    const cmp = win ? (s) => s.toLowerCase() : (s) => s;
    if (cmp(f) === cmp(t)) return '';
    const split = (p) => { const r = root(p); return [p.slice(0, r.rootEnd), p.slice(r.rootEnd).split(sep).filter((x) => x.length > 0)]; };
    const [fr, fs] = split(f), [tr, ts] = split(t);
    if (win && cmp(fr) !== cmp(tr)) return t;
    let i = 0;
    while (i < fs.length && i < ts.length && cmp(fs[i]) === cmp(ts[i])) i++;
    if (win && i === 0 && fs.length > 0 && !/^[a-zA-Z]:/.test(fr)) return t;  // nothing in common below a bare root
    const up = fs.slice(i).map(() => '..');
    return up.concat(ts.slice(i)).join(sep);
  };
  P.dirname = function dirname(path) {
    checkString(path, 'path');
    if (path.length === 0) return '.';
    const r = root(path);
    let end = path.length;
    while (end > r.rootEnd && isSep(path.charCodeAt(end - 1))) end--;
    while (end > r.rootEnd && !isSep(path.charCodeAt(end - 1))) end--;
    if (end <= r.rootEnd) {
      if (r.rootEnd > 0) return path.slice(0, r.rootEnd);
      return '.';
    }
    if (!win && end - 1 === 1 && r.rootEnd === 1) return '//';
    return path.slice(0, end - 1);
  };
  P.basename = function basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, 'ext');
    checkString(path, 'path');
    const r = win ? root(path) : { rootEnd: 0 };
    const start = win && r.device.length === 2 && path.charCodeAt(1) === 58 ? 2 : (win ? 0 : 0);
    return basenameOf(path, suffix, start, isSep);
  };
  P.extname = function extname(path) {
    checkString(path, 'path');
    const start = win && path.length >= 2 && isLetter(path.charCodeAt(0)) && path.charCodeAt(1) === 58 ? 2 : 0;
    const [b, e] = lastSegmentBounds(path, start, isSep);
    return extOf(path.slice(b, e));
  };
  P.parse = function parse(path) {
    checkString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const r = root(path);
    ret.root = path.slice(0, r.rootEnd);
    const start = win && r.device.length === 2 && !r.absolute ? 2 : r.rootEnd;
    const [b, e] = lastSegmentBounds(path, start, isSep);
    ret.base = path.slice(b, e);
    ret.ext = extOf(ret.base, !win && b === start && start > 0);
    ret.name = ret.ext.length ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
    ret.dir = b - 1 > r.rootEnd ? path.slice(0, b - 1) : ret.root;
    if (win && r.device.length === 2 && !r.absolute && b === 2) ret.dir = ret.root;
    return ret;
  };
  P.format = function format(obj) {
    if (obj === null || typeof obj !== 'object') throw __invalidArgType('pathObject', 'of type object', obj);
    const dir = obj.dir || obj.root;
    const base = obj.base || `${obj.name || ''}${obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : ''}`;
    if (!dir) return base;
    return dir === obj.root ? `${dir}${base}` : `${dir}${sep}${base}`;
  };
  P.toNamespacedPath = function toNamespacedPath(path) {
    if (!win || typeof path !== 'string' || path.length === 0) return path;
    const resolved = P.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.startsWith('\\\\')) {
      if (resolved[2] !== '?' && resolved[2] !== '.') return '\\\\?\\UNC\\' + resolved.slice(2);
    } else if (isLetter(resolved.charCodeAt(0)) && resolved[1] === ':' && resolved[2] === '\\') {
      return '\\\\?\\' + resolved;
    }
    return path;
  };
  P._makeLong = P.toNamespacedPath;
  return P;
}
const posix = makePath(false);
const win32 = makePath(true);
posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;
return __win ? win32 : posix;
})
"""


def make_path_module(host: "NodeHost") -> Any:
    """``require('path')``."""
    return load_js(host.realm, "node:path", PATH_SOURCE, host.js_helpers({"__win": os.name == "nt"}))
