import { LANGUAGES, type Language } from '../../src/domain/language.ts';
import type { UiEvent } from '../../src/http/terminal-protocol.ts';
import type { StationNotice } from '../../src/sessions/station-session.types.ts';
import type { TerminalMode, TerminalView } from '../../src/sessions/kiosk-view.types.ts';
import { button, element } from './dom.ts';
import { hasText, HTML_LANG, textIn, type Text } from './ui-text.ts';

/** Returns the key of the name a terminal of this mode shows in its header and as the page title. */
export function titleKey(mode: TerminalMode): string {
  return mode === 'station' ? 'station.title' : 'kiosk.title';
}

/** Builds the header: the terminal's name and the language buttons, each labelled in its own language. */
export function header(language: Language | null, mode: TerminalMode, send: (event: UiEvent) => void): HTMLElement {
  const title = textIn(language ?? 'en')(titleKey(mode));
  const languages =
    language &&
    element(
      'nav',
      { class: 'languages', attributes: { 'aria-label': textIn(language)('kiosk.language.label') } },
      ...LANGUAGES.map((choice) =>
        button(textIn(choice)(`kiosk.language.${choice}`), () => send({ type: 'language', language: choice }), {
          attributes: { lang: HTML_LANG[choice], 'aria-pressed': choice === language ? 'true' : 'false', 'data-language': choice },
        }),
      ),
    );
  return element('header', { class: 'kiosk-header' }, element('p', { class: 'kiosk-title', text: title }), languages);
}

/** Builds the banners above the screen: problems with the terminal itself and session-wide warnings. */
export function banners(view: TerminalView, text: Text): HTMLElement | null {
  const messages: HTMLElement[] = [];
  const reader = view.devices.cardReader;
  if (reader !== 'ready') {
    const status = reader === 'absent' ? 'not-found' : reader;
    messages.push(element('p', { class: 'message message-problem', text: text(`kiosk.device.cardReader.${status}`), attributes: { role: 'alert' } }));
  }
  if (view.timeLimitNear) messages.push(element('p', { class: 'message message-warning', text: text('kiosk.timeLimit.near'), attributes: { role: 'status' } }));
  return messages.length > 0 ? element('div', { class: 'banners' }, ...messages) : null;
}

const PROBLEM_NOTICES = new Set<StationNotice['kind']>(['read-failed', 'card-invalid', 'not-a-card', 'card-not-item', 'account-unavailable']);
const WARNING_NOTICES = new Set<StationNotice['kind']>(['default-pin']);

/**
 * Builds the message about the reader's last action, such as a card that could not be read or a changed PIN.
 * A station words its own notices under `station.notice.*` and shares the kiosk's for the rest.
 */
export function notice(view: TerminalView, text: Text): HTMLElement | null {
  const current = view.notice;
  if (!current) return null;
  const stationKey = `station.notice.${current.kind}`;
  const key = current.kind === 'read-failed' ? `kiosk.notice.read-failed.${current.reason}` : view.mode === 'station' && hasText(stationKey) ? stationKey : `kiosk.notice.${current.kind}`;
  const isProblem = PROBLEM_NOTICES.has(current.kind);
  const style = isProblem ? 'message-problem' : WARNING_NOTICES.has(current.kind) ? 'message-warning' : 'message-success';
  return element('p', {
    class: `message ${style}`,
    text: text(key),
    attributes: { role: isProblem ? 'alert' : 'status', 'data-notice': current.kind },
  });
}

/** Builds the "are you still there?" dialog, with the seconds left and one button to stay. */
export function idleDialog(secondsLeft: number, text: Text, extend: () => void): HTMLElement {
  return element(
    'div',
    { class: 'dialog-backdrop' },
    element(
      'div',
      { class: 'dialog', attributes: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'idle-heading', 'aria-describedby': 'idle-text' } },
      element('h2', { text: text('kiosk.idle.heading'), attributes: { id: 'idle-heading' } }),
      element('p', { text: text('kiosk.idle.text', { seconds: secondsLeft }), attributes: { id: 'idle-text' } }),
      button(text('kiosk.button.extend'), extend, { variant: 'primary', attributes: { 'data-action': 'extend' } }),
    ),
  );
}
