import type { Command } from 'commander';
import type { AuditRecord } from '../../auth/audit.types.ts';
import { checkCardNumber } from '../../domain/card-number.ts';
import { LIBRARY_TIME_ZONE } from '../../domain/library-day.ts';
import { CliError } from '../cli-error.ts';
import { createCliContext, withServices, type CliContext } from '../cli-context.ts';

const STAFF_ACTOR = { channel: 'staff', source: 'pin-service-cli' } as const;

export function registerPinCommand(program: Command): void {
  const pin = program.command('pin').description('Staff actions on a reader PIN: reset to default, unlock, status');

  pin
    .command('reset')
    .argument('<card>', 'library card number')
    .description('Set the PIN back to the default (last 4 digits of the registered phone) and unlock the card')
    .action(async (card: string, _options: object, command: Command) => {
      const context = createCliContext(command);
      const cardNumber = validCard(context, card);
      const done = await withServices(context, (services) => services.pinAdmin.resetToDefault(cardNumber, STAFF_ACTOR));
      if (!done) throw new CliError(context.text('pin.readerNotFound', { card: cardNumber }), 4);
      context.say('pin.resetDone', { card: cardNumber });
    });

  pin
    .command('unlock')
    .argument('<card>', 'library card number')
    .description('Clear the lock and the failed-attempt count of a card')
    .action(async (card: string, _options: object, command: Command) => {
      const context = createCliContext(command);
      const cardNumber = validCard(context, card);
      const done = await withServices(context, (services) => services.pinAdmin.unlock(cardNumber, STAFF_ACTOR));
      if (!done) throw new CliError(context.text('pin.readerNotFound', { card: cardNumber }), 4);
      context.say('pin.unlockDone', { card: cardNumber });
    });

  pin
    .command('status')
    .argument('<card>', 'library card number')
    .option('--json', 'print the status and recent audit events as JSON')
    .description('Show whether a card is locked, whether its PIN is the default, and recent PIN events')
    .action(async (card: string, options: { json?: boolean }, command: Command) => {
      const context = createCliContext(command);
      const cardNumber = validCard(context, card);
      const status = await withServices(context, (services) => services.pinAdmin.status(cardNumber));
      if (!status) throw new CliError(context.text('pin.readerNotFound', { card: cardNumber }), 4);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        return;
      }
      const state = status.staffLock
        ? context.text('pin.stateStaffLock')
        : status.locked
          ? context.text('pin.stateLockedUntil', { until: status.lockedUntil ?? '' })
          : context.text('pin.stateOpen');
      const isDefault = context.text(status.isDefaultPin ? 'common.yes' : 'common.no');
      context.say('pin.statusLine', { card: cardNumber, state, isDefault, failures: status.failuresInRow });
      for (const event of status.recentEvents) process.stdout.write(`  ${describeEvent(event)}\n`);
    });
}

/** Formats an audit event as one line: library-local time, event, outcome and reason, channel and source. */
function describeEvent(event: AuditRecord): string {
  const time = `${new Date(event.at).toLocaleString('sv-SE', { timeZone: LIBRARY_TIME_ZONE })} (${LIBRARY_TIME_ZONE})`;
  const reason = typeof event.detail?.reason === 'string' ? ` (${event.detail.reason})` : '';
  const from = event.source && event.source !== event.channel ? `${event.channel} ${event.source}` : event.channel;
  return `${time}  ${event.event}  ${event.outcome}${reason}  ${from}`;
}

function validCard(context: CliContext, card: string): string {
  const check = checkCardNumber(card, context.config.cardNumber);
  if (!check.valid) throw new CliError(context.text('pin.cardInvalid', { card }), 2);
  return check.card;
}
