const fse = require('fs-extra'); const path = require('path'); const { globSync } = require('glob'); const yargs = require('yargs/yargs');
const root = path.join(__dirname, 'fs_tmp'); fse.removeSync(root);
fse.outputFileSync(path.join(root, 'a/b/c.txt'), 'hello'); fse.outputJsonSync(path.join(root, 'a/d.json'), {x: 1}, {spaces: 2}); fse.copySync(path.join(root, 'a'), path.join(root, 'copy'));
fse.ensureDirSync(path.join(root, 'empty')); fse.moveSync(path.join(root, 'copy/d.json'), path.join(root, 'moved.json'));
console.log(globSync('**/*', {cwd: root, dot: true}).sort(), fse.readJsonSync(path.join(root, 'moved.json')), fse.pathExistsSync(path.join(root, 'copy/d.json')));
console.log(globSync('**/*.txt', {cwd: root, withFileTypes: true}).map(p => p.name + ':' + p.isFile()).sort());
const argv = yargs(['serve', '--port', '8080', '-v', '--tags', 'a', 'b']).command('serve', 'start', y => y.option('port', {type: 'number'})).option('v', {alias: 'verbose', type: 'boolean'}).option('tags', {type: 'array'}).strict().parseSync();
console.log(argv._, argv.port, argv.verbose, argv.tags);
(async () => { await fse.writeFile(path.join(root, 'p.txt'), 'x'); const st = await fse.stat(path.join(root, 'p.txt')); console.log('async', st.size, st.isFile()); await fse.remove(root); console.log('removed', fse.existsSync(root)); })();
