import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItemTitle, RefusalReason, RenewAllResult } from '../../../src/circulation/circulation.types.ts';
import { IvrHarness, SECOND_CARD, SECOND_PIN, type SimulatedCall } from '../../support/ivr-harness.ts';

const DUE = '2026-03-20T15:59:59.000Z';
const MENU_EN = 'For the main menu, press 9. To end the call, press the star key.';
const title = (en: string, zh: string): ItemTitle => ({ en, zh });
const CLASSICS = [
  title('Journey to the West', '西遊記'),
  title('Dream of the Red Chamber', '紅樓夢'),
  title('Romance of the Three Kingdoms', '三國演義'),
  title('Water Margin', '水滸傳'),
  title('The Analects', '論語'),
  title('Pride and Prejudice', '傲慢與偏見'),
  title('The Little Prince', '小王子'),
  title('Birds of Hong Kong', '香港鳥類'),
  title('Learning Python', '學習Python'),
];

/** Renew-all and renew-one results, played on the second reader, who starts with nothing on loan. */
describe('renewal results', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness().start();
    await harness.seedReaders();
  });

  afterEach(async () => {
    await harness.close();
  });

  function lend(titles: readonly ItemTitle[], blockedBy: RefusalReason | null = null): void {
    for (const each of titles) harness.fakes.circulation.addLoan(2, each, DUE, blockedBy);
  }

  async function signIn(languageKey: string): Promise<SimulatedCall> {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll([languageKey, SECOND_CARD, SECOND_PIN]);
    return call;
  }

  it('names the only item when it was renewed', async () => {
    lend(CLASSICS.slice(6, 7));
    const call = await signIn('3');

    const result = await call.press('0');

    expect(result.said).toBe(`The Little Prince has been renewed. Your reference number is 4 0 0 0 0 0 0 1. The new due date is Monday, 16 March 2026. ${MENU_EN}`);
  });

  it('groups the new due dates when items were renewed to different dates', async () => {
    lend(CLASSICS.slice(0, 3));
    const renewed = (index: number, newDueAt: string) => ({ loanId: index + 1, itemBarcode: `3100${index}`, title: CLASSICS[index]!, newDueAt });
    const result: RenewAllResult = {
      reference: '5731653928',
      renewed: [renewed(0, '2026-03-16T02:00:00.000Z'), renewed(1, '2026-03-23T02:00:00.000Z'), renewed(2, '2026-03-16T02:00:00.000Z')],
      refused: [],
    };
    harness.fakes.circulation.nextResults.set('renewAll', result);
    const call = await signIn('3');

    const answer = await call.press('0');

    expect(answer.said).toBe(
      'All 3 items have been renewed. Your reference number is 5 7 3 1 6 5 3 9 2 8. Journey to the West and Romance of the Three Kingdoms are now due on Monday, 16 March 2026. Dream of the Red Chamber is now due on Monday, 23 March 2026. ' +
        MENU_EN,
    );
  });

  it('reads a partial renewal: count, reference, renewed, reasons key', async () => {
    lend(CLASSICS.slice(0, 2));
    lend(CLASSICS.slice(2, 4), 'reserved-by-another-reader');
    const call = await signIn('3');

    const result = await call.press('0');

    expect(result.said).toBe(
      '2 of your 4 items could not be renewed. Your reference number is 4 0 0 0 0 0 0 1. These 2 items have been renewed and are now due on Monday, 16 March 2026: Journey to the West and Dream of the Red Chamber. To hear which items could not be renewed and why, press 1. ' +
        MENU_EN,
    );
  });

  it.each([
    ['3', (reference: string) => `None of your 2 items could be renewed. Your reference number is ${reference}. To hear why, press 1. ${MENU_EN}`],
    ['1', (reference: string) => `你借咗嘅2項資料全部都未能續借。交易參考編號係${reference}。想知道原因，請按1。返回主選單，請按9。結束通話，請按米字鍵。`],
    ['2', (reference: string) => `您借阅的2项资料都未能续借。交易参考编号是${reference}。想了解原因，请按1。返回主菜单，请按9。结束通话，请按星号键。`],
  ])('says that none could be renewed, then the reference (key %s)', async (languageKey, said) => {
    lend(CLASSICS.slice(0, 2), 'renewal-limit-reached');
    const call = await signIn(languageKey);

    const result = await call.press('0');
    const reference = /<say-as interpret-as="digits">(\d+)<\/say-as>/.exec(result.twiml)?.[1] ?? 'missing';

    expect(result.said).toBe(said(reference.split('').join(' ')));
  });

  it('names the only item when it could not be renewed', async () => {
    lend(CLASSICS.slice(0, 1), 'charges-over-limit');
    const call = await signIn('3');

    const result = await call.press('0');
    const reasons = await call.press('1');

    expect(result.said).toBe(`Journey to the West could not be renewed. Your reference number is 4 0 0 0 0 0 0 1. To hear why, press 1. ${MENU_EN}`);
    expect(reasons.said).toBe(`Journey to the West could not be renewed because your outstanding charges are over the limit. ${MENU_EN}`);
  });

  it.each([
    [
      '3',
      'These 8 items could not be renewed because other readers have reserved them: Journey to the West, Dream of the Red Chamber, Romance of the Three Kingdoms, Water Margin, The Analects, Pride and Prejudice, The Little Prince and Birds of Hong Kong. ' +
        `Learning Python could not be renewed because it has been renewed the maximum number of times. ${MENU_EN}`,
    ],
    [
      '1',
      '以下8項資料未能續借，因為已經有其他讀者預約咗：《西遊記》、《紅樓夢》、《三國演義》、《水滸傳》、《論語》、《傲慢與偏見》、《小王子》同《香港鳥類》。' +
        '《學習Python》未能續借，因為已經續借到上限。返回主選單，請按9。結束通話，請按米字鍵。',
    ],
    [
      '2',
      '以下8项资料未能续借，因为已有其他读者预约：《西遊記》、《紅樓夢》、《三國演義》、《水滸傳》、《論語》、《傲慢與偏見》、《小王子》和《香港鳥類》。' +
        '《學習Python》未能续借，因为已达到续借次数上限。返回主菜单，请按9。结束通话，请按星号键。',
    ],
  ])('groups the items that share a reason (key %s)', async (languageKey, said) => {
    lend(CLASSICS.slice(0, 8), 'reserved-by-another-reader');
    lend(CLASSICS.slice(8), 'renewal-limit-reached');
    const call = await signIn(languageKey);

    await call.press('0');
    const reasons = await call.press('1');

    expect(reasons.said).toBe(said);
  });

  it.each([
    ['1', '你借咗嘅資料係《西遊記》，到期日係2026年3月20日星期五。續借呢項資料，請按1。返回主選單，請按9。結束通話，請按米字鍵。', '《西遊記》未能續借，因為已經有其他讀者預約咗。續借另一項資料，請按1。返回主選單，請按9。結束通話，請按米字鍵。'],
    ['2', '您借阅的资料是《西遊記》，到期日是2026年3月20日星期五。续借这项资料，请按1。返回主菜单，请按9。结束通话，请按星号键。', '《西遊記》未能续借，因为已有其他读者预约。续借另一项资料，请按1。返回主菜单，请按9。结束通话，请按星号键。'],
    ['3', `Your item on loan is Journey to the West, due on Friday, 20 March 2026. To renew this item, press 1. ${MENU_EN}`, `Journey to the West could not be renewed because another reader has reserved it. To renew another item, press 1. ${MENU_EN}`],
  ])('offers the only loan and tells why it could not be renewed, without a reference (key %s)', async (languageKey, choice, refused) => {
    lend(CLASSICS.slice(0, 1), 'reserved-by-another-reader');
    const call = await signIn(languageKey);

    const offered = await call.press('1');
    const result = await call.press('1');

    expect(offered.said).toBe(choice);
    expect(result.said).toBe(refused);
    expect(result.twiml).not.toContain('say-as');
  });
});
