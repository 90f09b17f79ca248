import { minify } from 'terser';
const r = await minify('function add(first, second) { return first + second; } console.log(add(1 + 2, 3 * 4)); if (false) { dead(); } const o = {long_name: 1}; export default o.long_name;', {module: true, mangle: true, compress: {passes: 2}});
console.log(r.code);
