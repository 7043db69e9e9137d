import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IvrHarness, SECOND_CARD, SECOND_PIN, type SimulatedCall } from '../../support/ivr-harness.ts';

/** What a reader with nothing on loan hears after signing in, and after a key the shorter menu does not offer. */
const LANGUAGES = [
  {
    key: '1',
    noLoans: '你而家冇借任何資料。',
    menu: '查詢未繳費用，請按3。使用另一張圖書證，請按8。重聽主選單，請按9。結束通話，請按米字鍵。',
    wrongKey: '對唔住，冇呢個選擇。',
  },
  {
    key: '2',
    noLoans: '您目前没有借阅任何资料。',
    menu: '查询未缴费用，请按3。使用另一张图书证，请按8。重听主菜单，请按9。结束通话，请按星号键。',
    wrongKey: '对不起，没有这个选项。',
  },
  {
    key: '3',
    noLoans: 'You have no items on loan. ',
    menu: 'To hear your outstanding charges, press 3. To use another library card, press 8. To hear this menu again, press 9. To end the call, press the star key.',
    wrongKey: 'Sorry, that key is not one of the choices. ',
  },
] as const;

describe('reader with nothing on loan', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness({ maxReprompts: 3 }).start();
    await harness.seedReaders();
  });

  afterEach(async () => {
    await harness.close();
  });

  async function signIn(languageKey: string): Promise<SimulatedCall> {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll([languageKey, SECOND_CARD, SECOND_PIN]);
    return call;
  }

  it.each(LANGUAGES)('offers no renewals with nothing on loan (key $key)', async ({ key, noLoans, menu }) => {
    const call = await signIn(key);

    expect(call.last?.said).toBe(`${noLoans}${menu}`);
  });

  it.each(LANGUAGES)('treats 0, 1 and 2 as wrong keys and says "nothing on loan" once each time (key $key)', async ({ key, noLoans, menu, wrongKey }) => {
    const call = await signIn(key);

    const answers = [await call.press('2'), await call.press('0'), await call.press('1')];

    for (const answer of answers) {
      expect(answer.said).toBe(`${wrongKey}${noLoans}${menu}`);
      expect(answer.said.split(noLoans.trim()).length - 1).toBe(1);
    }
    expect(harness.fakes.circulation.renewalsApplied).toBe(0);
  });

  it('still reads the charges and repeats the menu', async () => {
    const call = await signIn('3');

    const charges = await call.press('3');
    const menu = await call.press('9');

    expect(charges.said).toBe('You have no outstanding charges. For the main menu, press 9. To end the call, press the star key.');
    expect(menu.said).toBe(`${LANGUAGES[2].noLoans}${LANGUAGES[2].menu}`);
  });

  it('refreshes a stale summary when no loans are left', async () => {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', SECOND_CARD, SECOND_PIN]);
    harness.fakes.circulation.nextResults.set('accountSummary', { readerId: 2, loansCount: 1, overdueCount: 0, chargesTotalCents: 0, currency: 'HKD', readyHoldsCount: 0 });
    const stale = await call.press('9');

    const refreshed = await call.press('2');

    expect(stale.said).toMatch(/^You have 1 item on loan, and none is overdue\. To renew all your items, press 0\./);
    expect(refreshed.said).toBe(`${LANGUAGES[2].noLoans}${LANGUAGES[2].menu}`);
  });
});
