import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/domain/language.ts';
import { kioskViewOf } from '../../../src/sessions/kiosk-session.view.ts';
import { DEFAULT_KIOSK_TIMINGS } from '../../../src/sessions/terminal-session.types.ts';
import { CARD, SECOND_CARD, startKiosk, type KioskHarness } from '../../support/kiosk-machine-harness.ts';

const SECOND = 1_000;

function screenOf(kiosk: KioskHarness) {
  return kioskViewOf(kiosk.actor.getSnapshot()).screen;
}

async function signedIn() {
  const kiosk = startKiosk();
  kiosk.actor.send({ type: 'CODE_READ', code: CARD, eventId: 'card-read' });
  kiosk.actor.send({ type: 'PIN_ENTERED', pinHandle: 'right' });
  await kiosk.settle();
  return kiosk;
}

describe('kiosk idle timeout', () => {
  it('opens the idle dialog after 60 seconds without activity', async () => {
    const kiosk = await signedIn();

    kiosk.clock.increment(59 * SECOND);
    expect(kioskViewOf(kiosk.actor.getSnapshot()).idleWarning).toBeNull();
    kiosk.clock.increment(1 * SECOND);

    expect(kioskViewOf(kiosk.actor.getSnapshot()).idleWarning).toEqual({ graceSeconds: 20 });
    expect(screenOf(kiosk).name).toBe('account');
  });

  it('keeps the session when the reader taps to extend within the grace time', async () => {
    const kiosk = await signedIn();
    kiosk.clock.increment(60 * SECOND);

    kiosk.clock.increment(19 * SECOND);
    kiosk.actor.send({ type: 'EXTEND' });
    kiosk.clock.increment(59 * SECOND);

    expect(kioskViewOf(kiosk.actor.getSnapshot()).idleWarning).toBeNull();
    expect(screenOf(kiosk).name).toBe('account');
  });

  it('logs out 20 seconds after the dialog opens', async () => {
    const kiosk = await signedIn();

    kiosk.clock.increment(60 * SECOND);
    kiosk.clock.increment(20 * SECOND);

    expect(screenOf(kiosk)).toEqual({ name: 'goodbye', reason: 'idle', borrowedCount: 0, signedIn: true });
  });

  it('restarts the idle time on every reader action', async () => {
    const kiosk = await signedIn();

    for (let index = 0; index < 5; index += 1) {
      kiosk.clock.increment(50 * SECOND);
      kiosk.actor.send({ type: 'ACTIVITY' });
    }

    expect(kioskViewOf(kiosk.actor.getSnapshot()).idleWarning).toBeNull();
  });

  it('logs out while another dialog is open', async () => {
    const kiosk = startKiosk();
    kiosk.actor.send({ type: 'CODE_READ', code: CARD, eventId: 'card-read' });
    kiosk.actor.send({ type: 'PIN_ENTERED', pinHandle: 'default' });
    await kiosk.settle();
    expect(screenOf(kiosk).name).toBe('pin-change-offer');

    kiosk.clock.increment(60 * SECOND);
    kiosk.clock.increment(20 * SECOND);

    expect(screenOf(kiosk)).toMatchObject({ name: 'goodbye', reason: 'idle' });
  });

  it('follows idle reports from the terminal', async () => {
    const kiosk = await signedIn();

    kiosk.actor.send({ type: 'IDLE_REPORTED' });
    expect(kioskViewOf(kiosk.actor.getSnapshot()).idleWarning).not.toBeNull();
    kiosk.actor.send({ type: 'IDLE_REPORTED' });

    expect(screenOf(kiosk)).toMatchObject({ name: 'goodbye', reason: 'idle' });
  });

  it('never times out at welcome', () => {
    const kiosk = startKiosk();

    kiosk.clock.increment(24 * 60 * 60 * SECOND);

    expect(screenOf(kiosk)).toEqual({ name: 'welcome' });
  });
});

describe('kiosk session limit', () => {
  it('ends active sessions after 10 minutes', async () => {
    const kiosk = await signedIn();

    for (let elapsed = 0; elapsed < 9 * 60; elapsed += 30) {
      kiosk.clock.increment(30 * SECOND);
      kiosk.actor.send({ type: 'ACTIVITY' });
    }
    expect(kioskViewOf(kiosk.actor.getSnapshot()).timeLimitNear).toBe(true);
    expect(screenOf(kiosk).name).toBe('account');
    kiosk.clock.increment(60 * SECOND);

    expect(screenOf(kiosk)).toEqual({ name: 'goodbye', reason: 'time-limit', borrowedCount: 0, signedIn: true });
  });
});

describe('kiosk goodbye and language', () => {
  it('returns to welcome after the goodbye pause', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'FINISH' });

    kiosk.clock.increment(DEFAULT_KIOSK_TIMINGS.goodbyeMs);

    expect(screenOf(kiosk)).toEqual({ name: 'welcome' });
  });

  it('goes back to the default language at welcome', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'SET_LANGUAGE', language: 'en' });
    kiosk.actor.send({ type: 'FINISH' });
    expect(kiosk.actor.getSnapshot().context.language).toBe('en');

    kiosk.actor.send({ type: 'CONTINUE' });

    expect(kioskViewOf(kiosk.actor.getSnapshot())).toMatchObject({ screen: { name: 'welcome' }, language: 'zh-Hant' });
  });

  it('starts the next reader at once when a card is read during goodbye', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'SET_LANGUAGE', language: 'en' });
    kiosk.actor.send({ type: 'FINISH' });

    kiosk.actor.send({ type: 'CODE_READ', code: SECOND_CARD, eventId: 'next-reader' });

    const snapshot = kiosk.actor.getSnapshot();
    expect(kioskViewOf(snapshot)).toMatchObject({ screen: { name: 'pin', maskedCard: '**********0026', triesLeft: 3 }, language: 'zh-Hant' });
    expect(snapshot.context.reader).toBeNull();
  });

  it.each([
    ['welcome', []],
    ['card', [{ type: 'START' }]],
    ['pin', [{ type: 'CODE_READ', code: CARD, eventId: 'e' }]],
    ['goodbye', [{ type: 'START' }, { type: 'CANCEL' }]],
  ] as const)('switches language on the %s screen', (screen, steps) => {
    const kiosk = startKiosk();
    for (const step of steps) kiosk.actor.send(step);

    for (const language of LANGUAGES) {
      kiosk.actor.send({ type: 'SET_LANGUAGE', language });
      expect(kioskViewOf(kiosk.actor.getSnapshot())).toMatchObject({ screen: { name: screen }, language });
    }
  });
});
