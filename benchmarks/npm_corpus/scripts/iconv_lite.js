const iconv = require('iconv-lite');
const b = iconv.encode('Привет, мир €', 'win1251'); console.log(Array.from(b));
console.log(iconv.decode(b, 'win1251'), iconv.decode(Buffer.from([0x82, 0xa0, 0x82, 0xa2]), 'shift_jis'), iconv.encodingExists('utf-16le'));
console.log(iconv.decode(iconv.encode('日本語', 'gbk'), 'gbk'), Array.from(iconv.encode('ab', 'utf16-be')));
