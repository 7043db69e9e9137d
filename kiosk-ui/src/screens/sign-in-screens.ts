import type { PinChangeProblem } from '../../../src/sessions/kiosk-session.types.ts';
import type { KioskScreen } from '../../../src/sessions/kiosk-view.types.ts';
import { button } from '../dom.ts';
import { pinPad } from '../pin-pad.ts';
import { actions, paragraph, problem, progress, screen, type ScreenContext } from '../screen-context.ts';
import { hasText, type Text } from '../ui-text.ts';

type PinScreen = Extract<KioskScreen, { name: 'pin' }>;

const PIN_HEADINGS: Readonly<Record<PinScreen['purpose'], string>> = {
  'sign-in': 'kiosk.pin.heading',
  new: 'kiosk.pinChange.newHeading',
  confirm: 'kiosk.pinChange.confirmHeading',
};

export function welcomeScreen({ text, tap }: ScreenContext): HTMLElement {
  return screen(
    'welcome',
    text('kiosk.welcome.heading'),
    paragraph(text('kiosk.welcome.instruction')),
    actions(button(text('kiosk.button.start'), () => tap('start'), { variant: 'primary' })),
  );
}

export function cardScreen({ text, tap }: ScreenContext): HTMLElement {
  return screen(
    'card',
    text('kiosk.card.heading'),
    paragraph(text('kiosk.card.instruction')),
    actions(button(text('kiosk.button.cancel'), () => tap('cancel'))),
  );
}

export function pinScreen(context: ScreenContext): HTMLElement {
  const { view, text, tap } = context;
  const current = view.screen as PinScreen;
  const { settings } = view;

  const heading = PIN_HEADINGS[current.purpose];
  const pad = pinPad({
    text,
    draft: context.pinDraft,
    minLength: current.purpose === 'sign-in' ? 1 : settings.pinMinLength,
    maxLength: settings.pinMaxLength,
    disabled: view.busy,
    onSubmit: (pin) => context.send({ type: 'pin', pin }),
    onKey: () => context.activity(),
  });

  return screen(
    'pin',
    text(heading),
    paragraph(text('kiosk.pin.card', { card: current.maskedCard }), 'detail'),
    current.purpose === 'sign-in' && paragraph(text('kiosk.pin.triesLeft', { count: current.triesLeft }), 'detail'),
    current.purpose === 'new' && paragraph(text('kiosk.pinChange.newHint', { minLength: settings.pinMinLength, maxLength: settings.pinMaxLength })),
    pinProblem(current, view.settings, text),
    view.busy && progress(text(current.purpose === 'sign-in' ? 'kiosk.pin.checking' : 'kiosk.busy')),
    pad,
    actions(button(text('kiosk.button.cancel'), () => tap('cancel'), { disabled: view.busy })),
  );
}

export function pinChangeOfferScreen({ view, text, tap }: ScreenContext): HTMLElement {
  const current = view.screen as Extract<KioskScreen, { name: 'pin-change-offer' }>;
  return screen(
    'pin-change-offer',
    text('kiosk.pinChange.offerHeading'),
    paragraph(text('kiosk.pinChange.offerText')),
    current.problem && problem(pinChangeProblemText(current.problem, view.settings, text)),
    actions(
      button(text('kiosk.button.changePin'), () => tap('change-pin'), { variant: 'primary' }),
      button(text('kiosk.button.notNow'), () => tap('skip-pin-change')),
    ),
  );
}

function pinProblem(current: PinScreen, settings: ScreenContext['view']['settings'], text: Text): HTMLElement | null {
  if (!current.problem) return null;
  if (current.purpose === 'sign-in') return problem(text(`kiosk.pin.problem.${current.problem}`));
  return problem(pinChangeProblemText(current.problem, settings, text));
}

/** Says why a new PIN was not taken; a PIN rule this UI does not know gets the general sentence. */
function pinChangeProblemText(pinProblem: PinChangeProblem, settings: ScreenContext['view']['settings'], text: Text): string {
  if (pinProblem.kind !== 'not-allowed') return text(`kiosk.pinChange.problem.${pinProblem.kind}`);
  const key = `pinRule.${pinProblem.reason}`;
  return hasText(key) ? text(key, { minLength: settings.pinMinLength, maxLength: settings.pinMaxLength }) : text('kiosk.pinChange.reason.other');
}
