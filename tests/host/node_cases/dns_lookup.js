// dns.lookup through getaddrinfo: IP literals, localhost by family, all, errors, promises
const dns = require('dns');
const dnsPromises = require('dns/promises');
console.log(dnsPromises === dns.promises, dns.NOTFOUND, dns.NOTIMP, dns.ADDRCONFIG, dns.getDefaultResultOrder());
const steps = [
  (next) => dns.lookup('127.0.0.1', (err, address, family) => { console.log(err, address, family); next(); }),
  (next) => dns.lookup('::1', { all: true }, (err, list) => { console.log(err, list); next(); }),
  (next) => dns.lookup('localhost', 4, (err, address, family) => { console.log(err, address, family); next(); }),
  (next) => dns.lookup('localhost', { family: 4, all: true }, (err, list) => { console.log(err, list); next(); }),
  (next) => dns.lookup('', (err, address, family) => { console.log(err, address, family); next(); }),
  (next) => dns.lookup('no-such-host.invalid', (err) => {
    console.log(err.code, err.errno, err.syscall, err.hostname, err.message); next();
  }),
  (next) => dns.promises.lookup('127.0.0.1').then((r) => { console.log(r); next(); }),
  (next) => dns.promises.lookup('localhost', { family: 4, all: true }).then((r) => { console.log(r); next(); }),
  (next) => dns.promises.lookup('no-such-host.invalid').catch((e) => { console.log('rejected', e.code); next(); }),
];
let sync = true;
function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); }
dns.lookup('127.0.0.1', () => console.log('callback after sync code:', !sync));
sync = false;
run(0);
try { dns.lookup(1, () => {}); } catch (e) { console.log(e.code); }
try { dns.lookup('x', { family: 5 }, () => {}); } catch (e) { console.log(e.code, e.message); }
