// prosemirror-model, prosemirror-transform, prosemirror-schema-basic, quill-delta
import { schema } from 'prosemirror-schema-basic';
import { Node, Fragment, Slice, DOMSerializer } from 'prosemirror-model';
import { Transform, ReplaceStep, Mapping, liftTarget, findWrapping, canSplit } from 'prosemirror-transform';
import Delta from 'quill-delta';
const doc = schema.node('doc', null, [
  schema.node('heading', { level: 1 }, [schema.text('Title')]),
  schema.node('paragraph', null, [schema.text('Hello '), schema.text('bold', [schema.marks.strong.create()]), schema.text(' world')]),
  schema.node('blockquote', null, [schema.node('paragraph', null, [schema.text('quoted text')])]),
]);
console.log(doc.toString(), doc.nodeSize, doc.textContent, doc.childCount);
console.log(JSON.stringify(doc.toJSON()));
const tr = new Transform(doc);
tr.insert(1, schema.text('Big ')).addMark(9, 14, schema.marks.em.create()).delete(20, 22).split(12);
const $pos = tr.doc.resolve(30);
console.log(tr.doc.toString(), tr.steps.length, tr.mapping.map(20), $pos.depth, $pos.parent.type.name, $pos.parentOffset);
const end = tr.doc.content.size; const range = tr.doc.resolve(end - 8).blockRange(tr.doc.resolve(end - 3));
console.log(range && liftTarget(range), JSON.stringify(findWrapping(tr.doc.resolve(3).blockRange(), schema.nodes.blockquote)?.map(w => w.type.name)), canSplit(tr.doc, 5));
tr.lift(range, liftTarget(range));
console.log(tr.doc.toString());
const back = Node.fromJSON(schema, JSON.parse(JSON.stringify(tr.doc.toJSON())));
console.log(back.eq(tr.doc), tr.doc.slice(3, 15).toString(), JSON.stringify(tr.steps.map(s => s.toJSON().stepType)));
const inverted = tr.steps.slice().reverse().reduce((d, s, i, arr) => d, null);
const undo = new Transform(tr.doc); for (let i = tr.steps.length - 1; i >= 0; i--) undo.step(tr.steps[i].invert(tr.docs[i]));
console.log(undo.doc.eq(doc), inverted);
const m = new Mapping([new ReplaceStep(2, 4, Slice.empty).getMap(), new ReplaceStep(1, 1, new Slice(Fragment.from(schema.text('xyz')), 0, 0)).getMap()]);
console.log(m.map(10), m.map(3, -1), m.map(3, 1), m.invert().map(11));
doc.descendants((n, pos) => { if (n.isText) console.log(pos, JSON.stringify(n.text), n.marks.map(mk => mk.type.name).join('+')); });

const a = new Delta().insert('Hello world\n').insert('Second', { bold: true }).insert('\n', { header: 2 });
const b = new Delta().retain(6).delete(5).insert('there').retain(1).retain(6, { italic: true });
const c = a.compose(b);
console.log(JSON.stringify(c.ops), c.length());
const d1 = new Delta().insert('abc'); const d2 = new Delta().retain(1).insert('X'); const d3 = new Delta().retain(2).insert('Y');
console.log(JSON.stringify(d2.transform(d3, true).ops), JSON.stringify(d2.transform(d3, false).ops), JSON.stringify(d1.compose(d2).compose(d2.transform(d3, true)).ops));
console.log(JSON.stringify(a.diff(c).ops), JSON.stringify(b.invert(a).ops), JSON.stringify(c.slice(2, 10).ops), c.transformPosition(8));
const lines = []; c.eachLine((line, attrs, i) => lines.push(i + ':' + JSON.stringify(line.ops) + JSON.stringify(attrs))); console.log(lines.join(' '));
console.log(JSON.stringify(c.filter(op => typeof op.insert === 'string').map(op => op.insert.length)), c.reduce((n, op) => n + (op.attributes ? 1 : 0), 0));
