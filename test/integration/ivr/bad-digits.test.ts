import { afterEach, describe, expect, it } from 'vitest';
import { CARD, IvrHarness, PIN } from '../../support/ivr-harness.ts';

const MAIN_MENU = [ '3', CARD, PIN ];

const NO_CHOICE = 'We have not received a valid choice, so we will end this call.';

/**
 * Each step that asks for input: the keys that reach it, words its question always contains, and the
 * goodbye once its re-prompts run out, which names what the step asked for.
 */
const STEPS = [
  { step: 'language menu', keys: [], question: 'For English, press 3.', starIsKey: false, ending: NO_CHOICE },
  {
    step: 'card number',
    keys: ['3'],
    question: 'Please key in your library card number, then press the hash key.',
    starIsKey: false,
    ending: 'We have not received a valid library card number, so we will end this call.',
  },
  { step: 'PIN', keys: ['3', CARD], question: 'Please key in your PIN, then press the hash key.', starIsKey: false, ending: 'We have not received your PIN, so we will end this call.' },
  { step: 'main menu', keys: MAIN_MENU, question: 'To renew all your items, press 0.', starIsKey: true, ending: NO_CHOICE },
  { step: 'renew-all result', keys: [...MAIN_MENU, '0'], question: 'To hear which item could not be renewed and why, press 1.', starIsKey: true, ending: NO_CHOICE },
  { step: 'reasons', keys: [...MAIN_MENU, '0', '1'], question: 'For the main menu, press 9.', starIsKey: true, ending: NO_CHOICE },
  { step: 'loan choice', keys: [...MAIN_MENU, '1'], question: 'To renew this item, press 1.', starIsKey: true, ending: NO_CHOICE },
  { step: 'renew-one result', keys: [...MAIN_MENU, '1', '1'], question: 'To renew another item, press 1.', starIsKey: true, ending: NO_CHOICE },
  { step: 'loans', keys: [...MAIN_MENU, '2'], question: 'For the main menu, press 9.', starIsKey: true, ending: NO_CHOICE },
  { step: 'charges', keys: [...MAIN_MENU, '3'], question: 'For the main menu, press 9.', starIsKey: true, ending: NO_CHOICE },
];

const BAD_INPUTS = [
  { input: 'missing Digits', digits: undefined },
  { input: 'empty Digits', digits: '' },
  { input: '*', digits: '*' },
  { input: '12*34', digits: '12*34' },
  { input: '40 digits', digits: '1234567890'.repeat(4) },
];

const cases = STEPS.flatMap((step) => BAD_INPUTS.filter((bad) => !(step.starIsKey && bad.digits === '*')).map((bad) => ({ ...step, ...bad })));

describe('bad Digits at every step', () => {
  let harness: IvrHarness;

  afterEach(async () => {
    await harness.close();
  });

  it.each(cases)('$input at the $step re-prompts twice, then ends politely', async ({ keys, question, digits, ending }) => {
    harness = await new IvrHarness({ maxReprompts: 2 }).start();
    await harness.seedReaders();
    harness.fakes.circulation.loans[1]!.blockedBy = 'reserved-by-another-reader';
    const call = harness.newCall();
    await call.dial();
    await call.pressAll(keys);
    const checksBefore = harness.fakes.pinChecker.requests.length;
    const renewalsBefore = harness.fakes.circulation.renewalsApplied;

    const first = await call.press(digits);
    const second = await call.press(digits);
    const last = await call.press(digits);

    for (const reprompt of [first, second]) {
      expect(reprompt.status).toBe(200);
      expect(reprompt.said).toMatch(/^(Sorry|對唔住)/);
      expect(reprompt.said).toContain(question);
    }
    expect(last.said).toContain(ending);
    expect(call.ended).toBe(true);
    expect(harness.fakes.pinChecker.requests.length).toBe(checksBefore);
    expect(harness.fakes.circulation.renewalsApplied).toBe(renewalsBefore);
  });

  it('says why a card number is not valid', async () => {
    harness = await new IvrHarness().start();
    const call = harness.newCall();
    await call.dial();
    await call.press('3');

    const answer = await call.press('27301000010019');

    expect(answer.said).toBe('Sorry, that is not a valid library card number. Please key in your library card number, then press the hash key.');
  });

  it('resets the re-prompt count after a valid entry', async () => {
    harness = await new IvrHarness({ maxReprompts: 1 }).start();
    await harness.seedReaders();
    const call = harness.newCall();
    await call.dial();

    await call.pressAll([undefined, '3', undefined, CARD, undefined, PIN, '5']);
    const stillThere = await call.press('9');

    expect(stillThere.said).toMatch(/^You have 2 items on loan\./);
  });
});
