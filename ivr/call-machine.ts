import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import type { CirculationService, OperationContext } from '../src/circulation/circulation.types.ts';
import { cardAndPinMachine, type CheckPinInput } from '../src/sessions/card-and-pin.machine.ts';
import { phoneCallMachine } from '../src/sessions/phone-call.machine.ts';
import type { CallRenewAll, CallRenewOne, PhoneCallLimits } from '../src/sessions/phone-call.types.ts';
import type { CardVault } from './card-vault.ts';
import type { PendingPinChecks } from './pending-pin-checks.ts';

/** Facts of the current webhook that the call's actors need but the snapshot must not keep. */
export interface CallScope {
  /** Throttling and audit source of the caller: `phone:` and the caller's number, or `phone:withheld`. */
  source: string;
}

export interface CallMachineServices {
  circulation: CirculationService;
  pendingPinChecks: PendingPinChecks;
  cardVault: CardVault;
}

export type CallMachine = typeof phoneCallMachine;
export type CallActor = ReturnType<typeof createActor<CallMachine>>;
export type CallSnapshot = SnapshotFrom<CallMachine>;

/**
 * Provides the phone-call machine with the channel's actors: PIN checks through PendingPinChecks, renewals
 * and lists through the circulation service. It is built once per plugin. The caller's source differs per
 * webhook, so the actors look it up in a scope registered for the actor system of that webhook's actor.
 */
export function provideCallMachine(services: CallMachineServices, scopes: WeakMap<object, CallScope>): CallMachine {
  const sourceOf = (system: object): string => scopes.get(system)?.source ?? 'phone:unknown';
  const operation = (system: object, idempotencyKey: string): OperationContext => ({ channel: 'phone', source: sourceOf(system), idempotencyKey });
  const { circulation } = services;

  const cardAndPin = cardAndPinMachine.provide({
    actors: {
      checkPin: fromPromise<Awaited<ReturnType<PendingPinChecks['resultFor']>>, CheckPinInput>(({ input, system }) =>
        services.pendingPinChecks.resultFor(input, sourceOf(system)),
      ),
    },
  });

  return phoneCallMachine.provide({
    actors: {
      cardAndPin,
      accountSummary: fromPromise(async ({ input }) => {
        const summary = await circulation.accountSummary(input.readerId);
        return { loansCount: summary.loansCount, overdueCount: summary.overdueCount };
      }),
      listLoans: fromPromise(async ({ input }) => {
        const loans = await circulation.listLoans(input.readerId);
        return loans.map((loan) => ({ loanId: loan.loanId, title: loan.title, dueAt: loan.dueAt, overdue: loan.overdue }));
      }),
      listCharges: fromPromise(async ({ input }) => {
        const [summary, charges] = await Promise.all([circulation.accountSummary(input.readerId), circulation.listCharges(input.readerId)]);
        return {
          totalCents: charges.reduce((total, charge) => total + charge.amountCents, 0),
          currency: summary.currency,
          items: charges.map((charge) => ({ amountCents: charge.amountCents, reason: charge.reason, reasonZh: charge.reasonZh, reasonZhHans: charge.reasonZhHans })),
        };
      }),
      renewAll: fromPromise(async ({ input, system }): Promise<CallRenewAll> => {
        const result = await circulation.renewAll(input.readerId, operation(system, input.idempotencyKey));
        return {
          reference: result.reference,
          renewed: result.renewed.map((loan) => ({ title: loan.title, newDueAt: loan.newDueAt })),
          refused: result.refused.map((loan) => ({ title: loan.title, reason: loan.reason })),
        };
      }),
      renewOne: fromPromise(async ({ input, system }): Promise<CallRenewOne> => {
        const result = await circulation.renewOne(input.readerId, input.loanId, operation(system, input.idempotencyKey));
        if (result.outcome === 'renewed') return { outcome: 'renewed', reference: result.reference, title: result.loan.title, newDueAt: result.loan.newDueAt };
        return { outcome: 'refused', reference: result.reference, title: result.loan?.title ?? null, reason: result.reason };
      }),
    },
    actions: {
      forgetCard: (_, cardHandle) => {
        if (cardHandle) services.cardVault.forget(cardHandle);
      },
    },
  });
}

/** Starts a call's actor, new or restored from a persisted snapshot, with the webhook's scope registered. */
export function startCallActor(
  machine: CallMachine,
  options: { scope: CallScope; scopes: WeakMap<object, CallScope>; limits: PhoneCallLimits; snapshot?: unknown },
): CallActor {
  const actor = createActor(machine, {
    input: options.limits,
    ...(options.snapshot === undefined ? {} : { snapshot: options.snapshot as CallSnapshot }),
  });
  options.scopes.set(actor.system, options.scope);
  actor.start();
  return actor;
}

/**
 * True while the call waits for an invoked actor: a renewal or list, or the PIN check of its card-and-PIN
 * step. A card-and-PIN child that has finished counts as busy until the call takes its result and leaves
 * the PIN step, which happens right after.
 */
export function isCallBusy(snapshot: CallSnapshot): boolean {
  if (snapshot.status !== 'active') return false;
  if (snapshot.hasTag('busy')) return true;
  const child = snapshot.children.cardAndPin?.getSnapshot() as SnapshotFrom<typeof cardAndPinMachine> | undefined;
  if (!child) return false;
  return child.status !== 'active' || child.hasTag('busy');
}
