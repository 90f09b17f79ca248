const htmlparser2 = require('htmlparser2');
const out = [];
const p = new htmlparser2.Parser({onopentag(n, a) { out.push('open ' + n + ' ' + JSON.stringify(a)); }, ontext(t) { out.push('text ' + JSON.stringify(t)); }, onclosetag(n) { out.push('close ' + n); }});
p.write('<div class="a"><p>Hi <b>there</b><br>x</p><script>if (a<b) {}</script></div>'); p.end();
console.log(out.join('\n'));
const dom = htmlparser2.parseDocument('<ul><li>1</li><li>2</li></ul>'); console.log(dom.children[0].children.length);
