const pdfmake = require('pdfmake');
pdfmake.setFonts({ Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' } });
pdfmake.setUrlAccessPolicy?.(() => false);
const dd = { info: { title: 't', creationDate: new Date(0), modDate: new Date(0) }, defaultStyle: { font: 'Helvetica' }, compress: false,
  content: [{ text: 'Invoice', style: 'h' }, 'Some text that is long enough to wrap around the page width at least once when rendered in the default font size. '.repeat(3),
    { table: { headerRows: 1, widths: ['*', 'auto'], body: [['Item', 'Price'], ['Pen', '1.50'], [{ text: 'Total', bold: true }, '1.50']] } },
    { ul: ['one', 'two', { text: 'three', italics: true }] }, { text: 'page 2', pageBreak: 'before' }],
  styles: { h: { fontSize: 22, bold: true } } };
(async () => {
  const doc = pdfmake.createPdf(dd);
  const buf = await doc.getBuffer();
  const s = buf.toString('latin1');
  console.log(buf.length, s.slice(0, 8), (s.match(/\/Type \/Page\b/g) || []).length, s.includes('(Invoice)') || s.includes('Invoice'), (s.match(/BT/g) || []).length);
})().catch(e => { console.log('ERR', e); process.exitCode = 1; });
