import type { SnapshotFrom } from 'xstate';
import type { Language } from '../../src/domain/language.ts';
import type { cardAndPinMachine } from '../../src/sessions/card-and-pin.machine.ts';
import type { phoneCallMachine } from '../../src/sessions/phone-call.machine.ts';
import { canChangeCard } from '../../src/sessions/phone-call.setup.ts';
import type { CallEnding, CallNotice, PhoneCallContext } from '../../src/sessions/phone-call.types.ts';
import type { PhonePromptKey } from '../prompts/phone-prompts.ts';
import { accountScript, chargesScript, loanChoiceScript, loansScript } from './account-script.ts';
import { refusalsScript, renewAllScript, renewOneScript } from './renewal-script.ts';
import { phrase, utterance, type SpeechPart, type Utterance } from './speech.ts';
import { LANGUAGE_MENU_ORDER } from './voices.ts';

export type PhoneCallSnapshot = SnapshotFrom<typeof phoneCallMachine>;

/** What to say at a step and what the caller is asked for: one key, digits ended by `#`, or nothing. */
export interface CallPrompt {
  utterances: Utterance[];
  expect: 'key' | 'digits' | 'hangup';
}

const NOTICE_PROMPTS: Readonly<Record<CallNotice, PhonePromptKey>> = {
  'no-input': 'phone.notice.noInput',
  'no-entry': 'phone.notice.noEntry',
  'invalid-entry': 'phone.notice.invalidEntry',
  'wrong-key': 'phone.notice.wrongKey',
  'invalid-card': 'phone.notice.invalidCard',
  'card-lost': 'phone.notice.cardLost',
  'card-limit-reached': 'phone.notice.cardLimitReached',
  'no-more-loans': 'phone.notice.noMoreLoans',
  'default-pin': 'phone.notice.defaultPin',
  'service-fault': 'phone.notice.serviceFault',
};

const ENDING_PROMPTS: Readonly<Record<CallEnding, PhonePromptKey>> = {
  goodbye: 'phone.end.goodbye',
  'no-response': 'phone.end.noResponse',
  'no-card-number': 'phone.end.noCardNumber',
  'no-pin': 'phone.end.noPin',
  'pin-failed': 'phone.end.pinFailed',
  'source-blocked': 'phone.end.sourceBlocked',
  'default-pin-refused': 'phone.end.defaultPinRefused',
  'service-fault': 'phone.end.serviceFault',
};

const PIN_PROBLEM_PROMPTS = {
  rejected: 'phone.pinRejected',
  busy: 'phone.pinBusy',
  fault: 'phone.pinNotChecked',
  interrupted: 'phone.pinNotChecked',
} as const satisfies Record<string, PhonePromptKey>;

/** Builds what the caller hears in the call's current state. Busy states are answered with a hold, not here. */
export function scriptFor(snapshot: PhoneCallSnapshot): CallPrompt {
  const context = snapshot.context;
  const language = context.language;
  if (language === null) return languageMenuScript(context);

  const notice = context.notice === null ? [] : phrase(language, NOTICE_PROMPTS[context.notice]);
  const say = (...sentences: SpeechPart[][]): Utterance[] => [utterance(language, notice, ...sentences)];

  switch (snapshot.value) {
    case 'enteringCard':
      return { utterances: say(phrase(language, 'phone.askCard')), expect: 'digits' };
    case 'enteringPin':
      return { utterances: say(...pinPrompt(snapshot, language)), expect: 'digits' };
    case 'mainMenu':
      return { utterances: say(...accountScript(context, language)), expect: 'key' };
    case 'renewAllResult':
      return { utterances: say(...renewAllScript(context, language)), expect: 'key' };
    case 'refusalReasons':
      return { utterances: say(...refusalsScript(context, language)), expect: 'key' };
    case 'choosingLoan':
      return { utterances: say(...loanChoiceScript(context, language)), expect: 'key' };
    case 'renewOneResult':
      return { utterances: say(...renewOneScript(context, language)), expect: 'key' };
    case 'hearingLoans':
      return { utterances: say(...loansScript(context, language)), expect: 'key' };
    case 'hearingCharges':
      return { utterances: say(...chargesScript(context, language)), expect: 'key' };
    case 'ended':
      // No notice before a goodbye: a notice announces the next question, and there is none.
      return { utterances: [utterance(language, phrase(language, ENDING_PROMPTS[context.ending ?? 'goodbye']))], expect: 'hangup' };
    default:
      return holdScript(language);
  }
}

/** "Please hold", said while a PIN check or a renewal is still running. */
export function holdScript(language: Language | null): CallPrompt {
  const languages = language === null ? LANGUAGE_MENU_ORDER : [language];
  return { utterances: languages.map((each) => utterance(each, phrase(each, 'phone.pleaseHold'))), expect: 'hangup' };
}

/** The apology that ends a call whose work does not finish, in the caller's language or in every language. */
export function serviceFaultScript(language: Language | null): CallPrompt {
  const languages = language === null ? LANGUAGE_MENU_ORDER : [language];
  return { utterances: languages.map((each) => utterance(each, phrase(each, 'phone.end.serviceFault'))), expect: 'hangup' };
}

/** The last words when a call cannot go on (unknown or outdated call), in every language. */
export function callExpiredScript(): CallPrompt {
  return { utterances: LANGUAGE_MENU_ORDER.map((language) => utterance(language, phrase(language, 'phone.end.callExpired'))), expect: 'hangup' };
}

/** The greeting and the language choices; after a re-prompt's apology, only the choices. */
function languageMenuScript(context: PhoneCallContext): CallPrompt {
  const ending = context.ending;
  const utterances = LANGUAGE_MENU_ORDER.map((language) => {
    if (ending !== null) return utterance(language, phrase(language, ENDING_PROMPTS[ending]));
    if (context.notice !== null) return utterance(language, phrase(language, NOTICE_PROMPTS[context.notice]), phrase(language, 'phone.chooseLanguage'));
    return utterance(language, phrase(language, 'phone.welcome'), phrase(language, 'phone.chooseLanguage'));
  });
  return { utterances, expect: ending === null ? 'key' : 'hangup' };
}

/**
 * The PIN question, worded after the last check's problem. Once a PIN was rejected it also offers `*` to key
 * the card number again, because a mistyped card number is rejected like a wrong PIN. A rejection never
 * says which of the two was wrong, so an unknown card and a wrong PIN get the same words.
 */
function pinPrompt(snapshot: PhoneCallSnapshot, language: Language): SpeechPart[][] {
  const child = snapshot.children.cardAndPin?.getSnapshot() as SnapshotFrom<typeof cardAndPinMachine> | undefined;
  const problem = snapshot.context.notice === null ? child?.context.problem : null;
  const question = phrase(language, problem ? PIN_PROBLEM_PROMPTS[problem] : 'phone.askPin');
  const offerCardChange = child?.context.problem === 'rejected' && canChangeCard(snapshot.context);
  return offerCardChange ? [question, phrase(language, 'phone.changeCardOffer')] : [question];
}
