import { describe, expect, it } from 'vitest';
import { PinVault } from '../../../src/sessions/pin-vault.ts';
import { CardVault } from '../../../ivr/card-vault.ts';
import { KeyedLock } from '../../../ivr/keyed-lock.ts';
import { PendingPinChecks } from '../../../ivr/pending-pin-checks.ts';
import { FakePinChecker } from '../../support/fake-pin-checker.ts';

const CARD = '27301000010018';

function setUp(options: { delays?: number[] } = {}) {
  const pinChecker = new FakePinChecker();
  pinChecker.enrol(CARD, '482915');
  const pinVault = new PinVault();
  const cardVault = new CardVault();
  const sleeps: number[] = [];
  const checks = new PendingPinChecks({
    pinChecker,
    pinVault,
    cardVault,
    busyRetryDelaysMs: options.delays ?? [10, 20],
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
  });
  const cardHandle = cardVault.deposit(CARD);
  return { pinChecker, pinVault, cardVault, checks, cardHandle, sleeps };
}

describe('pending PIN checks', () => {
  it('runs one check per PIN handle however often it is asked', async () => {
    const { pinChecker, pinVault, checks, cardHandle } = setUp();
    const pinHandle = pinVault.deposit('482915');

    const [first, again] = await Promise.all([checks.resultFor({ identifier: cardHandle, pinHandle }, 'phone:+852'), checks.resultFor({ identifier: cardHandle, pinHandle }, 'phone:+852')]);

    expect(first.outcome).toBe('accepted');
    expect(again).toBe(first);
    expect(pinChecker.requests).toEqual([{ identifier: CARD, channel: 'phone', source: 'phone:+852' }]);
    expect(pinVault.size).toBe(0);
  });

  it('answers interrupted for a handle this process does not hold', async () => {
    const { checks, cardHandle, pinChecker } = setUp();

    const result = await checks.resultFor({ identifier: cardHandle, pinHandle: 'from-before-a-restart' }, 'phone:+852');

    expect(result).toEqual({ outcome: 'interrupted' });
    expect(pinChecker.requests).toHaveLength(0);
  });

  it('answers interrupted when the card is no longer in the vault', async () => {
    const { checks, cardVault, cardHandle, pinVault } = setUp();
    cardVault.forget(cardHandle);

    const result = await checks.resultFor({ identifier: cardHandle, pinHandle: pinVault.deposit('482915') }, 'phone:+852');

    expect(result).toEqual({ outcome: 'interrupted' });
  });

  it('retries while the checker is busy, pausing as configured', async () => {
    const { checks, pinChecker, pinVault, cardHandle, sleeps } = setUp();
    pinChecker.queue({ outcome: 'busy' }, { outcome: 'busy' });

    const result = await checks.resultFor({ identifier: cardHandle, pinHandle: pinVault.deposit('482915') }, 'phone:+852');

    expect(result.outcome).toBe('accepted');
    expect(sleeps).toEqual([10, 20]);
  });

  it('gives up with busy after the last retry', async () => {
    const { checks, pinChecker, pinVault, cardHandle } = setUp({ delays: [0] });
    pinChecker.queue({ outcome: 'busy' }, { outcome: 'busy' });

    const result = await checks.resultFor({ identifier: cardHandle, pinHandle: pinVault.deposit('482915') }, 'phone:+852');

    expect(result).toEqual({ outcome: 'busy' });
    expect(pinChecker.requests).toHaveLength(2);
  });
});

describe('card vault', () => {
  it('keeps a card for repeated reads until it expires unused', () => {
    let now = 0;
    const vault = new CardVault({ ttlMs: 1000, now: () => now });
    const handle = vault.deposit(CARD);

    now = 900;
    expect(vault.read(handle)).toBe(CARD);
    now = 1800;
    expect(vault.read(handle)).toBe(CARD);
    now = 2901;
    expect(vault.read(handle)).toBeUndefined();
  });

  it('forgets a card on request', () => {
    const vault = new CardVault();
    const handle = vault.deposit(CARD);

    vault.forget(handle);

    expect(vault.read(handle)).toBeUndefined();
    expect(vault.size).toBe(0);
  });
});

describe('keyed lock', () => {
  it('runs tasks of one key one at a time and of other keys alongside', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    let releaseFirst: () => void = () => {};
    const first = lock.run('call-a', () => new Promise<void>((resolve) => {
      order.push('a1 start');
      releaseFirst = () => {
        order.push('a1 end');
        resolve();
      };
    }));
    const second = lock.run('call-a', async () => {
      order.push('a2');
    });
    const other = lock.run('call-b', async () => {
      order.push('b1');
    });

    await other;
    releaseFirst();
    await Promise.all([first, second]);

    expect(order).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
    expect(lock.size).toBe(0);
  });
});
