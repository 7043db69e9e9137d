import type { SnapshotFrom } from 'xstate';
import type { BorrowBlock } from '../circulation/circulation.types.ts';
import { remainingAllowance } from '../domain/station-settings.ts';
import type { LoanLine } from './kiosk-view.types.ts';
import { loansCountOf } from './station-session.records.ts';
import type { stationSessionMachine } from './station-session.machine.ts';
import type { StationContext } from './station-session.types.ts';
import type { Allowance, StationScreen, StationView, VisitSummary } from './station-view.types.ts';
import { flowStateOf, signInPinScreen, viewFrameOf } from './terminal-session.view.ts';

export type StationSnapshot = SnapshotFrom<typeof stationSessionMachine>;

/** Builds the view a station draws from the session's current state; nothing in it is secret. */
export function stationViewOf(snapshot: StationSnapshot): StationView {
  return { mode: 'station', ...viewFrameOf(snapshot), screen: screenOf(snapshot), notice: snapshot.context.notice };
}

function screenOf(snapshot: StationSnapshot): StationScreen {
  const { context } = snapshot;
  if (snapshot.matches('welcome')) return { name: 'welcome' };
  if (snapshot.matches('goodbye')) return { name: 'goodbye', reason: context.endReason ?? 'finished', visit: visitOf(context), signedIn: context.reader !== null };

  switch (flowStateOf(snapshot)) {
    case 'card':
      return { name: 'card' };
    case 'pin':
      return signInPinScreen(snapshot);
    case 'loadingAccount':
    case 'menu':
      return menuScreen(context);
    case 'pickup':
    case 'pickingUp':
      return { name: 'pickup', holds: holdLinesOf(context), pickedUp: context.pickedUp, lastResult: context.lastResult, ...allowanceAndBlockOf(context) };
    case 'borrow':
    case 'borrowing':
      return { name: 'borrow', borrowed: context.borrowed, lastResult: context.lastResult, ...allowanceAndBlockOf(context) };
    case 'loans':
      return { name: 'loans', loans: loanLinesOf(context) };
    case 'charges':
      return chargesScreen(context);
    case 'returns':
    case 'returning':
      return { name: 'returns', returned: context.returned, lastResult: context.lastResult };
    default:
      return { name: 'receipt', printerReady: context.devices.printer === 'ready', problem: context.printProblem, visit: visitOf(context) };
  }
}

/** Builds the menu with counts that include this visit's checkouts, since the account was loaded before them. */
function menuScreen(context: StationContext): StationScreen {
  const { account } = context;
  const summary = account && { ...account.summary, loansCount: loansCountOf(context) ?? account.summary.loansCount };
  return {
    name: 'menu',
    readerName: context.reader?.name ?? '',
    summary,
    readyHoldsCount: account ? account.readyHolds.length : null,
    ...allowanceAndBlockOf(context),
  };
}

function chargesScreen(context: StationContext): StationScreen {
  const charges = context.account?.charges.map(({ amountCents, reason, reasonZh, reasonZhHans, createdAt }) => ({ amountCents, reason, reasonZh, reasonZhHans, createdAt })) ?? null;
  const totalCents = context.account?.summary.chargesTotalCents ?? 0;
  return { name: 'charges', charges, totalCents, currency: context.account?.summary.currency ?? 'HKD' };
}

/**
 * Returns the items the reader may still take here and what blocks every pickup and loan. A blocked card or
 * charges over the limit come from circulation's summary. The item limit is the station's, which may be lower
 * than the service's, counted with this visit's checkouts.
 */
function allowanceAndBlockOf(context: StationContext): { allowance: Allowance | null; borrowBlock: BorrowBlock | null } {
  const loansCount = loansCountOf(context);
  const summary = context.account?.summary;
  if (loansCount === null || !summary) return { allowance: null, borrowBlock: null };

  const allowance = { remaining: remainingAllowance(context.itemLimit, loansCount), itemLimit: context.itemLimit };
  const accountBlock = summary.borrowBlock === 'item-limit-reached' ? null : summary.borrowBlock;
  return { allowance, borrowBlock: accountBlock ?? (allowance.remaining === 0 ? 'item-limit-reached' : null) };
}

function holdLinesOf(context: StationContext) {
  if (!context.account) return null;
  return context.account.readyHolds.map((hold) => ({ holdId: hold.holdId, itemBarcode: hold.itemBarcode, title: hold.title, pickupBy: hold.pickupBy }));
}

/** Loans loaded at sign-in, then this visit's checkouts, so an item just borrowed is listed too. */
function loanLinesOf(context: StationContext): LoanLine[] | null {
  if (!context.account) return null;
  const loaded = context.account.loans.map((loan) => ({ itemBarcode: loan.itemBarcode, title: loan.title, dueAt: loan.dueAt, overdue: loan.overdue }));
  const checkedOut = [...context.pickedUp, ...context.borrowed].map((item) => ({ itemBarcode: item.itemBarcode, title: item.title, dueAt: item.dueAt, overdue: false }));
  return [...loaded, ...checkedOut];
}

function visitOf(context: StationContext): VisitSummary {
  return { pickedUp: context.pickedUp, borrowed: context.borrowed, returned: context.returned };
}
