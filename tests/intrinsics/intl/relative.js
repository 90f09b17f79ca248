// Differential corpus: Intl.RelativeTimeFormat against node (one line per case).
const line = (label, f) => { let r; try { r = f(); } catch (e) { r = e.constructor.name; } console.log(label + " => " + (typeof r === "string" ? r : JSON.stringify(r))); };
const values = [0, -0, 1, -1, 2, -2, 3, -3, 1.5, -1.5, 10, 100, 1000, 1234567.891, 0.001, -0.5, 21, 1e21];
const units = ["second", "minute", "hour", "day", "week", "month", "quarter", "year", "seconds", "days", "years"];
for (const loc of ["en-US", "en-GB", "de", "fr", "es", "ja", "ru", "ar", "zh", "pt-BR"])
  for (const style of ["long", "short", "narrow"])
    for (const numeric of ["always", "auto"]) {
      const rtf = new Intl.RelativeTimeFormat(loc, { style, numeric });
      for (const u of units) line(`${loc} ${style} ${numeric} ${u}`, () => values.map((v) => rtf.format(v, u)).join(" | "));
    }
for (const numeric of ["always", "auto"]) {
  const rtf = new Intl.RelativeTimeFormat("en-US", { numeric });
  for (const [v, u] of [[1, "day"], [-1, "day"], [0, "day"], [1234.5, "hour"], [-3, "months"], [-0, "second"]])
    line(`parts ${numeric} ${v} ${u}`, () => rtf.formatToParts(v, u));
}
for (const o of [undefined, {}, { style: "narrow" }, { numeric: "auto" }, { numberingSystem: "latn" }, { localeMatcher: "lookup" }])
  line("resolved " + JSON.stringify(o), () => new Intl.RelativeTimeFormat("en-US", o).resolvedOptions());
line("resolved de", () => new Intl.RelativeTimeFormat("de-DE-u-nu-latn").resolvedOptions());
const rtf = new Intl.RelativeTimeFormat("en-US");
const bad = [() => Intl.RelativeTimeFormat(), () => new Intl.RelativeTimeFormat("en", { style: "x" }),
  () => new Intl.RelativeTimeFormat("en", { numeric: "x" }), () => new Intl.RelativeTimeFormat("en", { numberingSystem: "a" }),
  () => new Intl.RelativeTimeFormat("en", { localeMatcher: "x" }), () => new Intl.RelativeTimeFormat("en", null),
  () => rtf.format(NaN, "day"), () => rtf.format(Infinity, "day"), () => rtf.format(1, "decade"), () => rtf.format(1),
  () => rtf.format(1, "Day"), () => rtf.format(1n, "day"), () => rtf.format("2", "day"), () => rtf.format(Symbol(), "day"),
  () => Intl.RelativeTimeFormat.prototype.format.call({}, 1, "day"), () => rtf.format({ valueOf() { return 3; } }, { toString() { return "hours"; } })];
for (const f of bad) line("bad " + f.toString(), f);
line("supportedLocalesOf", () => Intl.RelativeTimeFormat.supportedLocalesOf(["en-US", "de", "xx"]));
line("shape", () => [Intl.RelativeTimeFormat.length, Intl.RelativeTimeFormat.name, Object.prototype.toString.call(rtf), rtf.format.length, Object.getOwnPropertyNames(Intl.RelativeTimeFormat.prototype)]);
