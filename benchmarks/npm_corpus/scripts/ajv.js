const Ajv = require('ajv');
const ajv = new Ajv({allErrors: true});
const validate = ajv.compile({type: 'object', properties: {foo: {type: 'integer', minimum: 3}, bar: {type: 'string', pattern: '^a+$'}}, required: ['foo'], additionalProperties: false});
console.log(validate({foo: 5, bar: 'aaa'}), validate({foo: 1, bar: 'b', baz: 1}));
console.log(JSON.stringify(validate.errors));
