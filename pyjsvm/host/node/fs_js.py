"""The JS half of ``node:fs``: argument handling, callback and promise forms, Stats, Dirent and
file streams over the Python binding ``B`` (see ``fs.py``)."""
from __future__ import annotations

__all__ = ["FS_SOURCE"]

FS_SOURCE = r"""
(function () {
'use strict';
const getBuffer = __getBuffer;
const toBuffer = __toBuffer;
function isView(v) {
  return typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function' && ArrayBuffer.isView(v);
}
// [string, encoding] for data to write
function dataArg(data, encoding, name) {
  if (typeof data === 'string') return [data, encoding || 'utf8'];
  if (isView(data)) {
    const u = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    let s = '';
    for (let i = 0; i < u.length; i += 4096) s += String.fromCharCode.apply(null, Array.prototype.slice.call(u, i, i + 4096));
    return [s, 'latin1'];
  }
  throw __invalidArgType(name || 'data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}
function pathArg(p, name) {
  if (typeof p === 'string') return p;
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && typeof p.protocol === 'string') {
    return __require('url').fileURLToPath(p);
  }
  if (isView(p)) return dataArg(p)[0];
  throw __invalidArgType(name || 'path', 'of type string or an instance of Buffer or URL', p);
}
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return Object.assign({}, defaults, { encoding: options });
  if (typeof options !== 'object') throw __invalidArgType('options', 'one of type string or an instance of Object', options);
  return Object.assign({}, defaults, options);
}
function checkEncoding(e) {
  if (e !== undefined && e !== null && e !== 'buffer' && !B.isEncoding(e)) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'encoding' is invalid encoding. Received " + __inspect(e));
  }
}
function maybeCallback(cb) {
  if (typeof cb !== 'function') throw __invalidArgType('cb', 'of type function', cb);
  return cb;
}
// (a file operation's callback runs in the poll phase, as node's: B.post)
function later(cb, err, value) { B.post(() => (err ? cb(err) : cb(null, value))); }

// --- Stats and Dirent -----------------------------------------------------------------------
const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFLNK = 0o120000,
  S_IFIFO = 0o010000, S_IFSOCK = 0o140000, S_IFCHR = 0o020000, S_IFBLK = 0o060000;
function Stats(o) {
  Object.assign(this, o);
  this.atime = new Date(o.atimeMs); this.mtime = new Date(o.mtimeMs);
  this.ctime = new Date(o.ctimeMs); this.birthtime = new Date(o.birthtimeMs);
}
const modeIs = (t) => function () { return (this.mode & S_IFMT) === t; };
Stats.prototype.isFile = modeIs(S_IFREG);
Stats.prototype.isDirectory = modeIs(S_IFDIR);
Stats.prototype.isSymbolicLink = modeIs(S_IFLNK);
Stats.prototype.isFIFO = modeIs(S_IFIFO);
Stats.prototype.isSocket = modeIs(S_IFSOCK);
Stats.prototype.isCharacterDevice = modeIs(S_IFCHR);
Stats.prototype.isBlockDevice = modeIs(S_IFBLK);
const makeStats = (o) => (o === undefined || o === null ? undefined : new Stats(o));

const kType = Symbol('type');
// libuv's UV_DIRENT_* numbers, which node keeps under Symbol(type)
const direntTypes = { unknown: 0, file: 1, dir: 2, link: 3, fifo: 4, socket: 5, char: 6, block: 7 };
class Dirent {
  constructor(name, type, path) {
    this.name = name; this.parentPath = path; this.path = path;
    this[kType] = typeof type === 'number' ? type : (direntTypes[type] || 0);
  }
  isFile() { return this[kType] === 1; }
  isDirectory() { return this[kType] === 2; }
  isSymbolicLink() { return this[kType] === 3; }
  isFIFO() { return this[kType] === 4; }
  isSocket() { return this[kType] === 5; }
  isCharacterDevice() { return this[kType] === 6; }
  isBlockDevice() { return this[kType] === 7; }
}

// --- the synchronous API --------------------------------------------------------------------
const fs = {};
// (Linux's values, in node's order)
fs.constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
for (const k of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) fs[k] = fs.constants[k];

fs.readFileSync = function readFileSync(path, options) {
  const o = getOptions(options, { flag: 'r' });
  checkEncoding(o.encoding);
  if (typeof path === 'number') {
    let s = '', chunk;
    while ((chunk = B.read(path, 65536, -1)) !== '') s += chunk;
    return o.encoding && o.encoding !== 'buffer' ? B.recode(s, 'latin1', o.encoding) : toBuffer(s);
  }
  const p = pathArg(path);
  if (o.encoding && o.encoding !== 'buffer') return B.readFile(p, o.encoding, o.flag);
  return toBuffer(B.readFile(p, 'latin1', o.flag));
};
fs.writeFileSync = function writeFileSync(file, data, options) {
  const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  checkEncoding(o.encoding);
  const [s, enc] = dataArg(data, o.encoding);
  if (typeof file === 'number') { B.write(file, s, enc); return; }
  B.writeFile(pathArg(file, 'file'), s, enc, o.flag, o.mode);
};
fs.appendFileSync = function appendFileSync(file, data, options) {
  const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  fs.writeFileSync(file, data, o);
};
fs.existsSync = function existsSync(path) {
  try { return B.exists(pathArg(path)); } catch (e) {
    if (e !== null && typeof e === 'object' && e.code === 'ERR_ACCESS_DENIED') throw e;
    return false;
  }
};
fs.statSync = function statSync(path, options) {
  const o = getOptions(options, { throwIfNoEntry: true });
  return makeStats(B.stat(pathArg(path), false, o.throwIfNoEntry !== false));
};
fs.lstatSync = function lstatSync(path, options) {
  const o = getOptions(options, { throwIfNoEntry: true });
  return makeStats(B.stat(pathArg(path), true, o.throwIfNoEntry !== false));
};
fs.fstatSync = function fstatSync(fd) { return makeStats(B.fstat(fd)); };
fs.readdirSync = function readdirSync(path, options) {
  const o = getOptions(options, {});
  const r = B.readdir(pathArg(path), !!o.withFileTypes, !!o.recursive);
  if (o.withFileTypes) return r.map(([name, type, parent]) => new Dirent(name, type, parent));
  return r;
};
fs.mkdirSync = function mkdirSync(path, options) {
  const o = typeof options === 'number' || typeof options === 'string' ? { mode: options } : getOptions(options, {});
  const mode = typeof o.mode === 'string' ? parseInt(o.mode, 8) : o.mode;
  return B.mkdir(pathArg(path), !!o.recursive, mode);
};
fs.rmSync = function rmSync(path, options) {
  const o = getOptions(options, {});
  B.rm(pathArg(path), !!o.recursive, !!o.force);
};
fs.rmdirSync = function rmdirSync(path, options) {
  const o = getOptions(options, {});
  B.rmdir(pathArg(path), !!o.recursive);
};
fs.unlinkSync = function unlinkSync(path) { B.unlink(pathArg(path)); };
fs.renameSync = function renameSync(oldPath, newPath) { B.rename(pathArg(oldPath, 'oldPath'), pathArg(newPath, 'newPath')); };
fs.copyFileSync = function copyFileSync(src, dest, mode) { B.copyFile(pathArg(src, 'src'), pathArg(dest, 'dest'), mode || 0); };
fs.cpSync = function cpSync(src, dest, options) {
  const o = getOptions(options, {});
  B.cp(pathArg(src, 'src'), pathArg(dest, 'dest'), !!o.recursive);
};
fs.realpathSync = function realpathSync(path) { return B.realpath(pathArg(path)); };
fs.realpathSync.native = fs.realpathSync;
fs.accessSync = function accessSync(path, mode) { B.access(pathArg(path), mode === undefined ? 0 : mode); };
fs.chmodSync = function chmodSync(path, mode) { B.chmod(pathArg(path), mode); };
const unixTime = (x) => (x instanceof Date ? x.getTime() / 1000 : typeof x === 'string' ? Number(x) : x);
fs.utimesSync = function utimesSync(path, atime, mtime) { B.utimes(pathArg(path), unixTime(atime), unixTime(mtime)); };
fs.lutimesSync = function lutimesSync(path, atime, mtime) { B.lutimes(pathArg(path), unixTime(atime), unixTime(mtime)); };
fs.futimesSync = function futimesSync(fd, atime, mtime) { B.futimes(fd, unixTime(atime), unixTime(mtime)); };
fs.fchmodSync = function fchmodSync(fd, mode) { B.fchmod(fd, mode); };
fs.chownSync = function chownSync(path, uid, gid) { B.chown(pathArg(path), uid, gid, 'chown'); };
fs.lchownSync = function lchownSync(path, uid, gid) { B.chown(pathArg(path), uid, gid, 'lchown'); };
fs.fchownSync = function fchownSync(fd, uid, gid) { B.chown(fd, uid, gid, 'fchown'); };
fs.fdatasyncSync = function fdatasyncSync(fd) { B.fdatasync(fd); };
fs.symlinkSync = function symlinkSync(target, path) { B.symlink(pathArg(target, 'target'), pathArg(path)); };
fs.readlinkSync = function readlinkSync(path) { return B.readlink(pathArg(path)); };
fs.linkSync = function linkSync(existingPath, newPath) { B.link(pathArg(existingPath, 'existingPath'), pathArg(newPath, 'newPath')); };
fs.truncateSync = function truncateSync(path, len) { B.truncate(pathArg(path), len || 0); };
fs.mkdtempSync = function mkdtempSync(prefix) { return B.mkdtemp(pathArg(prefix, 'prefix')); };
fs.openSync = function openSync(path, flags, mode) { return B.open(pathArg(path), flags === undefined ? 'r' : flags, mode); };
fs.closeSync = function closeSync(fd) { B.close(fd); };
fs.fsyncSync = function fsyncSync(fd) { B.fsync(fd); };
fs.ftruncateSync = function ftruncateSync(fd, len) { B.ftruncate(fd, len || 0); };
fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, lengthOrEncoding, position) {
  if (typeof buffer === 'string') {
    return B.write(fd, buffer, typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8',
      typeof offsetOrOptions === 'number' ? offsetOrOptions : null);
  }
  let [s] = dataArg(buffer, undefined, 'buffer');
  const off = typeof offsetOrOptions === 'number' ? offsetOrOptions : 0;
  const len = typeof lengthOrEncoding === 'number' ? lengthOrEncoding : s.length - off;
  return B.write(fd, s.slice(off, off + len), 'latin1', typeof position === 'number' ? position : null);
};
fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  if (!isView(buffer)) throw __invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  offset = offset || 0;
  if (length === undefined) length = buffer.byteLength - offset;
  const s = B.read(fd, length, typeof position === 'number' ? position : -1);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  for (let i = 0; i < s.length; i++) bytes[offset + i] = s.charCodeAt(i);
  return s.length;
};

// --- callback and promise forms ---------------------------------------------------------------
const syncNames = ['readFile', 'writeFile', 'appendFile', 'stat', 'lstat', 'fstat', 'readdir', 'mkdir', 'rm',
  'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'realpath', 'access', 'chmod', 'utimes', 'symlink', 'readlink',
  'link', 'truncate', 'mkdtemp', 'open', 'close', 'fsync', 'ftruncate', 'lutimes', 'futimes', 'fchmod', 'chown',
  'lchown', 'fchown', 'fdatasync'];
const fdNames = ['open', 'close', 'fsync', 'ftruncate', 'fstat', 'futimes', 'fchmod', 'fchown', 'fdatasync'];
for (const name of syncNames) {
  const sync = fs[name + 'Sync'];
  const f = {
    [name](...args) {
      const cb = maybeCallback(args.pop());
      let value;
      try { value = sync.apply(fs, args); } catch (err) { later(cb, err); return; }
      later(cb, null, value);
    },
  }[name];
  fs[name] = f;
}
fs.exists = function exists(path, cb) {
  maybeCallback(cb);
  const r = fs.existsSync(path);
  B.post(() => cb(r));
};
fs.write = function write(fd, buffer, ...rest) {
  const cb = maybeCallback(rest.pop());
  let n;
  try { n = fs.writeSync(fd, buffer, ...rest); } catch (err) { later(cb, err); return; }
  B.post(() => cb(null, n, buffer));
};
fs.read = function read(fd, buffer, ...rest) {
  const cb = maybeCallback(rest.pop());
  let n;
  try { n = fs.readSync(fd, buffer, ...rest); } catch (err) { later(cb, err); return; }
  B.post(() => cb(null, n, buffer));
};
fs.realpath.native = fs.realpath;
fs.Stats = Stats;
fs.Dirent = Dirent;

// --- Dir (fs.opendir): the entries are listed when it is opened (node reads them lazily) -------
class Dir {
  #entries; #closed = false;
  constructor(path, entries) {
    Object.defineProperty(this, 'path', { value: path, enumerable: true });
    this.#entries = entries;
  }
  #check() {
    if (this.#closed) throw __nodeError('Error', 'ERR_DIR_CLOSED', 'Directory handle was closed');
  }
  readSync() {
    this.#check();
    return this.#entries.length ? this.#entries.shift() : null;
  }
  read(cb) {
    if (cb === undefined) return new Promise((resolve, reject) => this.read((e, d) => (e ? reject(e) : resolve(d))));
    maybeCallback(cb);
    let entry;
    try { entry = this.readSync(); } catch (err) { later(cb, err); return; }
    later(cb, null, entry);
  }
  closeSync() { this.#check(); this.#closed = true; }
  close(cb) {
    if (cb === undefined) return new Promise((resolve, reject) => this.close((e) => (e ? reject(e) : resolve())));
    maybeCallback(cb);
    try { this.closeSync(); } catch (err) { later(cb, err); return; }
    later(cb, null);
  }
  async *entries() {
    try {
      let entry;
      while ((entry = this.readSync()) !== null) yield entry;
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }
  [Symbol.asyncIterator]() { return this.entries(); }
}
fs.opendirSync = function opendirSync(path, options) {
  const o = getOptions(options, {});
  const p = pathArg(path);
  const entries = B.readdir(p, true, !!o.recursive).map(([name, type, parent]) => new Dirent(name, type, parent));
  return new Dir(typeof path === 'string' ? path : String(p), entries);
};
fs.opendir = function opendir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  maybeCallback(cb);
  let dir;
  try { dir = fs.opendirSync(path, options); } catch (err) { later(cb, err); return; }
  later(cb, null, dir);
};
fs.Dir = Dir;

const promises = {};
for (const name of syncNames) {
  if (fdNames.includes(name)) continue;
  const sync = fs[name + 'Sync'];
  promises[name] = {
    [name](...args) {
      return new Promise((resolve, reject) => {
        let value;
        try { value = sync.apply(fs, args); } catch (err) { B.post(() => reject(err)); return; }
        B.post(() => resolve(value));
      });
    },
  }[name];
}
class FileHandle {
  constructor(fd) { this.fd = fd; }
  async readFile(options) { return fs.readFileSync(this.fd, options); }
  async writeFile(data, options) { return fs.writeFileSync(this.fd, data, options); }
  async appendFile(data, options) { return fs.writeFileSync(this.fd, data, options); }
  async write(data, ...rest) { const n = fs.writeSync(this.fd, data, ...rest); return { bytesWritten: n, buffer: data }; }
  async read(buffer, ...rest) { const n = fs.readSync(this.fd, buffer, ...rest); return { bytesRead: n, buffer }; }
  async stat() { return fs.fstatSync(this.fd); }
  async truncate(len) { return fs.ftruncateSync(this.fd, len); }
  async sync() { return fs.fsyncSync(this.fd); }
  async datasync() { return fs.fdatasyncSync(this.fd); }
  async utimes(atime, mtime) { return fs.futimesSync(this.fd, atime, mtime); }
  async chmod(mode) { return fs.fchmodSync(this.fd, mode); }
  async chown(uid, gid) { return fs.fchownSync(this.fd, uid, gid); }
  async close() { if (this.fd !== -1) { fs.closeSync(this.fd); this.fd = -1; } }
}
promises.open = async function open(path, flags, mode) { return new FileHandle(fs.openSync(path, flags, mode)); };
promises.opendir = async function opendir(path, options) { return fs.opendirSync(path, options); };
promises.constants = fs.constants;
fs.promises = promises;

function validateInteger(value, name) {
  if (typeof value !== 'number') throw __invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be an integer. Received ' + __inspect(value));
  }
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) {
    throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be >= 0 && <= ' + Number.MAX_SAFE_INTEGER + '. Received ' + value);
  }
}
// --- streams: node's fs.ReadStream and fs.WriteStream (lib/internal/fs/streams.js) ---------------
// The file is opened by _construct (through fs.open, or a monkey-patched open() as graceful-fs
// makes); each read or write happens in the poll phase, as node's threadpool request completes.
const kFs = Symbol('kFs'), kHandle = Symbol('kHandle'), kIsPerformingIO = Symbol('kIsPerformingIO'), kIoDone = Symbol('kIoDone');
let StreamClasses = null;
function streamClasses() {
  if (StreamClasses !== null) return StreamClasses;
  const { Readable, Writable, finished } = __require('stream');
  const openReadFs = function open() {};
  const openWriteFs = function open() {};
  function validatedStart(stream, o) {
    stream.start = o.start;
    stream.pos = undefined;
    if (o.start !== undefined) { validateInteger(o.start, 'start'); stream.pos = o.start; }
  }
  function init(stream, path, o, flags) {
    if (o.fd === undefined || o.fd === null) {
      stream.fd = null;
      stream[kFs] = o.fs || fs;
      stream.path = typeof path === 'string' || isView(path) ? path : pathArg(path);
      pathArg(stream.path);
      stream.flags = o.flags === undefined ? flags : o.flags;
      stream.mode = o.mode === undefined ? 0o666 : o.mode;
    } else if (o.fd instanceof FileHandle) {
      stream[kHandle] = o.fd;  // (closed through its close())
      stream[kFs] = fs;
      stream.fd = o.fd.fd;
    } else {
      if (typeof o.fd !== 'number') throw __invalidArgType('options.fd', 'of type number or an instance of FileHandle', o.fd);
      stream[kFs] = o.fs || fs;
      stream.fd = o.fd;
    }
    o.autoDestroy = o.autoClose === undefined ? true : o.autoClose;
    stream[kIsPerformingIO] = false;
  }
  function construct(callback) {
    const stream = this;
    if (typeof stream.fd === 'number') { callback(); return; }
    if (stream.open !== openReadFs && stream.open !== openWriteFs) {
      // a monkey-patched open() (graceful-fs) opens the file and emits 'open' or 'error'
      const orgEmit = stream.emit;
      stream.emit = function (...args) {
        if (args[0] === 'open') { this.emit = orgEmit; callback(); orgEmit.apply(this, args); }
        else if (args[0] === 'error') { this.emit = orgEmit; callback(args[1]); }
        else orgEmit.apply(this, args);
      };
      stream.open();
      return;
    }
    stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
      if (er) { callback(er); return; }
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    });
  }
  function close(stream, err, cb) {
    if (!stream.fd) { cb(err); return; }
    if (stream[kHandle]) {
      stream[kHandle].close().then(() => cb(err), (er) => cb(er || err));
      stream.fd = null;
      return;
    }
    stream[kFs].close(stream.fd, (er) => cb(er || err));
    stream.fd = null;
  }
  function destroy(err, cb) {
    if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
    else close(this, err, cb);
  }
  // what ReadStream and WriteStream share: autoClose (their state's autoDestroy), pending, the
  // open() a subclass may replace, _construct and _destroy
  function fileStreamClass(Ctor, Base, state, open) {
    Object.setPrototypeOf(Ctor.prototype, Base.prototype);
    Object.setPrototypeOf(Ctor, Base);
    Object.defineProperty(Ctor.prototype, 'autoClose', {
      get() { return this[state].autoDestroy; },
      set(v) { this[state].autoDestroy = v; },
      configurable: true,
    });
    Object.defineProperty(Ctor.prototype, 'pending', { get() { return this.fd === null; }, configurable: true });
    Ctor.prototype.open = open;
    Ctor.prototype._construct = construct;
    Ctor.prototype._destroy = destroy;
  }

  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    const o = getOptions(options, {});
    if (o.highWaterMark === undefined) o.highWaterMark = 64 * 1024;
    init(this, path, o, 'r');
    this.bytesRead = 0;
    validatedStart(this, o);
    this.end = o.end;
    if (this.end === undefined) this.end = Infinity;
    else if (this.end !== Infinity) {
      validateInteger(this.end, 'end');
      if (this.start !== undefined && this.start > this.end) {
        throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "start" is out of range. It must be <= "end" (here: ' +
          this.end + '). Received ' + this.start);
      }
    }
    Readable.call(this, o);
  }
  fileStreamClass(ReadStream, Readable, '_readableState', openReadFs);
  ReadStream.prototype._read = function _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) { this.push(null); return; }
    this[kIsPerformingIO] = true;
    const done = (er, buf) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) { this.emit(kIoDone, er); return; }
      if (er) { this.destroy(er); return; }
      if (buf.length === 0) { this.push(null); return; }
      if (this.pos !== undefined) this.pos += buf.length;
      this.bytesRead += buf.length;
      this.push(buf);
    };
    if (this[kFs] === fs) {
      const fd = this.fd, pos = this.pos;
      B.post(() => {
        let chunk;
        try { chunk = B.read(fd, n, pos === undefined ? -1 : pos); } catch (er) { done(er); return; }
        done(null, toBuffer(chunk));
      });
    } else {
      const buf = getBuffer().alloc(n);
      this[kFs].read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, (er, bytesRead) =>
        done(er, er ? undefined : buf.subarray(0, bytesRead)));
    }
  };
  ReadStream.prototype.close = function close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    const o = getOptions(options, {});
    o.decodeStrings = true;
    init(this, path, o, 'w');
    this.flush = false;
    this.bytesWritten = 0;
    validatedStart(this, o);
    Writable.call(this, o);
    if (o.encoding) this.setDefaultEncoding(o.encoding);
  }
  fileStreamClass(WriteStream, Writable, '_writableState', openWriteFs);
  WriteStream.prototype._write = function _write(data, encoding, cb) {
    this[kIsPerformingIO] = true;
    const done = (er, n) => {
      this[kIsPerformingIO] = false;
      if (!er) this.bytesWritten += n;
      if (this.destroyed) {
        cb(er || __nodeError('Error', 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
        this.emit(kIoDone, er);
        return;
      }
      cb(er);
    };
    const pos = this.pos;
    if (this[kFs] === fs) {
      const fd = this.fd;
      B.post(() => {
        let n;
        try { n = B.write(fd, dataArg(data)[0], 'latin1', pos === undefined ? null : pos); } catch (er) { done(er); return; }
        done(null, n);
      });
    } else {
      this[kFs].write(this.fd, data, 0, data.length, pos === undefined ? null : pos, (er, n) => done(er, n));
    }
    if (this.pos !== undefined) this.pos += data.length;
  };
  WriteStream.prototype.close = function close(cb) {
    if (cb) {
      if (this.closed) { process.nextTick(cb); return; }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  StreamClasses = { ReadStream, WriteStream };
  return StreamClasses;
}
// fs.ReadStream and fs.WriteStream (and their legacy names) load the stream module on first use and
// can be replaced: createReadStream and createWriteStream make the class set there (graceful-fs)
const streamSlots = {};
for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  Object.defineProperty(fs, name, {
    get() { return name in streamSlots ? streamSlots[name] : streamClasses()[key]; },
    set(v) { streamSlots[name] = v; },
    enumerable: true, configurable: true,
  });
}
fs.createReadStream = function createReadStream(path, options) {
  const C = 'ReadStream' in streamSlots ? streamSlots.ReadStream : streamClasses().ReadStream;
  return new C(path, options);
};
fs.createWriteStream = function createWriteStream(path, options) {
  const C = 'WriteStream' in streamSlots ? streamSlots.WriteStream : streamClasses().WriteStream;
  return new C(path, options);
};
// --- watching: polling watchers in the binding, events through the event loop ---------------
function watchOptions(options) {
  if (typeof options === 'string') return { encoding: options };
  return options === undefined || options === null ? {} : options;
}
class FSWatcher extends (__require('events')) {
  constructor() { super(); this._id = null; }
  close() {
    if (this._id === null) return;
    B.watchStop(this._id);
    this._id = null;
    process.nextTick(() => this.emit('close'));
  }
  ref() { if (this._id !== null) B.watchRef(this._id, true); return this; }
  unref() { if (this._id !== null) B.watchRef(this._id, false); return this; }
}
fs.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = undefined; }
  const o = watchOptions(options);
  const p = pathArg(filename, 'filename');
  const w = new FSWatcher();
  const enc = o.encoding || 'utf8';
  w._id = B.watchStart(p, 'watch', o.recursive === true, 100, o.persistent !== false, (eventType, name) => {
    w.emit('change', eventType, enc === 'buffer' ? toBuffer(B.recode(name, 'utf8', 'latin1')) : name);
  });
  if (typeof listener === 'function') w.on('change', listener);
  if (o.signal) {
    if (o.signal.aborted) process.nextTick(() => w.close());
    else o.signal.addEventListener('abort', () => w.close(), { once: true });
  }
  return w;
};
const zeroStats = () => new Stats({ dev: 0, mode: 0, nlink: 0, uid: 0, gid: 0, rdev: 0, blksize: 0, ino: 0, size: 0,
  blocks: 0, atimeMs: 0, mtimeMs: 0, ctimeMs: 0, birthtimeMs: 0 });
class StatWatcher extends (__require('events')) {
  constructor() { super(); this._id = null; }
  ref() { if (this._id !== null) B.watchRef(this._id, true); return this; }
  unref() { if (this._id !== null) B.watchRef(this._id, false); return this; }
}
const sameStats = (a, b) => a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size &&
  a.ino === b.ino && a.mode === b.mode && a.nlink === b.nlink && a.uid === b.uid && a.gid === b.gid &&
  a.dev === b.dev;
const statWatchers = new Map();
fs.watchFile = function watchFile(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = undefined; }
  if (typeof listener !== 'function') throw __invalidArgType('listener', 'of type function', listener);
  const o = options === undefined || options === null ? {} : options;
  const p = pathArg(filename, 'filename');
  let w = statWatchers.get(p);
  if (w === undefined) {
    w = new StatWatcher();
    let prev = fs.statSync(p, { throwIfNoEntry: false }) || zeroStats();
    const interval = typeof o.interval === 'number' ? o.interval : 5007;
    w._id = B.watchStart(p, 'stat', false, interval, o.persistent !== false, () => {
      const curr = fs.statSync(p, { throwIfNoEntry: false }) || zeroStats();
      // The poll saw a change, but this stat is taken later, when the loop runs the callback: two polls
      // of one write (truncate, then data) can both read the final state here. Like libuv's fs_poll,
      // emit only when the stats differ.
      if (sameStats(curr, prev)) return;
      const before = prev;
      prev = curr;
      w.emit('change', curr, before);
    });
    statWatchers.set(p, w);
  }
  w.on('change', listener);
  return w;
};
fs.unwatchFile = function unwatchFile(filename, listener) {
  const p = pathArg(filename, 'filename');
  const w = statWatchers.get(p);
  if (w === undefined) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    B.watchStop(w._id);
    w._id = null;
    statWatchers.delete(p);
    w.emit('stop');
  }
};
promises.watch = function watch(filename, options) {
  const o = watchOptions(options);
  const queue = [], waiting = [];
  let closed = false, failure = null;
  const w = fs.watch(filename, { ...o, signal: undefined }, (eventType, name) => {
    const ev = { eventType, filename: name };
    if (waiting.length) waiting.shift().resolve({ value: ev, done: false }); else queue.push(ev);
  });
  const finish = (err) => {
    if (closed) return;
    closed = true;
    w.close();
    if (err) failure = err;
    while (waiting.length) {
      const p = waiting.shift();
      if (failure) { p.reject(failure); failure = null; } else p.resolve({ value: undefined, done: true });
    }
  };
  const abort = () => {
    const e = new Error('The operation was aborted');
    e.name = 'AbortError';
    e.code = 'ABORT_ERR';
    if (o.signal.reason !== undefined) e.cause = o.signal.reason;
    finish(e);
  };
  if (o.signal) {
    if (o.signal.aborted) abort(); else o.signal.addEventListener('abort', abort, { once: true });
  }
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (failure) { const e = failure; failure = null; return Promise.reject(e); }
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() { finish(null); return Promise.resolve({ value: undefined, done: true }); },
    [Symbol.asyncIterator]() { return this; },
  };
};
return fs;
})
"""
