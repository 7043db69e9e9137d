import { fromPromise, waitFor, type AnyActorRef } from 'xstate';
import type { AuthenticatedReader, PinCheckResult } from '../../src/auth/pin-check.types.ts';
import type { CheckoutResult, ItemTitle, RefusalReason } from '../../src/circulation/circulation.types.ts';
import type { Language } from '../../src/domain/language.ts';
import { cardAndPinMachine, type CheckPinInput } from '../../src/sessions/card-and-pin.machine.ts';
import { DEFAULT_KIOSK_TIMINGS, type TerminalSessionInput } from '../../src/sessions/terminal-session.types.ts';

// What the kiosk and station machine harnesses share: test cards, the fake PIN check, the input of a test
// terminal and the wait for work to finish.

/** A card number that passes the `library14` rules (type 2, Luhn check digit). */
export const CARD = '21234000000018';
export const SECOND_CARD = '21234000000026';
/** Item barcodes start with 3, so the kiosk does not take them for cards. */
export const ITEM = '31234000000016';

export const READER: AuthenticatedReader = { readerId: 7, cardNumber: CARD, name: 'Chan Tai Man', language: 'zh-Hans', isDefaultPin: false };

/**
 * PIN handles the fake PIN check understands; in these tests a handle stands for the PIN behind it.
 * `right` signs in, `default` signs in with the default PIN, anything else is rejected.
 */
export const PIN_RESULTS: Record<string, PinCheckResult> = {
  right: { outcome: 'accepted', reader: READER },
  default: { outcome: 'accepted', reader: { ...READER, isDefaultPin: true } },
  busy: { outcome: 'busy' },
  fault: { outcome: 'fault' },
  blocked: { outcome: 'source-blocked' },
  refused: { outcome: 'default-pin-refused' },
};

/** Builds the input of a test terminal named by `source`, with three PIN tries and the default timings. */
export function testTerminalInput(source: string, options: { defaultLanguage?: Language; printerReady?: boolean } = {}): Required<TerminalSessionInput> {
  return {
    source,
    defaultLanguage: options.defaultLanguage ?? 'zh-Hant',
    maxPinTries: 3,
    cardRules: { format: 'library14', minLength: 6, maxLength: 19 },
    timings: DEFAULT_KIOSK_TIMINGS,
    pinLength: { min: 4, max: 12 },
    devices: { cardReader: 'ready', printer: options.printerReady === false ? 'absent' : 'ready' },
  };
}

/** Returns the card-and-PIN machine with a fake PIN check that records each request in `calls`. */
export function cardAndPinWithFakeCheck(calls: CheckPinInput[]) {
  return cardAndPinMachine.provide({
    actors: {
      checkPin: fromPromise<PinCheckResult, CheckPinInput>(async ({ input }) => {
        calls.push(input);
        return PIN_RESULTS[input.pinHandle] ?? { outcome: 'rejected' };
      }),
    },
  });
}

/**
 * Returns a function that waits until neither the session nor its PIN check is busy. The card-and-PIN
 * machine's changes do not show in the session's snapshot, so it is waited for on its own. The timeout only
 * turns a stuck test into a quick failure.
 */
export function settlerOf(actor: AnyActorRef): () => Promise<void> {
  return async () => {
    const pinCheck = actor.getSnapshot().children.cardAndPin as AnyActorRef | undefined;
    if (pinCheck) await waitFor(pinCheck, (snapshot) => !snapshot.hasTag('busy'), { timeout: 5_000 });
    await waitFor(actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: 5_000 });
  };
}

/**
 * Returns what the fake circulation answers for a checkout of `itemBarcode`: `refused-<reason>` is refused for
 * that reason (naming the item's title unless the reason is `item-not-found`), `broken` throws, anything else
 * is lent with reference `R-<barcode>`.
 */
export function fakeCheckoutResult(itemBarcode: string, loan: { title: ItemTitle; dueAt: string }): CheckoutResult {
  if (itemBarcode === 'broken') throw new Error('circulation is down');
  if (itemBarcode.startsWith('refused-')) {
    const reason = itemBarcode.slice(8) as RefusalReason;
    const refused: CheckoutResult = { outcome: 'refused', reference: `R-${itemBarcode}`, reason, itemBarcode };
    if (reason !== 'item-not-found') refused.title = loan.title;
    return refused;
  }
  return { outcome: 'borrowed', reference: `R-${itemBarcode}`, loan: { loanId: 9, itemBarcode, ...loan } };
}
