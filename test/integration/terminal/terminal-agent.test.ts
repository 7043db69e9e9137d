import { mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEscPosReceiptPrinter } from '../../../hardware/terminal-agent/escpos-receipt-printer.ts';
import { parsePrinterOption } from '../../../hardware/terminal-agent/printer-option.ts';
import { TerminalAgent } from '../../../hardware/terminal-agent/terminal-agent.ts';
import { readTerminalKey, TerminalKeyFileError, writeTerminalKey } from '../../../hardware/terminal-agent/terminal-key-file.ts';
import { assertLoopbackHost } from '../../../hardware/terminal-agent/ui-server.ts';
import { systemSerialBinding } from '../../../hardware/serial/serial-binding.ts';
import type { AgentToUiMessage } from '../../../src/http/terminal-protocol.ts';
import { FakeCardReader } from '../../support/fake-card-reader.ts';
import { createTerminalTestServices, TEST_READERS, type TerminalTestServices } from '../../support/terminal-test-services.ts';

let context: TerminalTestServices;
let agent: TerminalAgent;
let reader: FakeCardReader;
let uiUrl: string;
let key: string;
let workDir: string;

beforeEach(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'agent-test-'));
  context = await createTerminalTestServices();
  const serviceUrl = await context.app.listen({ host: '127.0.0.1', port: 0 });
  key = await context.enrolTerminal('kiosk-1');
  reader = new FakeCardReader();
  // A printer path that does not exist: every print fails as the printer being offline.
  const printer = createEscPosReceiptPrinter({ path: join(workDir, 'no-printer'), baudRate: 9600, binding: systemSerialBinding, logger: context.services.logger });
  agent = new TerminalAgent({ serviceUrl, key, cardReaders: [reader], printer, ui: { host: '127.0.0.1', port: 0 }, logger: context.services.logger });
  uiUrl = await agent.start();
});

