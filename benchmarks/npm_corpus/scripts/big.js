const Big = require('big.js');
console.log(new Big('0.1').plus('0.2').toString(), new Big(2).sqrt().toFixed(20), new Big('1e21').times(7).toString());
console.log(new Big(10).div(3).round(5).toString(), new Big('-0.0005').toExponential(2));
