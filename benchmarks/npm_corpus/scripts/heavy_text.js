// Text libraries over larger inputs: markdown, YAML, CSV, HTML, diffs.
const md = require('markdown-it')(); const yaml = require('js-yaml'); const Papa = require('papaparse'); const Diff = require('diff'); const htmlparser2 = require('htmlparser2');
let doc = ''; for (let i = 0; i < 300; i++) doc += `## Section ${i}\n\nSome *text* with [a link](http://x/${i}) and \`code ${i}\` and **bold _nested ${i}_**.\n\n- item ${i}\n- item ${i + 1}\n\n`;
const html = md.render(doc); console.log(html.length, html.slice(-80));
const obj = {list: Array.from({length: 400}, (_, i) => ({id: i, name: 'n' + i, tags: ['a', 'b' + i], nested: {x: i / 7, y: i % 3 === 0}}))};
const y = yaml.dump(obj); console.log(y.length, JSON.stringify(yaml.load(y)) === JSON.stringify(obj));
const csv = Papa.unparse(obj.list.map(o => ({id: o.id, name: o.name, x: o.nested.x}))); console.log(csv.length, Papa.parse(csv, {header: true, dynamicTyping: true}).data[399]);
const a = Array.from({length: 500}, (_, i) => 'line ' + i).join('\n'), b = a.replace(/line (\d*7)\b/g, 'LINE $1'); console.log(Diff.createTwoFilesPatch('a', 'b', a, b).length);
let count = 0; const p = new htmlparser2.Parser({onopentag() { count++; }}); p.write(html); p.end(); console.log('tags', count);
