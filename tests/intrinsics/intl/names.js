// Differential corpus: Intl.DisplayNames against node (one line per case).
const line = (label, f) => { let r; try { r = f(); } catch (e) { r = e.constructor.name; } console.log(label + " => " + (typeof r === "string" ? r : JSON.stringify(r))); };
const of = (loc, o, c) => new Intl.DisplayNames(loc, o).of(c);
const languages = ["en", "en-GB", "en-US", "en-Latn-US", "zh-Hant", "zh-Hant-TW", "zh-TW", "sr-Latn", "sr-Latn-RS", "en-XY", "xyz",
  "xyz-US", "de-AT", "de-CH", "es-419", "es-MX", "fr-CA", "pt-BR", "pt-PT", "nl-BE", "en-GB-oxendict", "EN-gb", "zh-Hans", "ar-001",
  "en-Zzzz", "de", "fr", "ja", "ko", "ru", "hi", "he", "iw", "sw", "yue", "haw", "fil", "tlh", "nds", "ro-MD", "en-AU", "en-CA"];
for (const loc of ["en-US", "de", "fr", "ja"]) for (const style of ["long", "short"]) for (const ld of ["dialect", "standard"])
  for (const c of languages) line(`language ${loc} ${style} ${ld} ${c}`, () => of(loc, { type: "language", style, languageDisplay: ld }, c));
const regions = ["US", "GB", "419", "001", "ZZ", "XY", "HK", "150", "DE", "JP", "CN", "TW", "MO", "PS", "BA", "MM", "CI", "EU", "UN", "AQ", "AC"];
for (const loc of ["en-US", "de", "fr", "ja", "es", "zh"]) for (const style of ["long", "short", "narrow"])
  line(`region ${loc} ${style}`, () => regions.map((c) => of(loc, { type: "region", style }, c)).join(" | "));
const scripts = ["Latn", "Zzzz", "Xyzw", "Hant", "Hans", "Arab", "Cyrl", "Grek", "Hebr", "Deva", "Jpan", "Kore", "Brai", "Zsye"];
for (const loc of ["en-US", "de", "fr", "ja"]) line(`script ${loc}`, () => scripts.map((c) => of(loc, { type: "script" }, c)).join(" | "));
const currencies = ["USD", "EUR", "XYZ", "JPY", "GBP", "CHF", "CNY", "INR", "BTC", "XTS", "XXX", "XAU", "usd"];
for (const loc of ["en-US", "de", "fr", "ja"]) for (const style of ["long", "short", "narrow"])
  line(`currency ${loc} ${style}`, () => currencies.map((c) => of(loc, { type: "currency", style }, c)).join(" | "));
const calendars = ["gregory", "buddhist", "chinese", "coptic", "dangi", "ethioaa", "ethiopic", "hebrew", "indian", "islamic", "islamic-civil", "islamic-umalqura", "iso8601", "japanese", "persian", "roc", "abc"];
for (const style of ["long", "short"]) line(`calendar en-US ${style}`, () => calendars.map((c) => of("en-US", { type: "calendar", style }, c)).join(" | "));
const fields = ["era", "year", "quarter", "month", "weekOfYear", "weekday", "day", "dayPeriod", "hour", "minute", "second", "timeZoneName"];
for (const style of ["long", "short", "narrow"]) line(`field en-US ${style}`, () => fields.map((c) => of("en-US", { type: "dateTimeField", style }, c)).join(" | "));
for (const type of ["language", "region", "script", "currency", "calendar", "dateTimeField"])
  line(`none ${type}`, () => ["xyz", "XY", "Xyzw", "XYZ", "abc", "year"].map((c) => { try { return String(of("en-US", { type, fallback: "none" }, c)); } catch (e) { return e.constructor.name; } }).join(" | "));
for (const o of [{ type: "language" }, { type: "region", style: "short" }, { type: "currency", fallback: "none" }, { type: "language", languageDisplay: "standard" }, { type: "calendar" }, { type: "dateTimeField", style: "narrow" }, { type: "script", languageDisplay: "standard" }])
  line("resolved " + JSON.stringify(o), () => new Intl.DisplayNames("en-US", o).resolvedOptions());
line("resolved de", () => new Intl.DisplayNames("de-DE", { type: "region" }).resolvedOptions());
const dn = new Intl.DisplayNames("en-US", { type: "region" });
const bad = [() => Intl.DisplayNames("en", { type: "region" }), () => new Intl.DisplayNames("en"), () => new Intl.DisplayNames("en", {}),
  () => new Intl.DisplayNames("en", 5), () => new Intl.DisplayNames("en", { type: "x" }), () => new Intl.DisplayNames("en", { type: "region", style: "x" }),
  () => new Intl.DisplayNames("en", { type: "region", fallback: "x" }), () => new Intl.DisplayNames("en", { type: "language", languageDisplay: "x" }),
  () => dn.of("aaa"), () => dn.of("U"), () => dn.of(), () => dn.of(""), () => dn.of({ toString() { return "FR"; } }),
  () => of("en", { type: "language" }, "en-u-ca-gregory"), () => of("en", { type: "language" }, "en_US"), () => of("en", { type: "language" }, "root"),
  () => of("en", { type: "script" }, "Lat"), () => of("en", { type: "currency" }, "US"), () => of("en", { type: "currency" }, "USDD"),
  () => of("en", { type: "calendar" }, "gregorian"), () => of("en", { type: "calendar" }, "a"), () => of("en", { type: "calendar" }, "gregory_x"),
  () => of("en", { type: "dateTimeField" }, "years"), () => of("en", { type: "dateTimeField" }, "Year"),
  () => Intl.DisplayNames.prototype.of.call({}, "US")];
for (const f of bad) line("bad " + f.toString(), f);
line("supportedLocalesOf", () => Intl.DisplayNames.supportedLocalesOf(["en-US", "de", "xx"]));
line("shape", () => [Intl.DisplayNames.length, Intl.DisplayNames.name, Object.prototype.toString.call(dn), dn.of.length, Object.getOwnPropertyNames(Intl.DisplayNames.prototype)]);
