import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.ts';
import { kioskSettingsFrom } from '../../../src/http/terminal-service.ts';
import { DEFAULT_KIOSK_TIMINGS } from '../../../src/sessions/terminal-session.types.ts';

describe('kiosk settings', () => {
  it('takes tries, card rules, PIN lengths and language from the configuration', () => {
    const config = loadConfig({}, { defaultLanguage: 'en', pinPolicy: { minLength: 6, maxLength: 8 }, cardNumber: { format: 'digits' } });

    const settings = kioskSettingsFrom(config);

    expect(settings).toMatchObject({ defaultLanguage: 'en', maxPinTries: 3, pinLength: { min: 6, max: 8 }, cardRules: { format: 'digits' }, timings: DEFAULT_KIOSK_TIMINGS });
  });

  it('rejects an idle grace under 20 seconds', () => {
    const config = loadConfig({});

    expect(() => kioskSettingsFrom(config, { timings: { ...DEFAULT_KIOSK_TIMINGS, idleGraceMs: 19_999 } })).toThrow(/idleGraceMs must be at least 20000/);
  });
});
