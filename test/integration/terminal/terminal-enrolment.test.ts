import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TerminalEnrolment } from '../../../src/http/terminal-enrolment.ts';
import { SqliteTerminalStore } from '../../../src/storage/sqlite-terminal.store.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

let services: TestServices;
let enrolment: TerminalEnrolment;

beforeEach(() => {
  services = createTestServices();
  enrolment = new TerminalEnrolment(new SqliteTerminalStore(services.database), services.clock);
});

afterEach(async () => {
  await services.cleanUp();
});

async function issue(name = 'kiosk-1', codeTtlMs?: number) {
  const result = await enrolment.issue({ name, mode: 'kiosk', location: 'central', codeTtlMs });
  if (result.outcome !== 'issued') throw new Error(`expected a code, got ${result.outcome}`);
  return result;
}

describe('terminal enrolment', () => {
  it('issues a one-time code for a new terminal', async () => {
    const issued = await issue();

    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(issued.terminal).toMatchObject({ name: 'kiosk-1', mode: 'kiosk', location: 'central', status: 'pending' });
    expect(issued.expiresAt).toBe('2026-01-06T09:00:00.000Z');
  });

  it('trades the code for a key once', async () => {
    const issued = await issue();

    const first = await enrolment.redeem(issued.code);
    const second = await enrolment.redeem(issued.code);

    expect(first?.key).toMatch(/^tk_[A-Za-z0-9_-]{43}$/);
    expect(first?.terminal.status).toBe('active');
    expect(second).toBeNull();
  });

  it('accepts a code typed in lower case, without hyphens, with O for zero', async () => {
    const issued = await issue();
    const typed = issued.code.replace(/-/g, '').replace(/0/g, 'o').toLowerCase();

    expect(await enrolment.redeem(typed)).not.toBeNull();
  });

  it.each(['', 'not-a-code', 'UUUU-UUUU-UUUU-UUUU', '0000-0000-0000-0000'])('refuses the code %j', async (code) => {
    await issue();

    expect(await enrolment.redeem(code)).toBeNull();
  });

  it('refuses a code after it expires', async () => {
    const issued = await issue('kiosk-1', 60 * 60_000);

    services.clock.advance(60 * 60_000);

    expect(await enrolment.redeem(issued.code)).toBeNull();
  });

  it('authenticates the key it handed out', async () => {
    const { key } = (await enrolment.redeem((await issue()).code))!;

    const lookup = await enrolment.authenticate(key);

    expect(lookup).toMatchObject({ status: 'active', terminal: { name: 'kiosk-1' } });
  });

  it.each(['', 'tk_short', `tk_${'A'.repeat(43)}`])('treats %j as an unknown key', async (key) => {
    await enrolment.redeem((await issue()).code);

    expect(await enrolment.authenticate(key)).toEqual({ status: 'unknown' });
  });

  it('refuses a revoked key as revoked', async () => {
    const { key } = (await enrolment.redeem((await issue()).code))!;

    const revoked = await enrolment.revoke('kiosk-1');

    expect(revoked).toMatchObject({ status: 'revoked', revokedAt: '2026-01-05T09:00:00.000Z' });
    expect(await enrolment.authenticate(key)).toMatchObject({ status: 'revoked' });
    expect(await enrolment.isActive(revoked!.id)).toBe(false);
  });

  it('refuses the pending code of a revoked terminal', async () => {
    const issued = await issue();

    await enrolment.revoke('kiosk-1');

    expect(await enrolment.redeem(issued.code)).toBeNull();
  });

  it('returns null when revoking an unknown terminal', async () => {
    expect(await enrolment.revoke('nowhere')).toBeNull();
  });

  it('keeps the name of an active terminal until it is revoked', async () => {
    await enrolment.redeem((await issue()).code);

    const again = await enrolment.issue({ name: 'kiosk-1', mode: 'kiosk' });

    expect(again).toMatchObject({ outcome: 'name-taken', terminal: { status: 'active' } });
  });

  it('re-enrols a revoked terminal with a new key', async () => {
    const { key: oldKey } = (await enrolment.redeem((await issue()).code))!;
    await enrolment.revoke('kiosk-1');

    const { key: newKey } = (await enrolment.redeem((await issue()).code))!;

    expect(await enrolment.authenticate(newKey)).toMatchObject({ status: 'active' });
    expect((await enrolment.authenticate(oldKey)).status).not.toBe('active');
  });

  it('replaces a lost code of a pending terminal', async () => {
    const lost = await issue();
    const replacement = await issue();

    expect(await enrolment.redeem(lost.code)).toBeNull();
    expect(await enrolment.redeem(replacement.code)).not.toBeNull();
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: '-kiosk' }, 'name'],
    [{ name: 'kiosk 1' }, 'name'],
    [{ name: 'k'.repeat(65) }, 'name'],
    [{ name: 'kiosk-1', location: 'central library' }, 'location'],
    [{ name: 'kiosk-1', codeTtlMs: 1000 }, 'codeTtlMs'],
  ])('rejects %j, naming the field %s', async (request, field) => {
    const result = await enrolment.issue({ mode: 'kiosk', ...request });

    expect(result).toMatchObject({ outcome: 'invalid', field });
    expect(await enrolment.list()).toEqual([]);
  });

  it('stores neither the code nor the key, only their digests', async () => {
    const issued = await issue();
    const { key } = (await enrolment.redeem(issued.code))!;
    const pending = await issue('kiosk-2');

    services.database.pragma('wal_checkpoint(TRUNCATE)');
    const stored = services.storedBytes().toString('latin1');

    for (const secret of [issued.code, issued.code.replace(/-/g, ''), key, pending.code, pending.code.replace(/-/g, '')]) {
      expect(stored).not.toContain(secret);
    }
  });

  it('lists terminals by name with their state', async () => {
    await enrolment.redeem((await issue('kiosk-b')).code);
    await issue('kiosk-a');

    const terminals = await enrolment.list();

    expect(terminals.map((terminal) => [terminal.name, terminal.status])).toEqual([
      ['kiosk-a', 'pending'],
      ['kiosk-b', 'active'],
    ]);
  });
});
