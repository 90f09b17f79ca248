// vega-lite compiled to vega, rendered to SVG headless by vega's View
import * as vl from 'vega-lite';
import * as vega from 'vega';
const spec = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', width: 300, height: 150,
  data: { values: [{ a: 'A', b: 28 }, { a: 'B', b: 55 }, { a: 'C', b: 43 }, { a: 'D', b: 91 }, { a: 'E', b: 81 }, { a: 'F', b: 53 }] },
  mark: 'bar', encoding: { x: { field: 'a', type: 'nominal', axis: { labelAngle: 0 } }, y: { field: 'b', type: 'quantitative' }, color: { condition: { test: 'datum.b > 60', value: 'firebrick' }, value: 'steelblue' } } };
const compiled = vl.compile(spec).spec;
console.log(JSON.stringify(compiled).length, Object.keys(compiled).join(), JSON.stringify(compiled.scales));
const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
const svg = await view.toSVG();
console.log(svg.length, svg.slice(0, 300));
console.log((svg.match(/<path/g) || []).length, (svg.match(/<text/g) || []).length);
const layered = { data: { values: Array.from({ length: 20 }, (_, i) => ({ x: i, y: Math.round(50 + 30 * Math.sin(i / 3)), k: i % 2 ? 'odd' : 'even' })) },
  layer: [{ mark: 'line', encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, color: { field: 'k' } } },
    { mark: 'point', transform: [{ filter: 'datum.y > 60' }], encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } }] };
const v2 = new vega.View(vega.parse(vl.compile(layered).spec), { renderer: 'none' });
await v2.runAsync();
console.log(JSON.stringify(v2.data('data_0')?.length ?? null), v2.width(), v2.height(), JSON.stringify(v2.scale('x').domain()), JSON.stringify(v2.scale('y').domain()));
const s2 = await v2.toSVG(); console.log(s2.length, (s2.match(/<path/g) || []).length);
console.log(vega.expressionFunction ? 'expr' : '', vega.parseExpression ? 'pe' : '', JSON.stringify(vega.format ? 1 : 0), vega.version, vl.version);
