// assert.ok's generated message quotes the failing call's source, as node reads it from the file
const assert = require("assert");
const x = 1;
for (const f of [() => assert(0), () => assert.ok(x > 5), () => assert(x === 2, undefined), () => assert.ok(typeof x === "string"), () => assert.equal(1, 2), () => { assert(
  x > 3
) }, () => assert(null), () => assert(false)]) {
  try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator); }
}
