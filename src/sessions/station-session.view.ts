import type { SnapshotFrom } from 'xstate';
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
  if (snapshot.matches('goodbye')) return { name: 'goodbye', reason: context.endReason ?? 'finished', visit: visitOf(context) };

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
      return { name: 'pickup', holds: holdLinesOf(context), pickedUp: context.pickedUp, lastResult: context.lastResult, allowance: allowanceOf(context) };
    case 'borrow':
    case 'borrowing':
      return { name: 'borrow', borrowed: context.borrowed, lastResult: context.lastResult, allowance: allowanceOf(context) };
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

function menuScreen(context: StationContext): StationScreen {
  return {
    name: 'menu',
    readerName: context.reader?.name ?? '',
    summary: context.account?.summary ?? null,
    readyHoldsCount: context.account ? context.account.readyHolds.length : null,
    allowance: allowanceOf(context),
  };
}

function chargesScreen(context: StationContext): StationScreen {
  const charges = context.account?.charges.map((charge) => ({ amountCents: charge.amountCents, reason: charge.reason, createdAt: charge.createdAt })) ?? null;
  const totalCents = context.account?.summary.chargesTotalCents ?? 0;
  return { name: 'charges', charges, totalCents, currency: context.account?.summary.currency ?? 'HKD' };
}

function allowanceOf(context: StationContext): Allowance | null {
  const loansCount = loansCountOf(context);
  if (loansCount === null) return null;
  return { remaining: remainingAllowance(context.itemLimit, loansCount), itemLimit: context.itemLimit };
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
