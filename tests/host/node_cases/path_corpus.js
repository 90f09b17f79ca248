const path = require('path');
const inputs = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a//b', '/a/b/', '/a/b/../c', 'a/./b', '../a', '../../a/b', 'a/..', 'a/../..', '/..', '/../a',
  '.bashrc', 'file.txt', 'file.tar.gz', 'a.', 'a..', '..a', '.a.b', '/x/y.js/', 'dir/.hidden', '//a', '//a/b', 'a\\b', 'C:\\x\\y.txt', 'C:', 'C:x', 'C:\\', '\\\\srv\\share\\f', '\\\\srv\\share', '/a//b//c/', 'x/y/z/..', './', './a'];
const out = [];
for (const P of [path.posix, path.win32]) {
  for (const f of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse']) {
    for (const i of inputs) { out.push([P === path.posix ? 'p' : 'w', f, i, P[f](i)]); }
  }
  for (const i of inputs) for (const j of ['', 'b', '../c', '/d', 'e/', 'C:\\f']) {
    out.push(['join', i, j, P.join(i, j)]);
    if (P === path.posix || !/^(\/|$)/.test(i)) out.push(['rel', i, j, P.relative('/r/' + i, '/r/' + j)]);
    if (P === path.posix) out.push(['res', i, j, P.resolve('/base/x', i, j), ((r) => r.startsWith(process.cwd()) ? r.slice(process.cwd().length) : 'outside')(P.resolve(i, j))]);
  }
  out.push(P.basename('aaa', 'a'), P.basename('a', 'a'), P.basename('a.js', '.js'), P.basename('/x/a.js/', '.js'), P.basename('x.js', 'js'));
  out.push(P.format({ root: '/', dir: '/h', base: 'f.txt' }), P.format({ name: 'n', ext: 'e' }), P.format({ root: '/', name: 'n', ext: '.e' }));
  out.push(P.sep, P.delimiter, P.join(), P.resolve() === P.resolve('.'));
}
for (const x of out) console.log(JSON.stringify(x));
