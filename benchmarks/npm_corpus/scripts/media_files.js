// omggif, upng-js, wavefile, @tonejs/midi
const { GifWriter, GifReader } = require('omggif');
const w = 16, hgt = 12;
const buf = Buffer.alloc(4096);
const gw = new GifWriter(buf, w, hgt, { loop: 0, palette: [0x000000, 0xff0000, 0x00ff00, 0x0000ff] });
for (let f = 0; f < 3; f++) {
  const px = new Uint8Array(w * hgt); for (let i = 0; i < px.length; i++) px[i] = (i + f * 5 + (i / w | 0)) % 4;
  gw.addFrame(0, 0, w, hgt, px, { delay: 10 * (f + 1), disposal: 2 });
}
const gifLen = gw.end(); const gif = buf.subarray(0, gifLen);
console.log(gifLen, gif.subarray(0, 13).toString('hex'), require('crypto').createHash('md5').update(gif).digest('hex'));
const gr = new GifReader(gif);
const rgba = new Uint8Array(w * hgt * 4); gr.decodeAndBlitFrameRGBA(2, rgba);
console.log(gr.width, gr.height, gr.numFrames(), gr.loopCount(), JSON.stringify(gr.frameInfo(1)).slice(0, 120), Array.from(rgba.subarray(0, 16)).join());

const UPNG = require('upng-js');
const img = new Uint8Array(8 * 8 * 4); for (let i = 0; i < 64; i++) { img[i * 4] = i * 4; img[i * 4 + 1] = 255 - i * 4; img[i * 4 + 2] = (i % 8) * 32; img[i * 4 + 3] = 255; }
const png = UPNG.encode([img.buffer], 8, 8, 0);
const png16 = UPNG.encode([img.buffer], 8, 8, 16);
console.log(png.byteLength, png16.byteLength, Buffer.from(png).subarray(0, 16).toString('hex'));
const dec = UPNG.decode(png); const back = new Uint8Array(dec.data);
console.log(dec.width, dec.height, dec.depth, dec.ctype, back.length, Array.from(back.subarray(0, 12)).join(), Buffer.from(back).equals(Buffer.from(img)));
const d16 = UPNG.decode(png16); console.log(d16.ctype, d16.depth, JSON.stringify(Object.keys(d16.tabs)));

const { WaveFile } = require('wavefile');
const samples = Array.from({ length: 800 }, (_, i) => Math.round(12000 * Math.sin(2 * Math.PI * 440 * i / 8000)));
const wav = new WaveFile(); wav.fromScratch(1, 8000, '16', samples);
const bytes = wav.toBuffer();
console.log(bytes.length, Buffer.from(bytes).subarray(0, 44).toString('hex'));
wav.toBitDepth('8'); console.log(wav.bitDepth, wav.toBuffer().length, Array.from(wav.getSamples().slice(0, 6)).join());
const w2 = new WaveFile(bytes); w2.toSampleRate(4000, { method: 'linear' }); console.log(w2.fmt.sampleRate, w2.getSamples().length, Array.from(w2.getSamples().slice(1, 5)).join());
const w3 = new WaveFile(bytes); w3.toALaw(); console.log(w3.container, w3.fmt.audioFormat, w3.data.samples.length, Array.from(w3.data.samples.slice(0, 6)).join()); w3.fromALaw(); console.log(Array.from(w3.getSamples().slice(0, 6)).join());
const w4 = new WaveFile(bytes); w4.setTag('ICMT', 'a comment'); w4.setCuePoint({ position: 50, label: 'cue1' }); console.log(w4.getTag('ICMT'), JSON.stringify(w4.listCuePoints()), w4.toBuffer().length);

const { Midi } = require('@tonejs/midi');
const midi = new Midi(); midi.header.setTempo(100); midi.header.name = 'song';
const track = midi.addTrack(); track.name = 'piano'; track.instrument.number = 0;
['C4', 'E4', 'G4', 'C5'].forEach((n, i) => track.addNote({ name: n, time: i * 0.5, duration: 0.45, velocity: 0.8 }));
track.addCC({ number: 64, value: 1, time: 0.2 }); track.addPitchBend({ time: 1, value: 0.5 });
const arr = midi.toArray();
console.log(arr.length, Buffer.from(arr).toString('hex'));
const parsed = new Midi(arr);
console.log(parsed.name, parsed.duration, parsed.header.tempos[0].bpm, parsed.tracks.length, JSON.stringify(parsed.tracks[0].notes.map(n => [n.name, n.midi, n.ticks, n.durationTicks, Math.round(n.velocity * 127)])), parsed.tracks[0].instrument.name, parsed.tracks[0].instrument.family);
console.log(JSON.stringify(parsed.toJSON()).length, JSON.stringify(Object.keys(parsed.tracks[0].controlChanges)));
