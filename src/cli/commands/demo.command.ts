import { createServer, type AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { startDemoStation } from '../../../hardware/terminal-agent/demo/demo-station.ts';
import { startDemoTerminal, type DemoTerminal } from '../../../hardware/terminal-agent/demo/demo-terminal.ts';
import { loadConfigFromProcess } from '../../config/config.ts';
import { buildDemoSeed, DEMO_READERS, DEMO_STATION_LOCATION, demoShelfItems } from '../../demo/demo-seed.ts';
import { readOrCreateDemoSecret } from '../../demo/demo-secrets.ts';
import { loadSeedDocument } from '../../seed/seed.service.ts';
import { createCliContext, type CliContext } from '../cli-context.ts';
import { startService, type RunningService } from './serve.command.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Run everything on this machine for trying it out (npm start): the service with demo readers, items and loans, ' +
        'a simulated kiosk and station with virtual card readers, and the telephone line. Prints the URLs, demo cards and PINs.',
    )
    .option('--port <number>', 'TCP port of the service (default 3000, or PORT)')
    .action(async (options: { port?: string }, command: Command) => {
      const context = demoContext(command, await portForDemo(options.port));
      const pepperCreated = !existsSync(context.config.pepperFile);
      // Logs go to a file so the welcome text stays readable on the terminal.
      const logFile = join(context.config.dataDir, 'pin-service.log');
      const running = await startService(context, { logFile });
      const seeded = await seedOnce(running, context);
      let kiosk: DemoTerminal | undefined;
      let station: DemoTerminal | undefined;
      try {
        kiosk = await startDemoTerminal({
          serviceUrl: running.url,
          enrolment: running.terminal.enrolment,
          keyFile: join(context.config.dataDir, 'demo-kiosk.key'),
          cards: DEMO_READERS.map(({ card, name, pin }) => ({ card, name, pin })),
          items: demoShelfItems(),
          logger: running.services.logger,
          // Next to the service's port, so the kiosk's address stays the same between runs; any free port with --port 0.
          uiPort: options.port === '0' ? 0 : context.config.port + 1,
        });
        station = await startDemoStation({
          serviceUrl: running.url,
          enrolment: running.terminal.enrolment,
          keyFile: join(context.config.dataDir, 'demo-station.key'),
          seed: buildDemoSeed(running.services.clock.now()),
          logger: running.services.logger,
          uiPort: options.port === '0' ? 0 : context.config.port + 2,
        });
        printWelcome(context, running, { kiosk, station }, { seeded, pepperCreated, logFile });
        await waitForShutdownSignal();
      } finally {
        await station?.stop();
        await kiosk?.stop();
        await running.stop();
      }
      context.say('demo.stopped', { dataDir: context.config.dataDir });
    });
}

/**
 * Resolves port 0 to a free port before the configuration is built, because the public base URL that
 * signed telephone requests are checked against must name the real port.
 */
async function portForDemo(port: string | undefined): Promise<string | undefined> {
  if (port !== '0') return port;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return String(address.port);
}

/**
 * Demo configuration: demo mode (a pepper file may be created) and the service credentials the
 * environment does not set, generated once under the data directory with owner-only permissions.
 */
function demoContext(command: Command, port: string | undefined): CliContext {
  const globals = command.optsWithGlobals<{ dataDir?: string }>();
  const base = loadConfigFromProcess({ dataDir: globals.dataDir, port, demo: true });
  const secret = (name: Parameters<typeof readOrCreateDemoSecret>[1]) => readOrCreateDemoSecret(base.dataDir, name);
  return createCliContext(command, {
    port,
    demo: true,
    twilioAuthToken: base.twilioAuthToken ?? secret('twilioAuthToken'),
    staffApiToken: base.staffApiToken ?? secret('staffApiToken'),
    portalApiToken: base.portalApiToken ?? secret('portalApiToken'),
  });
}

/** Loads the demo readers, items and loans the first time, when the database has no reader yet. */
async function seedOnce(running: RunningService, context: CliContext): Promise<boolean> {
  const { services } = running;
  const readers = services.database.prepare('SELECT COUNT(*) FROM readers').pluck().get() as number;
  if (readers > 0) return false;

  const report = await loadSeedDocument(buildDemoSeed(services.clock.now()), services, context.config.operatorLanguage);
  for (const problem of report.problems) services.logger.error({ section: problem.section, index: problem.index, reason: problem.reason }, 'demo seed record rejected');
  return true;
}

function printWelcome(
  context: CliContext,
  running: RunningService,
  { kiosk, station }: { kiosk: DemoTerminal; station: DemoTerminal },
  { seeded, pepperCreated, logFile }: { seeded: boolean; pepperCreated: boolean; logFile: string },
): void {
  const { config } = context;
  const lines = [
    '',
    context.text(seeded ? 'demo.seeded' : 'demo.existingData', { dataDir: config.dataDir }),
    ...(pepperCreated ? [context.text('demo.pepperCreated', { file: config.pepperFile })] : []),
    '',
    context.text('demo.kiosk', { url: kiosk.demoUrl }),
    context.text('demo.kioskOnly', { url: kiosk.kioskUrl }),
    context.text('demo.station', { url: station.demoUrl, location: DEMO_STATION_LOCATION }),
    context.text('demo.phone', { url: `${running.url}/ivr/voice` }),
    context.text('demo.staff', { url: `${running.url}/staff/alerts`, file: join(config.dataDir, 'staff-api-token') }),
    context.text('demo.logs', { file: logFile }),
    '',
    context.text('demo.cardsHeading'),
    ...DEMO_READERS.map((reader) => `  ${reader.card}  PIN ${reader.pin}  ${reader.name} (${reader.language}): ${reader.story}`),
    '',
    context.text('demo.stop'),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function waitForShutdownSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
