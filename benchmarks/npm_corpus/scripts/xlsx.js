const XLSX = require('xlsx');
const wb = XLSX.utils.book_new();
const ws = XLSX.utils.aoa_to_sheet([['name', 'n', 'date', 'f'], ['a', 1.5, new Date(Date.UTC(2024, 0, 2)), null], ['b', -2, new Date(Date.UTC(1999, 11, 31)), true]], { cellDates: true });
ws.D2 = { t: 'n', f: 'B2*2' }; ws['!merges'] = [XLSX.utils.decode_range('A4:B4')];
XLSX.utils.book_append_sheet(wb, ws, 'S1');
XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet([{ x: 1, y: 'q"r' }, { x: 2, z: 'ü€' }]), 'S2');
console.log(XLSX.utils.sheet_to_csv(ws), XLSX.utils.sheet_to_csv(wb.Sheets.S2));
for (const type of ['xlsx', 'xls', 'ods', 'csv', 'html', 'biff8', 'xlsb', 'fods']) {
  const buf = XLSX.write(wb, { type: 'buffer', bookType: type, compression: type === 'xlsx' });
  const back = XLSX.read(buf, { type: 'buffer', cellDates: true });
  console.log(type, back.SheetNames.join(), JSON.stringify(XLSX.utils.sheet_to_json(back.Sheets[back.SheetNames[0]], { header: 1, raw: false })));
}
console.log(XLSX.utils.encode_cell({ r: 1000, c: 701 }), JSON.stringify(XLSX.utils.decode_range('B2:ZZ100')), XLSX.SSF.format('#,##0.00;[Red](#,##0.00)', -1234.567), XLSX.SSF.format('yyyy-mm-dd hh:mm:ss AM/PM', 45321.75), XLSX.SSF.format('0.00%', 0.1234), XLSX.SSF.format('# ?/?', 1.75));
console.log(JSON.stringify(XLSX.utils.sheet_to_json(XLSX.read('a,b\n1,"2,3"\n', { type: 'string' }).Sheets.Sheet1)));
