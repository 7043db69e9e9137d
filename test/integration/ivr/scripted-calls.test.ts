import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD, IvrHarness, PIN } from '../../support/ivr-harness.ts';

describe('scripted calls against the PIN and circulation services', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness({ backend: 'real' }).start();
    await harness.seedReaders();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('greets in Cantonese, Putonghua and English, each in its own voice', async () => {
    const answer = await harness.newCall().dial();

    const gather = answer.verbs[0];
    expect(gather?.verb).toBe('Gather');
    if (gather?.verb !== 'Gather') return;
    expect(gather.numDigits).toBe(1);
    expect(gather.actionOnEmptyResult).toBe(true);
    expect(gather.says.map((say) => [say.voice, say.language])).toEqual([
      ['Polly.Hiujin-Neural', 'zh-HK'],
      ['Polly.Zhiyu-Neural', 'cmn-CN'],
      ['Polly.Amy-Neural', 'en-GB'],
    ]);
    expect(gather.says.map((say) => say.text)).toEqual([
      '歡迎致電圖書館電話續借服務。廣東話，請按1。',
      '欢迎致电图书馆电话续借服务。普通话，请按2。',
      'Welcome to the library telephone renewal line. For English, press 3.',
    ]);
  });

  it('renews everything in English and reads the reference digit by digit', async () => {
    const call = harness.newCall();
    await call.dial();

    await call.pressAll(['3', `${CARD}`, PIN]);
    expect(call.last?.said).toBe(
      'You have 2 items on loan. 1 of them is overdue. To renew all your items, press 0. To renew one item, press 1. To hear all your loans, press 2. To hear your outstanding charges, press 3. To use another library card, press 8. To hear this menu again, press 9. To end the call, press the star key.',
    );
    const renewed = await call.press('0');
    const goodbye = await call.press('*');

    const reference = /<say-as interpret-as="digits">(\d{10})<\/say-as>/.exec(renewed.twiml)?.[1] ?? '';
    expect(reference).toMatch(/^[1-9]\d{9}$/);
    expect(renewed.said).toBe(
      `All 2 items have been renewed. Your reference number is ${reference.split('').join(' ')}. The new due date is Monday, 16 March 2026. For the main menu, press 9. To end the call, press the star key.`,
    );
    expect(goodbye.said).toBe('Thank you for calling. Goodbye.');
    expect(call.ended).toBe(true);
  });

  it('serves a whole call in Cantonese with Chinese titles, dates and amounts', async () => {
    const call = harness.newCall();
    await call.dial();

    const menu = await call.pressAll(['1', CARD, PIN]);
    const loans = await call.press('2');
    await call.press('9');
    const charges = await call.press('3');

    expect(menu.said).toContain('你而家借咗2項資料，其中1項已經過期。續借全部資料，請按0。');
    expect(menu.verbs[0]?.verb === 'Gather' && menu.verbs[0].says[0]?.voice).toBe('Polly.Hiujin-Neural');
    expect(loans.said).toBe(
      '你而家借咗2項資料。第1項：《時間簡史》，到期日係2026年2月20日星期五，已經過期。第2項：《好餓的毛毛蟲》，到期日係2026年3月9日星期一。返回主選單，請按9。結束通話，請按米字鍵。',
    );
    // The only charge's reason is in English, which the Cantonese voice does not read, and its amount is the total.
    expect(charges.said).toBe('你嘅未繳費用總共係港幣12元50仙。返回主選單，請按9。結束通話，請按米字鍵。');
  });

  it('renews one item in Putonghua and offers to renew another', async () => {
    const call = harness.newCall();
    await call.dial();

    await call.pressAll(['2', CARD, PIN]);
    const first = await call.press('1');
    const renewed = await call.press('1');
    const second = await call.press('1');

    const reference = /<say-as interpret-as="digits">(\d{10})<\/say-as>/.exec(renewed.twiml)?.[1] ?? '';
    expect(first.said).toBe('第1项是《时间简史》，到期日是2026年2月20日星期五。这项资料已经逾期。续借这项资料，请按1。听下一项，请按2。返回主菜单，请按9。结束通话，请按星号键。');
    expect(renewed.said).toBe(
      `《时间简史》已经续借。交易参考编号是${reference.split('').join(' ')}。新的到期日是2026年3月16日星期一。续借另一项资料，请按1。返回主菜单，请按9。结束通话，请按星号键。`,
    );
    expect(renewed.verbs[0]?.verb === 'Gather' && renewed.verbs[0].says[0]?.language).toBe('cmn-CN');
    expect(second.said).toBe('最后一项是《好饿的毛毛虫》，到期日是2026年3月9日星期一。续借这项资料，请按1。返回主菜单，请按9。结束通话，请按星号键。');
  });

  it('asks for the card number and PIN with # as the finishing key', async () => {
    const call = harness.newCall();
    await call.dial();

    const card = await call.press('3');
    const pin = await call.press(CARD);

    for (const answer of [card, pin]) {
      const gather = answer.verbs[0];
      expect(gather?.verb === 'Gather' && [gather.finishOnKey, gather.numDigits, gather.actionOnEmptyResult, gather.timeoutSeconds]).toEqual(['#', null, true, 10]);
    }
  });
});
