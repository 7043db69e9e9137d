import type { TerminalSessionContext, TerminalSessionEvent } from './terminal-session.types.ts';

// The idle and time-limit timers of kiosk and station sessions. Each machine's `setup()` takes the delays, and
// its `session` state takes the timers and the `attention` region built here.

type TimerArgs = { context: Pick<TerminalSessionContext, 'timings'> };

/** Delays named by the timers below and by each machine's goodbye screen, in milliseconds. */
export const terminalSessionDelays = {
  idleWarning: ({ context }: TimerArgs) => context.timings.idleWarningMs,
  idleGrace: ({ context }: TimerArgs) => context.timings.idleGraceMs,
  sessionLimit: ({ context }: TimerArgs) => context.timings.sessionLimitMs,
  sessionLimitNotice: ({ context }: TimerArgs) => Math.max(0, context.timings.sessionLimitMs - context.timings.sessionLimitNoticeMs),
  goodbyePause: ({ context }: TimerArgs) => context.timings.goodbyeMs,
};

/**
 * Events of every mode that the reader causes; each one restarts the idle timer and closes the idle dialog.
 * The terminal's own idle report and device changes are not the reader's doing.
 */
export const TERMINAL_READER_ACTIVITY: ReadonlyArray<TerminalSessionEvent['type']> = [
  'START',
  'CODE_READ',
  'READ_FAILED',
  'PIN_ENTERED',
  'CANCEL',
  'CONTINUE',
  'BORROW',
  'FINISH',
  'PRINT_RECEIPT',
  'NO_RECEIPT',
  'EXTEND',
  'ACTIVITY',
  'SET_LANGUAGE',
];

/** Builds the `after` timers of a session: the notice that the absolute limit is near, then `timeLimitEnd`. */
export function sessionLimitTimers<End>(timeLimitEnd: End) {
  return {
    sessionLimitNotice: { actions: 'noteTimeLimitNear' as const },
    sessionLimit: timeLimitEnd,
  };
}

/**
 * Builds the `attention` region that runs beside a session's `flow`. After `idleWarningMs` without reader
 * activity it opens the idle dialog, and `idleGraceMs` later it takes `idleEnd`. The terminal may also report
 * idleness it measured itself (`IDLE_REPORTED`), which can only bring the dialog and the logout earlier.
 */
export function attentionRegion<End>(readerActivity: ReadonlyArray<string>, idleEnd: End) {
  const restartIdleTimer = restartIdleTimerOn(readerActivity);
  return {
    initial: 'watching' as const,
    states: {
      watching: {
        after: { idleWarning: 'warning' as const },
        on: { ...restartIdleTimer, IDLE_REPORTED: 'warning' as const },
      },
      warning: {
        after: { idleGrace: idleEnd },
        on: { ...restartIdleTimer, IDLE_REPORTED: idleEnd },
      },
    },
  };
}

// The transitions go from each idle state to `watching` itself, so only the `attention` region is exited and
// re-entered. A transition declared on a parent with `reenter` would also exit and restart the `flow` region.
// XState 5 skips the machine-level handler of an event once a region inside a parallel state handles it, so
// the language change is repeated here.
function restartIdleTimerOn(readerActivity: ReadonlyArray<string>) {
  return Object.fromEntries(
    readerActivity.map((type) => {
      if (type === 'SET_LANGUAGE') return [type, { target: 'watching', reenter: true, actions: 'chooseLanguage' as const }];
      return [type, { target: 'watching', reenter: true }];
    }),
  );
}
