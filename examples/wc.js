#!/usr/bin/env pyjsvm
// wc.js: count lines, words and characters of files (or stdin), like `wc`, and optionally
// print the counts as JSON and the most frequent words.
//   pyjsvm examples/wc.js [--json] [--top=N] [FILE...]
// It uses fs (promises and streams), path, readline over a stream, process.stdin/stdout,
// process.exitCode and errors with Node's codes, so `node examples/wc.js` prints the same.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');

function parseArgs(argv) {
  const opts = { json: false, top: 0, files: [] };
  for (const a of argv) {
    if (a === '--json') opts.json = true;
    else if (a.startsWith('--top=')) opts.top = Number(a.slice(6)) || 0;
    else opts.files.push(a);
  }
  return opts;
}

async function count(input, freq) {
  const c = { lines: 0, words: 0, chars: 0 };
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    c.lines += 1;
    c.chars += [...line].length + 1;
    for (const w of line.split(/\s+/).filter(Boolean)) {
      c.words += 1;
      const key = w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
      if (key) freq.set(key, (freq.get(key) || 0) + 1);
    }
  }
  return c;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const freq = new Map();
  const results = [];
  const sources = opts.files.length ? opts.files : ['-'];
  for (const f of sources) {
    if (f !== '-') {
      try {
        const st = await fs.promises.stat(f);
        if (st.isDirectory()) { console.error(`wc.js: ${f}: Is a directory`); process.exitCode = 1; continue; }
      } catch (e) {
        console.error(`wc.js: ${f}: ${e.code === 'ENOENT' ? 'No such file or directory' : e.message}`);
        process.exitCode = 1;
        continue;
      }
    }
    const input = f === '-' ? process.stdin : fs.createReadStream(f, { encoding: 'utf8' });
    results.push({ name: f === '-' ? '(stdin)' : path.basename(f), ...(await count(input, freq)) });
  }
  if (results.length > 1) {
    const total = { name: 'total', lines: 0, words: 0, chars: 0 };
    for (const r of results) for (const k of ['lines', 'words', 'chars']) total[k] += r[k];
    results.push(total);
  }
  const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opts.top);
  if (opts.json) {
    process.stdout.write(JSON.stringify({ files: results, top: Object.fromEntries(top) }, null, 2) + '\n');
    return;
  }
  for (const r of results) {
    console.log(`${String(r.lines).padStart(7)} ${String(r.words).padStart(7)} ${String(r.chars).padStart(7)} ${r.name}`);
  }
  for (const [w, n] of top) console.log(`${String(n).padStart(7)} ${w}`);
}

main().catch((e) => { console.error(e); process.exitCode = 2; });
