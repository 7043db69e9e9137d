import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/domain/language.ts';
import type { StationEvent } from '../../../src/sessions/station-session.types.ts';
import { DEFAULT_KIOSK_TIMINGS } from '../../../src/sessions/terminal-session.types.ts';
import { CARD, ITEM, READY_HOLD, SECOND_CARD, signIn, startStation } from '../../support/station-machine-harness.ts';

const SECOND = 1_000;

async function signedIn() {
  const station = startStation();
  await signIn(station);
  return station;
}

describe('station idle timeout', () => {
  it('opens the idle dialog after 60 seconds without activity', async () => {
    const station = await signedIn();

    station.clock.increment(59 * SECOND);
    const before = station.view().idleWarning;
    station.clock.increment(1 * SECOND);

    expect(before).toBeNull();
    expect(station.view().idleWarning).toEqual({ graceSeconds: 20 });
    expect(station.view().screen.name).toBe('menu');
  });

  it('keeps the visit when the reader extends within the grace time', async () => {
    const station = await signedIn();
    station.clock.increment(60 * SECOND);

    station.clock.increment(19 * SECOND);
    station.actor.send({ type: 'EXTEND' });
    station.clock.increment(59 * SECOND);

    expect(station.view().idleWarning).toBeNull();
    expect(station.view().screen.name).toBe('menu');
  });

  it('logs out 20 seconds after the dialog opens and shows what was borrowed', async () => {
    const station = await signedIn();
    station.actor.send({ type: 'BORROW' });
    station.actor.send({ type: 'CODE_READ', code: ITEM, eventId: 'item' });
    await station.settle();

    station.clock.increment(60 * SECOND);
    station.clock.increment(20 * SECOND);

    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'idle', visit: { borrowed: [{ itemBarcode: ITEM }] } });
  });

  it('restarts the idle time on every reader action', async () => {
    const station = await signedIn();
    const actions: StationEvent[] = [{ type: 'PICK_UP' }, { type: 'BACK' }, { type: 'LOANS' }, { type: 'BACK' }, { type: 'ACTIVITY' }];

    for (const action of actions) {
      station.clock.increment(50 * SECOND);
      station.actor.send(action);
    }

    expect(station.view().idleWarning).toBeNull();
  });

  it('times out the returns screen, which has nobody signed in', async () => {
    const station = startStation();
    station.actor.send({ type: 'CODE_READ', code: ITEM, eventId: 'item' });
    await station.settle();

    station.clock.increment(60 * SECOND);
    station.clock.increment(20 * SECOND);

    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'idle', visit: { returned: [{ itemBarcode: ITEM }] } });
  });

  it('opens the dialog and logs out early when the terminal reports the reader idle', async () => {
    const station = await signedIn();

    station.actor.send({ type: 'IDLE_REPORTED' });
    const warned = station.view().idleWarning;
    station.actor.send({ type: 'IDLE_REPORTED' });

    expect(warned).not.toBeNull();
    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'idle' });
  });

  it('never times out at welcome', () => {
    const station = startStation();

    station.clock.increment(24 * 60 * 60 * SECOND);

    expect(station.view().screen).toEqual({ name: 'welcome' });
  });
});

describe('station visit limit', () => {
  it('warns a minute before and ends the visit after 10 minutes however active the reader is', async () => {
    const station = await signedIn();
    station.actor.send({ type: 'PICK_UP' });
    station.actor.send({ type: 'COLLECT', holdId: READY_HOLD.holdId });
    await station.settle();

    for (let elapsed = 0; elapsed < 9 * 60; elapsed += 30) {
      station.clock.increment(30 * SECOND);
      station.actor.send({ type: 'ACTIVITY' });
    }
    const nearLimit = station.view();
    station.clock.increment(60 * SECOND);

    expect(nearLimit.timeLimitNear).toBe(true);
    expect(nearLimit.screen.name).toBe('pickup');
    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'time-limit', visit: { pickedUp: [{ itemBarcode: READY_HOLD.itemBarcode }] } });
  });
});

describe('station goodbye and language', () => {
  it('returns to welcome after the goodbye pause', async () => {
    const station = await signedIn();
    station.actor.send({ type: 'FINISH' });

    station.clock.increment(DEFAULT_KIOSK_TIMINGS.goodbyeMs);

    expect(station.view().screen).toEqual({ name: 'welcome' });
  });

  it('goes back to the default language at welcome', async () => {
    const station = await signedIn();
    station.actor.send({ type: 'SET_LANGUAGE', language: 'en' });
    station.actor.send({ type: 'FINISH' });
    const atGoodbye = station.view().language;

    station.actor.send({ type: 'CONTINUE' });

    expect(atGoodbye).toBe('en');
    expect(station.view()).toMatchObject({ screen: { name: 'welcome' }, language: 'zh-Hant' });
  });

  it('starts the next reader at once when a card is read during goodbye', async () => {
    const station = await signedIn();
    station.actor.send({ type: 'FINISH' });

    station.actor.send({ type: 'CODE_READ', code: SECOND_CARD, eventId: 'next-reader' });

    expect(station.view()).toMatchObject({ screen: { name: 'pin', maskedCard: '**********0026', triesLeft: 3 }, language: 'zh-Hant' });
    expect(station.actor.getSnapshot().context.reader).toBeNull();
  });

  it('starts a return at once when an item is scanned during goodbye', async () => {
    const station = await signedIn();
    station.actor.send({ type: 'FINISH' });

    station.actor.send({ type: 'CODE_READ', code: ITEM, eventId: 'return-read' });
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'returns', returned: [{ itemBarcode: ITEM }] });
    expect(station.actor.getSnapshot().context.reader).toBeNull();
  });

  it.each([
    ['welcome', []],
    ['card', [{ type: 'START' }]],
    ['pin', [{ type: 'CODE_READ', code: CARD, eventId: 'e' }]],
    ['returns', [{ type: 'RETURN_ITEMS' }]],
    ['goodbye', [{ type: 'START' }, { type: 'CANCEL' }]],
  ] as const)('switches language on the %s screen', (screen, steps) => {
    const station = startStation();
    for (const step of steps) station.actor.send(step);

    for (const language of LANGUAGES) {
      station.actor.send({ type: 'SET_LANGUAGE', language });
      expect(station.view()).toMatchObject({ screen: { name: screen }, language });
    }
  });

  it.each(['menu', 'pickup', 'borrow', 'loans', 'charges'] as const)('switches language on the %s screen after sign-in', async (screen) => {
    const station = await signedIn();
    const choice = { menu: null, pickup: 'PICK_UP', borrow: 'BORROW', loans: 'LOANS', charges: 'CHARGES' } as const;
    const event = choice[screen];
    if (event) station.actor.send({ type: event });

    for (const language of LANGUAGES) {
      station.actor.send({ type: 'SET_LANGUAGE', language });
      expect(station.view()).toMatchObject({ screen: { name: screen }, language });
    }
  });
});
