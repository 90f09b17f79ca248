// memfs (in-memory fs), adm-zip, node-rsa
const { Volume, createFsFromVolume } = require('memfs');
const vol = Volume.fromJSON({ '/app/a.txt': 'hello', '/app/dir/b.json': '{"x":1}', '/app/dir/c.txt': 'ccc' });
const fs = createFsFromVolume(vol);
fs.writeFileSync('/app/new.txt', 'new file'); fs.appendFileSync('/app/a.txt', ' world'); fs.mkdirSync('/app/x/y/z', { recursive: true });
fs.renameSync('/app/dir/c.txt', '/app/x/c2.txt'); fs.symlinkSync('/app/a.txt', '/app/link');
console.log(fs.readFileSync('/app/a.txt', 'utf8'), fs.readdirSync('/app').join(), fs.statSync('/app/dir').isDirectory(), fs.lstatSync('/app/link').isSymbolicLink(), fs.readFileSync('/app/link', 'utf8'));
console.log(JSON.stringify(vol.toJSON()));
try { fs.readFileSync('/nope'); } catch (e) { console.log(e.code, e.message); }
(async () => {
  await fs.promises.writeFile('/app/p.txt', 'promised');
  console.log(await fs.promises.readFile('/app/p.txt', 'utf8'), (await fs.promises.readdir('/app', { withFileTypes: true })).map(d => d.name + (d.isDirectory() ? '/' : '')).join());
  const chunks = []; await new Promise((res, rej) => fs.createReadStream('/app/a.txt', { highWaterMark: 4 }).on('data', c => chunks.push(c.toString())).on('end', res).on('error', rej));
  console.log(chunks.join('|'));
  await new Promise(res => { const ws = fs.createWriteStream('/app/w.txt'); ws.write('a'); ws.end('b', res); });
  console.log(fs.readFileSync('/app/w.txt', 'utf8'), fs.existsSync('/app/w.txt'));
  const AdmZip = require('adm-zip');
  const zip = new AdmZip();
  zip.addFile('readme.txt', Buffer.from('Read me! '.repeat(50))); zip.addFile('data/n.json', Buffer.from(JSON.stringify({ n: [1, 2, 3] }))); zip.addZipComment('cmt');
  zip.getEntry('readme.txt').comment = 'entry comment';
  const buf = zip.toBuffer();
  const z2 = new AdmZip(buf);
  console.log(z2.getEntries().map(e => [e.entryName, e.header.size, e.header.compressedSize, e.header.method].join(':')).join(' '), z2.getZipComment(), z2.readAsText('data/n.json'), z2.getEntry('readme.txt').comment);
  z2.deleteFile('readme.txt'); z2.addFile('empty/', Buffer.alloc(0)); console.log(new AdmZip(z2.toBuffer()).getEntries().map(e => e.entryName + (e.isDirectory ? '/d' : '')).join());
  const { NodeRSA } = require('node-rsa');
  const pem = `-----BEGIN RSA PRIVATE KEY-----
MIIBOQIBAAJBAK4uQiVfG3eTWB1aiCDdPjrLqe25Pn5i3HoheQbmgISPeXL81yI3
Huf7KxTgqESgeftyVT6PO4Q8V68J5KetUU8CAwEAAQJAaiBfRxvyxWGub3woszV6
ZCKRb/nNfP5JbdSVREIPjjRHGTTk+rYly06yqd+syYOou8q03YKSoNbV5MeXxxOl
cQIhAOHQwghvh78qRwtdyBXLpf4TZwV7pniuI0gE6ViIEf85AiEAxXaYmZqn1NLC
wrGJEbYulcj0QnT/zTGmuL7yd65DTMcCID2pq9Jx4jepa80GxuRsv98pnTA6G7NI
mgnIjY/HWGLBAiBBhhgfKG22tnVAS88zHGQa+gLrpo1Xlrk/JsWopx/X8wIgfMbC
HR9ygt4QeOWa6UbHiJeG7r9Ciojaix6ZjdguP8k=
-----END RSA PRIVATE KEY-----`;
  const key = new NodeRSA(pem, 'pkcs1-private', { encryptionScheme: 'pkcs1', signingScheme: 'pss-sha256', environment: 'browser' });
  console.log(key.getKeySize(), key.isPrivate(), key.exportKey('pkcs8-public-pem').split('\n').length, key.exportKey('components-public').n.toString('hex').slice(0, 32));
  const sig = key.sign('message', 'hex'); console.log(sig.length, key.verify('message', sig, 'utf8', 'hex'), key.verify('massage', sig, 'utf8', 'hex'));
  const enc = key.encrypt('secret text', 'base64'); console.log(key.decrypt(enc, 'utf8'), enc.length); const k2 = new NodeRSA(pem, 'pkcs1-private', { signingScheme: 'pkcs1-sha256' }); console.log(k2.sign('abc', 'base64'));
})();
