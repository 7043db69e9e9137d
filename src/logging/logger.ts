import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths pino replaces before a line is written. Secrets (PINs, DTMF digits, keys, tokens) are removed;
 * card numbers should already be masked with `maskCardNumber`, and are censored here in case one slips in.
 */
export const REDACTED_PATHS = [
  'pin',
  'newPin',
  'currentPin',
  'Digits',
  'digits',
  'pepper',
  'secret',
  'terminalKey',
  'key',
  'token',
  'card',
  'cardNumber',
  '*.pin',
  '*.newPin',
  '*.currentPin',
  '*.Digits',
  '*.digits',
  '*.pepper',
  '*.secret',
  '*.terminalKey',
  '*.token',
  '*.card',
  '*.cardNumber',
  'req.headers.authorization',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-terminal-key"]',
  'req.headers["x-staff-token"]',
  'req.headers["x-portal-token"]',
  'req.headers.cookie',
  'req.body',
];

export interface LoggerOptions {
  level: string;
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'pin-service' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
