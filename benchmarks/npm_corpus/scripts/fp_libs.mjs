import nt from 'neverthrow';
const { ok, err, Result, ResultAsync } = nt; const combine = Result.combine;
import { match, P } from 'ts-pattern';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { isRight } from 'fp-ts/lib/Either.js';
import * as v from 'valibot';
const div = (a, b) => b === 0 ? err('div by zero') : ok(a / b);
console.log(div(6, 3).map(x => x * 10).unwrapOr(-1), div(1, 0).mapErr(e => e.toUpperCase()).isErr(), div(8, 2).andThen(x => div(x, 2)).match(x => 'ok ' + x, e => 'err ' + e));
console.log(JSON.stringify(combine([ok(1), ok(2)])), JSON.stringify(combine([ok(1), err('x'), err('y')])), Result.fromThrowable(JSON.parse, () => 'bad json')('{').error);
console.log(await ResultAsync.fromPromise(Promise.resolve(3), () => 'e').map(x => x + 1).match(x => x, e => e));
const shape = s => match(s)
  .with({ kind: 'circle', r: P.number }, ({ r }) => 'circle ' + (Math.PI * r * r).toFixed(2))
  .with({ kind: 'rect', w: P.select('w'), h: P.select('h') }, ({ w, h }) => 'rect ' + w * h)
  .with(P.array(P.string), a => 'strings ' + a.length)
  .with(P.union(null, undefined), () => 'nothing')
  .with(P.when(x => typeof x === 'number' && x > 100), () => 'big')
  .otherwise(x => 'other ' + JSON.stringify(x));
console.log([{ kind: 'circle', r: 2 }, { kind: 'rect', w: 3, h: 4 }, ['a', 'b'], null, 500, 5, { kind: 'tri' }].map(shape).join(' | '));
const User = t.type({ name: t.string, age: t.number, tags: t.array(t.string), role: t.union([t.literal('admin'), t.literal('user')]) });
const good = User.decode({ name: 'a', age: 3, tags: ['x'], role: 'user' });
const bad = User.decode({ name: 1, age: '3', tags: [1], role: 'root' });
console.log(isRight(good), isRight(bad), PathReporter.report(bad).join('\n'));
const Schema = v.object({ email: v.pipe(v.string(), v.email()), age: v.pipe(v.number(), v.minValue(18)), tags: v.optional(v.array(v.string()), []) });
console.log(JSON.stringify(v.parse(Schema, { email: 'a@b.co', age: 20 })));
const r = v.safeParse(Schema, { email: 'nope', age: 3, tags: [1] });
console.log(r.success, r.issues.map(i => i.message + ' @' + v.getDotPath(i)).join('; '));
console.log(JSON.stringify(v.flatten(r.issues)));
