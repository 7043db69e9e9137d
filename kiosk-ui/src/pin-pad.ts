import { button, element } from './dom.ts';
import type { Text } from './ui-text.ts';

/** Digits typed so far; kept outside the pad so a redraw of the same screen keeps them. */
export interface PinDraft {
  digits: string[];
}

export interface PinPadOptions {
  text: Text;
  draft: PinDraft;
  minLength: number;
  maxLength: number;
  disabled: boolean;
  onSubmit(pin: string): void;
  onKey(): void;
}

// Fixed like a telephone keypad: a layout that moves would defeat readers who enter PINs by position.
const LAYOUT = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'delete', '0', 'ok'] as const;

/** Builds a masked PIN pad: dots show how many digits were typed, never which. */
export function pinPad(options: PinPadOptions): HTMLElement {
  const { text, draft } = options;
  const dots = element('div', { class: 'pin-dots', attributes: { 'aria-hidden': 'true' } });
  const count = element('div', { class: 'visually-hidden', attributes: { role: 'status', 'aria-live': 'polite' } });
  const keys = new Map<string, HTMLButtonElement>();

  const refresh = () => {
    dots.textContent = draft.digits.length > 0 ? '●'.repeat(draft.digits.length) : '';
    count.textContent = text('kiosk.pinpad.digitsEntered', { count: draft.digits.length });
    keys.get('ok')!.disabled = options.disabled || draft.digits.length < options.minLength;
    keys.get('delete')!.disabled = options.disabled || draft.digits.length === 0;
  };

  const press = (key: (typeof LAYOUT)[number]) => {
    options.onKey();
    if (key === 'delete') draft.digits.pop();
    else if (key === 'ok') {
      const pin = draft.digits.join('');
      draft.digits = [];
      options.onSubmit(pin);
    } else if (draft.digits.length < options.maxLength) draft.digits.push(key);
    refresh();
  };

  const grid = element('div', { class: 'pin-grid', attributes: { role: 'group', 'aria-label': text('kiosk.pinpad.label') } });
  for (const key of LAYOUT) {
    const label = key === 'delete' || key === 'ok' ? text(`kiosk.pinpad.${key}`) : key;
    const keyButton = button(label, () => press(key), {
      variant: key === 'ok' ? 'primary' : 'secondary',
      disabled: options.disabled,
      attributes: { 'data-key': key },
    });
    keyButton.classList.add('pin-key');
    keys.set(key, keyButton);
    grid.append(keyButton);
  }

  const display = element('div', { class: 'pin-display', attributes: { 'aria-label': text('kiosk.pinpad.display'), role: 'group' } }, dots, count);
  refresh();
  return element('div', { class: 'pin-pad' }, display, grid);
}
