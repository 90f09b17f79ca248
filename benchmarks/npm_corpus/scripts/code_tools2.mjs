import * as espree from 'espree';
import MagicString from 'magic-string';
const src = 'const f = async ({a = 1, ...r}, [b,, c]) => { for await (const x of y) label: { break label; } return a?.b ?? c ** 2; }; class K extends B { #p = 1; static { this.q = 2n; } get [k]() { return super.x; } }; <div a="1">{x}</div>;';
const ast = espree.parse(src, { ecmaVersion: 2024, sourceType: 'module', ecmaFeatures: { jsx: true }, loc: true, range: true, tokens: true, comment: true });
const kinds = {}; (function walk(n) { if (n && typeof n.type === 'string') { kinds[n.type] = (kinds[n.type] || 0) + 1; for (const k in n) if (k !== 'parent' && k !== 'loc' && k !== 'range') { const v = n[k]; if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object') walk(v); } } })(ast);
console.log(JSON.stringify(kinds));
console.log(ast.tokens.length, ast.tokens.slice(0, 12).map((t) => t.type + ':' + t.value).join(' '), JSON.stringify(ast.body[0].loc));
console.log(espree.tokenize('a /re/g / b `t${1}x`', { ecmaVersion: 2022 }).map((t) => t.type).join(), espree.latestEcmaVersion, espree.version.split('.').length);
try { espree.parse('let let = 1', { ecmaVersion: 2022 }); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.column); }
const s = new MagicString('export var answer = 42;\nconsole.log(answer)\n', { filename: 'in.js' });
s.overwrite(7, 10, 'const').appendLeft(25, '/*x*/').prepend('"use strict";\n').remove(0, 7).append('//end');
s.move(0, 7, s.original.length); s.indent('  ');
console.log(s.toString()); const map = s.generateMap({ hires: true, source: 'in.js', includeContent: true }); console.log(map.mappings, JSON.stringify(map.sources), map.toUrl().slice(0, 50));
const b = MagicString.Bundle ? new MagicString.Bundle() : null; if (b) { b.addSource({ filename: 'a.js', content: new MagicString('var a = 1;') }); b.addSource({ filename: 'b.js', content: new MagicString('var b = 2;') }); console.log(b.toString(), b.generateMap({ hires: true }).mappings); }
console.log(new MagicString('abcdef').snip(1, 4).toString(), new MagicString('  x\n  y').trimLines().toString(), new MagicString('a-b-c').replaceAll('-', '+').toString());
