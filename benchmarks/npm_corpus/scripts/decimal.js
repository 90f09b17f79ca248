const Decimal = require('decimal.js');
console.log(new Decimal('0.1').plus('0.2').toString(), new Decimal(2).sqrt().toFixed(30));
console.log(Decimal.pow(2, 100).toString(), new Decimal('1e-30').times('3').toExponential(), new Decimal(10).ln().toSignificantDigits(25).toString());
console.log(new Decimal('123.456').toDecimalPlaces(1).toString(), Decimal.acos(0.5).toString());
