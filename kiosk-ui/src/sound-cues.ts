import type { TerminalView } from '../../src/sessions/kiosk-view.types.ts';

export type SoundCue = 'accepted' | 'problem' | 'attention' | 'goodbye';

/** Tones of each cue: frequency in hertz and length in milliseconds, played one after another. */
const TONES: Readonly<Record<SoundCue, ReadonlyArray<[number, number]>>> = {
  accepted: [[880, 120]],
  problem: [
    [247, 180],
    [196, 260],
  ],
  attention: [
    [660, 100],
    [660, 100],
    [660, 100],
  ],
  goodbye: [
    [660, 120],
    [440, 200],
  ],
};

const READ_PROBLEMS = new Set(['read-failed', 'card-invalid', 'not-a-card', 'card-not-item']);

/** Picks the sound for a change of view, or null when the change needs none. */
export function cueFor(previous: TerminalView | null, next: TerminalView): SoundCue | null {
  if (next.idleWarning && !previous?.idleWarning) return 'attention';
  if (next.notice && READ_PROBLEMS.has(next.notice.kind) && JSON.stringify(next.notice) !== JSON.stringify(previous?.notice)) return 'problem';

  const before = previous?.screen;
  const after = next.screen;
  if (after.name === 'goodbye' && before?.name !== 'goodbye') return 'goodbye';
  if (after.name === 'pin' && before?.name !== 'pin' && after.purpose === 'sign-in') return 'accepted';
  if (after.name === 'pin' && after.problem && JSON.stringify(after) !== JSON.stringify(before)) return 'problem';
  if (next.mode === 'kiosk' && after.name === 'borrow' && 'lastScan' in after && after.lastScan) {
    const beforeScan = before?.name === 'borrow' && 'lastScan' in before ? before.lastScan : null;
    if (JSON.stringify(after.lastScan) !== JSON.stringify(beforeScan)) return after.lastScan.outcome === 'borrowed' ? 'accepted' : 'problem';
  }
  if (next.mode === 'station') {
    const cue = stationResultCue(previous, next);
    if (cue) return cue;
  }
  if (after.name === 'receipt' && after.problem && !(before?.name === 'receipt' && before.problem)) return 'problem';
  return null;
}

/** The cue for a new pickup, loan or return result on a station screen. */
function stationResultCue(previous: TerminalView | null, next: TerminalView): SoundCue | null {
  const result = 'lastResult' in next.screen ? next.screen.lastResult : null;
  const before = previous && previous.screen.name === next.screen.name && 'lastResult' in previous.screen ? previous.screen.lastResult : null;
  if (!result || JSON.stringify(result) === JSON.stringify(before)) return null;
  return result.outcome === 'checked-out' || result.outcome === 'returned' ? 'accepted' : 'problem';
}

/**
 * Plays cues with Web Audio beeps. Browsers start audio only after a first tap unless the kiosk's Chromium
 * runs with `--autoplay-policy=no-user-gesture-required`; before that, cues are silent.
 */
export class SoundCues {
  #context: AudioContext | null = null;

  /** Call on the first touch, so later cues may sound. */
  unlock(): void {
    this.#audio()?.resume().catch(() => undefined);
  }

  play(cue: SoundCue): void {
    const audio = this.#audio();
    if (!audio || audio.state !== 'running') return;

    let start = audio.currentTime;
    for (const [frequency, milliseconds] of TONES[cue]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + milliseconds / 1000);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + milliseconds / 1000);
      start += milliseconds / 1000 + 0.05;
    }
  }

  #audio(): AudioContext | null {
    if (this.#context) return this.#context;
    if (typeof AudioContext === 'undefined') return null;
    this.#context = new AudioContext();
    return this.#context;
  }
}
