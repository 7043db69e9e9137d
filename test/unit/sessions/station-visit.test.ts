import { describe, expect, it } from 'vitest';
import { CARD, HOLD_ITEM, ITEM, READY_HOLD, SECOND_CARD, signIn, startStation, STATION_ACCOUNT, STATION_LOCATION, type StationHarness } from '../../support/station-machine-harness.ts';

function scan(station: StationHarness, code: string, eventId = `read-${code}`) {
  station.actor.send({ type: 'CODE_READ', code, eventId });
}

/** Collects the ready hold from the menu, goes back, and borrows ITEM, leaving the station on the borrow screen. */
async function collectHoldThenBorrow(station: StationHarness): Promise<void> {
  station.actor.send({ type: 'PICK_UP' });
  station.actor.send({ type: 'COLLECT', holdId: READY_HOLD.holdId });
  await station.settle();
  station.actor.send({ type: 'BACK' });
  station.actor.send({ type: 'BORROW' });
  scan(station, ITEM);
  await station.settle();
}

describe('station sign-in', () => {
  it('starts at welcome in the default language', () => {
    const station = startStation({ defaultLanguage: 'zh-Hant' });

    expect(station.view().screen).toEqual({ name: 'welcome' });
    expect(station.view().mode).toBe('station');
    expect(station.view().language).toBe('zh-Hant');
  });

  it('goes from a card read to the PIN screen, and the PIN to the menu', async () => {
    const station = startStation();

    scan(station, CARD);
    const pinScreen = station.view().screen;
    station.actor.send({ type: 'PIN_ENTERED', pinHandle: 'right' });
    await station.settle();

    expect(pinScreen).toEqual({ name: 'pin', purpose: 'sign-in', maskedCard: '**********0018', triesLeft: 3, problem: null });
    expect(station.view().screen).toMatchObject({ name: 'menu', readerName: 'Chan Tai Man', readyHoldsCount: 1, allowance: { remaining: 9, itemLimit: 10 } });
    expect(station.calls.loadAccount).toEqual([{ readerId: 7, location: STATION_LOCATION }]);
  });

  it('switches to the reader’s own language unless one was chosen', async () => {
    const station = startStation({ defaultLanguage: 'zh-Hant' });

    await signIn(station);

    expect(station.view().language).toBe('zh-Hans');
  });

  it('reminds a reader on the default PIN to choose their own', async () => {
    const station = startStation();

    await signIn(station, 'default');

    expect(station.view().notice).toEqual({ kind: 'default-pin' });
    expect(station.view().screen.name).toBe('menu');
  });

  it('drops the default-PIN reminder at goodbye', async () => {
    const station = startStation();
    await signIn(station, 'default');

    station.actor.send({ type: 'FINISH' });

    expect(station.view().screen).toMatchObject({ name: 'goodbye', signedIn: true });
    expect(station.view().notice).toBeNull();
  });

  it('ends the visit when the default PIN is refused here', async () => {
    const station = startStation();

    await signIn(station, 'refused');

    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'default-pin-refused' });
  });

  it('ends the visit after three wrong PINs', async () => {
    const station = startStation();
    scan(station, CARD);

    for (const handle of ['wrong-1', 'wrong-2']) {
      station.actor.send({ type: 'PIN_ENTERED', pinHandle: handle });
      await station.settle();
    }
    const afterTwo = station.view().screen;
    station.actor.send({ type: 'PIN_ENTERED', pinHandle: 'wrong-3' });
    await station.settle();

    expect(afterTwo).toMatchObject({ name: 'pin', triesLeft: 1, problem: 'rejected' });
    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'too-many-tries' });
  });

  it('shows the menu with the account unavailable when loading it fails', async () => {
    const station = startStation({ accountFails: true });

    await signIn(station);

    expect(station.view().screen).toMatchObject({ name: 'menu', summary: null, readyHoldsCount: null, allowance: null });
    expect(station.view().notice).toEqual({ kind: 'account-unavailable' });
  });
});

