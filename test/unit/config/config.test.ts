import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/config.ts';

describe('configuration', () => {
  it('fills the documented defaults', () => {
    const config = loadConfig({});

    expect(config.argon2).toMatchObject({ memoryKiB: 19_456, passes: 2, lanes: 1, saltBytes: 16 });
    expect(config.throttle).toMatchObject({ cardFailuresBeforeLock: 5, cardFirstLockMinutes: 15, cardFailuresBeforeStaffLock: 15 });
    expect(config.loanRules).toMatchObject({ loanDays: 14, maxItemsOnLoan: 10, maxConsecutiveRenewals: 5 });
    expect(config.publicBaseUrl).toBe('http://127.0.0.1:3000');
  });

  it('reads environment variables, including nested settings and flags', () => {
    const config = loadConfig({ PORT: '8080', ARGON2_PASSES: '3', PIN_HARDENED_PROFILE: 'false', PUBLIC_BASE_URL: 'https://pins.example.org/' });

    expect(config.port).toBe(8080);
    expect(config.argon2.passes).toBe(3);
    expect(config.pinPolicy.hardenedProfile).toBe(false);
    expect(config.publicBaseUrl).toBe('https://pins.example.org');
  });

  it('names the setting and the variable of an invalid value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/port \(PORT\)/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ftp://x' })).toThrow(/publicBaseUrl \(PUBLIC_BASE_URL\)/);
  });

  it('rejects a staff lock threshold below the first lock', () => {
    expect(() => loadConfig({ THROTTLE_CARD_FAILURES_BEFORE_STAFF_LOCK: '3' })).toThrow(/cardFailuresBeforeStaffLock/);
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});

    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.argon2)).toBe(true);
  });
});
