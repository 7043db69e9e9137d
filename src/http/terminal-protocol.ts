import { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/language.ts';
import type { TerminalMode, TerminalView } from '../sessions/kiosk-view.types.ts';

/**
 * Messages between the terminal UI, the terminal agent and the central service, all JSON over WebSockets.
 * The UI reports taps and PIN entries to the agent; the agent adds card reads and device states and relays
 * everything to the service; the service replies with views to draw and receipts to print.
 */
export const TERMINAL_PROTOCOL_VERSION = 1;

export const TAP_CONTROLS = [
  'start',
  'cancel',
  'change-pin',
  'skip-pin-change',
  'continue',
  'borrow',
  'finish',
  'print-receipt',
  'no-receipt',
  'extend',
  // Station controls: returns without signing in, and the choices after the PIN.
  'return-items',
  'pick-up',
  'loans',
  'charges',
  'back',
] as const;
export type TapControl = (typeof TAP_CONTROLS)[number];

export const DEVICE_STATUSES = ['ready', 'absent', 'disconnected', 'busy', 'permission-denied', 'not-found', 'fault'] as const;
export const CARD_READ_PROBLEMS = ['bad-swipe', 'bad-checksum', 'unreadable'] as const;
export const PRINTER_PROBLEMS = ['offline', 'paper-out', 'timed-out', 'fault'] as const;

const tapSchema = z.object({ type: z.literal('tap'), control: z.enum(TAP_CONTROLS) });
const languageSchema = z.object({ type: z.literal('language'), language: z.enum(LANGUAGES) });
// Digits only and bounded; the PIN service applies the real length rules. Never log this message.
const pinSchema = z.object({ type: z.literal('pin'), pin: z.string().regex(/^\d{1,32}$/) });
// A station reader collects one of their ready holds, named by the id the view listed it with.
const collectSchema = z.object({ type: z.literal('collect'), holdId: z.number().int().positive() });
const activitySchema = z.object({ type: z.literal('activity') });
const idleSchema = z.object({ type: z.literal('idle') });

/** Events the reader causes on the touch screen; the UI sends them and the agent relays them unchanged. */
export const uiEventSchema = z.discriminatedUnion('type', [tapSchema, languageSchema, pinSchema, collectSchema, activitySchema, idleSchema]);
export type UiEvent = z.infer<typeof uiEventSchema>;

const devicesSchema = z.object({ cardReader: z.enum(DEVICE_STATUSES), printer: z.enum(DEVICE_STATUSES) });

/** Everything an agent may send to the service. */
export const agentMessageSchema = z.discriminatedUnion('type', [
  tapSchema,
  languageSchema,
  pinSchema,
  collectSchema,
  activitySchema,
  idleSchema,
  z.object({ type: z.literal('hello'), protocol: z.number().int(), agentVersion: z.string().max(64), devices: devicesSchema }),
  // `eventId` is unique per physical read, so a read relayed twice borrows an item once.
  z.object({ type: z.literal('read'), eventId: z.string().min(1).max(64), code: z.string().min(1).max(128) }),
  z.object({ type: z.literal('read-failed'), reason: z.enum(CARD_READ_PROBLEMS) }),
  z.object({ type: z.literal('devices'), devices: devicesSchema.partial() }),
  z.object({
    type: z.literal('print-result'),
    jobId: z.string().min(1).max(64),
    outcome: z.enum(['printed', 'failed']),
    problem: z.enum(PRINTER_PROBLEMS).optional(),
  }),
]);
export type AgentMessage = z.infer<typeof agentMessageSchema>;

/**
 * A receipt already worded in the reader's language; the agent only lays it out on paper. The shape follows
 * the ESC/POS receipt builder's: centred title lines, items with a due-date line, one reference line, and
 * centred footer lines.
 */
export interface ReceiptDocument {
  language: Language;
  titleLines: string[];
  items: Array<{ title: string; dueText: string }>;
  referenceText: string;
  footerLines: string[];
}

export type ServiceMessage =
  | { type: 'welcome'; terminal: { name: string; mode: TerminalMode } }
  | { type: 'view'; view: TerminalView }
  | { type: 'print'; jobId: string; receipt: ReceiptDocument }
  | { type: 'error'; code: string; message: string };

/** Connection states the agent reports to its UI, so the UI can show why it is out of service. */
export type ServiceConnectionState = 'connecting' | 'connected' | 'unauthorized' | 'revoked';

export type AgentToUiMessage = { type: 'view'; view: TerminalView } | { type: 'connection'; state: ServiceConnectionState };

/** WebSocket close codes the service uses; 4xxx mirrors the HTTP status the situation would have. */
export const CLOSE_CODES = {
  protocolVersion: 4400,
  revoked: 4403,
  replaced: 4409,
  unsupportedMode: 4501,
  serviceStopping: 1001,
} as const;

export type ParsedMessage<T> = { ok: true; message: T } | { ok: false; problem: string };

/**
 * Parses one JSON message. The problem names the fields that failed but never echoes a value, because a
 * malformed `pin` message must not put digits into an error or a log line.
 */
export function parseMessage<T>(schema: z.ZodType<T>, data: unknown): ParsedMessage<T> {
  let json: unknown;
  try {
    json = JSON.parse(typeof data === 'string' ? data : String(data));
  } catch {
    return { ok: false, problem: 'message is not valid JSON' };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, message: parsed.data };

  const fields = parsed.error.issues.map((issue) => (issue.path.length > 0 ? issue.path.join('.') : 'message'));
  return { ok: false, problem: `invalid ${[...new Set(fields)].join(', ')}` };
}
