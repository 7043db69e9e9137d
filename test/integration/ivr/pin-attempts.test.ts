import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD, IvrHarness, PIN, UNKNOWN_CARD, WRONG_PIN } from '../../support/ivr-harness.ts';

describe('PIN attempts on the phone, checked by the PIN service', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness({ backend: 'real' }).start();
    await harness.seedReaders();
  });

  function phoneAudit(): Array<{ channel: string; source: string; outcome: string }> {
    return harness.database.prepare("SELECT channel, source, outcome FROM audit_events WHERE event = 'pin.verify' ORDER BY id").all() as Array<{ channel: string; source: string; outcome: string }>;
  }

  afterEach(async () => {
    await harness.close();
  });

  it('ends the call after three wrong PINs', async () => {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', CARD]);

    const first = await call.press(WRONG_PIN);
    const second = await call.press(WRONG_PIN);
    const third = await call.press(WRONG_PIN);

    expect(first.said).toBe(
      'Sorry, the card number or PIN is not correct. Please key in your PIN again, then press the hash key. To key in your library card number again, press the star key, then the hash key.',
    );
    expect(second.said).toBe(first.said);
    expect(third.said).toBe(
      'Sorry, we could not verify your library card number and PIN. Please check them and call again, or ask the staff at any library. Goodbye.',
    );
    expect(call.ended).toBe(true);
    expect(phoneAudit()).toHaveLength(3);
  });

  it('locks the card after five wrong PINs across calls', async () => {
    const first = harness.newCall();
    await first.dial();
    await first.pressAll(['3', CARD, WRONG_PIN, WRONG_PIN, WRONG_PIN]);
    const second = harness.newCall();
    await second.dial();
    await second.pressAll(['3', CARD, WRONG_PIN, WRONG_PIN]);
    const third = harness.newCall();
    await third.dial();

    const withRightPin = await third.pressAll(['3', CARD, PIN]);

    const credential = await harness.services?.authStore.findCredentialByCard(CARD);
    expect(credential?.lock.failuresInRow).toBe(5);
    expect(credential?.lock.lockedUntil?.getTime()).toBeGreaterThan(harness.clock.now().getTime());
    expect(withRightPin.said).toMatch(/^Sorry, the card number or PIN is not correct\. Please key in your PIN again, then press the hash key\./);
    expect(phoneAudit().every((row) => row.channel === 'phone' && row.source === 'phone:+85291234567')).toBe(true);
  });

  it('sounds exactly the same for an unknown card as for a wrong PIN', async () => {
    const wrongPin = harness.newCall();
    const unknownCard = harness.newCall();
    for (const call of [wrongPin, unknownCard]) await call.dial();

    const wrongPinAnswers = [await wrongPin.pressAll(['3', CARD]), await wrongPin.press(WRONG_PIN), await wrongPin.press(WRONG_PIN), await wrongPin.press(WRONG_PIN)];
    const unknownAnswers = [await unknownCard.pressAll(['3', UNKNOWN_CARD]), await unknownCard.press(PIN), await unknownCard.press(PIN), await unknownCard.press(PIN)];

    expect(unknownAnswers.map((answer) => answer.twiml)).toEqual(wrongPinAnswers.map((answer) => answer.twiml));
  });

  it('sounds the same for a locked card as for a wrong PIN', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await harness.services?.pinChecker.checkPin({ identifier: CARD, pin: WRONG_PIN, channel: 'kiosk', source: 'setup' });
    const call = harness.newCall();
    await call.dial();

    const answer = await call.pressAll(['3', CARD, PIN]);

    expect(answer.said).toMatch(/^Sorry, the card number or PIN is not correct\. Please key in your PIN again, then press the hash key\./);
  });

});

describe('PIN check outcomes the PIN service is not told to give', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness().start();
    await harness.seedReaders();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('ends the call politely when the caller number is blocked', async () => {
    harness.fakes.pinChecker.queue({ outcome: 'source-blocked' });
    const call = harness.newCall();
    await call.dial();

    const answer = await call.pressAll(['3', CARD, PIN]);

    expect(answer.said).toMatch(/^Sorry, there have been too many unsuccessful attempts from this phone/);
    expect(call.ended).toBe(true);
  });

  it('refuses a default PIN when the hardened profile says so', async () => {
    harness.fakes.pinChecker.queue({ outcome: 'default-pin-refused' });
    const call = harness.newCall();
    await call.dial();

    const answer = await call.pressAll(['3', CARD, PIN]);

    expect(answer.said).toMatch(/^For your security, the telephone line does not accept a PIN that has never been changed\./);
    expect(call.ended).toBe(true);
  });

  it.each([
    ['fault', 'Sorry, we could not check your PIN. Please key in your PIN again, then press the hash key.'],
    ['interrupted', 'Sorry, we could not check your PIN. Please key in your PIN again, then press the hash key.'],
  ] as const)('asks again without using a try when the check ends with %s', async (outcome, said) => {
    harness.fakes.pinChecker.queue({ outcome });
    const call = harness.newCall();
    await call.dial();

    const retry = await call.pressAll(['3', CARD, PIN]);
    await call.pressAll([WRONG_PIN, WRONG_PIN]);
    const stillIn = await call.press(PIN);

    expect(retry.said).toBe(said);
    expect(stillIn.said).toMatch(/^You have 2 items on loan\./);
  });
});
