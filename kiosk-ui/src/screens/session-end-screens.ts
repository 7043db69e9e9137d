import type { PrinterProblem, SessionEndReason } from '../../../src/sessions/terminal-session.types.ts';
import { button } from '../dom.ts';
import { actions, paragraph, problem, progress, screen, type ScreenContext } from '../screen-context.ts';

// Rendering shared by the screens that end a kiosk session or a station visit.

/** Session ends that a problem caused; the goodbye screen words them as an alert rather than a plain message. */
export const ENDED_BADLY: ReadonlySet<SessionEndReason> = new Set(['too-many-tries', 'source-blocked', 'default-pin-refused']);

/** Ends that can come before anyone signed in, and are then worded without "signed out". */
const ENDED_BEFORE_SIGN_IN: ReadonlySet<SessionEndReason> = new Set(['cancelled', 'idle', 'time-limit']);

/** Message keys of a goodbye screen: its heading and the sentence on how the session ended. */
export interface GoodbyeTexts {
  heading: string;
  message: string;
  /** True when a problem ended the session, so the message is shown and announced as an alert. */
  problem: boolean;
}

/**
 * Chooses the goodbye heading and message for how a session ended. "Thank you" would read oddly above a refused
 * PIN, and "you are signed out" is wrong when no reader signed in. A station words problem endings for a place with
 * no staff at hand, under `station.goodbye.*`.
 */
export function goodbyeTexts(reason: SessionEndReason, signedIn: boolean, mode: 'kiosk' | 'station'): GoodbyeTexts {
  if (ENDED_BADLY.has(reason)) return { heading: 'kiosk.goodbye.heading.notSignedIn', message: `${mode}.goodbye.${reason}`, problem: true };
  if (!signedIn && ENDED_BEFORE_SIGN_IN.has(reason)) {
    const heading = reason === 'cancelled' ? 'kiosk.goodbye.heading.cancelled' : 'kiosk.goodbye.heading';
    return { heading, message: `kiosk.goodbye.notSignedIn.${reason}`, problem: false };
  }
  return { heading: 'kiosk.goodbye.heading', message: `kiosk.goodbye.${reason}`, problem: false };
}

/** Message keys of the texts that differ between the kiosk's and the station's receipt choice. */
export interface ReceiptChoiceTexts {
  /** Advice after a failed print. */
  problemAdvice: string;
  /** Why only "no receipt" is offered. */
  printerUnavailable: string;
}

/**
 * Builds the receipt choice: print or skip, the print in progress, or a failed print with its problem.
 * `summary` sums up what the receipt lists. A choice that cannot work is hidden rather than shown disabled.
 */
export function receiptChoiceScreen(
  { view, text, tap }: ScreenContext,
  current: { printerReady: boolean; problem: PrinterProblem | null },
  summary: HTMLElement,
  texts: ReceiptChoiceTexts,
): HTMLElement {
  const heading = text('kiosk.receipt.heading');

  if (current.problem) {
    return screen(
      'receipt',
      heading,
      problem(text(`kiosk.receipt.problem.${current.problem}`)),
      paragraph(text(texts.problemAdvice)),
      actions(button(text('kiosk.button.continue'), () => tap('continue'), { variant: 'primary' })),
    );
  }
  if (view.busy) return screen('receipt', heading, summary, progress(text('kiosk.receipt.printing')));

  return screen(
    'receipt',
    heading,
    summary,
    !current.printerReady && paragraph(text(texts.printerUnavailable)),
    actions(
      ...(current.printerReady ? [button(text('kiosk.button.printReceipt'), () => tap('print-receipt'), { variant: 'primary' })] : []),
      button(text('kiosk.button.noReceipt'), () => tap('no-receipt'), { variant: current.printerReady ? 'secondary' : 'primary' }),
    ),
  );
}
