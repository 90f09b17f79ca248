const showdown = require('showdown');
console.log(new showdown.Converter({tables: true, strikethrough: true}).makeHtml('## Hi\n\n* a\n* b\n\n~~x~~ | t\n--|--\n1|2\n\n    code\n'));
