const math = require('mathjs');
console.log(math.evaluate('sqrt(3^2 + 4^2)'), math.format(math.evaluate('1.2 * (2 + 4.5)'), 14));
console.log(math.det([[1,2],[3,4]]), math.inv([[1,2],[3,4]]), math.multiply([[1,2],[3,4]], [5,6]));
console.log(math.derivative('x^2 + 3x', 'x').toString(), math.simplify('2x + 3x').toString());
console.log(math.evaluate('5 cm to inch').toString(), math.fraction(1, 3).toString(), math.complex(2, 3).toString());
console.log(math.format(math.bignumber('0.1').plus(math.bignumber('0.2'))), math.std([2,4,4,4,5,5,7,9]));
