const { z } = require('zod');
const User = z.object({name: z.string().min(2), age: z.number().int().positive(), email: z.string().email().optional(), tags: z.array(z.enum(['a','b'])).default([])});
console.log(JSON.stringify(User.parse({name: 'Al', age: 3})));
const r = User.safeParse({name: 'A', age: -1.5, email: 'x', tags: ['c']});
console.log(r.success, JSON.stringify(r.error.issues.map(i => [i.path.join('.'), i.code, i.message])));
console.log(z.string().transform(s => s.length).parse('abcd'), z.union([z.number(), z.string()]).safeParse(true).success);
