import { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, AlignmentType } from 'docx';
import mammoth from 'mammoth'; import JSZip from 'jszip';
import { parse, stringify, transform, generate } from 'csv';
import { pipeline } from 'node:stream/promises'; import { Readable, Writable } from 'node:stream';
const doc = new Document({ creator: 'h59', title: 'Report', description: 'd', styles: {},
  sections: [{ children: [
    new Paragraph({ text: 'Quarterly report', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun('Plain and '), new TextRun({ text: 'bold', bold: true }), new TextRun({ text: ' italic', italics: true })] }),
    new Paragraph({ text: 'Centered é ✓', alignment: AlignmentType.CENTER }),
    new Table({ rows: [['Q', 'Sales'], ['Q1', '10'], ['Q2', '12']].map(r => new TableRow({ children: r.map(c => new TableCell({ children: [new Paragraph(c)] })) })) }),
    new Paragraph({ text: 'Item one', bullet: { level: 0 } }),
  ] }] });
const buf = await Packer.toBuffer(doc);
const zip = await JSZip.loadAsync(buf);
console.log(Object.keys(zip.files).sort().join(' '));
const xml = await zip.file('word/document.xml').async('string'); console.log(xml.length > 1000, (xml.match(/<w:p>|<w:p /g) || []).length, xml.includes('Quarterly report'));
const html = await mammoth.convertToHtml({ buffer: buf }); console.log(html.value); console.log(html.messages.map(m => m.type + ':' + m.message).slice(0, 3));
const raw = await mammoth.extractRawText({ buffer: buf }); console.log(JSON.stringify(raw.value));
const md = await mammoth.convertToMarkdown?.({ buffer: buf }); if (md) console.log(md.value.split('\n').filter(Boolean).slice(0, 4).join(' / '));
const rows = [];
await pipeline(
  generate({ seed: 1, columns: ['int', 'bool', 'ascii'], length: 6, objectMode: false }),
  parse({ columns: ['n', 'b', 's'], cast: (v, ctx) => ctx.column === 'n' ? Number(v) : v }),
  transform((rec) => ({ ...rec, n2: rec.n % 100, s: rec.s.slice(0, 4) })),
  stringify({ header: true, columns: ['n2', 'b', 's'] }),
  new Writable({ write(c, e, cb) { rows.push(String(c)); cb(); } }),
);
console.log(rows.join('').trim().split('\n').length);
const csvText = 'a,b\n1,"x,y"\n2,"he said ""hi"""\n';
parse(csvText, { columns: true }, (err, recs) => { console.log(err, JSON.stringify(recs));
  stringify(recs, { header: true, quoted_string: true }, (e2, out) => console.log(e2, JSON.stringify(out))); });
