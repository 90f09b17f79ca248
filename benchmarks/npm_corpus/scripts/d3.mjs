import { extent, bisector, quantile, group, rollup, bin, sum, ticks } from 'd3-array';
import { format } from 'd3-format'; import { scaleLinear, scaleLog, scaleTime } from 'd3-scale';
console.log(extent([3, 1, 7]), quantile([1, 2, 3, 4], 0.25), [...rollup([{a: 1, b: 'x'}, {a: 2, b: 'x'}], v => sum(v, d => d.a), d => d.b)], bin().thresholds(3)([1, 2, 3, 4, 5, 9]).map(b => b.length), ticks(0, 1, 5));
console.log(format('.2f')(Math.PI), format('$,.2r')(1234567), format('.3s')(0.00123), format('+08.2%')(0.123), format('#x')(255));
const s = scaleLinear().domain([0, 10]).range([0, 100]).nice(); console.log(s(2.5), s.invert(50), s.ticks(4), scaleLog().domain([1, 1000]).ticks().length, scaleTime().domain([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 0, 2))]).ticks(4).length);
