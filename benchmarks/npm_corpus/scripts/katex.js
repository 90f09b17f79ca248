const katex = require('katex');
console.log(katex.renderToString('\\frac{a}{b} + \\sqrt{x^2} = \\sum_{i=0}^n i', {output: 'mathml'}));
try { katex.renderToString('\\frac{a'); } catch (e) { console.log(e.name, e.message); }
