import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PepperError } from '../../../src/auth/pepper.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { MINUTE_MS } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { createServices } from '../../../src/services.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

const CARD = '27301000010018';
const PIN = '739264';
const opened: TestServices[] = [];

function open(options: Parameters<typeof createTestServices>[0] = {}): TestServices {
  const services = createTestServices(options);
  opened.push(services);
  return services;
}

afterEach(async () => {
  for (const services of opened.splice(0)) await services.cleanUp().catch(() => undefined);
});

function storedHash(services: TestServices): { pin_hash: string; pin_key_id: string } {
  return services.database.prepare('SELECT pin_hash, pin_key_id FROM pin_credentials WHERE reader_id = 1').get() as { pin_hash: string; pin_key_id: string };
}

describe('rehashing', () => {
  it('rehashes on the next sign-in after the argon2 parameters change', async () => {
    const first = open();
    await first.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '91235678', pin: PIN });
    await first.close();
    const second = open({ dataDir: first.dataDir, config: { argon2: { memoryKiB: 2048, passes: 2 } } });

    const before = storedHash(second).pin_hash;
    const result = await second.pinChecker.checkPin({ identifier: CARD, pin: PIN, channel: 'kiosk', source: 'k1' });
    const after = storedHash(second).pin_hash;

    expect(result.outcome).toBe('accepted');
    expect(before).toContain('m=1024,t=1');
    expect(after).toContain('m=2048,t=2');
    expect((await second.pinChecker.checkPin({ identifier: CARD, pin: PIN, channel: 'kiosk', source: 'k1' })).outcome).toBe('accepted');
  });

  it('rehashes with the new pepper key after a key is added', async () => {
    const first = open();
    await first.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '91235678', pin: PIN });
    await first.close();
    appendFileSync(join(first.dataDir, 'pepper.key'), `test2:${randomBytes(32).toString('base64')}\n`);
    const second = open({ dataDir: first.dataDir });

    await second.pinChecker.checkPin({ identifier: CARD, pin: PIN, channel: 'kiosk', source: 'k1' });

    expect(storedHash(second).pin_key_id).toBe('test2');
    expect((await second.pinChecker.checkPin({ identifier: CARD, pin: PIN, channel: 'kiosk', source: 'k1' })).outcome).toBe('accepted');
  });
});

describe('pepper', () => {
  it('stops start-up with a message naming the missing pepper file', () => {
    const services = open();
    const config = loadConfig({}, { dataDir: services.dataDir, pepperFile: join(services.dataDir, 'missing.key') });

    const start = () => createServices(config, { logger: createLogger({ level: 'silent' }) });

    expect(start).toThrow(PepperError);
    expect(start).toThrow(/pepper file .*missing\.key is missing/);
  });

  it('creates a pepper file readable only by its owner in demo mode', () => {
    const services = open();
    const pepperFile = join(services.dataDir, 'demo-pepper.key');
    const config = loadConfig({}, { dataDir: services.dataDir, pepperFile, demo: true });

    const demo = createServices(config, { logger: createLogger({ level: 'silent' }) });
    demo.database.close();

    expect(readFileSync(pepperFile, 'utf8')).toMatch(/^demo:[A-Za-z0-9+/]{43}=$/m);
    expect(statSync(pepperFile).mode & 0o777).toBe(0o600);
  });
});

describe('per-source throttle', () => {
  it('refuses a source after twenty failures in ten minutes and alerts staff', async () => {
    const services = open();
    for (let index = 0; index < 20; index += 1) {
      await services.pinChecker.checkPin({ identifier: `2730100001${String(index).padStart(3, '0')}9`, pin: '4821', channel: 'phone', source: '+85290000001' });
    }

    const blocked = await services.pinChecker.checkPin({ identifier: CARD, pin: PIN, channel: 'phone', source: '+85290000001' });
    const otherSource = await services.pinChecker.checkPin({ identifier: CARD, pin: '4821', channel: 'phone', source: '+85290000002' });
    const alerts = await services.authStore.listAlerts({ includeAcknowledged: false });

    expect(blocked).toEqual({ outcome: 'source-blocked' });
    expect(otherSource).toEqual({ outcome: 'rejected' });
    expect(alerts).toMatchObject([{ kind: 'source-blocked', source: '+85290000001' }]);
  });

  it('lets the source in again after fifteen minutes', async () => {
    const services = open();
    await services.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '91235678', pin: PIN });
    for (let index = 0; index < 20; index += 1) {
      await services.pinChecker.checkPin({ identifier: '27301000030016', pin: '4821', channel: 'station', source: 'station-3' });
    }
    services.clock.advance(15 * MINUTE_MS + 1);

    const result = await services.pinChecker.checkPin({ identifier: CARD, pin: PIN, channel: 'station', source: 'station-3' });

    expect(result.outcome).toBe('accepted');
  });

  it('raises the spraying alarm when failures across the service pass the threshold', async () => {
    const services = open({ config: { throttle: { serviceFailureAlarm: 30 } } });
    for (let index = 0; index < 30; index += 1) {
      await services.pinChecker.checkPin({ identifier: '27301000030016', pin: '1357', channel: 'phone', source: `+8529000${String(index).padStart(4, '0')}` });
    }

    const alerts = await services.authStore.listAlerts({ includeAcknowledged: false });

    expect(alerts.map((alert) => alert.kind)).toEqual(['failure-rate']);
  });
});

describe('hashing load', () => {
  it('answers busy at once past the queue bound and counts no failure', async () => {
    const services = open({ config: { argon2: { maxConcurrent: 1, maxQueued: 1, memoryKiB: 16_384 } } });
    await services.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '91235678', pin: PIN });

    const results = await Promise.all(
      Array.from({ length: 6 }, () => services.pinChecker.checkPin({ identifier: CARD, pin: '4821', channel: 'kiosk', source: 'k1' })),
    );
    const outcomes = results.map((result) => result.outcome);
    const status = await services.pinAdmin.status(CARD);

    expect(outcomes.filter((outcome) => outcome === 'busy').length).toBeGreaterThan(0);
    expect(status?.failuresInRow).toBe(outcomes.filter((outcome) => outcome === 'rejected').length);
  });
});

describe('audit trail', () => {
  it('refuses to change or delete audit rows', async () => {
    const services = open();
    await services.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '91235678' });

    expect(() => services.database.prepare("UPDATE audit_events SET outcome = 'x'").run()).toThrow(/append-only/);
    expect(() => services.database.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
  });

  it('records masked cards only', async () => {
    const services = open();
    await services.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '91235678' });
    await services.pinChecker.checkPin({ identifier: CARD, pin: '4821', channel: 'kiosk', source: 'k1' });

    const cards = services.database.prepare('SELECT DISTINCT card_masked FROM audit_events').pluck().all();

    expect(cards).toEqual(['**********0018']);
  });
});
