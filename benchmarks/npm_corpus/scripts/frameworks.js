require('reflect-metadata');
const { Container, injectable, inject } = require('inversify');
const { plainToInstance, Type, Expose } = require('class-transformer');
const { reactive, effect, computed, ref } = require('@vue/reactivity');
const { makeAutoObservable, autorun, runInAction } = require('mobx');
const { configureStore, createSlice } = require('@reduxjs/toolkit');
const tslib = require('tslib'); const co = require('co');
const state = reactive({count: 1, list: [1, 2]}); const dbl = computed(() => state.count * 2); const log = [];
effect(() => log.push(state.count + ':' + dbl.value + ':' + state.list.length)); state.count++; state.list.push(3); const r = ref(5); r.value++; console.log(log, r.value);
class Store { n = 0; constructor() { makeAutoObservable(this); } get sq() { return this.n * this.n; } inc() { this.n++; } }
const s = new Store(); const seen = []; autorun(() => seen.push(s.sq)); s.inc(); s.inc(); runInAction(() => { s.n = 10; }); console.log(seen);
const slice = createSlice({name: 'c', initialState: {v: 0, items: []}, reducers: {add(st, a) { st.v += a.payload; st.items.push(a.payload); }}});
const store = configureStore({reducer: slice.reducer}); store.dispatch(slice.actions.add(3)); store.dispatch(slice.actions.add(4)); console.log(JSON.stringify(store.getState()), slice.actions.add.type);
const Dec = tslib.__decorate; function logm(t, k, d) { const o = d.value; d.value = function (...a) { return 'wrapped:' + o.apply(this, a); }; return d; }
class Svc { hi(x) { return 'hi ' + x; } } Dec([logm, tslib.__metadata('design:type', Function)], Svc.prototype, 'hi', null);
console.log(new Svc().hi('a'), Reflect.getMetadata('design:type', Svc.prototype, 'hi') === Function);
const TYPES = {W: Symbol.for('W')};
class Weapon { hit() { return 'cut'; } } Dec([injectable()], Weapon);
class Ninja { constructor(w) { this.w = w; } fight() { return this.w.hit(); } } Dec([injectable(), tslib.__param(0, inject(TYPES.W)), tslib.__metadata('design:paramtypes', [Object])], Ninja);
const c = new Container(); c.bind(TYPES.W).to(Weapon); c.bind(Ninja).toSelf(); console.log(c.get(Ninja).fight());
class Photo { constructor() { this.id = 0; } } class Album { getFirst() { return this.photos[0]; } } Dec([Type(() => Photo), tslib.__metadata('design:type', Array)], Album.prototype, 'photos', void 0);
const al = plainToInstance(Album, {photos: [{id: 1}]}); console.log(al instanceof Album, al.photos[0] instanceof Photo, al.getFirst().id);
tslib.__awaiter(void 0, void 0, void 0, function* () { const a = yield Promise.resolve(1); const b = yield 2; return a + b; }).then(v => console.log('awaiter', v));
co(function* () { const [a, b] = yield [Promise.resolve(1), Promise.resolve(2)]; const o = yield {x: Promise.resolve(3)}; return a + b + o.x; }).then(v => console.log('co', v));
const gen = tslib.__generator(void 0, function (_a) { switch (_a.label) { case 0: return [4, 1]; case 1: _a.sent(); return [4, 2]; case 2: return [2, 'done']; } });
console.log(gen.next(), gen.next('x'), gen.next('y'));
console.log(tslib.__spreadArray([1], [2, 3], false), tslib.__assign({a: 1}, {b: 2}), tslib.__rest({a: 1, b: 2, c: 3}, ['a']));
class Base { constructor() { this.x = 1; } } const D = (function (_super) { tslib.__extends(D, _super); function D() { var _this = _super.call(this) || this; _this.y = 2; return _this; } return D; })(Base);
try { console.log(new D()); } catch (e) { console.log('extends', e.constructor.name, e.message); }
