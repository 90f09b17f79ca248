// Differential corpus: Intl.PluralRules against node (en-US and a few other locales).
const nums = [0, 1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 23, 101, 111, 1.5, 1.0, 0.5, -1, 1e6, 2.25];
for (const [l, o] of [["en-US", {}], ["en-US", { type: "ordinal" }], ["en-US", { minimumFractionDigits: 1 }],
  ["en-US", { maximumSignificantDigits: 1 }], ["fr", {}], ["ru", {}], ["ar", {}], ["pl", {}], ["cy", { type: "ordinal" }]]) {
  const pr = new Intl.PluralRules(l, o);
  console.log(l + " " + JSON.stringify(o) + " => " + nums.map((n) => pr.select(n)).join(",") + " " +
    JSON.stringify(pr.resolvedOptions().pluralCategories.slice().sort()));
}
const r = new Intl.PluralRules("en-US").resolvedOptions();
console.log("resolved " + JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]])));
console.log("supported " + JSON.stringify(Intl.PluralRules.supportedLocalesOf(["en-US", "fr", "xx-YY", "de-u-co-phonebk"])));
console.log("canonical " + JSON.stringify(Intl.getCanonicalLocales(["EN-us", "zh-hant-tw", "de-u-kn-true-ca-gregory", "x-private"].slice(0, 3))));
