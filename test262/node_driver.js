// The node side of test262's NodeEngine adapter: JSON requests on stdin, one JSON reply per line.
// Used to check the runner's own logic against a mature engine; not a test262 host for node.
'use strict';
const vm = require('node:vm');
const readline = require('node:readline');

const scripts = new Map(); // id -> vm.Script
const realms = new Map(); // id -> {context, prints, children}
let nextRealm = 0;

function describe(e) {
  let name = typeof e;
  let message = '';
  try {
    if (e !== null && (typeof e === 'object' || typeof e === 'function')) {
      const c = e.constructor;
      name = c && typeof c.name === 'string' && c.name ? c.name : String(e.name);
      message = String(e.message);
    } else {
      message = String(e);
    }
  } catch (err) {
    message = '<unprintable>';
  }
  return {ok: false, name, message};
}

const setupScript = new vm.Script(`(function (host) {
  var $262 = {
    createRealm: function createRealm() { return host.createRealm(); },
    evalScript: function evalScript(src) { return host.evalScript(String(src)); },
    gc: function gc() { host.gc(); },
    global: globalThis,
  };
  if (typeof ArrayBuffer === 'function') {
    var transfer = ArrayBuffer.prototype.transfer;
    $262.detachArrayBuffer = function detachArrayBuffer(buffer) {
      if (typeof transfer === 'function') transfer.call(buffer); else host.detach(buffer);
      return null;
    };
  }
  Object.defineProperty(globalThis, '$262', {value: $262, writable: true, configurable: true, enumerable: false});
  Object.defineProperty(globalThis, 'print', {
    value: function print(msg) { host.print(String(msg)); }, writable: true, configurable: true, enumerable: false,
  });
})`, {filename: 'test262-host-setup.js'});

function makeRealm(prints, parent) {
  const context = vm.createContext({});
  const realm = {context, prints, children: []};
  if (parent) parent.children.push(realm);
  const host = {
    print: (s) => prints.push(s),
    createRealm: () => vm.runInContext('$262', makeRealm(prints, realm).context),
    evalScript: (src) => {
      let script;
      try {
        script = new vm.Script(src, {filename: 'evalScript.js'});
      } catch (e) {
        const Ctor = vm.runInContext('SyntaxError', context);
        throw new Ctor(e.message);
      }
      return script.runInContext(context);
    },
    gc: () => { if (typeof global.gc === 'function') global.gc(); },
    detach: (buffer) => { structuredClone(buffer, {transfer: [buffer]}); },
  };
  setupScript.runInContext(context)(host);
  return realm;
}

async function handle(req) {
  switch (req.op) {
    case 'compile':
      try {
        scripts.set(req.id, new vm.Script(req.source, {filename: req.filename}));
        return {ok: true};
      } catch (e) {
        return describe(e);
      }
    case 'realm': {
      const id = ++nextRealm;
      realms.set(id, makeRealm([], null));
      return {ok: true, id};
    }
    case 'run': {
      let reply = {ok: true};
      try {
        scripts.get(req.script).runInContext(realms.get(req.realm).context);
      } catch (e) {
        reply = describe(e);
      }
      await new Promise((resolve) => setImmediate(resolve)); // run pending promise jobs
      return reply;
    }
    case 'prints':
      return {ok: true, prints: realms.get(req.realm).prints};
    case 'drop':
      realms.delete(req.realm);
      return {ok: true};
    default:
      return {internal: 'unknown op ' + req.op};
  }
}

(async () => {
  const rl = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
  for await (const line of rl) {
    let reply;
    try {
      reply = await handle(JSON.parse(line));
    } catch (e) {
      reply = {internal: String(e && e.stack || e)};
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  }
})();

process.on('uncaughtException', () => {}); // stray errors from test code must not kill the driver
