// javascript-obfuscator (seeded): obfuscate, then run the result
const JavaScriptObfuscator = require('javascript-obfuscator');
const src = `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
class Greeter { constructor(name) { this.name = name; } greet() { return 'Hello, ' + this.name + '!'; } }
const out = [fib(15), new Greeter('world').greet(), [1, 2, 3].map(x => x * 2).join('-'), JSON.stringify({ a: 'secret', b: [true, null] })];
out.join(' | ');`;
for (const opts of [{ seed: 1 }, { seed: 2, compact: false, controlFlowFlattening: true, controlFlowFlatteningThreshold: 1, stringArray: true, stringArrayEncoding: ['base64'], stringArrayThreshold: 1 },
  { seed: 3, renameGlobals: true, identifierNamesGenerator: 'mangled', deadCodeInjection: true, deadCodeInjectionThreshold: 0.5, splitStrings: true, splitStringsChunkLength: 3, numbersToExpressions: true, transformObjectKeys: true, unicodeEscapeSequence: true }]) {
  const res = JavaScriptObfuscator.obfuscate(src, opts);
  const code = res.getObfuscatedCode();
  console.log(code.length, code.slice(0, 160));
  console.log((0, eval)(code));
}
const multi = JavaScriptObfuscator.obfuscateMultiple({ a: 'var x = 1 + 2; x * 3;', b: 'const s = "abc"; s.toUpperCase();' }, { seed: 9, stringArray: true, stringArrayThreshold: 1 });
for (const k of Object.keys(multi)) console.log(k, (0, eval)(multi[k].getObfuscatedCode()));
console.log(JSON.stringify(JavaScriptObfuscator.getOptionsByPreset('high-obfuscation')).length);
try { JavaScriptObfuscator.obfuscate('let = ;', { seed: 1 }); } catch (e) { console.log(e.message.split('\n')[0]); }
