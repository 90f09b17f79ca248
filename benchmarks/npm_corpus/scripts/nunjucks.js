const nunjucks = require('nunjucks');
const env = new nunjucks.Environment();
console.log(env.renderString('{% set t = 0 %}{% for x in xs %}{{ loop.index }}:{{ x | upper }}{% if not loop.last %},{% endif %}{% endfor %} {{ "<b>" | escape }} {{ n | round(1) }} {% macro m(a) %}[{{a}}]{% endmacro %}{{ m(5) }}', {xs: ['a', 'b'], n: 3.14159}));
