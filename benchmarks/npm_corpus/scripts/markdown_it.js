const md = require('markdown-it')({linkify: true, typographer: true});
console.log(md.render('# Title\n\n> quote "smart" -- dash\n\n1. one\n2. two\n\nVisit https://example.com now.\n\n~~strike~~ <b>raw</b>'));
