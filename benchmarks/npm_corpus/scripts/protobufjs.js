const protobuf = require('protobufjs');
const root = protobuf.parse('syntax = "proto3"; message M { int32 id = 1; string name = 2; repeated double v = 3; sint64 big = 4; }').root;
const M = root.lookupType('M'); const buf = M.encode(M.create({id: 150, name: 'héllo', v: [1.5, -2], big: -123456789})).finish();
console.log(Array.from(buf).join(','), JSON.stringify(M.toObject(M.decode(buf), {longs: String})));
