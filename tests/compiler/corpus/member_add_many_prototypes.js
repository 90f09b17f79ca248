// One add site, many prototypes (emit._put_new's site keeps up to SITE_PROTOS more than the
// inline one): a base constructor adding the fields of every subclass's instances, then a
// setter, a read-only property and a prototype change on one of those prototypes, each of
// which must be seen by the next add at that site.
var out = [], logs = [];
function Base(v) { this.kind = v; this.n = v * 2; }
var classes = [];
for (var i = 0; i < 12; i++) {
  (function (i) {
    function Sub(v) { Base.call(this, v); }
    Sub.prototype = Object.create(Base.prototype);
    classes.push(Sub);
  })(i);
}
function makeAll(v) {
  var r = [];
  for (var j = 0; j < classes.length; j++) { var o = new classes[j](v + j); r.push(o.kind + ':' + o.n + ':' + o.hasOwnProperty('kind')); }
  return r.join(',');
}
out.push(makeAll(0), makeAll(100));
// a setter on the third subclass's prototype: that class's instances go through it
Object.defineProperty(classes[2].prototype, 'kind', { set: function (v) { logs.push('set ' + v); }, get: function () { return 'accessor'; }, configurable: true });
out.push(makeAll(200), logs.join());
// a read-only property on the fifth's: the add fails silently (sloppy)
Object.defineProperty(classes[4].prototype, 'n', { value: 'ro', writable: false, configurable: true });
out.push(makeAll(300));
// strict code throws there
function StrictBase(v) { 'use strict'; this.n = v; }
var S1 = function () {}, S2 = function () {};
S1.prototype = {}; S2.prototype = Object.create(null, { n: { value: 'ro2', writable: false } });
var made = [];
for (var k = 0; k < 3; k++) { var a = Object.create(S1.prototype); StrictBase.call(a, k); made.push(a.n); }
try { StrictBase.call(Object.create(S2.prototype), 9); made.push('no throw'); } catch (e) { made.push(e.constructor.name); }
out.push(made.join());
// the chain of one prototype changes: a setter reached through the new chain
var setterProto = { set kind(v) { logs.push('chain ' + v); } };
Object.setPrototypeOf(classes[7].prototype, setterProto);
out.push(makeAll(400), logs[logs.length - 1]);
// back to plain ones
delete classes[2].prototype.kind;
delete classes[4].prototype.n;
Object.setPrototypeOf(classes[7].prototype, Base.prototype);
out.push(makeAll(500));
// non-extensible instances at the same site
var frozenProto = Object.create(Base.prototype);
function FrozenSub(v) { Object.preventExtensions(this); Base.call(this, v); }
FrozenSub.prototype = frozenProto;
var fz = new FrozenSub(7);
out.push(String(fz.kind), fz.hasOwnProperty('kind'), makeAll(600));
out.join(' | ');
