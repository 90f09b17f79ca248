const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook(); wb.creator = 'me'; wb.created = new Date(Date.UTC(2024, 0, 1)); wb.modified = new Date(Date.UTC(2024, 0, 2));
  const ws = wb.addWorksheet('Data', { properties: { tabColor: { argb: 'FFC0000' } } });
  ws.columns = [{ header: 'Name', key: 'name', width: 20 }, { header: 'Qty', key: 'qty', width: 8 }, { header: 'Price', key: 'price', width: 10, style: { numFmt: '0.00' } }, { header: 'Total', key: 'total' }];
  [['apple', 3, 0.5], ['pear', 10, 0.25], ['ümlaut', 1, 12]].forEach(([name, qty, price], i) => ws.addRow({ name, qty, price, total: { formula: `B${i + 2}*C${i + 2}`, result: qty * price } }));
  ws.getCell('A6').value = { richText: [{ text: 'bold', font: { bold: true } }, { text: ' plain' }] }; ws.mergeCells('A7:B7'); ws.getCell('A7').value = new Date(Date.UTC(2024, 1, 29));
  ws.getRow(1).font = { bold: true }; ws.autoFilter = 'A1:D4';
  const buf = await wb.xlsx.writeBuffer(); console.log('xlsx bytes', buf.length > 5000, Buffer.from(buf).slice(0, 2).toString());
  const wb2 = new ExcelJS.Workbook(); await wb2.xlsx.load(buf); const s2 = wb2.getWorksheet('Data');
  console.log(wb2.creator, s2.rowCount, s2.columnCount, s2.getCell('D3').formula, s2.getCell('D3').result, s2.getCell('A4').value, JSON.stringify(s2.getCell('A6').value), s2.getCell('A7').value.toISOString(), s2.getCell('A7').isMerged, s2.getCell('C2').numFmt);
  s2.eachRow((row, n) => console.log(n, JSON.stringify(row.values)));
  const csv = await wb.csv.writeBuffer(); console.log(csv.toString());
  const wb3 = new ExcelJS.Workbook(); const { PassThrough } = require('stream'); const p = new PassThrough(); p.end('a,b\n1,"x,y"\n2,3\n'); const s3 = await wb3.csv.read(p); console.log(JSON.stringify(s3.getSheetValues()));
})();