afterEach(async () => {
  await agent.stop();
  await context.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** Opens a page's side of the UI socket and collects what the agent sends. */
async function openUiSocket(headers: Record<string, string> = {}): Promise<{ socket: WebSocket; messages: AgentToUiMessage[]; waitFor(check: (message: AgentToUiMessage) => boolean): Promise<AgentToUiMessage> }> {
  const socket = new WebSocket(`${uiUrl.replace('http', 'ws')}/ui-socket`, { headers });
  const messages: AgentToUiMessage[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as AgentToUiMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('unexpected-response', (_request, response) => reject(Object.assign(new Error('refused'), { statusCode: response.statusCode })));
  });
  const waitFor = async (check: (message: AgentToUiMessage) => boolean) => {
    for (;;) {
      const found = messages.find(check);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { socket, messages, waitFor };
}

const screenIs = (name: string) => (message: AgentToUiMessage) => message.type === 'view' && message.view.screen.name === name && !message.view.busy;

describe('terminal agent', () => {
  it('relays reads and PINs to the service and views back to the page', async () => {
    const page = await openUiSocket();
    await page.waitFor(screenIs('welcome'));

    reader.present(TEST_READERS.chan.card);
    await page.waitFor(screenIs('pin'));
    page.socket.send(JSON.stringify({ type: 'pin', pin: TEST_READERS.chan.pin }));

    expect(await page.waitFor(screenIs('account'))).toMatchObject({ view: { screen: { readerName: 'Chan Tai Man' } } });
    page.socket.close();
  });

  it('reports a printer that cannot be opened as offline', async () => {
    const page = await openUiSocket();
    await page.waitFor(screenIs('welcome'));
    reader.present(TEST_READERS.chan.card);
    page.socket.send(JSON.stringify({ type: 'pin', pin: TEST_READERS.chan.pin }));
    await page.waitFor(screenIs('account'));
    reader.present('31234000000016');
    await page.waitFor(screenIs('borrow'));

    page.socket.send(JSON.stringify({ type: 'tap', control: 'finish' }));
    page.socket.send(JSON.stringify({ type: 'tap', control: 'print-receipt' }));

    expect(await page.waitFor((message) => message.type === 'view' && message.view.screen.name === 'receipt' && message.view.screen.problem !== null)).toMatchObject({
      view: { screen: { problem: 'offline' } },
    });
    page.socket.close();
  });

  it('tells the page the card reader state', async () => {
    const page = await openUiSocket();
    await page.waitFor(screenIs('welcome'));

    reader.report({ type: 'error', code: 'permission-denied', message: 'add the user to the dialout group' });

    expect(await page.waitFor((message) => message.type === 'view' && message.view.devices.cardReader === 'permission-denied')).toBeDefined();
    page.socket.close();
  });

  it('never hands the terminal key to the page', async () => {
    const page = await openUiSocket();
    await page.waitFor(screenIs('welcome'));
    reader.present(TEST_READERS.chan.card);
    await page.waitFor(screenIs('pin'));

    const served = await Promise.all(['/', '/kiosk.js', '/kiosk.css'].map(async (path) => (await fetch(new URL(path, uiUrl))).text()));

    expect(JSON.stringify(page.messages)).not.toContain(key);
    for (const body of served) expect(body).not.toContain(key);
    page.socket.close();
  });

  it('refuses a request that names a host other than loopback', async () => {
    const { port } = new URL(uiUrl);

    const status = await new Promise<number | undefined>((resolve) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: 'kiosk.attacker.example' } }, (response) => resolve(response.statusCode)).end();
    });

    expect(status).toBe(403);
  });

  it('refuses a WebSocket opened by a page from another origin', async () => {
    await expect(openUiSocket({ origin: 'http://attacker.example' })).rejects.toMatchObject({ statusCode: 403 });
  });

  it('drops a malformed message from the page', async () => {
    const page = await openUiSocket();
    await page.waitFor(screenIs('welcome'));

    page.socket.send(JSON.stringify({ type: 'tap', control: 'self-destruct' }));
    page.socket.send(JSON.stringify({ type: 'tap', control: 'start' }));

    expect(await page.waitFor(screenIs('card'))).toBeDefined();
    page.socket.close();
  });
});

describe('terminal agent settings', () => {
  it.each(['0.0.0.0', '192.168.1.20', 'kiosk.local'])('refuses to serve the kiosk page on %s', (host) => {
    expect(() => assertLoopbackHost(host)).toThrow(/loopback only/);
  });

  it.each([
    ['/dev/ttyUSB1', { path: '/dev/ttyUSB1', baudRate: 9600 }],
    ['/dev/ttyUSB1:19200', { path: '/dev/ttyUSB1', baudRate: 19200 }],
    ['/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0:38400', { path: '/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0', baudRate: 38400 }],
  ])('reads the printer option %s', (value, spec) => {
    expect(parsePrinterOption(value)).toEqual({ ok: true, spec });
  });

  it.each([
    ['ttyUSB1', 'must be absolute'],
    ['/dev/ttyUSB1:1234', 'the baud rate 1234 is not supported'],
  ])('rejects the printer option %s', (value, message) => {
    const parsed = parsePrinterOption(value);

    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});

describe('terminal key file', () => {
  it('is written readable by its owner only and read back', () => {
    const path = join(workDir, 'keys', 'terminal.key');

    writeTerminalKey(path, key);

    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readTerminalKey(path)).toEqual({ key, tooOpen: false });
  });

  it('is reported when group or others can read it', () => {
    const path = join(workDir, 'terminal.key');
    writeTerminalKey(path, key);
    chmodSync(path, 0o644);

    expect(readTerminalKey(path).tooOpen).toBe(true);
  });

  it('is rejected without showing its content when it holds no key', () => {
    const path = join(workDir, 'terminal.key');
    writeFileSync(path, 'secret-looking-text\n');

    expect(() => readTerminalKey(path)).toThrow(TerminalKeyFileError);
    expect(() => readTerminalKey(path)).not.toThrow(/secret-looking-text/);
  });
});
