const { types, getSnapshot, onSnapshot, onPatch, applySnapshot, destroy, clone, getParent, getPath, flow, addMiddleware, unprotect } = require('mobx-state-tree');
const { autorun, reaction } = require('mobx');
const Todo = types.model('Todo', { id: types.identifier, title: types.string, done: false, tags: types.array(types.string) })
  .actions((self) => ({ toggle() { self.done = !self.done; }, rename(t) { self.title = t; } }))
  .views((self) => ({ get label() { return (self.done ? '[x] ' : '[ ] ') + self.title; } }));
const Store = types.model('Store', { todos: types.array(Todo), selected: types.maybe(types.reference(Todo)), kind: types.enumeration(['a', 'b']), n: types.optional(types.number, 0) })
  .views((self) => ({ get open() { return self.todos.filter((t) => !t.done).length; } }))
  .actions((self) => ({ add(id, title) { self.todos.push({ id, title }); }, select(id) { self.selected = id; }, load: flow(function* () { yield new Promise((r) => setTimeout(r, 5)); self.n = 42; return 'loaded'; }) }));
const s = Store.create({ todos: [{ id: 'a', title: 'one' }], kind: 'a' });
const log = [];
onSnapshot(s, (snap) => log.push('snap ' + snap.todos.length));
onPatch(s, (p) => log.push('patch ' + JSON.stringify(p)));
autorun(() => log.push('open=' + s.open));
addMiddleware(s, (call, next) => { log.push('mw ' + call.name + '(' + call.args.join(',') + ')'); return next(call); });
s.add('b', 'two'); s.todos[0].toggle(); s.select('b'); s.selected.rename('TWO');
console.log(s.todos.map((t) => t.label).join(' ; '), s.selected.title, getPath(s.todos[1]), getParent(s.todos[1]) === s.todos);
console.log(JSON.stringify(getSnapshot(s)));
try { s.todos[0].title = 'x'; } catch (e) { console.log('protected', e.message.slice(0, 60)); }
try { Store.create({ todos: [{ id: 1 }], kind: 'z' }); } catch (e) { console.log(e.message.split('\n').slice(0, 3).join(' / ')); }
console.log(Todo.is({ id: 'x', title: 'y' }), Todo.is({ id: 'x' }), String(types.union(types.string, types.number).describe()));
const c = clone(s); applySnapshot(c, { todos: [], kind: 'b' }); console.log(c.open, c.kind, s.open);
s.load().then((r) => { console.log(r, s.n); console.log(log.join('\n')); destroy(s); });
