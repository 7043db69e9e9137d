// A kiosk has no scroll bar a reader would notice and no mouse wheel, so a screen body that is taller than the
// space above its buttons is marked: it gets `data-overflow="more"` (which the style sheet fades at the bottom
// edge), and the hint below it shows until the reader has scrolled to the end.

/** Watches the screen body of each drawn screen and marks whether it overflows and whether more is below. */
export class ScrollRegions {
  // One observer for the page: the screen is redrawn on every change, and each drawing replaces the body.
  readonly #resizes = new ResizeObserver((entries) => {
    for (const entry of entries) this.#update(entry.target as HTMLElement);
  });
  #labels = { hint: '', region: '' };

  /** Marks every screen body under `root`, in the words given, and keeps the marks current as the reader scrolls. */
  follow(root: HTMLElement, labels: { hint: string; region: string }): void {
    this.#labels = labels;
    this.#resizes.disconnect();
    for (const body of root.querySelectorAll<HTMLElement>('.screen-body')) {
      this.#update(body);
      body.addEventListener('scroll', () => this.#update(body), { passive: true });
      // Fonts that finish loading after the first layout change the heights.
      this.#resizes.observe(body);
    }
  }

  #update(body: HTMLElement): void {
    const overflows = body.scrollHeight > body.clientHeight + 1;
    const atEnd = body.scrollTop + body.clientHeight >= body.scrollHeight - 1;

    if (overflows) {
      body.dataset.overflow = atEnd ? 'end' : 'more';
      // A region that scrolls must be reachable from the keyboard (WCAG 2.1.1), and it needs a name once it is one.
      body.tabIndex = 0;
      body.setAttribute('role', 'region');
      body.setAttribute('aria-label', this.#labels.region);
    } else {
      delete body.dataset.overflow;
      body.removeAttribute('tabindex');
      body.removeAttribute('role');
      body.removeAttribute('aria-label');
    }

    const hint = body.nextElementSibling;
    if (hint instanceof HTMLElement && hint.classList.contains('scroll-hint')) {
      hint.textContent = this.#labels.hint;
      hint.hidden = !overflows || atEnd;
    }
  }
}

/** Returns how far the screen body is scrolled, so a redraw of the same screen can keep the reader's place. */
export function scrollOffsetOf(root: HTMLElement): number {
  return root.querySelector<HTMLElement>('.screen-body')?.scrollTop ?? 0;
}

export function restoreScrollOffset(root: HTMLElement, offset: number): void {
  const body = root.querySelector<HTMLElement>('.screen-body');
  if (body && offset > 0) body.scrollTop = offset;
}
