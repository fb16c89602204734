// Synthesises every sound in assets/audio/ from code and encodes it (Ogg Vorbis, plus AAC for
// Safari), so the audio is the project's own, reproducible and small. Run: node scripts/makeSounds.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../assets/audio/', import.meta.url));
const BUDGET_BYTES = 1024 * 1024;
const TAU = 2 * Math.PI;
const db = (decibels) => 10 ** (decibels / 20);

// A fixed-seed generator: the same script run twice must write the same files.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const render = (seconds, rate, fn) =>
  Float64Array.from({ length: Math.round(seconds * rate) }, (_, i) => fn(i / rate, i));
const strike = (t, attack, decay) => (t < attack ? t / attack : Math.exp(-(t - attack) / decay));
const tri = (phase) => 1 - 4 * Math.abs(((phase + 0.25) % 1) - 0.5);
const lowpass = (cutoff, rate) => {
  const k = 1 - Math.exp((-TAU * cutoff) / rate);
  let y = 0;
  return (x) => (y += k * (x - y));
};
// Chamberlin state-variable band-pass: its centre can move every sample, which wind needs.
const bandpass = (rate, q) => {
  let [low, band] = [0, 0];
  return (x, centre) => {
    const f = 2 * Math.sin((Math.PI * centre) / rate);
    low += f * band;
    band += f * (x - low - q * band);
    return band;
  };
};

// Voices: functions of the time since they started.
// FM with a decaying index: bright at the strike, mellow as it rings, like a struck bar.
const bell = (f, ratio, index, decay) => (t) =>
  strike(t, 0.004, decay) *
  Math.sin(TAU * f * t + index * Math.exp(-t / (decay * 0.4)) * Math.sin(TAU * f * ratio * t));
const pluck = (f, decay) => (t) =>
  strike(t, 0.006, decay) * (0.6 * tri(f * t) + 0.4 * Math.sin(TAU * 2 * f * t));
// A close (minor-second) dyad: uneasy without being shrill.
const dyad = (f, decay) => (t) =>
  strike(t, 0.008, decay) * 0.5 * (tri(f * t) + tri(f * 1.0595 * t));
const thud = (f, decay) => (t) => strike(t, 0.004, decay) * Math.sin(TAU * f * t);
const pad = (freqs, attack, hold, release) => (t) =>
  (t < attack
    ? Math.sin((t / attack) * (Math.PI / 2)) ** 2
    : Math.exp(-Math.max(0, t - attack - hold) / release)) *
  freqs.reduce((s, f, k) => s + Math.sin(TAU * f * t + k) / (1 + k * 0.4), 0);

const CUE_RATE = 44100;
/** Mixes [start, level, voice] triples and sets the peak, so a cue reads like a score. */
const cue = (seconds, peakDb, voices) =>
  normalise(
    render(seconds, CUE_RATE, (t) =>
      voices.reduce((s, [at, level, voice]) => (t < at ? s : s + level * voice(t - at)), 0),
    ),
    { peak: db(peakDb) },
  );

function normalise(buffer, { peak, rms }) {
  const maxAbs = buffer.reduce((m, x) => Math.max(m, Math.abs(x)), 1e-9);
  const rmsNow = Math.sqrt(buffer.reduce((s, x) => s + x * x, 0) / buffer.length) || 1e-9;
  const gain = Math.min(peak / maxAbs, rms ? rms / rmsNow : Infinity);
  return buffer.map((x) => x * gain);
}

// Cues end in silence but may stop mid-ring; a short fade keeps the last sample from clicking.
function fadeOut(buffer, rate, seconds = 0.02) {
  const n = Math.round(seconds * rate);
  for (let i = 0; i < n; i++) buffer[buffer.length - 1 - i] *= i / n;
  return buffer;
}

// Loops: periodic parts already repeat every `seconds`; noise does not, so it is rendered longer
// and its overrun is cross-faded (equal power) into the start, leaving no seam.
function seamlessNoise(seconds, overlap, rate, fn) {
  const [n, m] = [Math.round(seconds * rate), Math.round(overlap * rate)];
  const long = render(seconds + overlap, rate, fn);
  return Float64Array.from({ length: n }, (_, i) => {
    if (i >= m) return long[i];
    const a = (i / m) * (Math.PI / 2);
    return long[i] * Math.sin(a) + long[i + n] * Math.cos(a);
  });
}

