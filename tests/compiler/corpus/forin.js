function P() { this.own = 1; this.b = 2; }
P.prototype.inherited = 3;
P.prototype.b = 4;
var o = new P();
o[2] = 'x'; o[0] = 'y'; o.z = 5;
var keys = [];
for (var k in o) { keys.push(k); if (k === 'own') delete o.z; }
var arr = [1, 2, 3]; arr.extra = true;
var ak = [];
for (var i in arr) ak.push(i);
var s = '';
for (var c in 'abc') s += c;
keys.join() + '|' + ak.join() + '|' + s
