import type { AgentToUiMessage, ServiceConnectionState, UiEvent } from '../../src/http/terminal-protocol.ts';
import type { TerminalMode, TerminalView } from '../../src/sessions/kiosk-view.types.ts';
import { AgentLink } from './agent-link.ts';
import { element } from './dom.ts';
import { IdleWatch } from './idle-watch.ts';
import { banners, header, idleDialog, notice, titleKey } from './kiosk-frame.ts';
import type { PinDraft } from './pin-pad.ts';
import { isOutsideSession, rendererFor } from './screen-registry.ts';
import { restoreScrollOffset, ScrollRegions, scrollOffsetOf } from './scroll-regions.ts';
import { outOfServiceScreen } from './screens/out-of-service-screen.ts';
import { cueFor, SoundCues } from './sound-cues.ts';
import { HTML_LANG, textIn } from './ui-text.ts';

/** At most one bare "activity" report per this many milliseconds; taps report themselves. */
const ACTIVITY_REPORT_INTERVAL_MS = 5_000;

/**
 * The kiosk page: it draws whatever view the service last sent, reports the reader's taps, and keeps the
 * few things that live only on the screen: digits being typed, the idle countdown, sounds.
 */
export class KioskApp {
  readonly #root: HTMLElement;
  readonly #link: AgentLink;
  readonly #sounds = new SoundCues();
  readonly #idle: IdleWatch;
  readonly #scrollRegions = new ScrollRegions();
  #view: TerminalView | null = null;
  #connection: ServiceConnectionState = 'connecting';
  #pinDraft: { screenKey: string; draft: PinDraft } = { screenKey: '', draft: { digits: [] } };
  #countdown: { deadline: number; secondsLeft: number; timer: ReturnType<typeof setInterval> } | null = null;
  #lastActivityReport = 0;
  #lastScreenKey = '';
  /** The mode of the last view, so the header keeps the terminal's name while it is out of service. */
  #mode: TerminalMode = 'kiosk';

  constructor(root: HTMLElement, agentUrl: string) {
    this.#root = root;
    this.#idle = new IdleWatch(() => this.#send({ type: 'idle' }));
    this.#link = new AgentLink(agentUrl, {
      onMessage: (message) => this.#receive(message),
      onLost: () => this.#receive({ type: 'connection', state: 'connecting' }),
    });
  }

  start(): void {
    for (const type of ['pointerdown', 'keydown'] as const) document.addEventListener(type, () => this.#touched(), { capture: true });
    this.#render();
    this.#link.connect();
  }

  #receive(message: AgentToUiMessage): void {
    if (message.type === 'connection') {
      this.#connection = message.state;
    } else {
      const previous = this.#view;
      this.#view = message.view;
      const cue = cueFor(previous, message.view);
      if (cue) this.#sounds.play(cue);
      // Anything new on the screen (a scan, a result) means the reader is there.
      this.#idle.touch();
    }
    this.#render();
  }

  #touched(): void {
    this.#sounds.unlock();
    this.#idle.touch();
    const now = Date.now();
    if (now - this.#lastActivityReport >= ACTIVITY_REPORT_INTERVAL_MS) {
      this.#lastActivityReport = now;
      this.#send({ type: 'activity' });
    }
  }

  #send(event: UiEvent): void {
    this.#link.send(event);
  }

  #render(): void {
    const view = this.#connection === 'connected' ? this.#view : null;
    if (!view) {
      this.#stopCountdown();
      this.#idle.disarm();
      this.#show(null, outOfServiceScreen(this.#connection), 'out-of-service');
      return;
    }

    const text = textIn(view.language);
    const screenKey = JSON.stringify([view.screen.name, 'purpose' in view.screen ? view.screen.purpose : null, 'problem' in view.screen ? view.screen.problem : null, 'triesLeft' in view.screen ? view.screen.triesLeft : null]);
    if (screenKey !== this.#pinDraft.screenKey) this.#pinDraft = { screenKey, draft: { digits: [] } };

    this.#followIdle(view);
    const screen = rendererFor(view)({
      view,
      text,
      tap: (control) => this.#send({ type: 'tap', control }),
      send: (event) => this.#send(event),
      activity: () => this.#touched(),
      pinDraft: this.#pinDraft.draft,
    });
    const dialog = this.#countdown && idleDialog(this.#countdown.secondsLeft, text, () => this.#send({ type: 'tap', control: 'extend' }));
    const main = element('main', { class: 'kiosk-main' }, banners(view, text), notice(view, text), screen, dialog);
    this.#show(view, main, view.screen.name);
    document.title = text(titleKey(view.mode));
  }

  #show(view: TerminalView | null, content: HTMLElement, screenName: string): void {
    document.documentElement.lang = HTML_LANG[view?.language ?? 'en'];
    const main = content.tagName === 'MAIN' ? content : element('main', { class: 'kiosk-main' }, content);
    if (view) this.#mode = view.mode;
    // A redraw of the same screen (a new view, the idle countdown) keeps the reader's place in a long list.
    const offset = screenName === this.#lastScreenKey ? scrollOffsetOf(this.#root) : 0;
    this.#root.replaceChildren(header(view?.language ?? null, this.#mode, (event) => this.#send(event)), main);
    restoreScrollOffset(this.#root, offset);
    const text = textIn(view?.language ?? 'en');
    this.#scrollRegions.follow(this.#root, { hint: text('kiosk.scroll.hint'), region: text('kiosk.scroll.region') });

    const focusTarget = this.#root.querySelector<HTMLElement>('[data-action="extend"]') ?? (screenName !== this.#lastScreenKey ? this.#root.querySelector<HTMLElement>('h1') : null);
    if (focusTarget) {
      if (focusTarget.tagName === 'H1') focusTarget.tabIndex = -1;
      focusTarget.focus({ preventScroll: true });
    }
    this.#lastScreenKey = screenName;
  }

  /** Arms the local idle timer during sessions and runs the dialog's countdown while the service shows it. */
  #followIdle(view: TerminalView): void {
    if (view.idleWarning) {
      this.#idle.disarm();
      if (!this.#countdown) this.#startCountdown(view.idleWarning.graceSeconds);
      return;
    }
    this.#stopCountdown();
    if (isOutsideSession(view)) this.#idle.disarm();
    else this.#idle.arm(view.settings.idleWarningSeconds);
  }

  // The seconds left come from a deadline rather than from counting ticks, because browsers may delay or
  // merge interval callbacks (in background tabs, or when a test moves the page clock forward).
  #startCountdown(seconds: number): void {
    const timer = setInterval(() => {
      if (!this.#countdown) return;
      this.#countdown.secondsLeft = Math.max(0, Math.ceil((this.#countdown.deadline - Date.now()) / 1000));
      if (this.#countdown.secondsLeft === 0) {
        this.#stopCountdown();
        this.#send({ type: 'idle' });
      }
      this.#render();
    }, 1000);
    this.#countdown = { deadline: Date.now() + seconds * 1000, secondsLeft: seconds, timer };
  }

  #stopCountdown(): void {
    if (this.#countdown) clearInterval(this.#countdown.timer);
    this.#countdown = null;
  }
}
