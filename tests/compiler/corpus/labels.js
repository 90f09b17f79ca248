var log = [];
outer: for (var i = 0; i < 4; i++) {
  inner: for (var j = 0; j < 4; j++) {
    if (j === 1) continue inner;
    if (j === 3) continue outer;
    if (i === 2) break outer;
    log.push(i + ':' + j);
  }
}
blk: { log.push('a'); break blk; log.push('b'); }
var k = 0;
lbl: do { k++; if (k < 3) continue lbl; } while (k < 5);
log.join(',') + '|' + k
