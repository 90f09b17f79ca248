const { minimatch } = require('minimatch'); const pm = require('picomatch');
console.log(minimatch('a/b/c.js', '**/*.js'), minimatch('a/.b', 'a/*'), minimatch('x.ts', '*.{js,ts}'), minimatch.makeRe('a/+(b|c)/*.md').source);
console.log(pm('**/*.{js,md}')('src/a/b.md'), pm.makeRe('foo/!(bar)/*').source, pm.scan('!./foo/*.js').base);
