export default 'typed-default';
export const b = 2, a = 1;
