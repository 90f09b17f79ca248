"""The JS of the Fetch globals (``fetch.py``): ``Headers``, ``Request``, ``Response`` and
``FormData`` from the WHATWG Fetch and XMLHttpRequest standards (https://fetch.spec.whatwg.org,
https://xhr.spec.whatwg.org/#interface-formdata), and ``fetch`` over the host's binding
(``__net``), with node 20's (undici's) messages. Each class keeps its state in private fields;
the standard's algorithms are functions named after them."""
from __future__ import annotations

__all__ = ["FETCH_SOURCE"]

FETCH_SOURCE = r"""
(function () {
'use strict';
const { ReadableStream } = __require('stream/web');
const { Blob, File } = __require('buffer');
const { URL, URLSearchParams } = __require('url');
const { AbortController, AbortSignal, DOMException } = __events;
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const encoder = new TextEncoder();
const utf8 = (s) => encoder.encode(s);

function customInspect(name, depth, options, fields) {
  if (depth < 0) return `[${name}]`;
  const inner = { ...options, depth: options.depth === null || options.depth === undefined ? options.depth : options.depth - 1 };
  return `${name} ${__inspect(fields, inner)}`;
}
// (undici's: a TypeError with a code, not one of node's coded errors)
function illegalInvocation() { const e = new TypeError('Illegal invocation'); e.code = 'ERR_INVALID_THIS'; return e; }
function argumentsRequired(where, n, found) {
  if (found < n) {
    throw new TypeError(`${where}: ${n} argument${n === 1 ? '' : 's'} required, but${found ? ' only' : ''} ${found} found.`);
  }
}
// WebIDL's ByteString conversion
function toByteString(v) {
  const s = `${v}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}
// WebIDL's USVString conversion (lone surrogates become U+FFFD)
function toUSVString(v) { return `${v}`.toWellFormed(); }
// the prototype methods and accessors enumerable, as WebIDL makes them, and the class's tag
function webidl(C, tag = C.name) {
  for (const target of [C.prototype, C]) {
    for (const key of Object.getOwnPropertyNames(target)) {
      if (key === 'constructor' || key === 'prototype' || key === 'length' || key === 'name') continue;
      Object.defineProperty(target, key, { enumerable: true });
    }
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}
// the default iterator of a pair-iterable interface (WebIDL's 'iterable<K, V>'): its prototype
// (with next and the tag 'Name Iterator'), and the iterator of kind key, value or key+value
// over what list() gives at each step
function pairIterator(name) {
  const state = new WeakMap();
  const proto = Object.create(IteratorPrototype, {
    next: { value: function next() {
      const s = typeof this === 'object' && this !== null ? state.get(this) : undefined;
      if (s === undefined) throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
      const pairs = s.list();
      if (s.index >= pairs.length) return { value: undefined, done: true };
      const [k, v] = pairs[s.index++];
      return { value: s.kind === 'key' ? k : s.kind === 'value' ? v : [k, v], done: false };
    }, writable: true, enumerable: true, configurable: true },
    [Symbol.toStringTag]: { value: `${name} Iterator`, configurable: true },
  });
  return (list, kind) => {
    const it = Object.create(proto);
    state.set(it, { list, kind, index: 0 });
    return it;
  };
}
function addIterationMethods(C, makeIterator, list) {
  const methods = {
    keys() { return makeIterator(list(this), 'key'); },
    values() { return makeIterator(list(this), 'value'); },
    entries() { return makeIterator(list(this), 'key+value'); },
    forEach(callback, thisArg = undefined) {
      const pairs = list(this);
      argumentsRequired(`${C.name}.forEach`, 1, arguments.length);
      if (typeof callback !== 'function') {
        throw new TypeError(`Failed to execute 'forEach' on '${C.name}': parameter 1 is not of type 'Function'.`);
      }
      for (let i = 0; i < pairs().length; i++) {
        const [k, v] = pairs()[i];
        callback.call(thisArg, v, k, this);
      }
    },
  };
  for (const key of Object.keys(methods)) {
    Object.defineProperty(C.prototype, key, { value: methods[key], writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(C.prototype, Symbol.iterator, { value: C.prototype.entries, writable: true, configurable: true });
}

// --- Headers (sec: headers-class) ----------------------------------------------------------
// a header name is a token; a value has no NUL, CR or LF and no leading or trailing whitespace
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const isHeaderName = (name) => TOKEN.test(name);
const isHeaderValue = (value) => !/[\0\r\n]/.test(value);
// normalize a header value: strip leading and trailing HTTP whitespace bytes
const normalizeHeaderValue = (value) => value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

const headersState = new WeakMap();  // Headers -> { list: Map(lower name -> [values]), guard, order }
function headersOf(h) {
  const s = typeof h === 'object' && h !== null ? headersState.get(h) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}
// append (name, value) to a header list
function headerListAppend(s, name, value) {
  const key = name.toLowerCase();
  const values = s.list.get(key);
  if (values === undefined) {
    s.list.set(key, [value]);
    s.names.set(key, name);
  } else {
    values.push(value);
  }
}
// sort and combine: the names sorted, each name's values joined with ', ' (set-cookie kept apart)
function sortAndCombine(s) {
  if (s.sorted !== null) return s.sorted;
  const out = [];
  for (const key of [...s.list.keys()].sort()) {
    const values = s.list.get(key);
    if (key === 'set-cookie') for (const v of values) out.push([key, v]);
    else out.push([key, values.join(', ')]);
  }
  s.sorted = out;
  return out;
}
function checkedHeader(where, name, value) {
  name = toByteString(name);
  if (!isHeaderName(name)) throw new TypeError(`${where}: "${name}" is an invalid header name.`);
  if (value === undefined) return [name];
  value = normalizeHeaderValue(toByteString(value));
  if (!isHeaderValue(value)) throw new TypeError(`${where}: "${value}" is an invalid header value.`);
  return [name, value];
}
function checkGuard(s) { if (s.guard === 'immutable') throw new TypeError('immutable'); }
// append (sec: concept-headers-append)
function headersAppend(s, name, value) {
  [name, value] = checkedHeader('Headers.append', name, value);
  checkGuard(s);
  headerListAppend(s, name, value);
  s.sorted = null;
}
// fill (sec: concept-headers-fill)
function headersFill(s, object) {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  const from = headersState.get(object);
  if (from !== undefined) {
    for (const [key, values] of from.list) for (const v of values) headersAppend(s, from.names.get(key), v);
    return;
  }
  const method = object[Symbol.iterator];
  if (method !== undefined && method !== null) {
    if (typeof method !== 'function') throw new TypeError('Headers constructor: Argument 1 is not iterable.');
    for (const pair of object) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const items = [...pair];
      if (items.length !== 2) throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      headersAppend(s, items[0], items[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(object)) {
    const desc = Reflect.getOwnPropertyDescriptor(object, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    headersAppend(s, key, object[key]);
  }
}
// (list: lower-cased name -> its values; names: lower-cased name -> the name as first appended
// or last set, which inspecting shows)
function newHeadersState(guard) { return { list: new Map(), names: new Map(), guard, sorted: null }; }

class Headers {
  constructor(init = undefined) {
    const s = newHeadersState('none');
    headersState.set(this, s);
    if (init !== undefined) headersFill(s, init);
  }
  append(name, value) {
    const s = headersOf(this);
    argumentsRequired('Headers.append', 2, arguments.length);
    headersAppend(s, name, value);
  }
  delete(name) {
    const s = headersOf(this);
    argumentsRequired('Headers.delete', 1, arguments.length);
    [name] = checkedHeader('Headers.delete', name);
    checkGuard(s);
    const key = name.toLowerCase();
    s.names.delete(key);
    if (s.list.delete(key)) s.sorted = null;
  }
  get(name) {
    const s = headersOf(this);
    argumentsRequired('Headers.get', 1, arguments.length);
    [name] = checkedHeader('Headers.get', name);
    const values = s.list.get(name.toLowerCase());
    return values === undefined ? null : values.join(', ');
  }
  has(name) {
    const s = headersOf(this);
    argumentsRequired('Headers.has', 1, arguments.length);
    [name] = checkedHeader('Headers.has', name);
    return s.list.has(name.toLowerCase());
  }
  set(name, value) {
    const s = headersOf(this);
    argumentsRequired('Headers.set', 2, arguments.length);
    [name, value] = checkedHeader('Headers.set', name, value);
    checkGuard(s);
    const key = name.toLowerCase();
    s.list.set(key, [value]);
    s.names.set(key, name);
    s.sorted = null;
  }
  getSetCookie() {
    const s = headersOf(this);
    const values = s.list.get('set-cookie');
    return values === undefined ? [] : values.slice();
  }
  [inspectCustom](depth, options) {
    const s = headersOf(this);
    const shown = {};
    for (const [key, values] of s.list) shown[s.names.get(key)] = values.join(', ');
    return customInspect('Headers', depth, options, shown);
  }
}
addIterationMethods(Headers, pairIterator('Headers'), (h) => { const s = headersOf(h); return () => sortAndCombine(s); });
webidl(Headers);
// a Headers object over a header list state (the one of a Request or Response)
function headersWith(s) {
  const h = Object.create(Headers.prototype);
  headersState.set(h, s);
  return h;
}
function headersCopy(from, guard) {
  const s = newHeadersState(guard);
  for (const [key, values] of from.list) s.list.set(key, values.slice());
  for (const [key, name] of from.names) s.names.set(key, name);
  return s;
}
// a header list as [name, value] pairs, each value apart (what goes on the wire)
function headerPairs(s) {
  const out = [];
  for (const [key, values] of s.list) for (const v of values) out.push([key, v]);
  return out;
}
// extract a MIME type (sec: concept-header-extract-mime-type), simplified: the last
// Content-Type, or '' when there is none
function contentTypeOf(s) {
  const values = s.list.get('content-type');
  return values === undefined ? '' : values[values.length - 1];
}

// --- FormData (XHR: interface-formdata) ----------------------------------------------------
const formState = new WeakMap();  // FormData -> its entry list, [name, string | File][]
function formOf(f) {
  const s = typeof f === 'object' && f !== null ? formState.get(f) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}
// create an entry (XHR: create-an-entry): a Blob becomes a File named filename, 'blob' or its name
function createEntry(method, name, value, filename, argc) {
  name = toUSVString(name);
  if (argc > 2 || value instanceof Blob) {
    if (!(value instanceof Blob)) {
      throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
    if (!(value instanceof File) || filename !== undefined) {
      const options = { type: value.type };
      if (value instanceof File) options.lastModified = value.lastModified;
      value = new File([value], filename !== undefined ? toUSVString(filename) : value instanceof File ? value.name : 'blob', options);
    }
    return [name, value];
  }
  return [name, toUSVString(value)];
}
class FormData {
  constructor(form) {
    if (form !== undefined) throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    formState.set(this, []);
  }
  append(name, value, filename = undefined) {
    const list = formOf(this);
    argumentsRequired('FormData.append', 2, arguments.length);
    list.push(createEntry('append', name, value, filename, arguments.length));
  }
  delete(name) {
    const list = formOf(this);
    argumentsRequired('FormData.delete', 1, arguments.length);
    name = toUSVString(name);
    for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name) list.splice(i, 1);
  }
  get(name) {
    const list = formOf(this);
    argumentsRequired('FormData.get', 1, arguments.length);
    name = toUSVString(name);
    const found = list.find((e) => e[0] === name);
    return found === undefined ? null : found[1];
  }
  getAll(name) {
    const list = formOf(this);
    argumentsRequired('FormData.getAll', 1, arguments.length);
    name = toUSVString(name);
    return list.filter((e) => e[0] === name).map((e) => e[1]);
  }
  has(name) {
    const list = formOf(this);
    argumentsRequired('FormData.has', 1, arguments.length);
    name = toUSVString(name);
    return list.some((e) => e[0] === name);
  }
  set(name, value, filename = undefined) {
    const list = formOf(this);
    argumentsRequired('FormData.set', 2, arguments.length);
    const entry = createEntry('set', name, value, filename, arguments.length);
    const i = list.findIndex((e) => e[0] === entry[0]);
    if (i < 0) { list.push(entry); return; }
    list[i] = entry;
    for (let j = list.length - 1; j > i; j--) if (list[j][0] === entry[0]) list.splice(j, 1);
  }
  [inspectCustom](depth, options) {
    const shown = {};
    for (const [k, v] of formOf(this)) {
      if (!Object.hasOwn(shown, k)) shown[k] = v;
      else if (Array.isArray(shown[k])) shown[k].push(v);
      else shown[k] = [shown[k], v];
    }
    return customInspect('FormData', depth, options, shown);
  }
}
addIterationMethods(FormData, pairIterator('FormData'), (f) => { const list = formOf(f); return () => list; });
webidl(FormData);

// multipart/form-data encoding (HTML: multipart-form-data-encoding-algorithm): a Blob of the parts
const escapeName = (s) => s.replace(/\r\n|\r|\n/g, '\r\n').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
function multipartBlob(list, boundary) {
  const parts = [];
  for (const [name, value] of list) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
    if (typeof value === 'string') {
      parts.push(utf8(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      parts.push(utf8(head), value, utf8('\r\n'));
    }
  }
  parts.push(utf8(`--${boundary}--\r\n`));
  return new Blob(parts);
}
// the bytes as a latin1 string (each byte one code unit), for parsing
function latin1(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return s;
}
const utf8Decode = (bytes) => new TextDecoder().decode(bytes);
// parse a multipart/form-data body into a FormData (undici's rules; a malformed body is a TypeError)
function parseMultipart(bytes, boundary) {
  const fd = new FormData();
  const text = latin1(bytes);
  const delimiter = `--${boundary}`;
  const failed = () => new TypeError('Failed to parse body as FormData.');
  let at = text.indexOf(delimiter);
  if (at < 0) throw failed();
  for (;;) {
    at += delimiter.length;
    if (text.startsWith('--', at)) break;
    if (!text.startsWith('\r\n', at)) throw failed();
    at += 2;
    const headEnd = text.indexOf('\r\n\r\n', at);
    if (headEnd < 0) throw failed();
    let name = null, filename = null, type = 'text/plain';
    for (const line of text.slice(at, headEnd).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase(), value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        const n = /(?:^|;)\s*name="([^"]*)"/i.exec(value);
        const f = /(?:^|;)\s*filename="([^"]*)"/i.exec(value);
        if (n) name = n[1];
        if (f) filename = f[1];
      } else if (key === 'content-type') {
        type = value;
      }
    }
    if (name === null) throw failed();
    const next = text.indexOf(`\r\n${delimiter}`, headEnd + 4);
    if (next < 0) throw failed();
    const body = bytes.subarray(headEnd + 4, next);
    const decodedName = utf8Decode(Uint8Array.from(name, (c) => c.charCodeAt(0)));
    if (filename !== null) {
      const decodedFile = utf8Decode(Uint8Array.from(filename, (c) => c.charCodeAt(0)));
      fd.append(decodedName, new File([body], decodedFile, { type }));
    } else {
      fd.append(decodedName, utf8Decode(body));
    }
    at = next + 2;
  }
  return fd;
}

// --- bodies (sec: bodies) ------------------------------------------------------------------
// A body is { stream, source, length }: the ReadableStream made when .body is first read or
// the body is teed (null until then), and its source (a Uint8Array or a Blob) while none is.
function bytesStream(bytes) {
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (bytes.length > 0) controller.enqueue(bytes.slice());
      controller.close();
      if (controller.byobRequest) controller.byobRequest.respond(0);
    },
  });
}
function bodyStream(body) {
  if (body.stream === null) {
    body.stream = body.source instanceof Blob ? body.source.stream() : bytesStream(body.source);
  }
  return body.stream;
}
// extract a body with type (sec: concept-bodyinit-extract): [body, Content-Type or null]
function extractBody(object, keepalive = false) {
  if (object instanceof ReadableStream) {
    if (object.locked || __streams.isDisturbed(object)) throw new TypeError('Response body object should not be disturbed or locked');
    return [{ stream: object, source: null, length: null, used: false }, null];
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    // NON-SPEC (undici): an async iterable body, each chunk a Uint8Array or made one by Buffer.from
    const it = object[Symbol.asyncIterator]();
    const stream = new ReadableStream({
      async pull(c) {
        const { value, done } = await it.next();
        if (done) c.close();
        else c.enqueue(value instanceof Uint8Array ? value : __getBuffer().from(value));
      },
      async cancel(reason) { if (typeof it.return === 'function') await it.return(reason); },
    });
    return [{ stream, source: null, length: null, used: false }, null];
  }
  let source, type = null;
  if (object instanceof Blob) {
    source = object;
    if (object.type) type = object.type;
  } else if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    source = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
  } else if (object instanceof FormData) {
    const boundary = `----formdata-undici-0${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
    source = multipartBlob(formOf(object), boundary);
    type = `multipart/form-data; boundary=${boundary}`;
  } else if (object instanceof URLSearchParams) {
    source = utf8(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else {
    source = utf8(toUSVString(object));
    type = 'text/plain;charset=UTF-8';
  }
  return [{ stream: null, source, length: source instanceof Blob ? source.size : source.length, used: false }, type];
}
function isUnusable(body) {
  return body !== null && (body.used || (body.stream !== null && (body.stream.locked || __streams.isDisturbed(body.stream))));
}
function unusable() { return new TypeError('Body is unusable: Body has already been read'); }
// all the bytes of a body (fully reading it), as one Uint8Array
async function readAll(body) {
  if (body === null) return new Uint8Array(0);
  if (body.stream === null) {
    body.used = true;
    return body.source instanceof Blob ? new Uint8Array(await body.source.arrayBuffer()) : body.source;
  }
  const reader = body.stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    size += value.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
// tee a body (sec: concept-body-clone): this object keeps one branch, the clone gets the other
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return { stream: null, source: body.source, length: body.length, used: false };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { stream: b, source: null, length: body.length, used: false };
}
// the MIME type's essence and parameters, for blob() and formData()
function parseMime(type) {
  const [essence, ...params] = type.split(';');
  const out = { essence: essence.trim().toLowerCase(), params: new Map() };
  for (const p of params) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length > 1) v = v.slice(1, -1);
    out.params.set(p.slice(0, eq).trim().toLowerCase(), v);
  }
  return out;
}
// consume body (sec: concept-body-consume-body): the body mixin's methods, for the class whose
// private state `of` reaches ({ body, headers })
function bodyMixin(C, of) {
  function consume(self, convert) {
    let state;
    try { state = of(self); } catch (e) { return Promise.reject(e); }
    if (isUnusable(state.body)) return Promise.reject(unusable());
    return readAll(state.body).then((bytes) => convert(bytes, state));
  }
  const methods = {
    get body() { const s = of(this); return s.body === null ? null : bodyStream(s.body); },
    get bodyUsed() { const s = of(this); return s.body !== null && (s.body.used || (s.body.stream !== null && __streams.isDisturbed(s.body.stream))); },
    arrayBuffer() { return consume(this, (bytes) => bytes.buffer.byteLength === bytes.length ? bytes.buffer : bytes.slice().buffer); },
    blob() { return consume(this, (bytes, s) => new Blob([bytes], { type: contentTypeOf(s.headers) })); },
    bytes() { return consume(this, (bytes) => bytes); },
    formData() {
      return consume(this, (bytes, s) => {
        const mime = parseMime(contentTypeOf(s.headers));
        if (mime.essence === 'multipart/form-data') {
          const boundary = mime.params.get('boundary');
          if (boundary === undefined) throw new TypeError('Failed to parse body as FormData.');
          return parseMultipart(bytes, boundary);
        }
        if (mime.essence === 'application/x-www-form-urlencoded') {
          const fd = new FormData();
          for (const [k, v] of new URLSearchParams(utf8Decode(bytes))) fd.append(k, v);
          return fd;
        }
        throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
      });
    },
    json() { return consume(this, (bytes) => JSON.parse(utf8Decode(bytes))); },
    text() { return consume(this, (bytes) => utf8Decode(bytes)); },
  };
  for (const key of Object.keys(methods)) {
    const desc = Object.getOwnPropertyDescriptor(methods, key);
    desc.enumerable = true;
    Object.defineProperty(C.prototype, key, desc);
  }
}

// the prototype's members in node's order: `first`, then the body mixin's methods
function reorder(C, first) {
  const order = [...first, 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes'];
  const descs = order.map((key) => [key, Object.getOwnPropertyDescriptor(C.prototype, key)]);
  for (const [key] of descs) delete C.prototype[key];
  for (const [key, desc] of descs) Object.defineProperty(C.prototype, key, desc);
}

// --- Request (sec: request-class) ----------------------------------------------------------
const requestState = new WeakMap();
function requestOf(r) {
  const s = typeof r === 'object' && r !== null ? requestState.get(r) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}
const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
let patchWarned = false;  // (undici warns once of a method 'patch')
function enumMember(value, allowed, where, message) {
  const s = `${value}`;
  if (!allowed.includes(s)) throw new TypeError(message !== undefined ? `${where}: ${message(s)}` : `${where}: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  return s;
}
function parseURL(input) {
  try { return new URL(`${input}`); } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}
class Request {
  constructor(input, init = undefined) {
    argumentsRequired('Request constructor', 1, arguments.length);
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init to be an object.");
    }
    if (init === null || init === undefined) init = {};
    let base;
    const signals = [];
    if (input instanceof Request) {
      base = requestOf(input);
      if (base.signal) signals.push(base.signal);
    } else {
      const url = parseURL(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      base = { method: 'GET', url: url.href, headers: newHeadersState('request'), body: null, mode: 'cors',
        credentials: 'same-origin', cache: 'default', redirect: 'follow', integrity: '', keepalive: false,
        referrer: 'about:client', referrerPolicy: '', signal: null, duplex: 'half' };
    }
    const s = { ...base, headers: headersCopy(base.headers, 'request'), body: null };
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      s.referrer = referrer === '' ? '' : parseURL(referrer).href;
    }
    if (init.referrerPolicy !== undefined) {
      s.referrerPolicy = enumMember(init.referrerPolicy, ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'], 'Request constructor');
    }
    if (init.mode !== undefined) {
      if (`${init.mode}` === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      s.mode = enumMember(init.mode, ['same-origin', 'no-cors', 'cors', 'navigate', 'websocket'], 'Request constructor');
    }
    if (init.credentials !== undefined) s.credentials = enumMember(init.credentials, ['omit', 'same-origin', 'include'], 'Request constructor');
    if (init.cache !== undefined) s.cache = enumMember(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'], 'Request constructor');
    if (init.redirect !== undefined) s.redirect = enumMember(init.redirect, ['follow', 'manual', 'error'], 'Request constructor');
    if (init.integrity !== undefined) s.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) s.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      const method = toByteString(init.method);
      if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (FORBIDDEN_METHODS.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      s.method = NORMALIZED_METHODS.includes(upper) ? upper : method;
      if (s.method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
    }
    if (init.signal !== undefined) {
      if (init.signal !== null && !(init.signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      signals.length = 0;
      if (init.signal !== null) signals.push(init.signal);
    }
    // (the request's signal follows its input's or init's)
    s.signal = signals.length ? AbortSignal.any(signals) : new AbortController().signal;
    if (init.headers !== undefined) {
      s.headers = newHeadersState('request');
      headersFill(s.headers, init.headers);
    }
    const inputBody = input instanceof Request ? base.body : null;
    const initBody = init.body === undefined ? null : init.body;
    if ((initBody !== null || inputBody !== null) && (s.method === 'GET' || s.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (initBody !== null) {
      const [extracted, type] = extractBody(initBody, s.keepalive);
      body = extracted;
      if (type !== null && !s.headers.list.has('content-type')) headerListAppend(s.headers, 'content-type', type);
      if (extracted.source === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    }
    if (init.duplex !== undefined && `${init.duplex}` !== 'half') {
      throw new TypeError(`RequestInit: duplex ${init.duplex} is not an accepted type. Expected one of half.`);
    }
    if (body === null && inputBody !== null) {
      if (isUnusable(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      // (the input's body moves to the new request, and the input's is used)
      body = { ...inputBody, used: false };
      inputBody.used = true;
    }
    s.body = body;
    s.headersObject = headersWith(s.headers);
    requestState.set(this, s);
  }
  get method() { return requestOf(this).method; }
  get url() { return requestOf(this).url; }
  get headers() { return requestOf(this).headersObject; }
  get destination() { requestOf(this); return ''; }
  get referrer() { const r = requestOf(this).referrer; return r === 'no-referrer' || r === '' ? '' : r; }
  get referrerPolicy() { return requestOf(this).referrerPolicy; }
  get mode() { return requestOf(this).mode; }
  get credentials() { return requestOf(this).credentials; }
  get cache() { return requestOf(this).cache; }
  get redirect() { return requestOf(this).redirect; }
  get integrity() { return requestOf(this).integrity; }
  get keepalive() { return requestOf(this).keepalive; }
  get isReloadNavigation() { requestOf(this); return false; }
  get isHistoryNavigation() { requestOf(this); return false; }
  get signal() { return requestOf(this).signal; }
  get duplex() { requestOf(this); return 'half'; }
  clone() {
    const s = requestOf(this);
    if (isUnusable(s.body)) throw new TypeError('Request.clone: Body has already been consumed.');
    const c = Object.create(Request.prototype);
    const headers = headersCopy(s.headers, s.headers.guard);
    const cs = { ...s, headers, headersObject: headersWith(headers), body: cloneBody(s.body), signal: AbortSignal.any([s.signal]) };
    requestState.set(c, cs);
    return c;
  }
  [inspectCustom](depth, options) {
    requestOf(this);
    const fields = {};
    for (const key of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
      'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal']) fields[key] = this[key];
    return customInspect('Request', depth, options, fields);
  }
}
bodyMixin(Request, requestOf);
reorder(Request, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache',
  'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'body', 'bodyUsed',
  'duplex', 'clone']);
webidl(Request);

// --- Response (sec: response-class) --------------------------------------------------------
const responseState = new WeakMap();
function responseOf(r) {
  const s = typeof r === 'object' && r !== null ? responseState.get(r) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}
const NULL_BODY_STATUS = [101, 103, 204, 205, 304];
const REDIRECT_STATUS = [301, 302, 303, 307, 308];
function newResponse(s) {
  const r = Object.create(Response.prototype);
  s.headersObject = headersWith(s.headers);
  responseState.set(r, s);
  return r;
}
function responseFields(type) {
  return { type, status: 200, statusText: '', urls: [], headers: newHeadersState('response'), body: null, redirected: false };
}
// initialize a response (sec: initialize-a-response)
function initializeResponse(s, init, body) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError('Response constructor: Expected init to be an object.');
  }
  if (init === undefined || init === null) init = {};
  const status = init.status === undefined ? 200 : Number(init.status);
  const code = Number.isFinite(status) ? (Math.trunc(status) % 65536 + 65536) % 65536 : 0;
  if (code < 200 || code > 599) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  const statusText = init.statusText === undefined ? '' : toByteString(init.statusText);
  if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
  s.status = code;
  s.statusText = statusText;
  if (init.headers !== undefined) headersFill(s.headers, init.headers);
  if (body !== null) {
    if (NULL_BODY_STATUS.includes(code)) throw new TypeError(`Response constructor: Invalid response status code ${code}`);
    s.body = body[0];
    if (body[1] !== null && !s.headers.list.has('content-type')) headerListAppend(s.headers, 'content-type', body[1]);
  }
}
class Response {
  constructor(body = null, init = undefined) {
    const s = responseFields('default');
    initializeResponse(s, init, body === null ? null : extractBody(body));
    s.headersObject = headersWith(s.headers);
    responseState.set(this, s);
  }
  static error() {
    const s = responseFields('error');
    s.status = 0;
    s.headers.guard = 'immutable';
    return newResponse(s);
  }
  static redirect(url, status = 302) {
    argumentsRequired('Response.redirect', 1, arguments.length);
    const parsed = parseURL(toUSVString(url));
    status = Number(status);
    if (!REDIRECT_STATUS.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const s = responseFields('default');
    s.status = status;
    headerListAppend(s.headers, 'location', parsed.href);
    s.headers.guard = 'immutable';
    return newResponse(s);
  }
  static json(data, init = undefined) {
    argumentsRequired('Response.json', 1, arguments.length);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const s = responseFields('default');
    const [body] = extractBody(text);
    initializeResponse(s, init, [body, 'application/json']);
    return newResponse(s);
  }
  get type() { return responseOf(this).type; }
  get url() { const urls = responseOf(this).urls; return urls.length ? new URL(urls[urls.length - 1]).href.replace(/#.*$/, '') : ''; }
  get redirected() { return responseOf(this).urls.length > 1; }
  get status() { return responseOf(this).status; }
  get ok() { const st = responseOf(this).status; return st >= 200 && st <= 299; }
  get statusText() { return responseOf(this).statusText; }
  get headers() { return responseOf(this).headersObject; }
  clone() {
    const s = responseOf(this);
    if (isUnusable(s.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    return newResponse({ ...s, headers: headersCopy(s.headers, s.headers.guard), body: cloneBody(s.body), urls: s.urls.slice() });
  }
  [inspectCustom](depth, options) {
    responseOf(this);
    const fields = {};
    for (const key of ['status', 'statusText', 'headers', 'body', 'bodyUsed', 'ok', 'redirected', 'type', 'url']) fields[key] = this[key];
    return customInspect('Response', depth, options, fields);
  }
}
bodyMixin(Response, responseOf);
reorder(Response, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed', 'clone']);
webidl(Response);

// --- fetch (sec: fetch-method) -------------------------------------------------------------
// the fetch standard's bad ports (sec: bad-port)
const BAD_PORTS = new Set([0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045,
  4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);
function fetchFailed(cause) { return new TypeError('fetch failed', { cause }); }
function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}
// data: URL processor (sec: data-url-processor): [MIME type, bytes], or null for a failure
function processDataURL(href) {
  const rest = href.slice(5).replace(/#.*$/, '');
  const comma = rest.indexOf(',');
  if (comma < 0) return null;
  let mime = rest.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const percentDecode = (s) => {
    const out = [];
    const bytes = utf8(s);
    for (let i = 0; i < bytes.length; i++) {
      const hex = bytes[i] === 0x25 && i + 2 < bytes.length ? String.fromCharCode(bytes[i + 1], bytes[i + 2]) : '';
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) { out.push(parseInt(hex, 16)); i += 2; } else out.push(bytes[i]);
    }
    return Uint8Array.from(out);
  };
  let body = percentDecode(rest.slice(comma + 1));
  const base64 = /;[\x20]*base64$/i.exec(mime);
  if (base64) {
    mime = mime.slice(0, base64.index);
    let text = latin1(body).replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) return null;
    body = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  }
  if (mime.startsWith(';')) mime = 'text/plain' + mime;
  const parsed = parseMime(mime);
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(parsed.essence)) mime = 'text/plain;charset=US-ASCII';
  return [mime, body];
}
function fetch(input, init = undefined) {
  let request;
  try {
    argumentsRequired('fetch', 1, arguments.length);
    request = new Request(input, init);
  } catch (e) {
    return Promise.reject(e);
  }
  const s = requestOf(request);
  if (s.signal.aborted) return Promise.reject(abortReason(s.signal));
  const url = new URL(s.url);
  if (url.protocol === 'data:') {
    const data = processDataURL(s.url);
    if (data === null) return Promise.reject(fetchFailed(new TypeError('failed to fetch the data URL')));
    const r = responseFields('basic');
    r.statusText = 'OK';
    r.urls = [s.url];
    headerListAppend(r.headers, 'content-type', data[0]);
    r.headers.guard = 'immutable';
    r.body = { stream: null, source: data[1], length: data[1].length, used: false };
    return Promise.resolve(newResponse(r));
  }
  if (url.protocol === 'about:' || url.protocol === 'blob:') return Promise.reject(fetchFailed(new TypeError('invalid method')));
  if (url.protocol === 'file:') return Promise.reject(fetchFailed(new TypeError('not implemented... yet...')));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(fetchFailed(new TypeError('unknown scheme')));
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (BAD_PORTS.has(port)) return Promise.reject(fetchFailed(new Error('bad port')));
  return new Promise((resolve, reject) => {
    let controller = null;  // the response body's stream controller, once the headers came
    let id = null;
    let settled = false;
    const onAbort = () => {
      const reason = abortReason(s.signal);
      if (id !== null) __net.abort(id);
      if (!settled) { settled = true; reject(reason); }
      if (controller !== null) { try { controller.error(reason); } catch {} }
    };
    s.signal.addEventListener('abort', onAbort, { once: true });
    const done = () => s.signal.removeEventListener('abort', onAbort);
    const headers = headerPairs(s.headers);
    const has = (name) => s.headers.list.has(name);
    for (const [name, value] of [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
      ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']]) {
      if (!has(name)) headers.push([name, value]);
    }
    const send = (bytes) => {
      if (settled) return;
      if (bytes !== null && !has('content-length')) headers.push(['content-length', `${bytes.length}`]);
      else if (bytes === null && (s.method === 'POST' || s.method === 'PUT')) headers.push(['content-length', '0']);
      id = __net.start(s.method, s.url, headers, bytes === null ? undefined : bytes, s.redirect, (event, ...args) => {
        if (event === 'response') {
          const [status, statusText, pairs, urls] = args;
          const r = responseFields('basic');
          r.status = status;
          r.statusText = statusText;
          r.urls = urls;
          for (const [name, value] of pairs) headerListAppend(r.headers, name, value);
          r.headers.guard = 'immutable';
          if (NULL_BODY_STATUS.includes(status) || s.method === 'HEAD') {
            r.body = null;
          } else {
            const stream = new ReadableStream({
              start(c) { controller = c; },
              cancel() { if (id !== null) __net.abort(id); done(); },
            });
            r.body = { stream, source: null, length: null, used: false };
          }
          settled = true;
          resolve(newResponse(r));
        } else if (event === 'data') {
          if (controller !== null) controller.enqueue(args[0]);
        } else if (event === 'end') {
          done();
          if (controller !== null) { try { controller.close(); } catch {} }
        } else if (event === 'error') {
          done();
          const cause = args[0];
          if (!settled) { settled = true; reject(fetchFailed(cause)); }
          else if (controller !== null) { try { controller.error(fetchFailed(cause)); } catch {} }
        }
      });
    };
    readAll(s.body).then((bytes) => send(s.body === null ? null : bytes), (e) => { if (!settled) { settled = true; done(); reject(e); } });
  });
}
Object.defineProperty(fetch, 'name', { value: 'fetch' });
return { fetch, Headers, Request, Response, FormData };
})
"""
