// The longest string is node's (V8's String::kMaxLength on 64-bit hosts), the limit that
// buffer.constants.MAX_STRING_LENGTH reports; one code unit past it, by any way of making a
// string, is a RangeError, at once rather than after building it.
const { constants } = require('buffer');
const max = constants.MAX_STRING_LENGTH;
console.log(max, 'x'.repeat(max).length);
const half = 'x'.repeat(2 ** 28);
const ways = {
  repeat: () => 'x'.repeat(max + 1),
  repeatHuge: () => 'x'.repeat(1e9),
  plus: () => 'x'.repeat(max) + 'y',
  append: () => { let s = half; s += half; s += 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'; return s },
  padEnd: () => 'ab'.padEnd(max + 1),
  join: () => [half, half].join('y'.repeat(100)),
  concat: () => half.concat(half, 'z'.repeat(100)),
};
for (const [name, f] of Object.entries(ways)) {
  try {
    console.log(name, f().length);
  } catch (e) {
    console.log(name, e instanceof RangeError, e.message);
  }
}