describe('station pickup', () => {
  it('collects a ready hold by tapping it, with the station location and item limit', async () => {
    const station = startStation({ itemLimit: 6 });
    await signIn(station);
    station.actor.send({ type: 'PICK_UP' });

    station.actor.send({ type: 'COLLECT', holdId: READY_HOLD.holdId });
    await station.settle();

    expect(station.calls.pickUp).toEqual([
      { readerId: 7, itemBarcode: HOLD_ITEM, source: 'terminal:test-station', location: STATION_LOCATION, itemLimit: 6, idempotencyKey: 'terminal:test-station:card-read:collect:41' },
    ]);
    expect(station.view().screen).toMatchObject({
      name: 'pickup',
      holds: [],
      pickedUp: [{ itemBarcode: HOLD_ITEM, reference: `R-${HOLD_ITEM}` }],
      lastResult: { outcome: 'checked-out' },
      allowance: { remaining: 4, itemLimit: 6 },
    });
  });

  it('ignores a tap on a hold that is not listed here', async () => {
    const station = startStation();
    await signIn(station);
    station.actor.send({ type: 'PICK_UP' });

    station.actor.send({ type: 'COLLECT', holdId: 999 });

    expect(station.calls.pickUp).toEqual([]);
    expect(station.view().screen.name).toBe('pickup');
  });

  it('collects a scanned item and shows a refusal with its reason', async () => {
    const station = startStation();
    await signIn(station);
    station.actor.send({ type: 'PICK_UP' });

    scan(station, 'refused-hold-at-another-location');
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'pickup', lastResult: { outcome: 'refused', reason: 'hold-at-another-location' } });
  });
});

describe('station borrowing', () => {
  it('borrows scanned items and counts down the allowance', async () => {
    const station = startStation({ itemLimit: 3 });
    await signIn(station);
    station.actor.send({ type: 'BORROW' });

    scan(station, ITEM);
    await station.settle();
    scan(station, '31234000000057');
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'borrow', allowance: { remaining: 0, itemLimit: 3 } });
    expect(station.calls.borrow.map((call) => call.itemLimit)).toEqual([3, 3]);
    expect(station.calls.borrow.map((call) => call.idempotencyKey)).toEqual([`terminal:test-station:read-${ITEM}`, 'terminal:test-station:read-31234000000057']);
  });

  it('keeps the menu counts current after checkouts', async () => {
    const station = startStation();
    await signIn(station);
    await collectHoldThenBorrow(station);

    station.actor.send({ type: 'BACK' });

    expect(station.view().screen).toMatchObject({ name: 'menu', summary: { loansCount: 3 }, readyHoldsCount: 0, allowance: { remaining: 7 } });
  });

  it('blocks further checkouts once the station limit is reached', async () => {
    const station = startStation({ itemLimit: 2 });
    await signIn(station);
    station.actor.send({ type: 'BORROW' });
    expect(station.view().screen).toMatchObject({ borrowBlock: null });

    scan(station, ITEM);
    await station.settle();
    station.actor.send({ type: 'BACK' });

    expect(station.view().screen).toMatchObject({ name: 'menu', allowance: { remaining: 0 }, borrowBlock: 'item-limit-reached' });
  });

  it.each(['charges-over-limit', 'card-blocked'] as const)('shows the account block %s before any scan', async (block) => {
    const account = { ...STATION_ACCOUNT, summary: { ...STATION_ACCOUNT.summary, borrowBlock: block } };
    const station = startStation({ account });

    await signIn(station);
    const menu = station.view().screen;
    station.actor.send({ type: 'PICK_UP' });

    expect(menu).toMatchObject({ name: 'menu', borrowBlock: block });
    expect(station.view().screen).toMatchObject({ name: 'pickup', borrowBlock: block });
  });

  it.each(['menu', 'pickup', 'borrow'] as const)('tells a card from an item on the %s screen', async (screenName) => {
    const station = startStation();
    await signIn(station);
    if (screenName === 'pickup') station.actor.send({ type: 'PICK_UP' });
    if (screenName === 'borrow') station.actor.send({ type: 'BORROW' });

    scan(station, SECOND_CARD);
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: screenName });
    expect(station.view().notice).toEqual({ kind: 'card-not-item' });
    expect([...station.calls.borrow, ...station.calls.pickUp]).toEqual([]);
  });

  it('names a refused item by its title', async () => {
    const station = startStation();
    await signIn(station);
    station.actor.send({ type: 'BORROW' });

    scan(station, 'refused-item-already-on-loan');
    await station.settle();

    expect(station.view().screen).toMatchObject({ lastResult: { outcome: 'refused', title: { en: 'Station Book', zh: '站內圖書' } } });
  });

  it('records a retried scan once', async () => {
    const station = startStation();
    await signIn(station);
    station.actor.send({ type: 'BORROW' });

    scan(station, ITEM, 'same-read');
    await station.settle();
    scan(station, ITEM, 'same-read');
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'borrow', borrowed: [{ itemBarcode: ITEM }] });
  });

  it('borrows an item scanned on the menu and moves to the borrow screen', async () => {
    const station = startStation();
    await signIn(station);

    scan(station, ITEM);
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'borrow', lastResult: { outcome: 'checked-out' } });
  });

  it('reports a fault without losing what was borrowed', async () => {
    const station = startStation();
    await signIn(station);
    station.actor.send({ type: 'BORROW' });
    scan(station, ITEM);
    await station.settle();

    scan(station, 'broken');
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'borrow', borrowed: [{ itemBarcode: ITEM }], lastResult: { outcome: 'fault', itemBarcode: 'broken' } });
  });
});

