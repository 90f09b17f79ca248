// require('constants') (graceful-fs, and so fs-extra, require it) and fs.constants's keys
const constants = require('constants');
console.log(Object.isFrozen(constants), constants === require('node:constants'));
console.log(constants.O_WRONLY, constants.O_RDWR, constants.O_CREAT, constants.S_IFMT, constants.SIGINT, constants.SIGTERM,
  constants.ENOENT, constants.EACCES, constants.RTLD_LAZY, constants.PRIORITY_LOW, constants.COPYFILE_EXCL);
console.log(constants.hasOwnProperty('O_SYMLINK'), Object.keys(require('fs').constants).join(' '));
