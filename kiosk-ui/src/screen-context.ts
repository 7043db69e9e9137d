import type { TapControl, UiEvent } from '../../src/http/terminal-protocol.ts';
import type { TerminalView } from '../../src/sessions/kiosk-view.types.ts';
import { element } from './dom.ts';
import type { PinDraft } from './pin-pad.ts';
import type { Text } from './ui-text.ts';

/** Input of a screen renderer: the view to draw, texts in its language, and ways to report the reader's taps. */
export interface ScreenContext {
  view: TerminalView;
  text: Text;
  tap(control: TapControl): void;
  send(event: UiEvent): void;
  /** Reports a touch that sends nothing else, so the idle time starts again. */
  activity(): void;
  pinDraft: PinDraft;
}

export type ScreenRenderer = (context: ScreenContext) => HTMLElement;

/**
 * Builds a screen from its heading and content; `data-screen` lets tests and styles find it. A final `actions`
 * row stays below the screen body, and the body scrolls when the content is taller than the space left, so the
 * reader can always reach the screen's buttons (see scroll-regions.ts).
 */
export function screen(name: string, heading: string, ...content: Array<Node | null | false>): HTMLElement {
  const parts = content.filter((part): part is Node => part !== null && part !== false);
  const last = parts.at(-1);
  const footer = last instanceof HTMLElement && last.classList.contains('actions') && !last.classList.contains('actions-menu') ? parts.pop() : undefined;

  return element(
    'section',
    { class: `screen screen-${name}`, attributes: { 'data-screen': name, 'aria-labelledby': 'screen-heading' } },
    element('h1', { text: heading, attributes: { id: 'screen-heading' } }),
    element('div', { class: 'screen-body' }, ...parts),
    element('p', { class: 'scroll-hint', attributes: { 'aria-hidden': 'true', hidden: true } }),
    footer,
  );
}

export function paragraph(text: string, className = 'instruction'): HTMLElement {
  return element('p', { class: className, text });
}

/** Builds a message about a problem, which screen readers announce at once. */
export function problem(text: string): HTMLElement {
  return element('p', { class: 'message message-problem', text, attributes: { role: 'alert' } });
}

/** Builds a message about something that worked, which screen readers announce without interrupting. */
export function success(text: string): HTMLElement {
  return element('p', { class: 'message message-success', text, attributes: { role: 'status' } });
}

export function progress(text: string): HTMLElement {
  return element('p', { class: 'message message-progress', text, attributes: { role: 'status' } });
}

export function actions(...buttons: HTMLElement[]): HTMLElement {
  return element('div', { class: 'actions' }, ...buttons);
}
