// node's console: own enumerable methods in node's order, tagged 'console'.
const skip = ['Console', 'context', 'createTask'];  // not provided by pyjsvm
console.log(Object.keys(console).filter((k) => !skip.includes(k)).join());
console.log(Object.prototype.toString.call(console), String(console));
const d = Object.getOwnPropertyDescriptor(console, 'log');
console.log(d.writable, d.enumerable, d.configurable, console.groupCollapsed.name);
console.log(require('util').inspect(console).split('\n')[0]);
