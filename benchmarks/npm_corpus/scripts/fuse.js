const Fuse = require('fuse.js');
const f = new Fuse([{title: 'Old Man\'s War', author: 'John Scalzi'}, {title: 'The Lock Artist', author: 'Steve'}, {title: 'HTML5', author: 'Remy'}], {keys: ['title', 'author'], includeScore: true});
console.log(JSON.stringify(f.search('jon scalz')), JSON.stringify(f.search('lock')));
