var log = [];
var r1 = Array.from({length: 5}, function (_, i) { return i * 2 });
var r2 = Array.from({length: 3, 0: 'a', 2: 'c'});
var r3 = Array.from({length: 3, get 1() { log.push('get1'); return 'b' }}, (v, i) => { log.push('map' + i); return v });
var r4; try { Array.from({length: 4}, (v, i) => { if (i == 2) throw new Error('stop'); return i }) } catch (e) { r4 = e.message }
var r5 = Array.from({length: '2', 0: 1, 1: 2});
var r6 = Array.from({length: -1});
var r7 = Array.from('ab'), r8 = Array.from({length: 2}, function () { return this.x }, {x: 9});
class MyA extends Array {} var r9 = MyA.from({length: 2, 0: 'q'});
var r10 = Array.from.call(Object, {length: 2, 0: 1});
var r11 = Array.from({length: 3}, function strictly(v, i) { 'use strict'; return typeof this });
var r12 = Array.from({length: 2}, (v, i) => i, undefined);
var r13 = Array.from({length: 3.7}); var holey = Array.from({length: 2}); var r14 = 0 in holey;
JSON.stringify([r1, r2, r3, log, r4, r5, r6, r7, r8, r9, r9 instanceof MyA, r10, Array.isArray(r10), r11, r12, r13.length, r14, Object.getPrototypeOf(r1) === Array.prototype])
