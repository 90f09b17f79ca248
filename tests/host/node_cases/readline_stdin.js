const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (l) => { n++; console.log('line', JSON.stringify(l)); });
rl.on('close', () => console.log('close', n));
process.stdout.write('written\n');
