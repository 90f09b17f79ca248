// svgo: optimise SVG documents with the default preset and custom plugins
import { optimize } from 'svgo';
const svg = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Generator: Some Editor -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100" version="1.1">
  <title>Example</title><desc>desc</desc>
  <defs><linearGradient id="grad1" x1="0%" y1="0%" x2="100%" y2="0%"><stop offset="0%" style="stop-color:rgb(255,255,0);stop-opacity:1" /><stop offset="100%" style="stop-color:rgb(255,0,0);stop-opacity:1" /></linearGradient>
  <style>.cls-1 { fill: #ff0000; stroke: #000000; } .unused { fill: blue }</style></defs>
  <g transform="translate(10, 10)"><g><rect x="10.000" y="10.500" width="50" height="50" fill="url(#grad1)" /></g>
  <path d="M 10 10 L 20 20 L 30 10 L 40 20 Z M 100.5000 50.25 C 110 60 120 60 130 50 S 150 40 160 50" class="cls-1" stroke-width="1.00"/>
  <circle cx="150" cy="50" r="20" fill="#FFFFFF" opacity="1" /><ellipse cx="50" cy="80" rx="10" ry="10"/>
  <polygon points="0,0 10,0 10,10 0,10"/><line x1="0" y1="0" x2="10" y2="10" stroke="black"/>
  <text x="10" y="90" font-family="Verdana" font-size="12">Hello   <tspan fill="red">SVG</tspan></text></g>
  <g id="empty"></g><use xlink:href="#grad1"/>
</svg>`;
const a = optimize(svg, { path: 'x.svg', multipass: true });
console.log(a.data.length, a.data);
const b = optimize(svg, { js2svg: { pretty: true, indent: 2 }, plugins: [{ name: 'preset-default', params: { overrides: { cleanupIds: false } } }, 'removeDimensions', 'sortAttrs', { name: 'convertPathData', params: { floatPrecision: 1 } }, 'prefixIds'] });
console.log(b.data);
const c = optimize(svg, { plugins: [{ name: 'custom', fn: () => ({ element: { enter(node) { if (node.name === 'circle') node.attributes.r = '99'; } } }) }, 'removeComments'] });
console.log(c.data.length, c.data.includes('r="99"'));
try { optimize('<svg><g></svg>'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
