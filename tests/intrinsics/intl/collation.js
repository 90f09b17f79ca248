// Differential corpus: Intl.Collator / String.prototype.localeCompare against node (en-US).
const words = ["a", "A", "b", "B", "á", "Á", "ä", "à", "ab", "Ab", "aB", "abc", "abd", "resume", "résumé", "Resume",
  "résume", "co-op", "coop", "co op", "naïve", "naive", "Zebra", "zebra", "apple", "Apple", "éclair", "eclair",
  "1", "10", "2", "a1", "a10", "a2", "item 9", "item 10", "_x", "-x", ",x", "x", "!", "?", ".", " ", "$", "€",
  "#", "@", "ß", "ss", "æ", "ae", "ø", "o", "ñ", "n", "ç", "c", "ü", "u", "", "straße", "strasse", "Ω", "ω",
  "α", "я", "Я", "日本", "中文", "😀", "x😀", "ǅ", "ﬁ", "fi"];
const opts = [undefined, { sensitivity: "base" }, { sensitivity: "accent" }, { sensitivity: "case" },
  { numeric: true }, { caseFirst: "upper" }, { caseFirst: "lower" }, { ignorePunctuation: true }, { usage: "search" }];
for (const o of opts) {
  const c = new Intl.Collator("en-US", o);
  console.log(JSON.stringify(o) + " sort => " + JSON.stringify([...words].sort(c.compare)));
}
const pairs = [["a", "b"], ["a", "A"], ["a", "á"], ["A", "á"], ["résumé", "resume"], ["ß", "ss"], ["a", "a\u0301"],
  ["\u00e1", "a\u0301"], ["x", "X"], ["10", "9"], ["", "a"], ["co-op", "coop"]];
for (const o of opts) {
  const c = new Intl.Collator("en-US", o);
  console.log(JSON.stringify(o) + " pairs => " + pairs.map(([x, y]) => c.compare(x, y)).join(","));
}
console.log("localeCompare => " + pairs.map(([x, y]) => x.localeCompare(y)).join(","));
console.log("localeCompare base => " + pairs.map(([x, y]) => x.localeCompare(y, "en", { sensitivity: "base" })).join(","));
const ro = (l, o) => { const r = new Intl.Collator(l, o).resolvedOptions(); return JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]])); };
console.log("resolved " + ro("en-US"));
console.log("resolved " + ro("en-US-u-kn-kf-upper"));
console.log("resolved " + ro("en", { numeric: true, sensitivity: "base", ignorePunctuation: true }));
