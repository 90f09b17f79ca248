const ini = require('ini');
const o = ini.parse('; c\na=1\n[sec]\nb = true\nc[] = x\nc[] = y\n[sec.sub]\nd="q"\n');
console.log(JSON.stringify(o)); console.log(ini.stringify(o));
