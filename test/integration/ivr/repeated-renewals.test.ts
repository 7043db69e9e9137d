import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD, IvrHarness, PIN, PUBLIC_BASE_URL, type SimulatedCall } from '../../support/ivr-harness.ts';

describe('repeated renew-all deliveries against the circulation service', () => {
  let harness: IvrHarness;
  let call: SimulatedCall;

  beforeEach(async () => {
    harness = await new IvrHarness({ backend: 'real' }).start();
    await harness.seedReaders();
    call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', CARD, PIN]);
  });

  afterEach(async () => {
    await harness.close();
  });

  function renewalCounts(): number[] {
    return harness.database.prepare('SELECT renewals FROM loans ORDER BY id').pluck().all() as number[];
  }

  it('renews once and says the same reference when the step is delivered twice', async () => {
    const menu = call.last;

    const first = await call.press('0');
    call.last = menu;
    const repeat = await call.press('0');

    expect(repeat.twiml).toBe(first.twiml);
    expect(first.twiml).toMatch(/<say-as interpret-as="digits">\d{10}<\/say-as>/);
    expect(renewalCounts()).toEqual([1, 1]);
  });

  it('renews once when two service processes receive the step at the same time', async () => {
    const secondProcess = await harness.buildServiceApp();
    const parameters = { CallSid: call.callSid, From: call.from, Digits: '0' };

    const [one, two] = await Promise.all([
      harness.post(`${PUBLIC_BASE_URL}/ivr/step?step=4`, parameters),
      harness.post(`${PUBLIC_BASE_URL}/ivr/step?step=4`, parameters, { app: secondProcess }),
    ]);
    await secondProcess.close();

    expect(two.body).toBe(one.body);
    expect(one.body).toContain('All 2 items have been renewed');
    expect(renewalCounts()).toEqual([1, 1]);
  });
});
