import { describe, expect, it } from 'vitest';
import { kioskViewOf } from '../../../src/sessions/kiosk-session.view.ts';
import { ACCOUNT, CARD, ITEM, SECOND_CARD, startKiosk, type KioskHarnessOptions } from '../../support/kiosk-machine-harness.ts';

async function signedIn(options: KioskHarnessOptions = {}) {
  const kiosk = startKiosk(options);
  kiosk.actor.send({ type: 'CODE_READ', code: CARD, eventId: 'card-read' });
  kiosk.actor.send({ type: 'PIN_ENTERED', pinHandle: 'right' });
  await kiosk.settle();
  return kiosk;
}

describe('kiosk borrowing', () => {
  it('lists the loans on the account screen', async () => {
    const kiosk = await signedIn();

    const view = kioskViewOf(kiosk.actor.getSnapshot());

    expect(view.screen).toMatchObject({
      name: 'account',
      loans: [{ itemBarcode: '31234000000024', title: { en: 'The Old Man and the Sea', zh: '老人與海' }, dueAt: '2026-01-15T09:00:00.000Z', overdue: false }],
    });
  });

  it('still lets the reader borrow when the account cannot be loaded', async () => {
    const kiosk = await signedIn({ accountFails: true });

    const view = kioskViewOf(kiosk.actor.getSnapshot());

    expect(view.screen).toMatchObject({ name: 'account', summary: null, loans: [] });
    expect(view.notice).toEqual({ kind: 'account-unavailable' });
  });

  it('borrows a scanned item with a retry key', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'BORROW' });

    kiosk.actor.send({ type: 'CODE_READ', code: ITEM, eventId: 'read-42' });
    await kiosk.settle();

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen).toMatchObject({ name: 'borrow', borrowed: [{ itemBarcode: ITEM, reference: `R-${ITEM}` }], lastScan: { outcome: 'borrowed' } });
    expect(kiosk.calls.borrow).toEqual([{ readerId: 7, itemBarcode: ITEM, source: 'terminal:test-kiosk', idempotencyKey: 'terminal:test-kiosk:read-42' }]);
  });

  it('borrows an item scanned on the account screen without a tap first', async () => {
    const kiosk = await signedIn();

    kiosk.actor.send({ type: 'CODE_READ', code: ITEM, eventId: 'read-1' });
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'borrow', borrowed: [{ itemBarcode: ITEM }] });
  });

  it('lists an item once when the same loan comes back twice', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'BORROW' });

    for (const eventId of ['read-1', 'read-1']) {
      kiosk.actor.send({ type: 'CODE_READ', code: ITEM, eventId });
      await kiosk.settle();
    }

    expect(kiosk.actor.getSnapshot().context.borrowed).toHaveLength(1);
  });

  it('shows the reason when a loan is refused', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'BORROW' });

    kiosk.actor.send({ type: 'CODE_READ', code: 'refused-item-limit-reached', eventId: 'read-1' });
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({
      name: 'borrow',
      borrowed: [],
      lastScan: { outcome: 'refused', itemBarcode: 'refused-item-limit-reached', title: { en: 'Borrowed Book', zh: null }, reason: 'item-limit-reached' },
    });
  });

  it('names no title for an unknown item', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'BORROW' });

    kiosk.actor.send({ type: 'CODE_READ', code: 'refused-item-not-found', eventId: 'read-1' });
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ lastScan: { outcome: 'refused', title: null, reason: 'item-not-found' } });
  });

  it.each(['account', 'borrow'] as const)('tells a card from an item on the %s screen', async (screenName) => {
    const kiosk = await signedIn();
    if (screenName === 'borrow') kiosk.actor.send({ type: 'BORROW' });

    kiosk.actor.send({ type: 'CODE_READ', code: SECOND_CARD, eventId: 'read-1' });
    await kiosk.settle();

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.screen).toMatchObject({ name: screenName });
    expect(view.notice).toEqual({ kind: 'card-not-item' });
    expect(kiosk.calls.borrow).toEqual([]);
  });

  it('clears the card notice at the next scan', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'BORROW' });
    kiosk.actor.send({ type: 'CODE_READ', code: SECOND_CARD, eventId: 'read-1' });

    kiosk.actor.send({ type: 'CODE_READ', code: ITEM, eventId: 'read-2' });
    await kiosk.settle();

    const view = kioskViewOf(kiosk.actor.getSnapshot());
    expect(view.notice).toBeNull();
    expect(view.screen).toMatchObject({ lastScan: { outcome: 'borrowed' } });
  });

  it.each([
    [null, null],
    ['charges-over-limit', 'charges-over-limit'],
    ['item-limit-reached', 'item-limit-reached'],
    ['card-blocked', 'card-blocked'],
  ] as const)('shows the borrowing block %s on the account screen', async (block, expected) => {
    const account = { ...ACCOUNT, summary: { ...ACCOUNT.summary, borrowBlock: block } };

    const kiosk = await signedIn({ account });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'account', borrowBlock: expected });
  });

  it('keeps a blocked reader on the account screen', async () => {
    const kiosk = await signedIn({ account: { ...ACCOUNT, summary: { ...ACCOUNT.summary, borrowBlock: 'item-limit-reached' } } });

    kiosk.actor.send({ type: 'CODE_READ', code: 'refused-item-limit-reached', eventId: 'read-1' });
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({
      name: 'account',
      borrowBlock: 'item-limit-reached',
      refusedScan: { outcome: 'refused', itemBarcode: 'refused-item-limit-reached', reason: 'item-limit-reached' },
    });
  });

  it('goes on to borrow after a refusal of another kind', async () => {
    const kiosk = await signedIn();

    kiosk.actor.send({ type: 'CODE_READ', code: 'refused-item-not-found', eventId: 'read-1' });
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'borrow', lastScan: { reason: 'item-not-found' } });
  });

  it('shows no block when the account cannot be loaded', async () => {
    const kiosk = await signedIn({ accountFails: true });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'account', borrowBlock: null });
  });

  it('reports a failed loan request and keeps the session', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'BORROW' });

    kiosk.actor.send({ type: 'CODE_READ', code: 'broken', eventId: 'read-1' });
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'borrow', lastScan: { outcome: 'fault', itemBarcode: 'broken' } });
  });

  it('leaves no notice on the goodbye screen', async () => {
    const kiosk = await signedIn();
    kiosk.actor.send({ type: 'CODE_READ', code: SECOND_CARD, eventId: 'read-1' });

    kiosk.actor.send({ type: 'FINISH' });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).notice).toBeNull();
  });

  it('signs out without a receipt when nothing was borrowed', async () => {
    const kiosk = await signedIn();

    kiosk.actor.send({ type: 'FINISH' });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toEqual({ name: 'goodbye', reason: 'finished', borrowedCount: 0, signedIn: true });
  });
});

