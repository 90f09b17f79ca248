// sys, _stream_* and _http_* are the same objects as util's, stream's and http's
const util = require('util'), stream = require('stream'), http = require('http');
console.log(require('sys') === util, require('node:sys') === util);
for (const [name, key] of [['_stream_readable', 'Readable'], ['_stream_writable', 'Writable'],
  ['_stream_duplex', 'Duplex'], ['_stream_transform', 'Transform'], ['_stream_passthrough', 'PassThrough']]) {
  console.log(name, require(name) === stream[key]);
}
const agent = require('_http_agent');
console.log(agent.Agent === http.Agent, agent.globalAgent === http.globalAgent);
console.log(require('_http_client').ClientRequest === http.ClientRequest);
console.log(require('_http_incoming').IncomingMessage === http.IncomingMessage);
const out = require('_http_outgoing');
console.log(out.OutgoingMessage === http.OutgoingMessage, out.validateHeaderName === http.validateHeaderName);
const srv = require('_http_server');
console.log(srv.Server === http.Server, srv.ServerResponse === http.ServerResponse, srv.STATUS_CODES === http.STATUS_CODES);
console.log(require('_http_common').methods.includes('PATCH'));
