import { availableParallelism } from 'node:os';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().nonnegative();

/** Accepts a real boolean or the strings an environment variable carries. */
const flag = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((text) => ['true', '1', 'yes'].includes(text)),
]);

const languageSchema = z.enum(['en', 'zh-Hant', 'zh-Hans']);

/** argon2id cost parameters; the defaults are OWASP's minimum for argon2id. */
const argon2Schema = z.object({
  memoryKiB: z.coerce.number().int().min(1024).default(19_456),
  passes: z.coerce.number().int().min(1).default(2),
  lanes: z.coerce.number().int().min(1).default(1),
  saltBytes: z.coerce.number().int().min(16).default(16),
  hashBytes: z.coerce.number().int().min(16).default(32),
  /** Hashes allowed to run at once; more would starve libuv's pool of file and socket work. */
  maxConcurrent: positiveInt.default(availableParallelism()),
  /** Hashes allowed to wait; past this a caller gets a "busy" result at once. */
  maxQueued: nonNegativeInt.default(64),
});

const throttleSchema = z.object({
  cardFailuresBeforeLock: positiveInt.default(5),
  cardFirstLockMinutes: positiveInt.default(15),
  cardMaxLockMinutes: positiveInt.default(24 * 60),
  cardFailuresBeforeStaffLock: positiveInt.default(15),
  sessionPinTriesPerCard: positiveInt.default(3),
  sessionCardsPerSession: positiveInt.default(3),
  sourceFailureLimit: positiveInt.default(20),
  sourceWindowMinutes: positiveInt.default(10),
  sourceBlockMinutes: positiveInt.default(15),
  /** Failures across the whole service within the window that raise the spraying alarm. */
  serviceFailureAlarm: positiveInt.default(200),
  serviceWindowMinutes: positiveInt.default(10),
});

const pinPolicySchema = z.object({
  minLength: z.coerce.number().int().min(4).default(4),
  maxLength: z.coerce.number().int().max(32).default(12),
  /** Refuse the default PIN (last 4 phone digits) on the phone line and at stations. */
  hardenedProfile: flag.default(false),
});

const loanRulesSchema = z.object({
  loanDays: positiveInt.default(14),
  maxItemsOnLoan: positiveInt.default(10),
  maxConsecutiveRenewals: nonNegativeInt.default(5),
  renewalDays: positiveInt.default(14),
  allowOverdueRenewal: flag.default(true),
  /** Outstanding charges, in cents, above which borrowing and renewing are blocked. */
  chargesBlockAboveCents: nonNegativeInt.default(13_000),
  currency: z.string().length(3).default('HKD'),
  /** Days a reader has to collect an item once their hold is ready; the deadline is the end of that Hong Kong day. */
  holdPickupDays: positiveInt.default(7),
});

const cardNumberSchema = z.object({
  /** `library14`: 14 digits starting with 2 and ending in a Luhn check digit; `digits`: any digit string of the lengths below. */
  format: z.enum(['library14', 'digits']).default('library14'),
  minLength: positiveInt.default(6),
  maxLength: positiveInt.default(19),
});

export const configSchema = z
  .object({
    dataDir: z.string().min(1).default('data'),
    host: z.string().min(1).default('127.0.0.1'),
    port: z.coerce.number().int().min(0).max(65_535).default(3000),
    publicBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
    twilioAuthToken: z.string().min(16).optional(),
    staffApiToken: z.string().min(16).optional(),
    portalApiToken: z.string().min(16).optional(),
    pepperFile: z.string().min(1).optional(),
    demo: flag.default(false),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Language readers see before they choose one. */
    defaultLanguage: languageSchema.default('zh-Hant'),
    /** Language of the `pin-service` command's reports for staff and IT. */
    operatorLanguage: languageSchema.default('en'),
    argon2: argon2Schema.prefault({}),
    throttle: throttleSchema.prefault({}),
    pinPolicy: pinPolicySchema.prefault({}),
    loanRules: loanRulesSchema.prefault({}),
    cardNumber: cardNumberSchema.prefault({}),
  })
  .superRefine((config, context) => {
    if (config.pinPolicy.minLength > config.pinPolicy.maxLength) {
      context.addIssue({ code: 'custom', path: ['pinPolicy', 'minLength'], message: 'must not exceed pinPolicy.maxLength' });
    }
    if (config.throttle.cardFailuresBeforeStaffLock <= config.throttle.cardFailuresBeforeLock) {
      context.addIssue({
        code: 'custom',
        path: ['throttle', 'cardFailuresBeforeStaffLock'],
        message: 'must be greater than throttle.cardFailuresBeforeLock',
      });
    }
  });

export type ConfigInput = z.input<typeof configSchema>;
export type Config = Readonly<z.output<typeof configSchema>> & { readonly publicBaseUrl: string; readonly pepperFile: string };
