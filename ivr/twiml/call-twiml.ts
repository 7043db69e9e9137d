import twilio from 'twilio';
import type { CallPrompt } from './call-script.ts';
import type { Utterance } from './speech.ts';
import { PHONE_VOICES } from './voices.ts';

const { VoiceResponse } = twilio.twiml;

type SayContainer = Pick<InstanceType<typeof VoiceResponse>, 'say'>;

/** Seconds of silence before a menu gather gives up and posts an empty result. */
export const KEY_TIMEOUT_SECONDS = 6;
/** Seconds of silence, before or between digits, before a card or PIN gather posts what it has. */
export const DIGITS_TIMEOUT_SECONDS = 10;

/**
 * Renders a prompt as TwiML. A question becomes a `<Gather input="dtmf">` whose prompts stop at the first
 * key; `actionOnEmptyResult` makes Twilio post to `actionUrl` on silence too, so every timeout reaches
 * the call machine as `NO_INPUT`. Nothing follows the gather, so the call never falls through to a hang-up.
 */
export function renderPrompt(prompt: CallPrompt, actionUrl: string): string {
  if (prompt.expect === 'hangup') return buildPrompt(prompt, actionUrl);
  // Prompts repeat across calls and steps while the action URL changes, so the TwiML is built once per prompt
  // around a placeholder, which each step replaces with its own URL.
  const key = JSON.stringify(prompt);
  let template = renderedPrompts.get(key);
  if (template === undefined) {
    template = buildPrompt(prompt, ACTION_PLACEHOLDER);
    if (renderedPrompts.size >= MAX_REMEMBERED_PROMPTS) renderedPrompts.clear();
    renderedPrompts.set(key, template);
  }
  return template.replace(ACTION_PLACEHOLDER, escapeAttribute(actionUrl));
}

const ACTION_PLACEHOLDER = 'urn:action-url-placeholder';
// Prompts differ by menu, notice, language and the titles, dates and amounts read out; the bound keeps memory flat.
const MAX_REMEMBERED_PROMPTS = 5_000;
const renderedPrompts = new Map<string, string>();

/** Escapes an attribute value as the twilio package's XML builder does: `&`, `<`, `"` and line breaks and tabs. */
function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

function buildPrompt(prompt: CallPrompt, actionUrl: string): string {
  const response = new VoiceResponse();
  if (prompt.expect === 'hangup') {
    sayAll(response, prompt.utterances);
    response.hangup();
    return response.toString();
  }

  const gather = response.gather({
    input: ['dtmf'],
    action: actionUrl,
    method: 'POST',
    actionOnEmptyResult: true,
    ...(prompt.expect === 'key' ? { numDigits: 1, timeout: KEY_TIMEOUT_SECONDS } : { finishOnKey: '#', timeout: DIGITS_TIMEOUT_SECONDS }),
  });
  sayAll(gather, prompt.utterances);
  return response.toString();
}

/** Says "please hold" and sends Twilio straight back for the result of the check still running. */
export function renderHold(prompt: CallPrompt, holdUrl: string): string {
  const response = new VoiceResponse();
  sayAll(response, prompt.utterances);
  response.redirect({ method: 'POST' }, holdUrl);
  return response.toString();
}

/** Ends the call without a word: the answer to steps of a call that is over. */
export function renderHangup(): string {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
}

function sayAll(container: SayContainer, utterances: readonly Utterance[]): void {
  for (const { language, parts } of utterances) {
    const voice = PHONE_VOICES[language];
    const say = container.say({ voice: voice.voice as never, language: voice.language as never }, '');
    for (const part of parts) {
      if (part.kind === 'text') say.addText(part.text);
      else say.sayAs({ 'interpret-as': 'digits' }, part.digits);
    }
  }
}
