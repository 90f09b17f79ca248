// node:tls, node:https and node:http2 load (supertest and superagent require them over plain HTTP): their
// keys, class hierarchy (tls.Server a net.Server, https.Agent an http.Agent), http2.constants, helpers
const tls = require('tls'), https = require('https'), http2 = require('node:http2'), net = require('net'), http = require('http');
console.log(Object.keys(tls).join(' ')); console.log(Object.keys(https).join(' ')); console.log(Object.keys(http2).join(' '));
console.log(Object.getPrototypeOf(tls.Server.prototype) === net.Server.prototype, Object.getPrototypeOf(tls.TLSSocket.prototype) === net.Socket.prototype);
console.log(https.globalAgent instanceof http.Agent, https.globalAgent.defaultPort, https.globalAgent.protocol, new https.Agent() instanceof https.Agent);
// (node's https.Server extends tls.Server; pyjsvm's extends http.Server, whose parsing it runs over TLS)
console.log(http.createServer() instanceof tls.Server, https.createServer() instanceof net.Server);
console.log(JSON.stringify(http2.constants).length, http2.constants.HTTP2_HEADER_PATH, http2.constants.NGHTTP2_CANCEL, http2.getDefaultSettings());
const o = {}; tls.convertALPNProtocols(['h2', 'http/1.1'], o); console.log(o.ALPNProtocols);
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, typeof http2.sensitiveHeaders);
