import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD, IvrHarness, PIN, SECOND_CARD, SECOND_PIN, type SimulatedCall } from '../../support/ivr-harness.ts';

describe('main menu options', () => {
  let harness: IvrHarness;
  let call: SimulatedCall;

  beforeEach(async () => {
    harness = await new IvrHarness().start();
    await harness.seedReaders();
    call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', CARD, PIN]);
  });

  afterEach(async () => {
    await harness.close();
  });

  it('0 renews all and, when some fail, 1 tells which failed and why', async () => {
    harness.fakes.circulation.loans[1]!.blockedBy = 'reserved-by-another-reader';

    const result = await call.press('0');
    const reasons = await call.press('1');

    expect(result.said).toBe(
      '1 of your 2 items could not be renewed. Your reference number is 4 0 0 0 0 0 0 1. The Hungry Caterpillar has been renewed and is now due on Monday, 16 March 2026. To hear which item could not be renewed and why, press 1. For the main menu, press 9. To end the call, press the star key.',
    );
    expect(reasons.said).toBe('A Brief History of Time could not be renewed because another reader has reserved it. For the main menu, press 9. To end the call, press the star key.');
  });

  it('1 renews one item and tells the reason, without a reference, when it cannot', async () => {
    harness.fakes.circulation.loans[0]!.blockedBy = 'renewal-limit-reached';

    await call.press('1');
    const refused = await call.press('1');

    expect(refused.said).toBe(
      'The Hungry Caterpillar could not be renewed because it has been renewed the maximum number of times. To renew another item, press 1. For the main menu, press 9. To end the call, press the star key.',
    );
  });

  it('1 then 2 past the last loan goes back to the menu', async () => {
    await call.press('1');
    await call.press('2');
    const menu = await call.press('2');

    expect(menu.said).toMatch(/^That was the last item on loan\. You have 2 items on loan\./);
  });

  it('2 reads every loan with its due date', async () => {
    const loans = await call.press('2');

    expect(loans.said).toBe(
      'You have 2 items on loan. Item 1: The Hungry Caterpillar, due on Monday, 9 March 2026. Item 2: A Brief History of Time, was due on Friday, 20 February 2026 and is overdue. For the main menu, press 9. To end the call, press the star key.',
    );
  });

  it('3 reads the outstanding charges', async () => {
    const charges = await call.press('3');

    expect(charges.said).toBe(
      'Your outstanding charges come to 12 Hong Kong dollars and 50 cents. Overdue fine, 12 Hong Kong dollars and 50 cents. For the main menu, press 9. To end the call, press the star key.',
    );
  });

  it('8 signs in another card, up to three cards a call', async () => {
    const second = await call.pressAll(['8', SECOND_CARD, SECOND_PIN]);
    const third = await call.pressAll(['8', CARD, PIN]);
    const refused = await call.press('8');

    expect(second.said).toMatch(/^You have no items on loan\. To hear your outstanding charges, press 3\./);
    expect(third.said).toMatch(/^You have 2 items on loan\./);
    expect(refused.said).toMatch(/^Sorry, no more library cards can be used in this call\. You have 2 items on loan\./);
    expect(harness.fakes.pinChecker.requests.map((request) => request.identifier)).toEqual([CARD, SECOND_CARD, CARD]);
  });

  it('9 says the summary and the menu again', async () => {
    const menu = await call.press('9');

    expect(menu.said).toMatch(/^You have 2 items on loan\. 1 of them is overdue\. To renew all your items, press 0\./);
  });

  it('* ends the call politely', async () => {
    const goodbye = await call.press('*');

    expect(goodbye.said).toBe('Thank you for calling. Goodbye.');
    expect(goodbye.verbs.map((verb) => verb.verb)).toEqual(['Say', 'Hangup']);
  });

  it('apologises and keeps the call when a renewal fails in the database', async () => {
    harness.fakes.circulation.failNext = new Error('disk I/O error');

    const answer = await call.press('0');

    expect(answer.said).toMatch(/^Sorry, that could not be done just now\. Please try again later\. You have 2 items on loan\./);
    expect(harness.fakes.circulation.renewalsApplied).toBe(0);
  });
});
