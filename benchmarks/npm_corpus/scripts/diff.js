const Diff = require('diff');
console.log(Diff.diffChars('kitten', 'sitting').map(p => (p.added ? '+' : p.removed ? '-' : '=') + p.value).join('|'));
console.log(Diff.createPatch('f.txt', 'a\nb\nc\nd\n', 'a\nB\nc\nd\ne\n', 'old', 'new'));
console.log(JSON.stringify(Diff.diffWords('the quick brown fox', 'the slow brown dog')));
