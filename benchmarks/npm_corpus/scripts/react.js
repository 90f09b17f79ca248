const React = require('react'); const { renderToString, renderToStaticMarkup } = require('react-dom/server');
function C({n}) { const [s] = React.useState(n * 2); return React.createElement('div', {className: 'c', 'data-x': s}, 'n=', n, React.createElement('span', null, s)); }
console.log(renderToStaticMarkup(React.createElement(C, {n: 3})), renderToString(React.createElement('p', null, 'x', 'y')));
