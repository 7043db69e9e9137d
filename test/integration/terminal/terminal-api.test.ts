import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTerminalTestServices, type TerminalTestServices } from '../../support/terminal-test-services.ts';

let context: TerminalTestServices;

beforeEach(async () => {
  context = await createTerminalTestServices();
});

afterEach(async () => {
  await context.close();
});

describe('POST /terminal/enrol', () => {
  it('returns the terminal and its key for a valid code', async () => {
    const issued = await context.terminal.enrolment.issue({ name: 'kiosk-1', mode: 'kiosk', location: 'central' });
    if (issued.outcome !== 'issued') throw new Error(issued.outcome);

    const response = await context.app.inject({ method: 'POST', url: '/terminal/enrol', payload: { code: issued.code } });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      terminal: { name: 'kiosk-1', mode: 'kiosk', location: 'central', status: 'active' },
      key: expect.stringMatching(/^tk_/),
    });
  });

  it('refuses a used code with a catalogue error', async () => {
    const issued = await context.terminal.enrolment.issue({ name: 'kiosk-1', mode: 'kiosk' });
    if (issued.outcome !== 'issued') throw new Error(issued.outcome);
    await context.app.inject({ method: 'POST', url: '/terminal/enrol', payload: { code: issued.code } });

    const response = await context.app.inject({ method: 'POST', url: '/terminal/enrol', payload: { code: issued.code } });

    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('TERMINAL_ENROLMENT_CODE_INVALID');
  });

  it.each([
    ['no code', {}],
    ['a numeric code', { code: 1234 }],
    ['an extra field', { code: 'ABCD-EFGH-JKMN-PQRS', name: 'x' }],
  ])('rejects a body with %s as invalid', async (_case, payload) => {
    const response = await context.app.inject({ method: 'POST', url: '/terminal/enrol', payload });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /terminal/me', () => {
  it('describes the terminal whose key is presented', async () => {
    const key = await context.enrolTerminal('kiosk-7');

    const response = await context.app.inject({ method: 'GET', url: '/terminal/me', headers: { authorization: `Bearer ${key}` } });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ terminal: { name: 'kiosk-7', mode: 'kiosk', location: null, status: 'active' } });
  });

  it.each([
    ['no header', undefined],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an unknown key', `Bearer tk_${'x'.repeat(43)}`],
  ])('answers 401 for %s', async (_case, authorization) => {
    await context.enrolTerminal();

    const response = await context.app.inject({ method: 'GET', url: '/terminal/me', headers: authorization ? { authorization } : {} });

    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHORIZED');
  });

  it('answers 403 for a revoked key', async () => {
    const key = await context.enrolTerminal('kiosk-1');
    await context.terminal.enrolment.revoke('kiosk-1');

    const response = await context.app.inject({ method: 'GET', url: '/terminal/me', headers: { authorization: `Bearer ${key}` } });

    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('TERMINAL_REVOKED');
  });

  it('keeps the key out of the log', async () => {
    const key = await context.enrolTerminal();

    await context.app.inject({ method: 'GET', url: '/terminal/me', headers: { authorization: `Bearer ${key}` } });

    expect(context.services.storedBytes().toString('utf8')).not.toContain(key);
  });
});
