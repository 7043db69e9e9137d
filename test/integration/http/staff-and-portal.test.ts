import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/http/build-app.ts';
import { portalRoutes } from '../../../src/http/portal.routes.ts';
import { staffRoutes } from '../../../src/http/staff.routes.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';

const STAFF_TOKEN = 'staff-token-for-tests-0001';
const PORTAL_TOKEN = 'portal-token-for-tests-0001';
const CARD = '27301000010018';

let services: TestServices;
let app: FastifyInstance;

beforeEach(async () => {
  services = createTestServices({ config: { staffApiToken: STAFF_TOKEN, portalApiToken: PORTAL_TOKEN } });
  await services.enrolReader({ card: CARD, name: 'Chan Tai Man', phone: '9123 4817', pin: '739264' });
  app = await buildApp({ logger: services.logger, plugins: [staffRoutes(services), portalRoutes(services)] });
});

afterEach(async () => {
  await app.close();
  await services.cleanUp();
});

const staff = { authorization: `Bearer ${STAFF_TOKEN}`, 'x-staff-member': 'counter-2' };
const portal = { authorization: `Bearer ${PORTAL_TOKEN}` };

async function failFiveTimes() {
  for (let index = 0; index < 5; index += 1) {
    await services.pinChecker.checkPin({ identifier: CARD, pin: '4821', channel: 'kiosk', source: 'k1' });
  }
}

describe('staff API', () => {
  it('rejects a request without the staff token', async () => {
    const response = await app.inject({ method: 'GET', url: `/staff/readers/${CARD}/pin` });

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('rejects the portal token on staff routes', async () => {
    const response = await app.inject({ method: 'POST', url: `/staff/readers/${CARD}/unlock`, headers: portal });

    expect(response.statusCode).toBe(401);
  });

  it('shows a locked card and unlocks it', async () => {
    await failFiveTimes();

    const locked = await app.inject({ method: 'GET', url: `/staff/readers/${CARD}/pin`, headers: staff });
    const unlock = await app.inject({ method: 'POST', url: `/staff/readers/${CARD}/unlock`, headers: staff });
    const after = await services.pinChecker.checkPin({ identifier: CARD, pin: '739264', channel: 'kiosk', source: 'k1' });

    expect(locked.json()).toMatchObject({ cardMasked: '**********0018', locked: true, failuresInRow: 5 });
    expect(unlock.statusCode).toBe(200);
    expect(after.outcome).toBe('accepted');
  });

  it('resets the PIN to the default and unlocks the card', async () => {
    await failFiveTimes();

    const response = await app.inject({ method: 'POST', url: `/staff/readers/${CARD}/pin/reset`, headers: staff });
    const withDefault = await services.pinChecker.checkPin({ identifier: CARD, pin: '4817', channel: 'kiosk', source: 'k1' });

    expect(response.json()).toEqual({ reset: true, unlocked: true });
    expect(withDefault.outcome === 'accepted' && withDefault.reader.isDefaultPin).toBe(true);
  });

  it.each([
    ['12345', 400, 'CARD_NUMBER_INVALID'],
    ['27301000010019', 400, 'CARD_NUMBER_INVALID'],
    ['27301000020017', 404, 'READER_NOT_FOUND'],
  ])('answers card %s with %i %s', async (card, status, code) => {
    const response = await app.inject({ method: 'POST', url: `/staff/readers/${card}/unlock`, headers: staff });

    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it('lists alerts and acknowledges one', async () => {
    for (let index = 0; index < 20; index += 1) {
      await services.pinChecker.checkPin({ identifier: CARD, pin: '4821', channel: 'phone', source: '+85290000001' });
    }

    const listed = await app.inject({ method: 'GET', url: '/staff/alerts', headers: staff });
    const [alert] = listed.json().alerts;
    const acknowledged = await app.inject({ method: 'POST', url: `/staff/alerts/${alert.id}/acknowledge`, headers: staff });
    const again = await app.inject({ method: 'POST', url: `/staff/alerts/${alert.id}/acknowledge`, headers: staff });
    const open = await app.inject({ method: 'GET', url: '/staff/alerts', headers: staff });

    expect(alert).toMatchObject({ kind: 'source-blocked', source: '+85290000001' });
    expect(acknowledged.statusCode).toBe(200);
    expect(again.statusCode).toBe(404);
    expect(open.json().alerts).toEqual([]);
  });
});

describe('portal PIN change', () => {
  it('changes the PIN to a 4-digit number the online-password rules would refuse', async () => {
    const response = await app.inject({ method: 'PUT', url: `/portal/readers/${CARD}/pin`, headers: portal, payload: { newPin: '5803' } });
    const signIn = await services.pinChecker.checkPin({ identifier: CARD, pin: '5803', channel: 'kiosk', source: 'k1' });

    expect(response.statusCode).toBe(204);
    expect(signIn.outcome === 'accepted' && signIn.reader.isDefaultPin).toBe(false);
  });

  it('explains in the requested language why a PIN is refused', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/portal/readers/${CARD}/pin`,
      headers: { ...portal, 'accept-language': 'zh-HK,zh;q=0.8' },
      payload: { newPin: '1234' },
    });

    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: 'PIN_NOT_ALLOWED', reason: 'run', message: '順序或倒序排列的數字（例如1234或9876）太容易被猜中。' });
    expect(Object.keys(response.json().error.messages)).toEqual(['en', 'zh-Hant', 'zh-Hans']);
  });

  it('refuses the reader default PIN', async () => {
    const response = await app.inject({ method: 'PUT', url: `/portal/readers/${CARD}/pin`, headers: portal, payload: { newPin: '4817', language: 'en' } });

    expect(response.json().error).toMatchObject({ reason: 'default-pin', message: expect.stringContaining('last 4 digits of your phone') });
  });

  it.each([
    [{} as Record<string, unknown>, 'missing newPin'],
    [{ newPin: 4821 }, 'number instead of string'],
    [{ newPin: '4821', extra: true }, 'unknown property'],
  ])('rejects a malformed body (%s: %s)', async (payload, _problem) => {
    const response = await app.inject({ method: 'PUT', url: `/portal/readers/${CARD}/pin`, headers: portal, payload });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('rejects a body that is not JSON', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/portal/readers/${CARD}/pin`,
      headers: { ...portal, 'content-type': 'application/json' },
      payload: '{"newPin": "48',
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
