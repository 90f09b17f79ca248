import { lint } from 'markdownlint/sync';
const md = '#Bad heading\nSome text  \n\n\n* item\n+ other\n\n## Dup\n## Dup\n\n```\ncode\n```\n[link]( http://x )\n<div>html</div>\nLine with trailing tab\t\n';
const res = lint({ strings: { doc: md }, config: { default: true, 'line-length': { line_length: 20 } } });
for (const r of res.doc) console.log(r.lineNumber, r.ruleNames.join('/'), r.ruleDescription, r.errorDetail || '', JSON.stringify(r.errorRange));
console.log(res.toString().split('\n').length);
