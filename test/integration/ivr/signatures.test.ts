import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { AUTH_TOKEN, CARD, IvrHarness, PUBLIC_BASE_URL } from '../../support/ivr-harness.ts';

const CALL = { CallSid: `CA${'a'.repeat(32)}`, From: '+85291234567', CallStatus: 'ringing' };

describe('Twilio request signatures', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness().start();
  });

  afterEach(async () => {
    await harness.close();
  });

  async function rejected(response: { statusCode: number; body: string }): Promise<void> {
    expect(response.statusCode).toBe(403);
    expect(JSON.parse(response.body).error.code).toBe('FORBIDDEN');
    expect(await harness.callStore.loadCall(CALL.CallSid)).toBeNull();
  }

  it('rejects an unsigned request', async () => {
    await rejected(await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, CALL, { signature: null }));
  });

  it('rejects a request signed with another auth token', async () => {
    const signature = twilio.getExpectedTwilioSignature('another-token-0123456789abcdef', `${PUBLIC_BASE_URL}/ivr/voice`, CALL);

    await rejected(await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, CALL, { signature }));
  });

  it('rejects a request signed for another host', async () => {
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, 'https://attacker.example/ivr/voice', CALL);

    await rejected(await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, CALL, { signature }));
  });

  it('rejects a request whose query was stripped after signing', async () => {
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/ivr/voice?step=1`, CALL);

    await rejected(await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, CALL, { signature }));
  });

  it('rejects a request with a parameter added after signing', async () => {
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/ivr/voice`, CALL);

    await rejected(await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, { ...CALL, Digits: '1' }, { signature }));
  });

  it('rejects a JSON body even with a signature', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/ivr/voice',
      headers: { 'content-type': 'application/json', 'x-twilio-signature': twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/ivr/voice`, {}) },
      payload: JSON.stringify({ CallSid: { nested: true } }),
    });

    await rejected(response);
  });

  it('changes nothing when a step of a live call is unsigned', async () => {
    const call = harness.newCall();
    await call.dial();
    const before = await harness.callStore.loadCall(call.callSid);

    const response = await harness.post(`${PUBLIC_BASE_URL}/ivr/step?step=1`, { CallSid: call.callSid, Digits: '3' }, { signature: 'bm90IGEgc2lnbmF0dXJl' });

    expect(response.statusCode).toBe(403);
    expect(await harness.callStore.loadCall(call.callSid)).toEqual(before);
  });

  it('accepts a signed request with an apostrophe in the query', async () => {
    const url = `${PUBLIC_BASE_URL}/ivr/voice?caller=o'brien`;

    const response = await harness.post(url, CALL);

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<Gather');
  });

  it('accepts a signed request that reached the service through a TLS proxy', async () => {
    const response = await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, CALL, { headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'ivr.library.test', host: '127.0.0.1:3000' } });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
  });

  it('does not trust the address the service sees behind the proxy', async () => {
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, 'http://127.0.0.1:3000/ivr/voice', CALL);

    await rejected(await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, CALL, { signature, headers: { host: '127.0.0.1:3000' } }));
  });

  it('answers 400 for a signed request with a malformed CallSid', async () => {
    const response = await harness.post(`${PUBLIC_BASE_URL}/ivr/voice`, { ...CALL, CallSid: 'CA-not-a-sid' });

    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).error.message).toContain('CallSid');
  });

  it('answers 400 for a hold URL with a malformed hold count', async () => {
    const response = await harness.post(`${PUBLIC_BASE_URL}/ivr/hold?step=3&holds=many`, CALL);

    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).error.message).toContain('holds');
  });

  it('answers 400 for a step URL without its step number', async () => {
    const response = await harness.post(`${PUBLIC_BASE_URL}/ivr/step`, { ...CALL, Digits: CARD });

    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).error.message).toContain('step');
  });
});
