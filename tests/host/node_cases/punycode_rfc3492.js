// punycode: RFC 3492's sample strings (section 7.1), IDNA label mapping, ucs2 and errors
const punycode = require('punycode');
const samples = [
  ['\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F', 'egbpdaj6bu4bxfgehfvwxn'],
  ['\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Pro\u010Dprost\u011Bnemluv\xED\u010Desky', 'Proprostnemluvesky-uyb24dma41a'],
  ['\u306F\u3058\u3081\u3066\u306E\u30C7\u30FC\u30C8', '78j2ayab5gxtha92b'],
  ['-> $1.00 <-', '-> $1.00 <--'],
  ['b\xFCcher', 'bcher-kva'],
  ['', ''],
  ['abc', 'abc-'],
  ['\uD83D\uDE00', 'e28h'],
];
for (const [u, p] of samples) {
  console.log(JSON.stringify(punycode.encode(u)), punycode.encode(u) === p, punycode.decode(p) === u);
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@bücher.example'), punycode.toASCII('ab\u3002cd'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--bcher-kva.DE'), punycode.toUnicode('plain.org'));
console.log(punycode.ucs2.decode('a\uD834\uDF06b\uD800'), punycode.ucs2.encode([0x61, 0x1D306, 0x62]));
console.log(punycode.version, Object.keys(punycode).join());
for (const bad of ['\u0100', 'a-!', '\u0101-abc', 'zzzzzzzzzzzzzzz', 'a-9']) {
  try { console.log(punycode.decode(bad)); } catch (e) { console.log(e.name, e.message); }
}
