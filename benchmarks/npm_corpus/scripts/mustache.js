const Mustache = require('mustache');
console.log(Mustache.render('Hi {{name}}! {{#items}}[{{.}}]{{/items}}{{^none}}none{{/none}} {{&html}}', {name: '<x>', items: [1,2,3], html: '<b>'}));
