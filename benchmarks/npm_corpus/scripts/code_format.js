const { format } = require('sql-formatter');
const { Parser } = require('node-sql-parser');
const beautify = require('js-beautify');
const Prism = require('prismjs');
const sql = "select a.id, count(*) as n, max(b.v) from users a left join orders b on a.id = b.uid where a.age > 18 and b.status in ('x', 'y') group by a.id having count(*) > 2 order by n desc limit 10";
console.log(format(sql));
console.log(format(sql, { language: 'postgresql', keywordCase: 'upper', tabWidth: 4 }));
const parser = new Parser();
const ast = parser.astify('SELECT id, name FROM t WHERE x = 1 AND y LIKE "%a%" ORDER BY id LIMIT 5');
console.log(JSON.stringify(ast).length, ast.type, ast.columns.length, parser.sqlify(ast));
console.log(JSON.stringify(parser.tableList('INSERT INTO a SELECT * FROM b JOIN c ON b.x = c.y')), JSON.stringify(parser.columnList('SELECT x, y FROM t')));
try { parser.astify('SELEC * FRM'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
console.log(beautify.js('function f(a,b){if(a){return b}else{for(var i=0;i<3;i++){console.log(i)}}}var x={a:1,b:[1,2,3]};', { indent_size: 2 }));
console.log(beautify.css('.a{color:red;margin:0}@media(x){.b{c:d}}'));
console.log(beautify.html('<div><p>Hi<span>there</span></p><ul><li>a</li></ul></div>'));
console.log(Prism.highlight('const x = 1 + "s"; // c\nfunction f() { return /re/g; }', Prism.languages.javascript, 'javascript'));
console.log(Prism.highlight('<a href="x">t</a>', Prism.languages.markup, 'markup'));
