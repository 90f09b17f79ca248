import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { micromark } from 'micromark';
const md = '# Title *em*\n\nSome `code` and [link](http://x.y "t") and ![img](a.png).\n\n- one\n- two\n  1. nested\n\n> quote\n\n```js\nlet a = 1;\n```\n\n***\n\nhard  \nbreak &amp; &copy; <span>raw</span>\n';
console.log(micromark(md));
console.log(micromark('<b>x</b> *y*', { allowDangerousHtml: true }));
const file = await remark().use(remarkHtml).process(md); console.log(String(file));
const tree = remark().parse(md); const types = []; (function w(n) { types.push(n.type); (n.children || []).forEach(w); })(tree); console.log(types.join(','));
console.log(remark().stringify(tree));
