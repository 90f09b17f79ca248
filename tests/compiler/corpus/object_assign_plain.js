// Object.assign of ordinary sources: keys in order (indices first), values read when their key
// is reached (a setter run by an earlier key may delete or change a later one), accessors and
// non-enumerable properties of the source, setters and read-only properties of the target
var log = [];
var src = {b: 1, 2: 'two', a: 2, 1: 'one', c: 3};
var target = {
  set b(v) { log.push('set b ' + v); delete src.a; src.c = 'changed'; },
};
Object.assign(target, src);
log.push(JSON.stringify(target), Object.keys(target).join());

var withGetter = Object.defineProperty({x: 1}, 'g', {get() { log.push('get g'); return 'G'; }, enumerable: true});
Object.defineProperty(withGetter, 'hidden', {value: 'h', enumerable: false});
log.push(JSON.stringify(Object.assign({}, withGetter)));

var sym = Symbol('s');
var withSym = {[sym]: 'sym', k: 'v'};
var out = Object.assign({}, withSym);
log.push(out[sym], out.k);

var ro = Object.defineProperty({}, 'k', {value: 'fixed', writable: false});
try { Object.assign(ro, {k: 'new'}); } catch (e) { log.push(e.constructor.name); }
var frozen = Object.freeze({});
try { Object.assign(frozen, {z: 1}); } catch (e) { log.push(e.constructor.name); }

var protoSetter = Object.create({set p(v) { log.push('proto set ' + v); }});
Object.assign(protoSetter, {p: 5});
log.push(Object.keys(protoSetter).length);

var arr = Object.assign([1, 2, 3], {1: 'x', length: 2});
log.push(JSON.stringify(arr));
log.push(JSON.stringify(Object.assign({}, 'ab', null, undefined, [9])));
log.join("\n");
