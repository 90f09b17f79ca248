const Fraction = require('fraction.js'); const ss = require('simple-statistics');
console.log(new Fraction('0.1(3)').add(1, 3).toFraction(), new Fraction(1.88).simplify(0.01).toFraction(true), new Fraction('-3/7').pow(2).toString());
console.log(ss.mean([1, 2, 3, 4]), ss.standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), ss.linearRegression([[0, 0], [1, 2], [2, 4.1]]), ss.quantile([3, 6, 7, 8, 8, 10, 13, 15, 16, 20], 0.25), ss.sampleCorrelation([1, 2, 3], [2, 4, 7]));
