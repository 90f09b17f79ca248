const { createStore, applyMiddleware } = require('redux');
const createSagaMiddleware = require('redux-saga').default;
const { runSaga, channel, eventChannel, END, stdChannel } = require('redux-saga');
const { call, put, take, takeEvery, takeLatest, fork, cancel, select, all, race, delay, join, cancelled, actionChannel } = require('redux-saga/effects');
const log = [];
const reducer = (s = { n: 0, items: [] }, a) => { switch (a.type) { case 'INC': return { ...s, n: s.n + (a.by || 1) }; case 'ADD': return { ...s, items: [...s.items, a.item] }; default: return s; } };
const api = (x) => new Promise((r) => setTimeout(() => r(x * 10), 5));
function* onAsk(a) { const r = yield call(api, a.x); yield put({ type: 'ADD', item: r }); log.push('asked ' + a.x + '->' + r); }
function* latest(a) { try { yield delay(20); log.push('latest done ' + a.x); } finally { if (yield cancelled()) log.push('latest cancelled ' + a.x); } }
function* watcher() { yield takeEvery('ASK', onAsk); yield takeLatest('L', latest); }
function* flow() {
  const t = yield fork(function* () { let i = 0; while (true) { yield delay(3); i++; } });
  const { a } = yield race({ a: take('STOP'), b: delay(1000) }); log.push('race ' + a.type);
  yield cancel(t); const [x, y] = yield all([call(api, 1), call(api, 2)]); log.push('all ' + x + ',' + y);
  const n = yield select((s) => s.n); log.push('select ' + n);
  const ch = yield actionChannel('Q'); for (let i = 0; i < 2; i++) { const q = yield take(ch); log.push('q ' + q.v); yield delay(2); }
}
const saga = createSagaMiddleware(); const store = createStore(reducer, applyMiddleware(saga));
saga.run(watcher); const task = saga.run(flow);
store.dispatch({ type: 'INC', by: 5 }); store.dispatch({ type: 'ASK', x: 3 }); store.dispatch({ type: 'L', x: 1 }); store.dispatch({ type: 'L', x: 2 });
store.dispatch({ type: 'Q', v: 'a' }); store.dispatch({ type: 'Q', v: 'b' });
setTimeout(() => store.dispatch({ type: 'STOP' }), 10);
task.toPromise().then(() => { log.push('flow done'); setTimeout(() => { console.log(log.join('\n')); console.log(JSON.stringify(store.getState())); 
  const dispatched = []; const r = runSaga({ dispatch: (a) => dispatched.push(a), getState: () => ({ v: 7 }) }, function* () { const v = yield select((s) => s.v); yield put({ type: 'GOT', v }); return v * 2; });
  r.toPromise().then((x) => console.log('runSaga', x, JSON.stringify(dispatched)));
  const ec = eventChannel((emit) => { let i = 0; const id = setInterval(() => { i++; emit(i); if (i === 3) emit(END); }, 2); return () => clearInterval(id); });
  runSaga({}, function* () { const got = []; try { while (true) got.push(yield take(ec)); } finally { console.log('ec', got.join()); } });
}, 40); });
