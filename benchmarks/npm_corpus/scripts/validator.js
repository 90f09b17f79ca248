const validator = require('validator');
console.log(validator.isEmail('foo@bar.com'), validator.isEmail('foo@bar'), validator.isURL('https://x.org/p?q=1'), validator.isIP('256.1.1.1'), validator.isIP('::1'));
console.log(validator.isUUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8'), validator.isCreditCard('4111111111111111'), validator.escape('<a>&'), validator.normalizeEmail('Foo.Bar@Gmail.com'));
console.log(validator.isISO8601('2020-01-01T00:00:00Z'), validator.isStrongPassword('Abcdef1!'), validator.isMobilePhone('+14155552671', 'en-US'), validator.isJSON('{"a":1}'));
