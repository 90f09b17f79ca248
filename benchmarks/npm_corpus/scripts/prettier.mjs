import * as prettier from 'prettier/standalone';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
const out = await prettier.format('const  x = {a:1,b:[1,2,3].map(x=>x*2)};function f(a,b){return a?b:`t${a}`}', {parser: 'babel', plugins: [babel, estree]});
console.log(out);
