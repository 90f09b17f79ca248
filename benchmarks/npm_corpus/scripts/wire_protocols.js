const mqtt = require('mqtt-packet'); const sio = require('socket.io-parser'); const eio = require('engine.io-parser');
const pkts = [{ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: 'c1', keepalive: 60, username: 'u', password: Buffer.from('p'), will: { topic: 'w', payload: Buffer.from('bye'), qos: 1, retain: false } },
  { cmd: 'publish', topic: 'a/b', payload: Buffer.from('héllo'), qos: 1, messageId: 42, retain: true, dup: false },
  { cmd: 'subscribe', messageId: 7, subscriptions: [{ topic: 'x/#', qos: 0 }, { topic: 'y/+', qos: 2 }] }, { cmd: 'pingreq' }, { cmd: 'disconnect' }];
const parser = mqtt.parser({ protocolVersion: 4 }); const seen = []; parser.on('packet', (p) => seen.push(p.cmd + (p.topic ? ':' + p.topic : '') + (p.payload && p.payload.length ? ':' + p.payload.toString() : '')));
const all = Buffer.concat(pkts.map((p) => mqtt.generate(p))); console.log(all.toString('hex'));
for (let i = 0; i < all.length; i += 7) parser.parse(all.slice(i, i + 7)); console.log(seen.join(' | '));
const p5 = mqtt.generate({ cmd: 'publish', topic: 't', payload: 'x', qos: 0, properties: { contentType: 'text/plain', userProperties: { a: 'b' }, messageExpiryInterval: 10 } }, { protocolVersion: 5 }); console.log(p5.toString('hex'));
const enc = new sio.Encoder(); const dec = new sio.Decoder(); const got = [];
dec.on('decoded', (p) => got.push(JSON.stringify({ type: p.type, nsp: p.nsp, data: p.data, id: p.id, att: p.attachments })));
for (const pk of [{ type: sio.PacketType.EVENT, nsp: '/', data: ['msg', { a: 1 }], id: 3 }, { type: sio.PacketType.EVENT, nsp: '/chat', data: ['bin', Buffer.from([1, 2, 3])] }, { type: sio.PacketType.CONNECT, nsp: '/x', data: { token: 't' } }]) {
  const parts = enc.encode(pk); console.log(parts.map((x) => (typeof x === 'string' ? x : 'buf' + x.length)).join(' ')); parts.forEach((x) => dec.add(x));
}
console.log(got.join('\n'));
eio.encodePacket({ type: 'message', data: 'hi' }, true, (e) => console.log(e)); eio.encodePacket({ type: 'message', data: Buffer.from([1, 2]) }, false, (e) => console.log(e));
eio.encodePayload([{ type: 'ping' }, { type: 'message', data: 'x' }, { type: 'message', data: Buffer.from('yz') }], (p) => { console.log(p); console.log(JSON.stringify(eio.decodePayload(p, 'nodebuffer'))); });
console.log(JSON.stringify(eio.decodePacket('4hello')), JSON.stringify(eio.decodePacket('bAQID', 'nodebuffer')));
