import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IvrHarness, SECOND_CARD, SECOND_PIN } from '../../support/ivr-harness.ts';

/** Charges are read on the second reader, who starts with none. */
describe('outstanding charges', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness().start();
    await harness.seedReaders();
  });

  afterEach(async () => {
    await harness.close();
  });

  async function hearCharges(languageKey: string): Promise<string> {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll([languageKey, SECOND_CARD, SECOND_PIN]);
    return (await call.press('3')).said;
  }

  it.each([
    ['1', '你嘅未繳費用總共係港幣4元50仙。返回主選單，請按9。結束通話，請按米字鍵。'],
    ['2', '您的未缴费用共计4.50港元。返回主菜单，请按9。结束通话，请按星号键。'],
    ['3', 'Your outstanding charges come to 4 Hong Kong dollars and 50 cents. Overdue: Dream of the Red Chamber, 4 Hong Kong dollars and 50 cents. For the main menu, press 9. To end the call, press the star key.'],
  ])('reads an English reason only in English, and a single charge as its total (key %s)', async (languageKey, said) => {
    harness.fakes.circulation.addCharge(2, 450, 'Overdue: Dream of the Red Chamber');

    expect(await hearCharges(languageKey)).toBe(said);
  });

  it.each([
    ['1', '你嘅未繳費用總共係港幣154元50仙。第1項費用係港幣4元50仙。第2項係遺失資料：《香港鳥類》，港幣150元。返回主選單，請按9。結束通話，請按米字鍵。'],
    ['2', '您的未缴费用共计154.50港元。第1项费用是4.50港元。第2项是遗失资料：《香港鸟类》，150港元。返回主菜单，请按9。结束通话，请按星号键。'],
    [
      '3',
      'Your outstanding charges come to 154 Hong Kong dollars and 50 cents. Overdue: Dream of the Red Chamber, 4 Hong Kong dollars and 50 cents. Charge 2: 150 Hong Kong dollars. For the main menu, press 9. To end the call, press the star key.',
    ],
  ])('numbers each charge and reads the reasons the voice can read (key %s)', async (languageKey, said) => {
    harness.fakes.circulation.addCharge(2, 450, 'Overdue: Dream of the Red Chamber.');
    harness.fakes.circulation.addCharge(2, 15000, languageKey === '2' ? '遗失资料：《香港鸟类》' : '遺失資料：《香港鳥類》。');

    const charges = await hearCharges(languageKey);

    expect(charges).toBe(said);
    expect(charges).not.toMatch(/[:：]{2}|[:：][，。]|。，/);
  });

  it.each([
    ['1', '你嘅未繳費用總共係港幣154元50仙。第1項係逾期：《紅樓夢》，港幣4元50仙。第2項係遺失資料：《香港鳥類》，港幣150元。返回主選單，請按9。結束通話，請按米字鍵。'],
    ['2', '您的未缴费用共计154.50港元。第1项是逾期：《红楼梦》，4.50港元。第2项是遗失资料：《香港鸟类》，150港元。返回主菜单，请按9。结束通话，请按星号键。'],
    [
      '3',
      'Your outstanding charges come to 154 Hong Kong dollars and 50 cents. Overdue: Dream of the Red Chamber, 4 Hong Kong dollars and 50 cents. Lost item: Birds of Hong Kong, 150 Hong Kong dollars. For the main menu, press 9. To end the call, press the star key.',
    ],
  ])('reads the Chinese reason given beside the English one (key %s)', async (languageKey, said) => {
    harness.fakes.circulation.addCharge(2, 450, 'Overdue: Dream of the Red Chamber', '逾期：《紅樓夢》');
    harness.fakes.circulation.addCharge(2, 15000, 'Lost item: Birds of Hong Kong', '遺失資料：《香港鳥類》');

    expect(await hearCharges(languageKey)).toBe(said);
  });
});
