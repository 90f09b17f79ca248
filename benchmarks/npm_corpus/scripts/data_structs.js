// mnemonist, js-sdsl, timsort, colord
const { Heap, FibonacciHeap, Trie, BKTree, BloomFilter, LRUCache, FixedDeque, SparseSet, BiMap, MultiMap, SuffixArray, VPTree, KDTree, StaticIntervalTree, DefaultMap, Vector, InvertedIndex, SymSpell, CircularBuffer } = require('mnemonist');
const h = new Heap((a, b) => a - b); [5, 3, 9, 1, 7, 2].forEach(x => h.push(x));
console.log(h.pop(), h.peek(), h.size, Heap.nsmallest(3, [9, 4, 7, 1, 8]).join(), Heap.nlargest(2, [9, 4, 7, 1, 8]).join());
const fh = new FibonacciHeap(); [4, 8, 1, 6].forEach(x => fh.push(x)); console.log(fh.pop(), fh.pop(), fh.size);
const t = Trie.from(['roman', 'romanesque', 'romulus', 'rubens', 'ruber']); console.log(t.find('rom').join(), t.has('rubens'), t.size);
const bk = BKTree.from(['book', 'books', 'cake', 'boo', 'cape', 'cart'], (a, b) => { const dp = Array.from({ length: a.length + 1 }, (_, i) => [i]); for (let j = 1; j <= b.length; j++) dp[0][j] = j; for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)); return dp[a.length][b.length]; });
console.log(JSON.stringify(bk.search(1, 'bo0k').sort((x, y) => x.item < y.item ? -1 : 1)));
const bf = new BloomFilter(1024); ['a', 'b', 'c'].forEach(x => bf.add(x)); console.log(bf.test('a'), bf.test('zz'));
const lru = new LRUCache(3); ['a', 'b', 'c', 'd'].forEach((k, i) => lru.set(k, i)); lru.get('b'); lru.set('e', 9); console.log([...lru.keys()].join(), lru.has('a'));
const dq = new FixedDeque(Array, 4); dq.push(1); dq.push(2); dq.unshift(0); console.log(dq.pop(), dq.shift(), dq.size);
const ss = new SparseSet(10); ss.add(3); ss.add(7); ss.delete(3); console.log(ss.has(7), ss.has(3), ss.size);
const bm = BiMap.from({ a: 1, b: 2 }); console.log(bm.get('a'), bm.inverse.get(2));
const mm = new MultiMap(); mm.set('x', 1); mm.set('x', 2); mm.set('y', 3); console.log(JSON.stringify(mm.get('x')), mm.size, mm.dimension);
const sa = new SuffixArray('banana'); console.log(sa.array.join());
const vp = new VPTree((a, b) => Math.abs(a - b), [1, 5, 9, 14, 20, 33]); console.log(JSON.stringify(vp.nearestNeighbors(2, 12)), JSON.stringify(vp.neighbors(4, 10).map(n => n.item).sort((a, b) => a - b)));
const kd = KDTree.from([['a', [1, 2]], ['b', [3, 1]], ['c', [5, 5]], ['d', [-1, 0]]], 2); console.log(kd.nearestNeighbor([4, 4]), kd.kNearestNeighbors(2, [0, 0]).join());
const it = StaticIntervalTree.from([[1, 5], [3, 8], [10, 12]]); console.log(JSON.stringify(it.intervalsContainingPoint(4)), JSON.stringify(it.intervalsOverlappingInterval([7, 11])));
const dm = new DefaultMap(() => []); dm.get('k').push(1); console.log(JSON.stringify([...dm]));
const v = new Vector(Uint16Array, 2); v.push(1); v.push(2); v.push(3); console.log(v.capacity, v.length, v.get(2));
const ii = new InvertedIndex(s => s.split(' ')); ii.add('hello world'); ii.add('world peace'); console.log(JSON.stringify(ii.get('world')));
const sym = SymSpell.from(['hello', 'help', 'world'], { maxDistance: 2 }); console.log(JSON.stringify(sym.search('helo')));
const cb = new CircularBuffer(Array, 3); [1, 2, 3, 4].forEach(x => cb.push(x)); console.log(cb.toArray().join());

const { OrderedMap, OrderedSet, HashMap, Deque, PriorityQueue, LinkList, Vector: SVector } = require('js-sdsl');
const om = new OrderedMap([[5, 'e'], [1, 'a'], [3, 'c']]); om.setElement(2, 'b');
const keys = []; om.forEach(([k, v]) => keys.push(k + v)); console.log(keys.join(), om.lowerBound(3).pointer[1], om.upperBound(3).pointer[0], om.size());
const os = new OrderedSet([9, 2, 7, 2]); console.log([...os].join(), os.front(), os.back(), os.find(7).equals(os.end()));
const pq = new PriorityQueue([5, 1, 9], (a, b) => a - b); pq.push(0); console.log(pq.pop(), pq.top(), pq.size());
const dq2 = new Deque([1, 2]); dq2.pushFront(0); dq2.pushBack(3); console.log([...dq2].join(), dq2.getElementByPos(2));
const ll = new LinkList([3, 1, 2]); ll.sort((a, b) => a - b); ll.reverse(); console.log([...ll].join());
const hm = new HashMap([['k', 1]]); hm.setElement({ o: 1 }, 'obj'); console.log(hm.size(), hm.getElementByKey('k'));

const TimSort = require('timsort');
const arr = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 1009 + (i % 13) / 100);
TimSort.sort(arr, (a, b) => a - b); console.log(arr.slice(0, 5).join(), arr.slice(-3).join(), arr.every((x, i) => i === 0 || arr[i - 1] <= x));
const objs = Array.from({ length: 50 }, (_, i) => ({ k: i % 5, i })); TimSort.sort(objs, (a, b) => a.k - b.k); console.log(objs.slice(0, 12).map(o => o.i).join());
const strs = ['b', 'a', 'c', 'aa']; TimSort.sort(strs); console.log(strs.join());

const { colord, extend } = require('colord');
const names = require('colord/plugins/names'); const mix = require('colord/plugins/mix'); const a11y = require('colord/plugins/a11y'); const lab = require('colord/plugins/lab'); const harmonies = require('colord/plugins/harmonies');
extend([names.default || names, mix.default || mix, a11y.default || a11y, lab.default || lab, harmonies.default || harmonies]);
const c = colord('#ff8800');
console.log(c.toRgbString(), c.toHslString(), JSON.stringify(c.toHsv()), c.lighten(0.1).toHex(), c.desaturate(0.5).toHex(), c.rotate(90).toHex(), c.alpha(0.5).toRgbString(), c.isLight(), c.brightness());
console.log(colord('rgb(10, 20, 30)').toHex(), colord('hsl(200, 50%, 40%)').toHex(), colord('tomato').toHex(), colord('#abc').toName({ closest: true }), colord('#000').contrast('#fff'), colord('#777').isReadable('#fff'), colord('red').mix('blue', 0.3).toHex(), JSON.stringify(colord('#00f').toLab()), colord('#f00').harmonies('triadic').map(x => x.toHex()).join(), colord('#f00').delta('#f01'));
