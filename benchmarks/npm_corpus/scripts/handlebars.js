const Handlebars = require('handlebars');
Handlebars.registerHelper('up', s => s.toUpperCase());
const t = Handlebars.compile('{{#each people}}<p>{{up name}} is {{age}}{{#if @last}}.{{else}},{{/if}}</p>{{/each}} {{{raw}}} {{esc}}');
console.log(t({people: [{name: 'ann', age: 3}, {name: 'bob', age: 4}], raw: '<i>', esc: '<i>'}));
