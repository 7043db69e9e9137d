import { fromPromise } from 'xstate';
import type { PinCheckResult, PinChecker } from '../auth/pin-check.types.ts';
import type { CirculationService, OperationContext } from '../circulation/circulation.types.ts';
import type { Clock } from '../domain/clock.ts';
import { maskCardNumber } from '../domain/card-number.ts';
import type { ReceiptDocument } from '../http/terminal-protocol.ts';
import type { Logger } from '../logging/logger.ts';
import { cardAndPinMachine, type CheckPinInput } from './card-and-pin.machine.ts';
import { renderLoanReceipt } from './kiosk-receipt.ts';
import { kioskSessionMachine } from './kiosk-session.machine.ts';
import type {
  BorrowItemInput,
  ChangePinInput,
  CheckNewPinInput,
  CheckoutResult,
  KioskAccount,
  KioskNewPinCheckOutcome,
  KioskPinChangeOutcome,
  LoadAccountInput,
  PinChanger,
  PrintReceiptInput,
} from './kiosk-session.types.ts';
import type { PrintOutcome } from './terminal-session.types.ts';
import type { PinVault } from './pin-vault.ts';

/** The services a kiosk session calls; the same objects serve every terminal. */
export interface KioskServices {
  pinChecker: PinChecker;
  pinChanger: PinChanger;
  circulation: CirculationService;
}

/** Per-terminal part of the actors' environment: the terminal, its PIN vault and the way to its printer. */
export interface KioskActorEnvironment {
  source: string;
  location: string | null;
  vault: PinVault;
  clock: Clock;
  logger: Logger;
  print(receipt: ReceiptDocument): Promise<PrintOutcome>;
}

/** Binds the kiosk machine's actors to the real services for one terminal. */
export function provideKioskActors(services: KioskServices, environment: KioskActorEnvironment) {
  const { vault, logger } = environment;

  const checkPin = fromPromise<PinCheckResult, CheckPinInput>(async ({ input }) => {
    const pin = vault.redeem(input.pinHandle);
    if (pin === undefined) return { outcome: 'interrupted' };
    const result = await services.pinChecker.checkPin({ identifier: input.identifier, pin, channel: 'kiosk', source: environment.source });
    logger.info({ cardMasked: maskCardNumber(input.identifier), outcome: result.outcome }, 'PIN checked');
    return result;
  });

  const checkNewPin = fromPromise<KioskNewPinCheckOutcome, CheckNewPinInput>(async ({ input }) => {
    const newPin = vault.redeem(input.newPinHandle);
    if (newPin === undefined) return { outcome: 'fault' };
    try {
      const result = await services.pinChanger.checkNewPin(input.readerId, newPin, 'kiosk', input.source);
      logger.info({ readerId: input.readerId, outcome: result.outcome }, 'new PIN checked');
      // The check redeemed the handle, so an allowed PIN goes back into the vault for the change.
      return result.outcome === 'allowed' ? { outcome: 'allowed', newPinHandle: vault.deposit(newPin) } : result;
    } catch (error) {
      logger.error({ err: error, readerId: input.readerId }, 'checking the new PIN failed');
      throw error;
    }
  });

  const changePin = fromPromise<KioskPinChangeOutcome, ChangePinInput>(async ({ input }) => {
    const newPin = vault.redeem(input.newPinHandle);
    const confirmation = vault.redeem(input.confirmPinHandle);
    if (newPin === undefined || confirmation === undefined) return { outcome: 'fault' };
    if (newPin !== confirmation) return { outcome: 'mismatch' };
    try {
      const result = await services.pinChanger.changePin(input.readerId, newPin, 'kiosk', input.source);
      logger.info({ readerId: input.readerId, outcome: result.outcome }, 'PIN change requested');
      return result;
    } catch (error) {
      logger.error({ err: error, readerId: input.readerId }, 'changing the PIN failed');
      throw error;
    }
  });

  const loadAccount = fromPromise<KioskAccount, LoadAccountInput>(async ({ input }) => {
    try {
      const [summary, loans] = await Promise.all([services.circulation.accountSummary(input.readerId), services.circulation.listLoans(input.readerId)]);
      return { summary, loans };
    } catch (error) {
      logger.error({ err: error, readerId: input.readerId }, 'loading the account failed');
      throw error;
    }
  });

  const borrowItem = fromPromise<CheckoutResult, BorrowItemInput>(async ({ input }) => {
    const context: OperationContext = { channel: 'kiosk', source: input.source, idempotencyKey: input.idempotencyKey };
    if (environment.location) context.location = environment.location;
    try {
      const result = await services.circulation.borrow(input.readerId, input.itemBarcode, context);
      logger.info({ readerId: input.readerId, itemBarcode: input.itemBarcode, outcome: result.outcome, reference: result.reference }, 'borrow requested');
      return result;
    } catch (error) {
      logger.error({ err: error, readerId: input.readerId, itemBarcode: input.itemBarcode }, 'borrowing failed');
      throw error;
    }
  });

  const printReceipt = fromPromise<PrintOutcome, PrintReceiptInput>(async ({ input }) => {
    try {
      const outcome = await environment.print(renderLoanReceipt(input, environment.clock.now()));
      logger.info({ outcome: outcome.outcome, problem: outcome.outcome === 'failed' ? outcome.problem : undefined }, 'receipt print finished');
      return outcome;
    } catch (error) {
      logger.error({ err: error }, 'printing the receipt failed');
      throw error;
    }
  });

  return kioskSessionMachine.provide({
    actors: {
      cardAndPin: cardAndPinMachine.provide({ actors: { checkPin } }),
      checkNewPin,
      changePin,
      loadAccount,
      borrowItem,
      printReceipt,
    },
  });
}
