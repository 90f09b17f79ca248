const readline = require('readline');
const rlp = require('readline/promises');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', (name) => {
  console.log(`hello ${name}`);
  rl.close();
  const r2 = rlp.createInterface({ input: process.stdin, output: process.stdout });
  r2.question('age? ').then((age) => { console.log('age', age); r2.close(); });
});
rl.on('close', () => console.log('closed'));
