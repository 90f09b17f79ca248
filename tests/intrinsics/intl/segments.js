// Differential corpus: Intl.Segmenter against node (one line per case).
const line = (label, f) => { let r; try { r = f(); } catch (e) { r = e.constructor.name; } console.log(label + " => " + (typeof r === "string" ? r : JSON.stringify(r))); };
const texts = ["", "a", "Hello, world!", "Hello world. How are you? I'm fine!", "e\u0301t\u00e9 caf\u00e9", "👍🏽 👨‍👩‍👧 🇺🇸🇬🇧🇫 x",
  "a\r\nb\nc\rd", "don't stop", "3.14 1,000 1.2.3 a1b2 v2.0", "U.S.A. is big. e.g. this.", "He said \"Hi.\" Then left.",
  "Mr. Smith went to Washington. He arrived at 5 p.m. today.", "What?! Really... yes.", "a_b __init__ foo-bar foo:bar",
  "한국어 텍스트", "\u1100\u1161\u11a8 \uac00", "Zürich, Straße; Œuvre", "שלום עולם", "מ\"ר ו'", "Привет, мир! Как дела?",
  "tab\there", "a  b   c", "end.\n\nNew para", "(Parenthetical.) Next one.", "1. First\n2. Second", "x\u200by", "a\u00adb",
  "emoji 😀😀 text", "\u0915\u094d\u0937\u093f", "a\u2028b\u2029c", "ｶﾀｶﾅ カタカナ ひらがな", "3.5% 2.5e10 $100", "'quoted' words",
  "abc\ud800def", "\udc00x", "\u0915\u094d\u200d\u0937", "\u0915\u094d\u0915\u094d\u0937 \u0995\u09cd\u09b7", "今日は晴れ", "สวัสดีครับ", "I.B.M. stock rose 5.5%. Analysts: good.", "...", "!!!", "a.b", "A.B", "foo.Bar baz. Qux"];
for (const g of ["grapheme", "word", "sentence"]) {
  const seg = new Intl.Segmenter("en", { granularity: g });
  for (const t of texts) line(`${g} ${JSON.stringify(t)}`, () => [...seg.segment(t)].map((s) => g === "word" ? [s.segment, s.index, s.isWordLike] : [s.segment, s.index]));
}
const s = new Intl.Segmenter("en", { granularity: "word" }).segment("Hello big world");
for (const i of [-1, 0, 4, 5, 6, 8, 14, 15, 100, 2.7, "3", NaN, undefined, Infinity]) line(`containing ${String(i)}`, () => s.containing(i));
line("segment data", () => { const d = [...new Intl.Segmenter().segment("ab")][0]; return [Object.keys(d), d.input]; });
line("sentence data", () => Object.keys([...new Intl.Segmenter("en", { granularity: "sentence" }).segment("A. B.")][0]));
for (const o of [undefined, {}, { granularity: "word" }, { granularity: "sentence" }, { localeMatcher: "lookup" }])
  line("resolved " + JSON.stringify(o), () => new Intl.Segmenter("en-US", o).resolvedOptions());
line("resolved ja", () => new Intl.Segmenter("ja-JP").resolvedOptions());
const bad = [() => Intl.Segmenter(), () => new Intl.Segmenter("en", 5), () => new Intl.Segmenter("en", { granularity: "line" }),
  () => new Intl.Segmenter("en", null), () => Intl.Segmenter.prototype.segment.call({}, "x"),
  () => new Intl.Segmenter().segment(Symbol()), () => new Intl.Segmenter().segment().containing(0).segment,
  () => new Intl.Segmenter().segment(12345).containing(2).segment, () => Object.getPrototypeOf(new Intl.Segmenter().segment("")).containing.call({}, 0)];
for (const f of bad) line("bad " + f.toString(), f);
line("iterator shape", () => { const it = new Intl.Segmenter().segment("ab")[Symbol.iterator](); return [Object.prototype.toString.call(it), typeof it.next, Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), it.next(), it.next().value.segment, it.next()]; });
line("segments shape", () => { const sg = new Intl.Segmenter().segment("ab"); return [Object.prototype.toString.call(sg), Object.getOwnPropertyNames(Object.getPrototypeOf(sg)), sg.containing.length]; });
line("supportedLocalesOf", () => Intl.Segmenter.supportedLocalesOf(["en-US", "de", "xx"]));
line("shape", () => [Intl.Segmenter.length, Intl.Segmenter.name, Object.prototype.toString.call(new Intl.Segmenter()), Object.getOwnPropertyNames(Intl.Segmenter.prototype)]);