describe('kiosk receipt', () => {
  async function atReceipt(options: KioskHarnessOptions = {}) {
    const kiosk = await signedIn(options);
    kiosk.actor.send({ type: 'CODE_READ', code: ITEM, eventId: 'read-1' });
    await kiosk.settle();
    kiosk.actor.send({ type: 'FINISH' });
    return kiosk;
  }

  it('offers a receipt after borrowing', async () => {
    const kiosk = await atReceipt();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toEqual({ name: 'receipt', printerReady: true, borrowedCount: 1, problem: null });
  });

  it('prints the receipt in the screen language, then says goodbye', async () => {
    const kiosk = await atReceipt();
    kiosk.actor.send({ type: 'SET_LANGUAGE', language: 'en' });

    kiosk.actor.send({ type: 'PRINT_RECEIPT' });
    await kiosk.settle();

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toEqual({ name: 'goodbye', reason: 'finished', borrowedCount: 1, signedIn: true });
    expect(kiosk.calls.print).toEqual([{ language: 'en', cardNumber: CARD, borrowed: [expect.objectContaining({ itemBarcode: ITEM })] }]);
  });

  it('says goodbye without printing when the reader wants no receipt', async () => {
    const kiosk = await atReceipt();

    kiosk.actor.send({ type: 'NO_RECEIPT' });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen.name).toBe('goodbye');
    expect(kiosk.calls.print).toEqual([]);
  });

  it('does not print when the printer is not ready', async () => {
    const kiosk = await atReceipt({ printerReady: false });

    kiosk.actor.send({ type: 'PRINT_RECEIPT' });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'receipt', printerReady: false });
    expect(kiosk.calls.print).toEqual([]);
  });

  it('follows the printer state the terminal reports', async () => {
    const kiosk = await atReceipt({ printerReady: false });

    kiosk.actor.send({ type: 'DEVICES_CHANGED', devices: { printer: 'ready' } });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'receipt', printerReady: true });
  });

  it('explains a printer problem and lets the reader go on', async () => {
    const kiosk = await atReceipt({ printOutcome: { outcome: 'failed', problem: 'paper-out' } });

    kiosk.actor.send({ type: 'PRINT_RECEIPT' });
    await kiosk.settle();
    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'receipt', problem: 'paper-out' });
    kiosk.actor.send({ type: 'CONTINUE' });

    expect(kioskViewOf(kiosk.actor.getSnapshot()).screen).toMatchObject({ name: 'goodbye', reason: 'finished' });
  });
});
