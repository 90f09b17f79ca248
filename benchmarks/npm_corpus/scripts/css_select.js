const { parseDocument } = require('htmlparser2'); const CSSselect = require('css-select'); const du = require('domutils'); const { parse: cssWhat } = require('css-what');
const doc = parseDocument('<html><body><div id="a" class="x y"><p lang="en-US">one<b>bold</b></p><p>two</p><ul><li>1</li><li class="y">2</li><li>3</li><li>4</li></ul></div><input type="checkbox" checked><a href="http://e.com/x.pdf" title="T">link</a><!-- c --></body></html>');
const sel = (q) => CSSselect.selectAll(q, doc).map((e) => e.name + (e.attribs.id ? '#' + e.attribs.id : '') + '[' + du.textContent(e) + ']').join(' ');
for (const q of ['div.x > p', 'p:first-child', 'li:nth-child(2n+1)', 'li:nth-last-of-type(2)', 'li:not(.y)', ':is(b, a)', 'p:has(b)', '[lang|=en]', 'a[href$=".pdf" i]', 'input:checked', 'p + ul > li:last-child', 'p ~ ul', '*:empty', 'li:contains(3)', 'div :nth-child(even of li)', '[title]'])
  console.log(q, '=>', sel(q));
console.log(CSSselect.is(du.getElementById('a', doc.children), '.y'), du.getOuterHTML(CSSselect.selectOne('ul', doc)), du.getElementsByTagName('li', doc).length, du.findAll((e) => e.attribs.class === 'y', doc.children).length);
console.log(JSON.stringify(cssWhat('a:not([x~="q"]) > b::before, c:nth-child(2n+1 of .z)')));
try { CSSselect.selectAll('p:bogus', doc); } catch (e) { console.log(e.constructor.name, e.message); }
