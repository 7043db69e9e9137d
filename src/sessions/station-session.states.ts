import { stationSessionSetup } from './station-session.setup.ts';
import type { SessionEndReason } from './terminal-session.types.ts';

/** Ends the visit for `reason`: goes to goodbye, which words the reason and sums up the visit. */
export const end = (reason: SessionEndReason) => ({ target: '#station.goodbye', actions: { type: 'endSession' as const, params: reason } });

/**
 * States of the station's `flow` region for returns, which need no card or PIN: each scanned item is
 * returned in turn, and Finish offers a receipt once something was returned.
 */
export const returnStates = {
  returns: stationSessionSetup.createStateConfig({
    on: {
      CODE_READ: { target: 'returning', actions: 'rememberScan' },
      READ_FAILED: { actions: 'noteReadFailure' },
      FINISH: [{ guard: 'hasReturned', target: 'receiptChoice' }, end('finished')],
    },
  }),
  returning: stationSessionSetup.createStateConfig({
    tags: ['busy'],
    invoke: {
      id: 'returnItem',
      src: 'returnItem',
      input: ({ context }) => ({
        itemBarcode: context.pending?.code ?? '',
        source: context.source,
        location: context.location,
        idempotencyKey: context.pending?.key ?? '',
      }),
      onDone: { actions: { type: 'recordReturn', params: ({ event }) => event.output }, target: 'returns' },
      onError: { actions: 'recordFault', target: 'returns' },
    },
  }),
};
