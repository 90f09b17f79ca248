const os = require('os');
console.log(os.EOL === '\n', os.platform() === process.platform, os.arch() === process.arch, os.type());
console.log(typeof os.hostname(), os.homedir().length > 0, os.tmpdir().length > 0, os.endianness());
console.log(os.cpus().length === os.availableParallelism() || os.cpus().length > 0, Object.keys(os.cpus()[0]));
console.log(os.totalmem() > os.freemem(), os.uptime() > 0, os.loadavg().length, typeof os.release());
console.log(Object.keys(os.userInfo()), os.constants.signals.SIGINT, os.constants.errno.ENOENT, os.devNull);
console.log(Object.keys(require('os').constants), require('os').constants.dlopen, require('os').constants.priority, require('os').constants.UV_UDP_REUSEADDR);
