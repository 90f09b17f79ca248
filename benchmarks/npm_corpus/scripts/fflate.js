const fflate = require('fflate');
const data = fflate.strToU8('fflate fflate fflate '.repeat(30));
const z = fflate.zlibSync(data, {level: 6}); console.log(z.length, fflate.strFromU8(fflate.unzlibSync(z)).length);
const zipped = fflate.zipSync({'a.txt': fflate.strToU8('aaa'), 'dir/b.txt': fflate.strToU8('bbb')}, {mtime: new Date(2020, 0, 1)});
console.log(Object.keys(fflate.unzipSync(zipped)), Array.from(fflate.gzipSync(fflate.strToU8('x'), {mtime: 0})).length);
