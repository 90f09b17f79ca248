const QRCode = require('qrcode');
QRCode.toString('https://example.com/?q=pyjsvm', { type: 'utf8', errorCorrectionLevel: 'M' }, (err, s) => console.log(err, s));
QRCode.toString('HELLO 123', { type: 'svg', margin: 1 }, (err, s) => console.log(err, s.length, s.slice(0, 120)));
const qr = QRCode.create('Kanji and bytes: ☃ 12345678901234567890 ABCDEF', { errorCorrectionLevel: 'H' });
console.log(qr.version, qr.errorCorrectionLevel.bit, qr.modules.size, qr.segments.map(s => s.mode.id + ':' + s.getLength()).join(','), Array.from(qr.modules.data.slice(0, 60)).join(''));
QRCode.toDataURL('data url test', { width: 50 }).then(u => console.log(u.slice(0, 60), u.length)).catch(e => console.log('err', e.message));
