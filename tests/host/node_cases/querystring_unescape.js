// querystring.unescape of text that is not valid percent-encoded UTF-8, and unescapeBuffer, as node's
const qs = require('querystring');
console.log(JSON.stringify([qs.unescape('%E4%20'), qs.parse('a=%E4&b=%zz&c=%C3%A9+x'), qs.unescape('%zz%C3%A9'), qs.unescapeBuffer('%E4%41').length,
  qs.unescape('%E4%20', true), qs.unescape('%E4+é%4'), qs.unescapeBuffer('a+b%2', true).toString(), qs.unescapeBuffer('%ff%FE').toJSON().data]));
console.log(qs.unescape('%41%4'), qs.unescapeBuffer('%41%').toString());
