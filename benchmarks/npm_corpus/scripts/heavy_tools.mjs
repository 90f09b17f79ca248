// Tools over real code: terser minifies, prettier formats, typescript type-checks.
import { minify } from 'terser'; import * as prettier from 'prettier/standalone'; import * as babel from 'prettier/plugins/babel'; import * as estree from 'prettier/plugins/estree';
import { createRequire } from 'node:module'; import fs from 'node:fs';
const require = createRequire(import.meta.url); const ts = require('typescript');
const src = fs.readFileSync(require.resolve('semver/classes/range.js'), 'utf8');
const m = await minify(src, {compress: true, mangle: true}); console.log(m.code.length, m.code.slice(0, 120));
const f = await prettier.format(m.code, {parser: 'babel', plugins: [babel, estree]}); console.log(f.length, f.split('\n').length);
const code = 'function f(a: number, b: string): boolean { return a > b.length; }\nconst x: number = f(1, 2);\nlet y: string[] = [1];\n';
const host = ts.createCompilerHost({}); const orig = host.getSourceFile;
host.getSourceFile = (name, lv) => name === 'm.ts' ? ts.createSourceFile(name, code, lv) : orig.call(host, name, lv);
const prog = ts.createProgram(['m.ts'], {noLib: true, strict: true, types: []}, host);
console.log(ts.getPreEmitDiagnostics(prog).map(d => d.code + ': ' + ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('\n'));
