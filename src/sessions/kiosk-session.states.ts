import { kioskSessionSetup } from './kiosk-session.setup.ts';
import type { SessionEndReason } from './terminal-session.types.ts';

/** Ends the reader's session for `reason`: goes to goodbye, which words the reason. */
export const end = (reason: SessionEndReason) => ({ target: '#kiosk.goodbye', actions: { type: 'endSession' as const, params: reason } });

/**
 * States of the kiosk's `flow` region after a sign-in with the default PIN: the offer, the new PIN entered
 * and checked against the PIN policy, its confirmation, and the change. The reader leaves them for the account
 * by changing the PIN or by skipping the change.
 */
export const pinChangeStates = {
  pinChangeOffer: kioskSessionSetup.createStateConfig({
    on: { CHANGE_PIN: 'newPin', SKIP_PIN_CHANGE: 'loadingAccount' },
  }),
  newPin: kioskSessionSetup.createStateConfig({
    on: {
      PIN_ENTERED: 'checkingNewPin',
      CANCEL: { target: 'loadingAccount', actions: 'forgetNewPin' },
    },
  }),
  // The first entry is checked at once, so a PIN the policy refuses is not typed a second time for nothing.
  checkingNewPin: kioskSessionSetup.createStateConfig({
    tags: ['busy'],
    invoke: {
      id: 'checkNewPin',
      src: 'checkNewPin',
      input: ({ context, event }) => ({
        readerId: context.reader?.readerId ?? 0,
        newPinHandle: event.type === 'PIN_ENTERED' ? event.pinHandle : '',
        source: context.source,
      }),
      onDone: [
        {
          guard: { type: 'isOutcome', params: ({ event }) => ({ output: event.output, outcome: 'allowed' }) },
          actions: { type: 'rememberNewPin', params: ({ event }) => event.output },
          target: 'confirmPin',
        },
        {
          guard: { type: 'isPinChangeToRetry', params: ({ event }) => event.output },
          actions: { type: 'notePinChangeProblem', params: ({ event }) => event.output },
          target: 'newPin',
        },
        { actions: { type: 'notePinChangeProblem', params: ({ event }) => event.output }, target: 'pinChangeOffer' },
      ],
      onError: { actions: { type: 'notePinChangeProblem', params: { outcome: 'fault' } }, target: 'pinChangeOffer' },
    },
  }),
  confirmPin: kioskSessionSetup.createStateConfig({
    on: {
      PIN_ENTERED: 'changingPin',
      CANCEL: { target: 'loadingAccount', actions: 'forgetNewPin' },
    },
  }),
  changingPin: kioskSessionSetup.createStateConfig({
    tags: ['busy'],
    invoke: {
      id: 'changePin',
      src: 'changePin',
      input: ({ context, event }) => ({
        readerId: context.reader?.readerId ?? 0,
        newPinHandle: context.newPinHandle ?? '',
        confirmPinHandle: event.type === 'PIN_ENTERED' ? event.pinHandle : '',
        source: context.source,
      }),
      onDone: [
        { guard: { type: 'isOutcome', params: ({ event }) => ({ output: event.output, outcome: 'changed' }) }, actions: 'notePinChanged', target: 'loadingAccount' },
        {
          guard: { type: 'isPinChangeToRetry', params: ({ event }) => event.output },
          actions: { type: 'notePinChangeProblem', params: ({ event }) => event.output },
          target: 'newPin',
        },
        { actions: { type: 'notePinChangeProblem', params: ({ event }) => event.output }, target: 'pinChangeOffer' },
      ],
      onError: { actions: { type: 'notePinChangeProblem', params: { outcome: 'fault' } }, target: 'pinChangeOffer' },
    },
  }),
};
