const { produce, enableMapSet } = require('immer'); enableMapSet();
const base = {todos: [{t: 'a', done: false}], m: new Map([['k', 1]])};
const next = produce(base, d => { d.todos[0].done = true; d.todos.push({t: 'b', done: false}); d.m.set('k', 2); });
console.log(JSON.stringify(next.todos), base.todos[0].done, next.m.get('k'), Object.isFrozen(next), next.todos[0] !== base.todos[0]);
