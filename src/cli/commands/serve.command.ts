import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../http/build-app.ts';
import { portalRoutes } from '../../http/portal.routes.ts';
import { staffRoutes } from '../../http/staff.routes.ts';
import type { Services } from '../../services.ts';
import { createCliContext, type CliContext } from '../cli-context.ts';
import { createServices } from '../../services.ts';
import { createLogger } from '../../logging/logger.ts';
import { createSqliteCallStore } from '../../storage/sqlite-call-store.ts';
import { createIvrPlugin } from '../../../ivr/ivr.plugin.ts';
import { createTerminalService, type TerminalService } from '../../http/terminal-service.ts';
import { pinChangerFrom } from '../../sessions/kiosk-pin-changer.ts';

export interface ServeOptions {
  port?: string;
  host?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the central service: terminal API, telephone line webhooks, staff and portal APIs')
    .option('--port <number>', 'TCP port to listen on (default 3000, or PORT)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1, or HOST)')
    .action(async (options: ServeOptions, command: Command) => {
      const context = createCliContext(command, { port: options.port, host: options.host });
      const running = await startService(context);
      await waitForShutdownSignal();
      await running.stop();
    });
}

export interface RunningService {
  services: Services;
  /** Terminal enrolment and the kiosk sessions, for the demo kiosk. */
  terminal: TerminalService;
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/** Builds the services and the HTTP app and listens; the caller stops it. */
export async function startService(context: CliContext): Promise<RunningService> {
  // A long-running service logs JSON lines to stdout at the configured level, unlike one-shot commands.
  const logger = createLogger({ level: context.config.logLevel });
  const services = createServices(context.config, { logger });
  warnAboutDisabledApis(services);

  const terminal = terminalService(services);
  const app = await buildApp({
    logger,
    plugins: [staffRoutes(services), portalRoutes(services), ...phoneLine(services), terminal.plugin],
  });
  await app.listen({ port: context.config.port, host: context.config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : context.config.port;

  return {
    services,
    terminal,
    app,
    url: `http://${context.config.host}:${port}`,
    stop: async () => {
      await app.close();
      await services.close();
    },
  };
}

function warnAboutDisabledApis(services: Services): void {
  const { config, logger } = services;
  if (!config.staffApiToken) logger.warn('STAFF_API_TOKEN is not set: the staff API rejects every request with 401');
  if (!config.portalApiToken) logger.warn('PORTAL_API_TOKEN is not set: the portal PIN-change API rejects every request with 401');
}

/** The Twilio voice webhooks, served only when TWILIO_AUTH_TOKEN is set, since every request must be signed with it. */
function phoneLine(services: Services): Array<(app: FastifyInstance) => Promise<void>> {
  const { config, logger } = services;
  if (!config.twilioAuthToken) {
    logger.warn('TWILIO_AUTH_TOKEN is not set: the telephone line webhooks under /ivr are not served');
    return [];
  }
  const callStore = createSqliteCallStore(services.database);
  return [createIvrPlugin({ config, pinChecker: services.pinChecker, circulation: services.circulation, callStore, clock: services.clock, logger })];
}

/** Creates the terminal API for kiosks: enrolment, the agents' WebSocket and one session per connected kiosk. */
function terminalService(services: Services): TerminalService {
  return createTerminalService({
    config: services.config,
    database: services.database,
    clock: services.clock,
    logger: services.logger,
    pinChecker: services.pinChecker,
    pinChanger: pinChangerFrom(services.pinAdmin),
    circulation: services.circulation,
  });
}

function waitForShutdownSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
