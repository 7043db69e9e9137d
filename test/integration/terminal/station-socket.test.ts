import { SimulatedClock } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceMessage } from '../../../src/http/terminal-protocol.ts';
import type { StationView } from '../../../src/sessions/station-view.types.ts';
import { seedStation, STATION_ITEMS, STATION_LOCATION } from '../../support/station-rig.ts';
import { TerminalSocketClient } from '../../support/terminal-socket-client.ts';
import { createTerminalTestServices, TEST_READERS, type TerminalTestServices } from '../../support/terminal-test-services.ts';

let context: TerminalTestServices;
let socketUrl: string;
const clients: TerminalSocketClient[] = [];

beforeEach(async () => {
  context = await createTerminalTestServices({ timers: new SimulatedClock() });
  await seedStation(context);
  socketUrl = `${(await context.app.listen({ host: '127.0.0.1', port: 0 })).replace('http', 'ws')}/terminal/socket`;
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await context.close();
});

async function connectedStation(station: { itemLimit?: number; hardenedProfile?: boolean } = {}) {
  const client = await TerminalSocketClient.connect(socketUrl, await context.enrolStation('station-1', STATION_LOCATION, station));
  clients.push(client);
  client.hello();
  await stationScreen(client, 'welcome');
  return client;
}

/** Waits for the next station view that shows the named screen with no work pending. */
async function stationScreen(client: TerminalSocketClient, name: StationView['screen']['name']): Promise<StationView> {
  const message = await client.next((candidate) => candidate.type === 'view' && candidate.view.mode === 'station' && candidate.view.screen.name === name && !candidate.view.busy);
  return (message as Extract<ServiceMessage, { type: 'view' }>).view as StationView;
}

async function signIn(client: TerminalSocketClient, reader: { card: string; pin: string }) {
  client.send({ type: 'read', eventId: 'card-read-1', code: reader.card });
  await stationScreen(client, 'pin');
  client.send({ type: 'pin', pin: reader.pin });
}

describe('station over the terminal WebSocket', () => {
  it('collects the ready hold named by a collect message', async () => {
    const client = await connectedStation();
    await signIn(client, TEST_READERS.chan);
    const menu = await stationScreen(client, 'menu');
    client.send({ type: 'tap', control: 'pick-up' });
    const pickup = await stationScreen(client, 'pickup');
    const holdId = pickup.screen.name === 'pickup' ? pickup.screen.holds?.[0]?.holdId : undefined;

    client.send({ type: 'collect', holdId });
    const collected = await client.next((message) => message.type === 'view' && message.view.screen.name === 'pickup' && 'lastResult' in message.view.screen && message.view.screen.lastResult !== null);

    expect(menu.screen).toMatchObject({ readyHoldsCount: 1, allowance: { remaining: 9, itemLimit: 10 } });
    expect(collected).toMatchObject({ view: { screen: { lastResult: { outcome: 'checked-out', item: { itemBarcode: STATION_ITEMS.held.barcode } } } } });
    const hold = context.services.database.prepare('SELECT status FROM holds WHERE id = ?').get(holdId) as { status: string };
    expect(hold.status).toBe('filled');
  });

  it.each([
    ['a hold id that is not a positive whole number', { type: 'collect', holdId: -4 }],
    ['a hold id given as text', { type: 'collect', holdId: '4' }],
  ])('rejects %s and changes nothing', async (_case, message) => {
    const client = await connectedStation();

    client.send(message);
    const error = await client.next((candidate) => candidate.type === 'error');

    expect(error).toEqual({ type: 'error', code: 'VALIDATION_FAILED', message: 'invalid holdId' });
  });

  it('refuses the default PIN at a station enrolled as hardened', async () => {
    const client = await connectedStation({ hardenedProfile: true });

    await signIn(client, { card: TEST_READERS.wong.card, pin: '2109' });
    const goodbye = await stationScreen(client, 'goodbye');

    expect(goodbye.screen).toMatchObject({ reason: 'default-pin-refused' });
  });

  it('returns an item with no sign-in and records the station as the source', async () => {
    const client = await connectedStation();

    client.send({ type: 'read', eventId: 'return-read-1', code: '31234000000024' });
    const returns = await client.next((message) => message.type === 'view' && message.view.screen.name === 'returns' && !message.view.busy && 'returned' in message.view.screen && message.view.screen.returned.length > 0);

    expect(returns).toMatchObject({ view: { screen: { returned: [{ itemBarcode: '31234000000024', wasOverdue: false }] } } });
    const transaction = context.services.database.prepare("SELECT channel, source FROM circulation_transactions WHERE kind = 'return'").get();
    expect(transaction).toEqual({ channel: 'station', source: 'terminal:station-1' });
  });
});
