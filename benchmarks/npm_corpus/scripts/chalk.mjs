import chalk, { Chalk } from 'chalk';
const c = new Chalk({level: 2});
console.log(JSON.stringify(c.red.bold('hi')), JSON.stringify(c.bgBlue.hex('#ff8800')('x')), JSON.stringify(c.rgb(10, 20, 30).underline('y')));
console.log(typeof chalk.level);
