const BigNumber = require('bignumber.js');
console.log(new BigNumber(0.1).plus(0.2).toString(), new BigNumber('123456789012345678901234567890').times(2).toFixed());
console.log(new BigNumber(2).pow(0.5).toString(), new BigNumber(255).toString(16), new BigNumber('1e-7').toFormat(10));
