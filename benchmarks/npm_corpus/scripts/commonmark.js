const commonmark = require('commonmark'); const { Remarkable } = require('remarkable'); const { linkify } = require('remarkable/linkify');
const src = `Setext *head*\n======\n\n* a\n* b\n\n    indented code\n\n<div>\nraw *html*\n</div>\n\n[ref]: /url "title"\n\nSee [ref] and <http://auto.link> & \\*escaped\\* \`co\`\`de\` ![img](x.png)\n\n> 1. one\n>    two\n\nhard  \nbreak\n\n***\n\n&copy; &#x27; \u00e9\n`;
const parsed = new commonmark.Parser({ smart: true }).parse(src);
console.log(new commonmark.HtmlRenderer({ sourcepos: true }).render(parsed));
console.log(new commonmark.XmlRenderer().render(parsed).split('\n').length);
const w = parsed.walker(); let ev, counts = {}; while ((ev = w.next())) if (ev.entering) counts[ev.node.type] = (counts[ev.node.type] || 0) + 1; console.log(JSON.stringify(counts));
const md = new Remarkable('full', { html: true, typographer: true }).use(linkify);
console.log(md.render(src + '\nfoo(c) -- bar... "quoted" www.example.com ==mark== ^sup^ ~sub~ ++ins++\n\nTerm\n: Def\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n[^n]\n\n[^n]: note'));
