const YAML = require('yaml');
console.log(JSON.stringify(YAML.parse('%YAML 1.2\n---\nkey: [1, 2.5, "s"]\nmap: {a: b}\nbool: true\n')));
console.log(YAML.stringify({a: 1, list: ['x', {y: 2}], str: 'with: colon'}));
const doc = YAML.parseDocument('# c\na: 1 # trailing\n'); doc.set('b', 2); console.log(String(doc));
