const { LRUCache } = require('lru-cache');
const c = new LRUCache({max: 3});
c.set('a', 1); c.set('b', 2); c.set('c', 3); c.get('a'); c.set('d', 4);
console.log([...c.keys()], c.has('b'), c.size, c.peek('a'));
const c2 = new LRUCache({maxSize: 10, sizeCalculation: v => v.length}); c2.set('x', 'aaaaaa'); c2.set('y', 'bbbbbb'); console.log([...c2.entries()]);
