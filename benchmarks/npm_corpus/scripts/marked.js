const { marked } = require('marked');
console.log(marked.parse('# Hello\n\nSome *emph* and **strong** `code`.\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```js\nlet x = 1;\n```\n[link](http://x.com "t")'));
