import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PinCheckRequest } from '../../../src/auth/pin-check.types.ts';
import { DAY_MS, MINUTE_MS } from '../../../src/domain/clock.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

// A PIN that no stored byte may ever contain; the card numbers below do not contain it either.
const SECRET_PIN = '739264';
const CARD = '27301000010018';
const OTHER_CARD = '27301000020017';
const UNKNOWN_CARD = '27301000030016';

let services: TestServices;

function attempt(pin: string, identifier = CARD, source = 'kiosk-01'): PinCheckRequest {
  return { identifier, pin, channel: 'kiosk', source };
}

async function failTimes(count: number, identifier = CARD, source = 'kiosk-01') {
  for (let index = 0; index < count; index += 1) await services.pinChecker.checkPin(attempt('4821', identifier, source));
}

beforeEach(async () => {
  services = createTestServices();
  await services.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '+852 9123 5678', pin: SECRET_PIN, language: 'zh-Hant' });
  await services.enrolReader({ card: OTHER_CARD, name: 'Wong Siu Ming', phone: '6543 2109', language: 'en' });
});

afterEach(async () => {
  await services.cleanUp();
});

describe('PIN check', () => {
  it('accepts the right PIN', async () => {
    const result = await services.pinChecker.checkPin(attempt(SECRET_PIN));

    expect(result).toEqual({
      outcome: 'accepted',
      reader: { readerId: 1, cardNumber: CARD, name: 'Chan Tai Man', language: 'zh-Hant', isDefaultPin: false },
    });
  });

  it('accepts the default PIN, the last 4 phone digits, and flags it', async () => {
    const result = await services.pinChecker.checkPin(attempt('2109', OTHER_CARD));

    expect(result.outcome).toBe('accepted');
    expect(result.outcome === 'accepted' && result.reader.isDefaultPin).toBe(true);
  });

  it('accepts a card number typed with spaces', async () => {
    const result = await services.pinChecker.checkPin(attempt(SECRET_PIN, '2 7301 00001 0018'));

    expect(result.outcome).toBe('accepted');
  });

  it('gives wrong PIN, unknown card and locked card the same answer and the same hashing work', async () => {
    await failTimes(5, OTHER_CARD);
    const verify = vi.spyOn(services.hasher, 'verify');
    const verifyDummy = vi.spyOn(services.hasher, 'verifyDummy');

    const wrongPin = await services.pinChecker.checkPin(attempt('4821'));
    const unknownCard = await services.pinChecker.checkPin(attempt('4821', UNKNOWN_CARD));
    const lockedCard = await services.pinChecker.checkPin(attempt('2109', OTHER_CARD));
    const malformedCard = await services.pinChecker.checkPin(attempt('4821', '12'));

    expect(wrongPin).toEqual({ outcome: 'rejected' });
    expect(unknownCard).toEqual(wrongPin);
    expect(lockedCard).toEqual(wrongPin);
    expect(malformedCard).toEqual(wrongPin);
    // One argon2 verify each: a real one for the wrong PIN, a dummy one for the others.
    expect(verify.mock.calls.length - verifyDummy.mock.calls.length).toBe(1);
    expect(verifyDummy).toHaveBeenCalledTimes(3);
  });

  it('accepts a PIN again 181 days after it was set', async () => {
    services.clock.advance(181 * DAY_MS);

    const result = await services.pinChecker.checkPin(attempt(SECRET_PIN));

    expect(result.outcome).toBe('accepted');
  });

  it('signs in with a Hong Kong Identity Card number instead of the card', async () => {
    await services.enrolReader({ card: '27301000040015', name: 'Lee Ka Yan', phone: '98765432', hkid: 'A123456(3)' });

    const result = await services.pinChecker.checkPin(attempt('5432', 'a123456(3)'));

    expect(result.outcome === 'accepted' && result.reader.cardNumber).toBe('27301000040015');
  });
});

