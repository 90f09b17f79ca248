// Differential corpus: Intl.NumberFormat / Number.prototype.toLocaleString against node (en-US).
const values = [0, -0, 1, -1, 0.5, 1.005, 2.5, -2.5, 3.14159, 12.345, 999.9995, 1000, 1234.5, -1234.5678,
  12345.6789, 999999, 1234567.891, 0.000123, 1e21, 123456789012345680000, NaN, Infinity, -Infinity, 0.1 + 0.2];
const options = [
  undefined,
  { maximumFractionDigits: 0 }, { minimumFractionDigits: 2 }, { maximumFractionDigits: 1 },
  { minimumIntegerDigits: 3 }, { useGrouping: false }, { useGrouping: "min2" },
  { maximumSignificantDigits: 3 }, { minimumSignificantDigits: 5 },
  { style: "percent" }, { style: "percent", maximumFractionDigits: 2 },
  { style: "currency", currency: "USD" }, { style: "currency", currency: "EUR" },
  { style: "currency", currency: "JPY" }, { style: "currency", currency: "GBP", currencyDisplay: "code" },
  { style: "currency", currency: "USD", currencyDisplay: "name" },
  { style: "currency", currency: "USD", currencySign: "accounting" },
  { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol" },
  { notation: "compact" }, { notation: "compact", compactDisplay: "long" },
  { notation: "scientific" }, { notation: "engineering" },
  { signDisplay: "always" }, { signDisplay: "exceptZero" }, { signDisplay: "never" }, { signDisplay: "negative" },
  { style: "unit", unit: "kilometer" }, { style: "unit", unit: "kilometer-per-hour", unitDisplay: "long" },
  { style: "unit", unit: "megabyte", unitDisplay: "narrow" }, { style: "unit", unit: "celsius" },
  { style: "unit", unit: "liter", unitDisplay: "long" }, { style: "unit", unit: "percent" },
  { roundingMode: "floor", maximumFractionDigits: 1 }, { roundingMode: "halfEven", maximumFractionDigits: 0 },
  { roundingIncrement: 5, maximumFractionDigits: 2, minimumFractionDigits: 2 },
  { trailingZeroDisplay: "stripIfInteger", minimumFractionDigits: 2 },
  { roundingPriority: "lessPrecision", maximumSignificantDigits: 2, maximumFractionDigits: 2 },
];
for (const o of options) {
  const nf = new Intl.NumberFormat("en-US", o);
  console.log(JSON.stringify(o) + " => " + values.map((v) => nf.format(v)).join(" | "));
}
for (const v of [1234.5, -0.5, 1e6]) {
  console.log("toLocaleString " + v + " => " + v.toLocaleString() + " | " + v.toLocaleString("en-US", { style: "currency", currency: "USD" }));
}
console.log("bigint => " + (123456789012345678901234567890n).toLocaleString() + " | " + new Intl.NumberFormat().format(-5n));
console.log("string => " + new Intl.NumberFormat().format("1234567.891234567891") + " | " + new Intl.NumberFormat().format("1e3"));
const parts = (o, v) => JSON.stringify(new Intl.NumberFormat("en-US", o).formatToParts(v));
console.log("parts " + parts(undefined, -1234.56));
console.log("parts " + parts({ style: "currency", currency: "USD" }, 1234.5));
console.log("parts " + parts({ style: "percent", signDisplay: "always" }, 0.5));
console.log("parts " + parts({ notation: "compact", compactDisplay: "long" }, 1234567));
console.log("parts " + parts({ notation: "scientific" }, 0.00123));
console.log("parts " + parts({ style: "unit", unit: "kilometer-per-hour" }, 12.5));
console.log("parts " + parts(undefined, NaN));
const ro = (o) => { const r = new Intl.NumberFormat("en-US", o).resolvedOptions(); return JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]])); };
console.log("resolved " + ro(undefined));
console.log("resolved " + ro({ style: "currency", currency: "eur" }));
console.log("resolved " + ro({ notation: "compact" }));
console.log("resolved " + ro({ maximumSignificantDigits: 3 }));
console.log("resolved " + ro({ style: "unit", unit: "meter", unitDisplay: "long" }));
for (const l of ['de', 'en', 'fr', 'es', 'ja', 'it', 'nl', 'pt', 'ru', 'sv', 'pl', 'tr'])
  for (const d of ['short', 'long'])
    console.log(l, d, [1234, 1234567, 1.5e9, 2e12].map(n => new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: d }).format(n)).join(' | '));
