import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD, IvrHarness, PIN, PUBLIC_BASE_URL, WRONG_PIN, type SimulatedCall } from '../../support/ivr-harness.ts';

describe('webhook deliveries', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness({ holdAfterMs: 300 }).start();
    await harness.seedReaders();
  });

  afterEach(async () => {
    await harness.close();
  });

  async function atMainMenu(): Promise<SimulatedCall> {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', CARD, PIN]);
    return call;
  }

  it('renews once when the same renew-all step is delivered twice, and says the same reference twice', async () => {
    const call = await atMainMenu();
    const menu = call.last;

    const first = await call.press('0');
    call.last = menu;
    const repeat = await call.press('0');

    expect(harness.fakes.circulation.renewalsApplied).toBe(2);
    expect(repeat.twiml).toBe(first.twiml);
    expect(first.said).toContain('Your reference number is 4 0 0 0 0 0 0 1.');
  });

  it('renews once when the same step arrives twice at the same time', async () => {
    const call = await atMainMenu();
    const menu = call.last;

    const [one, two] = await Promise.all([call.press('0'), (async () => {
      const twin = harness.newCall();
      Object.assign(twin, { callSid: call.callSid, last: menu });
      return twin.press('0');
    })()]);

    expect(harness.fakes.circulation.renewalsApplied).toBe(2);
    expect(two.twiml).toBe(one.twiml);
  });

  it('applies a step once when two service processes receive it at the same time', async () => {
    const call = await atMainMenu();
    const secondProcess = await harness.buildServiceApp();
    const parameters = { CallSid: call.callSid, From: call.from, Digits: '0' };
    const saves: string[] = [];
    const saveStep = harness.callStore.saveStep.bind(harness.callStore);
    harness.callStore.saveStep = async (step) => {
      const result = await saveStep(step);
      saves.push(result);
      return result;
    };

    const release = harness.fakes.circulation.hold();

    const answers = Promise.all([
      harness.post(`${PUBLIC_BASE_URL}/ivr/step?step=4`, parameters),
      harness.post(`${PUBLIC_BASE_URL}/ivr/step?step=4`, parameters, { app: secondProcess }),
    ]);
    await vi.waitFor(() => expect(harness.fakes.circulation.waiting).toBe(2));
    release();
    const [one, two] = await answers;
    await secondProcess.close();

    expect(saves.sort()).toEqual(['conflict', 'saved']);
    expect(two.body).toBe(one.body);
    expect(one.body).toContain('40000001');
    expect(harness.fakes.circulation.renewalsApplied).toBe(2);
    expect((await harness.callStore.loadCall(call.callSid))?.nextStep).toBe(5);
  });

  it('answers a retried request with the answer of its idempotency token', async () => {
    const call = await atMainMenu();
    const menu = call.last;
    const token = 'idem-5f1c0b1e';

    const first = await call.press('0', { 'i-twilio-idempotency-token': token });
    await call.press('9');
    call.last = menu;
    const retried = await call.press('0', { 'i-twilio-idempotency-token': token });

    expect(retried.twiml).toBe(first.twiml);
    expect(harness.fakes.circulation.renewalsApplied).toBe(2);
  });

  it('hangs up on a step that arrives after the call completed, and changes nothing', async () => {
    const call = await atMainMenu();
    const status = await call.hangUp('completed');
    const before = await harness.callStore.loadCall(call.callSid);

    const late = await call.press('0');

    expect(status).toBe(204);
    expect(late.verbs).toEqual([{ verb: 'Hangup' }]);
    expect(await harness.callStore.loadCall(call.callSid)).toEqual(before);
    expect(harness.fakes.circulation.renewalsApplied).toBe(0);
  });

  it('keeps the call open on a status that is not final', async () => {
    const call = await atMainMenu();

    await call.hangUp('in-progress');
    const menu = await call.press('9');

    expect(menu.said).toMatch(/^You have 2 items on loan/);
  });

  it('says please hold while PIN hashing is slow, then picks up the result', async () => {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', CARD]);
    const release = harness.fakes.pinChecker.hold();

    const hold = await call.press(PIN);
    release();
    const menu = await call.followRedirect();

    expect(hold.said).toBe('Please hold.');
    expect(hold.verbs.map((verb) => verb.verb)).toEqual(['Say', 'Redirect']);
    expect(hold.verbs[1]).toEqual({ verb: 'Redirect', url: `${PUBLIC_BASE_URL}/ivr/hold?step=4&holds=1` });
    expect(menu.said).toMatch(/^You have 2 items on loan/);
    expect(harness.fakes.pinChecker.requests).toHaveLength(1);
  });

  it('ends the call with an apology when a renewal keeps the caller on hold', async () => {
    const call = await atMainMenu();
    const release = harness.fakes.circulation.hold();

    const holds = [await call.press('0')];
    for (let hold = 1; hold < 5; hold += 1) holds.push(await call.followRedirect());
    release();

    expect(holds.slice(0, 4).every((answer) => answer.said === 'Please hold.')).toBe(true);
    expect(holds[3]?.verbs[1]).toEqual({ verb: 'Redirect', url: `${PUBLIC_BASE_URL}/ivr/hold?step=8&holds=4` });
    expect(holds[4]?.said).toBe('Sorry, the service is not available just now. Please call again later. Goodbye.');
    expect(call.ended).toBe(true);
  });

  it('retries a busy PIN check and goes on when hashing frees up', async () => {
    harness.fakes.pinChecker.queue({ outcome: 'busy' }, { outcome: 'busy' });
    const call = harness.newCall();
    await call.dial();

    const menu = await call.pressAll(['3', CARD, PIN]);

    expect(menu.said).toMatch(/^You have 2 items on loan/);
    expect(harness.fakes.pinChecker.requests).toHaveLength(3);
  });

  it('asks for the PIN again, without using a try, when hashing stays busy', async () => {
    harness.fakes.pinChecker.queue({ outcome: 'busy' }, { outcome: 'busy' }, { outcome: 'busy' });
    const call = harness.newCall();
    await call.dial();

    const busy = await call.pressAll(['3', CARD, PIN]);
    await call.pressAll([WRONG_PIN, WRONG_PIN]);
    const menu = await call.press(PIN);

    expect(busy.said).toBe('Sorry, the system is very busy and could not check your PIN. Please key in your PIN again, then press the hash key.');
    expect(menu.said).toMatch(/^You have 2 items on loan/);
  });

  it('asks for the PIN and then the card again when the service restarts during a check', async () => {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', CARD]);
    const release = harness.fakes.pinChecker.hold();
    await call.press(PIN);

    await harness.restart();
    release();
    const interrupted = await call.followRedirect();
    const cardAgain = await call.press(PIN);
    const menu = await call.pressAll([CARD, PIN]);

    expect(interrupted.said).toBe('Sorry, we could not check your PIN. Please key in your PIN again, then press the hash key.');
    expect(cardAgain.said).toBe('Sorry, we need your library card number again. Please key in your library card number, then press the hash key.');
    expect(menu.said).toMatch(/^You have 2 items on loan/);
  });

  it('ends a call that was stored by another machine version', async () => {
    const call = harness.newCall();
    await call.dial();
    harness.database.prepare('UPDATE phone_calls SET machine_version = machine_version + 100 WHERE call_sid = ?').run(call.callSid);

    const ended = await call.press('3');
    const late = await harness.post(`${PUBLIC_BASE_URL}/ivr/step?step=2`, { CallSid: call.callSid, Digits: '3' });

    expect(ended.said).toContain('Sorry, this call can no longer continue. Please call again. Goodbye.');
    expect(call.ended).toBe(true);
    expect(late.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    expect((await harness.callStore.loadCall(call.callSid))?.status).toBe('closed');
  });

  it('ends a step of a call it does not know with an apology in every language', async () => {
    const response = await harness.post(`${PUBLIC_BASE_URL}/ivr/step?step=3`, { CallSid: `CA${'e'.repeat(32)}`, Digits: '1' });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('對唔住，今次通話已經無法繼續。');
    expect(response.body).toContain('<Hangup/>');
  });

  it('deletes calls older than a day when a status callback arrives', async () => {
    const old = await atMainMenu();
    harness.clock.advance(25 * 60 * 60_000);
    const current = harness.newCall();
    await current.dial();

    await current.hangUp('completed');

    expect(await harness.callStore.loadCall(old.callSid)).toBeNull();
    expect(await harness.callStore.loadCall(current.callSid)).not.toBeNull();
  });
});
