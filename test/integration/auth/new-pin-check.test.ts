import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

const CARD = '27301000020017';
/** The last 4 digits of the phone below; they also run down 2, 1, 0, 9, which the policy calls a run. */
const DEFAULT_PIN = '2109';
const KIOSK = { channel: 'kiosk', source: 'terminal:kiosk-1' } as const;

let services: TestServices;
let readerId: number;

beforeEach(async () => {
  services = createTestServices();
  readerId = await services.enrolReader({ card: CARD, name: 'Wong Siu Ming', phone: '6543 2109', language: 'en' });
});

afterEach(async () => {
  await services.cleanUp();
});

function lastAudit(): { event: string; outcome: string; detail: string | null } | undefined {
  return services.database.prepare('SELECT event, outcome, detail FROM audit_events ORDER BY id DESC LIMIT 1').get() as never;
}

describe('new PIN check', () => {
  it('allows a PIN and sets nothing', async () => {
    const result = await services.pinAdmin.checkNewPin({ readerId }, '4718', KIOSK);
    const signIn = await services.pinChecker.checkPin({ identifier: CARD, pin: DEFAULT_PIN, channel: 'kiosk', source: 'k1' });

    expect(result).toEqual({ outcome: 'allowed' });
    expect(signIn).toMatchObject({ outcome: 'accepted', reader: { isDefaultPin: true } });
  });

  it.each([
    ['1234', 'run'],
    ['1111', 'repeated-digit'],
    ['2580', 'keypad-line'],
    ['123', 'format'],
    ['27301000', 'card-digits'],
  ])('refuses %s as %s and audits it', async (pin, reason) => {
    const result = await services.pinAdmin.checkNewPin({ readerId }, pin, KIOSK);

    expect(result).toEqual({ outcome: 'not-allowed', reason });
    expect(lastAudit()).toMatchObject({ event: 'pin.change', outcome: 'not-allowed' });
    expect(JSON.parse(lastAudit()?.detail ?? '{}')).toEqual({ reason });
  });

  it('names the default PIN before the run it also is', async () => {
    const checked = await services.pinAdmin.checkNewPin({ readerId }, DEFAULT_PIN, KIOSK);
    const changed = await services.pinAdmin.changePin({ readerId }, DEFAULT_PIN, KIOSK);

    expect(checked).toEqual({ outcome: 'not-allowed', reason: 'default-pin' });
    expect(changed).toEqual({ outcome: 'not-allowed', reason: 'default-pin' });
  });

  it('reports an unknown reader', async () => {
    const result = await services.pinAdmin.checkNewPin({ readerId: readerId + 100 }, '4718', KIOSK);

    expect(result).toEqual({ outcome: 'reader-not-found' });
  });

  it('never stores the PIN it checked', async () => {
    const secret = '60718253';

    await services.pinAdmin.checkNewPin({ readerId }, secret, KIOSK);
    await services.pinAdmin.checkNewPin({ readerId }, '1234', KIOSK);
    services.database.pragma('wal_checkpoint(TRUNCATE)');

    expect(services.storedBytes().includes(secret)).toBe(false);
  });
});
