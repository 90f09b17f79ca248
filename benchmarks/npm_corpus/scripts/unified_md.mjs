import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
const src = `# Title *emph* and **strong**

Some \`code\` and a [link](http://x.y "t") plus ~~strike~~.

| a | b |
|:-:|--:|
| 1 | 2 |

- [ ] todo
- [x] done
  1. nested
  2. list

> quote with footnote[^1]

[^1]: the note

\`\`\`js
let x = 1;
\`\`\`
`;
const proc = unified().use(remarkParse).use(remarkGfm);
const tree = proc.parse(src);
const walk = (n, d = 0, acc = []) => { acc.push('  '.repeat(d) + n.type + (n.value !== undefined ? ':' + JSON.stringify(n.value) : '') + (n.position ? '@' + n.position.start.line + ':' + n.position.start.column : '')); (n.children || []).forEach((c) => walk(c, d + 1, acc)); return acc; };
console.log(walk(tree).join('\n'));
const out = await unified().use(remarkParse).use(remarkGfm).use(remarkStringify, { bullet: '*', emphasis: '_' }).process(src);
console.log(String(out));