const cues = {
  click: () => {
    const [noise, smooth] = [rng(1), lowpass(2500, CUE_RATE)];
    const hiss = (t) => {
      const white = noise() * 2 - 1;
      return strike(t, 0.0005, 0.003) * (white - smooth(white));
    };
    return cue(0.06, -9, [
      [0, 0.5, thud(1850, 0.009)],
      [0, 0.35, hiss],
    ]);
  },
  choose: () =>
    cue(0.6, -5, [
      [0, 1, bell(659.3, 2, 1.6, 0.16)],
      [0.09, 0.8, bell(987.8, 2, 1.4, 0.2)],
    ]),
  round: () =>
    cue(
      1.5,
      -4,
      [523.3, 659.3, 784].map((f, k) => [k * 0.13, 1, pluck(f, 0.45)]),
    ),
  event: () =>
    cue(2, -3, [
      [0, 0.35, pad([146.8, 220], 0.25, 0.1, 0.6)],
      [0.05, 1, bell(587.3, 3.5, 2.2, 0.45)],
      [0.2, 0.7, bell(880, 3.5, 1.8, 0.5)],
    ]),
  // Bad news: two falling pulses over a low thud.
  alert: () =>
    cue(1.3, -3, [
      [0, 1, dyad(329.6, 0.3)],
      [0, 0.6, thud(82, 0.12)],
      [0.3, 0.9, dyad(293.7, 0.3)],
      [0.3, 0.54, thud(82, 0.12)],
    ]),
  ending: () =>
    cue(4, -4, [
      [0, 0.3, pad([130.8, 196, 329.6, 493.9, 587.3], 0.9, 0.8, 1.1)],
      [0.4, 0.6, bell(784, 2, 1.2, 0.8)],
      [0.95, 0.5, bell(1046.5, 2, 1, 1)],
    ]),
};

// Ambients are low-passed beds, so half the sample rate costs nothing audible and halves the size.
const BED_RATE = 22050;
const LOOP = 10;
const OVERLAP = 1.5;
// Every periodic frequency is a multiple of 1 / LOOP Hz so it completes whole cycles in a loop.
const periodic = (t, period, phase = 0) => 0.5 - 0.5 * Math.cos((TAU * t) / period + phase);
const ambients = {
  // The Solomon Islands: surf breaking in slow swells under a soft, open major pad.
  pacific: () => {
    const [noise, brown, hiss] = [rng(7), lowpass(400, BED_RATE), lowpass(2200, BED_RATE)];
    const waves = (t) => 0.15 + 0.55 * periodic(t, 5) ** 2 + 0.3 * periodic(t, LOOP / 3, 1.3) ** 3;
    const sea = seamlessNoise(LOOP, OVERLAP, BED_RATE, (t) => {
      const [white, w] = [noise() * 2 - 1, waves(t)];
      return w * (3 * brown(white) + 0.25 * w * hiss(white));
    });
    const chord = [174.6, 220.0, 261.6, 349.2];
    const pad = render(LOOP, BED_RATE, (t) =>
      chord.reduce(
        (s, f, k) =>
          s +
          (0.6 + 0.4 * periodic(t, LOOP, k * 1.7)) *
            (Math.sin(TAU * f * t) + Math.sin(TAU * (f + 0.2) * t)),
        0,
      ),
    );
    return normalise(normaliseMix(sea, pad, 0.22), { peak: db(-9), rms: db(-27) });
  },
  // Central Asia: gusting wind with a whistling edge over a low drone whose overtones drift.
  steppe: () => {
    const [noise, wind, whistle] = [rng(11), bandpass(BED_RATE, 0.5), bandpass(BED_RATE, 0.08)];
    const gust = (t) =>
      0.3 + 0.45 * periodic(t, LOOP, 0.5) * periodic(t, 2.5, 2) + 0.25 * periodic(t, 5, 4);
    const air = seamlessNoise(LOOP, OVERLAP, BED_RATE, (t) => {
      const [white, g] = [noise() * 2 - 1, gust(t)];
      return g * wind(white, 300 + 600 * g) + 0.12 * g * g * whistle(white, 1500 + 500 * g);
    });
    const root = 73.4;
    const drone = render(LOOP, BED_RATE, (t) => {
      const focus = 6 + 3 * periodic(t, LOOP);
      let s = 0;
      for (let n = 1; n <= 12; n++)
        s += Math.sin(TAU * root * n * t) * (1 / n + 0.5 * Math.exp(-((n - focus) ** 2)));
      return s + 0.5 * Math.sin(TAU * 110.1 * t);
    });
    return normalise(normaliseMix(air, drone, 0.25), { peak: db(-9), rms: db(-27) });
  },
};

