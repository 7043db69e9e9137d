import type { Translations } from '../../src/i18n/catalogue.ts';
import { accountPrompts } from './account.prompts.ts';
import { endingPrompts } from './endings.prompts.ts';
import { noticePrompts } from './notices.prompts.ts';
import { refusalReasonPrompts } from './refusal-reasons.prompts.ts';
import { renewalPrompts } from './renewal.prompts.ts';
import { signInPrompts } from './sign-in.prompts.ts';
import { valuePrompts } from './values.prompts.ts';

/** Every prompt of the telephone line, by key. */
export const PHONE_PROMPTS = {
  ...signInPrompts,
  ...noticePrompts,
  ...valuePrompts,
  ...accountPrompts,
  ...renewalPrompts,
  ...refusalReasonPrompts,
  ...endingPrompts,
} as const satisfies Record<string, Translations>;

export type PhonePromptKey = keyof typeof PHONE_PROMPTS;