describe('station account screens', () => {
  it('lists loans, including this visit’s checkouts', async () => {
    const station = startStation();
    await signIn(station);
    station.actor.send({ type: 'BORROW' });
    scan(station, ITEM);
    await station.settle();
    station.actor.send({ type: 'BACK' });

    station.actor.send({ type: 'LOANS' });

    const screen = station.view().screen;
    expect(screen.name === 'loans' && screen.loans?.map((loan) => loan.itemBarcode)).toEqual(['31234000000024', ITEM]);
  });

  it('lists charges with their total', async () => {
    const station = startStation();
    await signIn(station);

    station.actor.send({ type: 'CHARGES' });

    expect(station.view().screen).toEqual({
      name: 'charges',
      charges: [{ amountCents: 450, reason: 'Overdue: The Old Man and the Sea', reasonZh: '逾期：老人與海', reasonZhHans: '逾期：老人与海', createdAt: '2026-01-02T09:00:00.000Z' }],
      totalCents: 450,
      currency: 'HKD',
    });
  });

  it.each(['LOANS', 'CHARGES', 'PICK_UP', 'BORROW'] as const)('goes back to the menu from %s', async (choice) => {
    const station = startStation();
    await signIn(station);
    station.actor.send({ type: choice });

    station.actor.send({ type: 'BACK' });

    expect(station.view().screen.name).toBe('menu');
  });
});

