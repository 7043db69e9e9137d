import type { SnapshotFrom } from 'xstate';
import { maskCardNumber } from '../domain/card-number.ts';
import type { kioskSessionMachine } from './kiosk-session.machine.ts';
import type { KioskContext } from './kiosk-session.types.ts';
import type { KioskScreen, KioskView, LoanLine } from './kiosk-view.types.ts';

export type KioskSnapshot = SnapshotFrom<typeof kioskSessionMachine>;

/** Builds the view a kiosk draws from the session's current state; nothing in it is secret. */
export function kioskViewOf(snapshot: KioskSnapshot): KioskView {
  const { context } = snapshot;
  const pinCheck = snapshot.children.cardAndPin?.getSnapshot();
  const busy = snapshot.hasTag('busy') || (pinCheck?.hasTag('busy') ?? false);

  return {
    mode: 'kiosk',
    language: context.language,
    settings: {
      idleWarningSeconds: Math.round(context.timings.idleWarningMs / 1000),
      pinMinLength: context.pinLength.min,
      pinMaxLength: context.pinLength.max,
    },
    screen: screenOf(snapshot),
    busy,
    idleWarning: snapshot.matches({ session: { attention: 'warning' } }) ? { graceSeconds: Math.round(context.timings.idleGraceMs / 1000) } : null,
    timeLimitNear: context.timeLimitNear,
    notice: context.notice,
    devices: context.devices,
  };
}

function screenOf(snapshot: KioskSnapshot): KioskScreen {
  const { context } = snapshot;
  if (snapshot.matches('welcome')) return { name: 'welcome' };
  if (snapshot.matches('goodbye')) return { name: 'goodbye', reason: context.endReason ?? 'finished', borrowedCount: context.borrowed.length };

  const flow = snapshot.matches('session') ? flowStateOf(snapshot) : 'card';
  switch (flow) {
    case 'card':
      return { name: 'card' };
    case 'pin': {
      const pinCheck = snapshot.children.cardAndPin?.getSnapshot().context;
      const triesLeft = pinCheck?.triesLeft ?? context.maxPinTries;
      return { name: 'pin', purpose: 'sign-in', maskedCard: masked(context), triesLeft, problem: pinCheck?.problem ?? null };
    }
    case 'pinChangeOffer':
      return { name: 'pin-change-offer', problem: context.pinChangeProblem };
    case 'newPin':
      return { name: 'pin', purpose: 'new', maskedCard: masked(context), problem: context.pinChangeProblem };
    case 'confirmPin':
    case 'changingPin':
      return { name: 'pin', purpose: 'confirm', maskedCard: masked(context), problem: null };
    case 'loadingAccount':
    case 'account':
      return { name: 'account', readerName: context.reader?.name ?? '', summary: context.account?.summary ?? null, loans: loanLinesOf(context) };
    case 'borrow':
    case 'borrowing':
      return { name: 'borrow', borrowed: context.borrowed, lastScan: context.lastScan };
    default:
      return { name: 'receipt', printerReady: context.devices.printer === 'ready', borrowedCount: context.borrowed.length, problem: context.printProblem };
  }
}

function flowStateOf(snapshot: KioskSnapshot): string {
  const value = snapshot.value as { session?: { flow?: string } };
  return value.session?.flow ?? 'card';
}

function masked(context: KioskContext): string {
  return maskCardNumber(context.card ?? '');
}

function loanLinesOf(context: KioskContext): LoanLine[] {
  return (context.account?.loans ?? []).map((loan) => ({ itemBarcode: loan.itemBarcode, title: loan.title, dueAt: loan.dueAt, overdue: loan.overdue }));
}
