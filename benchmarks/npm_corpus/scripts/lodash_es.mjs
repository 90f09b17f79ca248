import { debounce, groupBy, partition, uniqBy, cloneDeepWith, template } from 'lodash-es';
import * as _ from 'lodash-es';
console.log(groupBy([1.3, 2.1, 2.4], Math.floor), partition([1, 2, 3, 4], n => n % 2), uniqBy([{x: 1}, {x: 1}, {x: 2}], 'x'), typeof debounce, _.VERSION);
console.log(template('<%= a %>-<%- b %>')({a: 1, b: '<'}), cloneDeepWith({a: 1}, v => typeof v === 'number' ? v + 1 : undefined));
