import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulatedClock } from 'xstate';
import { startTerminalAgent, type StartedTerminalAgent } from '../../hardware/terminal-agent/start-terminal-agent.ts';
import { writeTerminalKey } from '../../hardware/terminal-agent/terminal-key-file.ts';
import { startPtyPair, type PtyEnd, type PtyPair } from './pty-pair.ts';
import { createTerminalTestServices, type TerminalTestServices } from './terminal-test-services.ts';

/**
 * A whole kiosk on this machine: the central service (real SQLite, argon2, PIN and circulation services),
 * the terminal agent started as `pin-service terminal` starts it, a barcode card reader and an ESC/POS
 * printer on socat pseudo-terminals. Tests write barcodes into `scanner` and read receipts from `printer`.
 */
export interface KioskRig {
  context: TerminalTestServices;
  serviceUrl: string;
  uiUrl: string;
  agent: StartedTerminalAgent['agent'];
  readerPair: PtyPair;
  scanner: PtyEnd;
  printer: PtyEnd;
  /** Writes a barcode into the card reader's serial line, ended by CR LF as most scanners send it. */
  scan(barcode: string): Promise<void>;
  close(): Promise<void>;
}

export interface KioskRigOptions {
  timers?: SimulatedClock;
  printer?: boolean;
  /** Enrols the terminal and returns its key; a kiosk named kiosk-e2e unless given, a station for the station tests. */
  enrol?(context: TerminalTestServices): Promise<string>;
}

export async function startKioskRig(options: KioskRigOptions = {}): Promise<KioskRig> {
  const context = await createTerminalTestServices({ timers: options.timers });
  const serviceUrl = await context.app.listen({ host: '127.0.0.1', port: 0 });
  const workDir = mkdtempSync(join(tmpdir(), 'kiosk-rig-'));
  const keyFile = join(workDir, 'terminal.key');
  writeTerminalKey(keyFile, await (options.enrol ? options.enrol(context) : context.enrolTerminal('kiosk-e2e')));

  const readerPair = await startPtyPair();
  const printerPair = await startPtyPair();
  const started = await startTerminalAgent({
    serviceUrl,
    keyFile,
    cardReaders: [`barcode:${readerPair.hostPath}`],
    printer: options.printer === false ? undefined : printerPair.hostPath,
    uiHost: '127.0.0.1',
    uiPort: 0,
    logger: context.services.logger,
    reconnect: { initialMs: 50, maxMs: 500, refusedMs: 500 },
  });
  const scanner = await readerPair.openDevice();
  const printer = await printerPair.openDevice();

  return {
    context,
    serviceUrl,
    uiUrl: started.uiUrl,
    agent: started.agent,
    readerPair,
    scanner,
    printer,
    scan: (barcode) => scanner.write(`${barcode}\r\n`),
    async close() {
      await started.agent.stop();
      await readerPair.close();
      await printerPair.close();
      await context.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
