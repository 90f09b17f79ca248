import * as asciidoctor from 'asciidoctor';
const src = `= Document Title
Author Name <a@b.c>
:toc:
:icons: font

== Section *One*

A paragraph with _emphasis_, \`mono\`, a link:http://x.y[link] and a footnote.footnote:[The note.]

[source,js]
----
const x = 1;
----

* item
** nested
. ordered

|===
| A | B
| 1 | 2
|===

NOTE: An admonition.

[quote, Someone]
____
Quoted.
____
`;
const doc = await asciidoctor.load(src, { safe: 'safe' });
console.log(doc.getDocumentTitle(), doc.getAuthor(), doc.getAttribute('icons'), doc.getSections().map((s) => s.getTitle()).join('|'), doc.getBlocks().length);
console.log(await doc.convert());
console.log(await asciidoctor.convert('*bold* and http://example.org[ex]', { doctype: 'inline' }));
