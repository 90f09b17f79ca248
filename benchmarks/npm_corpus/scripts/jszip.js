const JSZip = require('jszip');
const zip = new JSZip(); zip.file('hello.txt', 'Hello World\n'); zip.folder('d').file('x.json', '{"a":1}');
zip.generateAsync({type: 'uint8array', compression: 'DEFLATE', date: new Date(Date.UTC(2020, 0, 1))}).then(u8 => JSZip.loadAsync(u8)).then(z => Promise.all([Object.keys(z.files), z.file('d/x.json').async('string')])).then(r => console.log(JSON.stringify(r)));