// Sets the pad's level relative to the noise by RMS, so each bed's balance is stated in one number.
function normaliseMix(noise, pad, padShare) {
  const [a, b] = [noise, pad].map((x) => normalise(x, { peak: Infinity, rms: 1 }));
  return a.map((x, i) => x * (1 - padShare) + b[i] * padShare);
}

function wav(samples, rate) {
  const dither = rng(99);
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((x, i) => {
    const value = Math.round(x * 32767 + dither() - dither());
    data.writeInt16LE(Math.max(-32768, Math.min(32767, value)), i * 2);
  });
  const header = Buffer.alloc(44);
  header.write('RIFFxxxxWAVEfmt ', 0);
  header.write('data', 36);
  // [offset, value, bytes]: sizes, PCM, mono, rate, byte rate, block align, 16 bits.
  const fields = [
    [4, 36 + data.length, 4],
    [16, 16, 4],
    [20, 1, 2],
    [22, 1, 2],
    [24, rate, 4],
    [28, rate * 2, 4],
    [32, 2, 2],
    [34, 16, 2],
    [40, data.length, 4],
  ];
  for (const [at, value, bytes] of fields)
    header[bytes === 4 ? 'writeUInt32LE' : 'writeUInt16LE'](value, at);
  return Buffer.concat([header, data]);
}

function encode(name, wavPath, { quality, aacKbps }) {
  const [ogg, m4a] = [join(OUT, `${name}.ogg`), join(OUT, `${name}.m4a`)];
  // A fixed serial number, no metadata, bit-exact mode: otherwise each run writes different bytes.
  const oggArgs = `-Q -q ${quality} --serial 1 -c LICENSE=CC0-1.0 -o`.split(' ');
  execFileSync('oggenc', [...oggArgs, ogg, wavPath]);
  const aacArgs = `-c:a aac -b:a ${aacKbps}k -map_metadata -1 -fflags +bitexact -flags:a +bitexact`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', wavPath, ...aacArgs.split(' '), m4a]);
  return [ogg, m4a];
}

function requireTool(tool, args) {
  try {
    execFileSync(tool, args, { stdio: 'ignore' });
  } catch {
    console.error(`${tool} is missing. On Debian or Ubuntu: apt-get install vorbis-tools ffmpeg`);
    process.exit(1);
  }
}

requireTool('oggenc', ['--version']);
requireTool('ffmpeg', ['-version']);
mkdirSync(OUT, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'dsr-sounds-'));
let total = 0;
try {
  const jobs = [
    ...Object.entries(cues).map((entry) => [...entry, CUE_RATE, { quality: 3, aacKbps: 64 }]),
    ...Object.entries(ambients).map((entry) => [...entry, BED_RATE, { quality: 0, aacKbps: 40 }]),
  ];
  for (const [name, make, rate, settings] of jobs) {
    const wavPath = join(scratch, `${name}.wav`);
    writeFileSync(wavPath, wav(name in cues ? fadeOut(make(), rate) : make(), rate));
    for (const file of encode(name, wavPath, settings)) {
      const bytes = statSync(file).size;
      total += bytes;
      console.log(`${file.slice(OUT.length).padEnd(14)} ${String(bytes).padStart(7)} bytes`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`total          ${String(total).padStart(7)} bytes (budget ${BUDGET_BYTES})`);
if (total > BUDGET_BYTES) {
  console.error('Over the 1 MB audio budget: lower the encoder quality or shorten the loops.');
  process.exit(1);
}
