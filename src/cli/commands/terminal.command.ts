import type { Command } from 'commander';
import { EnrolmentError } from '../../../hardware/terminal-agent/enrol-with-code.ts';
import { startTerminalAgent, TerminalAgentSettingError } from '../../../hardware/terminal-agent/start-terminal-agent.ts';
import { TerminalKeyFileError } from '../../../hardware/terminal-agent/terminal-key-file.ts';
import { TerminalEnrolment } from '../../http/terminal-enrolment.ts';
import { TERMINAL_MODES, type TerminalMode } from '../../sessions/kiosk-view.types.ts';
import { SqliteTerminalStore } from '../../storage/sqlite-terminal.store.ts';
import { CliError } from '../cli-error.ts';
import { createCliContext, withServices, type CliContext } from '../cli-context.ts';

const EXIT_USAGE = 2;
const EXIT_NOT_FOUND = 4;
const EXIT_CONFLICT = 5;

interface AgentOptions {
  service?: string;
  keyFile: string;
  enrolCode?: string;
  cardReader: string[];
  printer?: string;
  uiHost: string;
  uiPort: string;
}

/** `pin-service terminal`: runs the terminal agent; its subcommands enrol, revoke and list terminals. */
export function registerTerminalCommand(program: Command): void {
  const terminal = program
    .command('terminal')
    .description('Run the terminal agent on a kiosk or self-service station (card readers, printer, touch-screen page); subcommands manage enrolled terminals')
    .option('--service <url>', 'URL of the central service, for example https://pin.library.example')
    .option('--key-file <path>', 'file holding this terminal key (written with mode 0600 at enrolment)', 'terminal.key')
    .option('--enrol-code <code>', 'one-time enrolment code from "pin-service terminal enrol NAME"; trades it for a key first')
    .option('--card-reader <KIND:PATH[:BAUD]>', 'a card reader or item scanner: barcode, rfid-em4100 or magstripe; repeat for several', collect, [])
    .option('--printer <PATH[:BAUD]>', 'serial ESC/POS receipt printer (baud 9600 unless given)')
    .option('--ui-host <address>', 'loopback address the touch-screen page listens on', '127.0.0.1')
    .option('--ui-port <number>', 'TCP port of the touch-screen page', '3100')
    .action(async (options: AgentOptions, command: Command) => runAgent(createCliContext(command), options));

  terminal
    .command('enrol')
    .argument('<name>', 'a name for the terminal, such as central-kiosk-1')
    .option('--mode <mode>', 'kiosk or station', 'kiosk')
    .option('--station', 'enrol a self-service station; the same as --mode station')
    .option('--location <code>', 'branch or station code of the terminal; required for a station')
    .option('--item-limit <count>', 'station only: items a reader may have on loan after borrowing there (default 10, at most LOAN_MAX_ITEMS)')
    .option('--hardened', 'station only: refuse the default PIN there even when PIN_HARDENED_PROFILE is off')
    .option('--code-valid-hours <hours>', 'hours the enrolment code can be used', '24')
    .description('Enrol a terminal and print its one-time enrolment code')
    .action(async (name: string, options: EnrolOptions, command: Command) => {
      const context = createCliContext(command);
      const modeGiven = command.getOptionValueSource('mode') === 'cli';
      const mode = options.station ? checkedStationMode(context, options.mode, modeGiven) : checkedMode(context, options.mode);
      const hours = Number(options.codeValidHours);
      if (!Number.isInteger(hours) || hours < 1 || hours > 720) throw new CliError(context.text('terminal.hoursInvalid', { hours: options.codeValidHours }), EXIT_USAGE);
      const station = stationOptionsOf(context, options);

      const result = await withEnrolment(context, (enrolment) => enrolment.issue({ name, mode, location: options.location ?? null, station, codeTtlMs: hours * 3_600_000 }));
      if (result.outcome === 'invalid') throw new CliError(context.text('terminal.invalid', { field: result.field, problem: result.problem }), EXIT_USAGE);
      if (result.outcome === 'name-taken') throw new CliError(context.text('terminal.nameTaken', { name }), EXIT_CONFLICT);
      context.say('terminal.enrolCode', { name, code: result.code });
      context.say('terminal.enrolCodeUse', { code: result.code, expiresAt: result.expiresAt });
    });

  terminal
    .command('revoke')
    .argument('<name>', 'the terminal to take out of service')
    .description("Revoke a terminal's key; it is refused from then on")
    .action(async (name: string, _options: object, command: Command) => {
      const context = createCliContext(command);
      const revoked = await withEnrolment(context, (enrolment) => enrolment.revoke(name));
      if (!revoked) throw new CliError(context.text('terminal.notFound', { name }), EXIT_NOT_FOUND);
      context.say('terminal.revoked', { name });
    });

  terminal
    .command('list')
    .description('List enrolled terminals with their state')
    .action(async (_options: object, command: Command) => {
      const context = createCliContext(command);
      const terminals = await withEnrolment(context, (enrolment) => enrolment.list());
      if (terminals.length === 0) context.say('terminal.listEmpty');
      for (const entry of terminals) {
        const line = {
          name: entry.name,
          mode: entry.mode,
          status: entry.status,
          location: entry.location ?? context.text('terminal.none'),
          lastConnected: entry.lastConnectedAt ?? context.text('terminal.never'),
        };
        if (entry.station) {
          const hardened = context.text(entry.station.hardenedProfile ? 'station.cli.hardenedOn' : 'station.cli.hardenedOff');
          context.say('station.cli.listLine', { ...line, itemLimit: entry.station.itemLimit, hardened });
        } else {
          context.say('terminal.listLine', line);
        }
      }
    });
}

