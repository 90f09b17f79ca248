const { Liquid } = require('liquidjs');
const engine = new Liquid();
engine.parseAndRender('{% for p in products %}{{ p.name | upcase }}: {{ p.price | times: 1.1 | round: 2 }}{% unless forloop.last %}, {% endunless %}{% endfor %} {{ "now" | size }}', {products: [{name: 'a', price: 10}, {name: 'b', price: 3.5}]}).then(console.log);
