const Twig = require('twig'); const doT = require('dot');
Twig.cache(false);
const t = Twig.twig({ data: `{% set xs = [3, 1, 2] %}{% for x in xs|sort %}{{ loop.index }}:{{ x }}{% if not loop.last %}, {% endif %}{% endfor %}
{{ name|upper|e }} {{ "%s has %d"|format(name, n) }} {{ 10 / 4 }} {{ 7 // 2 }} {{ 2 ** 10 }} {{ 'abc'|reverse }} {{ price|number_format(2, ',', '.') }}
{% macro item(v) %}<li>{{ v|title }}</li>{% endmacro %}{% import _self as m %}<ul>{% for k, v in obj %}{{ m.item(k ~ '=' ~ v) }}{% endfor %}</ul>
{{ d|date('Y-m-d') }} {{ [1,2,3]|join('|') }} {{ {'a':1}|json_encode }} {{ range(1, 10, 3)|join }} {{ 'x' in 'xyz' ? 'yes' : 'no' }} {{ null ?? 'dflt' }}
{% apply spaceless %}<b>  <i>x</i>  </b>{% endapply %} {{ "hello world"|split(' ')|first|capitalize }} {{ items|length }} {{ items|slice(1, 2)|join }}` });
console.log(t.render({ name: 'a<b', n: 3, price: 1234567.891, obj: { x: 'one', y: 'two' }, d: new Date(Date.UTC(2024, 1, 29, 12)), items: [1, 2, 3, 4] }));
const tpl = doT.template('<h1>{{=it.title}}</h1>{{~it.items :v:i}}<p>{{=i}}={{!v}}</p>{{~}}{{? it.ok }}yes{{?? it.maybe}}maybe{{??}}no{{?}}{{#def.snip}}', null, { snip: '<i>{{=it.title.length}}</i>' });
console.log(tpl({ title: 'T', items: ['<a>', 'b&c'], ok: false, maybe: 1 }));
console.log(doT.template('{{ for (var i = 0; i < it; i++) { }}{{=i}}{{ } }}')(4));
