const R = require('ramda');
const f = R.pipe(R.map(R.multiply(2)), R.filter(R.gt(R.__, 4)), R.sum);
console.log(f([1,2,3,4]));
console.log(R.lensProp('a') && R.set(R.lensProp('a'), 5, {a:1,b:2}));
console.log(R.groupBy(R.prop('t'), [{t:'a',v:1},{t:'b',v:2},{t:'a',v:3}]));
console.log(R.curry((a,b,c) => a+b+c)(1)(2)(3), R.evolve({a: R.inc}, {a: 1, b: 2}));
console.log(R.toString({a: [1, 'x', null]}), R.equals([1,{a:2}], [1,{a:2}]));
