import { checkCardNumber } from '../domain/card-number.ts';
import type { RefusedItem } from '../circulation/circulation.types.ts';
import type { CheckedOutItem, CheckoutResult, ReturnResult, StationContext, StationEvent, StationResult, StationSessionInput } from './station-session.types.ts';
import { checkedCard, clearedTerminalSession, initialTerminalContext } from './terminal-session.records.ts';

// Pure context updates of the station session, kept apart from `setup()` so each reads as one rule.

/** Builds the context of a station that has just started: its settings, and no visit yet. */
export function initialContext(input: StationSessionInput): StationContext {
  return { ...initialTerminalContext(input), location: input.location, itemLimit: input.itemLimit, ...emptyVisitFields() };
}

/** Everything a reader's visit leaves in the context, cleared at welcome; the station's own settings stay. */
export function emptyVisit(context: StationContext): Partial<StationContext> {
  return { ...clearedTerminalSession(context), ...emptyVisitFields() };
}

/** Returns the station's own fields of a visit as they are before the reader does anything. */
function emptyVisitFields(): Pick<StationContext, 'visitId' | 'account' | 'pickedUp' | 'borrowed' | 'returned' | 'lastResult' | 'pending' | 'notice'> {
  return {
    visitId: null,
    account: null,
    pickedUp: [],
    borrowed: [],
    returned: [],
    lastResult: null,
    pending: null,
    notice: null,
  };
}

export function rememberedCard(context: StationContext, event: StationEvent): Partial<StationContext> {
  if (event.type !== 'CODE_READ') return {};
  return { card: checkedCard(event.code, context.cardRules), visitId: event.eventId, notice: null };
}

/** Returns the scanned item to pick up, borrow or return, with the read's event id in its retry key. */
export function scanOf(context: StationContext, event: StationEvent): StationContext['pending'] {
  if (event.type !== 'CODE_READ') return null;
  return { code: event.code.trim(), key: `${context.source}:${event.eventId}` };
}

/**
 * Returns the ready hold the reader tapped, with its retry key. A second tap on the same hold in the same visit
 * gets the first result, but a later visit is a new request, because the key contains the id of the card read
 * that began the visit.
 */
export function collectOf(context: StationContext, event: StationEvent): StationContext['pending'] {
  if (event.type !== 'COLLECT') return null;
  const hold = context.account?.readyHolds.find((candidate) => candidate.holdId === event.holdId);
  if (!hold) return null;
  return { code: hold.itemBarcode, key: `${context.source}:${context.visitId ?? 'visit'}:collect:${hold.holdId}` };
}

/**
 * Records a pickup or loan. A checkout fills the reader's own hold on the item, so that hold leaves the list
 * of holds to pick up. A retried request returns the same reference and is recorded once.
 */
export function recordedCheckout(context: StationContext, result: CheckoutResult, list: 'pickedUp' | 'borrowed'): Partial<StationContext> {
  if (result.outcome === 'refused') return { pending: null, lastResult: refusedResult(result) };

  const item: CheckedOutItem = { itemBarcode: result.loan.itemBarcode, title: result.loan.title, dueAt: result.loan.dueAt, reference: result.reference };
  const known = [...context.pickedUp, ...context.borrowed].some((checkedOut) => checkedOut.reference === item.reference);
  const account = context.account && {
    ...context.account,
    readyHolds: context.account.readyHolds.filter((hold) => hold.itemBarcode !== item.itemBarcode),
  };
  return {
    pending: null,
    account,
    [list]: known ? context[list] : [...context[list], item],
    lastResult: { outcome: 'checked-out', item },
  };
}

/** Records a return. A library card scanned here is reported apart from an unknown item, so the screen can say what to do. */
export function recordedReturn(context: StationContext, result: ReturnResult): Partial<StationContext> {
  if (result.outcome === 'refused') {
    const scannedCard = result.reason === 'item-not-found' && checkCardNumber(result.itemBarcode, context.cardRules).valid;
    return { pending: null, lastResult: scannedCard ? { outcome: 'card-scanned' } : refusedResult(result) };
  }

  const item = { itemBarcode: result.itemBarcode, title: result.title, reference: result.reference, wasOverdue: result.wasOverdue };
  const known = context.returned.some((returned) => returned.reference === item.reference);
  return { pending: null, returned: known ? context.returned : [...context.returned, item], lastResult: { outcome: 'returned', item } };
}

function refusedResult(result: RefusedItem): StationResult {
  return { outcome: 'refused', itemBarcode: result.itemBarcode, title: result.title ?? null, reason: result.reason };
}

export function recordedFault(context: StationContext): Partial<StationContext> {
  return { pending: null, lastResult: { outcome: 'fault', itemBarcode: context.pending?.code ?? '' } };
}

/** Counts the items the reader has on loan now: those loaded with the account plus this visit's checkouts. */
export function loansCountOf(context: StationContext): number | null {
  if (!context.account) return null;
  return context.account.summary.loansCount + context.pickedUp.length + context.borrowed.length;
}
