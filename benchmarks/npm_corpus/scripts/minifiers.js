const { minify } = require('html-minifier-terser'); const postcss = require('postcss'); const cssnano = require('cssnano'); const autoprefixer = require('autoprefixer');
const html = `<!DOCTYPE html><html><head><title> T </title><style>  body { color : red ; margin: 0px 0px 0px 0px }  </style><script>  var x = 1 + 2; function f ( a ) { return a * x ; }  </script></head>
<body>  <!-- comment -->  <p class="  a   b  " id="x" disabled="disabled">  Hello   <b> world </b>  </p>
<input type="text" value=""><a href="http://example.com/">l</a></body></html>`;
(async () => {
  console.log(await minify(html, { collapseWhitespace: true, removeComments: true, minifyCSS: true, minifyJS: true, collapseBooleanAttributes: true, removeRedundantAttributes: true, removeAttributeQuotes: true, removeEmptyAttributes: true, useShortDoctype: true, sortClassName: true }));
  const css = `.a { display: flex; user-select: none; transition: transform 1s; color: #ff0000; margin: 10px 10px 10px 10px; } .a { background: linear-gradient(to right, red, blue); } @media (min-resolution: 2dppx) { .b { mask: url(x.png) } } .c::placeholder { color: rgba(0,0,0,1.0) } :fullscreen a { font-weight: normal }`;
  const r1 = await postcss([autoprefixer({ overrideBrowserslist: ['ie 10', 'safari 8', 'firefox 20'] })]).process(css, { from: undefined }); console.log(r1.css); console.log(r1.warnings().length);
  const r2 = await postcss([cssnano({ preset: 'default' })]).process(css, { from: undefined }); console.log(r2.css);
})();
