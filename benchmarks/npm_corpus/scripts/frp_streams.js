const Kefir = require('kefir'); const Bacon = require('baconjs'); const xs = require('xstream').default;
// one log per library; events of a library are far apart in time, so that a slow run keeps their order
const logs = { kefir: [], bacon: [], xs: [] }; let pending = 3;
const done = (lib) => { if (--pending === 0) for (const k of Object.keys(logs)) console.log(k + ': ' + logs[k].join(' | ')); };
const K = logs.kefir;
Kefir.merge([Kefir.sequentially(40, [1, 2, 3, 4]).map((x) => x * 10).filter((x) => x !== 20).scan((a, b) => a + b, 0), Kefir.later(60, 'late'), Kefir.later(1, 'early')])
  .onValue((v) => K.push(v)).onEnd(() => { K.push('end'); done(); });
Kefir.combine([Kefir.constant(1), Kefir.constant(2)], (a, b) => a + b).onValue((v) => K.push('combine ' + v));
const B = logs.bacon;
Bacon.fromArray([1, 2, 3, 4, 5]).filter((x) => x % 2).map((x) => x * x).fold(0, (a, b) => a + b).onValue((v) => B.push('fold ' + v));
const bus = new Bacon.Bus(); bus.toProperty(0).map((x) => x + 1).onValue((v) => B.push('bus ' + v)); bus.push(5); bus.push(6); bus.end();
Bacon.combineTemplate({ a: Bacon.constant(1), b: { c: Bacon.constant('z') } }).onValue((v) => B.push('tmpl ' + JSON.stringify(v)));
Bacon.sequentially(30, ['x', 'y', 'z']).bufferWithCount(2).subscribe((ev) => { if (ev.hasValue) B.push('buf ' + ev.value.join('')); if (ev.isEnd) { B.push('end'); done(); } });
const X = logs.xs;
xs.merge(xs.of('p', 'q'), xs.fromArray(['r'])).compose((st) => st.map((v) => v.toUpperCase())).subscribe({ next: (v) => X.push(v) });
xs.periodic(30).take(4).map((i) => i * 2).fold((acc, x) => acc + x, 0).addListener({ next: (v) => X.push(v), complete: () => { X.push('done'); done(); } });
