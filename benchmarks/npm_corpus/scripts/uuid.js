const { v4, v5, validate, parse, stringify, NIL } = require('uuid');
console.log(typeof v4(), v4().length, validate(v4()), validate('nope'));
console.log(v5('hello', v5.URL), stringify(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')), NIL);
