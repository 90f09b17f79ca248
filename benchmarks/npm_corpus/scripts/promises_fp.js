// q, rsvp, sanctuary, purify-ts
const Q = require('q');
const RSVP = require('rsvp');
const S = require('sanctuary');
const { Maybe, Just, Nothing, Either, Left, Right, EitherAsync, List, NonEmptyList, Codec, string, number, array, optional } = require('purify-ts');
const log = [];
(async () => {
  const d = Q.defer(); setTimeout(() => d.resolve(5), 5);
  const v = await Q.all([d.promise, Q(2), Q.delay(3, 1)]).spread((a, b, c) => a + b + c);
  log.push('q all ' + v);
  log.push('q allSettled ' + JSON.stringify(await Q.allSettled([Q(1), Q.reject(new Error('x'))]).then(r => r.map(s => s.state))));
  const timed = await Q.delay(50).timeout(5, 'too slow').catch(e => e.message); log.push('q timeout ' + timed);
  const nf = await Q.nfbind((a, b, cb) => cb(null, a * b))(6, 7); log.push('q nfcall ' + nf);
  log.push('q inspect ' + JSON.stringify(Q(9).inspect()));
  const h = await RSVP.hash({ a: RSVP.resolve(1), b: new RSVP.Promise(r => setTimeout(() => r(2), 2)), c: 3 }); log.push('rsvp hash ' + JSON.stringify(h));
  const s = await RSVP.allSettled([RSVP.reject('no'), 1]); log.push('rsvp settled ' + JSON.stringify(s));
  log.push('rsvp map ' + await RSVP.map([1, 2, 3], x => RSVP.resolve(x * 10)));
  log.push('rsvp filter ' + await RSVP.filter([1, 2, 3, 4], x => x % 2 === 0));
  const denod = RSVP.denodeify((x, cb) => cb(null, x + '!')); log.push('rsvp denodeify ' + await denod('hi'));
  log.push('rsvp race ' + await RSVP.race([new RSVP.Promise(r => setTimeout(() => r('slow'), 20)), RSVP.resolve('fast')]));
  console.log(log.join('\n'));

  console.log(S.show(S.map(x => x + 1)(S.Just(1))), S.show(S.chain(S.parseInt(10))(S.Just('42'))), S.show(S.parseFloat('x')), S.show(S.head([])), S.show(S.last([1, 2, 3])));
  console.log(S.show(S.pipe([S.map(S.mult(2)), S.filter(S.gt(4)), S.sum])([1, 2, 3, 4])), S.show(S.sort(['b', 'c', 'a'])), S.show(S.encase(JSON.parse)('{bad')));
  console.log(S.show(S.fromMaybe(0)(S.Nothing)), S.show(S.either(S.toUpper)(S.show)(S.Left('err'))), S.show(S.sequence(S.Maybe)([S.Just(1), S.Just(2)])), S.show(S.lift2(S.add)(S.Just(3))(S.Just(4))));
  try { S.add('a')(1); } catch (e) { console.log(e.name, e.message.split('\n').slice(0, 6).join(' / ')); }
  console.log(S.show(S.fromPairs([S.Pair('a')(1), S.Pair('b')(2)])), S.show(S.groupBy(S.equals)([1, 1, 2, 3, 3])), S.show(S.range(0)(5)), S.show(S.splitOn(',')('a,b,,c')), S.show(S.unfoldr(n => n < 5 ? S.Just(S.Pair(n)(n + 1)) : S.Nothing)(1)));

  const m = Maybe.fromNullable({ a: { b: 5 } }).chain(o => Maybe.fromNullable(o.a)).map(a => a.b * 2);
  console.log(m.toString(), Nothing.orDefault(3), Just(1).equals(Just(1)), Maybe.sequence([Just(1), Nothing]).isNothing(), Maybe.catMaybes([Just(1), Nothing, Just(3)]).join());
  const e = Either.encase(() => JSON.parse('{"x":1}')).map(o => o.x).mapLeft(err => err.message);
  console.log(e.toString(), Left('bad').orDefault('def'), Either.lefts([Left(1), Right(2), Left(3)]).join(), Right(5).chain(x => x > 3 ? Left('big') : Right(x)).toString(), JSON.stringify(Right(2).toJSON()));
  const ea = await EitherAsync(async ({ liftEither, fromPromise }) => { const a = await liftEither(Right(5)); const b = await fromPromise(Promise.resolve(Right(a * 3))); return a + b; }).run();
  console.log(ea.toString(), List.head([]).toString(), List.find(x => x > 1, [1, 2, 3]).toString(), NonEmptyList.isNonEmpty([]), NonEmptyList([1, 2]).length);
  const User = Codec.interface({ name: string, age: number, tags: array(string), nick: optional(string) });
  console.log(User.decode({ name: 'a', age: 3, tags: ['x'] }).toString(), User.decode({ name: 'a', age: '3', tags: [] }).toString(), JSON.stringify(User.encode({ name: 'z', age: 1, tags: [] })));
})();
