import { describe, expect, it } from 'vitest';
import { parseXml, readTwiml } from '../../../ivr/local-phone/twiml-reader.ts';
import type { CallPrompt } from '../../../ivr/twiml/call-script.ts';
import { renderHold, renderPrompt } from '../../../ivr/twiml/call-twiml.ts';
import { phrase, utterance } from '../../../ivr/twiml/speech.ts';

describe('TwiML reader', () => {
  it('reads back what the renderer writes, entities and digits included', () => {
    const twiml = renderPrompt(
      { utterances: [utterance('en', phrase('en', 'phone.renewed', { title: "Tom's <Big> & Small", reference: { digits: '42' }, date: 'today' }))], expect: 'key' },
      "https://x.test/ivr/step?step=3&note='a'",
    );

    const [gather] = readTwiml(twiml);

    expect(gather).toEqual({
      verb: 'Gather',
      action: "https://x.test/ivr/step?step=3&note='a'",
      numDigits: 1,
      finishOnKey: '#',
      timeoutSeconds: 6,
      actionOnEmptyResult: true,
      says: [{ verb: 'Say', voice: 'Polly.Amy-Neural', language: 'en-GB', text: "Tom's <Big> & Small has been renewed. Your reference number is 4 2. The new due date is today." }],
    });
  });

  it.each([
    ['https://x.test/ivr/step?step=4', 'https://x.test/ivr/step?step=4'],
    ['https://x.test/a&b/ivr/step?step=5', 'https://x.test/a&b/ivr/step?step=5'],
    ['https://x.test/"quoted"<tag>\t/ivr/step?step=6', 'https://x.test/"quoted"<tag>\t/ivr/step?step=6'],
  ])('gives a remembered prompt its own action %s', (actionUrl, expected) => {
    const prompt: CallPrompt = { utterances: [utterance('en', phrase('en', 'phone.pleaseHold'))], expect: 'key' };
    renderPrompt(prompt, 'https://x.test/ivr/step?step=1');

    const [gather] = readTwiml(renderPrompt(prompt, actionUrl));

    expect(gather).toMatchObject({ verb: 'Gather', action: expected, says: [{ text: 'Please hold.' }] });
  });

  it('reads a hold as Say then Redirect', () => {
    const twiml = renderHold({ utterances: [utterance('en', phrase('en', 'phone.pleaseHold'))], expect: 'hangup' }, 'https://x.test/ivr/hold?step=4');

    expect(readTwiml(twiml)).toEqual([
      { verb: 'Say', voice: 'Polly.Amy-Neural', language: 'en-GB', text: 'Please hold.' },
      { verb: 'Redirect', url: 'https://x.test/ivr/hold?step=4' },
    ]);
  });

  it.each([
    ['<Response><Say>open', 'still open'],
    ['<Response></Say></Response>', 'Unexpected </Say>'],
    ['<Hangup/>', '<Response> root'],
    ['<Response><Play>x.mp3</Play></Response>', 'not used by the telephone line'],
  ])('rejects %s', (xml, message) => {
    expect(() => readTwiml(xml)).toThrow(message);
  });

  it('decodes numeric entities', () => {
    expect(parseXml('<a b="&#x41;&#66;">&lt;&#12354;&gt;</a>')).toEqual({ name: 'a', attributes: { b: 'AB' }, children: ['<あ>'] });
  });
});
