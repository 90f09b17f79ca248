const _ = require('underscore');
console.log(_.map([1,2,3], x => x * 3), _.pluck([{n:1},{n:2}], 'n'));
console.log(_.template('<% _.each(xs, function(x){ %><li><%- x %></li><% }); %>')({xs: ['a','<b>']}));
console.log(_.shuffle.length, _.intersection([1,2,3],[2,3,4]), _.flatten([1,[2,[3]]]));
console.log(_.countBy([1,2,3,4], n => n % 2 ? 'odd' : 'even'), _.invert({a:'x'}));
