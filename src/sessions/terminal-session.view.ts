import type { ActorRefFrom } from 'xstate';
import { maskCardNumber } from '../domain/card-number.ts';
import type { cardAndPinMachine } from './card-and-pin.machine.ts';
import type { TerminalViewFrame } from './kiosk-view.types.ts';
import type { TerminalSessionContext } from './terminal-session.types.ts';

/** The parts of a kiosk's or station's snapshot that the shared view code reads. */
interface TerminalSnapshot {
  context: TerminalSessionContext;
  value: unknown;
  children: { cardAndPin?: ActorRefFrom<typeof cardAndPinMachine> };
  hasTag(tag: 'busy'): boolean;
  matches(stateValue: { session: { attention: 'warning' } } | { session: { flow: 'pin' } }): boolean;
}

/** Builds the parts of the view that every terminal mode draws alike; nothing in it is secret. */
export function viewFrameOf(snapshot: TerminalSnapshot): TerminalViewFrame {
  const { context } = snapshot;
  const pinCheck = snapshot.children.cardAndPin?.getSnapshot();
  const busy = snapshot.hasTag('busy') || (pinCheck?.hasTag('busy') ?? false);

  return {
    language: context.language,
    settings: {
      idleWarningSeconds: Math.round(context.timings.idleWarningMs / 1000),
      pinMinLength: context.pinLength.min,
      pinMaxLength: context.pinLength.max,
    },
    busy,
    idleWarning: snapshot.matches({ session: { attention: 'warning' } }) ? { graceSeconds: Math.round(context.timings.idleGraceMs / 1000) } : null,
    timeLimitNear: context.timeLimitNear,
    devices: context.devices,
  };
}

/** Builds the sign-in PIN screen: the masked card, and the tries left and last problem of the PIN check. */
export function signInPinScreen(snapshot: TerminalSnapshot) {
  const { context } = snapshot;
  const pinCheck = snapshot.children.cardAndPin?.getSnapshot().context;
  const triesLeft = pinCheck?.triesLeft ?? context.maxPinTries;
  return { name: 'pin', purpose: 'sign-in', maskedCard: maskCardNumber(context.card ?? ''), triesLeft, problem: pinCheck?.problem ?? null } as const;
}

/** Returns the active state of the `flow` region, or `card` outside a session. */
export function flowStateOf(snapshot: TerminalSnapshot): string {
  const value = snapshot.value as { session?: { flow?: string } };
  return value.session?.flow ?? 'card';
}

/** True while the sign-in PIN screen waits for a PIN, and no check of an earlier one is running. */
export function waitsForSignInPin(snapshot: TerminalSnapshot): boolean {
  const pinCheck = snapshot.children.cardAndPin?.getSnapshot();
  return snapshot.matches({ session: { flow: 'pin' } }) && pinCheck?.matches('awaitingPin') === true;
}
