import { describe, expect, it } from 'vitest';
import { kioskViewOf } from '../../../src/sessions/kiosk-session.view.ts';
import { CARD, ITEM, READER, startKiosk, type KioskHarness } from '../../support/kiosk-machine-harness.ts';

async function enterPin(kiosk: KioskHarness, pinHandle: string) {
  kiosk.actor.send({ type: 'PIN_ENTERED', pinHandle });
  await kiosk.settle();
}

function readCard(kiosk: KioskHarness, code = CARD) {
  kiosk.actor.send({ type: 'CODE_READ', code, eventId: `read-${code}` });
}

describe('kiosk sign-in', () => {
  it('starts at welcome in the default language', () => {
    const kiosk = startKiosk({ defaultLanguage: 'zh-Hant' });

    const view = kioskViewOf(kiosk.actor.getSnapshot());

    expect(view.screen).toEqual({ name: 'welcome' });
    expect(view.language).toBe('zh-Hant');
  });

  it('goes from a card read at welcome to the PIN screen', () => {
    const kiosk = startKiosk();

    readCard(kiosk);

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen).toEqual({ name: 'pin', purpose: 'sign-in', maskedCard: '**********0018', triesLeft: 3, problem: null });
  });

  it('goes from Start through card to PIN', () => {
    const kiosk = startKiosk();

    kiosk.actor.send({ type: 'START' });
    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toEqual({ name: 'card' });
    readCard(kiosk);

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen.name).toBe('pin');
  });

  it.each([
    ['an item barcode', ITEM, { kind: 'not-a-card' }],
    ['a card number with a wrong check digit', '21234000000019', { kind: 'card-invalid' }],
    ['letters', 'HELLO', { kind: 'card-invalid' }],
  ])('stays at welcome and explains when it reads %s', (_case, code, notice) => {
    const kiosk = startKiosk();

    readCard(kiosk, code);

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen.name).toBe('welcome');
    expect(view.notice).toEqual(notice);
  });

  it.each(['bad-swipe', 'bad-checksum', 'unreadable'] as const)('shows the card read problem %s', (reason) => {
    const kiosk = startKiosk();
    kiosk.actor.send({ type: 'START' });

    kiosk.actor.send({ type: 'READ_FAILED', reason });

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen.name).toBe('card');
    expect(view.notice).toEqual({ kind: 'read-failed', reason });
  });

  it('signs in with the right PIN and shows the account', async () => {
    const kiosk = startKiosk();
    readCard(kiosk);

    await enterPin(kiosk, 'right');

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen).toMatchObject({ name: 'account', readerName: READER.name, summary: { loansCount: 1 } });
    expect(kiosk.calls.checkPin).toEqual([{ identifier: CARD, pinHandle: 'right' }]);
  });

  it('sends the reader to staff after three wrong PINs', async () => {
    const kiosk = startKiosk();
    readCard(kiosk);

    await enterPin(kiosk, 'wrong-1');
    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', triesLeft: 2, problem: 'rejected' });
    await enterPin(kiosk, 'wrong-2');
    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', triesLeft: 1, problem: 'rejected' });
    await enterPin(kiosk, 'wrong-3');

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toEqual({ name: 'goodbye', reason: 'too-many-tries', borrowedCount: 0, signedIn: false });
    expect(kiosk.calls.checkPin).toHaveLength(3);
  });

  it.each(['busy', 'fault'] as const)('lets the reader retry without using a try when the check was %s', async (handle) => {
    const kiosk = startKiosk();
    readCard(kiosk);

    await enterPin(kiosk, handle);

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', triesLeft: 3, problem: handle });
  });

  it.each([
    ['blocked', 'source-blocked'],
    ['refused', 'default-pin-refused'],
  ] as const)('ends the session when the PIN check answers %s', async (handle, reason) => {
    const kiosk = startKiosk();
    readCard(kiosk);

    await enterPin(kiosk, handle);

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'goodbye', reason });
  });

  it('cancels from the PIN screen to goodbye', () => {
    const kiosk = startKiosk();
    readCard(kiosk);

    kiosk.actor.send({ type: 'CANCEL' });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'goodbye', reason: 'cancelled', signedIn: false });
  });

  it('cancels from the card screen, dropping a stale notice', () => {
    const kiosk = startKiosk();
    readCard(kiosk, ITEM);
    kiosk.actor.send({ type: 'START' });
    readCard(kiosk, ITEM);

    kiosk.actor.send({ type: 'CANCEL' });

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen).toEqual({ name: 'goodbye', reason: 'cancelled', borrowedCount: 0, signedIn: false });
    expect(view.notice).toBeNull();
  });

  it("switches to the reader's own language at sign-in unless they picked one", async () => {
    const untouched = startKiosk({ defaultLanguage: 'zh-Hant' });
    readCard(untouched);
    await enterPin(untouched, 'right');

    const chosen = startKiosk({ defaultLanguage: 'zh-Hant' });
    chosen.actor.send({ type: 'SET_LANGUAGE', language: 'en' });
    readCard(chosen);
    await enterPin(chosen, 'right');

    expect(untouched.actor.getSnapshot().context.language).toBe(READER.language);
    expect(chosen.actor.getSnapshot().context.language).toBe('en');
  });
});

