const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line.toUpperCase());
  console.log(lines);
  const fs = require('fs');
  fs.writeFileSync('rl2.tmp', 'x\ny\n\nz');
  const rl2 = readline.createInterface({ input: fs.createReadStream('rl2.tmp', 'utf8') });
  for await (const l of rl2) console.log('file', l);
  fs.unlinkSync('rl2.tmp');
})();
