// objects past util.inspect's depth: a null-prototype object prints "[Object: null prototype]"
// (its tag in place of Object), bracketed once; others "[Object]", "[K]", or "K [T] {}" when empty
const o = Object.create(null); o.x = 1;
console.log([[[o]]]); console.log({a:{b:{c:o}}});
const t = Object.create(null); t[Symbol.toStringTag] = 'T'; t.y = 2;
console.log({a:{b:{c:t}}}); console.log({a:{b:{c:{z: 1}}}}, {a:{b:{c:new Map([[1,2]])}}}, {a:{b:{c:Object.create(null)}}});
class K { constructor() { this.k = 1 } } console.log({a:{b:{c:new K()}}});
class K2 { get [Symbol.toStringTag]() { return 'TT' } } console.log({a:{b:{c:new K2()}}});
const q = {q: 1}; q[Symbol.toStringTag] = 'Q'; console.log({a:{b:{c:q}}});
const n = Object.create(null); n[Symbol.toStringTag] = 'Object'; n.v = 0; console.log({a:{b:{c:n}}});
const a = Object.create(null); Object.defineProperty(a, Symbol.toStringTag, {value:'NE'}); a.v=1; console.log({a:{b:{c:a}}}, a);
const b = Object.create(null); b[Symbol.toStringTag] = 'EN'; console.log({a:{b:{c:b}}}, b);
