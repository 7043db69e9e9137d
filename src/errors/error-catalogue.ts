/**
 * Every error the service reports, with a stable code, an HTTP status, an operator-facing description and
 * the key of the reader-facing text in `src/i18n/messages/errors.ts`. `docs/errors.md` documents each code;
 * a test fails when one is missing there.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, messageKey: 'error.validationFailed', description: 'The request is invalid' },
  CARD_NUMBER_INVALID: { status: 400, messageKey: 'error.cardNumberInvalid', description: 'The card number is not a valid library card number' },
  HKID_INVALID: { status: 400, messageKey: 'error.hkidInvalid', description: 'The identity card number is invalid' },
  PIN_FORMAT_INVALID: { status: 400, messageKey: 'error.pinFormatInvalid', description: 'The PIN must be 4 to 12 digits' },
  UNAUTHORIZED: { status: 401, messageKey: 'error.unauthorized', description: 'A valid service credential is required' },
  FORBIDDEN: { status: 403, messageKey: 'error.forbidden', description: 'The request signature or credential was rejected' },
  NOT_FOUND: { status: 404, messageKey: 'error.notFound', description: 'No such resource' },
  READER_NOT_FOUND: { status: 404, messageKey: 'error.readerNotFound', description: 'No reader has this card number' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    messageKey: 'error.idempotencyKeyReused',
    description: 'The idempotency key was already used for a different request',
  },
  PIN_NOT_ALLOWED: { status: 422, messageKey: 'error.pinNotAllowed', description: 'The new PIN is too easy to guess' },
  TERMINAL_ENROLMENT_CODE_INVALID: {
    status: 401,
    messageKey: 'error.terminalEnrolmentCodeInvalid',
    description: 'The terminal enrolment code is unknown, already used or expired',
  },
  TERMINAL_REVOKED: { status: 403, messageKey: 'error.terminalRevoked', description: 'The terminal key was revoked by staff' },
  SOURCE_BLOCKED: { status: 429, messageKey: 'error.sourceBlocked', description: 'Too many failed attempts from this source' },
  SERVICE_BUSY: { status: 503, messageKey: 'error.serviceBusy', description: 'PIN checks are at capacity; try again shortly' },
  STORAGE_FAULT: { status: 503, messageKey: 'error.storageFault', description: 'The database could not complete the operation' },
  INTERNAL: { status: 500, messageKey: 'error.internal', description: 'An unexpected error occurred' },
} as const satisfies Record<string, { status: number; messageKey: string; description: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
