import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TerminalEnrolment } from '../../../src/http/terminal-enrolment.ts';
import { SqliteTerminalStore } from '../../../src/storage/sqlite-terminal.store.ts';
import { runCli } from '../../support/run-cli.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

describe('station enrolment', () => {
  let services: TestServices;
  let enrolment: TerminalEnrolment;

  beforeEach(() => {
    services = createTestServices();
    enrolment = new TerminalEnrolment(new SqliteTerminalStore(services.database), services.clock, { maxItemsOnLoan: 10 });
  });

  afterEach(async () => {
    await services.cleanUp();
  });

  it('stores the location and the default settings of a station', async () => {
    const issued = await enrolment.issue({ name: 'harbour-station', mode: 'station', location: 'harbour' });

    expect(issued).toMatchObject({ outcome: 'issued', terminal: { mode: 'station', location: 'harbour', station: { itemLimit: 10, hardenedProfile: false } } });
  });

  it('keeps the settings through redeeming the code and looking up the key', async () => {
    const issued = await enrolment.issue({ name: 'harbour-station', mode: 'station', location: 'harbour', station: { itemLimit: 6, hardenedProfile: true } });
    if (issued.outcome !== 'issued') throw new Error(issued.outcome);

    const redeemed = await enrolment.redeem(issued.code);
    const lookup = await enrolment.authenticate(redeemed?.key ?? '');

    expect(redeemed?.terminal.station).toEqual({ itemLimit: 6, hardenedProfile: true });
    expect(lookup).toMatchObject({ status: 'active', terminal: { station: { itemLimit: 6, hardenedProfile: true } } });
  });

  it('gives a kiosk no station settings', async () => {
    const issued = await enrolment.issue({ name: 'kiosk-1', mode: 'kiosk', location: 'central' });

    expect(issued).toMatchObject({ outcome: 'issued', terminal: { station: null } });
  });

  it('replaces the settings when a revoked station is enrolled again', async () => {
    await enrolment.issue({ name: 'harbour-station', mode: 'station', location: 'harbour', station: { hardenedProfile: true } });
    await enrolment.revoke('harbour-station');

    const again = await enrolment.issue({ name: 'harbour-station', mode: 'station', location: 'pier', station: { itemLimit: 4 } });
    const count = services.database.prepare('SELECT COUNT(*) FROM station_settings').pluck().get();

    expect(again).toMatchObject({ terminal: { location: 'pier', station: { itemLimit: 4, hardenedProfile: false } } });
    expect(count).toBe(1);
  });

  it('drops the settings when a revoked station comes back as a kiosk', async () => {
    await enrolment.issue({ name: 'terminal-9', mode: 'station', location: 'harbour' });
    await enrolment.revoke('terminal-9');

    const kiosk = await enrolment.issue({ name: 'terminal-9', mode: 'kiosk', location: 'central' });

    expect(kiosk).toMatchObject({ terminal: { mode: 'kiosk', station: null } });
  });

  it.each([
    ['a station without a location', { mode: 'station' as const }, 'location', 'a station needs its location code'],
    ['an item limit above the service limit', { mode: 'station' as const, location: 'harbour', station: { itemLimit: 11 } }, 'itemLimit', 'from 1 to 10'],
    ['an item limit of zero', { mode: 'station' as const, location: 'harbour', station: { itemLimit: 0 } }, 'itemLimit', 'from 1 to 10'],
    ['a fractional item limit', { mode: 'station' as const, location: 'harbour', station: { itemLimit: 2.5 } }, 'itemLimit', 'whole number'],
    ['station settings on a kiosk', { mode: 'kiosk' as const, station: { hardenedProfile: true } }, 'station', 'apply to stations only'],
  ])('rejects %s and stores nothing', async (_case, request, field, problem) => {
    const result = await enrolment.issue({ name: 'terminal-1', ...request });

    expect(result).toMatchObject({ outcome: 'invalid', field });
    expect(result.outcome === 'invalid' && result.problem).toContain(problem);
    expect(await enrolment.list()).toEqual([]);
  });

  it('follows a lower service limit', async () => {
    const strict = new TerminalEnrolment(new SqliteTerminalStore(services.database), services.clock, { maxItemsOnLoan: 5 });

    const defaults = await strict.issue({ name: 'small-station', mode: 'station', location: 'harbour' });
    const tooMany = await strict.issue({ name: 'other-station', mode: 'station', location: 'harbour', station: { itemLimit: 6 } });

    expect(defaults).toMatchObject({ terminal: { station: { itemLimit: 5 } } });
    expect(tooMany).toMatchObject({ outcome: 'invalid', field: 'itemLimit' });
  });
});

describe('pin-service terminal enrol --station', () => {
  let dataDir: string;

  beforeEach(async () => {
    const services = createTestServices();
    dataDir = services.dataDir;
    await services.cleanUp({ keep: true });
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  const terminalCli = (...args: string[]) => runCli(['--data-dir', dataDir, 'terminal', ...args]);

  it('enrols a station and lists its settings', async () => {
    const enrol = await terminalCli('enrol', 'harbour-station', '--station', '--location', 'harbour', '--item-limit', '6', '--hardened');
    const list = await terminalCli('list');

    expect(enrol.code).toBe(0);
    expect(enrol.stdout).toMatch(/^Enrolment code for terminal harbour-station: /m);
    expect(list.stdout).toMatch(/^harbour-station {2}station {2}pending {2}location: harbour {2}item limit: 6 {2}default PIN: refused here {2}last connected: never$/m);
  });

  it('accepts --mode station as well as --station', async () => {
    await terminalCli('enrol', 'pier-station', '--mode', 'station', '--location', 'pier');

    const list = await terminalCli('list');

    expect(list.stdout).toMatch(/^pier-station {2}station {2}pending {2}location: pier {2}item limit: 10 {2}default PIN: as the service decides/m);
  });

  it.each([
    [['enrol', 'harbour-station', '--station'], 'Invalid location: a station needs its location code'],
    [['enrol', 'harbour-station', '--station', '--location', 'harbour', '--item-limit', '11'], 'Invalid itemLimit: must be a whole number from 1 to 10'],
    [['enrol', 'harbour-station', '--station', '--location', 'harbour', '--item-limit', 'ten'], 'Invalid --item-limit "ten"'],
    [['enrol', 'harbour-station', '--station', '--mode', 'kiosk', '--location', 'harbour'], '--station and --mode kiosk contradict each other'],
    [['enrol', 'kiosk-1', '--hardened'], 'Invalid station: item limit and hardened profile apply to stations only'],
  ])('rejects %j with exit code 2', async (args, message) => {
    const run = await terminalCli(...args);
    const list = await terminalCli('list');

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(list.stdout).toContain('No terminals are enrolled.');
  });
});
