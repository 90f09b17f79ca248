import { odd } from './cycle_odd.mjs';
export function even(n) { return n === 0 ? true : odd(n - 1); }
