"""The JS half of ``node:child_process`` over the Python binding ``B`` (see ``child_process.py``)."""
from __future__ import annotations

__all__ = ["CHILD_PROCESS_SOURCE"]

CHILD_PROCESS_SOURCE = r"""
(function () {
'use strict';
const EventEmitter = __require('events');
const getBuffer = __getBuffer;
function decodeOut(latin1, encoding, lenient) {
  if (latin1 === null || latin1 === undefined) return null;
  if (encoding && encoding !== 'buffer') return __recode(latin1, 'latin1', encoding);
  const B = getBuffer();
  if (B === undefined && lenient) return __recode(latin1, 'latin1', 'utf8');
  return __toBuffer(latin1);
}
function toLatin1(data) {
  if (typeof data === 'string') return __recode(data, 'utf8', 'latin1');
  if (typeof ArrayBuffer === 'function' && ArrayBuffer.isView(data)) {
    let s = '';
    const u = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);
    return s;
  }
  throw __invalidArgType('options.input', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}
function normalizeStdio(stdio, defaults) {
  if (stdio === undefined) return defaults.slice();
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  const out = defaults.slice();
  for (let i = 0; i < 3; i++) {
    const s = stdio[i];
    if (s === undefined || s === null) continue;
    out[i] = s === 'inherit' || s === i || (typeof s === 'object' && s.fd === i) ? 'inherit'
      : s === 'ignore' ? 'ignore' : 'pipe';
  }
  return out;
}
function normalize(file, args, options, stdioDefaults) {
  if (typeof file !== 'string') throw __invalidArgType('file', 'of type string', file);
  if (file.length === 0) throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
  if (args !== undefined && args !== null && !Array.isArray(args)) {
    if (typeof args === 'object' && options === undefined) { options = args; args = []; }
    else throw __invalidArgType('args', 'an instance of Array', args);
  }
  args = args ? args.map(String) : [];
  options = Object.assign({}, options);
  if (options.shell) {
    const command = [file].concat(args).join(' ');
    file = typeof options.shell === 'string' ? options.shell : B.shell();
    args = ['-c', command];
  }
  const env = options.env || process.env;
  const envPairs = [];
  for (const k of Object.keys(env)) if (env[k] !== undefined) envPairs.push([k, String(env[k])]);
  return {
    file, args, options,
    binding: { cwd: options.cwd === undefined ? undefined : String(options.cwd), envPairs,
      stdio: normalizeStdio(options.stdio, stdioDefaults) },
  };
}

function spawnSync(file, args, options) { return spawnSyncImpl(file, args, options, false); }
function spawnSyncImpl(file, args, options, forExec) {
  const n = normalize(file, args, options, ['pipe', 'pipe', 'pipe']);
  const o = n.options;
  const b = n.binding;
  if (o.input !== undefined) b.input = toLatin1(o.input);
  if (o.timeout !== undefined) b.timeout = o.timeout;
  const r = B.spawnSync(n.file, n.args, b);
  // without Buffer, a failed exec* still throws its "Command failed" error (with utf8 strings)
  const lenient = forExec && (r.status !== 0 || r.error !== undefined);
  const ret = {
    status: r.status, signal: r.signal,
    output: [null, decodeOut(r.stdout, o.encoding, lenient), decodeOut(r.stderr, o.encoding, lenient)],
    pid: r.pid,
  };
  ret.stdout = ret.output[1];
  ret.stderr = ret.output[2];
  if (r.error) { ret.error = r.error; ret.error.spawnargs = n.args; }
  return ret;
}
function checkExecSync(r, cmd) {
  if (r.error) throw r.error;
  if (r.status !== 0) {
    let msg = 'Command failed: ' + cmd;
    if (r.stderr && r.stderr.length) msg += '\n' + r.stderr.toString();
    const err = new Error(msg);
    Object.assign(err, { status: r.status, signal: r.signal, output: r.output, pid: r.pid, stdout: r.stdout, stderr: r.stderr });
    throw err;
  }
}
function execSync(command, options) {
  const o = Object.assign({}, options);
  const stdio = o.stdio === undefined ? ['pipe', 'pipe', 'inherit'] : o.stdio;
  const r = spawnSyncImpl(command, [], Object.assign({}, o, { shell: o.shell || true, stdio }), true);
  if (r.stderr && stdio[2] !== 'inherit' && (typeof stdio === 'string' ? stdio : stdio[2]) === 'pipe' && o.stdio === undefined) {
    process.stderr.write(typeof r.stderr === 'string' ? r.stderr : r.stderr.toString());
  }
  checkExecSync(r, command);
  return r.stdout;
}
function execFileSync(file, args, options) {
  if (args !== undefined && !Array.isArray(args)) { options = args; args = []; }
  const o = Object.assign({}, options);
  const stdio = o.stdio === undefined ? ['pipe', 'pipe', 'inherit'] : o.stdio;
  const r = spawnSyncImpl(file, args, Object.assign({}, o, { stdio }), true);
  checkExecSync(r, [file].concat(args || []).join(' '));
  return r.stdout;
}

// --- asynchronous ---------------------------------------------------------------------------------
class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined; this.exitCode = null; this.signalCode = null; this.killed = false;
    this.stdin = null; this.stdout = null; this.stderr = null; this.stdio = [null, null, null];
    this.spawnfile = undefined; this.spawnargs = [];
  }
  kill(sig) {
    if (this.pid === undefined || this.exitCode !== null || this.signalCode !== null) return false;
    const ok = B.kill(this.pid, sig === undefined ? 'SIGTERM' : sig);
    if (ok) this.killed = true;
    return ok;
  }
  ref() {}
  unref() {}
}
function spawn(file, args, options) {
  const n = normalize(file, args, options, ['pipe', 'pipe', 'pipe']);
  const { Readable, Writable } = __require('stream');
  const child = new ChildProcess();
  const enc = n.options.encoding;
  const cp = n.binding.stdio;
  child.spawnfile = n.file;
  child.spawnargs = [n.file].concat(n.args);
  const mkReadable = () => new Readable({ read() {} });
  if (cp[1] === 'pipe') child.stdout = mkReadable();
  if (cp[2] === 'pipe') child.stderr = mkReadable();
  if (cp[0] === 'pipe') {
    child.stdin = new Writable({
      write(chunk, encoding, cb) { B.write(child.pid, toLatin1(chunk)); cb(); },
      final(cb) { B.write(child.pid, null); cb(); },
    });
  }
  child.stdio = [child.stdin, child.stdout, child.stderr];
  const pushOut = (stream, latin1) => {
    if (stream === null) return;
    const B2 = getBuffer();
    stream.push(B2 === undefined ? __recode(latin1, 'latin1', 'utf8') : B2.from(latin1, 'latin1'));
  };
  const onEvent = (kind, a, b) => {
    switch (kind) {
      case 'stdout': pushOut(child.stdout, a); break;
      case 'stderr': pushOut(child.stderr, a); break;
      case 'stdoutEnd': if (child.stdout) child.stdout.push(null); break;
      case 'stderrEnd': if (child.stderr) child.stderr.push(null); break;
      case 'exit': child.exitCode = a; child.signalCode = b; child.emit('exit', a, b); break;
      case 'close': setImmediate(() => child.emit('close', a, b)); break;
      case 'error': child.emit('error', a); break;
    }
  };
  const pid = B.spawn(n.file, n.args, n.binding, onEvent);
  if (pid !== undefined && pid !== null) {
    child.pid = pid;
    process.nextTick(() => child.emit('spawn'));
  }
  return child;
}
function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = []; options = {}; }
  else if (typeof options === 'function') {
    callback = options;
    if (args !== null && typeof args === 'object' && !Array.isArray(args)) { options = args; args = []; }
    else options = {};
  }
  const o = Object.assign({ encoding: 'utf8' }, options);
  const child = spawn(file, args, o);
  const out = [], err = [];
  const enc = o.encoding;
  const text = (chunks) => {
    const s = chunks.map((c) => (typeof c === 'string' ? c : c.toString('latin1'))).join('');
    if (typeof chunks[0] === 'string' || getBuffer() === undefined) return s;
    const b = getBuffer().from(s, 'latin1');
    return enc && enc !== 'buffer' ? b.toString(enc) : b;
  };
  if (child.stdout) child.stdout.on('data', (c) => out.push(c));
  if (child.stderr) child.stderr.on('data', (c) => err.push(c));
  let done = false;
  const finish = (error, code, signal) => {
    if (done) return;
    done = true;
    const stdout = text(out), stderr = text(err);
    if (!error && (code !== 0 || signal !== null)) {
      const cmd = o.__command !== undefined ? o.__command : [file].concat(args || []).join(' ');
      error = new Error('Command failed: ' + cmd + '\n' + stderr);
      error.code = code; error.killed = child.killed; error.signal = signal; error.cmd = cmd;
    }
    if (error) { error.stdout = stdout; error.stderr = stderr; }
    if (callback) callback(error || null, stdout, stderr);
  };
  child.on('close', (code, signal) => finish(null, code, signal));
  child.on('error', (e) => finish(e));
  return child;
}
function exec(command, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  const o = Object.assign({}, options, { shell: (options && options.shell) || true, __command: command });
  return execFile(command, [], o, callback);
}
function fork() {
  throw __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'child_process.fork is not available in pyjsvm');
}
return { spawn, spawnSync, exec, execSync, execFile, execFileSync, fork, ChildProcess };
})
"""
