import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../../src/errors/error-catalogue.ts';
import { translate } from '../../../src/i18n/translator.ts';

const documentation = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');

describe('error catalogue', () => {
  it.each(Object.entries(ERROR_CATALOGUE))('documents %s with its status', (code, entry) => {
    expect(documentation).toMatch(new RegExp(`\\| \`${code}\` \\| ${entry.status} \\|`));
  });

  it.each(Object.entries(ERROR_CATALOGUE))('has reader-facing text for %s', (_code, entry) => {
    expect(translate('zh-Hant', entry.messageKey)).not.toBe('');
  });
});
