const punycode = require('punycode/');
console.log(punycode.encode('mañana'), punycode.toASCII('mañana.com'), punycode.toUnicode('xn--ls8h.la'), punycode.ucs2.decode('\uD834\uDF06'));
