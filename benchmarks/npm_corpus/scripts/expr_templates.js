const { Parser } = require('expr-eval');
const jsonata = require('jsonata');
const { Eta } = require('eta');
const Hogan = require('hogan.js');
const cronstrue = require('cronstrue');
const parser = new Parser();
console.log(parser.evaluate('2 ^ 10 + sqrt(16) * x', { x: 3 }), parser.parse('x * (y + 2)').simplify({ y: 3 }).toString(), parser.parse('f(a) = a * 2; f(21)').evaluate(), parser.parse('sin(x)^2 + cos(x)^2').evaluate({ x: 1.234 }), parser.parse('a > 2 ? "big" : "small"').evaluate({ a: 5 }), parser.parse('x + y').variables().join(','), parser.parse('[1, 2, 3] || [4]').evaluate().join('|'));
try { parser.parse('2 + + )'); } catch (e) { console.log(e.message); }
const data = { orders: [{ id: 1, items: [{ p: 'a', q: 2, price: 3.5 }, { p: 'b', q: 1, price: 10 }] }, { id: 2, items: [{ p: 'a', q: 5, price: 3.5 }] }], name: 'Shop' };
(async () => {
  for (const e of ['$sum(orders.items.(q * price))', 'orders.items[p = "a"].q', 'orders{ $string(id): $sum(items.q) }', '$uppercase(name) & " has " & $count(orders) & " orders"', 'orders.items^(>price).p', '$map([1,2,3], function($v) { $v * $v })', '$sort(orders.items.p) ~> $distinct()']) {
    console.log(e, '=>', JSON.stringify(await jsonata(e).evaluate(data)));
  }
  try { jsonata('orders[').evaluate(data); } catch (e) { console.log(e.code, e.message); }
  const eta = new Eta();
  console.log(eta.renderString('<h1><%= it.title %></h1><% it.items.forEach(function(i){ %><li><%= i %></li><% }) %><%~ it.raw %>', { title: 'A & B', items: ['x', '<y>'], raw: '<b>' }));
  const t = Hogan.compile('Hello {{name}}! {{#items}}[{{.}}]{{/items}}{{^none}}empty{{/none}} {{{html}}} {{> part}}');
  console.log(t.render({ name: 'W', items: [1, 2], html: '<i>', none: [] }, { part: 'partial {{name}}' }));
  console.log(['*/5 * * * *', '0 23 ? * MON-FRI', '30 11 * * 1,3', '0 0 1 1 *', '@hourly'].map(c => { try { return cronstrue.toString(c); } catch (e) { return 'ERR ' + e; } }).join(' | '));
})();
