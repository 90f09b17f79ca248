import { createStore, combineReducers, applyMiddleware, compose, bindActionCreators } from 'redux';
import { createSelector, createStructuredSelector } from 'reselect';
import { createStore as createZ } from 'zustand/vanilla';
import Immutable from 'seamless-immutable';
import { observable, autorun, computed, action, reaction, runInAction, toJS, makeAutoObservable } from 'mobx';
const log = [];
const logger = store => next => act => { log.push(act.type); return next(act); };
const todos = (s = [], a) => a.type === 'add' ? [...s, { text: a.text, done: false }] : a.type === 'toggle' ? s.map((t, i) => i === a.i ? { ...t, done: !t.done } : t) : s;
const filter = (s = 'all', a) => a.type === 'filter' ? a.f : s;
const store = createStore(combineReducers({ todos, filter }), applyMiddleware(logger));
const acts = bindActionCreators({ add: text => ({ type: 'add', text }), toggle: i => ({ type: 'toggle', i }) }, store.dispatch);
let calls = 0;
const visible = createSelector([s => s.todos, s => s.filter], (t, f) => { calls++; return f === 'done' ? t.filter(x => x.done) : t; });
store.subscribe(() => visible(store.getState()));
acts.add('a'); acts.add('b'); acts.toggle(1); store.dispatch({ type: 'filter', f: 'done' }); store.dispatch({ type: 'noop' });
console.log(JSON.stringify(store.getState()), JSON.stringify(visible(store.getState())), calls, log.join(','), typeof compose());
console.log(JSON.stringify(createStructuredSelector({ n: s => s.todos.length, f: s => s.filter })(store.getState())));
try { createStore(todos).dispatch({}); } catch (e) { console.log(e.message.slice(0, 60)); }
const z = createZ((set, get) => ({ count: 0, inc: () => set(s => ({ count: s.count + 1 })), dbl: () => get().count * 2 }));
const seen = []; const unsub = z.subscribe((s, p) => seen.push(p.count + '->' + s.count));
z.getState().inc(); z.getState().inc(); unsub(); z.getState().inc(); z.setState({ extra: 1 });
console.log(seen.join(','), z.getState().dbl(), JSON.stringify(z.getState()));
const im = Immutable({ a: { b: [1, 2] }, c: 3 });
const im2 = im.setIn(['a', 'b', 1], 9).merge({ d: 4 }).without('c');
console.log(JSON.stringify(im), JSON.stringify(im2), Object.isFrozen(im2.a.b), JSON.stringify(im2.asMutable({ deep: true })), JSON.stringify(Immutable([3, 1, 2]).flatMap(x => [x, x])));
try { im.a.b.push(3); } catch (e) { console.log(e.constructor.name); }
const o = observable({ price: 10, qty: 2, get total() { return this.price * this.qty; } });
const out = []; const d1 = autorun(() => out.push(o.total)); const d2 = reaction(() => o.qty, (q, prev) => out.push('q' + prev + '>' + q));
runInAction(() => { o.price = 20; o.qty = 3; }); action(() => { o.qty = 4; })(); d1(); d2(); o.qty = 10;
console.log(out.join(','), JSON.stringify(toJS(o)), computed(() => o.price + 1).get());
class Timer { secs = 0; constructor() { makeAutoObservable(this); } tick() { this.secs++; } get label() { return this.secs + 's'; } }
const t = new Timer(); const ls = []; autorun(() => ls.push(t.label)); t.tick(); t.tick(); console.log(ls.join(','));
