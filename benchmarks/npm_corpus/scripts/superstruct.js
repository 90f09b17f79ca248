const { object, number, string, array, assert, is, validate, optional } = require('superstruct');
const S = object({id: number(), name: string(), tags: optional(array(string()))});
console.log(is({id: 1, name: 'x'}, S), is({id: '1', name: 'x'}, S));
const [err] = validate({id: 1, name: 2}, S); console.log(err.message, err.path);