async function runAgent(context: CliContext, options: AgentOptions): Promise<void> {
  if (!options.service) throw new CliError('--service is required, for example --service https://pin.library.example', EXIT_USAGE);
  const port = Number(options.uiPort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliError(`--ui-port "${options.uiPort}": give a TCP port from 0 to 65535`, EXIT_USAGE);

  let started;
  try {
    started = await startTerminalAgent({
      serviceUrl: options.service,
      keyFile: options.keyFile,
      enrolCode: options.enrolCode,
      cardReaders: options.cardReader,
      printer: options.printer,
      uiHost: options.uiHost,
      uiPort: port,
      logger: context.logger,
    });
  } catch (error) {
    if (error instanceof TerminalAgentSettingError) throw new CliError(error.message, EXIT_USAGE);
    if (error instanceof TerminalKeyFileError || error instanceof EnrolmentError) throw new CliError(error.message);
    throw error;
  }
  if (started.enrolled) context.say('terminal.enrolled', { name: started.enrolled.terminal.name, keyFile: options.keyFile });
  context.say('terminal.agentRunning', { url: started.uiUrl });

  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await started.agent.stop();
}

interface EnrolOptions {
  mode: string;
  station?: boolean;
  location?: string;
  itemLimit?: string;
  hardened?: boolean;
  codeValidHours: string;
}

/** --station with --mode: only `--mode station` agrees; `kiosk` counts only when typed, since it is the default. */
function checkedStationMode(context: CliContext, mode: string, modeGiven: boolean): TerminalMode {
  if (mode !== 'kiosk' && mode !== 'station') return checkedMode(context, mode);
  if (mode === 'kiosk' && modeGiven) throw new CliError(context.text('station.cli.modeConflict'), EXIT_USAGE);
  return 'station';
}

/** Reads --item-limit and --hardened; the enrolment checks the limit against the service's own. */
function stationOptionsOf(context: CliContext, options: EnrolOptions): { itemLimit?: number; hardenedProfile?: boolean } | undefined {
  if (options.itemLimit === undefined && !options.hardened) return undefined;
  const station: { itemLimit?: number; hardenedProfile?: boolean } = { hardenedProfile: options.hardened === true };
  if (options.itemLimit !== undefined) {
    const count = Number(options.itemLimit);
    if (!/^\d+$/.test(options.itemLimit) || !Number.isSafeInteger(count)) throw new CliError(context.text('station.cli.itemLimitInvalid', { value: options.itemLimit }), EXIT_USAGE);
    station.itemLimit = count;
  }
  return station;
}

function checkedMode(context: CliContext, mode: string): TerminalMode {
  if ((TERMINAL_MODES as readonly string[]).includes(mode)) return mode as TerminalMode;
  throw new CliError(context.text('terminal.modeInvalid', { mode }), EXIT_USAGE);
}

async function withEnrolment<T>(context: CliContext, run: (enrolment: TerminalEnrolment) => Promise<T>): Promise<T> {
  return withServices(context, (services) =>
    run(new TerminalEnrolment(new SqliteTerminalStore(services.database), services.clock, { maxItemsOnLoan: services.config.loanRules.maxItemsOnLoan })),
  );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
