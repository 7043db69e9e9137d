import { fromPromise } from 'xstate';
import type { PinCheckResult, PinChecker } from '../auth/pin-check.types.ts';
import type { CirculationService, OperationContext } from '../circulation/circulation.types.ts';
import { maskCardNumber } from '../domain/card-number.ts';
import type { Clock } from '../domain/clock.ts';
import type { ReceiptDocument } from '../http/terminal-protocol.ts';
import type { Logger } from '../logging/logger.ts';
import { cardAndPinMachine, type CheckPinInput } from './card-and-pin.machine.ts';
import type { PinVault } from './pin-vault.ts';
import { renderStationReceipt } from './station-receipt.ts';
import { stationSessionMachine } from './station-session.machine.ts';
import type {
  CheckoutResult,
  LoadStationAccountInput,
  ReturnResult,
  StationAccount,
  StationCheckoutInput,
  StationReceiptInput,
  StationReturnInput,
} from './station-session.types.ts';
import type { PrintOutcome } from './terminal-session.types.ts';

/** The services a station session calls; the same objects serve every terminal. */
export interface StationServices {
  pinChecker: PinChecker;
  circulation: CirculationService;
}

/** Per-station part of the actors' environment: its source, hardened profile, PIN vault and printer. */
export interface StationActorEnvironment {
  source: string;
  /** Refuse the default PIN here, whatever the service's own hardened profile is. */
  hardenedProfile: boolean;
  vault: PinVault;
  clock: Clock;
  logger: Logger;
  print(receipt: ReceiptDocument): Promise<PrintOutcome>;
}

/** Binds the station machine's actors to the real services for one terminal. */
export function provideStationActors(services: StationServices, environment: StationActorEnvironment) {
  const { vault, logger, source } = environment;
  const { circulation } = services;

  const checkPin = fromPromise<PinCheckResult, CheckPinInput>(async ({ input }) => {
    const pin = vault.redeem(input.pinHandle);
    if (pin === undefined) return { outcome: 'interrupted' };
    const request = { identifier: input.identifier, pin, channel: 'station' as const, source, refuseDefaultPin: environment.hardenedProfile };
    const result = await services.pinChecker.checkPin(request);
    logger.info({ cardMasked: maskCardNumber(input.identifier), outcome: result.outcome }, 'PIN checked');
    return result;
  });

  const loadAccount = fromPromise<StationAccount, LoadStationAccountInput>(async ({ input }) => {
    try {
      const [summary, loans, charges, holds] = await Promise.all([
        circulation.accountSummary(input.readerId),
        circulation.listLoans(input.readerId),
        circulation.listCharges(input.readerId),
        circulation.listHolds(input.readerId),
      ]);
      // A hold with no pickup location can be collected anywhere, as circulation's pickup rule allows.
      const readyHolds = holds.filter((hold) => hold.status === 'ready' && (hold.pickupLocation === null || hold.pickupLocation === input.location));
      return { summary, loans, charges, readyHolds };
    } catch (error) {
      logger.error({ err: error, readerId: input.readerId }, 'loading the account failed');
      throw error;
    }
  });

  const checkOut = (operation: 'pickUpHold' | 'borrow') =>
    fromPromise<CheckoutResult, StationCheckoutInput>(async ({ input }) => {
      const context: OperationContext = { channel: 'station', source: input.source, idempotencyKey: input.idempotencyKey, location: input.location, itemLimit: input.itemLimit };
      const fields = { readerId: input.readerId, itemBarcode: input.itemBarcode, operation };
      try {
        const result = await circulation[operation](input.readerId, input.itemBarcode, context);
        logger.info({ ...fields, outcome: result.outcome, reason: result.outcome === 'refused' ? result.reason : undefined, reference: result.reference }, 'checkout requested');
        return result;
      } catch (error) {
        logger.error({ ...fields, err: error }, 'checkout failed');
        throw error;
      }
    });

  const returnItem = fromPromise<ReturnResult, StationReturnInput>(async ({ input }) => {
    const context: OperationContext = { channel: 'station', source: input.source, idempotencyKey: input.idempotencyKey, location: input.location };
    try {
      const result = await circulation.returnItem(input.itemBarcode, context);
      logger.info({ itemBarcode: input.itemBarcode, outcome: result.outcome, reference: result.reference }, 'return requested');
      return result;
    } catch (error) {
      logger.error({ err: error, itemBarcode: input.itemBarcode }, 'return failed');
      throw error;
    }
  });

  const printReceipt = fromPromise<PrintOutcome, StationReceiptInput>(async ({ input }) => {
    const outcome = await environment.print(renderStationReceipt(input, environment.clock.now()));
    logger.info({ outcome: outcome.outcome, problem: outcome.outcome === 'failed' ? outcome.problem : undefined }, 'receipt printed');
    return outcome;
  });

  return stationSessionMachine.provide({
    actors: {
      cardAndPin: cardAndPinMachine.provide({ actors: { checkPin } }),
      loadAccount,
      pickUpItem: checkOut('pickUpHold'),
      borrowItem: checkOut('borrow'),
      returnItem,
      printReceipt,
    },
  });
}
