import { checkCardNumber, type CardNumberRules } from '../domain/card-number.ts';
import type { TerminalSessionContext, TerminalSessionInput } from './terminal-session.types.ts';

// Pure context updates that kiosk and station sessions share; each machine adds the fields of its own screens.

/** Builds a session machine's input from the terminal's source and the service's settings for all terminals. */
export function terminalSessionInput(source: string, settings: Omit<TerminalSessionInput, 'source' | 'devices'>): TerminalSessionInput {
  return {
    source,
    defaultLanguage: settings.defaultLanguage,
    maxPinTries: settings.maxPinTries,
    cardRules: settings.cardRules,
    timings: settings.timings,
    pinLength: settings.pinLength,
  };
}

/** Builds the shared part of a terminal's first context: its settings, and nobody signed in. */
export function initialTerminalContext(input: TerminalSessionInput): TerminalSessionContext {
  return {
    source: input.source,
    defaultLanguage: input.defaultLanguage,
    language: input.defaultLanguage,
    languageChosen: false,
    maxPinTries: input.maxPinTries,
    cardRules: input.cardRules,
    timings: input.timings,
    pinLength: input.pinLength,
    devices: input.devices ?? { cardReader: 'ready', printer: 'absent' },
    card: null,
    reader: null,
    printProblem: null,
    timeLimitNear: false,
    endReason: null,
  };
}

/** Clears the shared fields a reader's session leaves behind, back to the terminal's default language. */
export function clearedTerminalSession(context: TerminalSessionContext): Partial<TerminalSessionContext> {
  return {
    language: context.defaultLanguage,
    languageChosen: false,
    card: null,
    reader: null,
    printProblem: null,
    timeLimitNear: false,
    endReason: null,
  };
}

/** Returns the card number in `code`, normalised, or null when `code` is no valid library card. */
export function checkedCard(code: string, cardRules: CardNumberRules): string | null {
  const check = checkCardNumber(code, cardRules);
  return check.valid ? check.card : null;
}

/** Returns the notice that explains why a code read on the card screen cannot sign anyone in. */
export function rejectedCodeNotice(code: string, cardRules: CardNumberRules): { kind: 'not-a-card' } | { kind: 'card-invalid' } {
  const check = checkCardNumber(code, cardRules);
  return !check.valid && check.reason === 'not-a-reader-card' ? { kind: 'not-a-card' } : { kind: 'card-invalid' };
}
