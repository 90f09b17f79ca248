// The TypeError of a class heritage that is no constructor shows the value as V8 does
// (operations.value_text: an object by its class, a function by its text, a string raw).
for (const v of [{}, [], [1,2], new Number(1), Symbol('s'), 'str', () => 1, Math.max, 1.5, true, Object.create(null), new Map(), 10n]) {
  try { class A extends v {} } catch (e) { console.log(e.message); }
}
