import type { SnapshotFrom } from 'xstate';
import { maskCardNumber } from '../domain/card-number.ts';
import type { kioskSessionMachine } from './kiosk-session.machine.ts';
import type { KioskContext } from './kiosk-session.types.ts';
import type { KioskScreen, KioskView, LoanLine } from './kiosk-view.types.ts';
import { flowStateOf, signInPinScreen, viewFrameOf } from './terminal-session.view.ts';

export type KioskSnapshot = SnapshotFrom<typeof kioskSessionMachine>;

/** Builds the view a kiosk draws from the session's current state; nothing in it is secret. */
export function kioskViewOf(snapshot: KioskSnapshot): KioskView {
  return { mode: 'kiosk', ...viewFrameOf(snapshot), screen: screenOf(snapshot), notice: snapshot.context.notice };
}

function screenOf(snapshot: KioskSnapshot): KioskScreen {
  const { context } = snapshot;
  if (snapshot.matches('welcome')) return { name: 'welcome' };
  if (snapshot.matches('goodbye')) {
    return { name: 'goodbye', reason: context.endReason ?? 'finished', borrowedCount: context.borrowed.length, signedIn: context.reader !== null };
  }

  switch (flowStateOf(snapshot)) {
    case 'card':
      return { name: 'card' };
    case 'pin':
      return signInPinScreen(snapshot);
    case 'pinChangeOffer':
      return { name: 'pin-change-offer', problem: context.pinChangeProblem };
    case 'newPin':
      return { name: 'pin', purpose: 'new', maskedCard: masked(context), problem: context.pinChangeProblem };
    case 'checkingNewPin':
      return { name: 'pin', purpose: 'new', maskedCard: masked(context), problem: null };
    case 'confirmPin':
    case 'changingPin':
      return { name: 'pin', purpose: 'confirm', maskedCard: masked(context), problem: null };
    case 'loadingAccount':
    case 'account':
      return accountScreen(context);
    case 'borrow':
    case 'borrowing':
      return { name: 'borrow', borrowed: context.borrowed, lastScan: context.lastScan };
    default:
      return { name: 'receipt', printerReady: context.devices.printer === 'ready', borrowedCount: context.borrowed.length, problem: context.printProblem };
  }
}

function accountScreen(context: KioskContext): KioskScreen {
  const summary = context.account?.summary ?? null;
  const refusedScan = context.lastScan?.outcome === 'refused' ? context.lastScan : null;
  return { name: 'account', readerName: context.reader?.name ?? '', summary, loans: loanLinesOf(context), borrowBlock: summary?.borrowBlock ?? null, refusedScan };
}

function masked(context: KioskContext): string {
  return maskCardNumber(context.card ?? '');
}

function loanLinesOf(context: KioskContext): LoanLine[] {
  return (context.account?.loans ?? []).map((loan) => ({ itemBarcode: loan.itemBarcode, title: loan.title, dueAt: loan.dueAt, overdue: loan.overdue }));
}
