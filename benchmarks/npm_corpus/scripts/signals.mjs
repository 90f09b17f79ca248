import { signal, computed, effect, batch, untracked } from '@preact/signals-core';
import { atom, map, computed as ncomputed, onMount, task, allTasks } from 'nanostores';
const a = signal(1), b = signal(2); const log = [];
const sum = computed(() => a.value + b.value); const dbl = computed(() => sum.value * 2);
const dispose = effect(() => { log.push(`eff ${a.value}+${b.value}=${sum.value} dbl=${dbl.value}`); return () => log.push('cleanup'); });
a.value = 10; batch(() => { a.value = 3; b.value = 4; }); b.value = 4;
console.log(untracked(() => dbl.value), sum.peek(), JSON.stringify(sum), String(a));
dispose(); a.value = 99; console.log(log.join(' | '));
const s = signal(0); const seen = []; const un = s.subscribe((v) => seen.push(v)); s.value++; s.value += 5; un(); s.value = -1; console.log(seen.join());
try { const c = computed(() => c.value); c.value; } catch (e) { console.log('cycle', e.message); }
const $n = atom(0); const $u = map({ name: 'a', age: 1 }); const $d = ncomputed([$n, $u], (n, u) => `${u.name}:${n + u.age}`);
const nl = []; onMount($n, () => { nl.push('mount'); return () => nl.push('unmount'); });
const off = $d.subscribe((v) => nl.push(v)); $n.set(5); $u.setKey('name', 'b'); $u.setKey('age', 10); off();
console.log(nl.join(' '), $n.get(), JSON.stringify($u.get()));
await new Promise((r) => setTimeout(r, 1100)); console.log(nl.join(' '));
task(async () => { await new Promise((r) => setTimeout(r, 5)); console.log('task done'); }); await allTasks(); console.log('all');
