const seedrandom = require('seedrandom');
const r = seedrandom('hello.'); console.log(r(), r(), r.int32(), seedrandom.alea('x')(), seedrandom.xor4096('y').quick());
