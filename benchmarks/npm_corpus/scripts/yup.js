const yup = require('yup');
const s = yup.object({name: yup.string().required(), age: yup.number().positive().integer(), email: yup.string().email(), created: yup.date().default(() => new Date(0))});
s.validate({name: 'x', age: '24'}).then(v => console.log(JSON.stringify(v)));
s.validate({age: -1, email: 'no'}, {abortEarly: false}).catch(e => console.log(e.name, JSON.stringify(e.errors)));
