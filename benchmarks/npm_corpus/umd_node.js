// Runs one UMD bundle in a new context with node's vm and prints the expression's value.
const vm = require('vm'); const fs = require('fs');
const [file, expr] = process.argv.slice(2);
const ctx = vm.createContext({});
vm.runInContext(fs.readFileSync(file, 'utf8'), ctx, {filename: file});
console.log(String(vm.runInContext(expr, ctx)));
