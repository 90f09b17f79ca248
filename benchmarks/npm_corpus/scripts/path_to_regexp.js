const { pathToRegexp, match, compile } = require('path-to-regexp');
const { regexp, keys } = pathToRegexp('/user/:id/{:tab}');
console.log(regexp.source, keys.map(k => k.name), JSON.stringify(match('/u/:a/*rest')('/u/5/x/y')), compile('/user/:id')({id: '12 3'}));
