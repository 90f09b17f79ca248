// @fluent/bundle, messageformat (MF2), node-polyglot, croner
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { MessageFormat } from 'messageformat';
import Polyglot from 'node-polyglot';
import { Cron } from 'croner';
const res = new FluentResource(`
-brand = Firefox
hello = Hello, { $name }!
emails = { $count ->
    [one] You have one new email.
   *[other] You have { $count } new emails.
  }
about = About { -brand } { NUMBER($version, minimumFractionDigits: 1) }
shared = { $user } shared { $photoCount ->
    [one] a photo
   *[other] { $photoCount } photos
  } on { DATETIME($date, month: "long", day: "numeric", timeZone: "UTC") }.
login = Log in
    .placeholder = Username
bad = { $missing } and { unknown-ref }
`);
const bundle = new FluentBundle('en-US', { useIsolating: false });
const errs = bundle.addResource(res);
const fmt = (id, args, attr) => { const m = bundle.getMessage(id); const errors = []; const s = bundle.formatPattern(attr ? m.attributes[attr] : m.value, args, errors); return s + (errors.length ? ' [' + errors.map(e => e.message).join('; ') + ']' : ''); };
console.log(errs.length, fmt('hello', { name: 'Ann' }), fmt('emails', { count: 1 }), fmt('emails', { count: 5 }), fmt('about', { version: 3 }));
console.log(fmt('shared', { user: 'Bo', photoCount: 3, date: new Date(Date.UTC(2024, 2, 15)) }), fmt('login', {}, 'placeholder'), fmt('bad', {}), bundle.hasMessage('nope'));
const pl = new FluentBundle('pl'); pl.addResource(new FluentResource('n = { $n -> \n [one] jeden\n [few] kilka\n [many] wiele\n *[other] inne\n }\n'));
console.log([1, 3, 5, 22, 1.5].map(n => pl.formatPattern(pl.getMessage('n').value, { n })).join());
const mf = new MessageFormat('en', 'Hello {$user}, you have {$n :integer} points.');
console.log(mf.format({ user: 'Kim', n: 1234.6 }));
const sel = new MessageFormat('en', '.input {$n :number}\n.match $n\n0 {{no items}}\none {{one item}}\n* {{{$n} items}}');
console.log([0, 1, 7, 1234.5].map(n => sel.format({ n })).join(' / '));
console.log(JSON.stringify(new MessageFormat('en', 'Cost: {$p :number style=percent}').formatToParts({ p: 0.25 })));
const poly = new Polyglot({ phrases: { hello: 'Hello, %{name}.', cars: '%{smart_count} car |||| %{smart_count} cars', nested: { deep: 'Deep %{x}' } }, locale: 'en' });
console.log(poly.t('hello', { name: 'Spike' }), poly.t('cars', 1), poly.t('cars', { smart_count: 3 }), poly.t('nested.deep', { x: 1 }), poly.t('missing', { _: 'fallback' }), poly.has('hello'));
const ru = new Polyglot({ locale: 'ru', phrases: { n: '%{smart_count} машина |||| %{smart_count} машины |||| %{smart_count} машин' } });
console.log([1, 2, 5, 21].map(n => ru.t('n', n)).join(', '), Polyglot.transformPhrase('%{a} and %{b}', { a: 1 }));
const start = new Date('2024-02-28T10:00:00Z');
const j = new Cron('0 */15 9-17 * * MON-FRI', { timezone: 'UTC', paused: true });
console.log(j.nextRuns(5, start).map(d => d.toISOString()).join(' '));
console.log(new Cron('0 0 12 L * *', { timezone: 'UTC', paused: true }).nextRuns(3, start).map(d => d.toISOString()).join(' '));
console.log(new Cron('@weekly', { timezone: 'Europe/Berlin', paused: true }).nextRun(start).toISOString(), new Cron('0 30 2 * * *', { timezone: 'America/New_York', paused: true }).nextRuns(2, new Date('2024-03-09T12:00:00Z')).map(d => d.toISOString()).join(' '));
console.log(new Cron('0 0 0 29 2 *', { paused: true, timezone: 'UTC' }).nextRun(start).toISOString(), new Cron('0 0 0 * * 5#2', { paused: true, timezone: 'UTC', legacyMode: false }).nextRuns(2, start).map(d => d.toISOString()).join(' '));
try { new Cron('61 * * * * *'); } catch (e) { console.log(e.constructor.name, e.message); }
let ticks = 0; const live = new Cron('* * * * * *', { maxRuns: 1 }, () => { ticks++; }); console.log(live.isRunning(), live.getPattern()); live.stop(); console.log(live.isStopped(), ticks);
