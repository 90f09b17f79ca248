const echarts = require('echarts');
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
chart.setOption({ animation: false, title: { text: 'Sales' }, legend: { data: ['A', 'B'] }, xAxis: { type: 'category', data: ['Mon', 'Tue', 'Wed', 'Thu'] }, yAxis: { type: 'value' },
  series: [{ name: 'A', type: 'bar', data: [5, 20, 36, 10] }, { name: 'B', type: 'line', smooth: true, data: [15, 8, 25, 30], label: { show: true } }] });
const svg = chart.renderToSVGString(); console.log(svg.length, (svg.match(/<path/g) || []).length, (svg.match(/<text/g) || []).length); console.log(svg.slice(0, 300));
chart.setOption({ series: [{ type: 'pie', radius: ['40%', '70%'], data: [{ name: 'x', value: 1 }, { name: 'y', value: 2 }, { name: 'z', value: 3 }] }] }, true);
const svg2 = chart.renderToSVGString(); console.log(svg2.length, (svg2.match(/<path/g) || []).length); chart.dispose();
console.log(echarts.format.addCommas(1234567.891), echarts.time.format(new Date(Date.UTC(2024, 1, 29)), '{yyyy}-{MM}-{dd}', true), echarts.number.round(1.23456, 2));
