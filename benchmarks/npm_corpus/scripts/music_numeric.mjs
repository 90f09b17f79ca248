// tonal, jstat, fft.js, random-js, pure-rand
import { Note, Interval, Chord, Scale, Key, Progression, Midi, RomanNumeral, Mode } from 'tonal';
import jStatPkg from 'jstat';
import FFT from 'fft.js';
import { Random, MersenneTwister19937 } from 'random-js';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { mersenne } from 'pure-rand/generator/mersenne';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformBigInt } from 'pure-rand/distribution/uniformBigInt';
const { jStat } = jStatPkg;
console.log(Note.get('C#4').midi, Note.freq('A4'), Note.transpose('Bb3', '5P'), Note.enharmonic('C#'), Note.sortedNames(['E4', 'C2', 'G3']).join());
console.log(Interval.distance('C4', 'G5'), Interval.semitones('11m'), Interval.invert('3M'), Interval.add('3m', '5P'));
console.log(JSON.stringify(Chord.get('Cmaj7').notes), Chord.detect(['D', 'F#', 'A', 'C']).join(), JSON.stringify(Chord.transpose('Dm7b5', '3M')));
console.log(Scale.get('C major').notes.join(), Scale.get('A harmonic minor').intervals.join(), Scale.detect(['C', 'D', 'E', 'F', 'G', 'A', 'B']).slice(0, 3).join());
const k = Key.majorKey('F');
console.log(k.keySignature, k.chords.join(), k.minorRelative, JSON.stringify(Key.minorKey('c').harmonic.chords));
console.log(Progression.fromRomanNumerals('C', ['I', 'IIm7', 'V7']).join(), Progression.toRomanNumerals('G', ['G', 'Em', 'C', 'D']).join());
console.log(Midi.toMidi('C4'), Midi.midiToNoteName(61, { sharps: true }), Midi.freqToMidi(220), RomanNumeral.get('bVIIMaj7').name, Mode.names().join());

const data = [2, 4, 4, 4, 5, 5, 7, 9, 11, 3.5];
const r = x => Math.round(x * 1e6) / 1e6;
console.log(r(jStat.mean(data)), r(jStat.stdev(data, true)), r(jStat.median(data)), JSON.stringify(jStat.quantiles(data, [0.25, 0.5, 0.75]).map(r)));
console.log(r(jStat.normal.cdf(1.96, 0, 1)), r(jStat.normal.inv(0.975, 0, 1)), r(jStat.studentt.inv(0.975, 9)), r(jStat.chisquare.cdf(3.84, 1)), r(jStat.gammafn(5.5)), r(jStat.betafn(2, 3)));
console.log(r(jStat.ttest(data, 5, 2)), JSON.stringify(jStat.tci(jStat.mean(data), 0.05, data).map(r)), r(jStat.corrcoeff([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])));
const m = jStat([[1, 2], [3, 4]]);
console.log(JSON.stringify(jStat.inv([[4, 7], [2, 6]]).map(row => row.map(r))), r(jStat.det([[1, 2], [3, 4]])), JSON.stringify(m.transpose().toArray()), JSON.stringify(jStat.multiply([[1, 2], [3, 4]], [[5], [6]])));

const f = new FFT(16);
const input = Array.from({ length: 16 }, (_, i) => Math.sin(2 * Math.PI * 3 * i / 16) + 0.5 * Math.cos(2 * Math.PI * 5 * i / 16));
const out = f.createComplexArray();
f.realTransform(out, input); f.completeSpectrum(out);
console.log(Array.from({ length: 16 }, (_, i) => r(Math.hypot(out[2 * i], out[2 * i + 1]))).join(' '));
const back = f.createComplexArray(); f.inverseTransform(back, out);
console.log(r(back[6]), r(input[3]), f.fromComplexArray(back).slice(0, 4).map(r).join());

const rnd = new Random(MersenneTwister19937.seed(12345));
console.log(rnd.integer(1, 100), rnd.real(0, 1).toFixed(6), rnd.bool(), rnd.pick(['a', 'b', 'c', 'd']), rnd.shuffle([1, 2, 3, 4, 5, 6]).join(), rnd.uuid4(), rnd.string(12), rnd.hex(8), rnd.dice(6, 3).join(), rnd.date(new Date(0), new Date(1e12)).toISOString());
const g = xoroshiro128plus(42);
const vals = [];
for (let i = 0; i < 5; i++) vals.push(uniformInt(g, 0, 1000));
const g2 = g.clone(); const j = g.clone(); if (j.jump) j.jump();
console.log(vals.join(), uniformInt(mersenne(7), 1, 6), uniformBigInt(xoroshiro128plus(5), 0n, 10n ** 20n).toString(), uniformInt(g2, 0, 99), uniformInt(j, 0, 99));
