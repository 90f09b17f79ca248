const BN = require('bn.js');
const a = new BN('123456789abcdef0123456789', 16), b = new BN(987654321);
console.log(a.mul(b).toString(10), a.pow(new BN(3)).mod(b).toString(), a.invm(new BN(1000003)).toString(), a.shln(70).toString(36), a.neg().toTwos(128).toString(16), BN.red(new BN(13)).constructor.name);
