const pug = require('pug');
console.log(pug.render('doctype html\nhtml\n  body\n    h1#t.x Hello #{name}\n    each i in items\n      li= i\n    if flag\n      p yes', {name: 'W<', items: [1, 2], flag: true}));
