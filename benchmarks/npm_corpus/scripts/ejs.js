const ejs = require('ejs');
console.log(ejs.render('<ul><% for (const u of users) { %><li><%= u %></li><% } %></ul><%- raw %>', {users: ['a', '<b>'], raw: '<hr>'}));