describe('station receipt and goodbye', () => {
  it('offers a receipt after checkouts and prints the whole visit', async () => {
    const station = startStation();
    await signIn(station);
    await collectHoldThenBorrow(station);

    station.actor.send({ type: 'FINISH' });
    const receiptScreen = station.view().screen;
    station.actor.send({ type: 'PRINT_RECEIPT' });
    await station.settle();

    expect(receiptScreen).toMatchObject({ name: 'receipt', printerReady: true, problem: null });
    expect(station.calls.print).toEqual([
      expect.objectContaining({ cardNumber: CARD, pickedUp: [expect.objectContaining({ itemBarcode: HOLD_ITEM })], borrowed: [expect.objectContaining({ itemBarcode: ITEM })], returned: [] }),
    ]);
    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'finished', visit: { pickedUp: [{ itemBarcode: HOLD_ITEM }], borrowed: [{ itemBarcode: ITEM }] } });
  });

  it('says goodbye without a receipt when nothing was checked out', async () => {
    const station = startStation();
    await signIn(station);

    station.actor.send({ type: 'FINISH' });

    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'finished', visit: { pickedUp: [], borrowed: [], returned: [] } });
  });

  it('does not print when the printer is absent', async () => {
    const station = startStation({ printerReady: false });
    await signIn(station);
    scan(station, ITEM);
    await station.settle();
    station.actor.send({ type: 'FINISH' });

    station.actor.send({ type: 'PRINT_RECEIPT' });

    expect(station.view().screen).toMatchObject({ name: 'receipt', printerReady: false });
    expect(station.calls.print).toEqual([]);
  });

  it('explains a failed print and then says goodbye', async () => {
    const station = startStation({ printOutcome: { outcome: 'failed', problem: 'paper-out' } });
    await signIn(station);
    scan(station, ITEM);
    await station.settle();
    station.actor.send({ type: 'FINISH' });

    station.actor.send({ type: 'PRINT_RECEIPT' });
    await station.settle();
    const failed = station.view().screen;
    station.actor.send({ type: 'CONTINUE' });

    expect(failed).toMatchObject({ name: 'receipt', problem: 'paper-out' });
    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'finished' });
  });
});

describe('station returns', () => {
  it('returns an item scanned at welcome, with no card and no PIN', async () => {
    const station = startStation();

    scan(station, ITEM);
    await station.settle();

    expect(station.calls.checkPin).toEqual([]);
    expect(station.calls.return).toEqual([{ itemBarcode: ITEM, source: 'terminal:test-station', location: STATION_LOCATION, idempotencyKey: `terminal:test-station:read-${ITEM}` }]);
    expect(station.view().screen).toMatchObject({ name: 'returns', returned: [{ itemBarcode: ITEM }], lastResult: { outcome: 'returned' } });
  });

  it('opens the returns screen from the Return items button', () => {
    const station = startStation();

    station.actor.send({ type: 'RETURN_ITEMS' });

    expect(station.view().screen).toEqual({ name: 'returns', returned: [], lastResult: null });
  });

  it('tells a reader who scans their card on the returns screen to finish first', async () => {
    const station = startStation();
    station.actor.send({ type: 'RETURN_ITEMS' });

    scan(station, CARD);
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'returns', lastResult: { outcome: 'card-scanned' } });
  });

  it('shows why a return was refused', async () => {
    const station = startStation();
    station.actor.send({ type: 'RETURN_ITEMS' });

    scan(station, 'refused-item-not-on-loan');
    await station.settle();

    expect(station.view().screen).toMatchObject({ name: 'returns', lastResult: { outcome: 'refused', reason: 'item-not-on-loan' } });
  });

  it('offers a receipt of the returns, naming no card', async () => {
    const station = startStation();
    scan(station, ITEM);
    await station.settle();

    station.actor.send({ type: 'FINISH' });
    station.actor.send({ type: 'PRINT_RECEIPT' });
    await station.settle();

    expect(station.calls.print).toEqual([expect.objectContaining({ cardNumber: null, returned: [expect.objectContaining({ itemBarcode: ITEM })] })]);
    expect(station.view().screen).toMatchObject({ name: 'goodbye', visit: { returned: [{ itemBarcode: ITEM }] }, signedIn: false });
  });

  it('says goodbye at once when nothing was returned', () => {
    const station = startStation();
    station.actor.send({ type: 'RETURN_ITEMS' });

    station.actor.send({ type: 'FINISH' });

    expect(station.view().screen).toMatchObject({ name: 'goodbye', reason: 'finished' });
  });

  it('explains a code that is neither a card nor an item', () => {
    const station = startStation();

    scan(station, 'HELLO');

    expect(station.view().screen.name).toBe('welcome');
    expect(station.view().notice).toEqual({ kind: 'card-invalid' });
  });
});
