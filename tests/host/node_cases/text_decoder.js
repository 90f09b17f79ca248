// TextDecoder: streaming (an incomplete UTF-8 or UTF-16 sequence held back for the next call),
// the BOM at the stream's start only, fatal, and the WHATWG labels of other encodings
const out = [];
const u8 = (a) => new Uint8Array(a);
const J = (s) => JSON.stringify(s);
const d = new TextDecoder();
out.push(J(d.decode(u8([0xe2, 0x82]), { stream: true }) + d.decode(u8([0xac]))));
out.push(J(d.decode(u8([0xef, 0xbb, 0xbf, 0x41]), { stream: true }) + d.decode(u8([0xef, 0xbb, 0xbf, 0x42]))));
out.push(J(d.decode(u8([0xef, 0xbb]), { stream: true }) + d.decode(u8([0xbf, 0x43]), { stream: true }) + d.decode()));
out.push(J(d.decode(u8([0xf0, 0x9f]), { stream: true }) + d.decode(u8([0x98, 0x80]))));
out.push(J(d.decode(u8([0xf0, 0x9f]), { stream: true }) + d.decode()));
out.push(J(d.decode(u8([0xff, 0x41, 0xc3]))));
out.push(J(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8([0xef, 0xbb, 0xbf, 0x41]))));
try { new TextDecoder('utf-8', { fatal: true }).decode(u8([0xc3])); } catch (e) { out.push(e.name + ' ' + e.code + ' ' + e.message); }
const f = new TextDecoder('utf-8', { fatal: true });
out.push(J(f.decode(u8([0xc3]), { stream: true }) + f.decode(u8([0xa9]))));
for (const enc of ['utf-16le', 'UTF-16', ' utf-16be\n', 'latin1', 'ascii', 'windows-1252', 'iso-8859-2', 'koi8-r', 'shift_jis',
  'windows-1251', 'ibm866', 'iso-8859-15', 'bogus', 'utf-32', '']) {
  try {
    const t = new TextDecoder(enc);
    out.push(enc.trim() + ' ' + t.encoding + ' ' + J(t.decode(u8([0x41, 0x00, 0xe9, 0x62]))));
  } catch (e) { out.push(enc + ' ERR ' + e.name + ' ' + e.code); }
}
out.push(J(new TextDecoder('shift_jis').decode(u8([0x82, 0xa0, 0x93, 0xfa]))), J(new TextDecoder('gbk').decode(u8([0xc4, 0xe3, 0xba, 0xc3]))),
  J(new TextDecoder('euc-kr').decode(u8([0xc7, 0xd1]))), J(new TextDecoder('big5').decode(u8([0xa4, 0xa4]))));
const w = new TextDecoder('utf-16le');
out.push(J(w.decode(u8([0x3d, 0xd8, 0x00]), { stream: true }) + w.decode(u8([0xde, 0x41]), { stream: true }) + w.decode(u8([0x00]))));
out.push(J(new TextDecoder('utf-16le').decode(u8([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]))));
out.push(J(new TextDecoder('utf-16be').decode(u8([0xfe, 0xff, 0x00, 0x41, 0x00]))));
out.push(J(new TextDecoder().decode(new Uint16Array([0x4142]))), J(new TextDecoder().decode(new ArrayBuffer(2))));
try { new TextDecoder().decode('str'); } catch (e) { out.push(e.name + ' ' + e.code); }
console.log(out.join('\n'));
