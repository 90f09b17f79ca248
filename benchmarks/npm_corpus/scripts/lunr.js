const lunr = require('lunr');
const idx = lunr(function () { this.ref('id'); this.field('body'); [{id: 1, body: 'the quick brown fox jumps'}, {id: 2, body: 'lazy dogs sleeping'}, {id: 3, body: 'foxes running quickly'}].forEach(d => this.add(d), this); });
console.log(JSON.stringify(idx.search('fox*')), JSON.stringify(idx.search('quick~1 -lazy')));
