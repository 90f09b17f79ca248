"""``node:readline`` and ``node:readline/promises``: line splitting over any Readable (a file
stream, ``process.stdin``, a child's stdout), ``question``, ``prompt``, ``'line'``/``'close'``
events and ``for await (const line of rl)``. Written in JS; no host access of its own. The
terminal line editor (cursor keys, history, completion) is not implemented: input is read as
lines, as Node does when the input is not a terminal."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import load_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_readline_module", "READLINE_SOURCE"]

READLINE_SOURCE = r"""
(function () {
'use strict';
const EE = __require('events');
const kQuestion = Symbol('kQuestion');

class Interface extends EE {
  constructor(input, output, completer, terminal) {
    super();
    let opts = input;
    if (!(input && typeof input === 'object' && 'input' in input && typeof input.on !== 'function')) {
      opts = { input, output, completer, terminal };
    }
    this.input = opts.input;
    this.output = opts.output;
    this.terminal = opts.terminal !== undefined ? !!opts.terminal : !!(this.output && this.output.isTTY);
    this.crlfDelay = opts.crlfDelay === undefined ? 100 : Math.max(100, opts.crlfDelay);
    this._prompt = opts.prompt !== undefined ? opts.prompt : '> ';
    this.line = '';
    this.cursor = 0;
    this.history = [];
    this.closed = false;
    this.paused = false;
    this._partial = '';
    this._sawReturn = false;
    this[kQuestion] = null;
    if (this.input === undefined || this.input === null) {
      throw __invalidArgType('input', 'an instance of Readable', this.input);
    }
    this._ondata = (chunk) => this._feed(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    this._onend = () => {
      if (this._partial.length > 0) {
        const last = this._partial;
        this._partial = '';
        this._onLine(last);
      }
      this.close();
    };
    this.input.on('data', this._ondata);
    this.input.on('end', this._onend);
    if (typeof this.input.resume === 'function') this.input.resume();
  }
  _feed(s) {
    if (this.closed) return;
    if (this._sawReturn && s[0] === '\n') s = s.slice(1);
    this._sawReturn = false;
    let text = this._partial + s;
    const lines = text.split(/\r\n|\n|\r/);
    this._partial = lines.pop();
    if (text.endsWith('\r')) this._sawReturn = true;
    for (const line of lines) {
      if (this.closed) break;
      this._onLine(line);
    }
  }
  _onLine(line) {
    this.line = '';
    const q = this[kQuestion];
    if (q !== null) {
      this[kQuestion] = null;
      q(line);
    } else {
      this.emit('line', line);
    }
  }
  get prompt_() { return this._prompt; }
  setPrompt(p) { this._prompt = p; }
  getPrompt() { return this._prompt; }
  prompt(preserveCursor) {
    if (this.closed) throw __nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
    if (this.paused) this.resume();
    if (this.output && typeof this.output.write === 'function') this.output.write(this._prompt);
  }
  question(query, options, cb) {
    if (typeof options === 'function') { cb = options; options = {}; }
    if (this.closed) throw __nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
    if (typeof cb !== 'function') return;
    if (this[kQuestion] !== null) { this.prompt(); return; }
    this[kQuestion] = cb;
    if (this.paused) this.resume();
    if (this.output && typeof this.output.write === 'function') this.output.write(query);
  }
  write(data) {
    if (this.closed) throw __nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
    if (this.paused) this.resume();
    if (typeof data === 'string') this._feed(data);
  }
  pause() {
    if (this.paused) return this;
    if (typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }
  resume() {
    if (!this.paused) return this;
    if (typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }
  close() {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this._ondata);
    this.input.removeListener('end', this._onend);
    this.closed = true;
    this.emit('close');
  }
  getCursorPos() { return { rows: 0, cols: this.cursor }; }
  [Symbol.asyncIterator]() {
    const rl = this;
    const queue = [];
    let waiting = null, done = rl.closed;
    rl.on('line', (l) => {
      if (waiting) { const w = waiting; waiting = null; w({ value: l, done: false }); } else queue.push(l);
    });
    rl.on('close', () => {
      done = true;
      if (waiting) { const w = waiting; waiting = null; w({ value: undefined, done: true }); }
    });
    return {
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { waiting = resolve; });
      },
      return() { rl.close(); return Promise.resolve({ value: undefined, done: true }); },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

class PromisesInterface extends Interface {
  question(query, options) {
    return new Promise((resolve, reject) => {
      if (this.closed) { reject(__nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed')); return; }
      super.question(query, options || {}, resolve);
    });
  }
}
const writeIf = (stream, data, cb) => {
  if (stream && typeof stream.write === 'function') stream.write(data);
  if (typeof cb === 'function') process.nextTick(cb);
  return true;
};
function clearLine(stream, dir, cb) {
  return writeIf(stream, dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K', cb);
}
function clearScreenDown(stream, cb) { return writeIf(stream, '\x1b[0J', cb); }
function cursorTo(stream, x, y, cb) {
  if (typeof y === 'function') { cb = y; y = undefined; }
  return writeIf(stream, typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`, cb);
}
function moveCursor(stream, dx, dy, cb) {
  let s = '';
  if (dx < 0) s += `\x1b[${-dx}D`; else if (dx > 0) s += `\x1b[${dx}C`;
  if (dy < 0) s += `\x1b[${-dy}A`; else if (dy > 0) s += `\x1b[${dy}B`;
  return writeIf(stream, s, cb);
}
function emitKeypressEvents() {}
const promises = {
  Interface: PromisesInterface,
  createInterface(input, output, completer, terminal) { return new PromisesInterface(input, output, completer, terminal); },
};
return { Interface, createInterface, clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents, promises };
})
"""


def make_readline_module(host: "NodeHost") -> Any:
    """``require('readline')``."""
    return load_js(host.realm, "node:readline", READLINE_SOURCE, host.js_helpers({}))
