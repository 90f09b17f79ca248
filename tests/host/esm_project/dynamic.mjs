export default 'dyn-default';
export const value = 42;
