import { afterEach, describe, expect, it } from 'vitest';
import type { PinCheckRequest } from '../../../src/auth/pin-check.types.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

const CARD = '27301000020017';
const DEFAULT_PIN = '2109';

let services: TestServices;

afterEach(async () => {
  await services.cleanUp();
});

async function servicesWithDefaultPinReader(hardenedProfile: boolean): Promise<TestServices> {
  services = createTestServices({ config: { pinPolicy: { hardenedProfile } } });
  await services.enrolReader({ card: CARD, name: 'Wong Siu Ming', phone: '6543 2109', language: 'en' });
  return services;
}

function atStation(pin: string, refuseDefaultPin?: boolean): PinCheckRequest {
  return { identifier: CARD, pin, channel: 'station', source: 'terminal:station-1', refuseDefaultPin };
}

describe('default PIN at a station', () => {
  it('is accepted when neither the service nor the station is hardened', async () => {
    await servicesWithDefaultPinReader(false);

    const result = await services.pinChecker.checkPin(atStation(DEFAULT_PIN));

    expect(result).toMatchObject({ outcome: 'accepted', reader: { isDefaultPin: true } });
  });

  it('is refused by a hardened station while the service profile is off', async () => {
    await servicesWithDefaultPinReader(false);

    const result = await services.pinChecker.checkPin(atStation(DEFAULT_PIN, true));
    const audit = services.database.prepare("SELECT outcome, channel FROM audit_events ORDER BY id DESC LIMIT 1").get() as { outcome: string; channel: string };

    expect(result).toEqual({ outcome: 'default-pin-refused' });
    expect(audit).toEqual({ outcome: 'default-pin-refused', channel: 'station' });
  });

  it('stays refused under the service profile when the station asks for nothing', async () => {
    await servicesWithDefaultPinReader(true);

    const result = await services.pinChecker.checkPin(atStation(DEFAULT_PIN, false));

    expect(result).toEqual({ outcome: 'default-pin-refused' });
  });

  it('counts a wrong PIN as a failure even at a hardened station', async () => {
    await servicesWithDefaultPinReader(false);

    const result = await services.pinChecker.checkPin(atStation('4821', true));

    expect(result).toEqual({ outcome: 'rejected' });
    expect((await services.pinAdmin.status(CARD))?.failuresInRow).toBe(1);
  });
});
