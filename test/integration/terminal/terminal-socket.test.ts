import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceMessage } from '../../../src/http/terminal-protocol.ts';
import { TerminalSocketClient } from '../../support/terminal-socket-client.ts';
import { createTerminalTestServices, TEST_READERS, type TerminalTestServices } from '../../support/terminal-test-services.ts';

const ITEM = '31234000000016';
let context: TerminalTestServices;
let timers: SimulatedClock;
let socketUrl: string;
const clients: TerminalSocketClient[] = [];

async function start(dataDir?: string) {
  timers = new SimulatedClock();
  context = await createTerminalTestServices({ timers, dataDir });
  const address = await context.app.listen({ host: '127.0.0.1', port: 0 });
  socketUrl = `${address.replace('http', 'ws')}/terminal/socket`;
}

async function connect(key: string | null) {
  const client = await TerminalSocketClient.connect(socketUrl, key);
  clients.push(client);
  return client;
}

async function connectedKiosk() {
  const client = await connect(await context.enrolTerminal('kiosk-1'));
  client.hello();
  await client.screen('welcome');
  return client;
}

const isPrint = (message: ServiceMessage): message is Extract<ServiceMessage, { type: 'print' }> => message.type === 'print';

beforeEach(async () => {
  await start();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await context.close();
});

