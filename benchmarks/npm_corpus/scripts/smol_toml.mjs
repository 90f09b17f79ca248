import { parse, stringify } from 'smol-toml';
const o = parse('title = "T"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\n[[arr]]\nx = 1\n[[arr]]\nx = 0x1f\nf = 6.626e-34\n');
console.log(JSON.stringify(o)); console.log(stringify({a: 1, b: {c: [1, 2]}}));
