var self = this;
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
function Obj() { return { custom: true }; }
var p = new Point(1, 2);
var loose = (function () { return this; })();
var strictThis = (function () { 'use strict'; return this; })();
var bound = Point.prototype.sum.call({ x: 10, y: 20 });
var prim = (function () { return typeof this; }).call(5);
var primStrict = (function () { 'use strict'; return typeof this; }).call(5);
[p.sum(), p instanceof Point, new Obj().custom, loose === self, strictThis, bound, prim, primStrict,
 Point.length, Point.name, (function () {}).name, p.constructor === Point].join(',')