describe('default PIN change', () => {
  async function signInWithDefaultPin() {
    const kiosk = startKiosk();
    readCard(kiosk);
    await enterPin(kiosk, 'default');
    return kiosk;
  }

  it('offers a change after signing in with the default PIN', async () => {
    const kiosk = await signInWithDefaultPin();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toEqual({ name: 'pin-change-offer', problem: null });
  });

  it('changes the PIN after it is entered twice, then shows the account', async () => {
    const kiosk = await signInWithDefaultPin();

    kiosk.actor.send({ type: 'CHANGE_PIN' });
    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', purpose: 'new' });
    await enterPin(kiosk, '4827');
    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', purpose: 'confirm' });
    await enterPin(kiosk, '4827');

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen.name).toBe('account');
    expect(view.notice).toEqual({ kind: 'pin-changed' });
    expect(kiosk.calls.checkNewPin).toEqual([{ readerId: READER.readerId, newPinHandle: '4827', source: 'terminal:test-kiosk' }]);
    expect(kiosk.calls.changePin).toEqual([{ readerId: READER.readerId, newPinHandle: '4827', confirmPinHandle: '4827', source: 'terminal:test-kiosk' }]);
  });

  it('asks again when the two entries differ', async () => {
    const kiosk = await signInWithDefaultPin();
    kiosk.actor.send({ type: 'CHANGE_PIN' });
    await enterPin(kiosk, '4827');

    await enterPin(kiosk, '4828');

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', purpose: 'new', problem: { kind: 'mismatch' } });
  });

  it('refuses a weak PIN at its first entry', async () => {
    const kiosk = await signInWithDefaultPin();
    kiosk.actor.send({ type: 'CHANGE_PIN' });

    kiosk.actor.send({ type: 'PIN_ENTERED', pinHandle: '1234' });
    const checking = kioskViewOf(kiosk.actor.getSnapshot());
    await kiosk.settle();

    expect(checking).toMatchObject({ busy: true, screen: { name: 'pin', purpose: 'new', problem: null } });
    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', purpose: 'new', problem: { kind: 'not-allowed', reason: 'run' } });
    expect(kiosk.calls.changePin).toEqual([]);
  });

  it('says which rule the change itself refused', async () => {
    const kiosk = await signInWithDefaultPin();
    kiosk.actor.send({ type: 'CHANGE_PIN' });
    await enterPin(kiosk, 'refused-at-change');

    await enterPin(kiosk, 'refused-at-change');

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'pin', purpose: 'new', problem: { kind: 'not-allowed', reason: 'common' } });
  });

  it.each(['busy-check', 'busy'])('returns to the offer when the PIN service is busy (%s)', async (pinHandle) => {
    const kiosk = await signInWithDefaultPin();
    kiosk.actor.send({ type: 'CHANGE_PIN' });
    await enterPin(kiosk, pinHandle);

    await enterPin(kiosk, pinHandle);

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toEqual({ name: 'pin-change-offer', problem: { kind: 'busy' } });
  });

  it.each(['skip at the offer', 'cancel the new PIN', 'cancel the confirmation'])('goes on to the account when the reader chooses to %s', async (choice) => {
    const kiosk = await signInWithDefaultPin();

    if (choice === 'skip at the offer') kiosk.actor.send({ type: 'SKIP_PIN_CHANGE' });
    else {
      kiosk.actor.send({ type: 'CHANGE_PIN' });
      if (choice === 'cancel the confirmation') await enterPin(kiosk, '4827');
      kiosk.actor.send({ type: 'CANCEL' });
    }
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen.name).toBe('account');
    expect(kiosk.calls.changePin).toEqual([]);
  });
});
