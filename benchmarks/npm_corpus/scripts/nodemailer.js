const nodemailer = require('nodemailer');
const MailComposer = require('nodemailer/lib/mail-composer');
async function main() {
  const msg = {
    from: '"Ann Ö" <ann@example.com>', to: ['bob@example.com', 'Carl <carl@example.org>'], cc: 'dee@example.net',
    subject: 'Grüße ✓ and a long subject line that has to be folded because it goes past the limit',
    text: 'Hello\nwörld\n' + 'x'.repeat(100), html: '<p>Hello <b>wörld</b></p>',
    attachments: [{ filename: 'a.txt', content: 'attached text' }, { filename: 'b.bin', content: Buffer.from([0, 1, 2, 255]), contentType: 'application/octet-stream' }],
    headers: { 'X-Custom': 'yes' }, messageId: '<fixed@example.com>', date: new Date(Date.UTC(2024, 1, 2, 3, 4, 5)),
  };
  const json = nodemailer.createTransport({ jsonTransport: true });
  const r1 = await json.sendMail(msg);
  const j = JSON.parse(r1.message); console.log(r1.envelope, r1.messageId, j.subject, j.attachments.map(a => a.filename + ':' + a.content).join());
  const stream = nodemailer.createTransport({ streamTransport: true, newline: 'unix', buffer: true });
  const r2 = await stream.sendMail(msg);
  const raw = r2.message.toString().replace(/boundary="?[^"\n;]+"?/g, 'boundary=B').replace(/--_NmP-[\w-]+/g, '--B');
  console.log(raw.split('\n').filter(l => !/^(--B|Content-Type: multipart)/.test(l)).slice(0, 40).join('\n'));
  const mc = new MailComposer({ from: 'a@b.c', to: 'd@e.f', text: 'plain', messageId: '<m@x>', date: new Date(0), alternatives: [{ contentType: 'text/x-web-markdown', content: '**Hello**' }] });
  const built = await new Promise((res, rej) => mc.compile().build((e, m) => e ? rej(e) : res(m)));
  console.log(built.length > 100, built.toString().includes('text/x-web-markdown'));
  const addr = nodemailer.createTransport({ jsonTransport: true });
  try { await addr.sendMail({ from: 'x@y.z', subject: 'no recipients' }); } catch (e) { console.log('err', e.code, e.message); }
  addr.use('compile', (mail, cb) => { mail.data.subject = '[tag] ' + mail.data.subject; cb(); });
  const r3 = await addr.sendMail({ from: 'x@y.z', to: 'w@y.z', subject: 'plug', text: 't', messageId: '<p@q>' }); console.log(JSON.parse(r3.message).subject);
}
main().catch(e => { console.log('ERR', e); process.exitCode = 1; });
