// Differential corpus: Intl.DateTimeFormat / Date.prototype.toLocale*String against node (en-US).
const dates = [Date.UTC(2024, 2, 5, 15, 4, 9, 7), Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2024, 6, 4, 0, 30),
  Date.UTC(1970, 0, 1), Date.UTC(-50, 0, 1, 12), Date.UTC(2020, 1, 29, 12, 0, 0)];
const zones = ["UTC", "America/New_York", "Europe/Paris", "Asia/Kolkata", "Asia/Tokyo", "America/Los_Angeles",
  "Australia/Sydney"];
const options = [
  {}, { dateStyle: "full" }, { dateStyle: "long" }, { dateStyle: "medium" }, { dateStyle: "short" },
  { timeStyle: "full" }, { timeStyle: "long" }, { timeStyle: "medium" }, { timeStyle: "short" },
  { dateStyle: "full", timeStyle: "short" }, { dateStyle: "medium", timeStyle: "medium" },
  { dateStyle: "short", timeStyle: "long" },
  { year: "numeric" }, { month: "long" }, { month: "short", day: "numeric" }, { weekday: "long" },
  { year: "numeric", month: "long", day: "numeric" }, { year: "2-digit", month: "2-digit", day: "2-digit" },
  { weekday: "short", year: "numeric", month: "short", day: "numeric" },
  { hour: "numeric" }, { hour: "2-digit", minute: "2-digit" }, { hour: "numeric", minute: "numeric", second: "numeric" },
  { hour: "numeric", hourCycle: "h23" }, { hour: "numeric", minute: "numeric", hour12: true },
  { hour: "numeric", minute: "numeric", hourCycle: "h11" },
  { month: "long", day: "numeric", hour: "numeric" },
  { weekday: "long", month: "long", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" },
  { hour: "numeric", minute: "numeric", second: "numeric", fractionalSecondDigits: 3 },
  { timeZoneName: "short" }, { timeZoneName: "long", hour: "numeric" }, { timeZoneName: "shortOffset" },
  { timeZoneName: "longOffset", hour: "numeric", minute: "numeric" },
  { era: "short" }, { era: "long", year: "numeric" }, { month: "narrow" }, { dayPeriod: "long", hour: "numeric" },
];
for (const o of options) {
  for (const tz of zones) {
    const f = new Intl.DateTimeFormat("en-US", { ...o, timeZone: tz });
    console.log(JSON.stringify(o) + " " + tz + " => " + dates.map((d) => f.format(d)).join(" | "));
  }
}
for (const d of dates) {
  const x = new Date(d);
  console.log("toLocale " + d + " => " + x.toLocaleString("en-US", { timeZone: "UTC" }) + " | " +
    x.toLocaleDateString("en-US", { timeZone: "America/New_York" }) + " | " + x.toLocaleTimeString("en-US", { timeZone: "Asia/Tokyo" }));
}
console.log("invalid => " + new Date(NaN).toLocaleString());
const parts = (o) => JSON.stringify(new Intl.DateTimeFormat("en-US", { timeZone: "UTC", ...o }).formatToParts(dates[0]));
console.log("parts " + parts({}));
console.log("parts " + parts({ dateStyle: "full", timeStyle: "long" }));
console.log("parts " + parts({ hour: "numeric", minute: "numeric", second: "numeric", fractionalSecondDigits: 2 }));
const ro = (o) => { const r = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", ...o }).resolvedOptions(); return JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]])); };
for (const o of [{}, { dateStyle: "long" }, { hour: "numeric", minute: "numeric" }, { weekday: "long", month: "short" },
  { hour: "2-digit", hourCycle: "h23" }, { timeZoneName: "short", era: "narrow" }]) console.log("resolved " + ro(o));
for (const tz of ["utc", "america/new_york", "Etc/GMT", "Asia/Calcutta"]) {
  console.log("zone " + tz + " => " + new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone);
}
