const { Command } = require('commander');
const p = new Command(); p.exitOverride(); p.name('tool').option('-d, --debug', 'debug').option('-p, --port <n>', 'port', parseInt, 80).argument('<file>').version('1.0.0');
p.parse(['node', 'tool', '-d', '--port', '8080', 'a.txt']);
console.log(JSON.stringify(p.opts()), p.args, p.helpInformation());
