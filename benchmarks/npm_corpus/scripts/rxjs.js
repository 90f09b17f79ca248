const { of, from, range, map, filter, reduce, mergeMap, scan, take, toArray, Subject, zip } = require('rxjs');
range(1, 10).pipe(filter(x => x % 2), map(x => x * x), reduce((a, b) => a + b)).subscribe(v => console.log('sum', v));
from([1, 2, 3]).pipe(mergeMap(x => of(x, x * 10)), toArray()).subscribe(v => console.log(v));
const s = new Subject(); s.pipe(scan((a, x) => a + x, 0), take(3)).subscribe({next: v => console.log('s', v), complete: () => console.log('done')});
s.next(1); s.next(2); s.next(3); s.next(4);
zip(of(1, 2), of('a', 'b')).subscribe(v => console.log(v));
