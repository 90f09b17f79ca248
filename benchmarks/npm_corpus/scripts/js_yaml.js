const yaml = require('js-yaml');
const doc = yaml.load('a: 1\nb: [x, y]\nc:\n  d: true\n  e: null\n  f: 2001-12-14\nanchors: &A {k: v}\nref: *A\nmulti: |\n  line1\n  line2\n');
console.log(JSON.stringify(doc));
console.log(yaml.dump({x: [1, {y: 'z'}], s: 'multi\nline', n: null, q: 'yes'}));
