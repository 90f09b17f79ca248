const CleanCSS = require('clean-css');
const csso = require('csso');
const css = `
/* header */
.a { color: #ff0000; margin: 0px 0px 0px 0px; background: url("x.png") no-repeat ; }
.b { color: red; }
.a { padding: 10px 10px; }
@media (max-width: 600px) { .c { font-weight: bold; font-weight: 700 } }
div > p ~ span:not(.x)::before { content: "\\201C"; transform: rotate( 45deg ) }
.d{}
`;
const out = new CleanCSS({ level: 2 }).minify(css);
console.log(out.styles, out.errors, out.warnings, out.stats.originalSize, out.stats.minifiedSize);
console.log(new CleanCSS({ level: 1, format: 'beautify' }).minify(css).styles);
console.log(csso.minify(css).css);
console.log(csso.minify(css, { restructure: false, comments: false }).css);
const ast = csso.syntax.parse('.x{color:rgb(255,0,0)}');
console.log(csso.syntax.generate(csso.syntax.compress(ast).ast));
