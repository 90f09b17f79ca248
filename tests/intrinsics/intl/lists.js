// Differential corpus: Intl.ListFormat against node (one line per case).
const line = (label, f) => { let r; try { r = f(); } catch (e) { r = e.constructor.name; } console.log(label + " => " + (typeof r === "string" ? r : JSON.stringify(r))); };
const lists = [[], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "b", "c", "d"], ["Motorcycle", "Bus", "Car", "Train", "Plane"], ["", ""], ["{0}", "{1}"]];
const locales = ["en-US", "en", "en-GB", "de", "fr", "es", "ja", "zh", "ar", "ru", "he", "hi", "pt-BR", "it", "nl", "ko"];
for (const loc of locales)
  for (const type of ["conjunction", "disjunction", "unit"])
    for (const style of ["long", "short", "narrow"]) {
      let lf;
      try { lf = new Intl.ListFormat(loc, { type, style }); } catch (e) { console.log(loc, type, style, e.constructor.name); continue; }
      for (const l of lists) line(`${loc} ${type} ${style} ${JSON.stringify(l)}`, () => lf.format(l));
    }
for (const type of ["conjunction", "disjunction", "unit"]) for (const style of ["long", "short", "narrow"])
  line(`parts ${type} ${style}`, () => new Intl.ListFormat("en-US", { type, style }).formatToParts(["x", "y", "z"]));
line("parts 2", () => new Intl.ListFormat("en-US").formatToParts(["x", "y"]));
line("parts 1", () => new Intl.ListFormat("en-US").formatToParts(["x"]));
line("parts 0", () => new Intl.ListFormat("en-US").formatToParts([]));
line("iterable string", () => new Intl.ListFormat("en-US").format("abc"));
line("iterable set", () => new Intl.ListFormat("en-US").format(new Set(["p", "q"])));
line("undefined", () => new Intl.ListFormat("en-US").format());
for (const o of [undefined, {}, { type: "unit" }, { style: "narrow" }, { localeMatcher: "lookup" }])
  line("resolved " + JSON.stringify(o), () => new Intl.ListFormat("en-US", o).resolvedOptions());
line("resolved de", () => new Intl.ListFormat("de-DE").resolvedOptions());
line("resolved default", () => new Intl.ListFormat().resolvedOptions().type);
const bad = [() => Intl.ListFormat(), () => new Intl.ListFormat("en", 5), () => new Intl.ListFormat("en", "x"),
  () => new Intl.ListFormat("en", { type: "x" }), () => new Intl.ListFormat("en", { style: "x" }),
  () => new Intl.ListFormat("en", { localeMatcher: "x" }), () => new Intl.ListFormat("en_US"),
  () => new Intl.ListFormat("en").format(["a", 1]), () => new Intl.ListFormat("en").format(5),
  () => new Intl.ListFormat("en").format(null), () => Intl.ListFormat.prototype.format.call({}, []),
  () => Intl.ListFormat.prototype.resolvedOptions.call(new Intl.NumberFormat())];
for (const f of bad) line("bad " + f.toString(), f);
line("null options", () => { try { new Intl.ListFormat("en", null); return "ok"; } catch (e) { return e.constructor.name; } });
line("supportedLocalesOf", () => Intl.ListFormat.supportedLocalesOf(["en-US", "de", "xx", "zh-Hant-TW"]));
line("shape", () => [Intl.ListFormat.length, Intl.ListFormat.name, Object.prototype.toString.call(new Intl.ListFormat()), Intl.ListFormat.prototype.format.length, Object.getOwnPropertyNames(Intl.ListFormat.prototype)]);
let closed = 0;
const it = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: i === 1 ? "a" : 2, done: false }; }, return() { closed++; return {}; } }; } };
line("iterator closed", () => { try { new Intl.ListFormat("en").format(it); } catch (e) { return e.constructor.name + " " + closed; } });
for (const l of [["a", "i"], ["a", "hi"], ["a", "hielo"], ["a", "hiato"], ["a", "Isla"], ["a", "o"], ["a", "hotel"], ["a", "8"], ["a", "11"], ["a", "110"], ["a", "11 x"], ["a", "b", "Ibiza"]])
  for (const type of ["conjunction", "disjunction"]) line(`es ${type} ${JSON.stringify(l)}`, () => new Intl.ListFormat("es", { type }).format(l));
for (const l of [["a", "b"], ["שלום", "עולם"], ["a", "עולם"], ["שלום", "1"]]) line(`he ${JSON.stringify(l)}`, () => new Intl.ListFormat("he").format(l));
