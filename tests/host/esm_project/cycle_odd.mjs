import { even } from './cycle_even.mjs';
export function odd(n) { return n === 0 ? false : even(n - 1); }
