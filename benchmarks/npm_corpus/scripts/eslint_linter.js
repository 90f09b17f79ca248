const { Linter } = require('eslint');
const linter = new Linter({ configType: 'flat' });
const code = 'var a = 1; let b = 2; if (a == b) { console.log("x") }\nfunction f(x, x2) { return; unreachable(); }\nconst o = { k: 1, k: 2 };\nwhile (true) {}\nnew Promise(async (r) => r());\n';
const config = [{ languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: { console: 'readonly' } }, rules: { 'no-unused-vars': 'error', eqeqeq: 'error', 'no-var': 'warn', 'prefer-const': 'error', 'no-unreachable': 'error', 'no-dupe-keys': 'error', 'no-constant-condition': 'error', 'no-async-promise-executor': 'error', semi: ['error', 'always'], quotes: ['error', 'single'], 'no-undef': 'error', curly: 'error', 'no-empty': 'error' } }];
const msgs = linter.verify(code, config, 'f.js');
for (const m of msgs) console.log(`${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`);
const fixed = linter.verifyAndFix(code, config, 'f.js'); console.log(fixed.fixed, JSON.stringify(fixed.output), fixed.messages.length);
console.log(JSON.stringify(linter.verify('let x = ;', config)));
const src2 = '/* eslint no-alert: "error" */\nalert(1); // eslint-disable-line no-undef\n'; console.log(JSON.stringify(linter.verify(src2, [{ rules: { 'no-undef': 'error' } }]).map((m) => m.ruleId + ':' + m.line)));
