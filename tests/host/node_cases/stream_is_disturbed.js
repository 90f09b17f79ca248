// stream.isDisturbed (undici's Body asks it), readableDidRead and readableAborted
const stream = require('stream');
const { Readable } = stream;
const r = Readable.from(['a', 'b']);
console.log(stream.isDisturbed(r), r.readableDidRead, r.readableAborted);
r.once('data', (c) => {
  console.log('after data', c, stream.isDisturbed(r), r.readableDidRead);
  const r2 = new Readable({ read() {} });
  r2.destroy();
  console.log('destroyed', stream.isDisturbed(r2), r2.readableAborted, r2.readableDidRead);
  const web = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
  console.log('web before', stream.isDisturbed(web));
  web.getReader().read().then((v) => {
    console.log('web after read', v.value, stream.isDisturbed(web));
    const res = new Response('body');
    console.log('response body', stream.isDisturbed(res.body), res.bodyUsed);
    res.text().then(() => console.log('response read', stream.isDisturbed(res.body), res.bodyUsed));
  });
  console.log(stream.isDisturbed(null), stream.isDisturbed({}));
});
