const { h } = require('preact'); const render = require('preact-render-to-string');
const App = ({items}) => h('ul', {class: 'x'}, items.map(i => h('li', {key: i, style: {color: 'red', fontSize: 3}}, i, h('br'))));
console.log(render(h(App, {items: ['a', '<b>']})));
