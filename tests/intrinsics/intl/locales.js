// Differential corpus: Intl.Locale against node (one line per case).
const show = (v) => { try { return typeof v === "function" ? v() : v; } catch (e) { return e.constructor.name + ": " + e.message; } };
const line = (label, f) => { let r; try { r = f(); } catch (e) { r = e.constructor.name; } console.log(label + " => " + (typeof r === "string" ? r : JSON.stringify(r))); };
const tags = ["en-US", "en", "EN-us", "de-DE", "de", "fr-CA", "zh", "zh-TW", "zh-Hant", "zh-Hant-TW", "zh-Hans-CN", "sr-Latn",
  "ja-JP-u-ca-japanese", "en-US-u-kn-true", "en-u-kn-false", "en-u-ca-islamicc", "ar-EG", "he", "iw", "und", "und-TW",
  "en-Latn-US", "es-419", "pt-BR", "en-GB-oxendict", "sl-rozaj-biske-1994", "en-x-private", "en-u-co-phonebk-x-foo",
  "es-u-hc-h23-nu-latn", "hi-IN", "ru", "und-Cyrl", "und-Arab", "ko-KR", "th-TH-u-nu-thai"];
for (const t of tags) {
  line("tag " + t, () => { const l = new Intl.Locale(t); return [l.toString(), l.baseName, l.language, l.script, l.region, l.calendar, l.collation, l.hourCycle, l.caseFirst, l.numeric, l.numberingSystem]; });
  line("max " + t, () => new Intl.Locale(t).maximize().toString());
  line("min " + t, () => new Intl.Locale(t).minimize().toString());
  line("info " + t, () => { const l = new Intl.Locale(t); return [l.calendars, l.hourCycles, l.numberingSystems, l.textInfo, l.weekInfo]; });
}
const opts = [{}, { numeric: true }, { numeric: false }, { caseFirst: "upper" }, { caseFirst: "false" }, { hourCycle: "h11" },
  { calendar: "buddhist" }, { calendar: "islamicc" }, { collation: "phonebk" }, { numberingSystem: "arab" },
  { language: "fr" }, { script: "Cyrl" }, { region: "GB" }, { language: "fr", region: "CA", script: "Latn" },
  { hourCycle: "h25" }, { caseFirst: "up" }, { calendar: "a" }, { language: "x" }, { script: "Latn1" }, { region: "U" },
  { numeric: "yes" }, { calendar: "gregory", hourCycle: "h23", numeric: true, caseFirst: "lower", numberingSystem: "latn" }];
for (const o of opts) line("opts " + JSON.stringify(o), () => String(new Intl.Locale("en-US-u-ca-gregory", o)));
const bad = [() => Intl.Locale("en"), () => new Intl.Locale(), () => new Intl.Locale(5), () => new Intl.Locale(""),
  () => new Intl.Locale("en_US"), () => new Intl.Locale("x-private"), () => new Intl.Locale("en-u"), () => new Intl.Locale(null),
  () => Intl.Locale.prototype.maximize.call({}), () => Intl.Locale.prototype.baseName, () => new Intl.Locale("en", 5)];
for (const f of bad) line("bad " + f.toString(), f);
line("from locale", () => new Intl.Locale(new Intl.Locale("de-AT"), { region: "CH" }).toString());
line("canonical list", () => Intl.getCanonicalLocales([new Intl.Locale("EN-gb"), "de"]));
line("numberformat with locale", () => new Intl.NumberFormat(new Intl.Locale("de-DE")).format(1234.5));
line("proto", () => [Object.prototype.toString.call(new Intl.Locale("en")), Intl.Locale.length, Intl.Locale.name]);
line("keys", () => Object.keys(new Intl.Locale("en")));
line("stringify", () => new Intl.Locale("en-US").toString() + " " + `${new Intl.Locale("fr")}`);
