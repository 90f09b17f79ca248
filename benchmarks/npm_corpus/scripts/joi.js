const Joi = require('joi');
const s = Joi.object({username: Joi.string().alphanum().min(3).max(30).required(), birth: Joi.number().integer().min(1900), email: Joi.string().email({tlds: {allow: false}}), pw: Joi.string().pattern(/^[a-z]{3,}$/)});
console.log(JSON.stringify(s.validate({username: 'abc', birth: 1994})), JSON.stringify(s.validate({username: 'a!', birth: 1800.5, email: 'x'}, {abortEarly: false}).error.details.map(d => d.message)));
