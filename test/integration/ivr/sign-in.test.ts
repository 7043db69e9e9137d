import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../src/domain/card-number.ts';
import { CARD, IvrHarness, PIN, SECOND_CARD, SECOND_PIN, UNKNOWN_CARD, WRONG_PIN, type SimulatedCall } from '../../support/ivr-harness.ts';

const DEFAULT_PIN_CARD = `2730100001003${luhnCheckDigit('2730100001003')}`;
const CARD_CHANGE_OFFER = 'To key in your library card number again, press the star key, then the hash key.';
const ASK_CARD = 'Please key in your library card number, then press the hash key.';

describe('signing in on the phone, with the PIN service', () => {
  let harness: IvrHarness;

  beforeEach(async () => {
    harness = await new IvrHarness({ backend: 'real' }).start();
    await harness.seedReaders();
  });

  afterEach(async () => {
    await harness.close();
  });

  async function atCardQuestion(languageKey = '3'): Promise<SimulatedCall> {
    const call = harness.newCall();
    await call.dial();
    await call.press(languageKey);
    return call;
  }

  it('keys the card again with star after a rejection', async () => {
    const call = await atCardQuestion();

    const rejected = await call.pressAll([UNKNOWN_CARD, PIN]);
    const cardAgain = await call.press('*');
    const menu = await call.pressAll([CARD, PIN]);

    expect(rejected.said).toBe(`Sorry, the card number or PIN is not correct. Please key in your PIN again, then press the hash key. ${CARD_CHANGE_OFFER}`);
    expect(cardAgain.said).toBe(ASK_CARD);
    expect(menu.said).toMatch(/^You have 2 items on loan\./);
  });

  it('answers an unknown card exactly as a wrong PIN, star and all', async () => {
    const wrongPin = await atCardQuestion();
    const unknownCard = await atCardQuestion();

    const wrongPinAnswers = [await wrongPin.pressAll([CARD, WRONG_PIN]), await wrongPin.press(WRONG_PIN), await wrongPin.press('*')];
    const unknownAnswers = [await unknownCard.pressAll([UNKNOWN_CARD, PIN]), await unknownCard.press(PIN), await unknownCard.press('*')];

    expect(unknownAnswers.map((answer) => answer.twiml)).toEqual(wrongPinAnswers.map((answer) => answer.twiml));
  });

  it('takes star at the first PIN question as invalid', async () => {
    const call = await atCardQuestion();

    const question = await call.press(CARD);
    const star = await call.press('*');

    expect(question.said).not.toContain(CARD_CHANGE_OFFER);
    expect(star.said).toBe('Sorry, that entry is not valid. Please key in your PIN, then press the hash key. If you have never changed it, your PIN is the last four digits of the phone number you registered with the library.');
  });

  it.each(['*1', '1*', '**', '12*34'])('takes %s at the PIN question as invalid', async (digits) => {
    const call = await atCardQuestion();
    await call.pressAll([CARD, WRONG_PIN]);

    const answer = await call.press(digits);

    expect(answer.said).toMatch(/^Sorry, that entry is not valid\. Please key in your PIN, then press the hash key\./);
  });

  it('counts a card keyed again within the three cards of a call', async () => {
    const call = await atCardQuestion();

    await call.pressAll([UNKNOWN_CARD, PIN, '*', UNKNOWN_CARD, PIN, '*']);
    const thirdCard = await call.pressAll([UNKNOWN_CARD, PIN]);
    const star = await call.press('*');

    expect(thirdCard.said).toBe('Sorry, the card number or PIN is not correct. Please key in your PIN again, then press the hash key.');
    expect(star.said).toMatch(/^Sorry, that entry is not valid\. Please key in your PIN, then press the hash key\./);
    expect(harness.database.prepare("SELECT count(*) AS count FROM audit_events WHERE event = 'pin.verify'").get()).toEqual({ count: 3 });
  });

  it.each([
    ['3', 'You are still using the default PIN. To keep your account safe, please choose your own PIN at a library kiosk or in your online account. You have no items on loan.'],
    ['1', '你仲係用緊預設密碼。為保障帳戶安全，請喺圖書館嘅自助借書機或者網上帳戶設定你自己嘅密碼。你而家冇借任何資料。'],
    ['2', '您仍在使用默认密码。为保障账户安全，请在图书馆的自助借书机或网上账户设置您自己的密码。您目前没有借阅任何资料。'],
  ])('reminds a reader on the default PIN once, after signing in (key %s)', async (languageKey, reminder) => {
    await harness.services?.enrolReader({ card: DEFAULT_PIN_CARD, name: 'Lee Ka Yan', phone: '98765432' });
    const call = await atCardQuestion(languageKey);

    const menu = await call.pressAll([DEFAULT_PIN_CARD, '5432']);
    const wrongKey = await call.press('5');
    const again = await call.press('9');

    expect(menu.said.startsWith(reminder)).toBe(true);
    expect(wrongKey.said).not.toContain(reminder.slice(0, 10));
    expect(again.said).not.toContain(reminder.slice(0, 10));
  });

  it('does not remind a reader who chose their own PIN', async () => {
    const call = await atCardQuestion();

    const menu = await call.pressAll([SECOND_CARD, SECOND_PIN]);

    expect(menu.said).toMatch(/^You have no items on loan\./);
  });

  it('repeats only the language choices after a wrong key at the language menu', async () => {
    const call = harness.newCall();
    await call.dial();

    const again = await call.press('7');

    expect(again.said).toBe(['對唔住，冇呢個選擇。廣東話，請按1。', '对不起，没有这个选项。普通话，请按2。', 'Sorry, that key is not one of the choices. For English, press 3.'].join('\n'));
  });

  it.each([
    ['1', [], '我哋收唔到有效嘅圖書證號碼，所以會結束今次通話。'],
    ['2', [], '我们没有收到有效的图书证号码，本次通话将会结束。'],
    ['1', [CARD], '我哋收唔到你嘅密碼，所以會結束今次通話。'],
    ['2', [CARD], '我们没有收到您的密码，本次通话将会结束。'],
  ])('after silence at the card or PIN question, says what was not received (key %s, %j keyed)', async (languageKey, keys, goodbye) => {
    const call = await atCardQuestion(languageKey);
    await call.pressAll(keys);

    const first = await call.press(undefined);
    await call.press(undefined);
    const last = await call.press(undefined);

    expect(first.said).toMatch(/^(對唔住，我哋收唔到你輸入嘅數字。|对不起，我们没有收到您输入的数字。)/);
    expect(last.said.startsWith(goodbye)).toBe(true);
    expect(call.ended).toBe(true);
  });
});
