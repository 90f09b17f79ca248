const postcss = require('postcss');
const root = postcss.parse('a { color: red; /* c */ } @media (max-width: 10px) { .b { margin: 0 } }');
root.walkDecls(d => { d.value = d.value.toUpperCase(); });
console.log(root.toString(), root.nodes.length, root.first.selector);