describe('card lockout', () => {
  it('locks the card after five wrong PINs, even for the right PIN', async () => {
    await failTimes(5);

    const result = await services.pinChecker.checkPin(attempt(SECRET_PIN));
    const status = await services.pinAdmin.status(CARD);

    expect(result).toEqual({ outcome: 'rejected' });
    expect(status).toMatchObject({ locked: true, failuresInRow: 5, staffLock: false });
  });

  it('unlocks by itself after fifteen minutes', async () => {
    await failTimes(5);
    services.clock.advance(15 * MINUTE_MS + 1);

    const result = await services.pinChecker.checkPin(attempt(SECRET_PIN));

    expect(result.outcome).toBe('accepted');
  });

  it('doubles the lock for each further failure after a lock ends', async () => {
    await failTimes(5);
    services.clock.advance(15 * MINUTE_MS + 1);
    await failTimes(1);
    const locked = await services.pinAdmin.status(CARD);
    services.clock.advance(29 * MINUTE_MS);
    const stillLocked = await services.pinAdmin.status(CARD);
    services.clock.advance(MINUTE_MS + 1);
    const unlocked = await services.pinAdmin.status(CARD);

    expect(locked).toMatchObject({ locked: true, failuresInRow: 6 });
    expect(stillLocked?.locked).toBe(true);
    expect(unlocked?.locked).toBe(false);
  });

  it('does not count attempts made while the card is locked', async () => {
    await failTimes(5);
    await failTimes(3);

    expect((await services.pinAdmin.status(CARD))?.failuresInRow).toBe(5);
  });

  it('needs staff to unlock after fifteen failures in a row', async () => {
    for (let lock = 0; lock < 11; lock += 1) {
      await failTimes(lock === 0 ? 5 : 1, CARD, `kiosk-${lock}`);
      services.clock.advance(DAY_MS + 1);
    }
    const staffLocked = await services.pinAdmin.status(CARD);
    services.clock.advance(30 * DAY_MS);
    const refused = await services.pinChecker.checkPin(attempt(SECRET_PIN));
    await services.pinAdmin.unlock(CARD, { channel: 'staff', source: 'staff-cli' });
    const accepted = await services.pinChecker.checkPin(attempt(SECRET_PIN));

    expect(staffLocked).toMatchObject({ locked: true, staffLock: true, failuresInRow: 15 });
    expect(refused).toEqual({ outcome: 'rejected' });
    expect(accepted.outcome).toBe('accepted');
  });

  it('clears the failure count after a success', async () => {
    await failTimes(4);
    await services.pinChecker.checkPin(attempt(SECRET_PIN));
    await failTimes(4);

    expect(await services.pinAdmin.status(CARD)).toMatchObject({ locked: false, failuresInRow: 4 });
  });
});

describe('faults', () => {
  it('reports a hashing fault as a fault and counts no failure', async () => {
    vi.spyOn(services.hasher, 'verify').mockRejectedValueOnce(new Error('argon2 thread pool failure'));

    const result = await services.pinChecker.checkPin(attempt(SECRET_PIN));

    expect(result).toEqual({ outcome: 'fault' });
    expect((await services.pinAdmin.status(CARD))?.failuresInRow).toBe(0);
  });

  it('reports a storage fault as a fault and counts no failure', async () => {
    vi.spyOn(services.authStore, 'recordFailure').mockRejectedValueOnce(new Error('SQLITE_IOERR'));

    const result = await services.pinChecker.checkPin(attempt('4821'));

    expect(result).toEqual({ outcome: 'fault' });
    expect((await services.pinAdmin.status(CARD))?.failuresInRow).toBe(0);
  });
});

describe('hardened profile', () => {
  it('refuses the default PIN on the phone line but not at a kiosk', async () => {
    await services.cleanUp();
    services = createTestServices({ config: { pinPolicy: { hardenedProfile: true } } });
    await services.enrolReader({ card: OTHER_CARD, name: 'Wong Siu Ming', phone: '6543 2109' });

    const phone = await services.pinChecker.checkPin({ identifier: OTHER_CARD, pin: '2109', channel: 'phone', source: '+85291234567' });
    const kiosk = await services.pinChecker.checkPin(attempt('2109', OTHER_CARD));

    expect(phone).toEqual({ outcome: 'default-pin-refused' });
    expect(kiosk.outcome).toBe('accepted');
  });
});

describe('stored bytes', () => {
  it('never contain the PIN in the database or the logs', async () => {
    await services.pinChecker.checkPin(attempt(SECRET_PIN));
    await failTimes(6);
    await services.pinAdmin.changePin({ cardNumber: OTHER_CARD }, SECRET_PIN, { channel: 'portal', source: 'portal' });
    services.database.pragma('wal_checkpoint(TRUNCATE)');

    const bytes = services.storedBytes();

    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.includes(SECRET_PIN)).toBe(false);
    expect(bytes.includes(CARD)).toBe(true);
  });
});