describe('terminal WebSocket', () => {
  it.each([
    ['no key', null, 401],
    ['an unknown key', `tk_${'x'.repeat(43)}`, 401],
  ])('refuses the upgrade with %s', async (_case, key, statusCode) => {
    await expect(connect(key)).rejects.toMatchObject({ statusCode });
  });

  it('refuses the upgrade with a revoked key', async () => {
    const key = await context.enrolTerminal('kiosk-1');
    await context.terminal.enrolment.revoke('kiosk-1');

    await expect(connect(key)).rejects.toMatchObject({ statusCode: 403 });
  });

  it('greets the terminal and shows welcome in the default language', async () => {
    const client = await connect(await context.enrolTerminal('kiosk-1'));

    client.hello();

    expect(await client.next((message) => message.type === 'welcome')).toEqual({ type: 'welcome', terminal: { name: 'kiosk-1', mode: 'kiosk' } });
    expect(await client.screen('welcome')).toMatchObject({ language: 'zh-Hant', busy: false, devices: { cardReader: 'ready', printer: 'ready' } });
  });

  it('runs a whole visit: card, PIN, loan, receipt, goodbye', async () => {
    const client = await connectedKiosk();

    client.send({ type: 'read', eventId: 'read-1', code: TEST_READERS.chan.card });
    expect((await client.screen('pin')).screen).toMatchObject({ maskedCard: '**********0018', triesLeft: 3 });
    client.send({ type: 'pin', pin: TEST_READERS.chan.pin });
    expect((await client.screen('account')).screen).toMatchObject({
      readerName: 'Chan Tai Man',
      summary: { loansCount: 1 },
      loans: [{ itemBarcode: '31234000000024', title: { en: 'Dream of the Red Chamber', zh: '紅樓夢' }, dueAt: '2026-01-15T15:59:59.999Z' }],
    });
    client.send({ type: 'read', eventId: 'read-2', code: ITEM });
    expect((await client.screen('borrow')).screen).toMatchObject({ borrowed: [{ itemBarcode: ITEM, title: { zh: '老人與海' } }] });
    client.send({ type: 'tap', control: 'finish' });
    await client.screen('receipt');
    client.send({ type: 'tap', control: 'print-receipt' });
    const print = await client.next(isPrint);
    client.send({ type: 'print-result', jobId: print.jobId, outcome: 'printed' });

    expect((await client.screen('goodbye')).screen).toEqual({ name: 'goodbye', reason: 'finished', borrowedCount: 1, signedIn: true });
    expect(await context.circulation.listLoans((await context.services.authStore.findCredentialByCard(TEST_READERS.chan.card))!.readerId)).toHaveLength(2);
    expect(print.receipt.language).toBe('zh-Hant');
    expect(print.receipt.titleLines).toContain('圖書證：**********0018');
    expect(print.receipt.items).toEqual([{ title: `老人與海（${ITEM}）`, dueText: '到期日：2026年1月19日' }]);
  });

  it('sends the reader to staff after three wrong PINs', async () => {
    const client = await connectedKiosk();
    client.send({ type: 'read', eventId: 'read-1', code: TEST_READERS.chan.card });
    await client.screen('pin');

    for (const [pin, triesLeft] of [['11112222', 2], ['11112223', 1]] as const) {
      client.send({ type: 'pin', pin });
      expect((await client.screen('pin')).screen).toMatchObject({ triesLeft, problem: 'rejected' });
    }
    client.send({ type: 'pin', pin: '11112224' });

    expect((await client.screen('goodbye')).screen).toMatchObject({ reason: 'too-many-tries' });
  });

  it('changes a default PIN over the socket', async () => {
    const client = await connectedKiosk();
    client.send({ type: 'read', eventId: 'read-1', code: TEST_READERS.wong.card });
    await client.screen('pin');
    client.send({ type: 'pin', pin: '2109' });
    await client.screen('pin-change-offer');

    client.send({ type: 'tap', control: 'change-pin' });
    client.send({ type: 'pin', pin: '1234' });
    const refused = await client.next((message) => message.type === 'view' && message.view.screen.name === 'pin' && message.view.screen.problem !== null);
    expect(refused).toMatchObject({ view: { screen: { purpose: 'new', problem: { kind: 'not-allowed', reason: 'run' } } } });
    client.send({ type: 'pin', pin: '60718253' });
    await client.next((message) => message.type === 'view' && message.view.screen.name === 'pin' && message.view.screen.purpose === 'confirm' && !message.view.busy);
    client.send({ type: 'pin', pin: '60718253' });
    const account = await client.screen('account');

    expect(account.notice).toEqual({ kind: 'pin-changed' });
    expect(await context.services.pinChecker.checkPin({ identifier: TEST_READERS.wong.card, pin: '60718253', channel: 'cli', source: 'test' })).toMatchObject({
      outcome: 'accepted',
      reader: { isDefaultPin: false },
    });
  });

  it('shows a timed-out printer as a problem, then lets the reader go', async () => {
    const client = await connectedKiosk();
    client.send({ type: 'read', eventId: 'read-1', code: TEST_READERS.chan.card });
    client.send({ type: 'pin', pin: TEST_READERS.chan.pin });
    await client.screen('account');
    client.send({ type: 'read', eventId: 'read-2', code: ITEM });
    await client.screen('borrow');
    client.send({ type: 'tap', control: 'finish' });
    client.send({ type: 'tap', control: 'print-receipt' });
    await client.next(isPrint);

    timers.increment(context.terminal.settings.printTimeoutMs);

    expect((await client.screen('receipt')).screen).toMatchObject({ problem: 'timed-out' });
  });

  it('logs an idle reader out and pushes the goodbye screen', async () => {
    const client = await connectedKiosk();
    client.send({ type: 'tap', control: 'start' });
    await client.screen('card');

    timers.increment(60_000);
    expect((await client.screen('card')).idleWarning).toEqual({ graceSeconds: 20 });
    timers.increment(20_000);

    expect((await client.screen('goodbye')).screen).toMatchObject({ reason: 'idle' });
  });

  it('answers an invalid message with the fields at fault and keeps the connection', async () => {
    const client = await connectedKiosk();

    client.send({ type: 'pin', pin: '12ab' });
    const error = await client.next((message) => message.type === 'error');
    client.send({ type: 'tap', control: 'start' });

    expect(error).toEqual({ type: 'error', code: 'VALIDATION_FAILED', message: 'invalid pin' });
    expect((await client.screen('card')).screen).toEqual({ name: 'card' });
  });

  it.each([
    ['text that is not JSON', 'hello'],
    ['an unknown type', JSON.stringify({ type: 'reboot' })],
  ])('answers %s with an error', async (_case, raw) => {
    const client = await connectedKiosk();

    client.socket.send(raw);

    expect(await client.next((message) => message.type === 'error')).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('asks for hello before anything else', async () => {
    const client = await connect(await context.enrolTerminal('kiosk-1'));

    client.send({ type: 'tap', control: 'start' });

    expect(await client.next((message) => message.type === 'error')).toEqual({ type: 'error', code: 'VALIDATION_FAILED', message: 'send hello before any other message' });
  });

  it('closes a connection that speaks another protocol version', async () => {
    const client = await connect(await context.enrolTerminal('kiosk-1'));

    client.send({ type: 'hello', protocol: 99, agentVersion: 'future', devices: { cardReader: 'ready', printer: 'ready' } });

    expect((await client.closed).code).toBe(4400);
  });

  it('disconnects a terminal revoked while connected at its next message', async () => {
    const client = await connectedKiosk();

    await context.terminal.enrolment.revoke('kiosk-1');
    client.send({ type: 'tap', control: 'start' });

    expect(await client.closed).toEqual({ code: 4403, reason: 'terminal revoked' });
    expect(context.terminal.sessions.openCount).toBe(0);
  });

  it('disconnects a terminal staff revoke in the service', async () => {
    const client = await connectedKiosk();
    const [terminal] = await context.terminal.enrolment.list();

    context.terminal.sessions.disconnect(terminal!.id, 4403, 'terminal revoked');

    expect((await client.closed).code).toBe(4403);
    expect(context.terminal.sessions.openCount).toBe(0);
  });

  it('closes a terminal whose mode the service does not serve', async () => {
    await context.close();
    timers = new SimulatedClock();
    context = await createTerminalTestServices({ timers, sessionFactories: { station: undefined } });
    socketUrl = `${(await context.app.listen({ host: '127.0.0.1', port: 0 })).replace('http', 'ws')}/terminal/socket`;
    const client = await connect(await context.enrolStation('station-1', 'central'));

    client.hello();

    expect((await client.closed).code).toBe(4501);
  });

  it('serves a station its own welcome screen', async () => {
    const client = await connect(await context.enrolStation('station-1', 'central'));

    client.hello();
    await client.screen('welcome');

    expect(client.messages.some((message) => message.type === 'welcome' && message.terminal.mode === 'station')).toBe(true);
    expect(client.messages.some((message) => message.type === 'view' && message.view.mode === 'station')).toBe(true);
  });

  it('closes the older connection when the terminal connects again', async () => {
    const key = await context.enrolTerminal('kiosk-1');
    const first = await connect(key);
    first.hello();
    await first.screen('welcome');

    const second = await connect(key);
    second.hello();

    expect((await first.closed).code).toBe(4409);
    expect(await second.screen('welcome')).toBeDefined();
    expect(context.terminal.sessions.openCount).toBe(1);
  });

  it('ends the session when the terminal disconnects, and starts afresh at welcome', async () => {
    const key = await context.enrolTerminal('kiosk-1');
    const first = await connect(key);
    first.hello();
    first.send({ type: 'read', eventId: 'read-1', code: TEST_READERS.chan.card });
    first.send({ type: 'pin', pin: TEST_READERS.chan.pin });
    await first.screen('account');

    first.close();
    await first.closed;
    const second = await connect(key);
    second.hello();

    expect((await second.screen('welcome')).screen).toEqual({ name: 'welcome' });
  });

  it('ends every session at a restart; the terminal reconnects to welcome', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-restart-'));
    await context.close();
    await start(dataDir);
    const key = await context.enrolTerminal('kiosk-1');
    const before = await connect(key);
    before.hello();
    before.send({ type: 'read', eventId: 'read-1', code: TEST_READERS.chan.card });
    before.send({ type: 'pin', pin: TEST_READERS.chan.pin });
    await before.screen('account');

    await context.close();
    const { code } = await before.closed;
    await start(dataDir);
    const after = await connect(key);
    after.hello();

    expect(code).toBe(1001);
    expect((await after.screen('welcome')).screen).toEqual({ name: 'welcome' });
    await context.close();
    rmSync(dataDir, { recursive: true, force: true });
    await start();
  });

  it('keeps PINs and card numbers out of logs', async () => {
    const client = await connectedKiosk();
    client.send({ type: 'read', eventId: 'read-1', code: TEST_READERS.chan.card });
    await client.screen('pin');
    client.send({ type: 'pin', pin: '91827364' });
    await client.next((message) => message.type === 'view' && message.view.screen.name === 'pin' && message.view.screen.problem === 'rejected');
    client.send({ type: 'pin', pin: TEST_READERS.chan.pin });
    await client.screen('account');

    context.services.database.pragma('wal_checkpoint(TRUNCATE)');
    const stored = context.services.storedBytes().toString('latin1');
    const log = readFileSync(context.services.logFile, 'utf8');

    expect(stored).not.toContain('91827364');
    expect(stored).not.toContain(TEST_READERS.chan.pin);
    expect(log).toContain('**********0018');
    expect(log).not.toContain(TEST_READERS.chan.card);
  });
});
