import { LANGUAGES } from '../../../src/domain/language.ts';
import type { ServiceConnectionState } from '../../../src/http/terminal-protocol.ts';
import { element } from '../dom.ts';
import { HTML_LANG, textIn } from '../ui-text.ts';

/**
 * Shown while the kiosk cannot reach the library system. No reader has chosen a language yet, so every
 * language is shown, each marked with its own `lang`.
 */
export function outOfServiceScreen(state: ServiceConnectionState): HTMLElement {
  const reason = state === 'connected' ? 'connecting' : state;
  const english = textIn('en');
  return element(
    'section',
    { class: 'screen screen-out-of-service', attributes: { 'data-screen': 'out-of-service', 'aria-labelledby': 'screen-heading' } },
    element('h1', { text: english('kiosk.outOfService.heading'), attributes: { id: 'screen-heading' } }),
    ...LANGUAGES.map((language) => {
      const text = textIn(language);
      return element(
        'div',
        { class: 'out-of-service-language', attributes: { lang: HTML_LANG[language] } },
        language !== 'en' && element('p', { class: 'out-of-service-heading', text: text('kiosk.outOfService.heading') }),
        element('p', { text: text(`kiosk.outOfService.${reason}`) }),
      );
    }),
  );
}
