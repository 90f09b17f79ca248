// flags: --permission --allow-fs-read=.
const fs = require('fs');
const show = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.code, e.permission, JSON.stringify(e.resource), e.message); } };
show(() => fs.readFileSync(__filename, 'utf8').length > 0);
show(() => fs.readFileSync('/etc/hostname', 'utf8').length > 0);
show(() => fs.writeFileSync(__dirname + '/w.txt', 'x'));
show(() => fs.existsSync('/etc/hostname'));
show(() => fs.readdirSync('/etc').length > 0);
show(() => process.permission.has('fs.read', __filename));
show(() => process.permission.has('fs.read', '/etc'));
show(() => process.permission.has('fs.write'));
show(() => process.permission.has('child'));
show(() => require('child_process').execSync('echo hi'));
show(() => require('./_helper_absent'));
